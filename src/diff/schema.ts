// The diff's one schema: the JSONL shape (contract.md, "diff") and, one row per member, the CSV
// columns. Field order here is key order in JSONL and column order in CSV.
import { z } from 'zod';

export const DiffMemberRow = z.object({
  doc: z.string(),
  outlet: z.string().nullable(),
  claim_id: z.string(),
  start: z.number().int().describe('offset of the compared figure or date mention'),
  end: z.number().int(),
  text: z.string().describe('the compared mention'),
  value: z.union([z.number(), z.string()]).nullable().describe('figure value, or the date value in event groups'),
  unit: z.string().nullable(),
  date: z.string().nullable().describe('the date the claim is about'),
  published: z.string().nullable(),
  value_max: z.number().nullable(),
  qualifier: z.string().nullable(),
  sentence_start: z.number().int(),
  sentence_end: z.number().int(),
  sentence: z.string(),
});

export const DiffGroupRow = z.object({
  group_id: z.string(),
  topic: z.string(),
  verdict: z.enum(['agree', 'conflict', 'single']),
  reason: z.string(),
  kind: z.enum(['figure', 'event']),
  members: z.array(DiffMemberRow),
});

/** CSV: one row per member, the group's fields first. */
export const DiffCsvRow = z.object({
  group_id: z.string(),
  verdict: z.string(),
  topic: z.string(),
  reason: z.string(),
  kind: z.string(),
  ...DiffMemberRow.shape,
});
