// Offsets are what the tables store; line and column are computed only for reporting, from the
// article text as it is now (UTF-16 offsets into the decoded text, byte-order mark removed).
import type { ClaimRecord } from './expected-table.js';
import { claimFocus } from './compare.js';

export interface Position {
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units like the offsets (and like VS Code's columns) */
  col: number;
}

/** Line starts of one text. A line ends at \n, \r\n or a lone \r (old Mac exports still turn up). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue; // the \n of \r\n ends the line
      if (c === 0x0a || c === 0x0d) this.starts.push(i + 1);
    }
  }

  /** Null for an offset outside the text (a removed claim's offset into an older version). */
  position(offset: number): Position | null {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.text.length) return null;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo]! + 1 };
  }
}

export interface SourceText {
  /** where the document was read from, as the shell sees it (`fixtures/000_x.txt`); `-` for stdin */
  file: string;
  text: string;
}

export interface Place {
  /** the file path when the document was read in this run, else the table's doc name */
  file: string;
  position: Position | null;
}

/** Turns (doc, offset) into a file and line:col, for the documents read in this run. */
export class ClaimLocator {
  private readonly sources = new Map<string, { file: string; index: LineIndex }>();

  constructor(sources: ReadonlyMap<string, SourceText> = new Map()) {
    for (const [doc, s] of sources) this.sources.set(doc, { file: s.file, index: new LineIndex(s.text) });
  }

  place(doc: string, offset: number): Place {
    const s = this.sources.get(doc);
    if (!s) return { file: doc, position: null };
    return { file: s.file, position: s.index.position(offset) };
  }
}

/** `file:line:col`, or `file` when the position is unknown. */
export function formatPlace(p: Place): string {
  return p.position ? `${p.file}:${p.position.line}:${p.position.col}` : p.file;
}

/**
 * The offset a field of a claim is about: the figure for `figure_*`, the date for `date_*`, the
 * sentence for the rest. A reviewer lands on the number that changed, not on the sentence start.
 */
export function fieldOffset(c: ClaimRecord, field: string): number {
  for (const key of ['figure', 'date'] as const) {
    if (!field.startsWith(`${key}_`)) continue;
    const m = c[key] as { start?: unknown } | null | undefined;
    if (m && typeof m === 'object' && typeof m.start === 'number') return m.start;
  }
  return c.start;
}

/** Where a claim as a whole is: what it is built on (figure, else date), else its sentence. */
export function claimOffset(c: ClaimRecord): number {
  return claimFocus(c)?.start ?? c.start;
}
