// The built CLI as a child process, for the robustness tests (`npm run build` runs before them).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvRecords } from '../../src/ingest/csv-parse.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(root, 'bin/claimtab.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** run as this user (needs root): the permission tests run as `nobody` */
  uid?: number;
  gid?: number;
  /** a file descriptor for standard output (e.g. /dev/full) instead of a pipe */
  stdout?: number | 'pipe';
  /** a file descriptor for standard input (e.g. /dev/zero, which never ends) instead of `input` */
  stdin?: number;
  /** kill the CLI after this many ms (a run that does not stop reading would otherwise never end) */
  timeoutMs?: number;
}

const ENV = { TZ: 'Pacific/Kiritimati', NO_COLOR: '1' };

export function runCli(args: string[], opts: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? root,
    input: opts.stdin === undefined ? (opts.input ?? '') : undefined,
    env: { ...process.env, ...ENV, ...opts.env },
    stdio: [opts.stdin ?? 'pipe', opts.stdout ?? 'pipe', 'pipe'],
    uid: opts.uid,
    gid: opts.gid,
    timeout: opts.timeoutMs,
    maxBuffer: 512 * 1024 * 1024,
  });
  // a timeout is the test's to report (as a signal), and EPIPE is the CLI ending its read of `input` early
  const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
  if (r.error && code !== 'ETIMEDOUT' && code !== 'EPIPE') throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout?.toString('utf8') ?? '', stderr: r.stderr.toString('utf8') };
}

/** The CLI running in the background, for the interruption tests. */
export function startCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, env: { ...process.env, ...ENV, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function scratch(prefix = 'claimtab-robust-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/**
 * The scratch folders of one test file, all removed after its last test: call once at the top level
 * and take `work()` (or `work(true)` for one another user can write) in each test. The clean-up gets
 * `timeoutMs` (a folder of 100,000 files takes longer to remove than vitest's 10 s hook default).
 */
export function scratchFolders(timeoutMs: number): (shared?: boolean) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  }, timeoutMs);
  return (shared = false) => {
    const dir = shared ? sharedScratch() : scratch();
    made.push(dir);
    return dir;
  };
}

/** A scratch folder another user can read and write (mkdtemp makes it 0700). */
export function sharedScratch(): string {
  const dir = scratch();
  chmodSync(dir, 0o777);
  return dir;
}

export function stderrLines(r: CliRun): string[] {
  return r.stderr.split('\n').filter((l) => l !== '');
}

export function readCsv(file: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(file, 'utf8')).records.map((r) => r.values);
}

export function readJsonl(file: string): Record<string, any>[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
}

/** Every file under a folder, relative, with `/`; hidden ones included. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

/**
 * The line a diagnostic row prints on stderr, written out independently of src/cli/diagnostics.ts so
 * that a change there shows: control characters (C0, DEL, C1, U+2028/2029) escaped, the row raw.
 */
export function diagnosticLine(row: { path: string; line: number | string | null; severity: string; reason: string }): string {
  const where = row.line ? `${row.path}:${row.line}` : row.path;
  const text = `${where}: ${row.severity === 'error' ? '' : `${row.severity}: `}${row.reason}`;
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return text.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return named[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
  });
}

/** Running as root, which reads unreadable files: such tests run the CLI as `nobody` instead. */
export function unprivilegedUser(): { uid: number; gid: number } | null | 'self' {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'self';
  try {
    const r = spawnSync(process.execPath, [bin, '--version'], { uid: 65534, gid: 65534, cwd: tmpdir() });
    return r.status === 0 ? { uid: 65534, gid: 65534 } : null;
  } catch {
    return null;
  }
}
