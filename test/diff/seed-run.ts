// Runs `claimtab diff` on fixtures through the built code (dist/), as the CLI would.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { fixtures, root } from './seed-claims.js';

export interface DiffRun {
  code: number;
  stdout: string;
  stderr: string[];
}

/** `claimtab diff PATHS --manifest fixtures/manifest.csv --format FORMAT [--out OUT]`, through dist/. */
export async function diffFixtures(paths: string[], format: 'jsonl' | 'html', out?: string): Promise<DiffRun> {
  const { runDiffCommand } = (await import(pathToFileURL(path.join(root, 'dist/cli/diff-command.js')).href)) as typeof import('../../src/cli/diff-command.js');
  let stdout = '';
  const stderr: string[] = [];
  const io: Io = { stdout: async (s) => void (stdout += s), stderr: (s) => void stderr.push(s), stdoutIsTTY: false, stderrIsTTY: false };
  const code = await runDiffCommand(paths, { manifest: path.join(fixtures, 'manifest.csv'), format, out }, io);
  return { code, stdout, stderr };
}

/** The five seed articles by name: fixtures/ also holds other corpora in folders of their own. */
export function seedPaths(): string[] {
  return readdirSync(fixtures).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f)).sort().map((f) => path.relative(process.cwd(), path.join(fixtures, f)));
}

export function diffSeeds(format: 'jsonl' | 'html', out?: string): Promise<DiffRun> {
  return diffFixtures(seedPaths(), format, out);
}
