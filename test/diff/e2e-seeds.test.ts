// The acceptance test: the real pipeline (the built dist/) on the five seed articles, scored against
// the gold pairs as shared/gold/score.mjs scores them. Skipped, with a message, while dist/ is not built.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiffGroup } from '../../src/diff/types.js';
import { goldPairs, scorePairs } from './gold-pairs.js';
import { fixtures, root } from './seed-claims.js';
import { diffFixtures, diffSeeds } from './seed-run.js';

const NEEDED = ['dist/cli/diff-command.js', 'dist/pipeline/extract-corpus.js', 'dist/extract/figures/index.js', 'dist/extract/dates/index.js', 'dist/extract/entities/index.js', 'dist/extract/attribution/index.js'];
const missing = NEEDED.filter((f) => !existsSync(path.join(root, f)));
if (missing.length) {
  console.warn(`[test/diff/e2e-seeds] skipped: the pipeline is not built (missing ${missing.join(', ')}); run \`npm run build\``);
}

describe.skipIf(missing.length > 0)('claimtab diff on the seed corpus (built pipeline)', () => {
  const pairs = goldPairs(path.join(root, 'test/gold/seeds.jsonl'));
  let groups: DiffGroup[] = [];
  let code = -1;

  it('runs, and exits 1 because the seeds hold conflicts', async () => {
    const r = await diffSeeds('jsonl');
    groups = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as DiffGroup);
    code = r.code;
    expect(r.stderr.filter((l) => !/warning/.test(l))).toEqual([]);
    expect(code).toBe(1);
  }, 120_000);

  it('gets all ten gold pairs right', () => {
    const results = scorePairs(pairs, groups, fixtures);
    const failed = results.filter((r) => !r.ok).map((r) => `${r.pair.verdict}: ${r.pair.topic} (got ${r.got.join(',') || 'no shared group'})`);
    expect(failed).toEqual([]);
  });

  it('calls nothing else a conflict', () => {
    const conflicts = groups.filter((g) => g.verdict === 'conflict').map((g) => g.members.map((m) => `${path.basename(m.doc).slice(0, 3)}:${m.text}`).join(' vs '));
    expect(conflicts).toHaveLength(2);
    expect(conflicts.join(' | ')).toMatch(/2019/);
    expect(conflicts.join(' | ')).toMatch(/42 years/);
  });
});

// Five real reports of the December 2023 Jishishan earthquake over two days (fixtures/SOURCES.md):
// the toll moves between reports, so differing tolls are updates, never conflicts.
const gansu = path.join(fixtures, 'gansu-quake-2023');
describe.skipIf(missing.length > 0 || !existsSync(gansu))('claimtab diff on the Jishishan earthquake reports (built pipeline)', () => {
  let groups: DiffGroup[] = [];

  it('finds no conflict, and exits 0', async () => {
    const r = await diffFixtures([path.relative(process.cwd(), gansu)], 'jsonl');
    groups = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as DiffGroup);
    expect(groups.filter((g) => g.verdict === 'conflict').map((g) => g.reason)).toEqual([]);
    expect(r.code).toBe(0);
  }, 120_000);

  it('agrees where the outlets give the same figure', () => {
    const agreed = (text: string, docs: number) =>
      groups.some((g) => g.verdict === 'agree' && g.members.some((m) => m.text === text) && new Set(g.members.map((m) => m.doc)).size >= docs);
    expect(agreed('13 people', 2)).toBe(true); // killed in Qinghai (Xinhua, Tibetan Review)
    expect(agreed('105 lives', 2)).toBe(true); // as of 10 a.m. Tuesday in Gansu
    expect(agreed('182 people', 2)).toBe(true); // injured in Qinghai
    expect(agreed('10 km', 4)).toBe(true); // focal depth
  });

  it('does not take the 2013 Sichuan toll for this one', () => {
    const g = groups.find((x) => x.members.some((m) => m.text === '196 people'));
    expect(g?.verdict).toBe('single');
  });
});
