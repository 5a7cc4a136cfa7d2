// When two figures say the same: a table of pairs and whether their ranges meet.
import { describe, expect, it } from 'vitest';
import { comparableRanges, rangeOf, relateValues, roundingSlack, type FigureLike } from '../../src/diff/tolerance.js';

const fig = (text: string, value: number | null, over: Partial<FigureLike> = {}): FigureLike => ({
  text, value, value_max: null, unit: 'video', measure: 'count', qualifier: 'exact', currency: null, change: null, ...over,
});

function relation(a: FigureLike, b: FigureLike): 'meet' | 'apart' | 'loose' | 'incomparable' {
  const r = comparableRanges(a, b);
  if ('why' in r) return 'incomparable';
  return relateValues(a, b, r.ra, r.rb).kind;
}

const years = (text: string, value: number, qualifier: FigureLike['qualifier'] = 'exact') => fig(text, value, { unit: 'year', measure: 'duration', qualifier });
const krw = (text: string, value: number, qualifier: FigureLike['qualifier'] = 'exact') => fig(text, value, { unit: 'KRW', measure: 'money', currency: 'KRW', qualifier });

const cases: [string, FigureLike, FigureLike, 'meet' | 'apart' | 'loose' | 'incomparable'][] = [
  // seeds: 000 vs 001
  ['42 years / 40 years', years('42 years', 42), years('40 years', 40), 'apart'],
  ['up to five years / five years', years('up to five years', 5, 'up_to'), years('five years', 5), 'meet'],
  ['up to 50 million won / 50 million won', krw('up to 50 million won', 5e7, 'up_to'), krw('50 million won', 5e7), 'meet'],
  ['25 videos / 25 pieces', fig('25 videos', 25), fig('25 pieces', 25, { unit: 'piece' }), 'meet'],
  ['297 / 297 incidents (no unit on one side)', fig('297', 297, { unit: null }), fig('297 incidents', 297, { unit: 'incident' }), 'meet'],
  ['297 incidents / 156 cases', fig('297 incidents', 297, { unit: 'incident' }), fig('156 cases', 156, { unit: 'case' }), 'apart'],
  // rounding and approximation
  ['nearly 96,000 / 95,820', fig('nearly 96,000', 96_000, { qualifier: 'approx' }), fig('95,820', 95_820), 'meet'],
  ['96,000 / 95,820 (a round figure carries its rounding)', fig('96,000', 96_000), fig('95,820', 95_820), 'meet'],
  ['96,000 / 90,000', fig('96,000', 96_000), fig('90,000', 90_000), 'apart'],
  ['about 1,200 / 1,150', fig('about 1,200', 1200, { qualifier: 'approx' }), fig('1,150', 1150), 'meet'],
  ['about 1,200 / 1,000', fig('about 1,200', 1200, { qualifier: 'approx' }), fig('1,000', 1000), 'apart'],
  ['1.2 million / 1,240,000', fig('1.2 million', 1.2e6), fig('1,240,000', 1.24e6), 'meet'],
  ['40 / 42: small numbers carry no rounding', fig('40', 40), fig('42', 42), 'apart'],
  // bounds
  ['more than 30 / 35', fig('more than 30', 30, { qualifier: 'more_than' }), fig('35', 35), 'meet'],
  ['more than 30 / 20', fig('more than 30', 30, { qualifier: 'more_than' }), fig('20', 20), 'apart'],
  ['over 1,000 / 1,000 (bounds carry a little slack)', fig('over 1,000', 1000, { qualifier: 'more_than' }), fig('1,000', 1000), 'meet'],
  ['at least 111 / at least 116', fig('at least 111', 111, { qualifier: 'at_least' }), fig('at least 116', 116, { qualifier: 'at_least' }), 'meet'],
  // https://www.tibetanreview.net/gansu-earthquake-kills-at-least-118-including-13-in-neigbouring-qinghai/ and fixtures/gansu-quake-2023/inews24
  ['at least 118 / 196 (far inside the bound: neither the same nor a contradiction)', fig('at least 118 people', 118, { qualifier: 'at_least' }), fig('196 people', 196), 'loose'],
  ['up to 50 million won / 30 million won', krw('up to 50 million won', 5e7, 'up_to'), krw('30 million won', 3e7), 'loose'],
  ['10 to 15 / 12', fig('10 to 15', 10, { value_max: 15 }), fig('12', 12), 'meet'],
  // vague amounts
  ['dozens / at least 74', fig('dozens of women', null, { unit: 'woman', qualifier: 'approx' }), fig('at least 74 women', 74, { unit: 'woman', qualifier: 'at_least' }), 'meet'],
  ['dozens / 387', fig('dozens', null, { qualifier: 'approx' }), fig('387', 387), 'apart'],
  ['hundreds of reports / 118 reports', fig('hundreds of reports', null, { unit: 'report' }), fig('118 reports', 118, { unit: 'report' }), 'apart'],
  // conversions
  ['18 months / a year and a half', fig('18 months', 18, { unit: 'month', measure: 'duration' }), fig('1.5 years', 1.5, { unit: 'year', measure: 'duration' }), 'meet'],
  ['5 kilometres / 3.1 miles', fig('5 km', 5, { unit: 'kilometre', measure: 'measure' }), fig('3.1 miles', 3.1, { unit: 'mile', measure: 'measure' }), 'meet'],
  // not comparable at all
  ['KRW / USD', krw('50 million won', 5e7), fig('$37,500', 37_500, { unit: 'USD', measure: 'money', currency: 'USD' }), 'incomparable'],
  ['videos / suspects', fig('25 videos', 25), fig('25 suspects', 25, { unit: 'suspect' }), 'incomparable'],
  ['years (duration) / years (age)', years('20 years', 20), fig('20', 20, { unit: 'year', measure: 'age' }), 'incomparable'],
];

describe('figure ranges', () => {
  for (const [name, a, b, expected] of cases) {
    it(name, () => {
      expect(relation(a, b)).toBe(expected);
      expect(relation(b, a)).toBe(expected);
    });
  }

  it('rounding slack: only large round figures, at most 5%', () => {
    expect(roundingSlack('42', 42)).toBe(0);
    expect(roundingSlack('95,820', 95_820)).toBe(0);
    expect(roundingSlack('96,000', 96_000)).toBe(500);
    expect(roundingSlack('1.2 million', 1.2e6)).toBe(50_000); // half of the last written digit, 0.1 million
    expect(roundingSlack('2 million', 2e6)).toBe(100_000); // half a million, capped at 5%
    expect(roundingSlack('50 million won', 5e7)).toBe(500_000);
  });

  it('explains agreement in words', () => {
    const a = years('up to five years', 5, 'up_to');
    const b = years('five years', 5);
    const rel = relateValues(a, b, rangeOf(a), rangeOf(b));
    expect(rel).toEqual({ kind: 'meet', how: '"five years" is within "up to five years"' });
  });
});
