// Ranges and runs of numbers: "10 to 15", "10-15", "between 10 and 15", "$70-$80", "10-15 million";
// and what only looks like a range: scores ("won 3-1"), spans of years ("2019-20"), phone numbers
// ("555-1234", "131 444"), a change followed by a level ("rose 3% to 5%", "by 30,000 to 10.3 million").
import type { NumberPhrase } from './numbers.js';
import { changeBefore, qualifierBefore } from './qualifiers.js';
import type { TokenView } from './tokens.js';
import { currencyBefore } from './units.js';

/**
 * Two digit groups side by side with only a space between are a phone number or a table row,
 * never two figures: "131 444", "1800 333 000", "+82 2 1234 5678", "Algeria 1.09 1.10".
 */
export function markDigitRuns(v: TokenView, nums: NumberPhrase[], skip: Set<number>): void {
  for (let n = 0; n + 1 < nums.length; n++) {
    const a = nums[n]!;
    const b = nums[n + 1]!;
    if (a.kind === 'digits' && b.kind === 'digits' && b.i0 === a.i1 && a.scale === 1 && !v.glued(b.i0)) {
      skip.add(n).add(n + 1);
    }
  }
}

export type Range = { min: number; max: number; end: number; currency: string | null } | 'drop' | null;

/**
 * "10 to 15", "10-15", "between 10 and 15", "$70-$80", "10-15 million" (the scale is shared).
 * 'drop' for scores and spans of years ("won 3-1", "2019-20", "2003-2012"), which are not figures.
 */
export function rangeAfter(v: TokenView, nums: NumberPhrase[], n: number, pos: number, spanStart: number, money: boolean): Range {
  const a = nums[n]!;
  const b = nums[n + 1];
  if (!b || a.value === null || b.value === null || b.kind === 'vague' || b.kind === 'fraction') return null;
  let conn: 'hyphen' | 'to' | 'and' | null = null;
  if (v.is(pos, '-') && v.glued(pos) && v.glued(pos + 1)) conn = 'hyphen';
  else if (v.low(pos) === 'to' || v.low(pos) === 'through') conn = 'to';
  else if (v.low(pos) === 'and' && v.low(spanStart - 1) === 'between') conn = 'and';
  if (conn === null) return null;
  let currency: string | null = null;
  if (b.i0 !== pos + 1) {
    const c = currencyBefore(v, b.i0);
    if (!c || c.start !== pos + 1) return null;
    currency = c.iso;
  }
  let bValue = b.value;
  let end = b.i1;
  if (b.pendingScale && (money || currency)) {
    bValue *= b.pendingScale.factor;
    end = b.pendingScale.i + 1;
  }
  // a span of years is the dates extractor's business ("2019-2020", "from 1974 to 1983")
  if (a.yearLike && (b.yearLike || (conn === 'hyphen' && /^\d{2}$/.test(v.text(b.core))))) return 'drop';
  if (conn === 'hyphen') {
    if (bValue <= a.value) return 'drop'; // a score: "won 3-1", "a 1-1 draw"
    if (a.plainInteger && b.plainInteger && /^\d{3}$/.test(v.text(a.core)) && /^\d{4}$/.test(v.text(b.core))) return 'drop'; // "555-1234"
  }
  if (bValue <= a.value || b.yearLike) return null;
  if (conn === 'to') {
    // "rose 3% to 5%" (a change and a level) and "rose from 5% to 7%" (two levels) are not ranges
    const q = qualifierBefore(v, spanStart);
    if (changeBefore(v, q ? q.start : spanStart)) return null;
    if (v.low(spanStart - 1) === 'from' && changeBefore(v, spanStart - 1)) return null;
    // "increased its production by 30,000 barrels per day to 10.362 million": a change and a level
    if (v.low((q ? q.start : spanStart) - 1) === 'by') return null;
  }
  let min = a.value;
  if (a.scale === 1 && b.scale > 1 && a.base !== null && b.base !== null && a.base < b.base) min = a.base * b.scale;
  return { min, max: bValue, end, currency };
}

