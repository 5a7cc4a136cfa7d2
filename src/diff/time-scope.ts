// The time a claim speaks of. Two figures can only be compared when they count over the same time:
// "297 in July this year" is inside "297 so far this year", but "148 videos over the past month"
// (a window ending 30 September) is not the "25 videos" an outlet reported undated on 4 September.
// Days are counted from 1970-01-01 in UTC arithmetic: no clock, no time zone, no locale.

export type TimeScope =
  /** a calendar period: a day, week, month, quarter, year or decade */
  | { kind: 'period'; from: number; to: number; value: string; grain: string }
  /** "in the past five days": a length of time ending on a date (the publication date) */
  | { kind: 'window'; days: number; end: number; value: string }
  /** no date of its own: the claim is about the time of publication, if known */
  | { kind: 'undated'; published: number | null };

export interface ScopeInput {
  value: string | null;
  grain: string | null;
  window_end: string | null;
}

/** Undated claims published this many days apart may speak of the same state of affairs. */
export const UNDATED_SPAN_DAYS = 14;
/** Day-dated figures this many days apart may be one figure (never a conflict: the days differ). */
const ADJACENT_DAYS = 1;
/** An undated claim may repeat a dated figure from up to a year before publication. */
const UNDATED_LOOKBACK_DAYS = 366;
/** Two windows of one length are the same window if their ends are this close. */
const WINDOW_END_SLACK_DAYS = 3;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** `2024-09-04` (or an ISO date-time) as a day number; null when not a date. */
export function parseDay(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The days a TIMEX3-style value covers: 2024-09-02, 2024-W35, 2024-08, 2024-Q3, 2024, 199 (decade). */
export function periodOf(value: string): { from: number; to: number } | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const d = dayNumber(+m[1]!, +m[2]!, +m[3]!);
    return { from: d, to: d };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    // ISO week 1 is the week with the year's first Thursday
    const jan4 = dayNumber(+m[1]!, 1, 4);
    const jan4Weekday = (((jan4 + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
    const from = jan4 - jan4Weekday + (+m[2]! - 1) * 7;
    return { from, to: from + 6 };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = +m[1]!, mo = +m[2]!;
    return { from: dayNumber(y, mo, 1), to: dayNumber(y, mo + 1, 1) - 1 };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const y = +m[1]!, q = +m[2]!;
    return { from: dayNumber(y, (q - 1) * 3 + 1, 1), to: dayNumber(y, q * 3 + 1, 1) - 1 };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const y = +m[1]!, h = +m[2]!;
    return { from: dayNumber(y, (h - 1) * 6 + 1, 1), to: dayNumber(y, h * 6 + 1, 1) - 1 };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const y = +m[1]!;
    return { from: dayNumber(y, 1, 1), to: dayNumber(y + 1, 1, 1) - 1 };
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const y = +m[1]! * 10;
    return { from: dayNumber(y, 1, 1), to: dayNumber(y + 10, 1, 1) - 1 };
  }
  return null;
}

/** Length in days of an ISO 8601 duration (P5D, P1W, P1M, P2Y, PT36H); null if not one. */
export function durationDays(value: string): number | null {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?)?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return null;
  const [y, mo, w, d, h] = [m[1], m[2], m[3], m[4], m[5]].map((x) => (x ? Number(x) : 0)) as [number, number, number, number, number];
  return y * 365.25 + mo * 30.44 + w * 7 + d + h / 24;
}

export function scopeOf(date: ScopeInput | null, published: string | null): TimeScope {
  const pub = parseDay(published);
  if (!date || !date.value) return { kind: 'undated', published: pub };
  if (date.grain === 'duration' || /^P/.test(date.value)) {
    const days = durationDays(date.value);
    const end = parseDay(date.window_end) ?? pub;
    if (days === null || end === null) return { kind: 'undated', published: pub };
    return { kind: 'window', days, end, value: date.value };
  }
  const period = periodOf(date.value);
  if (!period) return { kind: 'undated', published: pub };
  return { kind: 'period', ...period, value: date.value, grain: date.grain ?? '' };
}

export type ScopeMatch =
  /** the same time: figures that differ disagree */
  | 'same'
  /** times that may be the same (one inside the other, or one unknown): figures may agree, never conflict */
  | 'compatible'
  | 'different';

/** How the times of two claims relate. */
export function compareScopes(a: TimeScope, b: TimeScope): ScopeMatch {
  if (a.kind === 'period' && b.kind === 'period') {
    if (a.from === b.from && a.to === b.to) return 'same';
    if (a.from <= b.to && b.from <= a.to) return 'compatible';
    // "around midnight Monday" and "as of Dec 19 morning" date one count from either side of a night
    if (a.grain === 'day' && b.grain === 'day' && Math.abs(a.from - b.from) <= ADJACENT_DAYS) return 'compatible';
    return 'different';
  }
  if (a.kind === 'window' && b.kind === 'window') {
    const sameLength = Math.abs(a.days - b.days) <= Math.max(0.5, 0.05 * Math.max(a.days, b.days));
    return sameLength && Math.abs(a.end - b.end) <= WINDOW_END_SLACK_DAYS ? 'same' : 'different';
  }
  if (a.kind === 'undated' && b.kind === 'undated') {
    if (a.published === null || b.published === null) return 'compatible';
    return Math.abs(a.published - b.published) <= UNDATED_SPAN_DAYS ? 'same' : 'different';
  }
  const [u, o] = a.kind === 'undated' ? [a, b] : b.kind === 'undated' ? [b, a] : [null, null];
  if (u && o) {
    // an undated claim may be repeating a recent dated figure ("53%" of last year's report), not one
    // from years before it was published ("an April 2013 earthquake killed 196 people")
    if (u.published === null) return 'compatible';
    if (o.kind === 'window') return Math.abs(o.end - u.published) <= UNDATED_SPAN_DAYS ? 'compatible' : 'different';
    if (o.kind === 'period') return o.from <= u.published + UNDATED_SPAN_DAYS && o.to >= u.published - UNDATED_LOOKBACK_DAYS ? 'compatible' : 'different';
  }
  // a window against a calendar period: at most overlapping, never the same count
  const span = (s: TimeScope) => (s.kind === 'window' ? { from: s.end - s.days, to: s.end } : s.kind === 'period' ? s : null);
  const sa = span(a), sb = span(b);
  if (sa && sb && sa.from <= sb.to && sb.from <= sa.to) return 'compatible';
  return 'different';
}

export function describeScope(s: TimeScope): string {
  if (s.kind === 'period') return s.value;
  if (s.kind === 'window') return `${s.value} window`;
  return 'undated';
}
