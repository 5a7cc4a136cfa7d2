// The figure being read, in token coordinates, before refiners and offsets.
import type { Measure, Qualifier } from '../../types.js';
import type { NumberPhrase } from './numbers.js';
import type { UnitMatch } from './units.js';

export interface Candidate {
  /** token span [s, e) */
  s: number;
  e: number;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  measure: Measure;
  qualifier: Qualifier;
  currency: string | null;
  change: 'up' | 'down' | null;
  rule: string;
  /** "six of whom": the unit is the noun of the previous count in the sentence */
  anaphoric: boolean;
  /** "37 cents": the currency is the one of another amount in the sentence */
  cents: boolean;
  /** a number without any noun or unit of its own ("including 13 in Qinghai"), not a year */
  elliptical: boolean;
  /** a number word kept only if the refiners find the elided noun ("including two in Qinghai") */
  needsUnit: boolean;
  /** token index of the amount this one converts ("50 million won ($37,500)"), set by refiners */
  equivalentOf: number | null;
}

export function draft(np: NumberPhrase): Candidate {
  return {
    s: np.i0, e: np.i1, value: np.value, valueMax: null, unit: null, measure: 'count', qualifier: 'exact',
    currency: null, change: null, rule: 'figures/count', anaphoric: false, cents: false, elliptical: false, needsUnit: false, equivalentOf: null,
  };
}

export function setUnit(f: Candidate, m: UnitMatch, rule: string): void {
  f.e = m.end;
  f.measure = m.measure;
  f.unit = m.unit;
  f.currency = m.currency;
  if (m.unit === 'cent') {
    f.cents = true; // the factor is applied once the currency is known (refiners)
  } else if (m.factor !== 1) {
    f.value = f.value === null ? null : round(f.value * m.factor);
    f.valueMax = f.valueMax === null ? null : round(f.valueMax * m.factor);
  }
  f.rule = rule;
}

export function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export function ruleFor(m: UnitMatch): string {
  return m.measure === 'money' ? 'figures/money' : m.measure === 'percent' ? 'figures/percent' : 'figures/measure';
}

