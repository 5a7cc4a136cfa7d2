// Standard output that survives `| head`: a closed pipe ends the write quietly.
export interface Io {
  stdout: (s: string) => Promise<void>;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

export function processIo(): Io {
  let closed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') closed = true;
    else throw err;
  });
  return {
    stdout: (s) =>
      new Promise((resolve) => {
        if (closed || !s) return resolve();
        process.stdout.write(s, () => resolve());
      }),
    stderr: (s) => {
      process.stderr.write(s.endsWith('\n') ? s : s + '\n');
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}
