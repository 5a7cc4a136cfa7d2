// Writing output files so that a reader never sees half a table: write a temporary file beside the
// target, fsync, then rename over it. An interrupted run leaves the previous file intact.
import { promises as fs } from 'node:fs';
import path from 'node:path';

const pending = new Set<string>();

export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  pending.add(tmp);
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
    pending.delete(tmp);
  }
}

/** Temporary files still being written; removed on SIGINT/SIGTERM by the CLI. */
export function pendingTempFiles(): string[] {
  return [...pending];
}
