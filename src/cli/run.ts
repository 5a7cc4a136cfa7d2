// The command line. bin/claimtab.js calls run(argv) and sets process.exitCode with the result.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, type ExitCode } from './exit-codes.js';
import { processIo, type Io } from './io.js';
import { runExtractCommand } from './extract-command.js';
import { jsonSchemas } from '../output/schema.js';
import { DEFAULT_MAX_BYTES } from '../pipeline/extract-corpus.js';

const EXTRACT_EXAMPLES = `
Examples:
  $ claimtab extract fixtures --manifest fixtures/manifest.csv
      the claims table of every *.txt / *.md under fixtures/, as CSV on stdout
  $ claimtab extract fixtures --manifest fixtures/manifest.csv --format jsonl --out out/
      writes out/claims.jsonl, out/mentions.jsonl, out/entities.jsonl and out/errors.jsonl
  $ cat story.txt | claimtab extract - --format jsonl
      one article from standard input (relative dates stay unresolved without a publication date)`;

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export async function run(argv: string[], io: Io = processIo()): Promise<ExitCode> {
  let code: ExitCode = EXIT.OK;
  const program = new Command();
  program
    .name('claimtab')
    .description('Turn news articles into a normalized claims table: figures, dates, entities and sources, each traced to its characters.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout(s), writeErr: (s) => io.stderr(s.replace(/\n$/, '')) })
    .addHelpText('after', `
Examples:
  $ claimtab extract fixtures --manifest fixtures/manifest.csv
  $ claimtab extract fixtures --manifest fixtures/manifest.csv --format jsonl --out out/
  $ claimtab schema

Exit codes: 0 done, 1 findings (diff: conflicts; check: drift), 2 usage or input errors.`);

  program
    .command('extract')
    .description('extract figures, dates, entities and claims from article files')
    .argument('<paths...>', 'files, folders (read recursively: *.txt, *.md) or - for standard input')
    .option('--manifest <file.csv>', 'CSV with file, published, outlet, title, url columns')
    .addOption(new Option('--format <format>', 'table format').choices(['csv', 'jsonl']).default('csv'))
    .option('--out <dir>', 'write claims, mentions, entities and errors tables into DIR instead of claims to stdout')
    .option('--no-escape-formulas', 'leave CSV cells starting with = + - @ as they are (default: neutralised for spreadsheets)')
    .option('--max-bytes <n>', 'refuse input files larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (paths: string[], opts) => {
      code = await runExtractCommand(paths, {
        manifest: opts.manifest,
        format: opts.format,
        out: opts.out,
        escapeFormulas: opts.escapeFormulas,
        maxBytes: opts.maxBytes,
      }, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the claims, mentions, entities and errors tables')
    .action(async () => {
      await io.stdout(JSON.stringify(jsonSchemas(), null, 2) + '\n');
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
      return EXIT.ERROR;
    }
    io.stderr(`claimtab: ${(err as Error).message}`);
    return EXIT.ERROR;
  }
  return code;
}
