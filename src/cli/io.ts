// Standard output that survives `| head`: a closed pipe ends the write quietly. Any other failure
// (a full disk, a device error) rejects the write, so that the command ends with a diagnostic and
// exit code 2 instead of an uncaught exception.
import { describeFsError } from '../ingest/inputs.js';

export interface Io {
  stdout: (s: string) => Promise<void>;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

export function processIo(): Io {
  let closed = false;
  let failed: Error | null = null;
  const fail = (err: NodeJS.ErrnoException): Error => (failed ??= new Error(`cannot write to standard output: ${describeFsError(err)}`));
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') closed = true;
    else fail(err);
  });
  return {
    stdout: (s) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        if (closed || !s) return resolve();
        process.stdout.write(s, (err) => {
          if (!err) return resolve();
          if ((err as NodeJS.ErrnoException).code === 'EPIPE') {
            closed = true;
            return resolve();
          }
          reject(fail(err));
        });
      }),
    stderr: (s) => {
      process.stderr.write(s.endsWith('\n') ? s : s + '\n');
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}
