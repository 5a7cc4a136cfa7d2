// Reading the expected claims table that a team keeps under version control: the CSV or JSON Lines
// that `claimtab extract` writes. CSV loses types, so the schema puts them back: `figure_value` "42"
// is the number 42, `date_value` "2024" stays the string "2024", `quoted` "true" is a boolean, and a
// nested object whose cells are all empty (`figure_*` of a date-only claim) is null again.
import { z } from 'zod';
import { parseCsv } from '../ingest/csv-parse.js';
import { ClaimRow, csvColumns } from '../output/schema.js';
import { renderTable, type TableFormat } from '../output/format.js';

/** One row of a claims table: the schema's fields, plus whatever extra columns the file carries. */
export type ClaimRecord = {
  readonly claim_id: string;
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly [field: string]: unknown;
};

export interface ExpectedRecord {
  /** 1-based line of the file where the row starts, for diagnostics */
  line: number;
  claim: ClaimRecord;
}

/** A malformed expected table: where and why, for a one-line diagnostic. */
export class ExpectedTableError extends Error {
  constructor(readonly line: number | null, reason: string) {
    super(reason);
    this.name = 'ExpectedTableError';
  }
}

/**
 * The table format of a file: by extension first (what `--update` writes back), then by content
 * for other names (a JSON Lines table starts with `{`). Null when neither tells.
 */
export function detectTableFormat(file: string, text: string | null): TableFormat | null {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (text === null) return null;
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === undefined) return null;
  return first === '{' ? 'jsonl' : 'csv';
}

export function parseClaimsTable(text: string, format: TableFormat): ExpectedRecord[] {
  return format === 'csv' ? parseClaimsCsv(text) : parseClaimsJsonl(text);
}

/** The rows as the table file would hold them: rendered and read back (CSV drops "" vs null, JSON -0). */
export function roundTripClaims(rows: readonly ClaimRow[], format: TableFormat): { rendered: string; claims: ClaimRecord[] } {
  // formulas escaped as `claimtab extract` does by default, so that `extract > expected.csv` and
  // `check --update` write the same bytes
  const rendered = renderTable(ClaimRow, rows as unknown as Record<string, unknown>[], format, { escapeFormulas: true });
  return { rendered, claims: parseClaimsTable(rendered, format).map((r) => r.claim) };
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

export function parseClaimsJsonl(text: string): ExpectedRecord[] {
  const out: ExpectedRecord[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw new ExpectedTableError(i + 1, `invalid JSON (${(err as Error).message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ExpectedTableError(i + 1, 'expected one JSON object per line');
    }
    out.push({ line: i + 1, claim: requireClaimFields(value as Record<string, unknown>, i + 1) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Cells that csv-stringify's `escape_formulas` prefixes with `'` (a journalist's spreadsheet would run them). */
const ESCAPED_FORMULA = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const REQUIRED_COLUMNS = ['claim_id', 'doc', 'start', 'end', 'text'] as const;

export function parseClaimsCsv(text: string): ExpectedRecord[] {
  const rows = parseCsv(text);
  const headerRow = rows[0];
  if (!headerRow) return [];
  const header = headerRow.fields.map((h) => h.trim());
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new ExpectedTableError(headerRow.line, `not a claims table: no column ${missing.map((c) => `"${c}"`).join(', ')} (columns: ${header.join(', ') || 'none'})`);
  }
  const schemaColumns = new Set(csvColumns(ClaimRow));
  const extra = header.filter((h) => !schemaColumns.has(h));
  const out: ExpectedRecord[] = [];
  for (const row of rows.slice(1)) {
    if (row.fields.length !== header.length) {
      throw new ExpectedTableError(row.line, `row has ${row.fields.length} fields, the header has ${header.length}`);
    }
    const cells = new Map<string, string>();
    header.forEach((h, i) => cells.set(h, row.fields[i]!));
    const record = unflatten(ClaimRow, cells, '', row.line) ?? {};
    // columns the schema does not know (a team's own notes, a field of another version) are kept as
    // text so that they are compared, not silently dropped
    for (const h of extra) record[h] = cells.get(h) === '' ? null : unescapeFormula(cells.get(h)!);
    out.push({ line: row.line, claim: requireClaimFields(record, row.line) });
  }
  return out;
}

type Leaf = 'number' | 'boolean' | 'string' | 'number|string';

/**
 * Cells back to a nested record. Returns null for a nullable object whose cells are all empty,
 * undefined when none of its columns is in the file (an older table without that field).
 */
function unflatten(schema: z.ZodObject, cells: Map<string, string>, prefix: string, line: number): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  let present = false;
  for (const [key, field] of Object.entries(schema.shape)) {
    const { inner, nullable } = unwrap(field as z.ZodType);
    const name = prefix + key;
    if (inner instanceof z.ZodObject) {
      const columns = csvColumns(inner).map((c) => `${name}_${c}`);
      const here = columns.filter((c) => cells.has(c));
      if (!here.length) continue;
      present = true;
      out[key] = nullable && here.every((c) => cells.get(c) === '') ? null : unflatten(inner, cells, `${name}_`, line);
      continue;
    }
    const cell = cells.get(name);
    if (cell === undefined) continue;
    present = true;
    out[key] = readCell(cell, leafKind(inner), nullable, name, line);
  }
  return present ? out : undefined;
}

function readCell(cell: string, kind: Leaf, nullable: boolean, column: string, line: number): unknown {
  if (cell === '') return kind === 'string' && !nullable ? '' : null;
  switch (kind) {
    case 'number': {
      const n = parseNumber(cell);
      if (n === null) throw new ExpectedTableError(line, `column ${column}: expected a number, got ${JSON.stringify(cell)}`);
      return n;
    }
    case 'boolean': {
      // spreadsheets save booleans as TRUE/FALSE
      const b = cell.toLowerCase();
      if (b === 'true') return true;
      if (b === 'false') return false;
      throw new ExpectedTableError(line, `column ${column}: expected true or false, got ${JSON.stringify(cell)}`);
    }
    case 'number|string':
      return parseNumber(cell) ?? unescapeFormula(cell);
    case 'string':
      return unescapeFormula(cell);
  }
}

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseNumber(cell: string): number | null {
  return NUMBER.test(cell) ? Number(cell) : null;
}

function unescapeFormula(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

function unwrap(t: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  let cur: z.ZodType = t;
  let nullable = false;
  while (cur instanceof z.ZodNullable || cur instanceof z.ZodOptional) {
    nullable = true;
    cur = cur.unwrap() as z.ZodType;
  }
  return { inner: cur, nullable };
}

function leafKind(t: z.ZodType): Leaf {
  if (t instanceof z.ZodNumber) return 'number';
  if (t instanceof z.ZodBoolean) return 'boolean';
  if (t instanceof z.ZodUnion) {
    const kinds = (t.options as z.ZodType[]).map((o) => leafKind(unwrap(o).inner));
    return kinds.includes('number') ? 'number|string' : 'string';
  }
  return 'string';
}

// ---------------------------------------------------------------------------------------------

/** The fields every comparison needs; the rest may be missing (reported as absent) or extra. */
function requireClaimFields(row: Record<string, unknown>, line: number): ClaimRecord {
  const bad = (field: string, want: string) =>
    new ExpectedTableError(line, `field ${field}: expected ${want}, got ${row[field] === undefined ? 'nothing' : JSON.stringify(row[field])}`);
  if (typeof row.claim_id !== 'string' || row.claim_id === '') throw bad('claim_id', 'a claim id');
  if (typeof row.doc !== 'string') throw bad('doc', 'a document name');
  if (!Number.isInteger(row.start)) throw bad('start', 'an offset');
  if (!Number.isInteger(row.end)) throw bad('end', 'an offset');
  if (typeof row.text !== 'string') throw bad('text', 'the sentence text');
  return row as ClaimRecord;
}
