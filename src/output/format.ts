// Rendering rows as CSV or JSON Lines. csv-stringify does the quoting (of every cell that needs
// any); formulas are neutralised by default because article text can start a cell with = + - @ and
// journalists open CSVs in Excel.
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import { csvColumns, flattenRow, orderKeys } from './schema.js';

export type TableFormat = 'csv' | 'jsonl';

export interface FormatOptions {
  escapeFormulas: boolean;
}

export function csvHeader(schema: z.ZodObject): string {
  return stringify([csvColumns(schema)], { record_delimiter: 'unix' });
}

export function csvRows(schema: z.ZodObject, rows: Record<string, unknown>[], opts: FormatOptions): string {
  let out = '';
  for (const r of rows) {
    const cells = flattenRow(schema, r);
    for (let i = 0; i < cells.length; i++) {
      if (i) out += ',';
      out += csvCellText(cells[i], opts.escapeFormulas);
    }
    out += '\n';
  }
  return out;
}

/**
 * One cell as csv-stringify writes it, with csv-stringify itself for every cell that needs quoting
 * or formula escaping. Most cells (ids, numbers, units, short words) need neither, and csv-stringify
 * spends ~0.7 us per cell on its general path (a context object and a cast per cell), which was the
 * largest single cost of rendering a table (11% of a document's whole cost, measured at steady
 * state); a plain cell's text is the cell itself, so only those skip it. test/output/csv.test.ts holds
 * this to csv-stringify's bytes for whole tables and for random cells.
 */
function csvCellText(v: unknown, escapeFormulas: boolean): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return '' + v; // csv-stringify's cast.number; a negative number is not a formula
  const text = typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  if (!NEEDS_STRINGIFY.test(text) && !(escapeFormulas && FORMULA_START.test(text))) return text;
  // a one-cell record: the quoted (or escaped) cell and the record delimiter, which goes
  return stringify([[text]], stringifyOptions(escapeFormulas)).slice(0, -1);
}

/** The characters at which csv-stringify quotes a cell: the delimiter, the quote, a line end (bare CR included). */
const NEEDS_STRINGIFY = /[,"\n\r]/;
/** The first characters csv-stringify's escape_formulas prefixes with a quote (for a string cell). */
const FORMULA_START = /^[-=+@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const OPTIONS = new Map<boolean, Parameters<typeof stringify>[1]>();
function stringifyOptions(escapeFormulas: boolean): Parameters<typeof stringify>[1] {
  let o = OPTIONS.get(escapeFormulas);
  if (!o) {
    o = {
      record_delimiter: 'unix',
      // with a record delimiter set, csv-stringify quotes a cell for "\n" but not for a bare "\r", at
      // which CSV readers (and spreadsheets) start a new record: quote such a cell too
      quoted_match: /\r/,
      escape_formulas: escapeFormulas,
    };
    OPTIONS.set(escapeFormulas, o);
  }
  return o;
}

export function jsonlRows(schema: z.ZodObject, rows: Record<string, unknown>[]): string {
  let out = '';
  for (const r of rows) out += JSON.stringify(orderKeys(schema, r)) + '\n';
  return out;
}

export function renderTable(schema: z.ZodObject, rows: Record<string, unknown>[], format: TableFormat, opts: FormatOptions): string {
  return format === 'csv' ? csvHeader(schema) + csvRows(schema, rows, opts) : jsonlRows(schema, rows);
}
