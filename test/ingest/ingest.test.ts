import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeArticle } from '../../src/ingest/decode.js';
import { expandInputs } from '../../src/ingest/inputs.js';
import { readManifest, parsePublished } from '../../src/ingest/manifest.js';
import { readTextMeta } from '../../src/ingest/metadata.js';
import type { Diagnostic } from '../../src/types.js';

describe('decodeArticle', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('removes a UTF-8 byte-order mark so offsets start at the first character', () => {
    const r = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Seoul')]));
    expect(r).toEqual({ ok: true, text: 'Seoul' });
  });
  it('decodes UTF-16LE with its BOM', () => {
    const body = Buffer.from('Police said 118', 'utf16le');
    const r = decodeArticle(new Uint8Array([0xff, 0xfe, ...body]));
    expect(r).toEqual({ ok: true, text: 'Police said 118' });
  });
  it('refuses binary, invalid UTF-8 and empty input with a reason', () => {
    expect(decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toMatchObject({ ok: false, rule: 'ingest/binary' });
    expect(decodeArticle(new Uint8Array([0x41, 0xc3, 0x28]))).toMatchObject({ ok: false, rule: 'ingest/encoding', reason: 'invalid UTF-8 at byte 1' });
    expect(decodeArticle(new Uint8Array([]))).toMatchObject({ ok: false, rule: 'ingest/empty' });
    expect(decodeArticle(enc(' \n\t '))).toMatchObject({ ok: false, rule: 'ingest/empty' });
  });
});

describe('expandInputs', () => {
  it('reads folders recursively, *.txt and *.md only, sorted, with relative doc names', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimtab-in-'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'b', 'z.txt'), 'x');
    writeFileSync(path.join(dir, 'a.md'), 'x');
    writeFileSync(path.join(dir, 'c.json'), '{}');
    writeFileSync(path.join(dir, 'é ü.txt'), 'x');
    symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'broken.txt'));
    const diags: Diagnostic[] = [];
    const got = await expandInputs([dir, path.join(dir, 'nope.txt')], diags);
    expect(got.map((g) => g.doc)).toEqual(['a.md', 'b/z.txt', 'é ü.txt']);
    expect(diags.map((d) => d.rule).sort()).toEqual(['ingest/broken-link', 'ingest/missing']);
  });
  it('survives a symbolic link loop', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimtab-loop-'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'a.txt'), 'x');
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    const diags: Diagnostic[] = [];
    const got = await expandInputs([dir], diags);
    expect(got.map((g) => g.doc)).toEqual(['sub/a.txt']);
    expect(diags.some((d) => d.rule === 'ingest/link-loop')).toBe(true);
  });
});

describe('manifest', () => {
  it('parses dates strictly and reports bad rows with their line number', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimtab-man-'));
    const file = path.join(dir, 'manifest.csv');
    writeFileSync(file, 'file,published,outlet\na.txt,2024-09-02,Reuters\nb.txt,2024-02-30,\n"c, d.txt",2024-09-03T10:00:00Z,"AFP"\n');
    const diags: Diagnostic[] = [];
    const m = (await readManifest(file, diags))!;
    expect(m.lookup(path.join(dir, 'a.txt'))).toMatchObject({ published: '2024-09-02', outlet: 'Reuters' });
    expect(m.lookup('elsewhere/b.txt')).toMatchObject({ published: null });
    expect(m.lookup('c, d.txt')).toMatchObject({ published: '2024-09-03', outlet: 'AFP' });
    expect(diags).toEqual([expect.objectContaining({ line: 3, rule: 'manifest/bad-date' })]);
  });
  it('refuses a manifest without a file column', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimtab-man-'));
    const file = path.join(dir, 'm.csv');
    writeFileSync(file, 'name,published\na.txt,2024-09-02\n');
    const diags: Diagnostic[] = [];
    expect(await readManifest(file, diags)).toBeNull();
    expect(diags[0]).toMatchObject({ line: 1, rule: 'manifest/missing-column' });
  });
  it('accepts only real calendar dates', () => {
    expect(parsePublished('2024-09-02')).toBe('2024-09-02');
    expect(parsePublished('2024-09-02T23:30:00+09:00')).toBe('2024-09-02');
    expect(parsePublished('2023-02-29')).toBeNull();
    expect(parsePublished('09/02/2024')).toBeNull();
  });
});

describe('readTextMeta', () => {
  it('reads a wire dateline: place and outlet, but no year means no publication date', () => {
    const text = 'Telegram Faces Pressure Over Deepfake Content\n\nSEOUL, Sept 2 (Reuters) – South Korean police have initiated an investigation into Telegram.';
    expect(readTextMeta(text, null)).toEqual({ title: 'Telegram Faces Pressure Over Deepfake Content', outlet: 'Reuters', datelinePlace: 'SEOUL', published: null });
  });
  it('takes a full date from a dateline that has a year', () => {
    const text = 'WASHINGTON, March 3, 2024 (AP) — The Supreme Court on Monday restored Donald Trump to 2024 presidential primary ballots.';
    expect(readTextMeta(text, null)).toMatchObject({ outlet: 'AP', datelinePlace: 'WASHINGTON', published: '2024-03-03' });
  });
  it('reads a closing wire credit as the outlet', () => {
    const text = 'Title\nThe ring’s leader, Cho Ju-bin, then 20, was sentenced to 42 years in prison. (BBC/Z-3)\n';
    expect(readTextMeta(text, '2024-09-04').outlet).toBe('BBC');
  });
});
