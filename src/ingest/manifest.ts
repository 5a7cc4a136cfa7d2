// The manifest: publication dates (the anchor of every relative date), outlets, titles, URLs.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../types.js';
import { parseCsvRecords, type CsvProblem } from './csv-parse.js';
import { decodeArticle } from './decode.js';
import { describeFsError } from './inputs.js';

export interface ManifestEntry {
  file: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
  line: number;
}

export interface Manifest {
  path: string;
  /** look up by path relative to the manifest's folder, or by bare file name */
  lookup(docFile: string): ManifestEntry | undefined;
  entries: ManifestEntry[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** `2024-09-02` or an ISO date-time; returns the calendar date as written, or null if not a real date. */
export function parsePublished(value: string): string | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export async function readManifest(file: string, diagnostics: Diagnostic[]): Promise<Manifest | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    diagnostics.push({ path: file, reason: `cannot read manifest: ${describeFsError(err)}`, severity: 'error', rule: 'manifest/unreadable' });
    return null;
  }
  // decoded as articles are: a spreadsheet's UTF-16 export is read, a Latin-1 file is refused, never
  // turned into replacement characters that would match no file name
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) {
    diagnostics.push({ path: file, reason: `cannot read manifest: ${decoded.reason}`, severity: 'error', rule: 'manifest/unreadable' });
    return null;
  }
  const problems: CsvProblem[] = [];
  const { header, records } = parseCsvRecords(decoded.text, problems);
  for (const p of problems) diagnostics.push({ path: file, line: p.line, reason: p.reason, severity: 'error', rule: 'manifest/bad-csv' });
  if (!header.includes('file')) {
    diagnostics.push({ path: file, line: 1, reason: `manifest has no "file" column (columns: ${header.join(', ') || 'none'})`, severity: 'error', rule: 'manifest/missing-column' });
    return null;
  }
  const entries: ManifestEntry[] = [];
  const dir = path.dirname(path.resolve(file));
  const byPath = new Map<string, ManifestEntry>();
  const FIELDS = ['published', 'outlet', 'title', 'url'] as const;
  const rawOf = new Map<ManifestEntry, string[]>();
  const unusable = new Set(problems.filter((p) => p.unusable).map((p) => p.line));
  for (const { line, values } of records) {
    if (unusable.has(line)) continue;
    const name = (values.file ?? '').trim();
    if (!name) {
      diagnostics.push({ path: file, line, reason: 'row without a file name, skipped', severity: 'warning', rule: 'manifest/no-file' });
      continue;
    }
    const raw = FIELDS.map((k) => (values[k] ?? '').trim());
    const first = byPath.get(path.resolve(dir, name));
    if (first) {
      // the same row twice is harmless; two different rows for one file cannot be told apart, so
      // neither is used (the file keeps its entry, so it is not also reported as unknown)
      if (raw.every((v, i) => v === rawOf.get(first)![i])) {
        diagnostics.push({ path: file, line, reason: `${name} is listed again (first at line ${first.line}) with the same values`, severity: 'warning', rule: 'manifest/duplicate-file' });
      } else {
        diagnostics.push({ path: file, line, reason: `${name} is listed again (first at line ${first.line}) with other values; neither row is used`, severity: 'error', rule: 'manifest/duplicate-file' });
        Object.assign(first, { published: null, outlet: null, title: null, url: null });
      }
      continue;
    }
    const rawDate = raw[0]!;
    let published: string | null = null;
    if (rawDate) {
      published = parsePublished(rawDate);
      // a bad date is never guessed: the document's relative dates stay unresolved
      if (!published) diagnostics.push({ path: file, line, reason: `bad published date "${rawDate}" for ${name} (want YYYY-MM-DD), left unset`, severity: 'error', rule: 'manifest/bad-date' });
    }
    const entry: ManifestEntry = { file: name, published, outlet: raw[1] || null, title: raw[2] || null, url: raw[3] || null, line };
    entries.push(entry);
    rawOf.set(entry, raw);
    byPath.set(path.resolve(dir, name), entry);
  }
  const byBase = new Map<string, ManifestEntry[]>();
  for (const e of entries) {
    const base = path.basename(e.file);
    const same = byBase.get(base);
    if (same) same.push(e);
    else byBase.set(base, [e]);
  }
  return {
    path: file,
    entries,
    lookup(docFile: string) {
      const hit = byPath.get(path.resolve(docFile));
      if (hit) return hit;
      const bare = byBase.get(path.basename(docFile));
      // a bare name matches only when it is unambiguous in the manifest
      return bare && bare.length === 1 ? bare[0] : undefined;
    },
  };
}

/**
 * A manifest usually covers a whole corpus and a run often reads part of it, so an entry that is not
 * among the inputs is normal; an entry naming a file that does not exist is a typo worth a warning.
 */
export function manifestFileExists(manifestPath: string, file: string): boolean {
  return existsSync(path.resolve(path.dirname(path.resolve(manifestPath)), file));
}
