// The spool: every finished document's result, one line each, appended in input order as the run
// goes. It is what keeps memory flat (the corpus's results live on disk until the corpus-wide
// entity names are known) and what --resume picks up after an interruption.
//
// A line has three tab-separated JSON parts, so each reader decodes only what it needs
// (JSON.stringify escapes a tab inside a string, so a raw tab only ever separates parts):
//   {"doc":..,"hash":..}  \t  [[label, canonical, text], ...]  \t  {"claims":[..],"mentions":[..]}
//   key: what --resume     entity sightings: what the          the rows, canonicals still
//   matches on             registry needs                      document-level
// The first line is a header naming the build that wrote it: results of another build (other
// extractors) are never mixed into a table.
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import type { EntitySighting } from './document-job.js';
import type { ClaimRow, MentionRow } from '../output/schema.js';

export const SPOOL_NAME = '.claimtab-spool.jsonl';
const SPOOL_FORMAT = 1;

export interface SpoolKey {
  doc: string;
  hash: string;
}

export interface SpoolBody {
  claims: ClaimRow[];
  mentions: MentionRow[];
}

/** Where a line sits in the spool file (bytes, newline excluded). */
export interface SpoolLocation {
  offset: number;
  length: number;
}

export function spoolLine(key: SpoolKey, entities: EntitySighting[], body: { claims: unknown[]; mentions: unknown[] }): string {
  return `${JSON.stringify({ doc: key.doc, hash: key.hash })}\t${JSON.stringify(entities)}\t${JSON.stringify({ claims: body.claims, mentions: body.mentions })}`;
}

const utf8 = new TextEncoder();

/** A spool line as SpoolWriter.append takes it: UTF-8 bytes ending with the newline, in their own buffer (so a worker can transfer them). */
export function spoolBytes(key: SpoolKey, entities: EntitySighting[], body: { claims: unknown[]; mentions: unknown[] }): Uint8Array {
  return utf8.encode(spoolLine(key, entities, body) + '\n');
}

export function splitSpoolLine(line: string): { key: string; entities: string; body: string } {
  const a = line.indexOf('\t');
  const b = line.indexOf('\t', a + 1);
  if (a < 0 || b < 0) throw new Error('not a spool line');
  return { key: line.slice(0, a), entities: line.slice(a + 1, b), body: line.slice(b + 1) };
}

function headerLine(build: string): string {
  return JSON.stringify({ claimtab_spool: SPOOL_FORMAT, build });
}

/** Appends lines; each line reaches the operating system when its document is complete. */
export class SpoolWriter {
  private position: number;

  private constructor(private fd: number, position: number) {
    this.position = position;
  }

  /** A new, empty spool (an existing file is truncated). */
  static create(file: string, build: string): SpoolWriter {
    const fd = openSync(file, 'w');
    const w = new SpoolWriter(fd, 0);
    w.appendRaw(headerLine(build));
    return w;
  }

  /** An existing spool, continued after its last complete line (`validBytes`). */
  static continue(file: string, validBytes: number): SpoolWriter {
    const fd = openSync(file, 'r+');
    ftruncateSync(fd, validBytes);
    return new SpoolWriter(fd, validBytes);
  }

  /** One line as UTF-8 bytes that end with its newline. */
  append(bytes: Uint8Array): SpoolLocation {
    return this.appendBytes(bytes);
  }

  private appendRaw(line: string): SpoolLocation {
    return this.appendBytes(Buffer.from(line + '\n', 'utf8'));
  }

  private appendBytes(buf: Uint8Array): SpoolLocation {
    let done = 0;
    // writeSync appends at the given position; a short write (full disk, signal) is retried for the rest
    while (done < buf.length) done += writeSync(this.fd, buf, done, buf.length - done, this.position + done);
    const loc = { offset: this.position, length: buf.length - 1 };
    this.position += buf.length;
    return loc;
  }

  close(): void {
    closeSync(this.fd);
  }
}

export interface ExistingSpool {
  /** doc -> its latest complete line */
  byDoc: Map<string, SpoolKey & SpoolLocation>;
  /** bytes up to the end of the last complete line; a torn last line is cut off here */
  validBytes: number;
}

/**
 * Reads an existing spool for --resume. Returns null when there is none or when it was written by
 * another build (the caller starts fresh). A line cut short by an interruption ends the scan.
 */
export function scanSpool(file: string, build: string): ExistingSpool | null | 'other-build' {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const byDoc = new Map<string, SpoolKey & SpoolLocation>();
    let validBytes = 0;
    let sawHeader = false;
    let stop = false;
    forEachLine(fd, (bytes, offset) => {
      if (stop) return;
      const tab = bytes.indexOf(9);
      const keyText = bytes.toString('utf8', 0, tab < 0 ? bytes.length : tab);
      let key: any;
      try {
        key = JSON.parse(keyText);
      } catch {
        stop = true;
        return;
      }
      if (!sawHeader) {
        sawHeader = true;
        if (key?.claimtab_spool !== SPOOL_FORMAT || key?.build !== build) {
          stop = true;
          validBytes = -1;
          return;
        }
      } else if (key?.claimtab_spool !== undefined) {
        // spools of several shards concatenated (docs/scale.md): each brings its header; a shard
        // from another build ends what can be reused
        if (key.claimtab_spool !== SPOOL_FORMAT || key.build !== build) {
          stop = true;
          return;
        }
      } else {
        // a line is complete only with all three parts and its newline (forEachLine gives only those)
        if (tab < 0 || bytes.indexOf(9, tab + 1) < 0 || typeof key?.doc !== 'string' || typeof key?.hash !== 'string') {
          stop = true;
          return;
        }
        byDoc.set(key.doc, { doc: key.doc, hash: key.hash, offset, length: bytes.length });
      }
      validBytes = offset + bytes.length + 1;
    });
    if (validBytes < 0) return 'other-build';
    if (!sawHeader) return null;
    return { byDoc, validBytes };
  } finally {
    closeSync(fd);
  }
}

/** Calls `fn` with every newline-terminated line (bytes without the newline) and its offset. */
function forEachLine(fd: number, fn: (line: Buffer, offset: number) => void): void {
  const size = fstatSync(fd).size;
  let chunk = Buffer.allocUnsafe(4 << 20);
  let carry = Buffer.alloc(0);
  let carryOffset = 0;
  let pos = 0;
  while (pos < size) {
    const n = readSync(fd, chunk, 0, chunk.length, pos);
    if (n <= 0) break;
    const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
    const dataOffset = carry.length ? carryOffset : pos;
    pos += n;
    let start = 0;
    for (let nl = data.indexOf(10, start); nl >= 0; nl = data.indexOf(10, start)) {
      fn(data.subarray(start, nl), dataOffset + start);
      start = nl + 1;
    }
    carry = Buffer.from(data.subarray(start));
    carryOffset = dataOffset + start;
    // a line longer than the chunk: read bigger chunks rather than splitting it forever
    if (carry.length >= chunk.length) chunk = Buffer.allocUnsafe(chunk.length * 2);
  }
}

/**
 * Reads lines by location. Lines are asked for in input order, which is spool order except after a
 * --resume that reprocessed a changed document, so a read-ahead window turns almost every request
 * into a memory copy.
 */
export class SpoolReader {
  private fd: number;
  private window = Buffer.alloc(0);
  private windowOffset = 0;

  constructor(file: string, private readonly windowBytes = 4 << 20) {
    this.fd = openSync(file, 'r');
  }

  read(loc: SpoolLocation): string {
    const from = loc.offset - this.windowOffset;
    if (from < 0 || from + loc.length > this.window.length) {
      const size = Math.max(this.windowBytes, loc.length);
      const buf = Buffer.allocUnsafe(size);
      let got = 0;
      while (got < size) {
        const n = readSync(this.fd, buf, got, size - got, loc.offset + got);
        if (n <= 0) break;
        got += n;
      }
      if (got < loc.length) throw new Error(`spool ends before the line at byte ${loc.offset}`);
      this.window = buf.subarray(0, got);
      this.windowOffset = loc.offset;
      return this.read(loc);
    }
    return this.window.toString('utf8', from, from + loc.length);
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Growable list of spool locations, one per input position (-1: no result for that input). */
export class LocationIndex {
  private offsets = new Float64Array(1024);
  private lengths = new Float64Array(1024);
  size = 0;

  set(seq: number, loc: SpoolLocation | null): void {
    while (seq >= this.offsets.length) {
      const o = new Float64Array(this.offsets.length * 2);
      o.set(this.offsets);
      const l = new Float64Array(this.lengths.length * 2);
      l.set(this.lengths);
      this.offsets = o;
      this.lengths = l;
    }
    for (let i = this.size; i < seq; i++) this.offsets[i] = -1;
    this.offsets[seq] = loc ? loc.offset : -1;
    this.lengths[seq] = loc ? loc.length : 0;
    if (seq >= this.size) this.size = seq + 1;
  }

  get(seq: number): SpoolLocation | null {
    const offset = this.offsets[seq] ?? -1;
    return offset < 0 ? null : { offset, length: this.lengths[seq]! };
  }
}
