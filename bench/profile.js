// `node bench/profile.js [SCALE]` (after `npm run build`): a CPU profile of claimtab on the SCALEx
// corpus (default 10x), run on the main thread (--workers 0) so that one profile holds all the
// work, then the hot spots: self time by function and by file. The .cpuprofile is kept for Chrome
// DevTools or speedscope.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseArticles, buildCorpus } from './corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scale = Number(process.argv[2] ?? 10);
const work = path.join(os.tmpdir(), 'claimtab-profile');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const corpus = buildCorpus(path.join(work, 'corpus'), baseArticles(root), scale);
const profDir = path.join(work, 'prof');
const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, path.join(root, 'bin/claimtab.js'), 'extract', corpus.dir, '--manifest', corpus.manifest, '--out', path.join(work, 'out'), '--workers', '0', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (r.status !== 0) process.exit(r.status ?? 1);
const file = path.join(profDir, readdirSync(profDir).find((f) => f.endsWith('.cpuprofile')));
const profile = JSON.parse(readFileSync(file, 'utf8'));

// self time per node: the samples that landed in it, weighted by the time between samples
const selfUs = new Map();
const { samples, timeDeltas } = profile;
for (let i = 0; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const byFn = new Map();
const byFile = new Map();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? url.replace(/^file:\/\//, '').replace(root + '/', '') : '(native)';
  const fnKey = `${functionName || '(anonymous)'}  ${where}:${lineNumber + 1}`;
  byFn.set(fnKey, (byFn.get(fnKey) ?? 0) + us);
  const fileKey = where.replace(/^node_modules\/([^/]+)\/.*/, 'node_modules/$1');
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
}
// inclusive time of claimtab's own functions (the stages: cleaning, each extractor, claims, rows)
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
const inclusive = new Map();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us) continue;
  const counted = new Set();
  for (let id = node.id; id !== undefined; id = parentOf.get(id)) {
    const { functionName, url, lineNumber } = nodeById.get(id).callFrame;
    if (!url.includes('/dist/')) continue;
    const key = `${functionName || '(anonymous)'}  ${url.replace(/^file:\/\//, '').replace(root + '/', '')}:${lineNumber + 1}`;
    if (counted.has(key)) continue;
    counted.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
}
const top = (m, n) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms`;
console.log(`profile of ${corpus.docs} documents (${(corpus.bytes / 1e6).toFixed(2)} MB), ${(total / 1e6).toFixed(2)} s sampled: ${file}\n`);
console.log('self time by file:');
for (const [k, us] of top(byFile, 20)) console.log(`  ${pct(us)}  ${k}`);
console.log('\nself time by function:');
for (const [k, us] of top(byFn, 30)) console.log(`  ${pct(us)}  ${k}`);
console.log("\ninclusive time of claimtab's functions:");
for (const [k, us] of top(inclusive, 30)) console.log(`  ${pct(us)}  ${k}`);
