// `claimtab extract`: the claims table to stdout, or claims/mentions/entities/errors into --out DIR.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { extractCorpus, DEFAULT_MAX_BYTES, type CorpusResult } from '../pipeline/extract-corpus.js';
import { ClaimRow, EntityRow, ErrorRow, MentionRow } from '../output/schema.js';
import { renderTable, type TableFormat } from '../output/format.js';
import { writeFileAtomic } from '../output/atomic.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { formatDiagnostic, hasErrors } from './diagnostics.js';
import type { Io } from './io.js';

export interface ExtractCommandOptions {
  manifest?: string;
  format: TableFormat;
  out?: string;
  escapeFormulas: boolean;
  maxBytes: number;
}

export async function runExtractCommand(paths: string[], opts: ExtractCommandOptions, io: Io): Promise<ExitCode> {
  const result = await extractCorpus({ paths, manifest: opts.manifest, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES });
  for (const d of result.diagnostics) io.stderr(formatDiagnostic(d));
  const fmt = { escapeFormulas: opts.escapeFormulas };
  if (opts.out) await writeTables(opts.out, result, opts.format, fmt.escapeFormulas);
  else await io.stdout(renderTable(ClaimRow, result.claims as unknown as Record<string, unknown>[], opts.format, fmt));
  return hasErrors(result.diagnostics) ? EXIT.ERROR : EXIT.OK;
}

export async function writeTables(dir: string, result: CorpusResult, format: TableFormat, escapeFormulas: boolean): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const fmt = { escapeFormulas };
  const rows = (x: unknown[]) => x as Record<string, unknown>[];
  const errors: ErrorRow[] = result.diagnostics.map((d) => ({ path: d.path, line: d.line ?? null, severity: d.severity, rule: d.rule, reason: d.reason }));
  // names are fixed, so nothing from the input can steer a write outside DIR
  await writeFileAtomic(path.join(dir, `claims.${format}`), renderTable(ClaimRow, rows(result.claims), format, fmt));
  await writeFileAtomic(path.join(dir, `mentions.${format}`), renderTable(MentionRow, rows(result.mentions), format, fmt));
  await writeFileAtomic(path.join(dir, `entities.${format}`), renderTable(EntityRow, rows(result.entities), format, fmt));
  await writeFileAtomic(path.join(dir, `errors.${format}`), renderTable(ErrorRow, rows(errors), format, fmt));
}
