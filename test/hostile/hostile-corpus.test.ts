// The hostile corpus (generate.ts) end to end through the built CLI: megabyte lines, 100,000-character
// words, deep nesting, mixed scripts, every kind of bad file and name. No crash, exit code 2 with one
// line per diagnostic and one errors row per line, no document over its time budget, and the same
// bytes with one worker or two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { decodeArticle } from '../../src/ingest/decode.js';
import { canDenyRead, generateHostileCorpus, type HostileCorpus } from './generate.js';
import { diagnosticLine, readJsonl, runCli, scratch, stderrLines, type CliRun } from '../robustness/cli.js';

const T = 900_000;
const TABLES = ['claims', 'mentions', 'entities', 'errors'];
// a document that breaks an extractor or runs over its budget: what this test exists to catch
const FAILURE_RULES = new Set(['pipeline/timeout', 'pipeline/crash', 'pipeline/out-of-memory']);

describe('the hostile corpus through the built CLI', () => {
  let work: string;
  let corpus: HostileCorpus;
  const runs: { workers: number; out: string; r: CliRun }[] = [];

  beforeAll(() => {
    work = scratch('claimtab-hostile-');
    corpus = generateHostileCorpus(path.join(work, 'corpus'), { canDenyRead: canDenyRead() });
    for (const s of corpus.skipped) console.log(`hostile corpus: skipped ${s}`);
    for (const workers of [1, 2]) {
      const out = path.join(work, `out-${workers}`);
      const r = runCli(['extract', 'corpus', '--out', out, '--format', 'jsonl', '--doc-timeout', '20000', '--max-bytes', String(corpus.maxBytes), '--workers', String(workers), '--quiet'], { cwd: work });
      runs.push({ workers, out, r });
    }
  }, T);

  afterAll(() => {
    // chmod 000 folders cannot be removed until they are readable again
    if (corpus) for (const e of corpus.expectations) if (e.rule === 'ingest/unreadable') chmodSync(path.join(corpus.dir, e.path), 0o755);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ends with exit code 2, every diagnostic one line on stderr and one row in errors.jsonl', () => {
    for (const { r, out } of runs) {
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      const errors = readJsonl(path.join(out, 'errors.jsonl'));
      expect(stderrLines(r)).toEqual(errors.map((e) => diagnosticLine({ path: e.path, line: e.line, severity: e.severity, reason: e.reason })));
    }
  }, T);

  it('gives each bad file its diagnostic and processes every other file within its budget', () => {
    const { out } = runs[1]!;
    const errors = readJsonl(path.join(out, 'errors.jsonl'));
    expect(errors.filter((e) => FAILURE_RULES.has(e.rule))).toEqual([]);
    const docs = new Set(readJsonl(path.join(out, 'claims.jsonl')).map((c) => c.doc as string));
    for (const e of corpus.expectations) {
      const rows = errors.filter((row) => row.path === `corpus/${e.path}`);
      if (e.rule === null) {
        expect(rows, e.path).toEqual([]);
        // each readable file holds one real sentence with a figure: a claim proves it was processed
        expect(docs.has(e.path), `${e.path} has a claim`).toBe(true);
      } else {
        expect(rows, e.path).toEqual([expect.objectContaining({ rule: e.rule, severity: e.severity ?? 'error', reason: expect.stringContaining(e.reason ?? '') })]);
      }
    }
    // nothing reported that the corpus does not expect
    expect(errors.map((e) => e.path).sort()).toEqual(corpus.expectations.filter((e) => e.rule).map((e) => `corpus/${e.path}`).sort());
  }, T);

  it('decodes UTF-16 with its BOM to the same text as UTF-8, offsets counted after the BOM', () => {
    const { out } = runs[1]!;
    const mentions = readJsonl(path.join(out, 'mentions.jsonl'));
    const of = (doc: string) => mentions.filter((m) => m.doc === doc).map(({ doc: _, claim_id: __, ...m }) => m);
    const reference = of('encodings/utf8-bom.txt');
    expect(reference.length).toBeGreaterThan(0);
    expect(of('encodings/utf16le-bom.txt')).toEqual(reference);
    expect(of('encodings/utf16be-bom.txt')).toEqual(reference);
  }, T);

  it('points every mention at its text: text === fileText.slice(start, end), BOM removed', () => {
    const { out } = runs[1]!;
    const byDoc = new Map<string, Record<string, any>[]>();
    for (const m of readJsonl(path.join(out, 'mentions.jsonl'))) {
      const list = byDoc.get(m.doc);
      if (list) list.push(m);
      else byDoc.set(m.doc, [m]);
    }
    for (const [doc, mentions] of byDoc) {
      const decoded = decodeArticle(readFileSync(path.join(corpus.dir, doc)));
      expect(decoded.ok, doc).toBe(true);
      const text = (decoded as { text: string }).text;
      const wrong = mentions.filter((m) => m.text !== text.slice(m.start, m.end));
      expect(wrong.slice(0, 3), doc).toEqual([]);
    }
  }, T);

  it('writes the same bytes with 1 and 2 workers', () => {
    const [one, two] = runs;
    for (const t of TABLES) {
      const a = readFileSync(path.join(one!.out, `${t}.jsonl`));
      const b = readFileSync(path.join(two!.out, `${t}.jsonl`));
      expect(a.equals(b), `${t}.jsonl`).toBe(true);
    }
  }, T);
});
