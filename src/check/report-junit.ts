// JUnit XML for CI test reporters: one testsuite per document, one testcase per claim (expected or
// current), a failure for each claim that moved. No timestamps or durations: the same comparison
// gives the same bytes.
import type { CheckResult } from './compare.js';
import { claimFocus } from './compare.js';
import { compareCodeUnits } from '../ingest/inputs.js';
import type { ClaimLocator } from './locate.js';
import { entryClaim, entryId, entryLines, formatReportLine, orderedEntries, type CheckEntry } from './report-text.js';

/**
 * Text as XML character data or attribute value. Characters XML 1.0 cannot carry at all (control
 * characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD; in attributes, line breaks and tabs
 * are written as references so that parsers do not normalise them to spaces.
 */
export function escapeXml(s: string, attribute = false): string {
  const clean = s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
  const escaped = clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (!attribute) return escaped.replace(/\r/g, '&#13;');
  return escaped.replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function attrs(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v), true)}"`)
    .join('');
}

function testcaseName(e: CheckEntry): string {
  const focus = claimFocus(e.kind === 'changed' || e.kind === 'unchanged' ? e.pair.expected : e.claim);
  return focus ? `${entryId(e)} ${JSON.stringify(focus.text)}` : entryId(e);
}

function failureMessage(e: CheckEntry): string {
  switch (e.kind) {
    case 'added':
      return 'claim added';
    case 'removed':
      return 'claim removed';
    case 'changed':
      return `changed: ${e.pair.changes.map((c) => c.field).join(', ')}`;
    case 'unchanged':
      return '';
  }
}

export function renderJunitReport(result: CheckResult, locator: ClaimLocator): string {
  const byDoc = new Map<string, CheckEntry[]>();
  for (const e of orderedEntries(result, true)) {
    const doc = entryClaim(e).doc;
    const list = byDoc.get(doc);
    if (list) list.push(e);
    else byDoc.set(doc, [e]);
  }
  const failed = (e: CheckEntry) => e.kind !== 'unchanged';
  const all = [...byDoc.values()].flat();
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<testsuites${attrs([['name', 'claimtab check'], ['tests', all.length], ['failures', all.filter(failed).length], ['errors', 0]])}>\n`;
  for (const doc of [...byDoc.keys()].sort(compareCodeUnits)) {
    const entries = byDoc.get(doc)!;
    out += `  <testsuite${attrs([['name', doc], ['tests', entries.length], ['failures', entries.filter(failed).length], ['errors', 0], ['skipped', 0]])}>\n`;
    for (const e of entries) {
      const claim = entryClaim(e);
      const place = locator.place(claim.doc, claimFocus(claim)?.start ?? claim.start);
      const head = `    <testcase${attrs([['classname', doc], ['name', testcaseName(e)], ['file', place.file], ['line', place.position?.line]])}`;
      if (!failed(e)) {
        out += `${head}/>\n`;
        continue;
      }
      const body = entryLines(e, locator).map(formatReportLine).join('\n');
      out += `${head}>\n      <failure${attrs([['message', failureMessage(e)], ['type', e.kind]])}>${escapeXml(body)}</failure>\n    </testcase>\n`;
    }
    out += '  </testsuite>\n';
  }
  out += '</testsuites>\n';
  return out;
}
