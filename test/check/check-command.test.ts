// `claimtab check` in process, on temporary copies of the fixture corpus: exit codes, --update,
// --ignore, --junit, --github and the one-line diagnostics for a bad expected table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCheckCommand, type CheckCommandOptions } from '../../src/cli/check-command.js';
import type { Io } from '../../src/cli/io.js';
import { checkWellFormed } from './xml.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXPECTED = path.join(root, 'test/expected/fixtures.claims.jsonl');
const AGE_FILE = '000_2314629feeea04ab.txt';

function memoryIo(): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: async (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s.endsWith('\n') ? s : s + '\n'),
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  return io;
}

let tmp: string;
let corpus: string;

/** A fresh copy of the fixtures, optionally with one edit in one article. */
function copyFixtures(name: string, edit?: { file: string; from: string; to: string }): string {
  const dir = path.join(tmp, name);
  cpSync(path.join(root, 'fixtures'), dir, { recursive: true });
  if (edit) {
    const file = path.join(dir, edit.file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(edit.from);
    writeFileSync(file, text.replace(edit.from, edit.to));
  }
  return dir;
}

async function check(dir: string, opts: Partial<CheckCommandOptions> = {}) {
  const io = memoryIo();
  const code = await runCheckCommand([dir], { expect: EXPECTED, manifest: path.join(dir, 'manifest.csv'), github: false, ...opts }, io);
  return { code, out: io.out, err: io.err };
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'claimtab-check-'));
  corpus = copyFixtures('fixtures');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// each case extracts the whole corpus (the --update case four times)
describe('claimtab check (in process)', { timeout: 60_000 }, () => {
  it('exits 0 on the untouched fixtures, with only the summary', async () => {
    const r = await check(corpus);
    // the report first: when this fails, it shows which claims moved (regenerate: see dogfood.test.ts)
    expect(r.out).toMatch(/^check: 0 changed, 0 added, 0 removed \(\d+ unchanged\)\n$/);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('exits 1 when one figure is edited ("42 years" -> "41 years") and names the claim and its fields', async () => {
    const pinned = readFileSync(EXPECTED, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const age = pinned.find((c) => c.doc === AGE_FILE && c.figure?.text === '42 years');
    expect(age, 'the expected table pins the "42 years" claim').toBeDefined();
    const dir = copyFixtures('edited', { file: AGE_FILE, from: '42 years', to: '41 years' });
    const junit = path.join(tmp, 'edited.junit.xml');
    const r = await check(dir, { junit });
    expect(r.code).toBe(1);
    const where = `${path.join(dir, AGE_FILE)}:26:`;
    expect(r.out).toContain(`${age.claim_id} figure_value: 42 -> 41\n`);
    expect(r.out).toContain(`${age.claim_id} figure_text: "42 years" -> "41 years"\n`);
    expect(r.out.split('\n').filter((l) => l.includes(`${age.claim_id} figure_value`))[0]!.startsWith(where)).toBe(true);
    expect(r.out).toMatch(/\ncheck: [1-9]\d* changed, 0 added, 0 removed \(\d+ unchanged\)\n$/);

    const xml = readFileSync(junit, 'utf8');
    expect(checkWellFormed(xml)).toEqual([]);
    expect(xml).toContain(`name="${age.claim_id} &quot;42 years&quot;"`);
    expect(xml).toMatch(/<failure message="changed: [^"]*figure_value[^"]*" type="changed">/);
  });

  it('prints GitHub annotations on the article line with --github (or GITHUB_ACTIONS=true)', async () => {
    const dir = copyFixtures('github', { file: AGE_FILE, from: '42 years', to: '41 years' });
    const r = await check(dir, { github: true });
    expect(r.code).toBe(1);
    const annotation = r.out.split('\n').find((l) => l.startsWith('::error ') && l.includes('figure_value: 42 -> 41'));
    expect(annotation).toMatch(new RegExp(`^::error file=${path.join(dir, AGE_FILE).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=26,col=\\d+::claim c[0-9a-f]+ changed%0A`));
    const before = process.env.GITHUB_ACTIONS;
    process.env.GITHUB_ACTIONS = 'true';
    try {
      const viaEnv = await check(dir, { github: undefined });
      expect(viaEnv.out).toBe(r.out);
      expect((await check(dir, { github: false })).out).not.toContain('::error');
    } finally {
      if (before === undefined) delete process.env.GITHUB_ACTIONS;
      else process.env.GITHUB_ACTIONS = before;
    }
  });

  it('--ignore leaves a field out of the comparison', async () => {
    const dir = copyFixtures('ignored', { file: AGE_FILE, from: '42 years', to: '41 years' });
    const r = await check(dir, { ignore: ['claim_id', 'text', 'figure.text', 'figure_value'] });
    expect(r.code).toBe(0);
    const typo = await check(dir, { ignore: ['figure_valeu'] });
    expect(typo.code).toBe(2);
    expect(typo.out).toBe('');
    expect(typo.err).toMatch(/^claimtab check: unknown field for --ignore: figure_valeu \(fields: claim_id, doc, /);
  });

  it('--update reports the change, rewrites the table atomically in its own format, and exits 0', async () => {
    const dir = copyFixtures('update', { file: AGE_FILE, from: '42 years', to: '41 years' });
    for (const ext of ['jsonl', 'csv']) {
      const table = path.join(tmp, `update.claims.${ext}`);
      // a missing table is created: that is how a corpus gets its first expected table
      const created = await check(dir, { expect: table, update: true });
      expect(created.code).toBe(0);
      expect(created.err).toMatch(new RegExp(`^claimtab check: updated .*update\\.claims\\.${ext} \\(\\d+ claims\\)\\n$`));
      expect(readFileSync(table, 'utf8').startsWith(ext === 'csv' ? 'claim_id,doc,' : '{"claim_id":')).toBe(true);
      expect((await check(dir, { expect: table })).code).toBe(0);

      const r = await check(corpus, { expect: table, update: true });
      expect(r.code).toBe(0);
      expect(r.out).toContain('figure_value: 41 -> 42');
      expect((await check(corpus, { expect: table })).code).toBe(0);
      // nothing moved: the file is left as it is
      const again = await check(corpus, { expect: table, update: true });
      expect([again.code, again.err]).toEqual([0, '']);
    }
    const jsonl = readFileSync(path.join(tmp, 'update.claims.jsonl'), 'utf8');
    expect(jsonl).toBe(readFileSync(EXPECTED, 'utf8'));
  });

  it('exits 2 with a one-line diagnostic when the expected table is missing or malformed', async () => {
    const missing = await check(corpus, { expect: path.join(tmp, 'nope.jsonl') });
    expect(missing.code).toBe(2);
    expect(missing.out).toBe('');
    expect(missing.err).toBe(`${path.join(tmp, 'nope.jsonl')}: cannot read expected table: no such file or directory\n`);

    const broken = path.join(tmp, 'broken.jsonl');
    writeFileSync(broken, readFileSync(EXPECTED, 'utf8').split('\n').slice(0, 2).join('\n') + '\n{"claim_id": \n');
    const r = await check(corpus, { expect: broken });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: malformed expected table: invalid JSON \\([^\\n]*\\)\\n$`));

    const notClaims = path.join(tmp, 'manifest-by-mistake.csv');
    cpSync(path.join(root, 'fixtures/manifest.csv'), notClaims);
    const m = await check(corpus, { expect: notClaims });
    expect(m.code).toBe(2);
    expect(m.err).toMatch(/:1: malformed expected table: not a claims table: no column "claim_id"/);

    const dirAsTable = await check(corpus, { expect: tmp });
    expect(dirAsTable.code).toBe(2);
    expect(dirAsTable.err.split('\n')).toHaveLength(2);
  });

  it('exits 2, after reporting, when an input cannot be read; --update then leaves the table alone', async () => {
    const table = path.join(tmp, 'inputs-error.jsonl');
    cpSync(EXPECTED, table);
    const io = memoryIo();
    const code = await runCheckCommand([corpus, path.join(tmp, 'missing.txt')], { expect: table, manifest: path.join(corpus, 'manifest.csv'), github: false, update: true }, io);
    expect(code).toBe(2);
    expect(io.err).toContain('missing.txt');
    expect(io.err).toContain('not updated: the inputs had errors');
    expect(io.out).toMatch(/check: 0 changed, 0 added, 0 removed/);
    expect(readFileSync(table, 'utf8')).toBe(readFileSync(EXPECTED, 'utf8'));
  });
});
