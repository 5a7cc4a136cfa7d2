// The last stage of a batch run, in parallel: spooled document results -> corpus-wide canonicals ->
// CSV or JSONL text. The main thread reads the spool in order and hands batches of lines to the
// workers, which would otherwise sit idle while one thread renders the whole corpus.
import { EntityRegistry, applyRegistry } from '../corpus/entity-registry.js';
import { hashId } from '../claims/ids.js';
import { csvRows, jsonlRows } from '../output/format.js';
import { ClaimRow, MentionRow } from '../output/schema.js';
import type { SpoolBody } from './spool.js';

/** [label, document-level canonical, corpus-wide canonical, entity_id] */
export type Resolution = [label: string, canonical: string, final: string, entityId: string];

/**
 * The registry's answers for every (label, canonical) pair the corpus holds, worked out once by the
 * main thread. Stands in for the registry in applyRegistry, which only asks `resolve`.
 */
export class ResolvedNames {
  private readonly map = new Map<string, { canonical: string; entity_id: string }>();

  constructor(entries: Resolution[]) {
    for (const [label, canonical, final, entityId] of entries) this.map.set(`${label}\u0000${canonical}`, { canonical: final, entity_id: entityId });
  }

  static from(registry: EntityRegistry, pairs: Iterable<string>): Resolution[] {
    const out: Resolution[] = [];
    for (const key of pairs) {
      const [label, canonical] = key.split('\u0000') as [string, string];
      const r = registry.resolve(label, canonical);
      out.push([label, canonical, r.canonical, r.entity_id]);
    }
    return out;
  }

  resolve(label: string, canonical: string): { canonical: string; entity_id: string } {
    // a pair no document showed the registry keeps its name, as EntityRegistry.resolve does
    return this.map.get(`${label}\u0000${canonical}`) ?? { canonical, entity_id: hashId('e', label, canonical) };
  }

  /** Rows of one spooled document with corpus-wide canonicals. */
  apply(body: SpoolBody): SpoolBody {
    applyRegistry(this as unknown as EntityRegistry, body.mentions, body.claims);
    return body;
  }
}

export interface RenderRequest {
  /** spool bodies (the third part of each line), in output order */
  bodies: string[];
  format: 'csv' | 'jsonl';
  escapeFormulas: boolean;
  /** render the mentions table too (only --out writes it) */
  mentions: boolean;
}

export interface Rendered {
  claims: string;
  mentions: string;
}

export function renderBodies(req: RenderRequest, names: ResolvedNames): Rendered {
  const claims: Record<string, unknown>[] = [];
  const mentions: Record<string, unknown>[] = [];
  for (const text of req.bodies) {
    const body = names.apply(JSON.parse(text) as SpoolBody);
    for (const c of body.claims) claims.push(c as unknown as Record<string, unknown>);
    if (req.mentions) for (const m of body.mentions) mentions.push(m as unknown as Record<string, unknown>);
  }
  // csv-stringify ends every record with its delimiter, so batches rendered apart concatenate to
  // the same bytes as the whole table rendered at once
  const render = (schema: typeof ClaimRow | typeof MentionRow, rows: Record<string, unknown>[]) =>
    req.format === 'csv' ? csvRows(schema, rows, { escapeFormulas: req.escapeFormulas }) : jsonlRows(schema, rows);
  return { claims: render(ClaimRow, claims), mentions: req.mentions ? render(MentionRow, mentions) : '' };
}
