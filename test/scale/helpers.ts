// Shared by the scale tests: the built CLI as a child process, and a scratch copy of the fixtures.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(root, 'bin/claimtab.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI (`npm run build` runs before the tests), as a user runs it. */
export function claimtab(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? root,
    input: opts.input ?? '',
    env: { ...process.env, TZ: 'Pacific/Kiritimati', NO_COLOR: '1', ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

export function scratch(prefix = 'claimtab-scale-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** fixtures/ (articles and manifest) copied into a scratch folder, so a test may change files. */
export function fixtureCopy(): { dir: string; manifest: string } {
  const dir = path.join(scratch(), 'corpus');
  cpSync(path.join(root, 'fixtures'), dir, { recursive: true });
  return { dir, manifest: path.join(dir, 'manifest.csv') };
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Two files hold the same bytes. */
export function sameBytes(a: string, b: string): boolean {
  return readFileSync(a).equals(readFileSync(b));
}

export function jsonl(text: string): Record<string, any>[] {
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
}

export const TABLES = ['claims', 'mentions', 'entities', 'errors'] as const;

/** The documents claimtab finds under fixtures/ (*.txt, *.md), named and sorted as it does. */
export function fixtureDocs(): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (/\.(txt|md)$/.test(e.name)) out.push(r);
    }
  };
  walk(path.join(root, 'fixtures'), '');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
