// Helpers that keep the attribution rules linear in the sentence length: token look-up by offset
// (tokens are sorted and disjoint, so a binary search replaces `findIndex`/`filter`), and memoized
// "next position where P holds" scans, so that a question asked from many start positions ("is there
// a finite verb between here and the end?") costs O(n) for the whole sentence instead of O(n) each.
import type { Token } from './tokens.js';

/** Index of the first token that starts at or after `offset`, or `tokens.length`. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token at or after `from` that ends after `offset`, or `tokens.length`. */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number, from = 0): number {
  let lo = from;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `tokens.findIndex((t) => t.start >= offset)`: -1 when there is none. */
export function findIndexFrom(tokens: readonly Token[], offset: number): number {
  const k = firstTokenFrom(tokens, offset);
  return k < tokens.length ? k : -1;
}

/**
 * The first position at or after k (below n) where `pred` holds, else n. Positions are tested at most
 * once over all queries: a scan records its answer for every position it passed.
 */
export class NextTrue {
  // plain arrays of small integers: a typed array costs far more to make than a short scan
  private memo: number[] | null = null;
  private asked = false;
  constructor(private readonly n: number, private readonly pred: (k: number) => boolean) {}

  next(k: number): number {
    const n = this.n;
    if (k >= n) return n;
    if (k < 0) k = 0;
    let memo = this.memo;
    if (memo === null) {
      // most sentences ask once: a plain scan, the memo only from the second question on
      if (!this.asked) {
        this.asked = true;
        while (k < n && !this.pred(k)) k++;
        return k;
      }
      memo = this.memo = new Array<number>(n).fill(0);
    }
    // memo[j]: 0 = not known, else (first position >= j where pred holds) + 1
    let j = k;
    let ans = n;
    while (j < n) {
      const m = memo[j]!;
      if (m !== 0) { ans = m - 1; break; }
      if (this.pred(j)) { ans = j; memo[j] = j + 1; break; }
      j++;
    }
    for (let q = k; q < j; q++) memo[q] = ans + 1;
    return ans;
  }

  /** Does `pred` hold somewhere in [from, to)? */
  any(from: number, to: number): boolean {
    return from < to && this.next(from) < to;
  }
}

/** The last position at or before k (not below 0) where `pred` holds, else -1. Memoized like NextTrue. */
export class PrevTrue {
  private memo: number[] | null = null;
  constructor(private readonly n: number, private readonly pred: (k: number) => boolean) {}

  prev(k: number): number {
    if (k < 0) return -1;
    if (k >= this.n) k = this.n - 1;
    let memo = this.memo;
    if (memo === null) memo = this.memo = new Array<number>(this.n).fill(0);
    // memo[j]: 0 = not known, else (last position <= j where pred holds) + 2 (so -1 is stored as 1)
    let j = k;
    let ans = -1;
    while (j >= 0) {
      const m = memo[j]!;
      if (m !== 0) { ans = m - 2; break; }
      if (this.pred(j)) { ans = j; memo[j] = j + 2; break; }
      j--;
    }
    for (let q = k; q > j; q--) memo[q] = ans + 2;
    return ans;
  }
}
