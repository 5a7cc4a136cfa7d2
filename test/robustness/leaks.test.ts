// Nothing leaks: CSV cells that a spreadsheet would run as a formula are neutralised by default and
// kept raw with --no-escape-formulas; no document name or JSONL id can make claimtab write anywhere
// but the fixed table names in --out.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listTree, readCsv, readJsonl, runCli, scratchFolders } from './cli.js';

const T = 300_000;
const work = scratchFolders(T);

// Formula starts as OWASP lists them (CSV injection): = + - @, and tab and carriage return, which
// some spreadsheets skip before reading a formula. (A carriage return has its own case below.)
const FORMULA_IDS = ['=HYPERLINK("http://example.invalid","x")', '+1+cmd', '-2+3', '@SUM(A1)', '\t=1+1'];
const jsonlRecords = (ids: string[]) => ids.map((id) => JSON.stringify({ id, text: `Title\n${id.trim()} as police said 5 people were arrested.` })).join('\n') + '\n';
const records = jsonlRecords(FORMULA_IDS);

describe('CSV formula cells', () => {
  it('are neutralised by default: no cell starts with = + - @ tab or CR', () => {
    const r = runCli(['extract', '--input-format', 'jsonl', '--format', 'csv'], { input: records });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const rows = readCsvText(r.stdout);
    expect(new Set(rows.map((row) => row.doc))).toEqual(new Set(FORMULA_IDS.map((id) => `'${id}`)));
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        // numbers stay numbers ("-2" as a figure value is data, not a formula)
        if (/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(cell)) continue;
        expect(cell, `${column} = ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  }, T);

  it('are kept raw with --no-escape-formulas, and JSONL never escapes', () => {
    const raw = runCli(['extract', '--input-format', 'jsonl', '--format', 'csv', '--no-escape-formulas'], { input: records });
    expect(raw.code).toBe(0);
    expect(new Set(readCsvText(raw.stdout).map((row) => row.doc))).toEqual(new Set(FORMULA_IDS));
    const jsonl = runCli(['extract', '--input-format', 'jsonl', '--format', 'jsonl'], { input: records });
    expect(new Set(jsonl.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).doc))).toEqual(new Set(FORMULA_IDS));
  }, T);

  // csv-stringify quotes a field for a delimiter, a quote or the record delimiter ("\n" here), not
  // for a bare "\r" unless told (src/output/format.ts); unquoted, a CSV reader starts a new record there
  it('a cell holding a carriage return is quoted and neutralised', () => {
    const r = runCli(['extract', '--input-format', 'jsonl', '--format', 'csv'], { input: jsonlRecords(['\r=1+1', 'Mac\rline']) });
    expect(r.code).toBe(0);
    expect(new Set(readCsvText(r.stdout).map((row) => row.doc))).toEqual(new Set(["'\r=1+1", 'Mac\rline']));
  }, T);

  it('neutralises the errors table too (a bad file named like a formula)', () => {
    const dir = work();
    writeFileSync(path.join(dir, '=cmd.txt'), '');
    const out = path.join(dir, 'out');
    const r = runCli(['extract', '=cmd.txt', '--out', out, '--quiet'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readCsv(path.join(out, 'errors.csv'))).toEqual([expect.objectContaining({ path: "'=cmd.txt", rule: 'ingest/empty' })]);
  }, T);
});

describe('no input can steer a write outside --out', () => {
  it('document names with ../, absolute paths and hostile JSONL ids only ever name rows', () => {
    const sandbox = work();
    const cwd = path.join(sandbox, 'a/b/c');
    mkdirSync(cwd, { recursive: true });
    mkdirSync(path.join(sandbox, 'in/sub'), { recursive: true });
    const article = 'Title\nPolice said 5 people were arrested.\n';
    writeFileSync(path.join(sandbox, 'in/sub/story.txt'), article);
    writeFileSync(path.join(sandbox, 'in/..hidden..txt'), article);
    const ids = ['../../escape', '../../../../../../tmp/claimtab-escape', '/etc/claimtab-escape', '..\\..\\windows', 'a/../../b', 'out/claims.csv', '.claimtab-spool.jsonl', 'x'.repeat(5000), 'line\nbreak', '\u0000nul', 'CON'];
    const jsonl = ids.map((id) => JSON.stringify({ id, text: article })).join('\n') + '\n';
    writeFileSync(path.join(sandbox, 'in/records.jsonl'), jsonl);
    const before = listTree(sandbox);

    // text inputs named through ../ and by absolute path
    const text = runCli(['extract', '../../../in/sub/../sub/story.txt', path.join(sandbox, 'in'), '--out', '../out-text', '--format', 'jsonl', '--quiet'], { cwd });
    expect([text.code, text.stderr]).toEqual([0, '']);
    // (the folder's sub/story.txt is the file already named through ../: read once, under the first name)
    expect(readJsonl(path.join(sandbox, 'a/b/out-text/claims.jsonl')).map((c) => c.doc).sort()).toEqual(['../../../in/sub/../sub/story.txt', '..hidden..txt'].sort());
    // JSONL ids, from a file and from standard input
    const fromFile = runCli(['extract', '--input-format', 'jsonl', '../../../in/records.jsonl', '--out', '../out-jsonl', '--quiet'], { cwd });
    expect([fromFile.code, fromFile.stderr]).toEqual([0, '']);
    expect(new Set(readJsonl(path.join(sandbox, 'a/b/out-jsonl/claims.jsonl')).map((c) => c.doc))).toEqual(new Set(ids));
    const fromStdin = runCli(['extract', '--input-format', 'jsonl', '--out', 'out-stdin', '--format', 'csv', '--quiet'], { cwd, input: jsonl });
    expect(fromStdin.code).toBe(0);

    const tables = (dir: string, ext: string) => ['claims', 'mentions', 'entities', 'errors'].map((t) => `${dir}/${t}.${ext}`).concat(`${dir}/.claimtab-spool.jsonl`);
    expect(listTree(sandbox)).toEqual([...before, ...tables('a/b/out-text', 'jsonl'), ...tables('a/b/out-jsonl', 'jsonl'), ...tables('a/b/c/out-stdin', 'csv')].sort());
  }, T);
});

function readCsvText(text: string): Record<string, string>[] {
  const dir = work();
  const file = path.join(dir, 'table.csv');
  writeFileSync(file, text);
  return readCsv(file);
}
