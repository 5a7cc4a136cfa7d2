// Reading one input into an Article: bytes -> text -> metadata (manifest first, then the text).
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Article, Diagnostic } from '../types.js';
import { decodeArticle } from '../ingest/decode.js';
import type { InputRef } from '../ingest/inputs.js';
import { describeFsError } from '../ingest/inputs.js';
import type { Manifest } from '../ingest/manifest.js';
import { readTextMeta } from '../ingest/metadata.js';

export interface ReadOptions {
  manifest: Manifest | null;
  maxBytes: number;
  /** standard input, read up to `maxBytes`: null when it holds more (the rest is left unread) */
  readStdin: (maxBytes: number) => Promise<Buffer | null>;
}

/** What the manifest (or a JSONL record) says about a document; what a worker needs of it. */
export interface MetaEntry {
  published: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
}

export type ReadResult = { article: Article; bytes: number } | { diagnostic: Diagnostic; bytes: number };

export async function readArticle(input: InputRef, opts: ReadOptions): Promise<{ article: Article } | { diagnostic: Diagnostic }> {
  const entry = opts.manifest?.lookup(input.file) ?? null;
  const bytes = input.file === '-' ? await opts.readStdin(opts.maxBytes).catch((err: unknown) => err as Error) : undefined;
  if (bytes instanceof Error) return fail(input, describeFsError(bytes), 'ingest/unreadable');
  if (bytes === null) return fail(input, overMaxBytes(opts.maxBytes), 'ingest/too-large', opts.maxBytes + 1);
  return readInput(input, entry, opts.maxBytes, bytes);
}

/**
 * One input to an Article, given its manifest entry. `preread` holds the bytes when the caller
 * already has them (standard input, which only the main thread can read). Synchronous on purpose: a
 * worker thread reads one document and then works on it, so an asynchronous read would only add a
 * hop through libuv's thread pool per file (measured: a visible share of a corpus of small files).
 */
export async function readInput(input: InputRef, entry: MetaEntry | null, maxBytes: number, preread?: Uint8Array): Promise<ReadResult> {
  let bytes: Uint8Array;
  if (preread) bytes = preread;
  else {
    let fd: number | undefined;
    try {
      fd = openSync(input.file, 'r');
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return fail(input, 'is a directory', 'ingest/directory');
      if (stat.size > maxBytes) return fail(input, `file is ${stat.size} bytes, over --max-bytes ${maxBytes}; skipped`, 'ingest/too-large');
      // a FIFO (`<(curl ...)`) says size 0 whatever comes through it, and so do files under /proc:
      // read those only up to the limit
      if (stat.isFile() && stat.size > 0) bytes = readFileSync(fd);
      else {
        const read = readAtMostSync(fd, maxBytes);
        if (!read) return fail(input, overMaxBytes(maxBytes), 'ingest/too-large', maxBytes + 1);
        bytes = read;
      }
    } catch (err) {
      // reading a directory fails with EISDIR on Linux before the stat above can tell
      if ((err as NodeJS.ErrnoException)?.code === 'EISDIR') return fail(input, 'is a directory', 'ingest/directory');
      return fail(input, describeFsError(err), 'ingest/unreadable');
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  if (bytes.length > maxBytes) return fail(input, `input is ${bytes.length} bytes, over --max-bytes ${maxBytes}; skipped`, 'ingest/too-large', bytes.length);
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return fail(input, decoded.reason, decoded.rule, bytes.length);
  return { article: toArticle(input.doc, decoded.text, entry), bytes: bytes.length };
}

/** The reason given for a stream that passed --max-bytes: its full size is never known, as it is not read to its end. */
export function overMaxBytes(maxBytes: number): string {
  return `input is over --max-bytes ${maxBytes}; skipped, the rest left unread`;
}

const READ_PIECE = 1 << 16;

/**
 * A file whose size is not known in advance (a FIFO), read until its end or until it passes `max`
 * bytes: null then, and nothing more is read. Holds at most `max` bytes plus one piece.
 */
function readAtMostSync(fd: number, max: number): Buffer | null {
  const scratch = Buffer.allocUnsafe(READ_PIECE);
  const pieces: Buffer[] = [];
  let total = 0;
  for (;;) {
    const n = readSync(fd, scratch, 0, Math.min(READ_PIECE, max + 1 - total), null);
    if (n === 0) return Buffer.concat(pieces, total);
    total += n;
    if (total > max) return null;
    // copied: a writer that sends a byte at a time must not pin a whole piece per byte
    pieces.push(Buffer.from(scratch.subarray(0, n)));
  }
}

/** The same for a stream (standard input): its content, or null once it passes `max` bytes. */
export async function readStreamAtMost(stream: AsyncIterable<Buffer | string>, max: number): Promise<Buffer | null> {
  const pieces: Buffer[] = [];
  let total = 0;
  // leaving the loop early destroys the stream: the rest is never read
  for await (const chunk of stream) {
    const piece = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += piece.length;
    if (total > max) return null;
    pieces.push(piece);
  }
  return Buffer.concat(pieces, total);
}

export function toArticle(doc: string, text: string, entry: MetaEntry | null): Article {
  const fromText = readTextMeta(text, entry?.published ?? null);
  return {
    doc,
    text,
    meta: {
      published: fromText.published,
      publishedSource: entry?.published ? 'manifest' : fromText.published ? 'text' : null,
      outlet: entry?.outlet ?? fromText.outlet,
      title: entry?.title ?? fromText.title,
      url: entry?.url ?? null,
      datelinePlace: fromText.datelinePlace,
    },
  };
}

/**
 * What a document's result depends on besides the code: its text and what the manifest says about
 * it. `--resume` reuses a spooled result only when this hash is unchanged, so an edited article or
 * a corrected publication date is processed again.
 */
export function contentHash(text: string, entry: MetaEntry | null): string {
  const h = createHash('sha256');
  h.update(text);
  for (const v of [entry?.published, entry?.outlet, entry?.title, entry?.url]) h.update('\u0000').update(v ?? '\u0001');
  return h.digest('hex').slice(0, 32);
}

function fail(input: InputRef, reason: string, rule: string, bytes = 0): { diagnostic: Diagnostic; bytes: number } {
  return { diagnostic: { path: input.doc === '-' ? '-' : input.file, reason, severity: 'error', rule }, bytes };
}
