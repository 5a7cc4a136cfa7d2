// Builds ClaimRow records by hand, the way the pipeline would, with offsets located in a real text,
// so that the grouping can be tested while the extractors are still being written.
import { createHash } from 'node:crypto';
import type { ClaimRow } from '../../src/output/schema.js';

export interface FigureSpec {
  /** the figure's text as it appears in the sentence */
  text: string;
  /** which occurrence inside the sentence (default 0) */
  nth?: number;
  value: number | null;
  value_max?: number | null;
  unit: string | null;
  measure?: NonNullable<ClaimRow['figure']>['measure'];
  qualifier?: NonNullable<ClaimRow['figure']>['qualifier'];
  currency?: string | null;
  change?: 'up' | 'down' | null;
}

export interface DateSpec {
  /** the date's text in the sentence; null for a date the sentence does not state */
  text: string | null;
  value: string | null;
  grain: NonNullable<ClaimRow['date']>['grain'];
  anchor?: NonNullable<ClaimRow['date']>['anchor'];
  window_end?: string | null;
}

export interface ClaimSpec {
  /** the sentence as it appears in the document */
  sentence: string;
  /** which occurrence of the sentence in the document (default 0) */
  nth?: number;
  figure?: FigureSpec | null;
  date?: DateSpec | null;
  subject?: { text: string; canonical: string | null; label: 'PERSON' | 'ORG' | 'PLACE' | 'MISC' | null } | null;
  predicate?: string | null;
  hedged?: boolean;
  negated?: boolean;
  quoted?: boolean;
}

export interface DocSpec {
  doc: string;
  text: string;
  outlet: string | null;
  published: string | null;
}

function indexOfNth(hay: string, needle: string, nth: number, from = 0): number {
  let i = from - 1;
  for (let k = 0; k <= nth; k++) {
    i = hay.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`not found (occurrence ${nth}): ${needle.slice(0, 80)}`);
  }
  return i;
}

export function claim(doc: DocSpec, spec: ClaimSpec): ClaimRow {
  const start = indexOfNth(doc.text, spec.sentence, spec.nth ?? 0);
  const end = start + spec.sentence.length;
  const f = spec.figure ?? null;
  let figure: ClaimRow['figure'] = null;
  if (f) {
    const at = start + indexOfNth(spec.sentence, f.text, f.nth ?? 0);
    figure = {
      start: at, end: at + f.text.length, text: f.text, value: f.value, value_max: f.value_max ?? null, unit: f.unit,
      measure: f.measure ?? 'count', qualifier: f.qualifier ?? 'exact', currency: f.currency ?? null, change: f.change ?? null,
    };
  }
  let date: ClaimRow['date'] = null;
  if (spec.date) {
    const d = spec.date;
    const at = d.text === null ? null : start + indexOfNth(spec.sentence, d.text, 0);
    date = {
      start: at, end: at === null ? null : at + d.text!.length, text: d.text, value: d.value, grain: d.grain,
      anchor: d.anchor ?? 'explicit', window_end: d.grain === 'duration' ? d.window_end ?? doc.published : null,
    };
  }
  const focus = figure ? `f${figure.start}:${figure.text}` : date ? `d${date.start}:${date.text}` : 'none';
  const claim_id = 'c' + createHash('sha256').update(`${doc.doc}\u0000${start}\u0000${focus}`).digest('hex').slice(0, 16);
  return {
    claim_id, doc: doc.doc, outlet: doc.outlet, published: doc.published, start, end, text: spec.sentence,
    subject: spec.subject ?? null, predicate: spec.predicate ?? null, figure, date, attribution: null,
    quoted: spec.quoted ?? false, hedged: spec.hedged ?? false, negated: spec.negated ?? false,
  };
}

/** A document made of the given sentences, for sentences quoted from the web. */
export function docOf(doc: string, outlet: string | null, published: string | null, sentences: string[]): DocSpec & { sentences: string[] } {
  return { doc, outlet, published, text: sentences.join(' '), sentences };
}
