/**
 * Quarters: "the third quarter" (`2024-Q3` for a story of 2024), "the first quarter of 2024",
 * "third-quarter profit", "Q3 2024", "in Q2", "the fourth quarter of last year".
 * "this/last/next quarter" is in relative.ts.
 *
 * A quarter without a year is the publication year's, unless the tense says otherwise:
 * "fourth-quarter profit fell" in a January story is last year's fourth quarter.
 *
 * Watch out for:
 * - sport: "scored 12 points in the third quarter" is a quarter of a game;
 * - "the first quarter of the century", "a quarter of the population": not a calendar quarter;
 * - fiscal quarters ("Apple's fiscal fourth quarter") do not follow the calendar: unresolved.
 */
import { regexParser, type Candidate } from '../candidate.js';
import { formatQuarter } from '../calendar.js';
import { ORDINALS } from '../lexicon.js';
import { resolveRelativeDate } from '../resolve.js';
import { tenseAround } from '../tense.js';
import { SPORTS_CONTEXT } from './relative.js';

const ORDINAL_QUARTER = /(?<![\w-])(?:the\s+)?(?:((?:19|20)\d\d)\s+)?(?:(fiscal)\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter(?![\w-])(?:(?:\s+of|,)?\s+(?:((?:19|20)\d\d)(?![\w%]|[.,]\d)|(this|last|next)\s+year|the\s+(?:current|previous)\s+year))?/gi;
const Q_QUARTER = /(?<![\w-])(?:((?:19|20)\d\d)[\s-]?)?Q([1-4])(?![\w])(?:(?:\s+|-|\/|\s+of\s+)((?:19|20)\d\d)(?![\w%]|[.,]\d))?/g;

function build(m: RegExpExecArray, quarter: number, yearDigits: string | undefined, relYear: string | undefined, fiscal: boolean, ctx: Parameters<Parameters<typeof regexParser>[2]>[1]): Candidate | null {
  const start = m.index, end = m.index + m[0].length;
  if (SPORTS_CONTEXT.test(ctx.text)) return null;
  if (/^\s+of\s+(?:the|a)\s+(?:century|game|match|population)/i.test(ctx.text.slice(end, end + 24))) return null;
  const base = { start, end, grain: 'quarter' as const, rule: 'date/quarter' };
  if (fiscal) return { ...base, value: null, anchor: 'unresolved' };
  if (yearDigits) return { ...base, value: formatQuarter(Number(yearDigits), quarter), anchor: 'explicit' };
  let yearOffset: number | undefined;
  if (relYear) {
    const w = relYear.toLowerCase();
    yearOffset = /last|previous/.test(w) ? -1 : /next/.test(w) ? 1 : 0;
  }
  const direction = tenseAround(ctx.text, start, end) ?? 'past';
  const r = resolveRelativeDate({ kind: 'quarterOfYear', quarter, direction, yearOffset }, ctx.published);
  return { ...base, ...r };
}

export const ordinalQuarterParser = regexParser('quarter', ORDINAL_QUARTER, (m, ctx) => {
  const [, yearBefore, fiscal, ordinal, yearAfter, relYear] = m;
  const matched = m[0];
  const relText = relYear ? relYear : /the\s+(current|previous)\s+year$/i.exec(matched)?.[1];
  // "the last quarter" alone is the quarter before this one (relative.ts); "the last quarter of this
  // year" is the fourth.
  if (/^last$/i.test(ordinal!) && !relText && !yearBefore && !yearAfter) return null;
  return build(m, ORDINALS[ordinal!.toLowerCase()]!, yearBefore ?? yearAfter, relText, fiscal !== undefined, ctx);
}, /quarter/i);

export const qQuarterParser = regexParser('quarter-q', Q_QUARTER, (m, ctx) => {
  const [, yearBefore, q, yearAfter] = m;
  return build(m, Number(q), yearBefore ?? yearAfter, undefined, false, ctx);
}, /Q[1-4]/);
