// `claimtab check`: extract the corpus, compare its claims with the expected table kept under
// version control, and say exactly which claims moved. Exit 0: nothing moved (or --update wrote the
// new table); 1: drift; 2: the expected table or an input could not be read.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../pipeline/limits.js';
import { expandInputs, describeFsError } from '../ingest/inputs.js';
import { decodeArticle } from '../ingest/decode.js';
import { writeFileAtomic } from '../output/atomic.js';
import { compareClaims, hasDrift, knownFields, resolveIgnoredFields, UnknownFieldError } from '../check/compare.js';
import { detectTableFormat, ExpectedTableError, parseClaimsTable, roundTripClaims, type ClaimRecord } from '../check/expected-table.js';
import { ClaimLocator, type SourceText } from '../check/locate.js';
import { renderTextReport } from '../check/report-text.js';
import { renderJunitReport } from '../check/report-junit.js';
import { renderGithubAnnotations } from '../check/report-github.js';
import type { Diagnostic } from '../types.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { formatDiagnostic, hasErrors } from './diagnostics.js';
import type { Io } from './io.js';

const CHECK_EXAMPLES = `
Examples:
  $ claimtab check fixtures --manifest fixtures/manifest.csv --expect test/expected/fixtures.claims.jsonl
      exit 0 when the claims match the expected table; 1, with a line per moved field, when not
  $ claimtab check fixtures --manifest fixtures/manifest.csv --expect expected.csv --junit claims.junit.xml
      also a JUnit report for the CI's test view (GitHub annotations follow GITHUB_ACTIONS=true)
  $ claimtab check fixtures --manifest fixtures/manifest.csv --expect expected.jsonl --ignore figure_unit
      a field the team does not pin (flat name, dotted figure.unit, or figure for all of them)
  $ claimtab check fixtures --manifest fixtures/manifest.csv --expect expected.jsonl --update
      after an intended rule change: print what moved, rewrite the table, review its git diff`;

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** Registers `check` with its options on the program; `done` receives the exit code. */
export function registerCheckCommand(program: Command, io: Io, done: (code: ExitCode) => void): void {
  program
    .command('check')
    .description('compare the claims of a corpus with an expected claims table and say which claims moved')
    .argument('<paths...>', 'files, folders (read recursively: *.txt, *.md) or - for standard input')
    .requiredOption('--expect <file>', 'the expected claims table, CSV or JSON Lines as `extract` writes it')
    .option('--manifest <file.csv>', 'CSV with file, published, outlet, title, url columns')
    .option('--update', 'rewrite the expected table with the current claims (after printing what moved) and exit 0')
    .option('--ignore <field>', 'a field not to compare: figure_unit, figure.unit, or figure for all its fields (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--junit <file>', 'also write a JUnit XML report: one testcase per claim, a failure per moved claim')
    .option('--github', 'print GitHub Actions annotations (the default when GITHUB_ACTIONS=true)')
    .option('--no-github', 'no GitHub Actions annotations, even under GitHub Actions')
    .option('--max-bytes <n>', 'refuse input files larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .addHelpText('after', CHECK_EXAMPLES)
    .action(async (paths: string[], opts) => {
      done(await runCheckCommand(paths, {
        expect: opts.expect,
        manifest: opts.manifest,
        update: opts.update,
        ignore: opts.ignore,
        junit: opts.junit,
        github: opts.github,
        maxBytes: opts.maxBytes,
      }, io));
    });
}

export interface CheckCommandOptions {
  /** the expected claims table, CSV or JSON Lines */
  expect: string;
  manifest?: string;
  /** rewrite the expected table with the current claims (after reporting what moved) */
  update?: boolean;
  /** fields not compared: `figure_unit`, `figure.unit`, `figure` */
  ignore?: string[];
  /** write a JUnit XML report here */
  junit?: string;
  /** GitHub annotations: true/false forces them on/off; undefined follows GITHUB_ACTIONS=true */
  github?: boolean;
  maxBytes?: number;
}

export async function runCheckCommand(paths: string[], opts: CheckCommandOptions, io: Io): Promise<ExitCode> {
  const fail = (reason: string, line?: number): ExitCode => {
    io.stderr(formatDiagnostic({ path: opts.expect, line, reason, severity: 'error', rule: 'check/expected' }));
    return EXIT.ERROR;
  };

  // 1. The expected table. Missing is an error, except for --update, which creates it.
  let text: string | null = null;
  try {
    text = await fs.readFile(opts.expect, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!(opts.update && code === 'ENOENT')) return fail(`cannot read expected table: ${describeFsError(err)}`);
  }
  const format = detectTableFormat(opts.expect, text);
  if (!format) return fail('cannot tell the table format: name the file .csv or .jsonl');
  let expected: ClaimRecord[];
  try {
    expected = text === null ? [] : parseClaimsTable(text, format).map((r) => r.claim);
  } catch (err) {
    if (err instanceof ExpectedTableError) return fail(`malformed expected table: ${err.message}`, err.line ?? undefined);
    throw err;
  }
  // a typo in --ignore is a usage error before any work, not a field silently left pinned
  try {
    resolveIgnoredFields(opts.ignore ?? [], knownFields(expected));
  } catch (err) {
    if (err instanceof UnknownFieldError) {
      io.stderr(`claimtab check: ${err.message}`);
      return EXIT.ERROR;
    }
    throw err;
  }

  // 2. The claims as they are now. Standard input is kept so that its text can be located too.
  let stdin: Buffer | null = null;
  // the extractors load only when a command runs them (each worker of `extract` loads its own)
  const { extractCorpus, readAllStdin } = await import('../pipeline/extract-corpus.js');
  const corpus = await extractCorpus({
    paths,
    manifest: opts.manifest,
    maxBytes: opts.maxBytes,
    readStdin: async (max) => (stdin = await readAllStdin(max)),
  });
  for (const d of corpus.diagnostics) io.stderr(formatDiagnostic(d));
  const { rendered, claims: actual } = roundTripClaims(corpus.claims, format);

  // 3. Compare and report. The annotations go first so that the output ends with the summary line.
  const result = compareClaims(expected, actual, { ignore: opts.ignore ?? [] });
  const locator = new ClaimLocator(await readSources(paths, () => stdin));
  const github = opts.github ?? process.env.GITHUB_ACTIONS === 'true';
  if (github) await io.stdout(renderGithubAnnotations(result, locator));
  await io.stdout(renderTextReport(result, locator));

  let failed = hasErrors(corpus.diagnostics);
  if (opts.junit) {
    try {
      await writeFileAtomic(opts.junit, renderJunitReport(result, locator));
    } catch (err) {
      io.stderr(formatDiagnostic({ path: opts.junit, reason: `cannot write JUnit report: ${describeFsError(err)}`, severity: 'error', rule: 'check/junit' }));
      failed = true;
    }
  }

  if (opts.update) {
    // a document that could not be read would drop its claims from the table: never pin that
    if (hasErrors(corpus.diagnostics)) {
      io.stderr(`claimtab check: ${opts.expect} not updated: the inputs had errors`);
      return EXIT.ERROR;
    }
    if (rendered !== text) {
      try {
        await fs.mkdir(path.dirname(opts.expect), { recursive: true });
        await writeFileAtomic(opts.expect, rendered);
      } catch (err) {
        return fail(`cannot write expected table: ${describeFsError(err)}`);
      }
      io.stderr(`claimtab check: updated ${opts.expect} (${actual.length} claims)`);
    }
    return failed ? EXIT.ERROR : EXIT.OK;
  }
  if (failed) return EXIT.ERROR;
  return hasDrift(result) ? EXIT.FINDINGS : EXIT.OK;
}

/**
 * The text of every input, for line:col. Read a second time (extractCorpus keeps only results);
 * an input that cannot be read was already reported by the extraction, so it is skipped quietly.
 */
async function readSources(paths: string[], stdin: () => Buffer | null): Promise<Map<string, SourceText>> {
  const sources = new Map<string, SourceText>();
  const ignored: Diagnostic[] = [];
  for (const input of await expandInputs(paths, ignored)) {
    if (sources.has(input.doc)) continue;
    let bytes: Uint8Array | null = null;
    if (input.file === '-') bytes = stdin();
    else bytes = await fs.readFile(input.file).catch(() => null);
    if (!bytes) continue;
    const decoded = decodeArticle(bytes);
    if (decoded.ok) sources.set(input.doc, { file: input.file, text: decoded.text });
  }
  return sources;
}
