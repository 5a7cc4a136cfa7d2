/**
 * Half-years, as economic and company news gives them: "the first half of 2024" (`2024-H1`), "the
 * second half of this year", "the first six months of the year", "H1 2024", "2023 H2", "first-half
 * profit", and "in the first half" where the sentence is about an economy or a company's results.
 *
 * A half without a year is the publication year's, unless the tense says otherwise, as for quarters:
 * "second-half sales fell" in a March story is last year's second half.
 *
 * Watch out for:
 * - sport: "scored in the second half", "a first-half goal" are halves of a match;
 * - "the first half of the century/season/book/decade": not a half-year (no year follows "of");
 * - "the past six months" is a window (window.ts), not a half-year.
 */
import { regexParser, type Candidate, type ParseContext } from '../candidate.js';
import { formatHalf } from '../calendar.js';
import { resolveRelativeDate } from '../resolve.js';
import { tenseAround } from '../tense.js';
import { SPORTS_CONTEXT } from './relative.js';

// what may follow "of": a year, or a year named relative to the story's ("this year", "the year")
const YEAR_REF = String.raw`(?:((?:19|20)\d\d)(?![\w%]|[.,]\d)|(this|last|next)\s+year|the\s+(current|previous|past)\s+year|the\s+year)(?![\w-])`;
// "the first half of 2023", "the first-half of 2023", "the first half (H1) of 2023"
const HALF_OF = new RegExp(String.raw`(?<![\w-])(?:the\s+)?(first|second|1st|2nd|latter|last|final)[\s-]+half(?:\s*\((?:H[12]|[12]H)\))?\s+of\s+` + YEAR_REF, 'gi');
// "the first six months of the year", "the first six months (6M) of 2023"
const SIX_MONTHS_OF = new RegExp(String.raw`(?<![\w-])the\s+(first|second|last|final)\s+(?:six|6)[\s-]+months(?:\s*\(6M\))?\s+of\s+` + YEAR_REF, 'gi');
// "H1 2024", "1H 2024", "H2 of 2023", "2024 H1", "2024H1", and the two-digit "H1-23" of results tables
const H_YEAR = /(?<![\w-])(?:H([12])|([12])H)(?:\s+of\s+|[\s-])((?:19|20)\d\d)(?![\w%]|[.,]\d)|(?<![\w-])((?:19|20)\d\d)[\s-]?H([12])(?![\w-])|(?<![\w-])H([12])-(\d\d)(?![\w%]|[.,]\d)/g;
// "first-half profit", "second-half net income": the adjective alone is the date
const FINANCE_NOUN = String.raw`(?:(?:net|operating|pre-?tax|core|gross)\s+)?(?:profits?|results|earnings|sales|revenues?|loss(?:es)?|growth|output|GDP|exports|imports|income|deficit|surplus|margins?|turnover|dividend)`;
const ADJECTIVE = new RegExp(String.raw`(?<![\w-])(first|second)-half(?=\s+` + FINANCE_NOUN + String.raw`(?![\w-]))`, 'gi');
// "in the first half" without a year: a half-year only where the sentence is about an economy or
// a company's figures (and not about a match)
const BARE = /(?<![\w-])(?:the\s+)?(first|second|latter)\s+half(?!\s+(?:of|a|an|the|dozen|million|billion|percent|point)\b)(?![\w-])/gi;
const ECONOMY_CONTEXT = /\b(?:profits?|revenues?|sales|earnings|economy|economic|GDP|growth|inflation|exports?|imports?|output|shares|turnover|orders|investment|demand|prices|unemployment|deficit|surplus|quarter)\b/i;

const HALF_WORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, latter: 2, last: 2, final: 2 };

/**
 * A half-year candidate. `yearAt` is the group where YEAR_REF's groups start (year digits, then
 * this/last/next, then current/previous/past); null when the pattern names no year.
 */
function build(start: number, end: number, half: number, m: RegExpExecArray, yearAt: number | null, ctx: ParseContext): Candidate | null {
  if (SPORTS_CONTEXT.test(ctx.text)) return null;
  const base = { start, end, grain: 'half' as const, rule: 'date/half' };
  const yearDigits = yearAt === null ? undefined : m[yearAt];
  if (yearDigits) return { ...base, value: formatHalf(Number(yearDigits), half), anchor: 'explicit' };
  const rel = yearAt === null ? undefined : (m[yearAt + 1] ?? m[yearAt + 2])?.toLowerCase();
  const yearOffset = rel === undefined ? undefined : rel === 'last' || rel === 'previous' || rel === 'past' ? -1 : rel === 'next' ? 1 : 0;
  const direction = tenseAround(ctx.text, start, end) ?? 'past';
  return { ...base, ...resolveRelativeDate({ kind: 'halfOfYear', half, direction, yearOffset }, ctx.published) };
}

export const halfOfYearParser = regexParser('half', HALF_OF, (m, ctx) => {
  return build(m.index, m.index + m[0].length, HALF_WORD[m[1]!.toLowerCase()]!, m, 2, ctx);
}, /half/i);

export const sixMonthsParser = regexParser('half-six-months', SIX_MONTHS_OF, (m, ctx) => {
  return build(m.index, m.index + m[0].length, m[1]!.toLowerCase() === 'first' ? 1 : 2, m, 2, ctx);
}, /six\s+months/i);

export const hYearParser = regexParser('half-h', H_YEAR, (m, ctx) => {
  if (SPORTS_CONTEXT.test(ctx.text)) return null;
  const half = Number(m[1] ?? m[2] ?? m[5] ?? m[6]);
  const year = m[7] !== undefined ? 2000 + Number(m[7]) : Number(m[3] ?? m[4]);
  return { start: m.index, end: m.index + m[0].length, value: formatHalf(year, half), grain: 'half', anchor: 'explicit', rule: 'date/half' };
}, /H[12]|[12]H/i);

export const halfAdjectiveParser = regexParser('half-adjective', ADJECTIVE, (m, ctx) => {
  return build(m.index, m.index + m[0].length, m[1]!.toLowerCase() === 'first' ? 1 : 2, m, null, ctx);
}, /-half/i);

export const bareHalfParser = regexParser('half-bare', BARE, (m, ctx) => {
  if (!ECONOMY_CONTEXT.test(ctx.text)) return null;
  return build(m.index, m.index + m[0].length, HALF_WORD[m[1]!.toLowerCase()]!, m, null, ctx);
}, /half/i);
