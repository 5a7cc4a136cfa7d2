// GitHub Actions workflow commands: one `::error` annotation per moved claim, on the article line
// it sits on, so that a pull request shows the drift next to the text. One per claim, not per field:
// GitHub shows only the first few annotations of a step.
import type { CheckResult } from './compare.js';
import type { ClaimLocator } from './locate.js';
import { entryId, entryLines, orderedEntries } from './report-text.js';

/** Escaping of @actions/core: `%`, CR and LF everywhere; `:` and `,` too inside properties. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithubAnnotations(result: CheckResult, locator: ClaimLocator): string {
  let out = '';
  for (const e of orderedEntries(result)) {
    const lines = entryLines(e, locator);
    const first = lines[0];
    if (!first) continue;
    const message =
      e.kind === 'changed'
        ? [`claim ${entryId(e)} changed`, ...lines.map((l) => l.message)].join('\n')
        : `claim ${entryId(e)} ${first.message}`;
    const props = [`file=${escapeProperty(first.place.file.replace(/\\/g, '/'))}`];
    if (first.place.position) props.push(`line=${first.place.position.line}`, `col=${first.place.position.col}`);
    out += `::error ${props.join(',')}::${escapeData(message)}\n`;
  }
  return out;
}
