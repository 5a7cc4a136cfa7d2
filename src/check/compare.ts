// Comparing the expected claims table with what the extractors produce now. Claims are paired
// first by claim_id, then by where they sit and what they say, so that an edited figure (whose id,
// a hash of the sentence, changes with it) shows as a change of `claim_id` and `figure_value`,
// not as one claim removed and another added. Fields are compared by their flat CSV names
// (`figure_value`), the names a reviewer sees in the expected CSV and passes to --ignore.
import { ClaimRow, csvColumns } from '../output/schema.js';
import { compareCodeUnits } from '../ingest/inputs.js';
import type { ClaimRecord } from './expected-table.js';

export type { ClaimRecord } from './expected-table.js';

export interface FieldChange {
  /** flat field name: `figure_value`, `claim_id`, `text` */
  field: string;
  /** undefined when the field is absent from the record (a table written before the field existed) */
  expected: unknown;
  actual: unknown;
}

/** Which pass paired two claims; see PASSES. */
export type MatchRule = 'claim_id' | 'same-spans' | 'same-content' | 'same-starts' | 'same-sentence-start-and-focus' | 'same-focus-span' | 'same-sentence-text' | 'same-sentence-span';

export interface ClaimPair {
  expected: ClaimRecord;
  actual: ClaimRecord;
  matchedBy: MatchRule;
  /** differing fields in column order, ignored fields left out; empty when the claim did not move */
  changes: FieldChange[];
}

export interface CheckResult {
  changed: ClaimPair[];
  unchanged: ClaimPair[];
  added: ClaimRecord[];
  removed: ClaimRecord[];
  /** the flat fields that were not compared (--ignore, resolved) */
  ignored: string[];
}

export interface CompareOptions {
  /** fields a team does not pin: flat (`figure_unit`), dotted (`figure.unit`) or a whole object (`figure`) */
  ignore: readonly string[];
}

export class UnknownFieldError extends Error {
  constructor(readonly fields: string[], readonly known: string[]) {
    super(`unknown field${fields.length > 1 ? 's' : ''} for --ignore: ${fields.join(', ')} (fields: ${known.join(', ')})`);
    this.name = 'UnknownFieldError';
  }
}

export function hasDrift(result: CheckResult): boolean {
  return result.changed.length + result.added.length + result.removed.length > 0;
}

export function compareClaims(expected: readonly ClaimRecord[], actual: readonly ClaimRecord[], opts: CompareOptions): CheckResult {
  const exp = sortClaims(expected);
  const act = sortClaims(actual);
  const columns = fieldOrder([...exp, ...act]);
  const ignored = resolveIgnoredFields(opts.ignore, columns);
  const pairs = pairClaims(exp, act);
  const paired = { expected: new Set(pairs.map((p) => p.expected)), actual: new Set(pairs.map((p) => p.actual)) };

  const result: CheckResult = { changed: [], unchanged: [], added: [], removed: [], ignored: [...ignored].sort(compareCodeUnits) };
  for (const { expected: e, actual: a, matchedBy } of pairs) {
    const fe = flattenClaim(e);
    const fa = flattenClaim(a);
    const changes: FieldChange[] = [];
    for (const field of columns) {
      if (ignored.has(field)) continue;
      if (!sameValue(fe.get(field), fa.get(field))) changes.push({ field, expected: fe.get(field), actual: fa.get(field) });
    }
    (changes.length ? result.changed : result.unchanged).push({ expected: e, actual: a, matchedBy, changes });
  }
  result.added = act.filter((c) => !paired.actual.has(c));
  result.removed = exp.filter((c) => !paired.expected.has(c));
  const byActual = (x: ClaimPair, y: ClaimPair) => compareClaimOrder(x.actual, y.actual);
  result.changed.sort(byActual);
  result.unchanged.sort(byActual);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Pairing

/** What a claim is built on: its figure, else its date (a date-only claim), as offsets and text. */
export function claimFocus(c: ClaimRecord): { start: number; end: number; text: string } | null {
  for (const key of ['figure', 'date'] as const) {
    const m = c[key] as { start?: unknown; end?: unknown; text?: unknown } | null | undefined;
    if (m && typeof m === 'object' && typeof m.start === 'number' && typeof m.end === 'number') {
      return { start: m.start, end: m.end, text: typeof m.text === 'string' ? m.text : '' };
    }
  }
  return null;
}

type KeyOf = (c: ClaimRecord) => unknown[] | null;

/**
 * The passes, most certain first. Each pairs claims (of the same document) that agree on what the
 * pass keeps fixed; within a group, claims pair in document order. After the id, the order goes
 * from "nothing moved" to "only the sentence is recognisably the same".
 */
const PASSES: { rule: MatchRule; key: KeyOf }[] = [
  // the id hashes doc, sentence and focus: unchanged content, even if offsets shifted
  { rule: 'claim_id', key: (c) => [c.claim_id] },
  // an edit in place that keeps lengths ("42 years" -> "41 years"): every offset stays
  { rule: 'same-spans', key: (c) => withFocus(c, (f) => [c.doc, c.start, c.end, f.start, f.end]) },
  // same words at other offsets (a paragraph added above) when the id scheme itself changed
  { rule: 'same-content', key: (c) => [c.doc, c.text, claimFocus(c)?.text ?? null] },
  // an edit that changes a length ("42" -> "142"): the sentence and the figure still start where they did
  { rule: 'same-starts', key: (c) => withFocus(c, (f) => [c.doc, c.start, f.start]) },
  // the other figure of an edited sentence ("... 142 years ... 50 million won"): shifted, same text
  { rule: 'same-sentence-start-and-focus', key: (c) => withFocus(c, (f) => [c.doc, c.start, f.text]) },
  // a segmentation change: the figure stayed, the sentence around it grew or shrank
  { rule: 'same-focus-span', key: (c) => withFocus(c, (f) => [c.doc, f.start, f.end]) },
  // the sentence is the same, its figure is a different one (a rule now picks another number)
  { rule: 'same-sentence-text', key: (c) => [c.doc, c.text] },
  { rule: 'same-sentence-span', key: (c) => [c.doc, c.start, c.end] },
];

function withFocus(c: ClaimRecord, key: (f: { start: number; end: number; text: string }) => unknown[]): unknown[] | null {
  const f = claimFocus(c);
  return f ? key(f) : null;
}

function pairClaims(expected: ClaimRecord[], actual: ClaimRecord[]): { expected: ClaimRecord; actual: ClaimRecord; matchedBy: MatchRule }[] {
  const pairs: { expected: ClaimRecord; actual: ClaimRecord; matchedBy: MatchRule }[] = [];
  let restExpected = expected;
  let restActual = actual;
  for (const { rule, key } of PASSES) {
    const groups = new Map<string, ClaimRecord[]>();
    for (const e of restExpected) {
      const k = key(e);
      if (!k) continue;
      const id = JSON.stringify(k);
      const g = groups.get(id);
      if (g) g.push(e);
      else groups.set(id, [e]);
    }
    const taken = new Set<ClaimRecord>();
    const unpaired: ClaimRecord[] = [];
    for (const a of restActual) {
      const k = key(a);
      const e = k ? groups.get(JSON.stringify(k))?.shift() : undefined;
      if (e) {
        pairs.push({ expected: e, actual: a, matchedBy: rule });
        taken.add(e);
      } else unpaired.push(a);
    }
    restExpected = restExpected.filter((e) => !taken.has(e));
    restActual = unpaired;
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// Fields

const SCHEMA_COLUMNS = csvColumns(ClaimRow);
// nested objects are flattened, so a schema key that is not itself a column is an object (`figure`)
const SCHEMA_OBJECTS = new Set(Object.keys(ClaimRow.shape).filter((k) => !SCHEMA_COLUMNS.includes(k)));

/**
 * A claim as flat fields, the way the CSV names them: `figure_value` is `figure.value`, and every
 * field of a null object is null. Fields the record lacks are absent (undefined), not null.
 */
export function flattenClaim(c: ClaimRecord): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(c)) flattenInto(out, key, value);
  for (const col of SCHEMA_COLUMNS) {
    const obj = col.slice(0, col.indexOf('_'));
    if (!out.has(col) && SCHEMA_OBJECTS.has(obj) && c[obj] === null) out.set(col, null);
  }
  return out;
}

function flattenInto(out: Map<string, unknown>, name: string, value: unknown): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flattenInto(out, `${name}_${k}`, v);
  } else if (value === null && SCHEMA_OBJECTS.has(name)) {
    // null object: its sub-fields are filled in from the schema by the caller
  } else out.set(name, value);
}

/** Schema columns first, in schema order; then any other field, sorted. */
function fieldOrder(records: readonly ClaimRecord[]): string[] {
  const extra = new Set<string>();
  for (const r of records) for (const k of flattenClaim(r).keys()) if (!SCHEMA_COLUMNS.includes(k)) extra.add(k);
  return [...SCHEMA_COLUMNS, ...[...extra].sort(compareCodeUnits)];
}

/**
 * `--ignore` names to flat fields. `figure.unit` and `figure_unit` are the same field; `figure`
 * alone is every `figure_*` field. Unknown names are an error: a typo would otherwise pin nothing.
 */
export function resolveIgnoredFields(names: readonly string[], columns: readonly string[]): Set<string> {
  const out = new Set<string>();
  const unknown: string[] = [];
  for (const given of names.flatMap((n) => n.split(','))) {
    const name = given.trim().replace(/\./g, '_');
    if (!name) continue;
    const hits = columns.filter((c) => c === name || c.startsWith(`${name}_`));
    const exact = hits.filter((c) => c === name);
    const chosen = exact.length ? exact : hits;
    if (!chosen.length) unknown.push(given.trim());
    for (const c of chosen) out.add(c);
  }
  if (unknown.length) throw new UnknownFieldError(unknown, [...columns]);
  return out;
}

/** The fields of a claims table that --ignore accepts, given what the expected table holds. */
export function knownFields(records: readonly ClaimRecord[]): string[] {
  return fieldOrder(records);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Order

/** Document order: doc, sentence, focus, id. Locale-free, so the report is the same bytes everywhere. */
export function compareClaimOrder(x: ClaimRecord, y: ClaimRecord): number {
  return (
    compareCodeUnits(x.doc, y.doc) ||
    x.start - y.start ||
    x.end - y.end ||
    (claimFocus(x)?.start ?? -1) - (claimFocus(y)?.start ?? -1) ||
    compareCodeUnits(x.claim_id, y.claim_id)
  );
}

function sortClaims(rows: readonly ClaimRecord[]): ClaimRecord[] {
  return [...rows].sort(compareClaimOrder);
}
