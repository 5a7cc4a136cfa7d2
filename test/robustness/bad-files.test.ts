// Every kind of bad input through the built CLI, given one by one on the command line beside the real
// fixtures: each gets one line on stderr and one row in errors.csv, and the fixtures are still done.
// Then unreadable files (as an unprivileged user), manifest errors with their line numbers, and a
// folder of many small files.
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diagnosticLine, readCsv, runCli, scratchFolders, stderrLines, unprivilegedUser } from './cli.js';

const T = 300_000;
const ARTICLE = 'Hostile input\nPolice have received 118 reports of such videos in the past five days.\n';
const work = scratchFolders(T);

function write(dir: string, rel: string, content: string | Buffer): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** One line per diagnostic on stderr, in the order of the rows of errors.csv. */
function expectOneLinePerRow(stderr: string[], errors: Record<string, string>[]): void {
  expect(stderr).toEqual(errors.map((e) => diagnosticLine({ path: e.path!, line: e.line || null, severity: e.severity!, reason: e.reason! })));
}

describe('bad files given on the command line', () => {
  it('each gets one diagnostic line and one errors row; the fixtures beside them are still done', () => {
    const dir = work();
    const bad = {
      binary: write(dir, 'in/image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
      utf8: write(dir, 'in/bad utf8.txt', Buffer.from([0x50, 0x6f, 0x6c, 0xc3, 0x28, 0x69, 0x63, 0x65])),
      empty: write(dir, 'in/empty.md', ''),
      large: write(dir, 'in/huge.txt', ''),
      folder: path.join(dir, 'in/no articles here'),
      broken: path.join(dir, 'in/broken.txt'),
      loop: path.join(dir, 'in/loop.txt'),
      missing: path.join(dir, 'in/does not exist.txt'),
    };
    truncateSync(bad.large, 300_000);
    mkdirSync(bad.folder);
    writeFileSync(path.join(bad.folder, 'notes.json'), '{}');
    symlinkSync('nowhere.txt', bad.broken);
    symlinkSync('loop.txt', bad.loop);
    // decoded, not refused: UTF-16 with its BOM, and names that are only unusual
    const good = [
      write(dir, 'in/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])),
      write(dir, 'in/기사 №1 with space.txt', ARTICLE),
      write(dir, 'in/-starts-with-a-dash.txt', ARTICLE),
    ];
    const out = path.join(dir, 'out');
    const args = ['extract', '--out', out, '--max-bytes', '200000', '--manifest', 'fixtures/manifest.csv', '--quiet', '--', 'fixtures', ...Object.values(bad), ...good];
    const devices = process.platform === 'linux' ? ['/dev/zero'] : [];
    const r = runCli([...args, ...devices]);

    expect(r.code).toBe(2);
    const errors = readCsv(path.join(out, 'errors.csv'));
    expectOneLinePerRow(stderrLines(r), errors);
    const byPath = new Map(errors.map((e) => [e.path, e]));
    const expectRow = (file: string, rule: string, reason: string) => expect(byPath.get(file), file).toMatchObject({ rule, reason: expect.stringContaining(reason) });
    expectRow(bad.binary, 'ingest/binary', 'binary file (NUL bytes), not text');
    expectRow(bad.utf8, 'ingest/encoding', 'invalid UTF-8 at byte 3');
    expectRow(bad.empty, 'ingest/empty', 'empty file');
    expectRow(bad.large, 'ingest/too-large', 'file is 300000 bytes, over --max-bytes 200000; skipped');
    expectRow(bad.broken, 'ingest/missing', 'no such file or directory');
    expectRow(bad.loop, 'ingest/missing', 'symbolic link loop');
    expectRow(bad.missing, 'ingest/missing', 'no such file or directory');
    for (const d of devices) expectRow(d, 'ingest/not-a-file', 'not a regular file');
    // a folder without articles is no error, and the good files are not in the errors table
    expect(errors).toHaveLength(7 + devices.length);

    const docs = new Set(readCsv(path.join(out, 'claims.csv')).map((c) => c.doc));
    for (const f of good) expect(docs.has(f), f).toBe(true);
    for (const f of ['000_2314629feeea04ab.txt', '002_12ed873904415339.txt']) expect(docs.has(f), f).toBe(true);
  }, T);
});

describe('names that hold a line break', () => {
  // formatDiagnostic (src/cli/diagnostics.ts) escapes control characters on stderr; the errors
  // table keeps the name as it is, to be matched against the file system
  it('still give a one-line diagnostic; the errors table keeps the raw name', () => {
    const dir = work();
    write(dir, 'corpus/bad\nname.txt', Buffer.from([0x78, 0, 0x79]));
    write(dir, 'corpus/cr\rtab\tesc\x1b[31m.txt', '');
    const out = path.join(dir, 'out');
    const r = runCli(['extract', 'corpus', '--out', out, '--quiet'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readCsv(path.join(out, 'errors.csv'))).toEqual([
      expect.objectContaining({ path: 'corpus/bad\nname.txt', rule: 'ingest/binary' }),
      expect.objectContaining({ path: 'corpus/cr\rtab\tesc\x1b[31m.txt', rule: 'ingest/empty' }),
    ]);
    expect(stderrLines(r)).toEqual(['corpus/bad\\nname.txt: binary file (NUL bytes), not text', 'corpus/cr\\rtab\\tesc\\x1b[31m.txt: empty file']);
  }, T);

  it('a JSONL id with a line separator or a newline gives one line too', () => {
    const id = 'one\u2028two\nthree\u0085';
    const record = JSON.stringify({ id, text: ARTICLE });
    const r = runCli(['extract', '--input-format', 'jsonl', '--quiet'], { input: `${record}\n${record}\n` });
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toEqual(['stdin:2: duplicate id "one\\u2028two\\nthree\\x85", record skipped']);
    // the row itself names the document as it was given
    expect(new Set(r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).doc))).toEqual(new Set([id]));
  }, T);
});

describe('unreadable files and folders (chmod 000)', () => {
  const user = unprivilegedUser();
  it.skipIf(user === null)('permission denied, one line and one row each; the rest goes on', () => {
    if (user !== 'self') console.log('running as root, which reads anything: the CLI runs as nobody (uid 65534) for this test');
    const dir = work(true);
    const corpus = path.join(dir, 'corpus');
    write(corpus, 'readable.txt', ARTICLE);
    const file = write(corpus, 'secret.txt', ARTICLE);
    const folder = path.join(corpus, 'locked');
    write(corpus, 'locked/inside.txt', ARTICLE);
    chmodSync(file, 0o000);
    chmodSync(folder, 0o000);
    try {
      const out = path.join(dir, 'out');
      const r = runCli(['extract', corpus, '--out', out, '--quiet'], user === 'self' ? {} : { ...user, cwd: dir });
      expect(r.code).toBe(2);
      const errors = readCsv(path.join(out, 'errors.csv'));
      expectOneLinePerRow(stderrLines(r), errors);
      expect(errors).toEqual([
        expect.objectContaining({ path: folder, rule: 'ingest/unreadable', reason: 'permission denied' }),
        expect.objectContaining({ path: file, rule: 'ingest/unreadable', reason: 'permission denied' }),
      ]);
      expect(readCsv(path.join(out, 'claims.csv')).map((c) => c.doc)).toContain('readable.txt');
    } finally {
      chmodSync(folder, 0o755);
    }
  }, T);
  if (user === null) it.skip('needs a user that cannot read a chmod 000 file: running as root without a way to switch to nobody', () => {});
});

describe('manifest errors, through the CLI', () => {
  it('report the manifest line and never guess: a bad date leaves the relative dates unresolved', () => {
    const dir = work();
    const corpus = path.join(dir, 'corpus');
    for (const f of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']) write(corpus, f, 'Hostile input\nPolice said on Monday that 5 people were arrested.\n');
    write(
      corpus,
      'manifest.csv',
      [
        'file,published,outlet,title',
        'a.txt,2024-09-02,Reuters,Good',
        'b.txt,2024-13-45,,Bad date',
        'ghost.txt,2024-09-02,,Names no file',
        ',2024-09-02,,No file name',
        'c.txt,last Monday,,Words for a date',
        'd.txt,2024-09-02,AFP,A title, with an unquoted comma',
        'a.txt,2024-09-03,Reuters,Listed twice',
        'e.txt,2024-09-02,"AFP,an unclosed quote',
      ].join('\n') + '\n',
    );
    const out = path.join(dir, 'out');
    const r = runCli(['extract', 'corpus', '--manifest', 'corpus/manifest.csv', '--out', out, '--quiet'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toEqual([
      'corpus/manifest.csv:9: a quoted field opened in this row is never closed: the row and the rest of the file are skipped',
      'corpus/manifest.csv:7: row has 5 fields, the header 4 (an unquoted comma?); the extra fields are ignored',
      'corpus/manifest.csv:3: bad published date "2024-13-45" for b.txt (want YYYY-MM-DD), left unset',
      'corpus/manifest.csv:5: warning: row without a file name, skipped',
      'corpus/manifest.csv:6: bad published date "last Monday" for c.txt (want YYYY-MM-DD), left unset',
      'corpus/manifest.csv:8: a.txt is listed again (first at line 2) with other values; neither row is used',
      'corpus/manifest.csv:4: warning: manifest names ghost.txt, which does not exist',
    ]);
    expectOneLinePerRow(stderrLines(r), readCsv(path.join(out, 'errors.csv')));
    const claims = new Map(readCsv(path.join(out, 'claims.csv')).map((c) => [c.doc, c]));
    // nothing guessed: no publication date, so "Monday" stays unresolved; d.txt keeps its good fields
    for (const doc of ['a.txt', 'b.txt', 'c.txt', 'e.txt']) expect(claims.get(doc), doc).toMatchObject({ published: '', outlet: '', date_value: '', date_anchor: 'unresolved' });
    expect(claims.get('d.txt')).toMatchObject({ published: '2024-09-02', outlet: 'AFP', date_anchor: 'relative' });
  }, T);

  it('refuses a manifest without a file column, or one it cannot read or decode, and goes on without it', () => {
    const dir = work();
    write(dir, 'corpus/a.txt', ARTICLE);
    write(dir, 'no-file-column.csv', 'name,published\na.txt,2024-09-02\n');
    write(dir, 'latin1.csv', Buffer.from('file,outlet\na.txt,Caf\xe9 News\n', 'latin1'));
    const cases: [string, string][] = [
      ['no-file-column.csv', 'no-file-column.csv:1: manifest has no "file" column (columns: name, published)'],
      ['latin1.csv', 'latin1.csv: cannot read manifest: invalid UTF-8 at byte 21'],
      ['missing.csv', 'missing.csv: cannot read manifest: no such file or directory'],
    ];
    for (const [manifest, line] of cases) {
      const out = path.join(dir, `out-${manifest}`);
      const r = runCli(['extract', 'corpus', '--manifest', manifest, '--out', out, '--quiet'], { cwd: dir });
      expect(r.code, manifest).toBe(2);
      expect(stderrLines(r)).toEqual([line]);
      expect(new Set(readCsv(path.join(out, 'claims.csv')).map((c) => c.doc))).toEqual(new Set(['a.txt']));
    }
  }, T);

  it('reads a manifest saved as UTF-16 with its BOM (a spreadsheet export)', () => {
    const dir = work();
    write(dir, 'corpus/a.txt', 'Hostile input\nPolice said on Monday that 5 people were arrested.\n');
    write(dir, 'manifest.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('file,published\r\na.txt,2024-09-04\r\n', 'utf16le')]));
    const out = path.join(dir, 'out');
    const r = runCli(['extract', 'corpus', '--manifest', 'manifest.csv', '--out', out, '--quiet'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readCsv(path.join(out, 'claims.csv'))[0]).toMatchObject({ doc: 'a.txt', published: '2024-09-04', date_value: '2024-09-02' });
  }, T);
});

// 100,000 files is the number; generating and extracting them takes about 2 minutes of CPU
// (measured: 17 s for 20,000 on an idle core pair), several times that on a loaded machine. Every
// `npm test` runs 20,000; CLAIMTAB_HOSTILE=1 (npm run test:hostile) runs 100,000.
const MANY = process.env.CLAIMTAB_HOSTILE === '1' ? 100_000 : 20_000;

describe(`a folder of ${MANY.toLocaleString('en')} small files`, () => {
  it('reads every file as a document, in name order, and exits 0', () => {
    const dir = work();
    const corpus = path.join(dir, 'corpus');
    for (let d = 0; d < MANY / 1000; d++) {
      const sub = path.join(corpus, `part-${String(d).padStart(3, '0')}`);
      mkdirSync(sub, { recursive: true });
      for (let i = 0; i < 1000; i++) writeFileSync(path.join(sub, `article ${String(i).padStart(4, '0')}.txt`), `Report ${d}-${i}\nPolice said ${(i % 97) + 2} people were arrested.\n`);
    }
    const out = path.join(dir, 'out');
    const r = runCli(['extract', 'corpus', '--out', out, '--format', 'jsonl', '--quiet', '--workers', '2'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readFileSync(path.join(out, 'errors.jsonl'), 'utf8')).toBe('');
    const claims = readFileSync(path.join(out, 'claims.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(claims).toHaveLength(MANY);
    expect(JSON.parse(claims[0]!).doc).toBe('part-000/article 0000.txt');
    expect(JSON.parse(claims[MANY - 1]!).doc).toBe(`part-${String(MANY / 1000 - 1).padStart(3, '0')}/article 0999.txt`);
  }, 1_800_000);
});

