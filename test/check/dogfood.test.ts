// claimtab checks its own fixture corpus against the committed expected table, through the built
// CLI, as a team's CI would. When an extraction rule changes on purpose, regenerate the table with
//
//   npm run build && node bin/claimtab.js check fixtures --manifest fixtures/manifest.csv \
//     --expect test/expected/fixtures.claims.jsonl --update
//
// and review the printed change (and the git diff of the table) before committing it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkWellFormed } from './xml.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXPECTED = 'test/expected/fixtures.claims.jsonl';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** `vitest run test/check` does not run `pretest`: build when dist/ is missing or older than src/. */
function ensureBuilt(): void {
  const built = path.join(root, 'dist/cli/run.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(path.join(root, 'src'))) return;
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
}

function claimtab(args: string[], env: Record<string, string> = {}) {
  const cleanEnv = { ...process.env, ...env };
  // CI sets GITHUB_ACTIONS=true, which turns the annotations on; these tests choose explicitly
  if (!('GITHUB_ACTIONS' in env)) delete cleanEnv.GITHUB_ACTIONS;
  const r = spawnSync(process.execPath, [path.join(root, 'bin/claimtab.js'), ...args], { cwd: root, encoding: 'utf8', env: cleanEnv });
  if (/unknown command 'check'/.test(r.stderr)) throw new Error('`check` is not registered in src/cli/run.ts');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'claimtab-dogfood-'));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// each run extracts the whole corpus in a new process: seconds on a busy CI machine
describe('claimtab check on its own fixtures (built CLI)', { timeout: 60_000 }, () => {
  it('finds no drift between the fixtures and the committed expected table', () => {
    const r = claimtab(['check', 'fixtures', '--manifest', 'fixtures/manifest.csv', '--expect', EXPECTED]);
    // the report first: when this fails, it shows which claims moved
    expect(r.stdout).toMatch(/^check: 0 changed, 0 added, 0 removed \(\d+ unchanged\)\n$/);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('exits 1 for one edited figure and names the claim and the field, in text, JUnit and GitHub form', () => {
    const dir = path.join(tmp, 'fixtures');
    cpSync(path.join(root, 'fixtures'), dir, { recursive: true });
    const article = path.join(dir, '000_2314629feeea04ab.txt');
    writeFileSync(article, readFileSync(article, 'utf8').replace('sentenced to 42 years', 'sentenced to 41 years'));
    const pinned = readFileSync(path.join(root, EXPECTED), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const id = pinned.find((c) => c.figure?.text === '42 years').claim_id as string;
    const junit = path.join(tmp, 'junit.xml');

    const r = claimtab(['check', dir, '--manifest', path.join(dir, 'manifest.csv'), '--expect', EXPECTED, '--junit', junit, '--github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${article}:26:`);
    expect(r.stdout).toContain(`${id} figure_value: 42 -> 41\n`);
    expect(r.stdout).toContain(`${id} figure_text: "42 years" -> "41 years"\n`);
    expect(r.stdout).toMatch(new RegExp(`::error file=[^,]*000_2314629feeea04ab\\.txt,line=26,col=\\d+::claim ${id} changed%0A`));
    expect(r.stdout).toMatch(/\ncheck: [1-9]\d* changed, 0 added, 0 removed \(\d+ unchanged\)\n$/);
    const xml = readFileSync(junit, 'utf8');
    expect(checkWellFormed(xml)).toEqual([]);
    expect(xml).toContain(`name="${id} &quot;42 years&quot;"`);
  });

  it('exits 2 with one line on stderr when the expected table is missing', () => {
    const r = claimtab(['check', 'fixtures', '--expect', path.join(tmp, 'missing.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
