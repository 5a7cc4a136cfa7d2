// Runs `claimtab diff` on the seed fixtures through the built code (dist/), as the CLI would.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { fixtures, root } from './seed-claims.js';

/** `claimtab diff fixtures --manifest fixtures/manifest.csv --format jsonl`, through the built code. */
export async function diffSeeds(format: 'jsonl' | 'html', out?: string): Promise<{ code: number; stdout: string; stderr: string[] }> {
  const { runDiffCommand } = (await import(pathToFileURL(path.join(root, 'dist/cli/diff-command.js')).href)) as typeof import('../../src/cli/diff-command.js');
  let stdout = '';
  const stderr: string[] = [];
  const io: Io = { stdout: async (s) => void (stdout += s), stderr: (s) => void stderr.push(s), stdoutIsTTY: false, stderrIsTTY: false };
  const code = await runDiffCommand([fixtures], { manifest: path.join(fixtures, 'manifest.csv'), format, out }, io);
  return { code, stdout, stderr };
}
