// runBatch called from the TypeScript sources, as vitest runs them: the worker threads start from
// worker.ts (through tsx) and give the bytes the main thread gives alone.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runBatch, type BatchOptions } from '../../src/pipeline/batch.js';
import type { Diagnostic } from '../../src/types.js';
import { TABLES, read, root, scratch } from './helpers.js';

const T = 120_000;

async function run(workers: number): Promise<{ out: string; diagnostics: Diagnostic[]; printed: Diagnostic[] }> {
  const out = path.join(scratch(), 'out');
  const printed: Diagnostic[] = [];
  const opts: BatchOptions = {
    paths: [path.join(root, 'fixtures'), path.join(root, 'test/cli/cases/bad-inputs/input')],
    manifest: path.join(root, 'fixtures/manifest.csv'),
    inputFormat: 'text',
    format: 'jsonl',
    out,
    escapeFormulas: true,
    maxBytes: 50 * 1024 * 1024,
    workers,
    resume: false,
  };
  const result = await runBatch(opts, {
    stdout: async () => {},
    stdin: () => process.stdin,
    diagnostic: (d) => printed.push(d),
  });
  return { out, diagnostics: result.diagnostics, printed };
}

describe('runBatch from the sources', () => {
  it('runs worker threads from worker.ts and matches the main thread alone', async () => {
    const [alone, pooled] = [await run(0), await run(2)];
    for (const t of TABLES) expect(read(path.join(pooled.out, `${t}.jsonl`)), t).toBe(read(path.join(alone.out, `${t}.jsonl`)));
    // diagnostics are reported as they happen, in input order, and all of them reach the errors table
    expect(pooled.printed).toEqual(pooled.diagnostics);
    expect(pooled.diagnostics.map((d) => d.rule)).toEqual(['ingest/empty', 'ingest/binary', 'ingest/encoding']);
  }, T);
});
