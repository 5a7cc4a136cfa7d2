import { describe, expect, it } from 'vitest';
import { compareClaims, type ClaimRecord, flattenClaim, hasDrift, resolveIgnoredFields, UnknownFieldError } from '../../src/check/compare.js';
import { csvColumns, ClaimRow } from '../../src/output/schema.js';
import { claim, DOC_TEXT, fineClaims, pinnedClaims, SENTENCE_40, SENTENCE_FINE } from './claims.js';

const noIgnore = { ignore: [] };

describe('compareClaims', () => {
  it('finds nothing when the tables agree, whatever the row order', () => {
    const r = compareClaims(pinnedClaims(), pinnedClaims().reverse(), noIgnore);
    expect(hasDrift(r)).toBe(false);
    expect(r.unchanged).toHaveLength(5);
    expect(r.unchanged.every((p) => p.matchedBy === 'claim_id')).toBe(true);
  });

  it('reports an edited figure ("40 years" -> "41 years") as a change of id and figure, not remove + add', () => {
    const expected = pinnedClaims();
    const text = DOC_TEXT.replace('40 years', '41 years');
    const sentence = SENTENCE_40.replace('40 years', '41 years');
    const actual = [
      claim({ id: 'c41years', text, sentence, figure: '41 years', value: 41, unit: 'year', measure: 'duration' }),
      claim({ id: 'c74women-2', text, sentence, figure: '74 women', value: 74, unit: 'woman' }),
      claim({ id: 'c16teens-2', text, sentence, figure: '16 teenagers', value: 16, unit: 'teenager' }),
      ...fineClaims(text),
    ];
    const r = compareClaims(expected, actual, noIgnore);
    expect(r.added).toEqual([]);
    expect(r.removed).toEqual([]);
    expect(r.changed.map((p) => [p.expected.claim_id, p.matchedBy, p.changes.map((c) => c.field)])).toEqual([
      ['c40years', 'same-spans', ['claim_id', 'text', 'figure_text', 'figure_value']],
      ['c74women', 'same-spans', ['claim_id', 'text']],
      ['c16teens', 'same-spans', ['claim_id', 'text']],
    ]);
    expect(r.changed[0]!.changes.find((c) => c.field === 'figure_value')).toEqual({ field: 'figure_value', expected: 40, actual: 41 });
    expect(r.unchanged).toHaveLength(2);
  });

  it('pairs by starts when an edit changes a length ("40 years" -> "140 years"), and the sentence siblings by figure text', () => {
    const text = DOC_TEXT.replace('40 years', '140 years');
    const sentence = SENTENCE_40.replace('40 years', '140 years');
    const actual = [
      claim({ id: 'n1', text, sentence, figure: '140 years', value: 140, unit: 'year', measure: 'duration' }),
      claim({ id: 'n2', text, sentence, figure: '74 women', value: 74, unit: 'woman' }),
      claim({ id: 'n3', text, sentence, figure: '16 teenagers', value: 16, unit: 'teenager' }),
      // the next paragraph shifted by one character, its ids (content hashes) unchanged
      ...fineClaims(text),
    ];
    const r = compareClaims(pinnedClaims(), actual, noIgnore);
    expect(r.added).toEqual([]);
    expect(r.removed).toEqual([]);
    expect(r.changed.map((p) => [p.expected.claim_id, p.actual.claim_id, p.matchedBy])).toEqual([
      ['c40years', 'n1', 'same-starts'],
      ['c74women', 'n2', 'same-sentence-start-and-focus'],
      ['c16teens', 'n3', 'same-sentence-start-and-focus'],
      ['cfiveyrs', 'cfiveyrs', 'claim_id'],
      ['c50mwon', 'c50mwon', 'claim_id'],
    ]);
    const before = pinnedClaims()[3]!;
    expect(r.changed[3]!.changes.map((c) => [c.field, c.expected, c.actual])).toEqual([
      ['start', before.start, before.start + 1],
      ['end', before.end, before.end + 1],
      ['figure_start', before.figure!.start, before.figure!.start + 1],
      ['figure_end', before.figure!.end, before.figure!.end + 1],
    ]);
  });

  it('reports claims that appear and disappear', () => {
    const [a, b, ...rest] = pinnedClaims();
    const extra = claim({ id: 'c37500', sentence: SENTENCE_FINE, figure: '$37,500', value: 37500, unit: 'USD', measure: 'money' });
    const r = compareClaims([a!, b!, ...rest], [b!, ...rest, extra], noIgnore);
    expect(r.removed.map((c) => c.claim_id)).toEqual(['c40years']);
    expect(r.added.map((c) => c.claim_id)).toEqual(['c37500']);
    expect(r.changed).toEqual([]);
  });

  it('does not pair claims across documents', () => {
    const e = pinnedClaims().slice(0, 1);
    const a = e.map((c) => ({ ...c, doc: 'other.txt', claim_id: 'cother' }));
    const r = compareClaims(e, a, noIgnore);
    expect([r.removed.length, r.added.length, r.changed.length]).toEqual([1, 1, 0]);
  });

  it('compares nested objects field by field, null objects as null fields', () => {
    const e = pinnedClaims().slice(0, 1);
    const a = [{ ...e[0]!, attribution: { text: 'the court said', canonical: null }, date: null }];
    const r = compareClaims(e, a, noIgnore);
    expect(r.changed[0]!.changes).toEqual([{ field: 'attribution_text', expected: null, actual: 'the court said' }]);
  });

  it('names a field the expected table lacks as absent', () => {
    const older: Record<string, unknown> = { ...pinnedClaims()[0]! };
    delete older.negated;
    const r = compareClaims([older as unknown as ClaimRecord], pinnedClaims().slice(0, 1), noIgnore);
    expect(r.changed[0]!.changes).toEqual([{ field: 'negated', expected: undefined, actual: false }]);
  });

  it('leaves ignored fields out, flat, dotted or whole objects', () => {
    const e = pinnedClaims();
    const a = e.map((c) => ({ ...c, figure: c.figure && { ...c.figure, unit: 'thing' }, predicate: 'jail' }));
    expect(compareClaims(e, a, noIgnore).changed).toHaveLength(5);
    const flat = compareClaims(e, a, { ignore: ['figure_unit', 'predicate'] });
    expect(hasDrift(flat)).toBe(false);
    expect(flat.ignored).toEqual(['figure_unit', 'predicate']);
    expect(hasDrift(compareClaims(e, a, { ignore: ['figure.unit', 'predicate'] }))).toBe(false);
    expect(hasDrift(compareClaims(e, a, { ignore: ['figure,predicate'] }))).toBe(false);
  });

  it('refuses an --ignore name that is no field, so a typo does not pin silently', () => {
    expect(() => compareClaims(pinnedClaims(), pinnedClaims(), { ignore: ['figur_unit'] })).toThrow(UnknownFieldError);
    expect(() => resolveIgnoredFields(['figure.units'], csvColumns(ClaimRow))).toThrow(/unknown field for --ignore: figure.units/);
  });

  it('keeps duplicate sentences apart by document order', () => {
    const e = pinnedClaims().slice(3);
    const a = e.map((c) => ({ ...c, claim_id: c.claim_id + '-new' }));
    const r = compareClaims(e, [...a].reverse(), noIgnore);
    expect(r.changed.map((p) => [p.expected.claim_id, p.actual.claim_id])).toEqual([
      ['cfiveyrs', 'cfiveyrs-new'],
      ['c50mwon', 'c50mwon-new'],
    ]);
  });
});

describe('flattenClaim', () => {
  it('uses the CSV column names, a null object giving null fields', () => {
    const f = flattenClaim(pinnedClaims()[0]!);
    expect(f.get('figure_value')).toBe(40);
    expect(f.get('date_window_end')).toBe(null);
    expect(f.get('attribution_canonical')).toBe(null);
    expect([...f.keys()].sort()).toEqual([...csvColumns(ClaimRow)].sort());
  });
});
