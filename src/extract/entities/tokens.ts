// Word tokens of a sentence with absolute offsets and the facts the entity rules look at: case,
// possessive, whether the word opens a sentence (where capitals say nothing).
import type { Sentence } from '../../types.js';
import { ARABIC_PREFIX, gazetteerLookup } from './gazetteer.js';
import { lexiconPlace } from './lexicon.js';

// Yes/no facts of a token, packed into one number (a token is made for every word of every
// document: six booleans cost six fields of eight bytes each).
const CAP = 1;
const ALL_CAPS = 2;
const DIGIT_INSIDE = 4;
const INITIAL = 8;
const POSSESSIVE_END = 16;
const BEFORE_CURRENCY = 32;
const LOWER_WORD = 64;
// (and the length of the text above these bits, so that `end` needs no look at the string)
const LENGTH_SHIFT = 8;
const LENGTH_MAX = 0x7fffff;

export class Token {
  constructor(
    /** surface form without a possessive 's */
    readonly text: string,
    readonly lower: string,
    /** absolute offset; `end` stops before a possessive 's */
    readonly start: number,
    /** the character right after the token ('' at the end) */
    readonly nextChar: string,
    /** text between the previous token (or the sentence start) and this one */
    readonly gap: string,
    /** index of the sentence in the document, and of the token in the sentence */
    readonly sent: number,
    readonly index: number,
    private readonly facts: number,
  ) {}

  get end(): number {
    const length = this.facts >>> LENGTH_SHIFT;
    return this.start + (length === LENGTH_MAX ? this.text.length : length);
  }
  /** capitalised (or an Arabic article before a capital: "al-Sudani") */
  get cap(): boolean {
    return (this.facts & CAP) !== 0;
  }
  get allCaps(): boolean {
    return (this.facts & ALL_CAPS) !== 0;
  }
  get hasDigit(): boolean {
    return (this.facts & DIGIT_INSIDE) !== 0;
  }
  /** first word of a sentence, or after a colon, dash, quote or bracket */
  get initial(): boolean {
    return (this.facts & INITIAL) !== 0;
  }
  /** followed by 's / ’s / a bare apostrophe: the name ends here */
  get possessive(): boolean {
    return (this.facts & POSSESSIVE_END) !== 0;
  }
  /** glued to a currency sign: "US$37,500", "HK$" */
  get beforeCurrency(): boolean {
    return (this.facts & BEFORE_CURRENCY) !== 0;
  }
  /** not capitalised, and starts with a lower-case letter (a word case evidence counts) */
  get lowerWord(): boolean {
    return (this.facts & LOWER_WORD) !== 0;
  }
}

// Words are "U.S."-style acronyms, or letters and digits with inner hyphens, apostrophes and
// ampersands ("Ji-ho", "O'Brien", "Telegram’s", "AT&T"); a hyphen before "U.S." ends the word
// ("Iraq-U.S. relations" is two names). See `wordEnd`.
const HYPHEN = /[-‐‑]/;
/** "AI-generated", "Seoul-based", "Kremlin-backed": adjectives made from names. */
export const HYPHEN_ADJECTIVE = /[-‐‑](?:\p{Ll}+ed|born|based|led|style|owned|run|made|related|wide|like|linked|friendly|free|only|level|class|era|type|sized|speaking|funded|aligned|focused|driven|powered|generated|backed|bound|centric|inspired|specific|native)$/u;
// Abbreviations whose period does not end a sentence.
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'jr', 'sr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'rev', 'prof', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'brig', 'messrs', 'hon', 'esq',
  // weekdays as datelines abbreviate them ("Tues., Dec. 19"); not "sun", "sat", "mon": names too
  'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
]);
// Characters in a gap that start a new sentence or clause where capitals are grammar, not names.
const OPENS_SENTENCE = /[.!?:;"“”‘()[\]{}–—•|\n*#>]|^\s*-\s|\s-\s/;

// Cheap test for whether a sentence may hold anything `notProseSpans` finds (a URL, address, domain or hashtag).
const MAYBE_NOT_PROSE = /[#@]|https?:|www\.|\.(?:com|org|net|kr|io|gov|edu|info|shop|news|tv)\b/i;
/** $, €, £, ¥, ₩ */
const isCurrencyCode = (c: number): boolean => c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20a9;
const POSSESSIVE = /^(.*\p{L})['’][sS]$/u;
const NOT_POSSESSOR = /^(?:let|it|that|he|she|what|there|who)$/i;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const LOWER_START = /^\p{Ll}/u;
const NON_LETTERS = /[^\p{L}]/gu;
const DIGIT = /\p{N}/u;
const ATTRIBUTION_GAP = /^,["”’]\s+$/;

/** Blanks URLs, addresses and hashtags so no token comes from them (offsets unchanged). */
export function maskNonProse(text: string): string {
  if (!MAYBE_NOT_PROSE.test(text)) return text;
  const spans = notProseSpans(text);
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < spans.length; i += 2) {
    parts.push(text.slice(from, spans[i]), ' '.repeat(spans[i + 1]! - spans[i]!));
    from = spans[i + 1]!;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

// URLs, e-mail addresses, domains and hashtags: their words are never entities. What the regex
//   /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+|\b[\w-]+\.(?:com|org|net|co\.kr|kr|io|gov|edu|info|shop|news|tv)\b\S*|[#@][\p{L}\p{N}_]+/giu
// matches, found by a scanner in linear time: the regex retried its e-mail and domain branches from
// every word boundary of a long run ("a-a-a-...", "a.a.a...@b") and rescanned the run each time.
// Whether either branch matches depends only on where the run ends, so it is decided once per run.
// (\w under the i and u flags also takes U+017F and U+212A, which case-fold into it.)
const isW = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;
/** Case folding as the regex's i flag does it, for comparison with lower-case ASCII. */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 0x17f ? 115 : c === 0x212a ? 107 : c);
const isSpaceCode = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
  c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const inEmailLocal = (c: number): boolean => isW(c) || c === 46 || c === 43 || c === 45; // [\w.+-]
const inWordHyphen = (c: number): boolean => isW(c) || c === 45; // [\w-]
const inWordDotHyphen = (c: number): boolean => isW(c) || c === 46 || c === 45; // [\w.-]
const TLDS = ['com', 'org', 'net', 'co.kr', 'kr', 'io', 'gov', 'edu', 'info', 'shop', 'news', 'tv'];
const HASHTAG_BODY = /[\p{L}\p{N}_]+/uy;

function literalAt(text: string, at: number, lit: string): boolean {
  if (at + lit.length > text.length) return false;
  for (let k = 0; k < lit.length; k++) if (fold(text.charCodeAt(at + k)) !== lit.charCodeAt(k)) return false;
  return true;
}
const boundaryAt = (text: string, p: number): boolean => (p > 0 && isW(text.charCodeAt(p - 1))) !== (p < text.length && isW(text.charCodeAt(p)));
function nextSpace(text: string, k: number): number {
  while (k < text.length && !isSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

/** Start and end offsets (flat pairs) of the URLs, addresses, domains and hashtags in `text`. */
function notProseSpans(text: string): number[] {
  const spans: number[] = [];
  const n = text.length;
  // the run of [\w.+-] (e-mail) or [\w-] (domain) last looked at: where it ends, where a match from inside it ends (-1: none)
  let emailRunEnd = -1;
  let emailMatchEnd = -1;
  let domainRunEnd = -1;
  let domainMatchEnd = -1;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === 35 || c === 64) {
      // [#@][\p{L}\p{N}_]+ (no other branch can start at # or @)
      HASHTAG_BODY.lastIndex = p + 1;
      if (HASHTAG_BODY.test(text)) {
        spans.push(p, HASHTAG_BODY.lastIndex);
        p = HASHTAG_BODY.lastIndex;
      } else p++;
      continue;
    }
    if (!inEmailLocal(c) || !boundaryAt(text, p)) {
      p++;
      continue;
    }
    // \b(?:https?:\/\/|www\.)\S+
    const f = fold(c);
    if (f === 104 || f === 119) {
      let q = -1;
      if (f === 119) {
        if (literalAt(text, p, 'www.')) q = p + 4;
      } else if (literalAt(text, p, 'http')) {
        let k = p + 4;
        if (k < n && fold(text.charCodeAt(k)) === 115) k++;
        if (literalAt(text, k, '://')) q = k + 3;
      }
      if (q >= 0 && q < n && !isSpaceCode(text.charCodeAt(q))) {
        const e = nextSpace(text, q);
        spans.push(p, e);
        p = e;
        continue;
      }
    }
    // \b[\w.+-]+@[\w-]+\.[\w.-]+
    if (p >= emailRunEnd) {
      let k = p;
      while (k < n && inEmailLocal(text.charCodeAt(k))) k++;
      emailRunEnd = k;
      emailMatchEnd = -1;
      if (text.charCodeAt(k) === 64) {
        let m = k + 1;
        while (m < n && inWordHyphen(text.charCodeAt(m))) m++;
        if (m > k + 1 && text.charCodeAt(m) === 46 && m + 1 < n && inWordDotHyphen(text.charCodeAt(m + 1))) {
          let e = m + 1;
          while (e < n && inWordDotHyphen(text.charCodeAt(e))) e++;
          emailMatchEnd = e;
        }
      }
    }
    if (emailMatchEnd >= 0) {
      spans.push(p, emailMatchEnd);
      p = emailMatchEnd;
      continue;
    }
    // \b[\w-]+\.(?:com|org|...)\b\S*
    if (inWordHyphen(c)) {
      if (p >= domainRunEnd) {
        let k = p;
        while (k < n && inWordHyphen(text.charCodeAt(k))) k++;
        domainRunEnd = k;
        domainMatchEnd = -1;
        if (text.charCodeAt(k) === 46) {
          for (const tld of TLDS) {
            if (literalAt(text, k + 1, tld) && boundaryAt(text, k + 1 + tld.length)) {
              domainMatchEnd = nextSpace(text, k + 1 + tld.length);
              break;
            }
          }
        }
      }
      if (domainMatchEnd >= 0) {
        spans.push(p, domainMatchEnd);
        p = domainMatchEnd;
        continue;
      }
    }
    p++;
  }
  return spans;
}

// Facts `wordEnd` gathers about the word it scans, so that no test has to search the word again.
const HAS_HYPHEN = 1; // an ASCII hyphen joins two parts
const HAS_APOSTROPHE = 2; // ' or ’ inside
const HAS_PERIOD = 4; // "U.S."
const NEEDS_LOWERING = 8; // an upper-case or non-ASCII character: toLowerCase may change it
let scanned = 0;

function isCapitalised(word: string, hyphen: boolean): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return c >= 97 && c <= 122 && hyphen && ARABIC_PREFIX.test(word);
  return UPPER.test(word[0]!);
}

/** The facts of HAS_* for a part of a hyphenated word. */
const factsOf = (word: string): number =>
  (word.includes('-') ? HAS_HYPHEN : 0) | (word.includes("'") || word.includes('’') ? HAS_APOSTROPHE : 0) | (word.includes('.') ? HAS_PERIOD : 0) |
  NEEDS_LOWERING;

/** Gaps between words, by far most often one of these: one string each instead of a slice per word. */
const COMMON_GAPS = new Map<string, string>([[', ', ', '], ['. ', '. '], ['  ', '  ']]);

// Runs per word of every document: cheap tests first, Unicode regexes only where they can matter.
export function tokenize(sentence: Sentence, sentIndex: number): Token[] {
  const text = maskNonProse(sentence.text);
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // white space and ASCII punctuation start no word
    if (c < 128 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    if (end === i) {
      i++;
      continue;
    }
    const facts = scanned;
    const word = text.slice(i, end);
    // "Israel-Hamas", "China-Peru": two known names joined by a hyphen are two tokens
    if ((facts & HAS_HYPHEN) !== 0 && isCapitalised(word, true) && splitsIntoNames(word)) {
      let at = i;
      for (const part of word.split(HYPHEN)) {
        prevEnd = pushToken(tokens, text, sentence.start, sentIndex, part, at, factsOf(part), prevEnd);
        at += part.length + 1;
      }
    } else prevEnd = pushToken(tokens, text, sentence.start, sentIndex, word, i, facts, prevEnd);
    i = end;
  }
  return tokens;
}

/** Adds the token for `match` at `at` (sentence-relative) and returns where it ends. */
function pushToken(tokens: Token[], text: string, base: number, sentIndex: number, match: string, at: number, facts: number, prevEnd: number): number {
  let word = match;
  let end = at + word.length;
  const cap = isCapitalised(word, (facts & HAS_HYPHEN) !== 0);
  // an initial or a known abbreviation keeps its period: "S. Korea", "Mr. Kim", "Gen. Lee"
  if (text.charCodeAt(end) === 46) {
    if (cap ? (facts & HAS_PERIOD) === 0 && (word.length === 1 || ABBREV.has(word.toLowerCase())) : ABBREV.has(word)) {
      word += '.';
      end += 1;
    }
  }
  let possessive = false;
  if ((facts & HAS_APOSTROPHE) !== 0) {
    const poss = POSSESSIVE.exec(word);
    if (poss && poss[1] && !NOT_POSSESSOR.test(poss[1])) {
      word = poss[1];
      possessive = true;
    }
  } else if (cap && word.charCodeAt(word.length - 1) === 115) {
    const next = text.charCodeAt(end);
    // "Reuters’ report"
    if ((next === 39 || next === 0x2019) && !LETTER.test(text[end + 1] ?? '')) possessive = true;
  }
  const gapLength = at - prevEnd;
  let gap: string;
  if (gapLength === 1) gap = text[prevEnd]!;
  else if (gapLength === 0) gap = '';
  else {
    gap = text.slice(prevEnd, at);
    if (gapLength === 2) gap = COMMON_GAPS.get(gap) ?? gap;
  }
  const nextChar = end < text.length ? text[end]! : '';
  let allCaps = false;
  let hasDigit = false;
  if (cap) {
    // letters (ASCII words: counted here; others: the Unicode classes)
    let letters = 0;
    let lower = 0;
    let ascii = true;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      if (c >= 128) {
        ascii = false;
        break;
      }
      if (c >= 97 && c <= 122) {
        letters++;
        lower++;
      } else if (c >= 65 && c <= 90) letters++;
      else if (c >= 48 && c <= 57) hasDigit = true;
    }
    if (ascii) allCaps = letters >= 2 && lower === 0;
    else {
      const only = word.replace(NON_LETTERS, '');
      allCaps = only.length >= 2 && only === only.toUpperCase() && only !== only.toLowerCase();
      hasDigit = DIGIT.test(word);
    }
  }
  const index = tokens.length;
  // after a quotation that ends in a comma the attribution follows: `...," Zelenskiy said`
  const initial = index === 0 || (gap !== ' ' && OPENS_SENTENCE.test(gap) && !ATTRIBUTION_GAP.test(gap));
  const first = word.charCodeAt(0);
  const lowerWord = !cap && (first < 128 ? first >= 97 && first <= 122 : LOWER_START.test(word));
  const flags = (cap ? CAP : 0) | (allCaps ? ALL_CAPS : 0) | (hasDigit ? DIGIT_INSIDE : 0) | (initial ? INITIAL : 0) |
    (possessive ? POSSESSIVE_END : 0) | (isCurrencyCode(text.charCodeAt(end)) ? BEFORE_CURRENCY : 0) | (lowerWord ? LOWER_WORD : 0) |
    (Math.min(word.length, LENGTH_MAX) << LENGTH_SHIFT);
  tokens.push(new Token(word, (facts & NEEDS_LOWERING) !== 0 ? word.toLowerCase() : word, base + at, nextChar, gap, sentIndex, index, flags));
  return end;
}

// A hand-written scanner for WORD: the Unicode-property regex is the slowest part of the extractor.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER_CHAR = /\p{Lu}/u;
const charClass = new Uint8Array(65536); // 0 unknown, 1 word char, 2 other, 3 upper-case letter
function classOf(code: number): number {
  let k = charClass[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = UPPER_CHAR.test(ch) ? 3 : WORD_CHAR.test(ch) ? 1 : 2;
    charClass[code] = k;
  }
  return k;
}
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && classOf(c) !== 2);
const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 128 && classOf(c) === 3);
// -, ‐, ‑, ', ’, &
const isJoiner = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 38;

/** End of the word that starts at `i` (= `i` when none does), with the same rules as WORD. */
function wordEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  scanned = 0;
  // "U.S.", "U.K.": two or more capital-period pairs
  if (isUpperCode(c) && text.charCodeAt(i + 1) === 46 && isUpperCode(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
    let j = i + 4;
    while (isUpperCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
    scanned = HAS_PERIOD | NEEDS_LOWERING;
    return j;
  }
  if (!isWordCode(c) || (c >= 128 && classOf(c) === 1 && !WORD_START.test(text[i]!))) return i;
  let j = i + 1;
  let lowered = c >= 97 ? c <= 122 : c <= 57; // lower-case ASCII letters and digits only so far
  for (;;) {
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d >= 97 && d <= 122) continue;
      if (d >= 48 && d <= 57) continue;
      if (!isWordCode(d)) break;
      lowered = false;
    }
    if (!lowered) scanned |= NEEDS_LOWERING;
    // a joiner continues the word when a letter or digit follows, unless "U.S." does ("Iraq-U.S.")
    const joiner = text.charCodeAt(j);
    if (!isJoiner(joiner) || !isWordCode(text.charCodeAt(j + 1))) return j;
    if (isUpperCode(text.charCodeAt(j + 1)) && text.charCodeAt(j + 2) === 46) return j;
    if (joiner === 45) scanned |= HAS_HYPHEN;
    else if (joiner === 39) scanned |= HAS_APOSTROPHE;
    else if (joiner === 0x2019) scanned |= HAS_APOSTROPHE | NEEDS_LOWERING;
    else if (joiner !== 38) scanned |= NEEDS_LOWERING;
    j += 1; // (the word character after the joiner is scanned by the loop)
  }
}
const WORD_START = /[\p{L}\p{N}]/u;

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
