// Numbers that are not figures: codes, dates, times of day, years, labels, phone numbers.
//
// Each check answers for one number phrase in its sentence; the rules in figure.ts call them before
// (codes, dates, times) or after (years, labels: they depend on the unit found) reading the unit.
import type { NumberPhrase } from './numbers.js';
import type { TokenView } from './tokens.js';

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** A capitalised month name ("Sept", "May": lower-case "may" is a verb). */
export function isMonth(v: TokenView, k: number): boolean {
  return v.isCapitalized(k) && MONTHS.has(v.low(k));
}

/**
 * Digits glued to letters or to a letter-word hyphen are codes, not counts:
 * "hub420", "G7", "MH17", "COVID-19", "F-35", "Z-3", "OPEC-11", "mid-2020", "#1", "@2".
 * "magnitude-6.9" is the exception that proves the rule.
 */
export function isCode(v: TokenView, np: NumberPhrase): boolean {
  const i = np.core;
  if (!v.isNum(i) || np.i0 !== np.core) return false;
  if (v.glued(i) && v.isWord(i - 1)) return true;
  if (v.glued(i) && v.is(i - 1, '-') && v.glued(i - 1) && v.isWord(i - 2) && v.low(i - 2) !== 'magnitude') return true;
  if (v.glued(i) && /^[#@_\\/&]$/.test(v.text(i - 1))) return true;
  // "(202) 691-5902": an area code
  if (v.is(i - 1, '(') && v.is(i + 1, ')') && v.isNum(i + 2) && v.is(i + 3, '-') && v.glued(i + 3) && v.isNum(i + 4)) return true;
  // "010-1234-5678", "1-800-555-0199": digit groups chained by two or more hyphens
  if (v.is(i + 1, '-') && v.glued(i + 1) && v.isNum(i + 2) && v.glued(i + 2) && v.is(i + 3, '-') && v.glued(i + 3) && v.isNum(i + 4)) return true;
  if (v.is(i - 1, '-') && v.glued(i) && v.isNum(i - 2) && v.glued(i - 1) && v.is(i - 3, '-') && v.glued(i - 2)) return true;
  return false;
}

/** "Sept 2", "Sept. 2", "2 September", "May 22, 1960": a day of the month. */
export function isDayOfMonth(v: TokenView, np: NumberPhrase): boolean {
  if (!np.plainInteger || np.value === null || np.value < 1 || np.value > 31 || np.i1 !== np.core + 1) return false;
  const i = np.core;
  if (isMonth(v, i - 1)) return true;
  if (v.is(i - 1, '.') && isMonth(v, i - 2)) return true;
  if (isMonth(v, i + 1)) return true;
  // "the 2 of March" is rare; "2 and 3 September" shares the month
  if ((v.low(i + 1) === 'and' || v.is(i + 1, '-')) && v.isNum(i + 2) && isMonth(v, i + 3)) return true;
  // "Sept 11 and 12", "Dec 18 to 20": the second day of the month (else "and 12" could take the
  // noun of an earlier count)
  const link = v.low(i - 1);
  if ((link === 'and' || link === 'or' || link === 'to' || link === 'through' || v.is(i - 1, '-')) && v.isNum(i - 2) && (isMonth(v, i - 3) || (v.is(i - 3, '.') && isMonth(v, i - 4)))) return true;
  return false;
}

/**
 * "Dec19’23", "Dec ’23", "the class of '98": two digits right after an apostrophe are a clipped
 * year, never an amount. 'glued' when the apostrophe sticks to a word or number before it (certainly
 * a date part); 'spaced' when a space precedes it, where it may also be an opening quote
 * ("'23 people died,' he said"), so the caller drops it only when no noun follows.
 */
export function apostropheYear(v: TokenView, np: NumberPhrase): 'glued' | 'spaced' | null {
  const i = np.core;
  if (np.i0 !== i || !np.plainInteger || !/^\d{2}$/.test(v.text(i)) || !v.is(i - 1, "'") || !v.glued(i)) return null;
  return v.glued(i - 1) && (v.isWord(i - 2) || v.isNum(i - 2)) ? 'glued' : 'spaced';
}

const ZONES = new Set(['GMT', 'UTC', 'BST', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'CET', 'CEST', 'KST', 'JST', 'IST', 'ET', 'PT']);
/** "3pm", "10.30am", "1.35 p.m.", "0900 GMT" (times of day; "10:30" never parses as a number). */
export function isTimeOfDay(v: TokenView, np: NumberPhrase): boolean {
  const j = np.core + 1;
  const l = v.low(j);
  if (l === 'am' || l === 'pm') return true;
  if ((l === 'a' || l === 'p') && v.is(j + 1, '.') && v.low(j + 2) === 'm') return true;
  if (ZONES.has(v.text(j))) return true;
  if (l === 'o' && v.is(j + 1, "'") && v.low(j + 2) === 'clock') return true;
  return false;
}

/** Words after which a year is read as a year even before a plural noun ("the 2024 Olympics"). */
const YEAR_CONTEXT = new Set([
  'in', 'since', 'from', 'by', 'until', 'till', 'of', 'the', 'a', 'an', 'its', 'their', 'his', 'her',
  'our', 'during', 'before', 'after', 'between', 'and', 'to', 'through', 'early', 'late', 'mid', 'circa',
  'fiscal', 'year', 's', 'for', 'at', 'on', 'this', 'that', 'last', 'next', 'spring', 'summer', 'autumn',
  'fall', 'winter', 'or', 'than', 'around', 'about', ',', '-', '(', 'as', 'with', 'ad', 'bc', 'season',
]);
export function yearContextBefore(v: TokenView, i: number): boolean {
  return YEAR_CONTEXT.has(v.low(i - 1)) || isMonth(v, i - 1) || v.startsSentence(i);
}

/** Capitalised words that are not names: a number after them is not a label ("About 25"). */
const FUNCTION_CAPS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'but', 'or', 'of', 'to',
  'some', 'about', 'around', 'over', 'under', 'nearly', 'almost', 'only', 'just', 'all', 'another',
  'those', 'these', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'up', 'down', 'since', 'between',
  'than', 'each', 'every', 'while', 'after', 'before', 'during', 'including', 'among', 'roughly',
  'approximately', 'last', 'until', 'till', 'then', 'there', 'here', 'when', 'where', 'if', 'as',
  'although', 'though', 'because', 'once', 'total', 'fewer', 'more', 'less', 'least', 'most',
  'exactly', 'also', 'still', 'yet', 'even', 'now', 'today', 'yesterday', 'tomorrow', 'estimated',
  'further', 'other', 'extra', 'additional',
]);
/** Lower-case words that name what follows: "article 5", "section 230", "top 10", "category 4". */
const LABEL_WORDS = new Set([
  'article', 'articles', 'section', 'sections', 'chapter', 'page', 'pages', 'paragraph', 'clause', 'item', 'room',
  'flight', 'route', 'highway', 'interstate', 'level', 'category', 'phase', 'stage', 'version', 'grade',
  'game', 'round', 'exit', 'gate', 'platform', 'line', 'channel', 'no', 'number', 'week', 'day', 'match',
  'race', 'lap', 'hole', 'district', 'ward', 'block', 'unit', 'zone', 'tier', 'term', 'act', 'rule',
  'amendment', 'resolution', 'top', 'model', 'type', 'class', 'size', 'seed', 'volume', 'vol', 'issue',
  'episode', 'season', 'series', 'bus', 'gen', 'generation', 'figure', 'table', 'annex', 'schedule', 'part',
  'building', 'floor', 'apartment', 'suite', 'bed', 'door', 'track', 'verse', 'psalm',
]);

/** Words that make any number after them a name, whatever follows: "category 5 storms", "top 10". */
const STRONG_LABELS = new Set([
  'article', 'section', 'chapter', 'category', 'level', 'phase', 'stage', 'grade', 'round', 'gate',
  'platform', 'flight', 'route', 'highway', 'interstate', 'paragraph', 'clause', 'room', 'version',
  'season', 'episode', 'tier', 'no', 'vol', 'windows', 'iphone', 'galaxy', 'covid', 'boeing', 'airbus',
  'paragraphs', 'subparagraph', 'subparagraphs', 'sections', 'articles', 'chapters', 'clauses',
]);
const DETERMINERS = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'our', 's', 'my', 'your']);
export function isStrongLabel(v: TokenView, i: number): boolean {
  if (v.is(i - 1, '.') && (v.low(i - 2) === 'no' || v.low(i - 2) === 'vol')) return true;
  // "the top 10 conglomerates" is a ranking; "expected to top 105 degrees" is a verb
  if (v.low(i - 1) === 'top') return DETERMINERS.has(v.low(i - 2));
  return STRONG_LABELS.has(v.low(i - 1));
}

/**
 * A bare number after a name or a label word is part of that name: "Apollo 11", "Article 5",
 * "Standard & Poor's 500 index", "the Nikkei 225", "No. 10", "category 4 storm".
 */
export function isLabel(v: TokenView, i: number): boolean {
  let k = i - 1;
  if (v.is(k, '.') && (v.low(k - 1) === 'no' || v.low(k - 1) === 'nos' || v.low(k - 1) === 'vol')) return true;
  if (v.is(k, '#')) return true;
  // possessive: "Poor's 500", "Japan's Nikkei 225" -> look at the owner
  if (v.low(k) === 's' && v.is(k - 1, "'")) k -= 2;
  if (!v.isWord(k)) return false;
  if (LABEL_WORDS.has(v.low(k)) && !v.isCapitalized(k)) return true;
  if (v.isCapitalized(k) && !FUNCTION_CAPS.has(v.low(k)) && !isMonth(v, k)) return true;
  if (LABEL_WORDS.has(v.low(k)) && v.isCapitalized(k) && !FUNCTION_CAPS.has(v.low(k))) return true;
  return false;
}
