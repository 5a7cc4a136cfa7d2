// `node bench/ceiling.js [ROUNDS]` (after `npm run build`): what running twice as many copies at once
// buys on this machine, without claimtab's pool. One, then two independent node processes each run
// processDocument over the bench articles ROUNDS times (no threads, no files, no messages between
// them); the speed-up is 2 x (time of one) / (time of two). On a machine whose cores share caches or
// memory bandwidth with each other (or with other tenants), this is below 2 for allocation-heavy
// JavaScript, and it is the ceiling for `--workers 2` against `--workers 1`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const rounds = Number(process.argv[2] ?? 15);

if (process.argv[3] === '--child') {
  const { baseArticles } = await import('./corpus.js');
  const { processDocument } = await import(path.join(root, 'dist/pipeline/process-document.js'));
  const { toArticle } = await import(path.join(root, 'dist/pipeline/read-article.js'));
  const articles = baseArticles(root).map((a) => toArticle(a.name, a.text, { published: a.published ?? null, outlet: a.outlet ?? null, title: a.title ?? null, url: null }));
  for (const a of articles) processDocument(a); // warm-up, as a worker that has done a few documents
  const t = performance.now();
  for (let r = 0; r < rounds; r++) for (const a of articles) processDocument(a);
  process.stdout.write(String(performance.now() - t));
} else {
  const runOne = () =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), String(rounds), '--child'], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`child exited with ${code}`))));
    });
  const best = { 1: Infinity, 2: Infinity };
  for (let rep = 0; rep < 3; rep++) {
    best[1] = Math.min(best[1], await runOne());
    best[2] = Math.min(best[2], Math.max(...(await Promise.all([runOne(), runOne()]))));
  }
  const speedup = (2 * best[1]) / best[2];
  console.log(`Two independent processes did twice the work of one in ${(best[2] / 1000).toFixed(2)} s against ${(best[1] / 1000).toFixed(2)} s: ${speedup.toFixed(2)}× (the machine's ceiling for two workers; best of 3).`);
}
