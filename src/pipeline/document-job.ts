// One document's work, as a worker thread (or the main thread, with --workers 0) does it: read,
// decode, hash, process, and serialise the result as one spool line. Everything here is plain data
// so that it crosses a thread boundary as it is (the line's bytes by transfer).
import type { Diagnostic, EntityLabel } from '../types.js';
import type { InputRef } from '../ingest/inputs.js';
import { contentHash, readInput, toArticle, type MetaEntry } from './read-article.js';
import { processDocument } from './process-document.js';
import { spoolBytes } from './spool.js';

export interface DocJob {
  /** position in the run's input order; results are written in this order */
  seq: number;
  input: InputRef;
  entry: MetaEntry | null;
  /** already decoded text (a JSONL record); the file is not read */
  text?: string;
  /** raw bytes already read (standard input) */
  bytes?: Uint8Array;
  /** --resume: the hash spooled for this doc; a match means the spooled result still holds */
  spooledHash?: string;
}

/** The entity fields the corpus registry needs, without the rest of the mention. */
export type EntitySighting = [label: EntityLabel, canonical: string, text: string];

export type DocOutcome =
  | { seq: number; kind: 'done'; bytes: number; hash: string; line: Uint8Array; entities: EntitySighting[] }
  | { seq: number; kind: 'unchanged'; bytes: number; hash: string }
  | { seq: number; kind: 'failed'; bytes: number; diagnostic: Diagnostic };

export async function runDocJob(job: DocJob, maxBytes: number): Promise<DocOutcome> {
  const { seq } = job;
  let read;
  if (job.text !== undefined) {
    const bytes = Buffer.byteLength(job.text);
    if (bytes > maxBytes) {
      return { seq, kind: 'failed', bytes, diagnostic: { path: job.input.file, reason: `text is ${bytes} bytes, over --max-bytes ${maxBytes}; skipped`, severity: 'error', rule: 'ingest/too-large' } };
    }
    read = { article: toArticle(job.input.doc, job.text, job.entry), bytes };
  } else {
    read = await readInput(job.input, job.entry, maxBytes, job.bytes);
  }
  if ('diagnostic' in read) return { seq, kind: 'failed', bytes: read.bytes, diagnostic: read.diagnostic };
  const hash = contentHash(read.article.text, job.entry);
  if (job.spooledHash === hash) return { seq, kind: 'unchanged', bytes: read.bytes, hash };
  try {
    const result = processDocument(read.article);
    const entities: EntitySighting[] = [];
    for (const m of result.mentions) if (m.type === 'entity' && m.label && m.canonical) entities.push([m.label, m.canonical, m.text]);
    // the spool line as the bytes written to disk, newline included: a worker hands them to the main
    // thread by transfer (no copy), and the main thread writes them as they are (no re-encoding); the
    // line is several times the article's size, so a string copied and encoded per document was a
    // good part of the main thread's work and of its garbage
    const line = spoolBytes({ doc: result.doc, hash }, entities, result);
    return { seq, kind: 'done', bytes: read.bytes, hash, line, entities };
  } catch (err) {
    // one document that breaks an extractor must not stop the run
    return { seq, kind: 'failed', bytes: read.bytes, diagnostic: { path: job.input.file, reason: `internal error: ${(err as Error)?.message ?? String(err)}`, severity: 'error', rule: 'pipeline/crash' } };
  }
}
