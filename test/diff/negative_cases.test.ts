// What must NOT be called a conflict: figures that differ because they count different things, at
// different times, in different places, in a different frame, or that are too vague to contradict.
import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../src/diff/group.js';
import type { ClaimRow } from '../../src/output/schema.js';
import { claim, docOf, type ClaimSpec } from './claim-builder.js';
import { seedClaims } from './seed-claims.js';

type Side = { doc: string; published: string | null; spec: ClaimSpec };

/** Two one-sentence documents; returns the verdicts of groups that hold both claims. */
function verdictsOf(a: Side, b: Side): string[] {
  const da = docOf(a.doc, null, a.published, [a.spec.sentence]);
  const db = docOf(b.doc, null, b.published, [b.spec.sentence]);
  const ca = claim(da, a.spec), cb = claim(db, b.spec);
  const groups = groupClaims([ca, cb]);
  return groups.filter((g) => g.members.some((m) => m.claim_id === ca.claim_id) && g.members.some((m) => m.claim_id === cb.claim_id)).map((g) => g.verdict);
}

const count = (text: string, value: number | null, unit: string, qualifier: NonNullable<ClaimRow['figure']>['qualifier'] = 'exact') => ({ text, value, unit, qualifier });
const years = (text: string, value: number) => ({ text, value, unit: 'year', measure: 'duration' as const });

describe('not a conflict', () => {
  it('seeds: 25 videos removed by early September vs 148 over the month to 30 September', () => {
    const claims = seedClaims();
    const groups = groupClaims(claims);
    const c25 = claims.find((c) => c.doc.startsWith('000') && c.figure?.text === '25 videos')!;
    const c148 = claims.find((c) => c.doc.startsWith('004') && c.figure?.text === '148 videos')!;
    expect(groups.some((g) => g.members.some((m) => m.claim_id === c25.claim_id) && g.members.some((m) => m.claim_id === c148.claim_id))).toBe(false);
  });

  it('seeds: seven suspects questioned vs 387 suspects arrested', () => {
    const groups = groupClaims(seedClaims());
    const conflicts = groups.filter((g) => g.verdict === 'conflict');
    expect(conflicts.flatMap((g) => g.members.map((m) => m.text)).sort()).toEqual(['40 years', '42 years', 'In 2019', 'In 2020']);
  });

  it('killed vs injured on the same day (constructed)', () => {
    expect(verdictsOf(
      { doc: 'a.txt', published: '2024-03-01', spec: { sentence: 'The blast in the market killed 12 people, officials said.', figure: count('12 people', 12, 'person'), predicate: 'kill' } },
      { doc: 'b.txt', published: '2024-03-01', spec: { sentence: 'The blast in the market injured 40 people, officials said.', figure: count('40 people', 40, 'person'), predicate: 'injure' } },
    )).toEqual([]);
  });

  it('the same person sentenced years apart (constructed)', () => {
    expect(verdictsOf(
      { doc: 'a.txt', published: '2005-05-31', spec: { sentence: 'Mikhail Khodorkovsky was sentenced to nine years in prison for fraud.', figure: years('nine years', 9), subject: { text: 'Mikhail Khodorkovsky', canonical: 'Mikhail Khodorkovsky', label: 'PERSON' }, predicate: 'sentence' } },
      { doc: 'b.txt', published: '2010-12-30', spec: { sentence: 'Mikhail Khodorkovsky was sentenced to 14 years in prison for theft.', figure: years('14 years', 14), subject: { text: 'Mikhail Khodorkovsky', canonical: 'Mikhail Khodorkovsky', label: 'PERSON' }, predicate: 'sentence' } },
    )).toEqual([]);
  });

  it('two different people (constructed)', () => {
    expect(verdictsOf(
      { doc: 'a.txt', published: '2024-07-19', spec: { sentence: 'Evan Gershkovich was sentenced to 16 years in prison on spying charges.', figure: years('16 years', 16), subject: { text: 'Evan Gershkovich', canonical: 'Evan Gershkovich', label: 'PERSON' }, predicate: 'sentence' } },
      { doc: 'b.txt', published: '2024-07-19', spec: { sentence: 'Paul Whelan was sentenced to 16 years in prison on spying charges.', figure: years('16 years', 16), subject: { text: 'Paul Whelan', canonical: 'Paul Whelan', label: 'PERSON' }, predicate: 'sentence' } },
    )).toEqual([]);
  });

  it('a hedged figure (constructed)', () => {
    expect(verdictsOf(
      { doc: 'a.txt', published: '2024-05-02', spec: { sentence: 'The treasurer allegedly embezzled $2 million from the charity fund.', figure: { text: '$2 million', value: 2e6, unit: 'USD', measure: 'money', currency: 'USD' }, predicate: 'embezzle', hedged: true } },
      { doc: 'b.txt', published: '2024-05-02', spec: { sentence: 'The treasurer embezzled $3 million from the charity fund, prosecutors said.', figure: { text: '$3 million', value: 3e6, unit: 'USD', measure: 'money', currency: 'USD' }, predicate: 'embezzle' } },
    )).not.toContain('conflict');
  });

  it('a vague amount never contradicts (constructed)', () => {
    expect(verdictsOf(
      { doc: 'a.txt', published: '2024-05-02', spec: { sentence: 'Police arrested dozens of protesters outside parliament.', figure: count('dozens of protesters', null, 'protester', 'approx'), predicate: 'arrest' } },
      { doc: 'b.txt', published: '2024-05-02', spec: { sentence: 'Police arrested 300 protesters outside parliament.', figure: count('300 protesters', 300, 'protester'), predicate: 'arrest' } },
    )).toEqual([]);
  });

  it('won and dollars are not compared without a linked conversion (constructed)', () => {
    expect(verdictsOf(
      { doc: 'a.txt', published: '2024-09-03', spec: { sentence: 'Offenders can be fined up to 50 million won for making deepfakes.', figure: { text: 'up to 50 million won', value: 5e7, unit: 'KRW', measure: 'money', currency: 'KRW', qualifier: 'up_to' }, predicate: 'fine' } },
      { doc: 'b.txt', published: '2024-09-03', spec: { sentence: 'Offenders can be fined up to $50 million for making deepfakes.', figure: { text: 'up to $50 million', value: 5e7, unit: 'USD', measure: 'money', currency: 'USD', qualifier: 'up_to' }, predicate: 'fine' } },
    )).toEqual([]);
  });

  it('different places (constructed)', () => {
    expect(verdictsOf(
      { doc: 'a.txt', published: '2024-06-10', spec: { sentence: 'The floods forced 1,200 residents from their homes in Dresden on Sunday.', figure: count('1,200 residents', 1200, 'resident'), predicate: 'force' } },
      { doc: 'b.txt', published: '2024-06-10', spec: { sentence: 'The floods forced 3,400 residents from their homes in Leipzig on Sunday.', figure: count('3,400 residents', 3400, 'resident'), predicate: 'force' } },
    )).toEqual([]);
  });

  it('a maximum penalty is not the sentence handed down (constructed)', () => {
    expect(verdictsOf(
      { doc: 'a.txt', published: '2024-02-01', spec: { sentence: 'The fraud charges carry a maximum sentence of 20 years in prison for the banker.', figure: years('20 years', 20), predicate: 'carry' } },
      { doc: 'b.txt', published: '2024-02-01', spec: { sentence: 'The banker was sentenced to four years in prison on the fraud charges.', figure: years('four years', 4), predicate: 'sentence' } },
    )).toEqual([]);
  });

  it('one document giving two values is not a conflict with itself (constructed)', () => {
    const d = docOf('a.txt', null, '2024-02-01', ['The banker was sentenced to four years in prison.', 'The banker was sentenced to five years in prison.']);
    const groups = groupClaims([
      claim(d, { sentence: d.sentences[0]!, figure: years('four years', 4), predicate: 'sentence' }),
      claim(d, { sentence: d.sentences[1]!, figure: years('five years', 5), predicate: 'sentence' }),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['single', 'single']);
  });

  it('a date worked out from "last week" does not contradict an explicit one (constructed)', () => {
    expect(verdictsOf(
      { doc: 'a.txt', published: '2024-09-02', spec: { sentence: 'Last week, the ministry discovered the leaked exam papers on a student forum.', date: { text: 'Last week', value: '2024-W35', grain: 'week', anchor: 'relative' }, predicate: 'discover' } },
      { doc: 'b.txt', published: '2024-09-02', spec: { sentence: 'In July, the ministry discovered the leaked exam papers on a student forum.', date: { text: 'In July', value: '2024-07', grain: 'month' }, predicate: 'discover' } },
    )).not.toContain('conflict');
  });

  it('"operating since 2020" is not the date of a discovery (seeds 003 vs 001)', () => {
    const groups = groupClaims(seedClaims());
    const c003 = groups.filter((g) => g.kind === 'event' && g.members.some((m) => m.doc.startsWith('003')));
    expect(c003).toEqual([]);
  });
});
