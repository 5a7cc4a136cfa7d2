// The DATES extractor: finds date expressions in a sentence and normalizes them to TIMEX3-style
// values (2024-09-02, 2024-W35, 2024-08, 2024, 2024-Q3, 2024-H1, 199, P1W), resolving relative ones against
// the publication date only: never against the clock of the machine that runs claimtab.
import type { DateMention, ExtractContext, Sentence } from '../../types.js';
import type { Candidate, DateParser, ParseContext } from './candidate.js';
import { parseIsoDay } from './calendar.js';
import { chronoParser } from './parsers/chrono.js';
import { decadeParser } from './parsers/decade.js';
import { monthParser, monthRangeParser } from './parsers/month.js';
import { dmyNumericParser, isoNumericParser, shortNumericParser } from './parsers/numeric.js';
import { ordinalQuarterParser, qQuarterParser } from './parsers/quarter.js';
import { bareHalfParser, halfAdjectiveParser, halfOfYearParser, hYearParser, sixMonthsParser } from './parsers/half.js';
import { agoParser, deicticParser, periodParser, weekendParser } from './parsers/relative.js';
import { weekdayParser } from './parsers/weekday.js';
import { windowParser } from './parsers/window.js';
import { yearParser } from './parsers/year.js';
import { absorbPreposition, mergeYearReference, removeOverlaps, type Refiner } from './refiners.js';
import { normalizeTypography } from './text.js';

export { isoWeek, isoWeekParts, parseIsoDay, type Ymd } from './calendar.js';
export { resolveRelativeDate, type Direction, type Mode, type RelativeDate, type Resolved } from './resolve.js';
export { tenseAround } from './tense.js';

/**
 * Parsers in priority order. Overlaps are settled by span length first (removeOverlaps), so the
 * order only breaks ties between spans of equal length: the most specific reading comes first
 * (a full date before a month, a window before the calendar week it contains).
 */
export const PARSERS: readonly DateParser[] = [
  isoNumericParser,
  chronoParser,
  dmyNumericParser,
  shortNumericParser,
  windowParser,
  ordinalQuarterParser,
  qQuarterParser,
  halfOfYearParser,
  sixMonthsParser,
  hYearParser,
  halfAdjectiveParser,
  bareHalfParser,
  monthRangeParser,
  monthParser,
  periodParser,
  weekendParser,
  agoParser,
  deicticParser,
  weekdayParser,
  decadeParser,
  yearParser,
];

/**
 * Refiners in order: merge "July" + "this year" while both still exist, then settle overlaps, then
 * grow each survivor over its preposition (which must not be claimed by a neighbour first).
 */
export const REFINERS: readonly Refiner[] = [mergeYearReference, removeOverlaps, absorbPreposition];

/** Cheap test: a sentence without a digit or a date word cannot hold a date. */
const ANY_DATE_WORD = /\d|day|week|month|year|quarter|half|night|morning|afternoon|evening|tomorrow|tonight|\bago\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\bQ[1-4]/i;

/** Finds the date mentions of one piece of text (local offsets); the extractor wraps it. */
export function findDates(text: string, published: string | null): Candidate[] {
  const normalized = normalizeTypography(text);
  if (!ANY_DATE_WORD.test(normalized)) return [];
  const ctx: ParseContext = { text: normalized, published: parseIsoDay(published) };
  let candidates: Candidate[] = [];
  // one push per candidate: spreading a parser's whole list into push() overflows the stack on a
  // sentence of ~125,000 dates
  for (const parser of PARSERS) for (const c of parser.parse(ctx)) candidates.push(c);
  for (const refine of REFINERS) candidates = refine(ctx, candidates);
  return candidates;
}

export const dateExtractor = {
  id: 'dates',
  extract(sentence: Sentence, ctx: ExtractContext): DateMention[] {
    return findDates(sentence.text, ctx.published).map((c) => ({
      type: 'date' as const,
      start: sentence.start + c.start,
      end: sentence.start + c.end,
      text: sentence.text.slice(c.start, c.end),
      value: c.value,
      grain: c.grain,
      anchor: c.anchor,
      rule: c.rule,
    }));
  },
};
