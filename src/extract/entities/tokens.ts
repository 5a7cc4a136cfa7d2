// Word tokens of a sentence with absolute offsets and the facts the entity rules look at: case,
// possessive, whether the word opens a sentence (where capitals say nothing).
import type { Sentence } from '../../types.js';
import { ARABIC_PREFIX, gazetteerLookup } from './gazetteer.js';
import { lexiconPlace } from './lexicon.js';

export interface Token {
  /** surface form without a possessive 's */
  text: string;
  lower: string;
  /** absolute offsets; `end` stops before a possessive 's */
  start: number;
  end: number;
  /** capitalised (or an Arabic article before a capital: "al-Sudani") */
  cap: boolean;
  allCaps: boolean;
  hasDigit: boolean;
  /** first word of a sentence, or after a colon, dash, quote or bracket */
  initial: boolean;
  /** followed by 's / ’s / a bare apostrophe: the name ends here */
  possessive: boolean;
  /** glued to a currency sign: "US$37,500", "HK$" */
  beforeCurrency: boolean;
  /** the character right after the token ('' at the end) */
  nextChar: string;
  /** text between the previous token (or the sentence start) and this one */
  gap: string;
  /** index of the sentence in the document, and of the token in the sentence */
  sent: number;
  index: number;
}

// "U.S." and "U.K." first, then words with inner hyphens and apostrophes ("Ji-ho", "O'Brien", "Telegram’s").
// A hyphen before "U.S." ends the word: "Iraq-U.S. relations" is two names.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’&](?!\p{Lu}\.)[\p{L}\p{M}\p{N}]+)*/gu;
const HYPHEN = /[-‐‑]/;
/** "AI-generated", "Seoul-based", "Kremlin-backed": adjectives made from names. */
export const HYPHEN_ADJECTIVE = /[-‐‑](?:\p{Ll}+ed|born|based|led|style|owned|run|made|related|wide|like|linked|friendly|free|only|level|class|era|type|sized|speaking|funded|aligned|focused|driven|powered|generated|backed|bound|centric|inspired|specific|native)$/u;
// Abbreviations whose period does not end a sentence.
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'jr', 'sr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'rev', 'prof', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'brig', 'messrs', 'hon', 'esq',
]);
// Characters in a gap that start a new sentence or clause where capitals are grammar, not names.
const OPENS_SENTENCE = /[.!?:;"“”‘()[\]{}–—•|\n*#>]|^\s*-\s|\s-\s/;
// URLs, e-mail addresses, domains and hashtags: their words are never entities.
const NOT_PROSE = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+|\b[\w-]+\.(?:com|org|net|co\.kr|kr|io|gov|edu|info|shop|news|tv)\b\S*|[#@][\p{L}\p{N}_]+/giu;

/** Blanks URLs, addresses and hashtags so no token comes from them (offsets unchanged). */
export function maskNonProse(text: string): string {
  return text.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
}

export function tokenize(sentence: Sentence, sentIndex: number): Token[] {
  const text = maskNonProse(sentence.text);
  const tokens: Token[] = [];
  let prevEnd = 0;
  const parts: [string, number][] = [];
  for (const m of text.matchAll(WORD)) {
    // "Israel-Hamas", "China-Peru": two known names joined by a hyphen are two tokens
    if (HYPHEN.test(m[0]) && splitsIntoNames(m[0])) {
      let at = m.index;
      for (const part of m[0].split(HYPHEN)) {
        parts.push([part, at]);
        at += part.length + 1;
      }
    } else parts.push([m[0], m.index]);
  }
  for (const [match, at] of parts) {
    let word = match;
    let end = at + word.length;
    // an initial or a known abbreviation keeps its period: "S. Korea", "Mr. Kim", "Gen. Lee"
    if (text[end] === '.' && !word.includes('.') && (/^\p{Lu}$/u.test(word) || ABBREV.has(word.toLowerCase()))) {
      word += '.';
      end += 1;
    }
    let possessive = false;
    const poss = /^(.*\p{L})['’][sS]$/u.exec(word);
    if (poss && poss[1] && !/^(?:let|it|that|he|she|what|there|who)$/i.test(poss[1])) {
      word = poss[1];
      possessive = true;
    } else if (/s$/.test(word) && /['’]/.test(text[end] ?? '') && !/\p{L}/u.test(text[end + 1] ?? '')) {
      possessive = true; // "Reuters’ report"
    }
    const gap = text.slice(prevEnd, at);
    const first = word[0] ?? '';
    const cap = /\p{Lu}/u.test(first) || ARABIC_PREFIX.test(word);
    const letters = word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: sentence.start + at,
      end: sentence.start + at + word.length,
      cap,
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      hasDigit: /\p{N}/u.test(word),
      // after a quotation that ends in a comma the attribution follows: `...," Zelenskiy said`
      initial: tokens.length === 0 || (OPENS_SENTENCE.test(gap) && !/^[,]["”’]\s+$/.test(gap)),
      beforeCurrency: /[$€£¥₩]/u.test(text[end] ?? ''),
      nextChar: text[end] ?? '',
      possessive,
      gap,
      sent: sentIndex,
      index: tokens.length,
    });
    prevEnd = end;
  }
  return tokens;
}

function splitsIntoNames(word: string): boolean {
  const parts = word.split(HYPHEN);
  return parts.length >= 2 && parts.every((p) => /^\p{Lu}/u.test(p) && (gazetteerLookup(p) !== undefined || lexiconPlace(p.toLowerCase()) !== null));
}

/**
 * Whether two tokens are close enough to belong to one name: a space or two, " & ", or the
 * apostrophe that transliterates an Arabic ayn ("Mohammed Shia' Al Sudani").
 */
export function joins(next: Token, prev?: Token): boolean {
  const g = next.gap;
  if ((g.length >= 1 && g.length <= 2 && /^[ \u00a0]+$/.test(g)) || g === ' & ') return true;
  // "Mr.Modi": a title's period with the space missing
  if (g === '' && prev !== undefined && prev.text.endsWith('.') && prev.text.length <= 5) return true;
  return (g === "' " || g === '’ ') && prev !== undefined && !prev.possessive && /[aeiou]$/.test(prev.text);
}
