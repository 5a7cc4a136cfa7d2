// Parquet tables, written in row groups as rows arrive so that a large corpus never sits in memory.
// Columns are the CSV columns (nested objects flattened with `_`, lists joined with " | "), so a
// query written against the CSV works on the Parquet file. hyparquet-writer is pure JavaScript:
// nothing to compile or download on the machines researchers run claimtab on.
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { z } from 'zod';
import { csvColumns, flattenRow } from './schema.js';

type ParquetType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';

/** Rows per row group: big enough for good compression, small enough to keep memory flat. */
export const PARQUET_ROW_GROUP = 10_000;

/** Where encoded bytes go; called with chunks in file order. */
export type ByteSink = (chunk: Uint8Array) => void;

/** The Parquet type of each CSV column, from the zod schema (the one source of the columns). */
export function parquetColumnTypes(schema: z.ZodObject): { name: string; type: ParquetType }[] {
  const names = csvColumns(schema);
  const types = leafTypes(schema);
  return names.map((name, i) => ({ name, type: types[i]! }));
}

function leafTypes(schema: z.ZodObject): ParquetType[] {
  const out: ParquetType[] = [];
  for (const field of Object.values(schema.shape)) {
    const inner = unwrap(field as z.ZodType);
    if (inner instanceof z.ZodObject) out.push(...leafTypes(inner));
    else out.push(typeOf(inner));
  }
  return out;
}

function typeOf(t: z.ZodType): ParquetType {
  if (t instanceof z.ZodNumber) return t.isInt ? 'INT32' : 'DOUBLE';
  if (t instanceof z.ZodBoolean) return 'BOOLEAN';
  // a mention's `value` is a number for a figure and a TIMEX3 string for a date: one column, as text
  return 'STRING';
}

function unwrap(t: z.ZodType): z.ZodType {
  let cur: any = t;
  while (cur instanceof z.ZodNullable || cur instanceof z.ZodOptional) cur = cur.unwrap();
  return cur;
}

/**
 * Streaming Parquet writer for one table. `write` buffers rows and encodes a row group every
 * PARQUET_ROW_GROUP rows; `finish` writes the last group and the footer. Row group boundaries
 * depend on row counts only, so the same rows give the same bytes.
 */
export class ParquetTableWriter {
  private readonly columns: { name: string; type: ParquetType }[];
  private readonly buffers: unknown[][];
  private readonly writer: ParquetWriter;
  private readonly bytes: ByteWriter;
  private rows = 0;

  constructor(private readonly schema: z.ZodObject, private readonly sink: ByteSink, private readonly rowGroup = PARQUET_ROW_GROUP) {
    this.columns = parquetColumnTypes(schema);
    this.buffers = this.columns.map(() => []);
    this.bytes = new ByteWriter();
    // hand every row group's bytes to the sink as soon as it is encoded (ParquetWriter calls the
    // writer's optional flush() after each row group)
    const bytes = this.bytes as ByteWriter & { flush(): void };
    bytes.flush = () => {
      if (bytes.index > 0) sink(new Uint8Array(bytes.buffer.slice(0, bytes.index)));
      bytes.index = 0;
    };
    bytes.finish = bytes.flush;
    this.writer = new ParquetWriter({
      writer: bytes,
      schema: [
        { name: 'root', num_children: this.columns.length },
        ...this.columns.map(({ name, type }) => ({ ...schemaElement(type), name, repetition_type: 'OPTIONAL' as const })),
      ],
      createdBy: 'claimtab',
    });
  }

  write(rows: Record<string, unknown>[]): void {
    for (const row of rows) {
      const cells = flattenRow(this.schema, row);
      for (let i = 0; i < this.columns.length; i++) this.buffers[i]!.push(cell(cells[i], this.columns[i]!.type));
      if (++this.rows === this.rowGroup) this.flushGroup();
    }
  }

  finish(): void {
    if (this.rows > 0) this.flushGroup();
    this.writer.finish();
  }

  private flushGroup(): void {
    this.writer.write({
      columnData: this.columns.map(({ name }, i) => ({ name, data: this.buffers[i]! })),
      rowGroupSize: this.rows,
    });
    for (const b of this.buffers) b.length = 0;
    this.rows = 0;
  }
}

function schemaElement(type: ParquetType) {
  switch (type) {
    case 'STRING': return { type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const };
    case 'INT32': return { type: 'INT32' as const };
    case 'DOUBLE': return { type: 'DOUBLE' as const };
    case 'BOOLEAN': return { type: 'BOOLEAN' as const };
  }
}

function cell(v: unknown, type: ParquetType): unknown {
  if (v === null || v === undefined) return null;
  if (type === 'STRING') return typeof v === 'string' ? v : String(v);
  return v;
}
