// `claimtab diff`: extract the claims of every input, group them across documents, and report which
// figures agree and which conflict. Exit 1 when any conflict, 0 when none, 2 on input errors (after
// reporting everything that could be read).
import { extractCorpus } from '../pipeline/extract-corpus.js';
import { groupClaims } from '../diff/group.js';
import { renderDiff, type DiffFormat } from '../diff/render.js';
import { writeFileAtomic } from '../output/atomic.js';
import { describeFsError } from '../ingest/inputs.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { formatDiagnostic, hasErrors } from './diagnostics.js';
import type { Io } from './io.js';

export interface DiffCommandOptions {
  manifest?: string;
  format: DiffFormat;
  /** write the report here (atomically) instead of standard output */
  out?: string;
  /** false turns colour off; colour is only ever used on a terminal, and never with NO_COLOR set */
  color?: boolean;
}

export async function runDiffCommand(paths: string[], opts: DiffCommandOptions, io: Io): Promise<ExitCode> {
  const result = await extractCorpus({ paths, manifest: opts.manifest });
  for (const d of result.diagnostics) io.stderr(formatDiagnostic(d));
  const groups = groupClaims(result.claims, { mentions: result.mentions });

  const toTerminal = !opts.out && io.stdoutIsTTY;
  const color = opts.format === 'text' && toTerminal && opts.color !== false && !process.env.NO_COLOR;
  const report = renderDiff(groups, opts.format, { color });

  let failed = hasErrors(result.diagnostics);
  if (opts.out) {
    try {
      await writeFileAtomic(opts.out, report);
    } catch (err) {
      io.stderr(formatDiagnostic({ path: opts.out, reason: `cannot write the report: ${describeFsError(err)}`, severity: 'error', rule: 'output/unwritable' }));
      failed = true;
    }
  } else {
    await io.stdout(report);
  }
  if (failed) return EXIT.ERROR;
  return groups.some((g) => g.verdict === 'conflict') ? EXIT.FINDINGS : EXIT.OK;
}
