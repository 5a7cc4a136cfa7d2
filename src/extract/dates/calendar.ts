// Pure calendar arithmetic on year/month/day triples. Every computation goes through Date.UTC and
// the getUTC* accessors, never the local-time ones: the machine's timezone must not move a date by a
// day (a story published 2024-09-02 read in UTC-10 is still published 2024-09-02).

/** A calendar day; month 1-12, day 1-31. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)
    && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses `YYYY-MM-DD` (a longer ISO date-time is cut to its date part); null when invalid. */
export function parseIsoDay(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}

export function toDayNumber(t: Ymd): number {
  return Math.round(Date.UTC(t.y, t.m - 1, t.d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: Ymd, n: number): Ymd {
  return fromDayNumber(toDayNumber(t) + n);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(t: Ymd): number {
  const wd = new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** Shifts a year/month pair by whole months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12 + 12) % 12 + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatQuarter(y: number, q: number): string {
  return `${pad(y, 4)}-Q${q}`;
}

/** TIMEX3 half-year: `2024-H1`. */
export function formatHalf(y: number, h: number): string {
  return `${pad(y, 4)}-H${h}`;
}

/** The ISO 8601 week-numbering year and week of a day. */
export function isoWeekParts(t: Ymd): { year: number; week: number } {
  // The ISO week belongs to the year of its Thursday (2024-12-30 is in 2025-W01).
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

/** TIMEX3 week value (`2024-W35`) of a day given as `YYYY-MM-DD` or as a Ymd. */
export function isoWeek(date: string | Ymd): string {
  const t = typeof date === 'string' ? parseIsoDay(date) : date;
  if (!t) throw new RangeError(`isoWeek: not a YYYY-MM-DD date: ${String(date)}`);
  const { year, week } = isoWeekParts(t);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}
