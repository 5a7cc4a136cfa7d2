// Agreements and conflicts the seeds do not show. Every sentence here is constructed.
import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../src/diff/group.js';
import type { MentionRow } from '../../src/output/schema.js';
import { claim, docOf } from './claim-builder.js';

describe('constructed cases', () => {
  it('"dozens" and "at least 74" agree', () => {
    // constructed
    const a = docOf('a.txt', 'A', '2024-09-03', ['The ring blackmailed dozens of women into sending images, police said.']);
    const b = docOf('b.txt', 'B', '2024-09-04', ['The ring blackmailed at least 74 women into sending images, police said.']);
    const groups = groupClaims([
      claim(a, { sentence: a.text, figure: { text: 'dozens of women', value: null, unit: 'woman', qualifier: 'approx' }, predicate: 'blackmail' }),
      claim(b, { sentence: b.text, figure: { text: 'at least 74 women', value: 74, unit: 'woman', qualifier: 'at_least' }, predicate: 'blackmail' }),
    ]);
    expect(groups.map((g) => [g.verdict, g.members.length])).toEqual([['agree', 2]]);
    expect(groups[0]!.reason).toMatch(/^vague "dozens of women" fits "at least 74 women"/);
  });

  it('"nearly 96,000" and "95,820" agree', () => {
    // constructed
    const a = docOf('a.txt', 'A', '2024-09-30', ['Security Hero recorded nearly 96,000 deepfake videos online globally last year.']);
    const b = docOf('b.txt', 'B', '2024-09-28', ['Security Hero counted 95,820 deepfake videos online globally last year.']);
    const lastYear = { text: 'last year', value: '2023', grain: 'year' as const, anchor: 'relative' as const };
    const groups = groupClaims([
      claim(a, { sentence: a.text, figure: { text: 'nearly 96,000 deepfake videos', value: 96000, unit: 'video', qualifier: 'approx' }, date: lastYear, predicate: 'record' }),
      claim(b, { sentence: b.text, figure: { text: '95,820 deepfake videos', value: 95820, unit: 'video' }, date: lastYear, predicate: 'count' }),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['agree']);
  });

  it('won and dollars compare through the conversion the article gives', () => {
    // constructed
    const a = docOf('a.txt', 'A', '2024-09-03', ['Offenders can be fined up to 50 million won ($37,500) for making sexual deepfakes.']);
    const b = docOf('b.txt', 'B', '2024-09-03', ['Offenders can be fined up to $37,500 for making sexual deepfakes.']);
    const ca = claim(a, { sentence: a.text, figure: { text: 'up to 50 million won', value: 5e7, unit: 'KRW', measure: 'money', currency: 'KRW', qualifier: 'up_to' }, predicate: 'fine' });
    const cb = claim(b, { sentence: b.text, figure: { text: 'up to $37,500', value: 37500, unit: 'USD', measure: 'money', currency: 'USD', qualifier: 'up_to' }, predicate: 'fine' });
    const at = a.text.indexOf('$37,500');
    const conversion: MentionRow = {
      doc: 'a.txt', type: 'figure', start: at, end: at + 7, text: '$37,500', claim_id: ca.claim_id, value: 37500, value_max: null, unit: 'USD', measure: 'money',
      qualifier: 'exact', currency: 'USD', change: null, equivalent_of: ca.figure!.start, grain: null, anchor: null, label: null, canonical: null, entity_id: null, rule: 'test',
    };
    expect(groupClaims([ca, cb]).map((g) => g.verdict)).toEqual(['single', 'single']);
    const linked = groupClaims([ca, cb], { mentions: [conversion] });
    expect(linked.map((g) => g.verdict)).toEqual(['agree']);
    expect(linked[0]!.reason).toContain('via the conversion $37,500');
  });

  it('two outlets, one precise count, different numbers: a conflict', () => {
    // constructed
    const a = docOf('a.txt', 'A', '2024-11-02', ['The warehouse fire in Tilbury destroyed 120 shipping containers, the port authority said.']);
    const b = docOf('b.txt', 'B', '2024-11-02', ['The warehouse fire in Tilbury destroyed 85 shipping containers, according to the port authority.']);
    const groups = groupClaims([
      claim(a, { sentence: a.text, figure: { text: '120 shipping containers', value: 120, unit: 'container' }, predicate: 'destroy' }),
      claim(b, { sentence: b.text, figure: { text: '85 shipping containers', value: 85, unit: 'container' }, predicate: 'destroy' }),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['conflict']);
    expect(groups[0]!.reason).toMatch(/^"120 shipping containers" vs "85 shipping containers": 29\.2% apart; same predicate destroy/);
  });

  it('an event dated 1998 by one outlet and 1996 by another: a conflict on the date mentions', () => {
    // constructed
    const a = docOf('a.txt', 'A', '2024-01-10', ['The Seattle software maker Acme was founded in 1998 by two students.']);
    const b = docOf('b.txt', 'B', '2024-01-11', ['Acme, the Seattle software maker, was founded in 1996 by two students.']);
    const groups = groupClaims([
      claim(a, { sentence: a.text, date: { text: '1998', value: '1998', grain: 'year' }, predicate: 'found' }),
      claim(b, { sentence: b.text, date: { text: '1996', value: '1996', grain: 'year' }, predicate: 'found' }),
    ]);
    expect(groups.map((g) => [g.verdict, g.kind])).toEqual([['conflict', 'event']]);
    expect(groups[0]!.members.map((m) => (m.doc === 'a.txt' ? a : b).text.slice(m.start, m.end))).toEqual(['1998', '1996']);
  });

  it('durations in different units agree when equal', () => {
    // constructed
    const a = docOf('a.txt', 'A', '2024-03-01', ['The former mayor was sentenced to 18 months in prison for bribery.']);
    const b = docOf('b.txt', 'B', '2024-03-01', ['The former mayor was sentenced to 1.5 years in prison for bribery.']);
    const groups = groupClaims([
      claim(a, { sentence: a.text, figure: { text: '18 months', value: 18, unit: 'month', measure: 'duration' }, predicate: 'sentence' }),
      claim(b, { sentence: b.text, figure: { text: '1.5 years', value: 1.5, unit: 'year', measure: 'duration' }, predicate: 'sentence' }),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['agree']);
  });
});
