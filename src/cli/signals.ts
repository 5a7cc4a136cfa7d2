// Ctrl-C and a job scheduler's SIGTERM: remove the temporary files of whatever was being written,
// then exit with 128 + the signal's number (130, 143), as shells report a process stopped by it.
// The tables already in --out are untouched: a table reaches its name only by a rename of a
// complete file, so an interrupted run leaves the previous one as it was.
import { removePendingTempFiles } from '../output/atomic.js';
import { removeTempSpools } from '../pipeline/batch.js';

/** The exit status of a process stopped by each signal: 128 + its number. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
export type HandledSignal = keyof typeof SIGNAL_EXIT;

/**
 * What an interrupted run leaves that is not a finished output, in no particular order: each is
 * synchronous, since nothing asynchronous runs once the handler has decided to exit.
 */
const CLEANUPS: readonly (() => void)[] = [
  // the tables of extract, and the reports and expectation files of diff and check
  removePendingTempFiles,
  // the spool of a run without --out (the spool in --out stays, for --resume)
  removeTempSpools,
];

/** Removes every temporary file of the run; a cleanup that fails does not stop the others. */
export function removeTemporaryFiles(): void {
  for (const cleanup of CLEANUPS) {
    try {
      cleanup();
    } catch {
      // the process is on its way out: a file that cannot be removed is left, not reported twice
    }
  }
}

let installed = false;

/**
 * Installed once by bin/claimtab.js, before any command runs. Not by run(), which tests call
 * in-process: a test runner's own Ctrl-C must not be taken over.
 */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of Object.keys(SIGNAL_EXIT) as HandledSignal[]) {
    process.on(signal, () => {
      removeTemporaryFiles();
      // a progress line may be on screen: start the message on a clean line
      process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}claimtab: interrupted by ${signal}\n`);
      // process.exit rather than exitCode: the run's pending work must not go on writing
      process.exit(SIGNAL_EXIT[signal]);
    });
  }
}
