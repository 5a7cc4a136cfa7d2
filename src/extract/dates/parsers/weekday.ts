/**
 * Weekdays, resolved by tense: "said on Monday" in a story published Monday 2024-09-02 is
 * 2024-09-02; "announced Tuesday" in a story of Wednesday 2024-09-04 is 2024-09-03; "will meet on
 * Friday" is the first Friday at or after publication; "last Tuesday" strictly before it, "next
 * Friday" strictly after it, "this Friday" in the publication's week.
 *
 * Watch out for:
 * - holidays and names: "Black Friday", "Super Tuesday", "Good Friday", "the Mail on Sunday",
 *   "Sunday Times": not a date of this story;
 * - habits: "every Monday", "on Mondays" (the plural never matches);
 * - abbreviations: "Sun", "Sat", "Wed", "Mon" are a newspaper, verbs and a name: full names only.
 */
import { regexParser } from '../candidate.js';
import { WEEKDAYS, monthNumber } from '../lexicon.js';
import { resolveRelativeDate, type Mode } from '../resolve.js';
import { tenseAround } from '../tense.js';
import { isCapitalized, wordAfter, wordBefore } from '../text.js';

const PATTERN = /(?<![\w-])(?:(last|next|this|past|coming)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w])/gi;

/** Capitalized words before a weekday that make it a holiday or a title. */
const HOLIDAY_BEFORE = new Set(['black', 'cyber', 'good', 'easter', 'super', 'bloody', 'ash', 'holy', 'maundy', 'giving', 'shrove', 'whit', 'blue', 'manic', 'palm', 'orthodox', 'man', 'girl', 'mail', 'independent', 'sunday']);
/** Words after a weekday that make it part of a title: "Sunday Times", "Sunday Telegraph". */
const TITLE_AFTER = /^(Times|Telegraph|Express|Mirror|Herald|Post|People|Independent|Tribune|Star|Sport|Mail|Edition|Service|School|Bloody)$/;

export const weekdayParser = regexParser('weekday', PATTERN, (m, ctx) => {
  const [, modifier, name] = m;
  if (!isCapitalized(name!)) return null;
  const text = ctx.text;
  const start = m.index, end = m.index + m[0].length;
  const before = wordBefore(text, start);
  const prev = before.word.toLowerCase();
  if (!modifier) {
    if (HOLIDAY_BEFORE.has(prev) && isCapitalized(before.word)) return null;
    if (prev === 'every' || prev === 'each') return null;
    // "the Mail on Sunday"
    if (prev === 'on' && /Mail on $/.test(text.slice(Math.max(0, start - 8), start))) return null;
    // "on a Monday", "a Friday night": not a particular day.
    if (prev === 'a') return null;
  }
  const next = wordAfter(text, end).word;
  if (next && isCapitalized(next) && TITLE_AFTER.test(next)) return null;
  const weekday = WEEKDAYS[name!.toLowerCase()]!;
  const mod = modifier?.toLowerCase();
  const mode: Mode = mod === 'last' || mod === 'past' ? 'last'
    : mod === 'next' || mod === 'coming' ? 'next'
      : mod === 'this' ? 'this'
        : tenseAround(text, start, end) === 'future' ? 'future' : 'past';
  const r = resolveRelativeDate({ kind: 'weekday', weekday, mode }, ctx.published);
  return { start, end, ...r, rule: 'date/weekday', parts: modifier ? undefined : { weekday, direction: mode === 'future' ? 'future' : 'past' } };
}, /day/i);
