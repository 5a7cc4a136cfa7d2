// Refiners run after all parsers, in the order listed in index.ts. Each takes the sentence context
// and the candidates so far and returns the candidates to keep.
import type { Candidate, ParseContext } from './candidate.js';
import { ABSORBED_PREPOSITIONS } from './lexicon.js';
import { resolveRelativeDate } from './resolve.js';
import { wordBefore } from './text.js';

export type Refiner = (ctx: ParseContext, candidates: Candidate[]) => Candidate[];

const byStart = (a: Candidate, b: Candidate) => a.start - b.start || b.end - a.end;

/**
 * "in July this year", "Sept 2 last year", "on Monday last week": a month, day or weekday followed by
 * a bare year or week reference is one date, not two ("July" would otherwise resolve on its own to
 * the latest July, and "this year" add a second, overlapping mention).
 */
export const mergeYearReference: Refiner = (ctx, candidates) => {
  const sorted = [...candidates].sort(byStart);
  const used = new Set<Candidate>();
  const merged: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    if (used.has(a) || !a.parts) continue;
    const b = sorted.slice(i + 1, i + 4).find((c) => c.start >= a.end && c.parts && (c.parts.yearOffset !== undefined || c.parts.weekOffset !== undefined));
    if (!b) continue;
    const gap = ctx.text.slice(a.end, b.start);
    // Only a space or "of" between: with a comma they are more often items of a list
    // ("in August, this year and yesterday").
    if (!/^(?: +| +of +)$/.test(gap)) continue;
    const p = a.parts, q = b.parts!;
    let r;
    if (q.yearOffset !== undefined && p.month !== undefined && p.day !== undefined) {
      r = resolveRelativeDate({ kind: 'monthDay', month: p.month, day: p.day, direction: 'nearest', yearOffset: q.yearOffset }, ctx.published);
    } else if (q.yearOffset !== undefined && p.month !== undefined) {
      r = resolveRelativeDate({ kind: 'monthOfYear', month: p.month, mode: 'this', yearOffset: q.yearOffset }, ctx.published);
    } else if (q.weekOffset !== undefined && p.weekday !== undefined) {
      r = resolveRelativeDate({ kind: 'weekday', weekday: p.weekday, mode: 'this', weekOffset: q.weekOffset }, ctx.published);
    } else continue;
    used.add(a).add(b);
    merged.push({ start: a.start, end: b.end, ...r, rule: `${a.rule}+year-reference` });
  }
  return [...candidates.filter((c) => !used.has(c)), ...merged];
};

/**
 * No two date mentions may overlap: the longest span wins ("September 2, 2024" over "2024",
 * "in the past week" over "week"), on a tie the parser listed first.
 * Linear in the total length of the candidates (an occupancy map, not pairwise comparisons), so a
 * line with thousands of year-like numbers stays fast.
 */
export const removeOverlaps: Refiner = (ctx, candidates) => {
  const order = candidates.map((c, i) => ({ c, i }))
    .sort((x, y) => (y.c.end - y.c.start) - (x.c.end - x.c.start) || x.i - y.i);
  const taken = new Uint8Array(ctx.text.length + 1);
  const kept: Candidate[] = [];
  for (const { c } of order) {
    let free = true;
    for (let k = c.start; k < c.end; k++) if (taken[k]) { free = false; break; }
    if (!free) continue;
    for (let k = c.start; k < c.end; k++) taken[k] = 1;
    kept.push(c);
  }
  return kept.sort(byStart);
};

/**
 * "On Tuesday", "in 2021", "since 2020", "In August": the preposition before a date belongs to the
 * mention; "since 2020" and "in 2020" say different things to the claim that carries the date.
 */
export const absorbPreposition: Refiner = (ctx, candidates) => {
  let prevEnd = 0;
  return candidates.map((c) => {
    const before = wordBefore(ctx.text, c.start);
    const first = /^[A-Za-z]+/.exec(ctx.text.slice(c.start, c.end))?.[0].toLowerCase();
    // "in Saturday night's final": the preposition governs the noun the date modifies.
    const possessive = /^(?:'s|\s+(?:night|morning|afternoon|evening)'s)\b/.test(ctx.text.slice(c.end, c.end + 12));
    const out = !possessive && before.word && before.start >= prevEnd && ABSORBED_PREPOSITIONS.has(before.word.toLowerCase())
      && !(first && ABSORBED_PREPOSITIONS.has(first)) && /^\s+$/.test(ctx.text.slice(before.start + before.word.length, c.start))
      ? { ...c, start: before.start } : c;
    prevEnd = out.end;
    return out;
  });
};
