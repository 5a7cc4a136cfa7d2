// The hostile corpus: a folder of everything a real input folder can hold that is not a clean news
// article, with what claimtab must say about each. Generated, never committed: sizes are set here
// and a megabyte of dots says nothing a reviewer can read.
//
//   npx tsx test/hostile/generate.ts DIR     writes the corpus into DIR and lists what each file expects
//
// The test (hostile-corpus.test.ts) runs the built CLI over it end to end.
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SHAPES } from './shapes.js';

export interface Expectation {
  /** path relative to the corpus folder, with `/` */
  path: string;
  /** the rule of its diagnostic; null: read and processed, no diagnostic */
  rule: string | null;
  severity?: 'error' | 'warning';
  /** a piece of the diagnostic's reason */
  reason?: string;
}

export interface HostileCorpus {
  dir: string;
  /** pass as --max-bytes: the big shapes fit under it, too-large.txt does not */
  maxBytes: number;
  expectations: Expectation[];
  /** cases that could not be made here, and why (a test prints them) */
  skipped: string[];
}

export interface HostileOptions {
  /** characters of most shapes (default 100,000: a 100,000-character word, a 100 kB line) */
  size?: number;
  /** characters of the shapes written as one huge line (default 1,000,000) */
  bigLine?: number;
  /** whether files can be made unreadable: false when running as root, which reads them anyway */
  canDenyRead?: boolean;
}

/**
 * Shapes written as one megabyte on a single line. The others are written at `size`: dense prose
 * (a figure, a date, a place and a source in every sentence) cost about 13 s of CPU per megabyte
 * through the whole pipeline when measured, too close to a 20 s budget on a loaded machine for a test.
 */
const BIG_LINE_SHAPES = new Set(['digit-run', 'comma-numbers', 'dots-then-word', 'lower-word', 'curly-quotes', 'mixed-nesting', 'mixed-scripts', 'parentheses']);

// A real sentence (fixtures/002_12ed873904415339.txt), so that a decoded file has something to find.
const REAL_SENTENCE = 'Police have received 118 reports of such videos in the past five days.';

export function generateHostileCorpus(dir: string, opts: HostileOptions = {}): HostileCorpus {
  const size = opts.size ?? 100_000;
  const bigLine = opts.bigLine ?? 1_000_000;
  const maxBytes = Math.max(bigLine, size) * 4 + 1024;
  const expectations: Expectation[] = [];
  const skipped: string[] = [];
  const file = (rel: string, content: string | Uint8Array, rule: string | null = null, reason?: string, severity?: 'error' | 'warning') => {
    const target = path.join(dir, ...rel.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    expectations.push({ path: rel, rule, reason, severity });
    return target;
  };

  // --- text that must be read and processed within its budget ---------------------------------------
  for (const shape of SHAPES) {
    const n = BIG_LINE_SHAPES.has(shape.name) ? bigLine : size;
    // a title line, a real sentence, then the shape closed by a full stop (a line without one reads
    // as a heading and is set aside by the cleaner before any extractor sees it)
    file(`shapes/${shape.name}.txt`, `Hostile input: ${shape.name}\n${REAL_SENTENCE}\n${shape.make(n)} .\n`);
  }

  // --- encodings --------------------------------------------------------------------------------------
  const article = `Hostile input: encodings\n${REAL_SENTENCE}\n`;
  file('encodings/utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)]));
  file('encodings/utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]));
  file('encodings/utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(article, 'utf16le').swap16()]));
  file('encodings/crlf.txt', article.replace(/\n/g, '\r\n'));
  file('bad/binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'ingest/binary', 'binary file (NUL bytes), not text');
  // "Police have" then a lone continuation byte
  file('bad/invalid-utf8.txt', Buffer.concat([Buffer.from('Police have'), Buffer.from([0x80]), Buffer.from(' received 118 reports.')]), 'ingest/encoding', 'invalid UTF-8 at byte 11');
  file('bad/latin1.md', Buffer.from('Caf\xe9 owners said 12 shops closed.\n', 'latin1'), 'ingest/encoding', 'invalid UTF-8 at byte 3');
  // a BOM, then an odd number of bytes: not UTF-16
  file('bad/utf16-truncated.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Police', 'utf16le'), Buffer.from([0x41])]), 'ingest/encoding', 'invalid UTF-16LE');
  file('bad/empty.txt', '', 'ingest/empty', 'empty file');
  file('bad/whitespace.md', ' \n\t\r\n \u00a0\n', 'ingest/empty', 'empty file');
  // sparse: the size is refused before a byte is read
  const large = file('bad/too-large.txt', '', 'ingest/too-large', `over --max-bytes ${maxBytes}; skipped`);
  truncateSync(large, maxBytes + 1);

  // --- links and permissions ----------------------------------------------------------------------------
  link('bad/broken-link.txt', 'does-not-exist.txt', 'ingest/broken-link', 'broken symbolic link (no such file or directory)');
  link('bad/self-link.txt', 'self-link.txt', 'ingest/broken-link', 'broken symbolic link (symbolic link loop)');
  mkdirSync(path.join(dir, 'bad/loop'), { recursive: true });
  link('bad/loop/back', '..', 'ingest/link-loop', 'symbolic link loop, skipped', 'warning');
  file('bad/folder.txt/inside.txt', article);
  if (opts.canDenyRead) {
    chmodSync(file('bad/unreadable.txt', article, 'ingest/unreadable', 'permission denied'), 0o000);
    const locked = path.join(dir, 'bad/locked-folder');
    mkdirSync(locked);
    writeFileSync(path.join(locked, 'hidden.txt'), article);
    chmodSync(locked, 0o000);
    expectations.push({ path: 'bad/locked-folder', rule: 'ingest/unreadable', reason: 'permission denied' });
  } else {
    skipped.push('unreadable file and folder (chmod 000): running as root, which reads them anyway');
  }

  // --- names --------------------------------------------------------------------------------------------
  for (const name of ['with space.txt', '기사 №1.txt', 'Ελληνικά/статья.md', 'emoji 😀.txt', '-starts-with-dash.txt', '=HYPERLINK("x").txt', "quote'and\"double.txt"]) {
    file(`names/${name}`, article);
  }

  return { dir, maxBytes, expectations, skipped };

  function link(rel: string, target: string, rule: string, reason: string, severity: 'error' | 'warning' = 'error'): void {
    const at = path.join(dir, ...rel.split('/'));
    mkdirSync(path.dirname(at), { recursive: true });
    symlinkSync(target, at);
    expectations.push({ path: rel, rule, reason, severity });
  }
}

/** Whether this process can make a file it cannot read (not as root, which reads it anyway). */
export function canDenyRead(): boolean {
  return typeof process.getuid !== 'function' || process.getuid() !== 0;
}

// npx tsx test/hostile/generate.ts DIR
if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: npx tsx test/hostile/generate.ts DIR\n');
    process.exitCode = 2;
  } else {
    const corpus = generateHostileCorpus(path.resolve(dir), { canDenyRead: canDenyRead() });
    for (const e of corpus.expectations) process.stdout.write(`${e.path}\t${e.rule ?? 'processed'}\t${e.reason ?? ''}\n`);
    for (const s of corpus.skipped) process.stderr.write(`skipped: ${s}\n`);
    process.stdout.write(`--max-bytes ${corpus.maxBytes}\n`);
  }
}
