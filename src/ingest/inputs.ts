// Expanding the command line's PATH arguments into an ordered list of inputs.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../types.js';

export interface InputRef {
  /** the name used in every table: the path as given, or relative to the folder given */
  doc: string;
  /** where to read it; '-' for standard input */
  file: string;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/**
 * Files as given, folders read recursively (`*.txt`, `*.md`), `-` for standard input.
 * Sorted by doc name within each folder so that the output does not depend on the file system's order.
 * Broken links, loops and unreadable folders become diagnostics; the rest goes on.
 */
export async function expandInputs(paths: string[], diagnostics: Diagnostic[]): Promise<InputRef[]> {
  const out: InputRef[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    if (given === '-') {
      out.push({ doc: '-', file: '-' });
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(given);
    } catch (err) {
      diagnostics.push({ path: given, reason: describeFsError(err), severity: 'error', rule: 'ingest/missing' });
      continue;
    }
    // a device is never an article, and /dev/zero or /dev/urandom would be read until memory runs out
    // (their size says 0, so --max-bytes cannot stop them); a FIFO stays allowed: `<(curl ...)`
    if (stat.isCharacterDevice() || stat.isBlockDevice() || stat.isSocket()) {
      diagnostics.push({ path: given, reason: 'not a regular file (a device or socket), skipped', severity: 'error', rule: 'ingest/not-a-file' });
      continue;
    }
    if (stat.isDirectory()) {
      const files: string[] = [];
      await walk(given, files, diagnostics, new Set());
      files.sort(compareCodeUnits);
      for (const rel of files) {
        const file = path.join(given, rel);
        const real = path.resolve(file);
        if (seen.has(real)) continue;
        seen.add(real);
        out.push({ doc: rel.split(path.sep).join('/'), file });
      }
    } else {
      const real = path.resolve(given);
      if (seen.has(real)) continue;
      seen.add(real);
      out.push({ doc: given, file: given });
    }
  }
  return out;
}

async function walk(root: string, files: string[], diagnostics: Diagnostic[], visited: Set<string>, rel = ''): Promise<void> {
  const dir = path.join(root, rel);
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (err) {
    diagnostics.push({ path: dir, reason: describeFsError(err), severity: 'error', rule: 'ingest/unreadable' });
    return;
  }
  // a symlink loop would otherwise recurse until the path is too long
  if (visited.has(real)) {
    diagnostics.push({ path: dir, reason: 'symbolic link loop, skipped', severity: 'warning', rule: 'ingest/link-loop' });
    return;
  }
  visited.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    diagnostics.push({ path: dir, reason: describeFsError(err), severity: 'error', rule: 'ingest/unreadable' });
    return;
  }
  entries.sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of entries) {
    const childRel = rel ? path.join(rel, entry.name) : entry.name;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = await fs.stat(path.join(root, childRel));
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        if (ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
          diagnostics.push({ path: path.join(root, childRel), reason: `broken symbolic link (${describeFsError(err)})`, severity: 'error', rule: 'ingest/broken-link' });
        }
        continue;
      }
    }
    if (isDir) await walk(root, files, diagnostics, visited, childRel);
    else if (isFile && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(childRel);
  }
}

/** Byte-order comparison: locale-independent, so the same on every machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'symbolic link loop';
    case 'EISDIR': return 'is a directory';
    case 'ENAMETOOLONG': return 'path too long';
    case 'ENOSPC': return 'no space left on device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EROFS': return 'read-only file system';
    case 'EIO': return 'input/output error';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    default: return (err as Error)?.message ?? String(err);
  }
}
