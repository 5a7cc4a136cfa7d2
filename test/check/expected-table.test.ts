import { describe, expect, it } from 'vitest';
import { detectTableFormat, ExpectedTableError, parseClaimsCsv, parseClaimsJsonl, roundTripClaims } from '../../src/check/expected-table.js';
import { compareClaims, hasDrift } from '../../src/check/compare.js';
import { ClaimRow, orderKeys } from '../../src/output/schema.js';
import { renderTable } from '../../src/output/format.js';
import { claim, pinnedClaims, SENTENCE_FINE } from './claims.js';

/** Rows that exercise every type the CSV has to restore. */
function awkwardRows(): ClaimRow[] {
  const [a, b, c, d, e] = pinnedClaims();
  return [
    { ...a!, subject: null, quoted: true, hedged: true },
    // a TIMEX3 year is a string that looks like a number; it must stay "2024"
    { ...b!, date: { start: null, end: null, text: null, value: '2024', grain: 'year', anchor: 'relative', window_end: null } },
    // a fall and a fraction: "-3" is a number cell, not a formula
    { ...c!, figure: { ...c!.figure!, value: -3.5, change: 'down' }, attribution: { text: 'police said', canonical: null } },
    // article text can start a cell with = + - @ (the CSV neutralises it for spreadsheets)
    { ...d!, text: '=HYPERLINK("x") ' + SENTENCE_FINE, predicate: '+punish', outlet: '@AFP' },
    { ...e!, published: null, figure: null, date: { start: 10, end: 14, text: '2020', value: '2020', grain: 'year', anchor: 'explicit', window_end: null } },
  ];
}

const asTable = (rows: ClaimRow[]) => rows.map((r) => orderKeys(ClaimRow, r as unknown as Record<string, unknown>));

describe('reading the expected table', () => {
  it('restores CSV cells to the schema types: numbers, booleans, nulls, nested objects', () => {
    const csv = renderTable(ClaimRow, awkwardRows() as unknown as Record<string, unknown>[], 'csv', { escapeFormulas: true });
    expect(csv).toContain(`'=HYPERLINK`);
    const back = parseClaimsCsv(csv).map((r) => r.claim);
    expect(back).toEqual(asTable(awkwardRows()));
    expect(parseClaimsCsv(csv).map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('reads the CSV a spreadsheet saved: CRLF, BOM, TRUE/FALSE', () => {
    const csv = renderTable(ClaimRow, awkwardRows() as unknown as Record<string, unknown>[], 'csv', { escapeFormulas: true });
    const saved = '\uFEFF' + csv.replace(/\n/g, '\r\n').replace(/,true,/g, ',TRUE,').replace(/,false,/g, ',FALSE,');
    expect(parseClaimsCsv(saved).map((r) => r.claim)).toEqual(asTable(awkwardRows()));
  });

  it('reads JSON Lines, skipping blank lines, with CRLF and BOM', () => {
    const jsonl = renderTable(ClaimRow, awkwardRows() as unknown as Record<string, unknown>[], 'jsonl', { escapeFormulas: true });
    const back = parseClaimsJsonl('\uFEFF' + jsonl.replace(/\n/g, '\r\n') + '\n\n');
    expect(back.map((r) => r.claim)).toEqual(asTable(awkwardRows()));
    expect(back.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('compares a CSV table with the claims it was written from as equal', () => {
    const rows = awkwardRows();
    for (const format of ['csv', 'jsonl'] as const) {
      const { rendered, claims } = roundTripClaims(rows, format);
      const expected = format === 'csv' ? parseClaimsCsv(rendered) : parseClaimsJsonl(rendered);
      expect(hasDrift(compareClaims(expected.map((r) => r.claim), claims, { ignore: [] }))).toBe(false);
    }
  });

  it('keeps extra columns, so they are compared and can be ignored by name', () => {
    const csv = renderTable(ClaimRow, pinnedClaims().slice(0, 1) as unknown as Record<string, unknown>[], 'csv', { escapeFormulas: true });
    const [head, row] = csv.trimEnd().split('\n');
    const withNotes = `${head},reviewer_note\n${row},checked by desk\n`;
    const [got] = parseClaimsCsv(withNotes);
    expect(got!.claim.reviewer_note).toBe('checked by desk');
    const r = compareClaims([got!.claim], pinnedClaims().slice(0, 1), { ignore: [] });
    expect(r.changed[0]!.changes).toEqual([{ field: 'reviewer_note', expected: 'checked by desk', actual: undefined }]);
    expect(hasDrift(compareClaims([got!.claim], pinnedClaims().slice(0, 1), { ignore: ['reviewer_note'] }))).toBe(false);
  });

  it('reads an empty table (header only, or an empty file) as no claims', () => {
    expect(parseClaimsCsv(renderTable(ClaimRow, [], 'csv', { escapeFormulas: true }))).toEqual([]);
    expect(parseClaimsJsonl('')).toEqual([]);
    expect(parseClaimsCsv('')).toEqual([]);
  });
});

describe('malformed expected tables', () => {
  const good = JSON.stringify(orderKeys(ClaimRow, claim({ id: 'c1', sentence: SENTENCE_FINE, figure: 'five years', value: 5, unit: 'year' }) as unknown as Record<string, unknown>));
  const cases: [string, () => unknown, number | null, RegExp][] = [
    ['broken JSON', () => parseClaimsJsonl(`${good}\n{"claim_id": "c2",\n`), 2, /^invalid JSON/],
    ['a JSON array', () => parseClaimsJsonl('[1, 2]\n'), 1, /one JSON object per line/],
    ['no claim id', () => parseClaimsJsonl(good.replace('"claim_id":"c1"', '"claim_id":null')), 1, /field claim_id: expected a claim id, got null/],
    ['offsets as strings', () => parseClaimsJsonl(good.replace(/"start":(\d+)/, '"start":"$1"')), 1, /field start: expected an offset/],
    ['a CSV without the claims columns', () => parseClaimsCsv('file,published\na.txt,2024-09-02\n'), 1, /not a claims table: no column "claim_id", "doc", "start", "end", "text"/],
    ['a word in a number column', () => parseClaimsCsv(renderTable(ClaimRow, [JSON.parse(good)], 'csv', { escapeFormulas: true }).replace(',5,', ',five,')), 2, /column figure_value: expected a number, got "five"/],
    ['a short row', () => parseClaimsCsv('claim_id,doc,start,end,text\nc1,a.txt,0\n'), 2, /row has 3 fields, the header has 5/],
    ['a bad boolean', () => parseClaimsCsv('claim_id,doc,start,end,text,quoted\nc1,a.txt,0,3,abc,yes\n'), 2, /column quoted: expected true or false, got "yes"/],
  ];
  for (const [name, parse, line, reason] of cases) {
    it(`refuses ${name} with the line and the reason`, () => {
      let err: unknown;
      try {
        parse();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ExpectedTableError);
      expect((err as ExpectedTableError).line).toBe(line);
      expect((err as ExpectedTableError).message).toMatch(reason);
    });
  }
});

describe('detectTableFormat', () => {
  it('goes by extension, then by content', () => {
    expect(detectTableFormat('test/expected/fixtures.claims.jsonl', null)).toBe('jsonl');
    expect(detectTableFormat('EXPECTED.CSV', '{"not":"read"}')).toBe('csv');
    expect(detectTableFormat('claims.ndjson', null)).toBe('jsonl');
    expect(detectTableFormat('claims.txt', '\uFEFF  {"claim_id":"c1"}')).toBe('jsonl');
    expect(detectTableFormat('claims.txt', 'claim_id,doc\n')).toBe('csv');
    expect(detectTableFormat('claims.txt', null)).toBe(null);
    expect(detectTableFormat('claims.txt', '  \n')).toBe(null);
  });
});
