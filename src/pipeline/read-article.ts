// Reading one input into an Article: bytes -> text -> metadata (manifest first, then the text).
import { promises as fs } from 'node:fs';
import type { Article, Diagnostic } from '../types.js';
import { decodeArticle } from '../ingest/decode.js';
import type { InputRef } from '../ingest/inputs.js';
import { describeFsError } from '../ingest/inputs.js';
import type { Manifest } from '../ingest/manifest.js';
import { readTextMeta } from '../ingest/metadata.js';

export interface ReadOptions {
  manifest: Manifest | null;
  maxBytes: number;
  readStdin: () => Promise<Buffer>;
}

export async function readArticle(input: InputRef, opts: ReadOptions): Promise<{ article: Article } | { diagnostic: Diagnostic }> {
  let bytes: Uint8Array;
  try {
    if (input.file === '-') bytes = await opts.readStdin();
    else {
      const stat = await fs.stat(input.file);
      if (stat.isDirectory()) return fail(input, 'is a directory', 'ingest/directory');
      if (stat.size > opts.maxBytes) return fail(input, `file is ${stat.size} bytes, over --max-bytes ${opts.maxBytes}; skipped`, 'ingest/too-large');
      bytes = await fs.readFile(input.file);
    }
  } catch (err) {
    return fail(input, describeFsError(err), 'ingest/unreadable');
  }
  if (bytes.length > opts.maxBytes) return fail(input, `input is ${bytes.length} bytes, over --max-bytes ${opts.maxBytes}; skipped`, 'ingest/too-large');
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return fail(input, decoded.reason, decoded.rule);
  return { article: toArticle(input.doc, decoded.text, opts.manifest?.lookup(input.file) ?? null) };
}

export function toArticle(doc: string, text: string, entry: { published: string | null; outlet: string | null; title: string | null; url: string | null } | null): Article {
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

function fail(input: InputRef, reason: string, rule: string): { diagnostic: Diagnostic } {
  return { diagnostic: { path: input.doc === '-' ? '-' : input.file, reason, severity: 'error', rule } };
}
