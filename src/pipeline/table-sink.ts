// Where the final tables go, a document's rows at a time: a temporary file beside the target that
// is renamed into place only when complete (a reader never sees half a table; an interrupted run
// leaves the previous table as it was), or standard output.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { csvHeader, csvRows, jsonlRows } from '../output/format.js';
import { ParquetTableWriter } from '../output/parquet.js';

export type OutputFormat = 'csv' | 'jsonl' | 'parquet';

/** Bytes out, in order. */
export interface ByteOut {
  write(chunk: string | Uint8Array): void | Promise<void>;
  finish(): Promise<void>;
  abort(): void;
}

const FLUSH_BYTES = 1 << 20;
const pendingTemps = new Set<string>();

/** Removes the temporary files of tables still being written (on SIGINT/SIGTERM). */
export function removePendingTables(): void {
  for (const tmp of pendingTemps) rmSync(tmp, { force: true });
  pendingTemps.clear();
}

export class AtomicFileOut implements ByteOut {
  private readonly tmp: string;
  private fd: number | null;
  private pieces: (string | Uint8Array)[] = [];
  private buffered = 0;

  constructor(private readonly target: string) {
    this.tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    pendingTemps.add(this.tmp);
    this.fd = openSync(this.tmp, 'w');
  }

  write(chunk: string | Uint8Array): void {
    this.pieces.push(chunk);
    this.buffered += chunk.length;
    if (this.buffered >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.fd === null || !this.pieces.length) return;
    const bufs = this.pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p));
    const all = bufs.length === 1 ? bufs[0]! : Buffer.concat(bufs);
    let done = 0;
    while (done < all.length) done += writeSync(this.fd, all, done, all.length - done);
    this.pieces = [];
    this.buffered = 0;
  }

  async finish(): Promise<void> {
    this.flush();
    if (this.fd === null) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.tmp, this.target);
    pendingTemps.delete(this.tmp);
  }

  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.tmp, { force: true });
    pendingTemps.delete(this.tmp);
  }
}

/** Standard output in large writes, each awaited (a slow reader slows the writer, not memory). */
export class StdoutOut implements ByteOut {
  private pieces: string[] = [];
  private buffered = 0;

  constructor(private readonly out: (s: string) => Promise<void>) {}

  write(chunk: string | Uint8Array): void | Promise<void> {
    if (typeof chunk !== 'string') throw new Error('binary output needs --out');
    this.pieces.push(chunk);
    this.buffered += chunk.length;
    if (this.buffered >= FLUSH_BYTES) return this.flush();
  }

  private async flush(): Promise<void> {
    const s = this.pieces.join('');
    this.pieces = [];
    this.buffered = 0;
    await this.out(s);
  }

  finish(): Promise<void> {
    return this.flush();
  }

  abort(): void {
    this.pieces = [];
  }
}

/** One table: rows in (or rows already rendered as CSV/JSONL text), encoded bytes out. */
export interface TableSink {
  write(rows: Record<string, unknown>[]): void | Promise<void>;
  writeRendered(text: string): void | Promise<void>;
  finish(): Promise<void>;
  abort(): void;
}

export function tableSink(schema: z.ZodObject, format: OutputFormat, escapeFormulas: boolean, out: ByteOut): TableSink {
  if (format === 'parquet') {
    const writer = new ParquetTableWriter(schema, (chunk) => void out.write(chunk));
    return {
      write: (rows) => writer.write(rows),
      writeRendered: () => {
        throw new Error('parquet tables take rows, not text');
      },
      finish: async () => {
        writer.finish();
        await out.finish();
      },
      abort: () => out.abort(),
    };
  }
  // csv-stringify ends every record with its delimiter, so rendering a document's rows at a time
  // gives the same bytes as rendering the whole table at once
  if (format === 'csv') void out.write(csvHeader(schema));
  const opts = { escapeFormulas };
  return {
    write: (rows) => {
      if (!rows.length) return;
      return out.write(format === 'csv' ? csvRows(schema, rows, opts) : jsonlRows(schema, rows));
    },
    writeRendered: (text) => (text ? out.write(text) : undefined),
    finish: () => out.finish(),
    abort: () => out.abort(),
  };
}
