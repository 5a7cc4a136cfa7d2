// Writing output files so that a reader never sees half a file: write a temporary file beside the
// target, fsync, then rename over it. An interrupted run leaves the previous file intact. Every
// temporary name is registered here until it is renamed or removed, so that SIGINT/SIGTERM can
// remove whatever was being written (src/cli/signals.ts).
import { closeSync, fsyncSync, openSync, promises as fs, rmSync } from 'node:fs';
import path from 'node:path';

const pending = new Set<string>();

/**
 * A temporary name beside `target` (`.NAME.PID.RANDOM.tmp`): hidden, and on the same file system,
 * so that the final rename is atomic. Registered for removal on a signal until `releaseTemp`.
 */
export function tempPathFor(target: string): string {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  pending.add(tmp);
  return tmp;
}

/** The temporary file is renamed into place or removed: no longer the signal handler's to remove. */
export function releaseTemp(tmp: string): void {
  pending.delete(tmp);
}

/** Removes every temporary file still being written (on SIGINT/SIGTERM); synchronous, as the process is exiting. */
export function removePendingTempFiles(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

/**
 * Makes the renames in a folder durable: a rename is an entry in the folder, which reaches the disk
 * with the folder's own fsync. Best effort: some file systems refuse to fsync a folder, and the
 * tables are complete either way.
 */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // EINVAL/EISDIR/EPERM on file systems without folder fsync: nothing more to do
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    const handle = await fs.open(tmp, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  } finally {
    releaseTemp(tmp);
  }
}
