// `claimtab extract`: the claims table to stdout, or claims/mentions/entities/errors into --out DIR.
// Documents run on worker threads and their results are spooled to disk in input order, so a corpus
// of any size runs in flat memory and gives the same bytes whatever the number of workers.
import os from 'node:os';
import { DEFAULT_MAX_BYTES } from '../pipeline/limits.js';
import { runBatch, type BatchOptions } from '../pipeline/batch.js';
import type { OutputFormat } from '../pipeline/table-sink.js';
import { parseShard, type Shard } from '../pipeline/shard.js';
import { Progress } from '../pipeline/progress.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { formatDiagnostic, hasErrors } from './diagnostics.js';
import type { Io } from './io.js';
import { Option, InvalidArgumentError, type Command } from 'commander';

const EXTRACT_EXAMPLES = `
Examples:
  $ claimtab extract fixtures --manifest fixtures/manifest.csv
      the claims table of every *.txt / *.md under fixtures/, as CSV on stdout
  $ claimtab extract fixtures --manifest fixtures/manifest.csv --format jsonl --out out/
      writes out/claims.jsonl, out/mentions.jsonl, out/entities.jsonl and out/errors.jsonl
  $ cat story.txt | claimtab extract - --format jsonl
      one article from standard input (relative dates stay unresolved without a publication date)
  $ claimtab extract corpus/ --out out/ --format parquet --resume
      a large corpus as Parquet tables; run it again after an interruption to skip finished documents
  $ claimtab extract corpus/ --shard 2/8 --out out-2/
      the second of eight independent jobs (see docs/scale.md for a Slurm recipe)
  $ claimtab extract --input-format jsonl < records.jsonl
      records {id, text, published, outlet, title?, url?} in, JSONL claims out`;

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function workerCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 256) throw new InvalidArgumentError('expected a whole number from 0 to 256');
  return n;
}

function shardArg(v: string): Shard {
  const shard = parseShard(v);
  if (!shard) throw new InvalidArgumentError('expected K/N with 1 <= K <= N, e.g. 2/8');
  return shard;
}

/** Registers `extract` with its options on the program; `done` receives the exit code. */
export function registerExtractCommand(program: Command, io: Io, done: (code: ExitCode) => void): void {
  program
    .command('extract')
    .description('extract figures, dates, entities and claims from article files')
    .argument('[paths...]', 'files, folders (read recursively: *.txt, *.md) or - for standard input; with --input-format jsonl, JSONL files (default: standard input)')
    .option('--manifest <file.csv>', 'CSV with file, published, outlet, title, url columns')
    .addOption(new Option('--format <format>', 'table format (default: csv; jsonl with --input-format jsonl; parquet needs --out)').choices(['csv', 'jsonl', 'parquet']))
    .option('--out <dir>', 'write claims, mentions, entities and errors tables into DIR instead of claims to stdout')
    .option('--no-escape-formulas', 'leave CSV cells starting with = + - @ as they are (default: neutralised for spreadsheets)')
    .option('--max-bytes <n>', 'refuse input files larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .addOption(new Option('--input-format <format>', 'text: article files; jsonl: records {id, text, published, outlet, title?, url?}, one per line').choices(['text', 'jsonl']).default('text'))
    .option('--workers <n>', 'worker threads (default: one per core but one, at least 1; 0: run on the main thread)', workerCount)
    .option('--shard <k/n>', 'process only the K-th of N parts of the inputs, split by a hash of each document name', shardArg)
    .option('--resume', 'with --out: skip documents whose results are already in DIR and unchanged, then rebuild the tables')
    .option('--doc-timeout <ms>', 'give up on a document that takes longer than this (diagnostic, exit code 2)', positiveInt)
    .option('--quiet', 'no progress line on stderr')
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (paths: string[], opts) => {
      done(await runExtractCommand(paths, {
        manifest: opts.manifest,
        format: opts.format,
        out: opts.out,
        escapeFormulas: opts.escapeFormulas,
        maxBytes: opts.maxBytes,
        inputFormat: opts.inputFormat,
        workers: opts.workers,
        shard: opts.shard,
        resume: Boolean(opts.resume),
        docTimeoutMs: opts.docTimeout,
        quiet: Boolean(opts.quiet),
      }, io));
    });
}

export interface ExtractCommandOptions {
  manifest?: string;
  /** default: csv, or jsonl for JSONL input */
  format?: OutputFormat;
  out?: string;
  escapeFormulas: boolean;
  maxBytes: number;
  inputFormat?: 'text' | 'jsonl';
  workers?: number;
  shard?: Shard;
  resume?: boolean;
  docTimeoutMs?: number;
  quiet?: boolean;
}

export async function runExtractCommand(paths: string[], opts: ExtractCommandOptions, io: Io): Promise<ExitCode> {
  const inputFormat = opts.inputFormat ?? 'text';
  const format: OutputFormat = opts.format ?? (inputFormat === 'jsonl' ? 'jsonl' : 'csv');
  // one core is left to the main thread and to V8's own background threads (garbage collection,
  // compilation), which keep about half a core busy per worker: on 2 cores, 1 worker measured faster
  // than 2 (docs/scale.md)
  const workers = opts.workers ?? Math.max(1, os.availableParallelism() - 1);
  const usage = (message: string) => {
    io.stderr(`error: ${message}`);
    return EXIT.ERROR;
  };
  if (inputFormat === 'text' && !paths.length) return usage("missing required argument 'paths'");
  if (format === 'parquet' && !opts.out) return usage('--format parquet needs --out DIR (Parquet is not written to standard output)');
  if (opts.resume && !opts.out) return usage('--resume needs --out DIR (the finished documents are kept there)');
  if (opts.docTimeoutMs && workers === 0) return usage('--doc-timeout needs worker threads (--workers 1 or more)');

  const progress = io.stderrIsTTY && !opts.quiet ? new Progress((s) => process.stderr.write(s)) : null;
  const batch: BatchOptions = {
    paths,
    manifest: opts.manifest,
    inputFormat,
    format,
    out: opts.out,
    escapeFormulas: opts.escapeFormulas,
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    workers,
    shard: opts.shard,
    resume: Boolean(opts.resume),
    docTimeoutMs: opts.docTimeoutMs,
  };
  // SIGINT/SIGTERM are handled once for every command (src/cli/signals.ts): temporary tables and
  // spools removed, the progress line cleared, exit 130/143
  try {
    const result = await runBatch(batch, {
      stdout: io.stdout,
      stdin: () => process.stdin,
      diagnostic: (d) => {
        progress?.clear();
        io.stderr(formatDiagnostic(d));
      },
      progress: progress ? (state, final) => (final ? progress.clear() : progress.update(state)) : undefined,
    });
    if (opts.resume) io.stderr(`claimtab: ${result.reused} of ${result.documents} documents taken unchanged from the spool`);
    return hasErrors(result.diagnostics) ? EXIT.ERROR : EXIT.OK;
  } finally {
    // for the benchmark: peak memory and CPU time of the whole process, worker threads included
    if (process.env.CLAIMTAB_REPORT_RSS === '1') {
      const u = process.resourceUsage();
      io.stderr(`claimtab: peak RSS ${u.maxRSS} KiB, CPU ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)} ms`);
    }
  }
}
