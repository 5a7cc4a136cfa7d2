/**
 * Month-and-day dates through chrono-node: "Sept 2", "2 September 2024", "September 2, 2024",
 * "Monday, Sept. 2", "the 2nd of September", "Aug 30 to Sept 2" (a range: the value is its start).
 *
 * chrono resolves what the text leaves out against the machine clock unless told otherwise, a
 * silent bug for news archives. This wrapper never lets a guessed component through: it reads only
 * what chrono marks as certain (month, day, and the year when stated) and resolves a missing year
 * itself from the publication date (resolve.ts). chrono gets a fixed reference instant, so neither
 * the clock nor the timezone can reach the output even through a bug.
 *
 * chrono is the slowest stage, so it runs only on short windows around a month name next to a
 * number, never on a whole sentence (a 100,000-character line of digits never reaches it).
 *
 * Watch out for:
 * - "may 5 people": the month must be capitalized;
 * - "Sep 31": chrono passes impossible days through; they are dropped;
 * - "Sept 2 at 3 pm", "January 12:00": times of day are not dates (chrono's time parsers are not
 *   configured at all).
 */
import * as chrono from 'chrono-node';
import type { Candidate, DateParser, ParseContext } from '../candidate.js';
import { formatDay, isValidYmd } from '../calendar.js';
import { resolveRelativeDate } from '../resolve.js';
import { governsDate, tenseCue } from '../tense.js';

const WANTED_PARSERS = ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENWeekdayParser'];
const WANTED_REFINERS = ['OverlapRemovalRefiner', 'MergeWeekdayComponentRefiner', 'ENMergeDateRangeRefiner'];

function buildChrono(): chrono.Chrono {
  const casual = chrono.en.configuration.createCasualConfiguration(false);
  const parsers = casual.parsers.filter((p) => WANTED_PARSERS.includes(p.constructor.name));
  const refiners = casual.refiners.filter((r) => WANTED_REFINERS.includes(r.constructor.name));
  // A chrono upgrade that renames a parser must fail loudly here, not silently find no dates.
  if (parsers.length !== WANTED_PARSERS.length) throw new Error('dates/chrono: chrono-node parsers not found; check the chrono-node version');
  return new chrono.Chrono({ parsers, refiners });
}

const CHRONO = buildChrono();

/** Any instant will do: only components chrono marks as certain are read. Fixed, never the clock. */
const REFERENCE = new Date(2000, 0, 1, 12, 0, 0);

/** Cheap gate: a month name (or abbreviation) next to a number. */
const GATE = /(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? {0,2}\d)|(?:\d(?:st|nd|rd|th)? {1,2}(?:of {1,2})?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\b)/gi;
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 40;
const MAX_WINDOW = 240;
const MONTH_WORD = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/i;

/** The spans chrono should look at: windows around each gate hit, merged, cut at spaces. */
function windows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  GATE.lastIndex = 0;
  for (let m = GATE.exec(text); m; m = GATE.exec(text)) {
    let s = Math.max(0, m.index - WINDOW_BEFORE);
    let e = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    while (s > 0 && text[s - 1] !== ' ' && s > m.index - WINDOW_BEFORE - 16) s--;
    while (e < text.length && text[e] !== ' ' && e < m.index + m[0].length + WINDOW_AFTER + 16) e++;
    const last = out[out.length - 1];
    // Neighbouring windows merge ("Aug 30 to Sept 2" must reach chrono whole), but never into one
    // long string: a line of thousands of dates stays thousands of short chrono calls.
    if (last && s <= last[1] && e - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function toCandidate(r: chrono.ParsedResult, offset: number, ctx: ParseContext): Candidate | null {
  const s = r.start;
  if (!s.isCertain('month') || !s.isCertain('day')) return null;
  const monthWord = MONTH_WORD.exec(r.text);
  if (!monthWord || !/^[A-Z]/.test(monthWord[0])) return null;
  const month = s.get('month')!, day = s.get('day')!;
  let text = r.text;
  // chrono keeps trailing spaces and commas ("Sept 2 ").
  text = text.replace(/[\s,]+$/, '');
  const start = offset + r.index, end = start + text.length;
  // A window that had to be cut inside a token ("12 September" seen as "2 September") is not trusted.
  if (r.index === 0 && offset > 0 && /[\w.,]/.test(ctx.text[offset - 1]!)) return null;
  const rule = r.end ? 'date/chrono-range' : 'date/chrono';
  // A stated year: explicit. "March 3 to March 5, 2024": the range's year covers its start.
  let year = s.isCertain('year') ? s.get('year')! : undefined;
  if (year === undefined && r.end?.isCertain('year') && (r.end.get('month') ?? 13) >= month) year = r.end.get('year')!;
  if (year !== undefined) {
    if (!isValidYmd(year, month, day)) return null;
    return { start, end, value: formatDay({ y: year, m: month, d: day }), grain: 'day', anchor: 'explicit', rule };
  }
  if (!isValidYmd(2024, month, day)) return null;
  const cue = tenseCue(ctx.text, start, end);
  const direction = cue?.direction ?? 'nearest';
  // "rose on Dec. 28": the verb right before governs the date; "said it set the vote for July 31":
  // the tense belongs to the saying, the nearest July 31 wins (see resolve.ts).
  const res = resolveRelativeDate({ kind: 'monthDay', month, day, direction, strict: governsDate(ctx.text, start, cue) }, ctx.published);
  return { start, end, ...res, rule, parts: { month, day, yearImplied: true, direction } };
}

export const chronoParser: DateParser = {
  id: 'chrono',
  parse(ctx) {
    // Windows that could not merge overlap, so the same date may come out twice: keep one per start.
    const byStart = new Map<number, Candidate>();
    for (const [s, e] of windows(ctx.text)) {
      for (const r of CHRONO.parse(ctx.text.slice(s, e), { instant: REFERENCE })) {
        const c = toCandidate(r, s, ctx);
        const seen = c && byStart.get(c.start);
        if (c && (!seen || c.end > seen.end)) byStart.set(c.start, c);
      }
    }
    return [...byStart.values()].sort((a, b) => a.start - b.start);
  },
};

