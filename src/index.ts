// The library API: `import { extract } from 'claimtab'`.
import type { Article } from './types.js';
import { toArticle } from './pipeline/read-article.js';
import { processDocument } from './pipeline/process-document.js';
import { finishCorpus, extractCorpus, type CorpusResult } from './pipeline/extract-corpus.js';

export type * from './types.js';
export type { ClaimRow, MentionRow, EntityRow, ErrorRow } from './output/schema.js';
export { ClaimRow as ClaimSchema, MentionRow as MentionSchema, EntityRow as EntitySchema, jsonSchemas } from './output/schema.js';
export { extractCorpus as extractFiles } from './pipeline/extract-corpus.js';
export type { CorpusResult } from './pipeline/extract-corpus.js';

export interface DocumentInput {
  /** a name for the document in every table */
  doc: string;
  text: string;
  /** publication date YYYY-MM-DD: the anchor of relative dates; without it they stay unresolved */
  published?: string | null;
  outlet?: string | null;
  title?: string | null;
  url?: string | null;
}

/** Extract claims, mentions and entities from documents held in memory. Deterministic. */
export function extract(documents: DocumentInput[]): CorpusResult {
  const docs = documents.map((d) => {
    const article: Article = toArticle(d.doc, d.text.replace(/^\uFEFF/, ''), {
      published: d.published ?? null, outlet: d.outlet ?? null, title: d.title ?? null, url: d.url ?? null,
    });
    return processDocument(article);
  });
  return finishCorpus(docs, []);
}

void extractCorpus;
