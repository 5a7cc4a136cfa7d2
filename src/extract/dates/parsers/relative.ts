/**
 * Periods named relative to the publication date.
 * - deictic days: "today", "yesterday", "tomorrow", "tonight", "last night", "this morning";
 * - this/last/next periods: "last week" (ISO week, `2024-W35` for a story of 2024-09-02),
 *   "the previous week", "earlier this month" (`2024-09`), "so far this year", "last year",
 *   "next month", "late last year", "the end of next year", "last weekend" (`2024-W35-WE`),
 *   "over the weekend";
 * - ago: "three days ago", "two weeks ago", "a year ago".
 *
 * Watch out for:
 * - "the past week", "the last five days": windows, not periods (see window.ts);
 * - "the following week", "the next day", "that year", "a year earlier": anchored on the story's
 *   own timeline, not the publication date; not emitted rather than resolved wrongly;
 * - "USA Today", "Yesterday" the song: a capitalized word before "Today" makes it a name;
 * - "months ago", "in recent weeks", "recently": vague, not emitted.
 */
import { regexParser, type Candidate } from '../candidate.js';
import { amountValue, AMOUNT_RE } from '../lexicon.js';
import { resolveRelativeDate, type RelativeDate } from '../resolve.js';
import { tenseAround } from '../tense.js';
import { atSentenceStart, isCapitalized, wordBefore } from '../text.js';

const DEICTIC = /(?<![\w-])(the day before yesterday|the day after tomorrow|today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening))(?![\w-])/gi;
const DEICTIC_OFFSET: Record<string, number> = {
  'the day before yesterday': -2, 'the day after tomorrow': 2, today: 0, yesterday: -1, tomorrow: 1, tonight: 0,
  'last night': -1, 'this morning': 0, 'this afternoon': 0, 'this evening': 0,
};
const NAME_WORDS = new Set(['in', 'on', 'at', 'for', 'and', 'but', 'as', 'until', 'since', 'from', 'by', 'of', 'the', 'only', 'even', 'late', 'early', 'before', 'after', 'than', 'or', 'so', 'also']);

export const deicticParser = regexParser('deictic', DEICTIC, (m, ctx) => {
  const phrase = m[1]!.toLowerCase();
  const before = wordBefore(ctx.text, m.index);
  // "USA Today", "the Beatles' Yesterday": a capitalized "Today" inside a sentence is a title, unless
  // a sentence-initial word like "Until" or "Since" comes before it.
  if (isCapitalized(m[1]!) && !atSentenceStart(ctx.text, m.index) && !/[:;(\u2014-]\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))
    && !(before.word && NAME_WORDS.has(before.word.toLowerCase()) && atSentenceStart(ctx.text, before.start))) return null;
  const r = resolveRelativeDate({ kind: 'day', offset: DEICTIC_OFFSET[phrase]! }, ctx.published);
  return { start: m.index, end: m.index + m[0].length, ...r, rule: 'date/deictic' };
}, /day|tomorrow|tonight|night|morning|afternoon|evening/i);

const PERIOD = /(?<![\w-])(?:(?:(earlier|later|early|late|mid)[- ](?:in[- ])?)|(?:(?:by|at|until|before)\s+)?(?:the\s+)?(end|start|beginning|middle|rest|remainder)\s+of\s+)?(this|last|next|the previous|the current|the past)\s+(week|weekend|month|quarter|year)(?![\w-])/gi;
const OFFSET: Record<string, number> = { this: 0, 'the current': 0, last: -1, 'the previous': -1, 'the past': -1, next: 1 };

/**
 * Sports commentary counts quarters of a game: "scored 12 points in the last quarter". Case-sensitive:
 * "Rule of 40 Score" in an earnings call is not a game.
 */
export const SPORTS_CONTEXT = /\b(?:scored|scoring|score|touchdowns?|field goals?|three-pointers?|free throws?|\d+ (?:rebounds|assists)|outscored|(?<!percentage |basis )points|yards?|quarterback|overtime|half-?time|buzzer|NBA|WNBA|NFL|AFL|NRL|NCAA|interceptions?|fumbles?|dunks?|innings)\b/;

export const periodParser = regexParser('relative', PERIOD, (m, ctx): Candidate | null => {
  const [, edge, part, which, unitRaw] = m;
  const unit = unitRaw!.toLowerCase();
  const whichLower = which!.toLowerCase().replace(/\s+/g, ' ');
  const start = m.index, end = m.index + m[0].length;
  // "the past week" is a window (window.ts), "the past weekend/quarter" is the last one.
  if (whichLower === 'the past' && unit !== 'weekend' && unit !== 'quarter') return null;
  // "the last week of August": a week of a month, not the week before publication.
  if (/^\s+of\b/i.test(ctx.text.slice(end, end + 4)) && whichLower !== 'this') return null;
  const offset = OFFSET[whichLower]!;
  if (unit === 'quarter' && SPORTS_CONTEXT.test(ctx.text)) return null;
  let rel: RelativeDate;
  switch (unit) {
    case 'week': rel = { kind: 'week', offset }; break;
    case 'weekend': rel = { kind: 'week', offset, weekend: true }; break;
    case 'month': rel = { kind: 'month', offset }; break;
    case 'quarter': rel = { kind: 'quarter', offset }; break;
    default: rel = { kind: 'year', offset };
  }
  const r = resolveRelativeDate(rel, ctx.published);
  const bare = !edge && !part;
  return {
    start, end, ...r, rule: 'date/relative',
    parts: bare && unit === 'year' ? { yearOffset: offset } : bare && unit === 'week' ? { weekOffset: offset } : undefined,
  };
}, /week|month|quarter|year/i);

/** "over the weekend", "at the weekend", "this weekend" is handled above. */
const WEEKEND = /(?<![\w-])(?:over|at|during|on)\s+the\s+weekend(?![\w-])/gi;

export const weekendParser = regexParser('weekend', WEEKEND, (m, ctx) => {
  const start = m.index, end = m.index + m[0].length;
  const direction = tenseAround(ctx.text, start, end) === 'future' ? 'future' : 'past';
  const r = resolveRelativeDate({ kind: 'weekend', direction }, ctx.published);
  return { start, end, ...r, rule: 'date/relative' };
}, /weekend/i);

const AGO = new RegExp(`(?<![\\w-])(${AMOUNT_RE})\\s+(day|week|month|year)s?\\s+ago(?![\\w-])`, 'gi');

export const agoParser = regexParser('ago', AGO, (m, ctx) => {
  const amount = amountValue(m[1]!);
  if (amount === undefined || amount === 0) return null;
  const unit = m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
  const r = resolveRelativeDate({ kind: 'ago', unit, amount }, ctx.published);
  return { start: m.index, end: m.index + m[0].length, ...r, rule: 'date/ago' };
}, /ago/i);
