// One schema, three products: the CSV columns, the JSONL shape and the published JSON Schema
// (`claimtab schema`). Field order here is column order in every output.
import { z } from 'zod';

const measure = z.enum(['count', 'money', 'percent', 'duration', 'age', 'ordinal', 'measure']);
const qualifier = z.enum(['exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'up_to']);
const grain = z.enum(['day', 'week', 'month', 'quarter', 'half', 'year', 'decade', 'duration']);
const anchor = z.enum(['explicit', 'relative', 'unresolved']);
const label = z.enum(['PERSON', 'ORG', 'PLACE', 'MISC']);

export const MentionRow = z.object({
  doc: z.string().describe('document path as given on the command line, or relative to the folder given'),
  type: z.enum(['figure', 'date', 'entity']),
  start: z.number().int().describe('UTF-16 offset into the decoded file text (BOM removed, before cleaning)'),
  end: z.number().int(),
  text: z.string().describe('fileText.slice(start, end)'),
  claim_id: z.string().nullable(),
  value: z.union([z.number(), z.string()]).nullable().describe('figure: a number; date: TIMEX3-style value'),
  value_max: z.number().nullable(),
  unit: z.string().nullable(),
  measure: measure.nullable(),
  qualifier: qualifier.nullable(),
  currency: z.string().nullable(),
  change: z.enum(['up', 'down']).nullable(),
  equivalent_of: z.number().int().nullable().describe('for a conversion in parentheses, the start of the amount it converts'),
  grain: grain.nullable(),
  anchor: anchor.nullable(),
  label: label.nullable(),
  canonical: z.string().nullable(),
  entity_id: z.string().nullable(),
  rule: z.string().describe('the extractor rule that produced the mention'),
});
export type MentionRow = z.infer<typeof MentionRow>;

const FigureRef = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  value: z.number().nullable(),
  value_max: z.number().nullable(),
  unit: z.string().nullable(),
  measure: measure,
  qualifier: qualifier,
  currency: z.string().nullable(),
  change: z.enum(['up', 'down']).nullable(),
});

const DateRef = z.object({
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  text: z.string().nullable(),
  value: z.string().nullable(),
  grain: grain.nullable(),
  anchor: anchor,
  window_end: z.string().nullable().describe('for a window ("in the past five days"), the date the period ends: the publication date'),
});

export const ClaimRow = z.object({
  claim_id: z.string(),
  doc: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  subject: z.object({ text: z.string(), canonical: z.string().nullable(), label: label.nullable() }).nullable(),
  predicate: z.string().nullable(),
  figure: FigureRef.nullable(),
  date: DateRef.nullable(),
  attribution: z.object({ text: z.string(), canonical: z.string().nullable() }).nullable(),
  quoted: z.boolean(),
  hedged: z.boolean(),
  negated: z.boolean(),
});
export type ClaimRow = z.infer<typeof ClaimRow>;

export const EntityRow = z.object({
  entity_id: z.string(),
  canonical: z.string(),
  label: label,
  aliases: z.array(z.string()).describe('every surface form seen; joined with " | " in CSV'),
  docs: z.number().int(),
  mentions: z.number().int(),
});
export type EntityRow = z.infer<typeof EntityRow>;

export const ErrorRow = z.object({
  path: z.string(),
  line: z.number().int().nullable(),
  severity: z.enum(['info', 'warning', 'error']),
  rule: z.string(),
  reason: z.string(),
});
export type ErrorRow = z.infer<typeof ErrorRow>;

export const TABLES = { claims: ClaimRow, mentions: MentionRow, entities: EntityRow, errors: ErrorRow } as const;
export type TableName = keyof typeof TABLES;

/** The JSON Schema of every table, for `claimtab schema`. */
export function jsonSchemas(): Record<TableName, unknown> {
  return Object.fromEntries(
    Object.entries(TABLES).map(([name, schema]) => [name, z.toJSONSchema(schema, { target: 'draft-2020-12' })]),
  ) as Record<TableName, unknown>;
}

/** CSV column names: nested objects flattened with `_` (figure_value, attribution_text, ...). */
export function csvColumns(schema: z.ZodObject): string[] {
  const cols: string[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = unwrap(field as z.ZodType);
    if (inner instanceof z.ZodObject) for (const sub of csvColumns(inner)) cols.push(`${key}_${sub}`);
    else cols.push(key);
  }
  return cols;
}

function unwrap(t: z.ZodType): z.ZodType {
  let cur: any = t;
  while (cur instanceof z.ZodNullable || cur instanceof z.ZodOptional) cur = cur.unwrap();
  return cur;
}

/**
 * The shape of a schema as plain data: each key in column order and, for a nested object, its own
 * plan. Worked out once per schema (walking zod's wrappers per row cost more than the CSV encoding).
 */
interface Plan {
  keys: string[];
  nested: (Plan | null)[];
}

const plans = new WeakMap<z.ZodObject, Plan>();

function planOf(schema: z.ZodObject): Plan {
  let plan = plans.get(schema);
  if (!plan) {
    plan = { keys: [], nested: [] };
    for (const [key, field] of Object.entries(schema.shape)) {
      const inner = unwrap(field as z.ZodType);
      plan.keys.push(key);
      plan.nested.push(inner instanceof z.ZodObject ? planOf(inner) : null);
    }
    plans.set(schema, plan);
  }
  return plan;
}

/** Flatten one record to CSV cells in column order. */
export function flattenRow(schema: z.ZodObject, row: Record<string, unknown>): unknown[] {
  const cells: unknown[] = [];
  flattenInto(planOf(schema), row, cells);
  return cells;
}

function flattenInto(plan: Plan, row: Record<string, unknown> | null | undefined, cells: unknown[]): void {
  for (let i = 0; i < plan.keys.length; i++) {
    const v = row == null ? undefined : row[plan.keys[i]!];
    const nested = plan.nested[i];
    if (nested) flattenInto(nested, v as Record<string, unknown> | null | undefined, cells);
    else if (Array.isArray(v)) cells.push(v.join(' | '));
    else cells.push(v ?? null);
  }
}

/** Reorder a record's keys to schema order (so JSONL bytes do not depend on construction order). */
export function orderKeys(schema: z.ZodObject, row: Record<string, unknown>): Record<string, unknown> {
  return orderBy(planOf(schema), row);
}

function orderBy(plan: Plan, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < plan.keys.length; i++) {
    const key = plan.keys[i]!;
    const v = row[key];
    const nested = plan.nested[i];
    out[key] = nested && v != null ? orderBy(nested, v as Record<string, unknown>) : v ?? null;
  }
  return out;
}
