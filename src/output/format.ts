// Rendering rows as CSV or JSON Lines. csv-stringify does the quoting; formulas are neutralised by
// default because article text can start a cell with = + - @ and journalists open CSVs in Excel.
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
  if (!rows.length) return '';
  return stringify(rows.map((r) => flattenRow(schema, r).map(csvCell)), {
    record_delimiter: 'unix',
    // with a record delimiter set, csv-stringify quotes a cell for "\n" but not for a bare "\r", at
    // which CSV readers (and spreadsheets) start a new record: quote such a cell too
    quoted_match: /\r/,
    escape_formulas: opts.escapeFormulas,
  });
}

function csvCell(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return v;
  return String(v);
}

export function jsonlRows(schema: z.ZodObject, rows: Record<string, unknown>[]): string {
  let out = '';
  for (const r of rows) out += JSON.stringify(orderKeys(schema, r)) + '\n';
  return out;
}

export function renderTable(schema: z.ZodObject, rows: Record<string, unknown>[], format: TableFormat, opts: FormatOptions): string {
  return format === 'csv' ? csvHeader(schema) + csvRows(schema, rows, opts) : jsonlRows(schema, rows);
}
