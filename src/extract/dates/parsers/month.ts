/**
 * A month without a day: "July 2024" (explicit), "in August", "last July", "mid-September",
 * "between June and August" (relative to the publication date). "in July this year" is "July" here,
 * merged with "this year" by the year-reference refiner.
 *
 * "in August" is the latest August at or before publication ("2024-08" for a 2024-09-30 story), or
 * the first at or after it when the clause is in the future tense ("will be held in December").
 *
 * Watch out for:
 * - "May" the verb, "March" the noun: the name must be capitalized, and these two must come after a
 *   preposition or modifier ("in", "since", "early", "last", ...) or before a year;
 * - "the April-June period": a range of months; a calendar quarter when it is one (`2023-Q2`);
 * - names: "April Ryan", "June Carter": a capitalized word right after the month rejects it;
 * - "Sept 2": a day number after the month belongs to the month-day parser (chrono).
 */
import { regexParser } from '../candidate.js';
import { monthNumber } from '../lexicon.js';
import { resolveRelativeDate, type Mode } from '../resolve.js';
import { tenseAround } from '../tense.js';
import { isCapitalized, wordAfter, wordBefore } from '../text.js';
import { formatMonth } from '../calendar.js';

const MONTH_ALONE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)';
const PATTERN = new RegExp(
  `(?<![\\w-])(?:(early|mid|late)[- ](?:in[- ])?)?(?:(last|next|this|past|coming)\\s+)?(${MONTH_ALONE})(?![\\w])(?:(?:,|\\s+of)?\\s+((?:1[0-9]|20)\\d\\d)(?![\\w%]|[.,]\\d))?`,
  'gi',
);

/** Words after which a capitalized month name is the month. */
const CONTEXT_BEFORE = new Set([
  'in', 'since', 'by', 'until', 'till', 'through', 'throughout', 'during', 'from', 'of', 'before', 'after',
  'early', 'mid', 'late', 'last', 'next', 'this', 'between', 'around', 'to', 'and', 'or', 'on',
  'end', 'start', 'beginning', 'middle', 'for', 'ending', 'ended',
]);
/** Capitalized words that may stand before a month at a sentence start ("In August", "Since June"). */
const NAME_SAFE_BEFORE = new Set([...CONTEXT_BEFORE, 'the', 'a', 'as']);
/** "May" needs a stronger cue: "in May", not "and May" or "to May" (the verb, a name). */
const MAY_BEFORE = new Set(['in', 'since', 'by', 'until', 'till', 'through', 'throughout', 'during', 'from', 'of', 'before', 'after', 'early', 'mid', 'late', 'last', 'next', 'this', 'between']);

export const monthParser = regexParser('month', PATTERN, (m, ctx) => {
  const [, modifier, relative, name, yearDigits] = m;
  const text = ctx.text;
  const nameStart = m.index + m[0].indexOf(name!, (modifier?.length ?? 0) + (relative?.length ?? 0));
  if (!isCapitalized(name!)) return null;
  const month = monthNumber(name!)!;
  const start = m.index, end = m.index + m[0].length;
  if (yearDigits) {
    return { start, end, value: formatMonth(Number(yearDigits), month), grain: 'month', anchor: 'explicit', rule: 'date/month' };
  }
  const after = wordAfter(text, end);
  // "Sept 2", "June 5th": a day follows, the month-day parser owns it.
  if (/^\d/.test(after.word)) return null;
  // "April Ryan", "June Carter", "August Wilson".
  if (after.word && isCapitalized(after.word) && monthNumber(after.word) === undefined && !/^[A-Z][a-z]+day$/.test(after.word)) return null;
  // "Black September", "Red October": a capitalized word before the month makes it a name.
  const prevWord = wordBefore(text, nameStart).word;
  if (!modifier && !relative && prevWord && /^[A-Z][a-z]/.test(prevWord) && !NAME_SAFE_BEFORE.has(prevWord.toLowerCase())
    && monthNumber(prevWord) === undefined && !/^[A-Z][a-z]+day$/.test(prevWord) && !/'s$/.test(prevWord)) return null;
  // "May" the modal and "March" the verb or the protest need a date context; other capitalized
  // month names are months ("a flat July", "the August increase").
  if (!modifier && !relative && (month === 3 || month === 5)) {
    const prev = wordBefore(text, nameStart).word.toLowerCase();
    const needed = month === 5 ? MAY_BEFORE : CONTEXT_BEFORE;
    // "June, July and August": a month in a list of months.
    const inList = /(?:January|February|March|April|May|June|July|August|September|October|November|December),? *$/.test(text.slice(Math.max(0, nameStart - 14), nameStart).replace(/ (and|or|to|through) *$/, ' '));
    if (!needed.has(prev) && !inList) return null;
    if ((prev === 'and' || prev === 'or' || prev === 'to') && !inList) return null;
  }
  const rel = relative?.toLowerCase();
  const mode: Mode = rel === 'last' || rel === 'past' ? 'last'
    : rel === 'next' || rel === 'coming' ? 'next'
      : rel === 'this' ? 'this'
        : tenseAround(text, start, end) === 'future' ? 'future' : 'past';
  const r = resolveRelativeDate({ kind: 'monthOfYear', month, mode }, ctx.published);
  return {
    start, end, ...r, rule: 'date/month',
    parts: relative ? undefined : { month, yearImplied: true, direction: mode === 'future' ? 'future' : 'past' },
  };
}, /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i);

const RANGE = new RegExp(`(?<![\\w-])(${MONTH_ALONE}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\s?-\\s?(${MONTH_ALONE}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\\w])(?:,?\\s+((?:1[0-9]|20)\\d\\d)(?![\\w%]|[.,]\\d))?`, 'g');

/**
 * "the April-June period", "Jul-Sep 2024": a range of months. When it is a calendar quarter it gets
 * the quarter's value (`2023-Q2`); any other range gets its first month (rule `date/month-range`).
 */
export const monthRangeParser = regexParser('month-range', RANGE, (m, ctx) => {
  const [, fromName, toName, yearDigits] = m;
  if (!isCapitalized(fromName!) || !isCapitalized(toName!)) return null;
  const from = monthNumber(fromName!)!, to = monthNumber(toName!)!;
  const start = m.index, end = m.index + m[0].length;
  const isQuarter = (from - 1) % 3 === 0 && to === from + 2;
  const quarter = (from - 1) / 3 + 1;
  if (yearDigits) {
    const y = Number(yearDigits);
    return isQuarter
      ? { start, end, value: `${y}-Q${quarter}`, grain: 'quarter', anchor: 'explicit', rule: 'date/month-range' }
      : { start, end, value: formatMonth(y, from), grain: 'month', anchor: 'explicit', rule: 'date/month-range' };
  }
  const future = tenseAround(ctx.text, start, end) === 'future';
  const r = isQuarter
    ? resolveRelativeDate({ kind: 'quarterOfYear', quarter, direction: future ? 'future' : 'past' }, ctx.published)
    : resolveRelativeDate({ kind: 'monthOfYear', month: from, mode: future ? 'future' : 'past' }, ctx.published);
  return { start, end, ...r, rule: 'date/month-range' };
}, /-/);
