// The report for humans: one line per added or removed claim and per changed field, in document
// order, ending with a summary line. The JUnit and GitHub reports reuse these lines.
//
//   fixtures/000_x.txt:26:93 c1f0e... figure_value: 42 -> 41
//   check: 1 changed, 0 added, 0 removed (57 unchanged)
import type { CheckResult, ClaimPair, FieldChange } from './compare.js';
import { claimFocus, compareClaimOrder } from './compare.js';
import type { ClaimRecord } from './expected-table.js';
import { claimOffset, fieldOffset, formatPlace, type ClaimLocator, type Place } from './locate.js';

export type CheckEntry =
  | { kind: 'changed'; pair: ClaimPair }
  | { kind: 'unchanged'; pair: ClaimPair }
  | { kind: 'added'; claim: ClaimRecord }
  | { kind: 'removed'; claim: ClaimRecord };

const KIND_ORDER = { removed: 0, changed: 1, unchanged: 2, added: 3 } as const;

/** The claim an entry is shown as: the current one, or the expected one for a removed claim. */
export function entryClaim(e: CheckEntry): ClaimRecord {
  return e.kind === 'added' || e.kind === 'removed' ? e.claim : e.pair.actual;
}

/** The id an entry is known by: the pinned (expected) id where there is one. */
export function entryId(e: CheckEntry): string {
  return e.kind === 'added' || e.kind === 'removed' ? e.claim.claim_id : e.pair.expected.claim_id;
}

/** Every claim of the comparison in document order; unchanged ones only when asked (JUnit wants them). */
export function orderedEntries(result: CheckResult, withUnchanged = false): CheckEntry[] {
  const entries: CheckEntry[] = [
    ...result.removed.map((claim) => ({ kind: 'removed', claim }) as const),
    ...result.changed.map((pair) => ({ kind: 'changed', pair }) as const),
    ...(withUnchanged ? result.unchanged.map((pair) => ({ kind: 'unchanged', pair }) as const) : []),
    ...result.added.map((claim) => ({ kind: 'added', claim }) as const),
  ];
  return entries.sort((x, y) => compareClaimOrder(entryClaim(x), entryClaim(y)) || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
}

/** A value as it reads in a table: strings quoted (one line, whatever they hold), absent fields named. */
export function describeValue(v: unknown): string {
  if (v === undefined) return '(absent)';
  return JSON.stringify(v);
}

export function describeChange(c: FieldChange): string {
  return `${c.field}: ${describeValue(c.expected)} -> ${describeValue(c.actual)}`;
}

const SENTENCE_CHARS = 80;

/** `"41 years" in "The ring's leader, Cho Ju-bin, then 20, was sentenced to 41 years in prison."` */
export function describeClaim(c: ClaimRecord): string {
  const chars = [...c.text.replace(/\s+/g, ' ').trim()];
  const sentence = chars.length > SENTENCE_CHARS ? chars.slice(0, SENTENCE_CHARS - 1).join('') + '…' : chars.join('');
  const focus = claimFocus(c);
  return focus ? `${JSON.stringify(focus.text)} in ${JSON.stringify(sentence)}` : JSON.stringify(sentence);
}

export interface ReportLine {
  place: Place;
  id: string;
  /** the line without its place and id: `figure_value: 42 -> 41`, `added: "41 years" in "..."` */
  message: string;
}

export function entryLines(e: CheckEntry, locator: ClaimLocator): ReportLine[] {
  switch (e.kind) {
    case 'unchanged':
      return [];
    case 'added':
    case 'removed':
      return [{ place: locator.place(e.claim.doc, claimOffset(e.claim)), id: e.claim.claim_id, message: `${e.kind}: ${describeClaim(e.claim)}` }];
    case 'changed':
      return e.pair.changes.map((c) => ({
        place: locator.place(e.pair.actual.doc, fieldOffset(e.pair.actual, c.field)),
        id: e.pair.expected.claim_id,
        message: describeChange(c),
      }));
  }
}

export function formatReportLine(l: ReportLine): string {
  return `${formatPlace(l.place)} ${l.id} ${l.message}`;
}

export function summaryLine(result: CheckResult): string {
  return `check: ${result.changed.length} changed, ${result.added.length} added, ${result.removed.length} removed (${result.unchanged.length} unchanged)`;
}

export function renderTextReport(result: CheckResult, locator: ClaimLocator): string {
  let out = '';
  for (const e of orderedEntries(result)) for (const l of entryLines(e, locator)) out += formatReportLine(l) + '\n';
  return out + summaryLine(result) + '\n';
}
