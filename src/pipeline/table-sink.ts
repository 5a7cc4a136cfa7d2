// Where the final tables go, a document's rows at a time: a temporary file beside the target that
// is renamed into place only when complete (a reader never sees half a table; an interrupted run
// leaves the previous table as it was), or standard output. Finishing and committing are two steps
// so that a run can finish every table before it renames any (src/pipeline/batch.ts).
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { z } from 'zod';
import { csvHeader, csvRows, jsonlRows } from '../output/format.js';
import { ParquetTableWriter } from '../output/parquet.js';
import { releaseTemp, tempPathFor } from '../output/atomic.js';

export type OutputFormat = 'csv' | 'jsonl' | 'parquet';

/** Bytes out, in order. */
export interface ByteOut {
  write(chunk: string | Uint8Array): void | Promise<void>;
  /** every byte written and on the disk; nothing visible under the final name yet */
  finish(): Promise<void>;
  /** after `finish`: the output takes its final name */
  commit(): void;
  /** drops whatever was written and not committed (the previous file stays) */
  abort(): void;
}

const FLUSH_BYTES = 1 << 20;

export class AtomicFileOut implements ByteOut {
  private readonly tmp: string;
  private fd: number | null;
  private pieces: (string | Uint8Array)[] = [];
  private buffered = 0;
  private state: 'writing' | 'finished' | 'committed' | 'aborted' = 'writing';

  constructor(private readonly target: string) {
    this.tmp = tempPathFor(target);
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
    if (this.state !== 'writing') return;
    this.flush();
    // a full disk may show only here (delayed allocation), which is why the sync comes before any rename
    fsyncSync(this.fd!);
    closeSync(this.fd!);
    this.fd = null;
    this.state = 'finished';
  }

  commit(): void {
    if (this.state !== 'finished') throw new Error(`${this.target}: commit before finish`);
    renameSync(this.tmp, this.target);
    releaseTemp(this.tmp);
    this.state = 'committed';
  }

  abort(): void {
    if (this.state === 'committed' || this.state === 'aborted') return;
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.tmp, { force: true });
    releaseTemp(this.tmp);
    this.state = 'aborted';
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

  /** what was written to standard output cannot be taken back: nothing to rename */
  commit(): void {}

  abort(): void {
    this.pieces = [];
  }
}

/** One table: rows in (or rows already rendered as CSV/JSONL text), encoded bytes out. */
export interface TableSink {
  write(rows: Record<string, unknown>[]): void | Promise<void>;
  writeRendered(text: string): void | Promise<void>;
  /** the whole table written and synced (see ByteOut) */
  finish(): Promise<void>;
  commit(): void;
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
      commit: () => out.commit(),
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
    commit: () => out.commit(),
    abort: () => out.abort(),
  };
}
