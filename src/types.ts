// The records that flow through the pipeline. Every mention keeps absolute offsets into the
// decoded file text (UTF-16 code units, BOM removed, before cleaning) and the rule that made it.

export type Severity = 'info' | 'warning' | 'error';

/** A problem found while reading or processing one input; printed as `path: reason` on stderr. */
export interface Diagnostic {
  path: string;
  reason: string;
  severity: Severity;
  /** machine-readable cause, e.g. `ingest/binary`, `manifest/bad-date` */
  rule: string;
  line?: number;
  column?: number;
}

export interface ArticleMeta {
  /** ISO date (YYYY-MM-DD) that anchors relative dates, or null when unknown. Never the machine clock. */
  published: string | null;
  /** where `published` came from */
  publishedSource: 'manifest' | 'dateline' | 'text' | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  /** dateline place, e.g. SEOUL in `SEOUL, Sept 2 (Reuters) –` */
  datelinePlace: string | null;
}

export interface Article {
  /** the document's path as given on the command line (or relative to the folder given) */
  doc: string;
  text: string;
  meta: ArticleMeta;
}

/** A span of the original text that is not article prose (share buttons, related headlines, ...). */
export interface ExcludedSpan {
  start: number;
  end: number;
  rule: string;
}

export interface Sentence {
  /** position of the sentence in the document, 0-based */
  index: number;
  paragraph: number;
  start: number;
  end: number;
  /** the sentence text with excluded spans blanked out (same length as end - start) */
  text: string;
}

export type Measure = 'count' | 'money' | 'percent' | 'duration' | 'age' | 'ordinal' | 'measure';
export type Qualifier = 'exact' | 'approx' | 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'up_to';

export interface FigureMention {
  type: 'figure';
  start: number;
  end: number;
  text: string;
  /** null for vague amounts ("dozens of") */
  value: number | null;
  value_max: number | null;
  unit: string | null;
  measure: Measure;
  qualifier: Qualifier;
  currency: string | null;
  change: 'up' | 'down' | null;
  /** for a parenthesised conversion, the `start` of the amount it converts */
  equivalent_of: number | null;
  rule: string;
}

export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'duration';
export type Anchor = 'explicit' | 'relative' | 'unresolved';

export interface DateMention {
  type: 'date';
  start: number;
  end: number;
  text: string;
  /** TIMEX3-style value: 2024-09-02, 2024-W35, 2024-08, 2024, 2024-Q3, 2024-H1, 199 (decade), P1W (window); null if unresolved */
  value: string | null;
  grain: Grain | null;
  anchor: Anchor;
  rule: string;
}

export type EntityLabel = 'PERSON' | 'ORG' | 'PLACE' | 'MISC';

export interface EntityMention {
  type: 'entity';
  start: number;
  end: number;
  text: string;
  label: EntityLabel;
  /** one name for the entity; document-level first, rewritten corpus-wide by corpus/ */
  canonical: string;
  rule: string;
}

/** What an extractor may know about the document beyond the sentence. */
export interface ExtractContext {
  doc: string;
  /** full masked text of the document (excluded spans blanked, offsets unchanged) */
  text: string;
  /** publication date, YYYY-MM-DD, or null */
  published: string | null;
}
