// Resolution of relative date expressions against the publication date. This is the only place that
// turns "Monday", "last week" or "in August" into a value, and it only ever looks at the publication
// date it is given: with none, the value is null and the anchor `unresolved`. The machine clock is
// never consulted (there is no `new Date()` without arguments anywhere in dates/).
import type { Anchor, Grain } from '../../types.js';
import {
  addDays, addMonths, formatDay, formatHalf, formatMonth, formatQuarter, isValidYmd, isoWeek, isoWeekday,
  parseIsoDay, quarterOf, toDayNumber, type Ymd,
} from './calendar.js';

/** Which way from the publication date an expression points, as told by its tense or modifier. */
export type Direction = 'past' | 'future' | 'nearest';

/**
 * How a weekday or month name is tied to the publication date:
 * `past` the latest at or before it ("said on Monday"), `future` the first at or after it ("will meet
 * on Friday"), `last`/`next` strictly before/after ("last Tuesday", "next Friday"), `this` in the same
 * week or year ("this Friday", "this March").
 */
export type Mode = 'past' | 'future' | 'last' | 'next' | 'this';

export type RelativeDate =
  /** today (0), yesterday (-1), tomorrow (1) */
  | { kind: 'day'; offset: number }
  /** weekday 1 = Monday ... 7 = Sunday; `weekOffset` pins it to a week ("Monday last week": -1) */
  | { kind: 'weekday'; weekday: number; mode: Mode; weekOffset?: number }
  /** this (0) / last (-1) / next (1) week; `weekend` for "last weekend" */
  | { kind: 'week'; offset: number; weekend?: boolean }
  | { kind: 'month'; offset: number }
  | { kind: 'quarter'; offset: number }
  | { kind: 'year'; offset: number }
  /** a named month without a year ("in August"); `yearOffset` when a year reference follows ("July this year": 0) */
  | { kind: 'monthOfYear'; month: number; mode: Mode; yearOffset?: number }
  /**
   * a month and day without a year ("Sept 2"): the nearest such day, unless the tense points the
   * other way and the reading it gives is not much farther (or `strict`: the tense's verb governs
   * the date directly, "rose on Dec. 28")
   */
  | { kind: 'monthDay'; month: number; day: number; direction: Direction; yearOffset?: number; strict?: boolean }
  /** a quarter without a year ("the third quarter") */
  | { kind: 'quarterOfYear'; quarter: number; direction: Direction; yearOffset?: number }
  /** a half-year without a year ("first-half profit", "the second half of the year") */
  | { kind: 'halfOfYear'; half: number; direction: Direction; yearOffset?: number }
  /** "over the weekend": the weekend before (past) or after (future) the publication date */
  | { kind: 'weekend'; direction: Direction }
  /** N units before the publication date ("three days ago") */
  | { kind: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; amount: number };

export interface Resolved {
  value: string | null;
  grain: Grain;
  anchor: Anchor;
}

const GRAIN: Record<RelativeDate['kind'], Grain> = {
  day: 'day', weekday: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year',
  monthOfYear: 'month', monthDay: 'day', quarterOfYear: 'quarter', halfOfYear: 'half', weekend: 'week', ago: 'day',
};

export function grainOf(rel: RelativeDate): Grain {
  return rel.kind === 'ago' ? rel.unit : GRAIN[rel.kind];
}

/**
 * Resolves a relative date against the publication date (`YYYY-MM-DD`). Returns value null and anchor
 * `unresolved` when there is no publication date, or when the expression names an impossible day
 * ("Feb 30").
 */
export function resolveRelativeDate(rel: RelativeDate, published: string | Ymd | null): Resolved {
  const grain = grainOf(rel);
  const pub = typeof published === 'string' ? parseIsoDay(published) : published;
  if (!pub) return { value: null, grain, anchor: 'unresolved' };
  const value = valueOf(rel, pub);
  return value === null ? { value: null, grain, anchor: 'unresolved' } : { value, grain, anchor: 'relative' };
}

function valueOf(rel: RelativeDate, pub: Ymd): string | null {
  switch (rel.kind) {
    case 'day':
      return formatDay(addDays(pub, rel.offset));
    case 'weekday':
      return formatDay(weekdayDate(pub, rel.weekday, rel.mode, rel.weekOffset));
    case 'week': {
      const monday = addDays(pub, 1 - isoWeekday(pub) + 7 * rel.offset);
      return isoWeek(monday) + (rel.weekend ? '-WE' : '');
    }
    case 'weekend': {
      // Saturday of the publication week; a story of Monday-Friday saying "over the weekend" in the
      // past tense means the one before, on Saturday or Sunday it means the one under way.
      const wd = isoWeekday(pub);
      let offset = 0;
      if (rel.direction === 'past' && wd < 6) offset = -1;
      return isoWeek(addDays(pub, 1 - wd + 7 * offset)) + '-WE';
    }
    case 'month': {
      const t = addMonths(pub.y, pub.m, rel.offset);
      return formatMonth(t.y, t.m);
    }
    case 'quarter': {
      const idx = pub.y * 4 + quarterOf(pub.m) - 1 + rel.offset;
      return formatQuarter(Math.floor(idx / 4), (idx % 4) + 1);
    }
    case 'year':
      return String(pub.y + rel.offset);
    case 'monthOfYear': {
      if (rel.yearOffset !== undefined) return formatMonth(pub.y + rel.yearOffset, rel.month);
      return formatMonth(monthYear(pub, rel.month, rel.mode), rel.month);
    }
    case 'monthDay': {
      if (rel.yearOffset !== undefined) {
        const y = pub.y + rel.yearOffset;
        return isValidYmd(y, rel.month, rel.day) ? formatDay({ y, m: rel.month, d: rel.day }) : null;
      }
      const t = monthDayDate(pub, rel.month, rel.day, rel.direction, rel.strict ?? false);
      return t ? formatDay(t) : null;
    }
    case 'quarterOfYear': {
      if (rel.yearOffset !== undefined) return formatQuarter(pub.y + rel.yearOffset, rel.quarter);
      const q = quarterOf(pub.m);
      let y = pub.y;
      // "fourth-quarter profit fell" in a January story is last year's fourth quarter; "the first
      // quarter" said in the future tense in November is next year's.
      if (rel.direction === 'past' && rel.quarter > q) y -= 1;
      if (rel.direction === 'future' && rel.quarter < q) y += 1;
      return formatQuarter(y, rel.quarter);
    }
    case 'halfOfYear': {
      if (rel.yearOffset !== undefined) return formatHalf(pub.y + rel.yearOffset, rel.half);
      const h = pub.m <= 6 ? 1 : 2;
      let y = pub.y;
      // as for quarters: "second-half sales fell" in a March story is last year's second half
      if (rel.direction === 'past' && rel.half > h) y -= 1;
      if (rel.direction === 'future' && rel.half < h) y += 1;
      return formatHalf(y, rel.half);
    }
    case 'ago':
      switch (rel.unit) {
        case 'day': return formatDay(addDays(pub, -rel.amount));
        case 'week': return isoWeek(addDays(pub, -7 * rel.amount));
        case 'month': { const t = addMonths(pub.y, pub.m, -rel.amount); return formatMonth(t.y, t.m); }
        case 'year': return String(pub.y - rel.amount);
      }
  }
}

function weekdayDate(pub: Ymd, weekday: number, mode: Mode, weekOffset?: number): Ymd {
  const wd = isoWeekday(pub);
  if (weekOffset !== undefined) return addDays(pub, weekday - wd + 7 * weekOffset);
  switch (mode) {
    case 'past': return addDays(pub, -((wd - weekday + 7) % 7));
    case 'future': return addDays(pub, (weekday - wd + 7) % 7);
    case 'last': return addDays(pub, -(((wd - weekday + 6) % 7) + 1));
    case 'next': return addDays(pub, ((weekday - wd + 6) % 7) + 1);
    case 'this': return addDays(pub, weekday - wd);
  }
}

function monthYear(pub: Ymd, month: number, mode: Mode): number {
  switch (mode) {
    case 'past': return month <= pub.m ? pub.y : pub.y - 1;
    case 'future': return month >= pub.m ? pub.y : pub.y + 1;
    case 'last': return month < pub.m ? pub.y : pub.y - 1;
    case 'next': return month > pub.m ? pub.y : pub.y + 1;
    case 'this': return pub.y;
  }
}

function monthDayDate(pub: Ymd, month: number, day: number, direction: Direction, strict: boolean): Ymd | null {
  const today = toDayNumber(pub);
  const options = [pub.y - 1, pub.y, pub.y + 1]
    .filter((y) => isValidYmd(y, month, day))
    .map((y) => ({ y, m: month, d: day }));
  if (!options.length) return null;
  const dist = (t: Ymd) => toDayNumber(t) - today;
  // The closest one, the past one on a tie (news mostly reports what happened).
  const nearest = options.reduce((a, b) => (Math.abs(dist(b)) < Math.abs(dist(a)) ? b : a));
  if (direction === 'nearest') return nearest;
  // A tense only tips the balance between two readings of similar distance: "said it set the vote
  // for July 31" (in June) is past tense about a future date; the tense belongs to the saying.
  const along = direction === 'past'
    ? options.filter((t) => dist(t) <= 0).pop()
    : options.find((t) => dist(t) >= 0);
  if (!along) return nearest;
  if (strict) return along;
  return Math.abs(dist(along)) - Math.abs(dist(nearest)) <= TENSE_MARGIN_DAYS ? along : nearest;
}

/** How much farther than the nearest reading the tense may send a month-day date. */
const TENSE_MARGIN_DAYS = 30;
