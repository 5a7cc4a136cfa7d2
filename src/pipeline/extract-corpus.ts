// Many documents in memory: expand paths, read, process each document, then the corpus-wide entity
// stage. The library API; the command line runs large corpora through batch.ts (workers, spool).
import { manifestFileExists } from '../ingest/manifest.js';
import type { Diagnostic } from '../types.js';
import { expandInputs } from '../ingest/inputs.js';
import { readManifest, type Manifest } from '../ingest/manifest.js';
import { processDocument, type DocumentResult } from './process-document.js';
import { readArticle, readStreamAtMost } from './read-article.js';
import { EntityRegistry, applyRegistry } from '../corpus/entity-registry.js';
import type { ClaimRow, EntityRow, MentionRow } from '../output/schema.js';
import { DEFAULT_MAX_BYTES } from './limits.js';

export interface ExtractCorpusOptions {
  paths: string[];
  manifest?: string;
  maxBytes?: number;
  /** standard input up to maxBytes (null: more than that); default process.stdin */
  readStdin?: (maxBytes: number) => Promise<Buffer | null>;
}

export interface CorpusResult {
  docs: DocumentResult[];
  claims: ClaimRow[];
  mentions: MentionRow[];
  entities: EntityRow[];
  diagnostics: Diagnostic[];
}

export { DEFAULT_MAX_BYTES };

export async function extractCorpus(opts: ExtractCorpusOptions): Promise<CorpusResult> {
  const diagnostics: Diagnostic[] = [];
  let manifest: Manifest | null = null;
  if (opts.manifest) manifest = await readManifest(opts.manifest, diagnostics);
  const inputs = await expandInputs(opts.paths, diagnostics);
  const docs: DocumentResult[] = [];
  for (const input of inputs) {
    const read = await readArticle(input, {
      manifest,
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      readStdin: opts.readStdin ?? readAllStdin,
    });
    if ('diagnostic' in read) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    try {
      docs.push(processDocument(read.article));
    } catch (err) {
      // one document that breaks an extractor must not stop the run
      diagnostics.push({ path: input.file, reason: `internal error: ${(err as Error).message}`, severity: 'error', rule: 'pipeline/crash' });
    }
  }
  if (manifest) {
    const used = new Set(inputs.map((i) => manifest!.lookup(i.file)).filter(Boolean));
    for (const e of manifest.entries) {
      if (!used.has(e) && !manifestFileExists(manifest.path, e.file)) diagnostics.push({ path: manifest.path, line: e.line, reason: `manifest names ${e.file}, which does not exist`, severity: 'warning', rule: 'manifest/unknown-file' });
    }
  }
  return finishCorpus(docs, diagnostics);
}

export function finishCorpus(docs: DocumentResult[], diagnostics: Diagnostic[]): CorpusResult {
  const registry = new EntityRegistry();
  for (const d of docs) registry.observe(d.mentions);
  for (const d of docs) registry.countDocument(d.mentions.filter((m) => m.type === 'entity' && m.label && m.canonical).map((m) => [m.label!, m.canonical!] as const));
  // one document at a time, as the batch pipeline does from its spool, so that both give the same rows
  for (const d of docs) applyRegistry(registry, d.mentions, d.claims);
  const mentions = docs.flatMap((d) => d.mentions);
  const claims = docs.flatMap((d) => d.claims);
  return { docs, claims, mentions, entities: registry.table(), diagnostics };
}

/** Standard input up to `maxBytes`; null when it holds more (then the rest is never read). */
export function readAllStdin(maxBytes: number): Promise<Buffer | null> {
  return readStreamAtMost(process.stdin, maxBytes);
}
