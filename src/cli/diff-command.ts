// `claimtab diff`: extract the claims of every input, group them across documents, and report which
// figures agree and which conflict. Exit 1 when any conflict, 0 when none, 2 on input errors (after
// reporting everything that could be read).
import { Option, type Command } from 'commander';
import { DIFF_FORMATS, renderDiff, type DiffFormat } from '../diff/render.js';
import { writeFileAtomic } from '../output/atomic.js';
import { describeFsError } from '../ingest/inputs.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { formatDiagnostic, hasErrors } from './diagnostics.js';
import type { Io } from './io.js';

const DIFF_EXAMPLES = `
Examples:
  $ claimtab diff fixtures --manifest fixtures/manifest.csv
      which figures agree and which conflict across the articles, on the terminal
  $ claimtab diff fixtures --manifest fixtures/manifest.csv --format html --out report.html
      a self-contained report to open in a browser, conflicts first
  $ claimtab diff fixtures --manifest fixtures/manifest.csv --format jsonl
      one group a line: {group_id, topic, verdict, reason, kind, members}

Exit codes: 0 no conflict, 1 conflicts found, 2 input errors (the report is still written).`;

export function registerDiffCommand(program: Command, io: Io, done: (code: ExitCode) => void): void {
  program
    .command('diff')
    .description('group claims across documents: which figures agree and which conflict')
    .argument('<paths...>', 'files, folders (read recursively: *.txt, *.md) or - for standard input')
    .option('--manifest <file.csv>', 'CSV with file, published, outlet, title, url columns')
    .addOption(new Option('--format <format>', 'report format').choices([...DIFF_FORMATS]).default('text'))
    .option('--out <file>', 'write the report to FILE (atomically) instead of standard output')
    .option('--no-color', 'no ANSI colour in the text format (also NO_COLOR=1; never used off a terminal)')
    .addHelpText('after', DIFF_EXAMPLES)
    .action(async (paths: string[], opts) => {
      done(await runDiffCommand(paths, { manifest: opts.manifest, format: opts.format, out: opts.out, color: opts.color }, io));
    });
}

export interface DiffCommandOptions {
  manifest?: string;
  format: DiffFormat;
  /** write the report here (atomically) instead of standard output */
  out?: string;
  /** false turns colour off; colour is only ever used on a terminal, and never with NO_COLOR set */
  color?: boolean;
}

export async function runDiffCommand(paths: string[], opts: DiffCommandOptions, io: Io): Promise<ExitCode> {
  // the extractors load only when a command runs them (each worker of `extract` loads its own)
  const [{ extractCorpus }, { groupClaims }] = await Promise.all([import('../pipeline/extract-corpus.js'), import('../diff/group.js')]);
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
