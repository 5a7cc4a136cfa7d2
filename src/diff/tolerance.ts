// When two figures say the same: every figure becomes the range of values it allows, and two figures
// agree when their ranges meet.
//
//   "42 years" / "40 years"          -> [42,42] / [40,40]: apart, a conflict candidate
//   "up to five years" / "five years" -> [0,5] / [5,5]: meet (a maximum and the maximum)
//   "nearly 96,000" / "95,820"        -> approximate: ±5% -> meet
//   "96,000" / "95,820"               -> a round figure carries its rounding (±500): meet
//   "dozens" / "at least 74"          -> [24,99] / [74,∞): meet; a vague amount never conflicts
//   "50 million won" / "$37,500"      -> not comparable, unless the won amount carries a linked
//                                        conversion ("50 million won ($37,500)")

export interface FigureLike {
  text: string;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  measure: string;
  qualifier: string;
  currency: string | null;
  change: 'up' | 'down' | null;
}

export interface ValueRange {
  lo: number;
  hi: number;
  /** a vague amount ("dozens"): can agree, never conflict */
  vague: boolean;
  /** only a bound ("up to", "more than") */
  bound: boolean;
  approx: boolean;
}

/** Share of the value that "about", "nearly", "some" allow. */
export const APPROX_SHARE = 0.05;
/** A converted amount ("(US$37,500)") is someone's rounding of a rate: compare loosely. */
export const CONVERSION_SHARE = 0.1;
/** Most slack a round figure's rounding may give ("96,000": ±500; "1.2 million": ±50,000). */
const MAX_ROUNDING_SHARE = 0.05;
/** A unit conversion is rounded by whoever wrote it ("5 km (3.1 miles)"); months are not all 30.44 days. */
const UNIT_CONVERSION_SHARE = 0.03;
/** Slack on a bound so that "more than 1,000" and "1,000" are not called a conflict. */
const BOUND_SHARE = 0.02;

// Vague amounts: the range a reader would accept for each.
const VAGUE: [RegExp, number, number][] = [
  [/\btens of thousands\b/i, 20_000, 99_999],
  [/\bhundreds of thousands\b/i, 200_000, 999_999],
  [/\btens of millions\b/i, 20_000_000, 99_999_999],
  [/\bhundreds of millions\b/i, 200_000_000, 999_999_999],
  [/\bdozens\b/i, 24, 99],
  [/\bscores\b/i, 40, 199],
  [/\bhundreds\b/i, 200, 999],
  [/\bthousands\b/i, 2_000, 9_999],
  [/\bmillions\b/i, 2_000_000, 999_999_999],
  [/\bbillions\b/i, 2e9, 999e9],
  [/\bseveral\b/i, 3, 9],
  [/\ba (?:few|couple)\b/i, 2, 6],
  [/\ba handful\b/i, 2, 7],
];

// Durations in days, so that "18 months" meets "a year and a half".
const DAYS_PER: Record<string, number> = {
  second: 1 / 86_400, minute: 1 / 1_440, hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30.44, year: 365.25, decade: 3_652.5, century: 36_525,
};

// Physical units to one base per dimension (metre, kilogram, metre per second).
const PHYSICAL: Record<string, [string, number]> = {
  millimetre: ['length', 0.001], centimetre: ['length', 0.01], metre: ['length', 1], kilometre: ['length', 1000],
  inch: ['length', 0.0254], foot: ['length', 0.3048], yard: ['length', 0.9144], mile: ['length', 1609.344], 'nautical mile': ['length', 1852],
  gram: ['mass', 0.001], kilogram: ['mass', 1], tonne: ['mass', 1000], pound: ['mass', 0.45359237], ounce: ['mass', 0.028349523], ton: ['mass', 907.18474],
  'kilometre per hour': ['speed', 1 / 3.6], 'mile per hour': ['speed', 0.44704], 'metre per second': ['speed', 1], knot: ['speed', 0.514444],
  'square kilometre': ['area', 1e6], 'square mile': ['area', 2_589_988.11], hectare: ['area', 1e4], acre: ['area', 4046.8564224],
  litre: ['volume', 0.001], gallon: ['volume', 0.003785411784], barrel: ['volume', 0.158987294928],
};

/** The number as a reader takes it: the figure's range, in comparable base units. */
export function rangeOf(f: FigureLike, scale = 1): ValueRange {
  if (f.value === null) {
    for (const [re, lo, hi] of VAGUE) if (re.test(f.text)) return { lo: lo * scale, hi: hi * scale, vague: true, bound: false, approx: true };
    return { lo: 0, hi: Infinity, vague: true, bound: false, approx: true };
  }
  const v = f.value * scale;
  const vmax = f.value_max !== null ? f.value_max * scale : null;
  const slack = roundingSlack(f.text, f.value) * scale;
  switch (f.qualifier) {
    case 'approx': {
      const hi = vmax ?? v;
      return { lo: v - Math.max(slack, Math.abs(v) * APPROX_SHARE), hi: hi + Math.max(slack, Math.abs(hi) * APPROX_SHARE), vague: false, bound: false, approx: true };
    }
    case 'more_than':
    case 'at_least':
      return { lo: v * (1 - BOUND_SHARE) - slack, hi: Infinity, vague: false, bound: true, approx: false };
    case 'less_than':
    case 'at_most':
    case 'up_to':
      return { lo: -Infinity, hi: (vmax ?? v) * (1 + BOUND_SHARE) + slack, vague: false, bound: true, approx: false };
    default:
      return { lo: v - slack, hi: (vmax ?? v) + slack, vague: false, bound: false, approx: false };
  }
}

/**
 * How much a figure's own rounding allows. Only large round figures carry rounding ("96,000",
 * "1.2 million"); "40 years" against "42 years" is a real difference, so small numbers carry none.
 */
export function roundingSlack(text: string, value: number): number {
  const abs = Math.abs(value);
  if (abs < 1000) return 0;
  const num = /(\d[\d,\s]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|m|k)?\b/i.exec(text);
  let granularity: number;
  if (num && num[2]) {
    // "1.2 million": the last written digit is the tenth of a million
    const decimals = (num[1]!.split('.')[1] ?? '').length;
    const mult = /^(?:thousand|k)$/i.test(num[2]) ? 1e3 : /^(?:million|mn|m)$/i.test(num[2]) ? 1e6 : /^(?:billion|bn)$/i.test(num[2]) ? 1e9 : 1e12;
    granularity = mult / 10 ** decimals;
  } else {
    const digits = String(Math.round(abs));
    const zeros = /0*$/.exec(digits)![0].length;
    if (zeros < 2) return 0;
    granularity = 10 ** zeros;
  }
  return Math.min(granularity / 2, abs * MAX_ROUNDING_SHARE);
}

export type UnitMatch = { ok: true; scaleA: number; scaleB: number; converted: boolean; note: string | null } | { ok: false; why: string };

export function widen(r: ValueRange, share: number): ValueRange {
  return { ...r, lo: r.lo - Math.abs(r.lo) * share, hi: r.hi + Math.abs(r.hi) * share };
}

/** Two figures' ranges on one scale (a converted unit widened by its rounding), or why they cannot be compared. */
export function comparableRanges(a: FigureLike, b: FigureLike): { ra: ValueRange; rb: ValueRange; converted: boolean; note: string | null } | { why: string } {
  const u = matchUnits(a, b);
  if (!u.ok) return { why: u.why };
  let ra = rangeOf(a, u.scaleA), rb = rangeOf(b, u.scaleB);
  if (u.converted) {
    ra = widen(ra, UNIT_CONVERSION_SHARE);
    rb = widen(rb, UNIT_CONVERSION_SHARE);
  }
  return { ra, rb, converted: u.converted, note: u.note };
}

// Units that name the same counted thing in different outlets' words.
const UNIT_CLASSES: string[][] = [
  ['video', 'clip', 'piece', 'item', 'material', 'file', 'footage', 'content'],
  ['image', 'photo', 'photograph', 'picture'],
  ['case', 'incident', 'crime', 'offence', 'offense'],
  ['person', 'people', 'individual', 'resident', 'citizen', 'life', 'death', 'fatality', 'body', 'dead'],
  ['suspect', 'perpetrator', 'offender'],
  ['report', 'complaint'],
  ['student', 'pupil'],
  ['teenager', 'teen', 'minor', 'adolescent'],
  ['home', 'house', 'dwelling'],
  ['chatroom', 'chat room', 'channel', 'group chat'],
];
const UNIT_CLASS = new Map<string, string>();
for (const cls of UNIT_CLASSES) for (const u of cls) UNIT_CLASS.set(u, cls[0]!);

/** The class of a count unit ("pieces" and "videos" are one class); null for no unit. */
export function unitClass(unit: string | null): string | null {
  if (!unit) return null;
  const u = unit.toLowerCase();
  return UNIT_CLASS.get(u) ?? u;
}

/** Class names whose words appear in a text, for a figure with no unit of its own ("297"). */
export function unitClassesIn(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const c = UNIT_CLASS.get(w);
    if (c) out.add(c);
  }
  return out;
}

/** Whether two figures measure the same kind of thing, and the scales that make them comparable. */
export function matchUnits(a: FigureLike, b: FigureLike): UnitMatch {
  if (a.measure !== b.measure) return { ok: false, why: `${a.measure} vs ${b.measure}` };
  switch (a.measure) {
    case 'money': {
      if (a.currency && b.currency && a.currency !== b.currency) return { ok: false, why: `${a.currency} vs ${b.currency}` };
      return { ok: true, scaleA: 1, scaleB: 1, converted: false, note: null };
    }
    case 'duration': {
      const da = a.unit ? DAYS_PER[a.unit] : undefined, db = b.unit ? DAYS_PER[b.unit] : undefined;
      if (da === undefined || db === undefined) return a.unit === b.unit ? { ok: true, scaleA: 1, scaleB: 1, converted: false, note: null } : { ok: false, why: `${a.unit} vs ${b.unit}` };
      return { ok: true, scaleA: da, scaleB: db, converted: a.unit !== b.unit, note: a.unit !== b.unit ? `${a.unit} -> ${b.unit}` : null };
    }
    case 'measure': {
      if (a.unit === b.unit) return { ok: true, scaleA: 1, scaleB: 1, converted: false, note: null };
      const pa = a.unit ? PHYSICAL[a.unit] : undefined, pb = b.unit ? PHYSICAL[b.unit] : undefined;
      if (pa && pb && pa[0] === pb[0]) return { ok: true, scaleA: pa[1], scaleB: pb[1], converted: true, note: `${a.unit} -> ${b.unit}` };
      return { ok: false, why: `${a.unit} vs ${b.unit}` };
    }
    case 'percent':
    case 'age':
    case 'ordinal':
      return a.unit === b.unit || !a.unit || !b.unit ? { ok: true, scaleA: 1, scaleB: 1, converted: false, note: null } : { ok: false, why: `${a.unit} vs ${b.unit}` };
    default: {
      const ca = unitClass(a.unit), cb = unitClass(b.unit);
      if (ca && cb && ca !== cb) return { ok: false, why: `${a.unit} vs ${b.unit}` };
      return { ok: true, scaleA: 1, scaleB: 1, converted: false, note: a.unit && b.unit && a.unit !== b.unit ? `${a.unit} ~ ${b.unit}` : null };
    }
  }
}

export type ValueRelation =
  | { kind: 'meet'; how: string }
  | { kind: 'apart'; how: string; ratio: number }
  /** a bound and a figure far inside it: "at least 118" and "196" do not contradict, nor say the same */
  | { kind: 'loose'; how: string };

/** A figure more than this far inside a bound is not taken for the bound's figure. */
export const MAX_BOUND_RATIO = 1.5;

/** Whether the two ranges meet, and in words how. */
export function relateValues(a: FigureLike, b: FigureLike, ra: ValueRange, rb: ValueRange): ValueRelation {
  const meet = ra.lo <= rb.hi && rb.lo <= ra.hi;
  const label = (f: FigureLike) => `"${f.text.trim()}"`;
  if (meet && ra.bound !== rb.bound && !ra.vague && !rb.vague) {
    const [bound, point] = ra.bound ? [ra, rb] : [rb, ra];
    const edge = Math.abs(Number.isFinite(bound.lo) ? bound.lo : bound.hi);
    const mid = Math.abs((point.lo + point.hi) / 2);
    if (Math.max(edge, mid) / Math.max(Math.min(edge, mid), Number.EPSILON) > MAX_BOUND_RATIO) {
      return { kind: 'loose', how: `${label(ra.bound ? b : a)} is far inside ${label(ra.bound ? a : b)}` };
    }
  }
  if (meet) {
    let how: string;
    if (a.value !== null && b.value !== null && a.value === b.value && (a.value_max ?? a.value) === (b.value_max ?? b.value) && ra.bound === rb.bound && (!ra.bound || a.qualifier === b.qualifier)) how = 'same value';
    else if (ra.vague || rb.vague) how = `vague ${ra.vague ? label(a) : label(b)} fits ${ra.vague ? label(b) : label(a)}`;
    else if (ra.bound && rb.bound) how = 'the bounds overlap';
    else if (ra.bound || rb.bound) how = ra.bound ? `${label(b)} is within ${label(a)}` : `${label(a)} is within ${label(b)}`;
    else if (ra.approx || rb.approx) how = 'within the approximation';
    else how = 'within rounding';
    return { kind: 'meet', how };
  }
  const mid = (r: ValueRange) => (Number.isFinite(r.lo) && Number.isFinite(r.hi) ? (r.lo + r.hi) / 2 : Number.isFinite(r.lo) ? r.lo : r.hi);
  const x = Math.abs(mid(ra)), y = Math.abs(mid(rb));
  const ratio = Math.max(x, y) / Math.max(Math.min(x, y), Number.EPSILON);
  const pct = Math.round((Math.abs(x - y) / Math.max(x, y)) * 1000) / 10;
  return { kind: 'apart', how: `${label(a)} vs ${label(b)}: ${pct}% apart`, ratio };
}
