// Diagnostics go to stderr, one line each: `path: reason` (with `:line` when known).
import type { Diagnostic } from '../types.js';

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.path}:${d.line}` : d.path;
  const level = d.severity === 'error' ? '' : `${d.severity}: `;
  return `${where}: ${level}${d.reason}`;
}

export function hasErrors(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
