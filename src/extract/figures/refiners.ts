// Refiners: passes over all the figures of a sentence, in this order (each needs the previous):
//   1. inferCents          "fell 37 cents ... to $13.83": cents of the sentence's currency
//   2. resolveAnaphora     "Seven suspects, six of whom": the noun of the previous count
//   3. shareListedUnit     "aged 73 and 78": a bare number in a list takes the unit before it
//   4. inheritChange       "fell 158.67 points, or 0.9 percent": the "or" restates the change
//   5. linkConversions     "50 million won ($37,500)": the parenthesised amount converts the first
//   6. removeOverlaps      the longer of two overlapping figures wins
import type { Candidate } from './candidate.js';
import type { TokenView } from './tokens.js';

export type Refiner = (v: TokenView, figures: Candidate[]) => Candidate[];

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** "37 cents" with "$13.83" nearby is 0.37 USD; alone it stays 37 cents of an unknown currency. */
export const inferCents: Refiner = (_v, figures) => {
  for (const c of figures) {
    if (!c.cents) continue;
    let best: Candidate | null = null;
    for (const o of figures) {
      if (o === c || o.measure !== 'money' || o.currency === null || o.cents) continue;
      if (!best || Math.abs(o.s - c.s) < Math.abs(best.s - c.s)) best = o;
    }
    if (best) {
      c.currency = c.unit = best.currency;
      c.value = c.value === null ? null : round(c.value / 100);
      c.valueMax = c.valueMax === null ? null : round(c.valueMax / 100);
      c.cents = false;
    }
  }
  return figures;
};

/** "Seven suspects, six of whom are teenagers": "six" counts suspects too. */
export const resolveAnaphora: Refiner = (_v, figures) => {
  for (let i = 0; i < figures.length; i++) {
    const c = figures[i]!;
    if (!c.anaphoric) continue;
    for (let k = i - 1; k >= 0; k--) {
      const p = figures[k]!;
      if (p.measure === c.measure && p.unit !== null) {
        c.unit = p.unit;
        break;
      }
    }
  }
  return figures;
};

/**
 * "two men, aged 73 and 78": a bare number listed right after a figure with a unit shares it.
 * Only "and", "or" and commas may stand between them.
 */
export const shareListedUnit: Refiner = (v, figures) => {
  for (let i = 1; i < figures.length; i++) {
    const c = figures[i]!;
    const p = figures[i - 1]!;
    if (c.measure !== 'count' || c.unit !== null || c.anaphoric || p.unit === null || c.s - p.e > 2 || c.s <= p.e) continue;
    const between = v.tokens.slice(p.e, c.s).map((t) => t.lower);
    if (!between.every((w) => w === 'and' || w === 'or' || w === ',')) continue;
    c.measure = p.measure;
    c.unit = p.unit;
    c.currency = p.currency;
    c.rule = p.rule;
  }
  return figures;
};

/** "dropped $1.91, or 4.6 percent, to $39.94": the percentage restates the fall. */
export const inheritChange: Refiner = (v, figures) => {
  for (let i = 1; i < figures.length; i++) {
    const c = figures[i]!;
    const p = figures[i - 1]!;
    if (c.change !== null || p.change === null || v.low(c.s - 1) !== 'or') continue;
    if (p.e === c.s - 1 || (v.is(p.e, ',') && p.e === c.s - 2)) c.change = p.change;
  }
  return figures;
};

const MAX_PAREN_REACH = 16;

/**
 * A money or physical amount inside parentheses that open right after another amount of the same
 * kind converts it: "50 million won ($37,500)", "(US$37,500; £28,300)", "87 mph (140 km/h)",
 * "1,000 acres (405 hectares)". "(approximately USD 37,500 or GBP 28,300)": the approximation
 * covers every conversion in the parentheses.
 */
export const linkConversions: Refiner = (v, figures) => {
  const firstInParen = new Map<number, Candidate>();
  for (const c of figures) {
    if (c.measure !== 'money' && c.measure !== 'measure') continue;
    let k = c.s - 1;
    while (k >= 0 && c.s - k <= MAX_PAREN_REACH && !v.is(k, '(') && !v.is(k, ')')) k--;
    if (!v.is(k, '(')) continue;
    const src = figures.find((o) => o !== c && o.e === k && o.measure === c.measure && o.unit !== c.unit);
    if (!src) continue;
    c.equivalentOf = src.s;
    const first = firstInParen.get(k);
    if (!first) firstInParen.set(k, c);
    else if (first.qualifier === 'approx' && c.qualifier === 'exact') c.qualifier = 'approx';
    // "up to 50 million won ($37,500)", "more than 35C (95F)": the conversion has the same bound
    if (c.qualifier === 'exact') c.qualifier = src.qualifier;
  }
  return figures;
};

/** Mentions never overlap: of two overlapping figures the longer (then the earlier) stays. */
export const removeOverlaps: Refiner = (_v, figures) => {
  const sorted = [...figures].sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s));
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.s < last.e) {
      if (c.e - c.s > last.e - last.s) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
};

/** The refiners in the order they must run. */
export const REFINERS: readonly Refiner[] = [inferCents, resolveAnaphora, shareListedUnit, inheritChange, linkConversions, removeOverlaps];
