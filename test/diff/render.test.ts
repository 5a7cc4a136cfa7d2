// The four renderings of the same groups.
import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../src/diff/group.js';
import { renderDiff } from '../../src/diff/render.js';
import { escapeHtml, formatValue } from '../../src/diff/render-html.js';
import { parseCsvRecords } from '../../src/ingest/csv-parse.js';
import type { DiffGroup } from '../../src/diff/types.js';
import { seedClaims, seedConversionMentions } from './seed-claims.js';

const claims = seedClaims();
const groups = groupClaims(claims, { mentions: seedConversionMentions(claims) });

/** A group whose article text tries everything: markup, a formula, a terminal escape. */
const hostile: DiffGroup = {
  group_id: 'g0000000000000000', topic: '<b>topic</b>', verdict: 'conflict', reason: 'a & b', kind: 'figure',
  members: [
    {
      doc: 'x<y>.txt', outlet: '<script>alert(1)</script>', published: '2024-01-01', claim_id: 'c1', start: 10, end: 13, text: '+12',
      value: 12, value_max: null, unit: 'person', qualifier: 'exact', date: null, sentence_start: 0, sentence_end: 40,
      sentence: '=cmd()|\u001b[31m <img src=x onerror=alert(1)> +12 "quoted"',
    },
  ],
};
// keep the span consistent with the sentence
hostile.members[0]!.start = hostile.members[0]!.sentence.indexOf('+12');
hostile.members[0]!.end = hostile.members[0]!.start + 3;

describe('text', () => {
  it('has no escape codes without colour', () => {
    const out = renderDiff(groups, 'text', { color: false });
    expect(out).not.toContain('\u001b');
    expect(out.split('\n')[0]).toBe('5 documents: 2 conflicts, 6 agreements, 18 single');
    expect(out).toContain('CONFLICT  Cho Ju-bin · prison, sentence · year');
    expect(out).toContain('was sentenced to [42 years] in prison.');
  });

  it('colours verdicts and spans when asked', () => {
    const out = renderDiff(groups, 'text', { color: true });
    expect(out).toContain('\u001b[1;31mCONFLICT');
    expect(out).toContain('\u001b[1;33m42 years\u001b[0m');
  });

  it('never passes control characters from article text to the terminal', () => {
    const out = renderDiff([hostile], 'text', { color: false });
    expect(out).not.toContain('\u001b');
  });
});

describe('jsonl', () => {
  it('is one group a line, in the contract shape', () => {
    const lines = renderDiff(groups, 'jsonl', { color: false }).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(groups.length);
    const first = JSON.parse(lines[0]!);
    expect(Object.keys(first)).toEqual(['group_id', 'topic', 'verdict', 'reason', 'kind', 'members']);
    expect(Object.keys(first.members[0]).slice(0, 9)).toEqual(['doc', 'outlet', 'claim_id', 'start', 'end', 'text', 'value', 'unit', 'date']);
    expect(first.verdict).toBe('conflict');
  });
});

describe('csv', () => {
  it('is one member a row, with formulas neutralised', () => {
    const out = renderDiff([hostile, ...groups], 'csv', { color: false });
    const { header, records } = parseCsvRecords(out);
    expect(header.slice(0, 6)).toEqual(['group_id', 'verdict', 'topic', 'reason', 'kind', 'doc']);
    const rows = records.map((r) => r.values);
    expect(rows).toHaveLength(1 + groups.reduce((n, g) => n + g.members.length, 0));
    expect(rows[0]!.sentence.startsWith("'=cmd()")).toBe(true);
    expect(rows[0]!.text).toBe("'+12");
    expect(out).not.toContain('\r\n');
  });
});

describe('html', () => {
  const html = renderDiff([hostile, ...groups], 'html', { color: false });

  it('escapes all article text', () => {
    expect(escapeHtml('<a href="x">&\'')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<mark>+12</mark>');
  });

  it('groups digits without a locale', () => {
    expect([formatValue(50_000_000), formatValue(95_820), formatValue(53), formatValue(1.5), formatValue(-1234.25), formatValue('2019')]).toEqual(['50,000,000', '95,820', '53', '1.5', '-1,234.25', '2019']);
  });

  it('is self-contained: inline CSS, no scripts, no external assets', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<iframe|src=["']?https?:|href=["']?https?:|@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('shows conflicts first, each group’s sentences side by side, singles folded away', () => {
    const plain = renderDiff(groups, 'html', { color: false });
    const verdicts = [...plain.matchAll(/data-verdict="(\w+)"/g)].map((m) => m[1]);
    expect(verdicts.slice(0, 3)).toEqual(['conflict', 'conflict', 'agree']);
    expect(plain.indexOf('data-verdict="single"')).toBeGreaterThan(plain.indexOf('<details class="singles">'));
    // the page carrying the article twice shows each sentence once, marked as repeated
    expect(plain).toContain('repeated 2×');
    expect(plain).toContain('was sentenced to <mark>42 years</mark> in prison.');
  });
});

describe('no groups', () => {
  it('renders every format without a group', () => {
    expect(renderDiff([], 'jsonl', { color: false })).toBe('');
    expect(renderDiff([], 'csv', { color: false }).split('\n').filter(Boolean)).toHaveLength(1);
    expect(renderDiff([], 'text', { color: false }).split('\n')[0]).toBe('0 documents: 0 conflicts, 0 agreements, 0 single');
    expect(renderDiff([], 'html', { color: false })).toContain('No figure or date is reported by more than one document.');
  });
});
