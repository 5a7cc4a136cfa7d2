// The command line. bin/claimtab.js calls run(argv) and sets process.exitCode with the result.
import { Command, CommanderError } from 'commander';
import { EXIT, type ExitCode } from './exit-codes.js';
import { processIo, type Io } from './io.js';
import { registerExtractCommand } from './extract-command.js';
import { registerCheckCommand } from './check-command.js';
import { registerDiffCommand } from './diff-command.js';
import { jsonSchemas } from '../output/schema.js';
import { describeFsError } from '../ingest/inputs.js';

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
  $ claimtab diff fixtures --manifest fixtures/manifest.csv --format html --out report.html
  $ claimtab check fixtures --manifest fixtures/manifest.csv --expect test/expected/fixtures.claims.jsonl
  $ claimtab schema

Exit codes: 0 done, 1 findings (diff: conflicts; check: drift), 2 usage or input errors.`);

  registerExtractCommand(program, io, (c) => (code = c));
  registerDiffCommand(program, io, (c) => (code = c));
  registerCheckCommand(program, io, (c) => (code = c));

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
    io.stderr(`claimtab: ${describeFailure(err)}`);
    return EXIT.ERROR;
  }
  return code;
}

/** One line for an error that stopped a command: a full disk says so, not `ENOSPC: ..., write`. */
function describeFailure(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const text = typeof e?.code === 'string' && e.syscall ? `${describeFsError(e)}${e.path ? ` (${e.path})` : ''}` : (e?.message ?? String(err));
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
