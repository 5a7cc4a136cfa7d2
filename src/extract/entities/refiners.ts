// Context around a piece that says what it is ("startup Security Hero", "Ryu Hee-lim, chair of"),
// and the headline test (a title-case line proves nothing by its capitals).
import type { Piece } from './classify.js';
import { ORG_CUE_NOUNS, PERSON_CUE_NOUNS, PLACE_CUE_AFTER, PLACE_CUE_BEFORE, PLACE_LIST_NOUNS, PLACE_PREPOSITIONS } from './gazetteer.js';
import type { Token } from './tokens.js';

const ARTICLES = new Set(['a', 'an', 'the', 'one', 'its', 'his', 'her', 'their']);
// After a name: "Kremlin spokesman", "Telegram founder", "Samsung shares".
const ORG_AFTER = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'founder', 'co-founder', 'executives', 'shares', 'stock',
  'headquarters', 'subsidiary', 'app', 'platform', 'users', 'employees', 'staff', 'board', 'chairman',
  'representative', 'representatives', 'officials', 'spokespeople', 'lawyers', 'moderators', 'servers',
]);
const OF_PLACE_TITLES = new Set([
  'sultan', 'emir', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'governor', 'mayor', 'bishop',
  'archbishop', 'emperor', 'shah', 'khan', 'sheikh', 'lord', 'earl', 'count', 'marquis', 'patriarch',
]);
// "Minna, the capital of Niger State", "Sokoto, a city in".
const PLACE_APPOSITION = new Set(['capital', 'city', 'town', 'village', 'province', 'region', 'port', 'district', 'county', 'state', 'island', 'suburb', 'enclave', 'territory', 'country', 'nation', 'kingdom', 'republic', 'neighbourhood', 'neighborhood', 'municipality']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);
const SAID = new Set(['said', 'says', 'told', 'added', 'wrote', 'asked', 'stated']);

// "30 km southwest of Wajima", "north of Kyiv": a compass point's "of" names a place
const COMPASS_OF = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
const LIST_WORDS = new Set(['and', 'or']);
const LIST_SCAN = 12;

/**
 * Whether the piece stands in a list of names that a plural place noun closes or opens: "Mundakkai,
 * Chooralmala, Attamala, and Noolpuzha villages", "the cities of Xining and Haidong". Walks over
 * names, commas and "and" only, a bounded number of tokens each way.
 */
function inPlaceList(first: Token, last: Token, sentence: Token[]): boolean {
  const listGap = (t: Token): boolean => /^,?[ \u00a0]{1,2}$/.test(t.gap);
  // forward to the noun that closes the list
  for (let k = last.index + 1; k < Math.min(sentence.length, last.index + LIST_SCAN); k++) {
    const t = sentence[k]!;
    if (!listGap(t)) break;
    if (t.cap || LIST_WORDS.has(t.lower)) continue;
    if (PLACE_LIST_NOUNS.has(t.lower)) return true;
    break;
  }
  // back to the "of" that opens it
  for (let k = first.index; k > Math.max(0, first.index - LIST_SCAN); k--) {
    const t = sentence[k]!;
    const before = sentence[k - 1];
    if (!before) break;
    if (before.lower === 'of' && /^[ \u00a0]$/.test(t.gap)) {
      const noun = sentence[k - 2];
      return k !== first.index && noun !== undefined && !noun.cap && PLACE_LIST_NOUNS.has(noun.lower);
    }
    if (!listGap(t) || !(before.cap || LIST_WORDS.has(before.lower))) break;
  }
  return false;
}

const SPACE_ONLY = /^[ \u00a0]{1,2}$/;
const spaceOnly = (t: Token | undefined): boolean => t !== undefined && (t.gap === ' ' || SPACE_ONLY.test(t.gap));
/** A word that starts with a lower-case letter. */
const lowerWord = (t: Token | undefined): t is Token => t !== undefined && t.lowerWord;

// (the gap before the next word starts, after white space, with clause punctuation; or holds a stop)
const CLAUSE_PUNCTUATION = /^\s*[.,;:!?)]/;
const STOP = /[.;!?]/;
const STOP_OR_COLON = /[.;:!?]/;
const COMMA_GAP = /^,\s*$/;

/** Adds the cues found around `piece` in its sentence's tokens. */
export function addCues(piece: Piece, sentence: Token[]): void {
  const first = piece.tokens[0]!;
  const last = piece.tokens[piece.tokens.length - 1]!;
  const prev = sentence[first.index - 1];
  const prev2 = sentence[first.index - 2];
  const next = sentence[last.index + 1];
  const endsClause = next === undefined || (next.gap !== ' ' && (CLAUSE_PUNCTUATION.test(next.gap) || STOP.test(next.gap)));
  const cues = piece.cues;

  if (prev && spaceOnly(first) && lowerWord(prev)) {
    if (ORG_CUE_NOUNS.has(prev.lower)) cues.ORG += 2;
    if (PLACE_CUE_BEFORE.has(prev.lower)) cues.PLACE += 2;
    if (prev.lower === 'of' && lowerWord(prev2) && PLACE_CUE_BEFORE.has(prev2.lower)) cues.PLACE += 2;
    // "the Sultan of Sokoto", "Mayor of Kharkiv": a title's "of" names a place
    if (prev.lower === 'of' && prev2?.cap && OF_PLACE_TITLES.has(prev2.lower)) cues.PLACE += 2;
    if (prev.lower === 'of' && lowerWord(prev2) && COMPASS_OF.has(prev2.lower)) cues.PLACE += 2;
    if (PLACE_PREPOSITIONS.has(prev.lower) && endsClause && !last.possessive) cues.PLACE += 1;
    if (SAID.has(prev.lower) && endsClause) cues.PERSON += 1;
  }
  // (only the document's undecided pieces use cues)
  if (piece.strength === 'weak' && inPlaceList(first, last, sentence)) cues.PLACE += 2;
  if (!next) return;
  // "Tinubu stated this when he received", "Biden himself": a person's pronoun follows
  for (let k = last.index + 1; k < Math.min(sentence.length, last.index + 5); k++) {
    const t = sentence[k]!;
    if (t.gap !== ' ' && STOP_OR_COLON.test(t.gap)) break;
    if (PERSONAL_PRONOUNS.has(t.text)) {
      cues.PERSON += 1;
      break;
    }
  }
  if (spaceOnly(next) && (next.lower === 'administration' || next.lower === 'himself' || next.lower === 'herself')) cues.PERSON += 2;
  if (next.gap.charCodeAt(0) === 44 && COMMA_GAP.test(next.gap)) {
    // apposition: "Security Hero, a U.S. startup", "Ryu Hee-lim, chair of", "Kim, 45,"
    if (ARTICLES.has(next.lower)) {
      for (let k = next.index + 1; k < Math.min(sentence.length, next.index + 6); k++) {
        const t = sentence[k]!;
        if (k > next.index + 1 && /[,.;:()]/.test(t.gap)) break;
        if (!lowerWord(t)) continue;
        if (ORG_CUE_NOUNS.has(t.lower)) { cues.ORG += 2; break; }
        if (PLACE_APPOSITION.has(t.lower)) { cues.PLACE += 2; break; }
        if (PERSON_CUE_NOUNS.has(t.lower)) { cues.PERSON += 2; break; }
      }
    } else if (lowerWord(next) && PERSON_CUE_NOUNS.has(next.lower)) {
      cues.PERSON += 2;
    } else if (next.lower === 'who') {
      cues.PERSON += 2;
    } else if (next.lower === 'which') {
      cues.ORG += 1;
    } else if (/^\d{1,2}$/.test(next.text) && /^,/.test(sentence[next.index + 1]?.gap ?? '')) {
      cues.PERSON += 2;
    }
    return;
  }
  if (spaceOnly(next) && lowerWord(next)) {
    if (PLACE_CUE_AFTER.has(next.lower)) cues.PLACE += 2;
    // "the Jibia local government area" (Nigeria's districts)
    if (next.lower === 'local' && sentence[next.index + 1]?.lower === 'government' && sentence[next.index + 2]?.lower === 'area') cues.PLACE += 2;
    if (ORG_AFTER.has(next.lower)) cues.ORG += 1;
  }
}

const WHITE = /\s/;
const FINAL_PUNCTUATION = new Set(['.', '!', '?', ':', '"', '”', '’', ')']);

/** A headline or section title: mostly capitalised words and no final punctuation. */
export function isTitleLine(tokens: Token[], text: string): boolean {
  // final punctuation: the last character that is not white space
  let k = text.length - 1;
  while (k >= 0 && WHITE.test(text[k]!)) k--;
  if (k >= 0 && FINAL_PUNCTUATION.has(text[k]!)) return false;
  let caps = 0;
  let lower = 0;
  for (const t of tokens) {
    if (t.end - t.start < 4 || t.hasDigit) continue;
    if (t.cap) caps++;
    else lower++;
  }
  return caps >= 3 && lower <= 1 && caps >= 3 * lower;
}
