// Diagnostics go to stderr, one line each: `path: reason` (with `:line` when known).
import type { Diagnostic } from '../types.js';

/**
 * Characters that would break the one-line-per-diagnostic promise, or drive the terminal: C0
 * controls (newline, carriage return, tab, escape, ...), DEL, C1 controls and the Unicode line and
 * paragraph separators. A file name or a JSONL id may hold any of them.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Control characters written as escapes (`\n`, `\r`, `\t`, `\xHH`, `\u2028`). Only for stderr: the
 * errors table keeps the name as it is, so that it can be matched against the file system.
 */
export function escapeControls(s: string): string {
  return s.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.path}:${d.line}` : d.path;
  const level = d.severity === 'error' ? '' : `${d.severity}: `;
  return escapeControls(`${where}: ${level}${d.reason}`);
}

export function hasErrors(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
