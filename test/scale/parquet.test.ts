// --format parquet, read back by an independent reader (DuckDB) and compared with the JSONL tables.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { claimtab, jsonl, read, sameBytes, scratch } from './helpers.js';
import { csvColumns, flattenRow, ClaimRow, EntityRow, ErrorRow, MentionRow } from '../../src/output/schema.js';
import { parquetColumnTypes } from '../../src/output/parquet.js';

const T = 120_000;
const schemas = { claims: ClaimRow, mentions: MentionRow, entities: EntityRow, errors: ErrorRow } as const;

describe('extract --format parquet', () => {
  it('writes tables DuckDB reads back as the JSONL tables, flattened like the CSV', async () => {
    const base = scratch();
    const args = ['extract', 'fixtures', 'test/cli/cases/bad-inputs/input', '--manifest', 'fixtures/manifest.csv'];
    expect(claimtab([...args, '--format', 'parquet', '--out', path.join(base, 'pq'), '--workers', '2']).code).toBe(2);
    expect(claimtab([...args, '--format', 'jsonl', '--out', path.join(base, 'jl')]).code).toBe(2);
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    try {
      for (const [table, schema] of Object.entries(schemas)) {
        const file = path.join(base, 'pq', `${table}.parquet`).replace(/'/g, "''");
        const reader = await con.runAndReadAll(`SELECT * FROM read_parquet('${file}')`);
        expect(reader.columnNames(), table).toEqual(csvColumns(schema));
        const got = reader.getRowsJS();
        const want = jsonl(read(path.join(base, 'jl', `${table}.jsonl`))).map((row) => flattenRow(schema, row));
        const types = parquetColumnTypes(schema);
        // what a Parquet reader should see: the CSV cells, typed
        const typed = want.map((cells) => cells.map((v, i) => (v === null || v === undefined ? null : types[i]!.type === 'STRING' ? String(v) : v)));
        expect(got.length, table).toBe(want.length);
        expect(got, table).toEqual(typed);
        const described = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
        const duckTypes = described.getRowObjectsJS().map((r) => String(r.column_type));
        const expectedDuck = types.map((t) => ({ STRING: 'VARCHAR', INT32: 'INTEGER', DOUBLE: 'DOUBLE', BOOLEAN: 'BOOLEAN' })[t.type]);
        expect(duckTypes, table).toEqual(expectedDuck);
      }
      // a query a researcher would write works on the flattened columns
      const claims = path.join(base, 'pq', 'claims.parquet').replace(/'/g, "''");
      const q = await con.runAndReadAll(`SELECT count(*) AS n FROM read_parquet('${claims}') WHERE figure_value IS NOT NULL AND doc LIKE '%.txt'`);
      expect(Number(q.getRowObjectsJS()[0]!.n)).toBeGreaterThan(0);
    } finally {
      con.closeSync();
      db.closeSync();
    }
  }, T);

  it('gives the same bytes whatever the number of workers', () => {
    const base = scratch();
    for (const w of ['0', '2']) expect(claimtab(['extract', 'fixtures', '--manifest', 'fixtures/manifest.csv', '--format', 'parquet', '--out', path.join(base, w), '--workers', w]).code).toBe(0);
    for (const t of Object.keys(schemas)) expect(sameBytes(path.join(base, '0', `${t}.parquet`), path.join(base, '2', `${t}.parquet`)), t).toBe(true);
  }, T);
});
