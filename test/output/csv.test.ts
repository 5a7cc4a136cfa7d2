// CSV cells: claimtab writes plain cells itself and hands every other cell to csv-stringify
// (src/output/format.ts). The bytes must be csv-stringify's own for the whole table, whatever the cells
// hold: these tests render the same rows both ways and compare.
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { csvRows } from '../../src/output/format.js';
import { flattenRow } from '../../src/output/schema.js';
import { processDocument } from '../../src/pipeline/process-document.js';
import { toArticle } from '../../src/pipeline/read-article.js';
import { ClaimRow, MentionRow } from '../../src/output/schema.js';
import { fixtureTexts } from '../extract/fixture-texts.js';

/** The whole table through csv-stringify, as claimtab wrote it before the plain-cell path. */
function reference(schema: z.ZodObject, rows: Record<string, unknown>[], escapeFormulas: boolean): string {
  if (!rows.length) return '';
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'true' : 'false') : typeof v === 'number' ? v : String(v));
  return stringify(rows.map((r) => flattenRow(schema, r).map(cell)), { record_delimiter: 'unix', quoted_match: /\r/, escape_formulas: escapeFormulas });
}

const Cells = z.object({ a: z.string().nullable(), b: z.union([z.number(), z.string()]).nullable(), c: z.boolean().nullable(), d: z.array(z.string()).nullable() });

// the characters that decide quoting and formula escaping, with ordinary text around them
const tricky = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '\t', '-', '=', '+', '@', "'", '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '|', 'é', '😀'), maxLength: 8 });

describe('CSV rows are csv-stringify bytes', () => {
  it('for random cells (strings with quotes, commas, line ends, formula starts; numbers; booleans; lists; nulls)', () => {
    const row = fc.record({
      a: fc.option(tricky),
      b: fc.option(fc.oneof(tricky, fc.double(), fc.integer({ min: -1e6, max: 1e6 }))),
      c: fc.option(fc.boolean()),
      d: fc.option(fc.array(tricky, { maxLength: 3 })),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), fc.boolean(), (rows, escapeFormulas) => {
        expect(csvRows(Cells, rows, { escapeFormulas })).toBe(reference(Cells, rows, escapeFormulas));
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it('for the claims and mentions of every fixture article', () => {
    let rows = 0;
    for (const { file, text } of fixtureTexts()) {
      const result = processDocument(toArticle(file, text, { published: '2023-12-19', outlet: null, title: null, url: null }));
      for (const escapeFormulas of [true, false]) {
        expect(csvRows(ClaimRow, result.claims as never, { escapeFormulas })).toBe(reference(ClaimRow, result.claims as never, escapeFormulas));
        expect(csvRows(MentionRow, result.mentions as never, { escapeFormulas })).toBe(reference(MentionRow, result.mentions as never, escapeFormulas));
      }
      rows += result.claims.length + result.mentions.length;
    }
    // the comparison means something only if the fixtures gave rows
    expect(rows).toBeGreaterThan(100);
  });
});
