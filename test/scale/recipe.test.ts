// docs/scale.md's Slurm recipe, run here as Slurm would run it: the array script once per task with
// SLURM_ARRAY_TASK_ID/COUNT set, then the merge script. Three shards of the fixtures must together be
// the single run: disjoint, covering, the same claims and mentions rows, and after the merge step the
// same tables byte for byte.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { claimtab, fixtureDocs, jsonl, read, root, sameBytes, scratch } from './helpers.js';
import { shardOf } from '../../src/pipeline/shard.js';

const T = 180_000;

function recipe(name: string): string {
  const doc = read(path.join(root, 'docs/scale.md'));
  const m = new RegExp(`<!-- recipe: ${name} -->\\s*\`\`\`bash\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!m) throw new Error(`docs/scale.md has no recipe ${name}`);
  return m[1]!;
}

/** Stable sort by (doc, start): how the README says to put shard tables together. */
const byDocStart = (rows: Record<string, any>[]) =>
  rows.map((r, i) => ({ r, i })).sort((a, b) => (a.r.doc < b.r.doc ? -1 : a.r.doc > b.r.doc ? 1 : a.r.start - b.r.start || a.i - b.i)).map((x) => x.r);

/** Entity names are the one thing a shard may not know corpus-wide (docs/scale.md explains why). */
const withoutNames = (rows: Record<string, any>[]) =>
  rows.map((r) => ({ ...r, canonical: undefined, entity_id: undefined, subject: r.subject && { ...r.subject, canonical: undefined }, attribution: r.attribution && { ...r.attribution, canonical: undefined } }));

describe('docs/scale.md: Slurm array recipe', () => {
  it('three shards cover the corpus once, and the merge step gives the single run byte for byte', () => {
    const work = scratch();
    const shim = path.join(work, 'bin');
    mkdirSync(shim);
    // `claimtab` on the PATH, as an installed package provides it
    writeFileSync(path.join(shim, 'claimtab'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(root, 'bin/claimtab.js'))} "$@"\n`);
    chmodSync(path.join(shim, 'claimtab'), 0o755);
    const shardScript = path.join(work, 'claimtab-shard.sbatch');
    const mergeScript = path.join(work, 'claimtab-merge.sbatch');
    writeFileSync(shardScript, recipe('slurm-shard'));
    writeFileSync(mergeScript, recipe('slurm-merge'));
    const out = path.join(work, 'out');
    const env = { ...process.env, PATH: `${shim}:${process.env.PATH}`, CORPUS: 'fixtures', MANIFEST: 'fixtures/manifest.csv', OUT: out, SLURM_CPUS_PER_TASK: '1' };
    for (let k = 1; k <= 3; k++) {
      const r = spawnSync('bash', [shardScript], { cwd: root, env: { ...env, SLURM_ARRAY_TASK_ID: String(k), SLURM_ARRAY_TASK_COUNT: '3' } });
      expect(r.status, r.stderr.toString()).toBe(0);
    }

    const single = path.join(work, 'single');
    expect(claimtab(['extract', 'fixtures', '--manifest', 'fixtures/manifest.csv', '--format', 'jsonl', '--out', single]).code).toBe(0);
    const docs = fixtureDocs();
    const shardDocs = [1, 2, 3].map((k) => new Set(jsonl(read(path.join(out, `shard-${k}`, 'mentions.jsonl'))).map((m) => m.doc)));
    // disjoint, and each document where its hash puts it
    for (const doc of docs) {
      const holders = shardDocs.map((s, i) => (s.has(doc) ? i + 1 : 0)).filter(Boolean);
      expect(holders.length, doc).toBeLessThanOrEqual(1);
      if (holders.length) expect(holders[0]).toBe(shardOf(doc, 3));
    }
    for (const table of ['claims', 'mentions']) {
      const whole = jsonl(read(path.join(single, `${table}.jsonl`)));
      const joined = byDocStart([1, 2, 3].flatMap((k) => jsonl(read(path.join(out, `shard-${k}`, `${table}.jsonl`)))));
      expect(byDocStart(whole)).toEqual(whole); // a single run's rows are already in (doc, start) order
      expect(withoutNames(joined), table).toEqual(withoutNames(whole));
    }

    const merged = spawnSync('bash', [mergeScript], { cwd: root, env });
    expect(merged.status, merged.stderr.toString()).toBe(0);
    const again = path.join(work, 'single-parquet');
    expect(claimtab(['extract', 'fixtures', '--manifest', 'fixtures/manifest.csv', '--format', 'parquet', '--out', again]).code).toBe(0);
    for (const table of ['claims', 'mentions', 'entities', 'errors']) {
      expect(sameBytes(path.join(out, 'all', `${table}.parquet`), path.join(again, `${table}.parquet`)), table).toBe(true);
    }
  }, T);
});
