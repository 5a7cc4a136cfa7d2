// --max-bytes bounds every read, not only files whose size is known: standard input, a FIFO given as
// a path and one JSONL line stop being read (or buffered) once they pass it, with one diagnostic
// line and one errors row each, and the run goes on. Endless inputs (/dev/zero, `cat /dev/zero`
// into a FIFO) prove that the read stops: a CLI that read on would run into the timeout.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bin, readCsv, readJsonl, runCli, scratchFolders, stderrLines } from './cli.js';

const T = 300_000;
/** long enough for a loaded machine; a CLI that reads an endless input to its end never gets there */
const ENDLESS_TIMEOUT = 120_000;
const ARTICLE = 'Bounded input\nPolice have received 118 reports of such videos in the past five days.\n';
const work = scratchFolders(T);

const overLimit = (where: string, max: number) => `${where}: input is over --max-bytes ${max}; skipped, the rest left unread`;
/** Peak RSS in MiB, from the line CLAIMTAB_REPORT_RSS=1 adds to stderr. */
function peakRssMiB(stderr: string): number {
  const m = /claimtab: peak RSS (\d+) KiB/.exec(stderr);
  expect(m, 'the peak RSS line').not.toBeNull();
  return Number(m![1]) / 1024;
}

describe('standard input', () => {
  it('is read up to --max-bytes: an article of exactly the limit is done, one byte over is refused', () => {
    const size = Buffer.byteLength(ARTICLE);
    const at = runCli(['extract', '-', '--max-bytes', String(size), '--format', 'jsonl', '--quiet'], { input: ARTICLE });
    expect([at.code, at.stderr]).toEqual([0, '']);
    expect(new Set(readJsonlText(at.stdout).map((c) => c.doc))).toEqual(new Set(['-']));

    const dir = work();
    const out = path.join(dir, 'out');
    // JSON Lines: in CSV the path "-" would read "'-" (formula escaping)
    const over = runCli(['extract', '-', '--max-bytes', String(size - 1), '--out', out, '--format', 'jsonl', '--quiet'], { input: ARTICLE });
    expect(over.code).toBe(2);
    expect(stderrLines(over)).toEqual([overLimit('-', size - 1)]);
    expect(readJsonl(path.join(out, 'errors.jsonl'))).toEqual([expect.objectContaining({ path: '-', rule: 'ingest/too-large', reason: `input is over --max-bytes ${size - 1}; skipped, the rest left unread` })]);
    expect(readJsonl(path.join(out, 'claims.jsonl'))).toEqual([]);
  }, T);

  it.skipIf(!existsSync('/dev/zero'))('an endless standard input (/dev/zero) stops being read at the limit', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = runCli(['extract', '-', '--max-bytes', '1000000', '--quiet'], { stdin: zero, timeoutMs: ENDLESS_TIMEOUT, env: { CLAIMTAB_REPORT_RSS: '1' } });
      expect([r.signal, r.code]).toEqual([null, 2]);
      expect(stderrLines(r)[0]).toBe(overLimit('-', 1_000_000));
      // what the process holds: its own start-up (about 60-110 MiB), not what it was offered
      expect(peakRssMiB(r.stderr)).toBeLessThan(250);
    } finally {
      closeSync(zero);
    }
  }, T);

  it.skipIf(!existsSync('/dev/zero'))('check: an endless standard input stops being read at the limit too', () => {
    const dir = work();
    const expect_ = path.join(dir, 'expected.jsonl');
    writeFileSync(expect_, '');
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = runCli(['check', '-', '--expect', expect_, '--max-bytes', '1000000'], { stdin: zero, timeoutMs: ENDLESS_TIMEOUT });
      expect([r.signal, r.code]).toEqual([null, 2]);
      expect(stderrLines(r)).toEqual([overLimit('-', 1_000_000)]);
    } finally {
      closeSync(zero);
    }
  }, T);

  it('named twice is read once (the second read would find it closed)', () => {
    const r = runCli(['extract', '-', '-', '--format', 'jsonl', '--quiet'], { input: ARTICLE });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(new Set(readJsonlText(r.stdout).map((c) => c.doc))).toEqual(new Set(['-']));
  }, T);
});

describe.skipIf(process.platform === 'win32')('a FIFO given as a path', () => {
  /** A FIFO fed by `sh -c COMMAND > fifo` in the background; the writer is killed at the end. */
  function fifo(dir: string, name: string, command: string): { file: string; stop: () => void } {
    const file = path.join(dir, name);
    const mk = spawnSync('mkfifo', [file]);
    if (mk.status !== 0) throw new Error(`mkfifo: ${mk.stderr}`);
    const writer = spawn('sh', ['-c', `${command} > "${file}"`], { stdio: 'ignore' });
    writer.on('error', () => {});
    return { file, stop: () => writer.kill('SIGKILL') };
  }

  it('is read like a file when it holds an article under the limit', () => {
    const dir = work();
    writeFileSync(path.join(dir, 'article.txt'), ARTICLE);
    const { file, stop } = fifo(dir, 'article.fifo', `cat "${path.join(dir, 'article.txt')}"`);
    try {
      const r = runCli(['extract', file, '--format', 'jsonl', '--quiet'], { timeoutMs: ENDLESS_TIMEOUT });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(new Set(readJsonlText(r.stdout).map((c) => c.doc))).toEqual(new Set([file]));
    } finally {
      stop();
    }
  }, T);

  it('an endless one (cat /dev/zero) stops being read at the limit; the files beside it are done', () => {
    const dir = work();
    const good = path.join(dir, 'good.txt');
    writeFileSync(good, ARTICLE);
    const { file, stop } = fifo(dir, 'endless.fifo', 'cat /dev/zero');
    try {
      const out = path.join(dir, 'out');
      const r = runCli(['extract', file, good, '--max-bytes', '1000000', '--out', out, '--quiet'], { timeoutMs: ENDLESS_TIMEOUT });
      expect([r.signal, r.code]).toEqual([null, 2]);
      expect(stderrLines(r)).toEqual([overLimit(file, 1_000_000)]);
      expect(readCsv(path.join(out, 'errors.csv'))).toEqual([expect.objectContaining({ path: file, rule: 'ingest/too-large' })]);
      expect(readCsv(path.join(out, 'claims.csv')).map((c) => c.doc)).toContain(good);
    } finally {
      stop();
    }
  }, T);
});

describe('a JSONL line over --max-bytes', () => {
  const record = (id: string, text = ARTICLE) => JSON.stringify({ id, text });

  it('is refused by its line number, and the records after it are still done', () => {
    const dir = work();
    const out = path.join(dir, 'out');
    const input = [record('first'), record('huge', 'x'.repeat(300_000)), record('after')].join('\n') + '\n';
    const r = runCli(['extract', '--input-format', 'jsonl', '--max-bytes', '100000', '--out', out, '--quiet'], { input });
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toEqual(['stdin:2: line is over --max-bytes 100000, record skipped']);
    expect(readJsonl(path.join(out, 'errors.jsonl'))).toEqual([{ path: 'stdin', line: 2, severity: 'error', rule: 'ingest/too-large', reason: 'line is over --max-bytes 100000, record skipped' }]);
    expect(new Set(readJsonl(path.join(out, 'claims.jsonl')).map((c) => c.doc))).toEqual(new Set(['first', 'after']));
  }, T);

  it('a last line without its line end counts too', () => {
    const input = record('first') + '\n' + record('huge', 'x'.repeat(300_000));
    const r = runCli(['extract', '--input-format', 'jsonl', '--max-bytes', '100000', '--quiet'], { input });
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toEqual(['stdin:2: line is over --max-bytes 100000, record skipped']);
    expect(new Set(readJsonlText(r.stdout).map((c) => c.doc))).toEqual(new Set(['first']));
  }, T);

  it('is dropped as it arrives, never held: 300 MB on one line, then a record', () => {
    // 300 MB of NUL bytes without a line end, then a good record: the shell makes it, so that this
    // process does not hold it either
    const script = `{ head -c 300000000 /dev/zero; printf '\\n%s\\n' '${record('after').replace(/'/g, "'\\''")}'; } | "${process.execPath}" "${bin}" extract --input-format jsonl --max-bytes 1000000 --workers 0 --quiet`;
    const r = spawnSync('bash', ['-c', script], { env: { ...process.env, CLAIMTAB_REPORT_RSS: '1' }, timeout: ENDLESS_TIMEOUT, maxBuffer: 64 << 20 });
    const stderr = r.stderr.toString('utf8');
    expect(r.status, stderr).toBe(2);
    expect(stderr.split('\n')[0]).toBe('stdin:1: line is over --max-bytes 1000000, record skipped');
    expect(new Set(readJsonlText(r.stdout.toString('utf8')).map((c) => c.doc))).toEqual(new Set(['after']));
    // the extractors on the main thread (--workers 0) and start-up: about 150-200 MiB; the line
    // itself, held, would add 300 MB (600 with the copy that joins its pieces)
    expect(peakRssMiB(stderr)).toBeLessThan(400);
  }, T);

  it.skipIf(!existsSync('/dev/zero'))('a device given as a JSONL file is refused, not read for ever', () => {
    const r = runCli(['extract', '--input-format', 'jsonl', '/dev/zero', '--quiet'], { timeoutMs: ENDLESS_TIMEOUT });
    expect([r.signal, r.code]).toEqual([null, 2]);
    expect(stderrLines(r)).toEqual(['/dev/zero: not a regular file (a device or socket), skipped']);
  }, T);
});

function readJsonlText(text: string): Record<string, any>[] {
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
}
