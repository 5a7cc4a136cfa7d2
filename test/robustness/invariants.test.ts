// The contract's invariants as properties (fast-check, fixed seed), over documents made of the real
// fixture paragraphs, reordered, with hostile lines, BOM-less CRLF and odd whitespace mixed in:
//   - every mention's and every claim's `text` is `fileText.slice(start, end)`;
//   - claim ids are the same on every run, and adding an unrelated paragraph at the end of a document
//     changes none of the ids (nor the rows) of the claims it already had.
// That the output does not depend on the worker count is checked end to end on the hostile corpus
// (test/hostile/hostile-corpus.test.ts: --workers 1 and 2, same bytes).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { processDocument, type DocumentResult } from '../../src/pipeline/process-document.js';
import { toArticle, type MetaEntry } from '../../src/pipeline/read-article.js';
import { root } from './cli.js';
import { SEED } from './seed.js';

const T = 300_000;

/** Paragraphs (runs of non-blank lines) of every fixture article. */
function fixtureParagraphs(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) out.push(...readFileSync(p, 'utf8').split(/\n\s*\n/).map((s) => s.trim()).filter((s) => s.length > 40));
    }
  };
  walk(path.join(root, 'fixtures'));
  return out;
}

const PARAGRAPHS = fixtureParagraphs();
const HOSTILE_LINES = ['1,1,1,1,1,1,1,1,1,1', '((((((“Police said 5”))))))', '..........', 'Seoul 서울 Москва 東京 😀 e\u0301', '\u00a0\u200b said 3% \u202e', 'Jan. Feb. Mar. 2024-09-02 24.11.10', '= + - @ cells'];

const paragraph = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PARAGRAPHS) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_LINES) });
const document = fc
  .record({
    title: fc.constantFrom('Police say 118 deepfake reports filed', 'Quake toll rises'),
    body: fc.array(paragraph, { minLength: 1, maxLength: 8 }),
    newline: fc.constantFrom('\n', '\r\n'),
    gap: fc.constantFrom('\n', '\n\n', '\n \t\n'),
  })
  .map(({ title, body, newline, gap }) => [title, ...body].join(gap).replace(/\n/g, newline) + newline);

const META: MetaEntry = { published: '2024-09-04', outlet: null, title: null, url: null };
const extract = (text: string, doc = 'doc.txt'): DocumentResult => processDocument(toArticle(doc, text, META));
const params = { seed: SEED, numRuns: 60 };

describe('offsets point into the file text', () => {
  it('every mention and every claim: text === fileText.slice(start, end)', () => {
    fc.assert(
      fc.property(document, (text) => {
        const r = extract(text);
        for (const m of r.mentions) expect(m.text, `${m.type} ${m.start}-${m.end}`).toBe(text.slice(m.start, m.end));
        for (const c of r.claims) {
          expect(c.text).toBe(text.slice(c.start, c.end));
          if (c.figure) expect(c.figure.text).toBe(text.slice(c.figure.start, c.figure.end));
          if (c.date?.start != null) expect(c.date.text).toBe(text.slice(c.date.start, c.date.end!));
        }
      }),
      params,
    );
  }, T);
});

describe('claim ids', () => {
  it('are the same on every run', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(extract(text).claims.map((c) => c.claim_id)).toEqual(extract(text).claims.map((c) => c.claim_id));
      }),
      { ...params, numRuns: 20 },
    );
  }, T);

  it('do not change when an unrelated paragraph is added at the end', () => {
    fc.assert(
      fc.property(document, fc.constantFrom(...PARAGRAPHS), (text, extra) => {
        const before = extract(text).claims;
        const after = new Map(extract(`${text}\n${extra}\n`).claims.map((c) => [c.claim_id, c]));
        for (const c of before) {
          const same = after.get(c.claim_id);
          expect(same, `claim ${c.claim_id} (${c.text.slice(0, 60)}) kept its id`).toBeDefined();
          expect({ start: same!.start, end: same!.end, figure: same!.figure, date: same!.date }).toEqual({ start: c.start, end: c.end, figure: c.figure, date: c.date });
        }
      }),
      params,
    );
  }, T);
});
