// Paragraphs and sentences with offsets into the original text. Runs on the masked text (excluded
// spans blanked), so boilerplate never joins a sentence and offsets never shift.
//
// A rule-based splitter rather than compromise's: it is ~100x faster, and news has a short list of
// traps that rules handle well: abbreviations ("Sept. 2", "Mr. Yoon"), initials ("S. Korea",
// "Pavel V. Durov"), "U.S." mid-sentence, decimals ("2.5"), and quotes closing after the full stop.
import type { Sentence } from '../types.js';
import { isLineEnd } from '../clean/boilerplate.js';

// Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
const NO_BREAK_AFTER = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'cpl',
  'pres', 'supt', 'insp', 'det', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'amb', 'atty', 'messrs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'no', 'nos', 'vol', 'vs', 'v', 'approx', 'est', 'fig', 'ft', 'mt', 'pt',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'u.s.a', 'e.u', 'd.c', 'n.y', 'l.a',
]);
// Closing abbreviations that usually do end a sentence when a capital follows ("... in the U.S. The")
const BREAK_IF_CAPITAL_FOLLOWS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'inc', 'corp', 'ltd', 'co', 'plc', 'a.m', 'p.m', 'etc']);
// Words that start a sentence after "U.S." etc. only rarely continue a name.
const SENTENCE_STARTERS = /^(?:The|A|An|In|On|At|It|He|She|They|We|I|But|And|This|That|These|Those|His|Her|Its|Their|Our|There|As|After|Before|When|While|If|However|Meanwhile|Police|Officials?)\b/;

export function segmentSentences(masked: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (let i = 0; i <= masked.length; i++) {
    if (i === masked.length || isLineEnd(masked, i)) {
      const before = sentences.length;
      splitLine(masked, lineStart, i, paragraph, sentences);
      if (sentences.length > before) paragraph++;
      lineStart = i + 1;
    }
  }
  return sentences;
}

// Characters that may follow a stop and still belong to it: `."`, `?”`, `...`
const CLOSER = /[.!?…"”’')\]]/;
const SPACE = /\s/;
// Characters of the word before a full stop, inner dots of "U.S" included.
const WORD_CHAR = /[\p{L}.]/u;
// No rule below matches a longer word: the sets' longest entry ("messrs"), and an acronym of five
// letters ("a.b.c.d.e", 9 characters). Longer words end a sentence without a look-up.
const LONGEST_LISTED = Math.max(...[...NO_BREAK_AFTER, ...BREAK_IF_CAPITAL_FOLLOWS].map((w) => w.length));
const LONGEST_ACRONYM = 9;

/**
 * The word before the last full stop asked about, so that the stops of one run ("......") share one
 * backward scan. Without it a line of dots followed by a lower-case word took quadratic time
 * (100,000 dots: minutes).
 */
interface WordMemo {
  sentenceStart: number;
  dot: number;
  /** where the word before `dot` starts */
  word: number;
  /** its first character that is not a dot */
  core: number;
}

function splitLine(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = from;
  // the run of closing punctuation after a stop, and the spaces after it, are the same for every
  // stop inside the run: scanned once per run, not once per stop (a line of 100,000 dots)
  let runEnd = -1;
  let runNext = -1;
  const memo: WordMemo = { sentenceStart: -1, dot: -1, word: -1, core: -1 };
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    if (i >= runEnd) {
      runEnd = i + 1;
      while (runEnd < to && CLOSER.test(text[runEnd]!)) runEnd++;
      runNext = runEnd;
      while (runNext < to && SPACE.test(text[runNext]!)) runNext++;
    }
    const end = runEnd;
    if (end < to && !SPACE.test(text[end]!)) continue; // "2.5", "U.S.-based", "hub420.shop"
    const next = runNext;
    if (next >= to) break; // the line's end closes the sentence anyway
    const following = text.slice(next, next + 40);
    if (c === '.' && !isSentenceEnd(text, start, i, following, memo)) continue;
    // a new sentence starts with a capital, a digit or an opening quote/bracket
    if (!/^[\p{Lu}\p{N}"“‘'(\[\-–—]/u.test(following)) continue;
    push(text, start, end, paragraph, out);
    start = next;
    i = next - 1;
  }
  push(text, start, to, paragraph, out);
}

function isSentenceEnd(text: string, sentenceStart: number, dot: number, following: string, memo: WordMemo): boolean {
  // the word before the dot, including inner dots of "U.S"
  let w = dot;
  while (w > sentenceStart && WORD_CHAR.test(text[w - 1]!)) {
    w--;
    // the previous stop asked about is inside this word: its scan already went on from there
    if (w === memo.dot && memo.sentenceStart === sentenceStart) {
      w = memo.word;
      break;
    }
  }
  let core = w;
  if (w === memo.word && memo.sentenceStart === sentenceStart) core = memo.core;
  else while (core < dot && text[core] === '.') core++;
  memo.sentenceStart = sentenceStart;
  memo.dot = dot;
  memo.word = w;
  memo.core = core;
  const length = dot - w;
  // lower-cased without leading dots ("...Mr" -> "mr"); empty when too long to be listed
  const lower = dot - core <= LONGEST_LISTED ? text.slice(core, dot).toLowerCase() : '';
  if (length === 1 && /^\p{Lu}$/u.test(text[w]!)) return false; // an initial: "S. Korea", "Pavel V. Durov"
  if (BREAK_IF_CAPITAL_FOLLOWS.has(lower)) return SENTENCE_STARTERS.test(following);
  if (NO_BREAK_AFTER.has(lower)) return false;
  if (length <= LONGEST_ACRONYM && /^(?:\p{L}\.){1,4}\p{L}$/u.test(text.slice(w, dot))) return SENTENCE_STARTERS.test(following); // other dotted acronyms
  return true;
}

/**
 * Longest sentence kept whole, in UTF-16 code units. News sentences run to a few hundred
 * characters (the longest in fixtures/ and the seed corpus: 319); a line of thousands without a
 * sentence end is a table, a list or a pasted blob. Every stage after this one costs more than
 * linear time in a sentence's length somewhere (pairs of reporting frames, one claim row per figure
 * each carrying the sentence), so an endless "sentence" would stall the document: cut at the last
 * space before this length, so that a document costs time in proportion to its length.
 */
export const MAX_SENTENCE_CHARS = 1000;

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE_CHARS);
    pushWhole(text, start, cut, paragraph, out);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  pushWhole(text, start, end, paragraph, out);
}

/** Where to cut an over-long sentence before `limit`: after the last space in its second half, else at `limit`. */
function cutPoint(text: string, start: number, limit: number): number {
  for (let k = limit; k > start + MAX_SENTENCE_CHARS / 2; k--) if (/\s/.test(text[k]!)) return k;
  // one endless word: never between the two halves of a surrogate pair
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function pushWhole(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  const body = text.slice(start, end);
  if (!/[\p{L}\p{N}]/u.test(body)) return;
  out.push({ index: out.length, paragraph, start, end, text: body });
}
