// The records `claimtab diff` produces: groups of claims from different documents that speak of the
// same thing, with a verdict a reporter can check by reading the members side by side.

export type Verdict = 'agree' | 'conflict' | 'single';

/** `figure`: the claims' figures are compared; `event`: the dates of one event are compared. */
export type GroupKind = 'figure' | 'event';

export interface DiffMember {
  doc: string;
  outlet: string | null;
  published: string | null;
  claim_id: string;
  /** offsets of the compared figure or date mention (UTF-16, into the decoded file text) */
  start: number;
  end: number;
  /** the compared mention: fileText.slice(start, end) */
  text: string;
  /** figure value (null for vague amounts), or the date value for event groups */
  value: number | string | null;
  value_max: number | null;
  unit: string | null;
  qualifier: string | null;
  /** the date the claim is about (TIMEX3 value), or null */
  date: string | null;
  /** the claim's sentence and its offsets, for showing the member in context */
  sentence_start: number;
  sentence_end: number;
  sentence: string;
}

export interface DiffGroup {
  /** hash of the kind and the members' claim ids: the same claims give the same id */
  group_id: string;
  topic: string;
  verdict: Verdict;
  /** why the verdict: the values compared and the evidence that the claims speak of one thing */
  reason: string;
  kind: GroupKind;
  members: DiffMember[];
}

export const VERDICT_ORDER: Record<Verdict, number> = { conflict: 0, agree: 1, single: 2 };
