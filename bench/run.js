// `npm run bench`: claimtab end to end (the CLI as a child process, with --out) on the repository's
// real articles at 1x, 10x and 100x, with 1 and 2 workers, against a bare compromise parse
// (`nlp(text).json()`) of the same text measured in the same run. Prints a markdown table.
//
//   BENCH_SCALES=1,10,100,1000  BENCH_WORKERS=1,2  BENCH_REPEAT=3  BENCH_CEILING=0  npm run bench
// (BENCH_CEILING=0 skips bench/ceiling.js, the two-process reference for the two-worker speed-up)
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseArticles, buildCorpus } from './corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scales = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);
const workerCounts = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
const repeat = Number(process.env.BENCH_REPEAT ?? 3);
const work = path.join(os.tmpdir(), 'claimtab-bench');

const loadAtStart = os.loadavg()[0];
const base = baseArticles(root);
const baseBytes = base.reduce((n, a) => n + a.bytes, 0);
console.error(`bench: ${base.length} distinct articles, ${(baseBytes / 1024).toFixed(1)} KiB per copy; ${os.cpus().length} cores, node ${process.version}`);

// --- the baseline: a bare compromise parse, one core, after a warm-up pass --------------------------
const { parse } = await import(path.join(root, 'dist/nlp/nlp.js'));
for (const a of base) parse(a.text).json();
let nlpBytes = 0;
const t0 = performance.now();
while (performance.now() - t0 < 3000) for (const a of base) {
  parse(a.text).json();
  nlpBytes += a.bytes;
}
const nlpMBps = nlpBytes / 1e6 / ((performance.now() - t0) / 1000);
console.error(`bench: compromise nlp(text).json(): ${nlpMBps.toFixed(3)} MB/s (one core)`);

// --- claimtab ----------------------------------------------------------------------------------------
const rows = [];
for (const scale of scales) {
  const corpus = buildCorpus(path.join(work, `corpus-${scale}x`), base, scale);
  for (const workers of workerCounts) {
    let best = null;
    for (let r = 0; r < (scale >= 100 ? Math.min(repeat, 2) : repeat); r++) {
      const run = await runClaimtab(corpus, workers, path.join(work, `out-${scale}x-w${workers}`));
      if (!best || run.seconds < best.seconds) best = { ...run, rssKiB: Math.max(run.rssKiB, best?.rssKiB ?? 0) };
      else best.rssKiB = Math.max(best.rssKiB, run.rssKiB);
    }
    const mbps = corpus.bytes / 1e6 / best.seconds;
    rows.push({ scale, workers, docs: corpus.docs, mb: corpus.bytes / 1e6, seconds: best.seconds, cpu: best.cpuSeconds, mbps, aps: corpus.docs / best.seconds, rssMB: best.rssKiB / 1024, ratio: mbps / nlpMBps });
    console.error(`bench: ${scale}x workers=${workers}: ${best.seconds.toFixed(2)} s, ${mbps.toFixed(2)} MB/s, peak RSS ${(best.rssKiB / 1024).toFixed(0)} MB`);
  }
}
rmSync(work, { recursive: true, force: true });

const fmt = (n, d = 2) => n.toFixed(d);
console.log(`compromise \`nlp(text).json()\` on the same articles, same run: **${fmt(nlpMBps, 3)} MB/s** (one core). ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the end, node ${process.version}.\n`);
console.log('| corpus | docs | MB | workers | wall s | CPU s | MB/s | articles/s | peak RSS MB | × compromise |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.scale}x | ${r.docs} | ${fmt(r.mb)} | ${r.workers} | ${fmt(r.seconds)} | ${fmt(r.cpu, 1)} | ${fmt(r.mbps)} | ${fmt(r.aps, 0)} | ${fmt(r.rssMB, 0)} | ${fmt(r.ratio, 1)}× |`);
// start-up (loading compromise's lexicon in each worker) weighs on the small corpora; the marginal
// rate between the two largest corpora is the steady-state speed. CPU seconds (all threads) are the
// figure to trust on a shared machine, where wall time depends on what else runs.
const big = [...new Set(scales)].sort((a, b) => a - b).slice(-2);
if (big.length === 2) {
  console.log('');
  for (const workers of workerCounts) {
    const [a, b] = big.map((s) => rows.find((r) => r.scale === s && r.workers === workers));
    const wall = b.seconds - a.seconds;
    const cpu = b.cpu - a.cpu;
    const mb = b.mb - a.mb;
    const wallPart = wall > 0 ? `${fmt(mb / wall)} MB/s, ${fmt((b.docs - a.docs) / wall, 0)} articles/s (${fmt(mb / wall / nlpMBps, 1)}× compromise)` : 'wall time too noisy to tell';
    console.log(`Steady state (${big[0]}x → ${big[1]}x), ${workers} worker${workers > 1 ? 's' : ''}: ${wallPart}; ${fmt(mb / cpu, 3)} MB per CPU second.`);
  }
}
// what a second worker buys, per corpus: wall time with one worker over wall time with the most
const most = Math.max(...workerCounts);
if (most > 1 && workerCounts.includes(1)) {
  console.log('');
  for (const scale of scales) {
    const one = rows.find((r) => r.scale === scale && r.workers === 1);
    const many = rows.find((r) => r.scale === scale && r.workers === most);
    console.log(`${scale}x: ${most} workers ${fmt(one.seconds / many.seconds)}× as fast as 1 (wall).`);
  }
}
// the same work in two independent processes: how far any second worker can go on this machine
if (most > 1 && process.env.BENCH_CEILING !== '0') {
  const r = spawnSync(process.execPath, [path.join(root, 'bench/ceiling.js')], { encoding: 'utf8' });
  console.log(`\n${r.stdout.trim() || `bench/ceiling.js failed: ${r.stderr}`}`);
}
console.log(`\nLoad average at the start ${loadAtStart.toFixed(1)}, at the end ${os.loadavg()[0].toFixed(1)} (other work on the machine slows every figure above).`);

/** One CLI run; peak RSS from the child's own report (worker threads included), /proc as a fallback. */
function runClaimtab(corpus, workers, out) {
  rmSync(out, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'bin/claimtab.js'), 'extract', corpus.dir, '--manifest', corpus.manifest, '--out', out, '--workers', String(workers), '--quiet'], {
      env: { ...process.env, CLAIMTAB_REPORT_RSS: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let polledKiB = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) polledKiB = Math.max(polledKiB, Number(m[1]));
      } catch {
        // gone, or no /proc here
      }
    }, 50);
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`claimtab exited with ${code}:\n${stderr}`));
      const m = /peak RSS (\d+) KiB, CPU (\d+) ms/.exec(stderr);
      resolve({ seconds, rssKiB: m ? Number(m[1]) : polledKiB, cpuSeconds: m ? Number(m[2]) / 1000 : NaN });
    });
  });
}
