/**
 * Years standing alone: "in 2021", "In 2019", "since 2020", "a 2023 global report", "mid-2024", "early 2023",
 * "2019-2021". Value `2021`, grain year, anchor explicit.
 *
 * Watch out for numbers that only look like years:
 * - counts: "1999 votes", "2023 people" (a plural noun right after, with no determiner or
 *   preposition before: "the 2024 elections" and "in 2023 companies" stay years);
 * - money, percentages and parts of bigger numbers: "$2000", "2024%", "12,2024", "2024.5";
 * - times and measures: "2030 GMT", "2000 km";
 * - names and labels: "Euro 2024", "Windows 2000", "flight 2019", "Resolution 2254";
 * - years before 1900 only after a preposition ("in 1066"), else "1600 Pennsylvania Avenue".
 */
import { regexParser, type Candidate } from '../candidate.js';
import { monthNumber } from '../lexicon.js';
import { isCapitalized, wordAfter, wordBefore } from '../text.js';

const PATTERN = /(?<![\w$£€¥#.,/:])(?:(?:mid|early|late)[- ])?((?:1[0-9]|20)\d\d)(?![\w%°]|[.,:/]\d)/gi;

/** Words before a year-like number that make it a label or a count, not a year. */
const LABEL_BEFORE = new Set([
  'no', 'no.', 'number', 'nos', '#', 'page', 'pages', 'p', 'pp', 'flight', 'route', 'room', 'bill', 'code', 'item',
  'article', 'section', 'chapter', 'rule', 'line', 'model', 'version', 'row', 'seat', 'unit', 'bus', 'train', 'exit',
  'highway', 'apartment', 'suite', 'resolution', 'paragraph', 'clause', 'case', 'file', 'ticket', 'platform',
  'gate', 'block', 'lot', 'plot', 'tel', 'phone', 'ext', 'box', 'iso', 'killed', 'injured', 'hired', 'employing',
  'employs', 'employed', 'total', 'score', 'scored', 'averaged', 'averaging',
]);

/** Determiners and prepositions before which a year is a year even when a plural noun follows. */
const YEAR_BEFORE = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'whose', 'my', 'your',
  'in', 'since', 'by', 'until', 'till', 'during', 'from', 'before', 'after', 'through', 'throughout', 'circa',
  'between', 'mid', 'early', 'late', 'for', 'year', 'fiscal', 'of',
]);

/** Years before 1900 need one of these before them. */
const OLD_YEAR_BEFORE = new Set(['in', 'since', 'by', 'until', 'till', 'during', 'from', 'before', 'after', 'of', 'circa', 'c.', 'year', 'between']);

/** Capitalized words that may stand before a year without making it a name. */
const FUNCTION_WORDS = new Set([
  'in', 'since', 'by', 'until', 'till', 'during', 'from', 'before', 'after', 'through', 'throughout', 'the', 'a',
  'an', 'of', 'for', 'and', 'or', 'to', 'at', 'on', 'between', 'as', 'but', 'its', 'their', 'his', 'her', 'our',
  'this', 'that', 'early', 'late', 'mid', 'around', 'circa', 'fiscal', 'unlike', 'like', 'then', 'also', 'with',
]);

/** After the number: units, clock zones, eras and amounts that make it a measure, a time or a count. */
const UNIT_AFTER = new Set([
  'km', 'kg', 'm', 'cm', 'mm', 'ft', 'mi', 'mph', 'kph', 'km/h', 'lb', 'lbs', 'oz', 'g', 't', 'mw', 'gw', 'kw', 'kwh',
  'mwh', 'gwh', 'sq', 'square', 'cubic', 'metres', 'meters', 'gmt', 'utc', 'bst', 'est', 'edt', 'cet', 'cest',
  'jst', 'kst', 'et', 'pt', 'ist', 'hrs', 'hours', 'h', 'bc', 'bce', 'calories', 'kcal', 'rpm', 'ppm',
  'yuan', 'won', 'yen', 'euros', 'dollars', 'pounds', 'rupees', 'usd', 'eur', 'gbp', 'krw', 'jpy',
  'percent', 'per', 'times', 'more', 'fewer', 'less', 'plus', 'million', 'billion', 'thousand',
]);

const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish', 'deer', 'feet', 'teeth', 'mice', 'geese', 'persons', 'troops', 'voters']);

/** Third-person verbs that often follow a year as subject ("2023 was", "2024 marks"). */
const VERBS_S = new Set(['is', 'was', 'has', 'does', 'marks', 'sees', 'saw', 'remains', 'looks', 'promises', 'brings', 'begins', 'ends', 'starts', 'comes', 'goes', 'seems', 'appears', 'means', 'makes', 'turns', 'proves', 'becomes', 'represents', 'gets', 'holds', 'contains', 'offers', 'includes']);

export function isPluralNoun(word: string): boolean {
  if (!/^[a-z]/.test(word)) return false;
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (VERBS_S.has(w)) return false;
  return /^[a-z-]+[^su'i]s$/.test(w);
}

export const yearParser = regexParser('year', PATTERN, (m, ctx): Candidate | null => {
  const text = ctx.text;
  const digits = m[1]!;
  const year = Number(digits);
  const numStart = m.index + m[0].length - 4;
  const hyphenBefore = text[numStart - 1] === '-' && numStart === m.index;
  // "2019-2021": the second year of a range may follow a hyphen; "COVID-2019" or "555-2019" not.
  if (hyphenBefore && !/(?<![\w.,])(?:1[0-9]|20)\d\d-$/.test(text.slice(Math.max(0, numStart - 6), numStart))) return null;
  const before = wordBefore(text, m.index);
  const prev = before.word.toLowerCase();
  const after = wordAfter(text, m.index + m[0].length);
  const next = after.word;
  const nextLower = next.toLowerCase();

  if (year > 2099) return null;
  if (year < 1900 && !OLD_YEAR_BEFORE.has(prev)) return null;
  if (LABEL_BEFORE.has(prev)) return null;
  // "Case No. 2021", "p. 2019", "Art. 2000": an abbreviated label.
  if (/\b(?:No|Nos|Art|Sec|Ch|p|pp|Ref|Tel)\.\s*$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
  // "more than 2000" is a count, "no later than 2025" a year.
  if (prev === 'than' && /\b(?:more|less|fewer)\s+than\s*$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
  // "Euro 2024", "Windows 2000", "Resolution 2254": a capitalized word before makes it a name,
  // unless it is a function word ("In 2019", "Since 2020"), a possessive ("Security Hero's 2023
  // report") or a month ("July 2024", caught whole by the month parser anyway).
  if (before.word && isCapitalized(before.word) && !FUNCTION_WORDS.has(prev) && monthNumber(before.word) === undefined
    && !/'s$/i.test(before.word)) return null;
  if (UNIT_AFTER.has(nextLower)) return null;
  // "2000 of them", "2019 of the 5,000 cases": a count of a part.
  if (nextLower === 'of' && /^ *(the|them|whom|which|those|these|its|their)\b/i.test(text.slice(after.end, after.end + 8))) return null;
  // "2000 to 3000 people" is a range of counts; "2019 to 2021" and "from 2019 to last year" are years.
  if (nextLower === 'to' || nextLower === 'or' || nextLower === 'and') {
    // "from 156 in 2021 to 297 in July": after a preposition it is a year unless a count noun
    // follows the second number.
    const third = wordAfter(text, after.end);
    if (/^\d[\d,.]*$/.test(third.word) && !/^(1[0-9]|20)\d\d$/.test(third.word)) {
      const fourth = wordAfter(text, third.end).word;
      if (!YEAR_BEFORE.has(prev) || isPluralNoun(fourth) || UNIT_AFTER.has(fourth.toLowerCase())) return null;
    }
  }
  // "1999 votes", "2023 people": a count. "the 2024 elections", "in 2023 companies" stay years.
  if (isPluralNoun(next) && !YEAR_BEFORE.has(prev) && !/'s$/i.test(before.word)) return null;
  return { start: m.index, end: m.index + m[0].length, value: digits, grain: 'year', anchor: 'explicit', rule: 'date/year' };
}, /\d\d\d\d/);
