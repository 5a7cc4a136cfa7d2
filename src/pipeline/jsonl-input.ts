// --input-format jsonl: documents as records `{id, text, published, outlet, title?, url?}`, one per
// line, so that claimtab can sit inside a stream or batch engine (Spark's pipe(), a Beam step, a
// shell pipeline). A bad record is a diagnostic `stdin:LINE: reason`; the rest goes on.
import { TextDecoder } from 'node:util';
import type { Diagnostic } from '../types.js';
import { parsePublished } from '../ingest/manifest.js';
import type { MetaEntry } from './read-article.js';
import { DEFAULT_MAX_BYTES } from './limits.js';

export interface JsonlRecord {
  line: number;
  id: string;
  text: string;
  entry: MetaEntry;
}

/** A record, or a diagnostic in its place; `record` may come with a warning about one field. */
export type JsonlItem = { line: number; record: JsonlRecord | null; diagnostics: Diagnostic[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Splits a byte stream into lines without holding more than one line (plus a read chunk) at a
 * time; the caller's `for await` pulls the next chunk only when it wants the next record, which is
 * the backpressure that keeps a fast producer from filling memory. A line longer than `maxBytes`
 * comes as `bytes: null` as soon as it passes the limit; the rest of it is dropped as it arrives,
 * up to its end, so that one endless line (a missing line break, a stray binary) cannot fill memory.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<{ line: number; bytes: Buffer | null }> {
  let carry: Buffer[] = [];
  let carried = 0;
  // the current line has passed maxBytes and been reported: the rest of it is skipped
  let overlong = false;
  let line = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10, start)) {
      if (!overlong) {
        line++;
        if (carried + (nl - start) > maxBytes) yield { line, bytes: null };
        else {
          const piece = buf.subarray(start, nl);
          yield { line, bytes: carry.length ? Buffer.concat([...carry, piece]) : piece };
        }
      }
      carry = [];
      carried = 0;
      overlong = false;
      start = nl + 1;
    }
    if (start < buf.length && !overlong) {
      carried += buf.length - start;
      if (carried > maxBytes) {
        overlong = true;
        carry = [];
        carried = 0;
        yield { line: ++line, bytes: null };
      } else carry.push(Buffer.from(buf.subarray(start)));
    }
  }
  if (carry.length) yield { line: ++line, bytes: Buffer.concat(carry) };
}

export async function* readJsonlRecords(stream: AsyncIterable<Buffer | string>, name: string, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<JsonlItem> {
  const seen = new Set<string>();
  for await (const { line, bytes } of readLines(stream, maxBytes)) {
    const diag = (reason: string, severity: Diagnostic['severity'] = 'error', rule = 'input/bad-record'): Diagnostic => ({ path: name, line, reason, severity, rule });
    if (bytes === null) {
      // the record's id is somewhere in the dropped bytes: the line number is all there is to report
      yield { line, record: null, diagnostics: [diag(`line is over --max-bytes ${maxBytes}, record skipped`, 'error', 'ingest/too-large')] };
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      yield { line, record: null, diagnostics: [diag('invalid UTF-8, record skipped', 'error', 'input/encoding')] };
      continue;
    }
    if (line === 1) text = text.replace(/^\uFEFF/, '');
    text = text.replace(/\r$/, '');
    if (!text.trim()) continue;
    const parsed = parseRecord(text, line, diag);
    if ('reason' in parsed) {
      yield { line, record: null, diagnostics: [diag(`${parsed.reason}, record skipped`)] };
      continue;
    }
    if (seen.has(parsed.record.id)) {
      // the id names the document in every table and seeds its claim ids: two documents cannot share it
      yield { line, record: null, diagnostics: [diag(`duplicate id "${parsed.record.id}", record skipped`, 'error', 'input/duplicate-id')] };
      continue;
    }
    seen.add(parsed.record.id);
    yield { line, record: parsed.record, diagnostics: parsed.warnings };
  }
}

function parseRecord(text: string, line: number, diag: (reason: string, severity?: Diagnostic['severity'], rule?: string) => Diagnostic): { record: JsonlRecord; warnings: Diagnostic[] } | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { reason: `not valid JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { reason: 'not a JSON object' };
  const r = value as Record<string, unknown>;
  const id = typeof r.id === 'string' ? r.id : typeof r.id === 'number' && Number.isFinite(r.id) ? String(r.id) : null;
  if (id === null || !id.trim()) return { reason: 'no "id" (a non-empty string)' };
  if (typeof r.text !== 'string') return { reason: `no "text" (a string) for id "${id}"` };
  const body = r.text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { reason: `empty "text" for id "${id}"` };
  const warnings: Diagnostic[] = [];
  const optional = (key: string): string | null => {
    const v = r[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v.trim() || null;
    warnings.push(diag(`"${key}" for id "${id}" is not a string, left unset`, 'warning', 'input/bad-field'));
    return null;
  };
  const rawDate = optional('published');
  let published: string | null = null;
  if (rawDate) {
    published = parsePublished(rawDate);
    // as with the manifest, a bad date is never guessed: relative dates stay unresolved
    if (!published) warnings.push(diag(`bad published date "${rawDate}" for id "${id}" (want YYYY-MM-DD), left unset`, 'error', 'input/bad-date'));
  }
  return { record: { line, id, text: body, entry: { published, outlet: optional('outlet'), title: optional('title'), url: optional('url') } }, warnings };
}
