// The batch pipeline through the built CLI: same bytes whatever the workers, the same rows as the
// in-memory library path, standard output, resume, time budget, JSONL input.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractCorpus } from '../../src/pipeline/extract-corpus.js';
import { renderTable } from '../../src/output/format.js';
import { ClaimRow, EntityRow, ErrorRow, MentionRow } from '../../src/output/schema.js';
import { parseCsvRecords } from '../../src/ingest/csv-parse.js';
import { TABLES, claimtab, fixtureCopy, fixtureDocs, jsonl, read, root, scratch } from './helpers.js';

const T = 120_000;
const inputs = ['fixtures', 'test/cli/cases/bad-inputs/input'];
const manifestArgs = ['--manifest', 'fixtures/manifest.csv'];
const docs = fixtureDocs();
const N = docs.length;

describe('extract --workers', () => {
  it('writes the same bytes with 0, 1 and 2 workers, and the same rows as the library', async () => {
    const outs = [0, 1, 2].map((w) => {
      const out = path.join(scratch(), 'out');
      const r = claimtab(['extract', ...inputs, ...manifestArgs, '--out', out, '--workers', String(w)]);
      // the bad inputs are diagnostics (exit 2), the rest is written
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('image.txt: binary file');
      return out;
    });
    for (const t of TABLES) {
      const ref = read(path.join(outs[0]!, `${t}.csv`));
      for (const out of outs.slice(1)) expect(read(path.join(out, `${t}.csv`)), `${t} with workers`).toBe(ref);
    }
    const lib = await extractCorpus({ paths: inputs.map((p) => path.join(root, p)), manifest: path.join(root, 'fixtures/manifest.csv') });
    const rows = (x: unknown[]) => x as Record<string, unknown>[];
    const fmt = { escapeFormulas: true };
    // the library was given absolute paths: only the errors' paths differ
    expect(read(path.join(outs[1]!, 'claims.csv'))).toBe(renderTable(ClaimRow, rows(lib.claims), 'csv', fmt));
    expect(read(path.join(outs[1]!, 'mentions.csv'))).toBe(renderTable(MentionRow, rows(lib.mentions), 'csv', fmt));
    expect(read(path.join(outs[1]!, 'entities.csv'))).toBe(renderTable(EntityRow, rows(lib.entities), 'csv', fmt));
    const errors = lib.diagnostics.map((d) => ({ path: path.relative(root, d.path), line: d.line ?? null, severity: d.severity, rule: d.rule, reason: d.reason }));
    expect(read(path.join(outs[1]!, 'errors.csv'))).toBe(renderTable(ErrorRow, rows(errors), 'csv', fmt));
  }, T);

  it('renders large tables on worker threads with the same bytes as one thread', () => {
    // more documents than the main thread renders alone (INLINE_RENDER_DOCS): 8 copies of the fixtures
    const corpus = path.join(scratch(), 'corpus');
    const rows = ['file,published,outlet,title'];
    const manifest = new Map(parseCsvRecords(read(path.join(root, 'fixtures/manifest.csv'))).records.map((r) => [r.values.file!, r.values]));
    for (let c = 0; c < 8; c++) {
      for (const doc of docs) {
        const target = path.join(corpus, `copy-${c}`, doc);
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(path.join(root, 'fixtures', doc), target);
        const m = manifest.get(doc);
        if (m) rows.push([`copy-${c}/${doc}`, m.published ?? '', m.outlet ?? '', m.title ?? ''].map((v) => `"${v.replace(/"/g, '""')}"`).join(','));
      }
    }
    writeFileSync(path.join(corpus, 'manifest.csv'), rows.join('\n') + '\n');
    const outs = ['0', '2'].map((w) => {
      const out = path.join(scratch(), 'out');
      expect(claimtab(['extract', corpus, '--manifest', path.join(corpus, 'manifest.csv'), '--out', out, '--workers', w]).code).toBe(0);
      return out;
    });
    for (const t of TABLES) expect(read(path.join(outs[1]!, `${t}.csv`)), t).toBe(read(path.join(outs[0]!, `${t}.csv`)));
    expect(read(path.join(outs[0]!, 'claims.csv')).split('\n').length).toBeGreaterThan(8 * 20);
  }, T);

  it('puts the claims table on stdout without --out, and leaves no spool behind', () => {
    const tmp = scratch('claimtab-tmpdir-');
    const out = path.join(scratch(), 'out');
    const a = claimtab(['extract', 'fixtures', ...manifestArgs, '--format', 'jsonl', '--workers', '2'], { env: { TMPDIR: tmp } });
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(readdirSync(tmp)).toEqual([]);
    claimtab(['extract', 'fixtures', ...manifestArgs, '--format', 'jsonl', '--out', out]);
    expect(a.stdout).toBe(read(path.join(out, 'claims.jsonl')));
    expect(jsonl(a.stdout).length).toBeGreaterThan(10);
  }, T);

  it('refuses options that cannot work together, with exit code 2', () => {
    expect(claimtab(['extract', 'fixtures', '--format', 'parquet']).stderr).toMatch(/--format parquet needs --out/);
    expect(claimtab(['extract', 'fixtures', '--resume']).stderr).toMatch(/--resume needs --out/);
    expect(claimtab(['extract', 'fixtures', '--workers', '0', '--doc-timeout', '10']).code).toBe(2);
    expect(claimtab(['extract', 'fixtures', '--shard', '4/3']).stderr).toMatch(/expected K\/N/);
    expect(claimtab(['extract']).stderr).toMatch(/missing required argument 'paths'/);
  }, T);
});

describe('extract --resume', () => {
  it('skips unchanged documents, redoes changed and new ones, and gives the tables of a fresh run', () => {
    const { dir, manifest } = fixtureCopy();
    const out = path.join(scratch(), 'out');
    const first = claimtab(['extract', dir, '--manifest', manifest, '--out', out, '--resume', '--format', 'jsonl']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`claimtab: 0 of ${N} documents taken unchanged from the spool`);
    const spool = path.join(out, '.claimtab-spool.jsonl');
    const linesBefore = read(spool).split('\n').filter(Boolean).length;
    expect(linesBefore).toBe(N + 1); // a header, then a line per document

    // one article edited, one added, one publication date corrected in the manifest
    appendFileSync(path.join(dir, '001_3b104a98e4dc540f.txt'), '\nPolice said 12 more suspects were arrested on Tuesday.\n');
    writeFileSync(path.join(dir, 'zz_new.txt'), read(path.join(dir, '002_12ed873904415339.txt')));
    writeFileSync(manifest, read(manifest).replace('2024-08-28', '2024-08-29'));
    const second = claimtab(['extract', dir, '--manifest', manifest, '--out', out, '--resume', '--format', 'jsonl']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`claimtab: ${N - 2} of ${N + 1} documents taken unchanged from the spool`);
    expect(read(spool).split('\n').filter(Boolean).length).toBe(linesBefore + 3);

    const fresh = path.join(scratch(), 'fresh');
    claimtab(['extract', dir, '--manifest', manifest, '--out', fresh, '--format', 'jsonl']);
    for (const t of TABLES) expect(read(path.join(out, `${t}.jsonl`)), t).toBe(read(path.join(fresh, `${t}.jsonl`)));
  }, T);

  it('recovers from a spool cut off mid-line by an interruption', () => {
    const { dir, manifest } = fixtureCopy();
    const out = path.join(scratch(), 'out');
    claimtab(['extract', dir, '--manifest', manifest, '--out', out, '--format', 'jsonl']);
    const expected = Object.fromEntries(TABLES.map((t) => [t, read(path.join(out, `${t}.jsonl`))]));
    const spool = path.join(out, '.claimtab-spool.jsonl');
    const lines = read(spool).split('\n');
    // keep the header, two whole documents and half of the third
    const keep = Buffer.byteLength(lines.slice(0, 3).join('\n') + '\n') + Math.floor(Buffer.byteLength(lines[3]!) / 2);
    truncateSync(spool, keep);
    const r = claimtab(['extract', dir, '--manifest', manifest, '--out', out, '--format', 'jsonl', '--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`claimtab: 2 of ${N} documents taken unchanged from the spool`);
    for (const t of TABLES) expect(read(path.join(out, `${t}.jsonl`)), t).toBe(expected[t]);
  }, T);

  it('starts afresh without --resume, and never reuses a spool of another build', () => {
    const { dir, manifest } = fixtureCopy();
    const out = path.join(scratch(), 'out');
    claimtab(['extract', dir, '--manifest', manifest, '--out', out]);
    const spool = path.join(out, '.claimtab-spool.jsonl');
    const size = statSync(spool).size;
    claimtab(['extract', dir, '--manifest', manifest, '--out', out]);
    expect(statSync(spool).size).toBe(size);
    const text = read(spool);
    writeFileSync(spool, text.replace(/"build":"[0-9a-f]+"/, '"build":"0000000000000000"'));
    const r = claimtab(['extract', dir, '--manifest', manifest, '--out', out, '--resume']);
    expect(r.stderr).toContain('the spool was written by another build of claimtab; starting afresh');
    expect(r.stderr).toContain(`claimtab: 0 of ${N} documents taken unchanged from the spool`);
    // no table is left half-written, no temporary file stays behind
    expect(readdirSync(out).sort()).toEqual(['.claimtab-spool.jsonl', 'claims.csv', 'entities.csv', 'errors.csv', 'mentions.csv']);
  }, T);
});

describe('extract --doc-timeout', () => {
  it('skips a document over its time budget, replaces its worker and goes on (exit 2)', () => {
    const two = docs.slice(0, 2).map((d) => `fixtures/${d}`);
    const out = path.join(scratch(), 'out');
    // 1 ms: no document can be read and processed that fast, so each times out, the second in the
    // worker that replaced the first one's, and the run still ends with its tables written
    const r = claimtab(['extract', ...two, '--out', out, '--workers', '1', '--doc-timeout', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(two.map((d) => `${d}: took over 1 ms, skipped`));
    expect(read(path.join(out, 'errors.csv'))).toContain('pipeline/timeout');
    expect(read(path.join(out, 'claims.csv')).trim().split('\n')).toHaveLength(1); // the header alone
    // a budget no document comes near changes nothing
    const relaxed = path.join(scratch(), 'out');
    expect(claimtab(['extract', ...two, '--out', relaxed, '--doc-timeout', '600000']).code).toBe(0);
    const plain = path.join(scratch(), 'out');
    claimtab(['extract', ...two, '--out', plain]);
    for (const t of TABLES) expect(read(path.join(relaxed, `${t}.csv`))).toBe(read(path.join(plain, `${t}.csv`)));
  }, T);
});

describe('extract --input-format jsonl', () => {
  // the fixtures as records, in the order claimtab reads the folder, with what the manifest says
  const manifest = new Map(parseCsvRecords(read(path.join(root, 'fixtures/manifest.csv'))).records.map((r) => [r.values.file!, r.values]));
  const records = docs.map((doc) => {
    const m = manifest.get(doc);
    return { id: doc, text: readFileSync(path.join(root, 'fixtures', doc), 'utf8'), published: m?.published || null, outlet: m?.outlet || null, title: m?.title || null };
  });

  it('turns records into the claims of the same articles read as files', () => {
    const r = claimtab(['extract', '--input-format', 'jsonl', '--workers', '2'], { input: records.map((x) => JSON.stringify(x)).join('\n') + '\n' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = claimtab(['extract', 'fixtures', ...manifestArgs, '--format', 'jsonl']);
    expect(r.stdout).toBe(files.stdout);
  }, T);

  it('reports bad records as stdin:LINE and goes on with the rest', () => {
    const lines = [
      JSON.stringify(records[0]),
      '{"id": "broken", "text": ',
      JSON.stringify({ text: 'no id here' }),
      '',
      JSON.stringify({ id: 'x', text: '   ' }),
      JSON.stringify(records[0]),
      JSON.stringify({ ...records[1], published: 'yesterday' }),
      '[1, 2]',
      JSON.stringify(records[2]),
    ];
    const out = path.join(scratch(), 'out');
    const r = claimtab(['extract', '--input-format', 'jsonl', '--out', out], { input: lines.join('\r\n') });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^stdin:2: not valid JSON \(.*\), record skipped$/),
      'stdin:3: no "id" (a non-empty string), record skipped',
      'stdin:5: empty "text" for id "x", record skipped',
      `stdin:6: duplicate id "${records[0]!.id}", record skipped`,
      `stdin:7: bad published date "yesterday" for id "${records[1]!.id}" (want YYYY-MM-DD), left unset`,
      'stdin:8: not a JSON object, record skipped',
    ]);
    const docs = new Set(jsonl(read(path.join(out, 'claims.jsonl'))).map((c) => c.doc));
    expect([...docs].sort()).toEqual([records[0]!.id, records[1]!.id, records[2]!.id].sort());
    // the record with a bad date is processed, its relative dates left unresolved
    const second = jsonl(read(path.join(out, 'claims.jsonl'))).filter((c) => c.doc === records[1]!.id);
    expect(second.every((c) => c.published === null)).toBe(true);
    expect(jsonl(read(path.join(out, 'errors.jsonl'))).map((e) => [e.path, e.line])).toEqual([
      ['stdin', 2], ['stdin', 3], ['stdin', 5], ['stdin', 6], ['stdin', 7], ['stdin', 8],
    ]);
  }, T);
});

describe('extract progress', () => {
  it('prints nothing but diagnostics when stderr is not a terminal', () => {
    const r = claimtab(['extract', 'fixtures', ...manifestArgs, '--out', path.join(scratch(), 'out')]);
    expect(r.stderr).toBe('');
  }, T);

  it('draws a progress line in place on a terminal, and none with --quiet', () => {
    // `script` (util-linux) gives the child a pseudo-terminal; skipped where it is missing
    if (!existsSync('/usr/bin/script')) return;
    const run = (extra: string) => {
      const out = path.join(scratch(), 'out');
      const log = path.join(scratch(), 'tty.log');
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(root, 'bin/claimtab.js'))} extract fixtures --manifest fixtures/manifest.csv --out ${JSON.stringify(out)} ${extra} > /dev/null`;
      const r = spawnSync('script', ['-qec', cmd, log], { cwd: root, env: { ...process.env, TERM: 'xterm' } });
      expect(r.status).toBe(0);
      return readFileSync(log, 'utf8');
    };
    const shown = run('');
    expect(shown).toMatch(new RegExp(`\rclaimtab: \\d+/${N} files {2}\\d+\\.\\d\\d MB/s`));
    // the line is wiped at the end, so the terminal is left clean
    expect(shown).toMatch(/\r\x1b\[K/);
    expect(run('--quiet')).not.toMatch(/claimtab: \d+\/\d+ files/);
  }, T);
});
