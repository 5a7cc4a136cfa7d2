// Line ends: LF, CRLF and the lone CR of classic Mac files must give the same sentences, claims and
// mentions. A lone CR used to leave the whole file as one line: a short file was then read as its
// title and gave nothing, without a diagnostic. Each real fixture article is tried with its LFs
// turned into CRs (same length, so every offset must come out the same).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../../src/pipeline/process-document.js';
import { toArticle } from '../../src/pipeline/read-article.js';
import { splitLines } from '../../src/clean/boilerplate.js';

const dir = path.resolve(__dirname, '../../fixtures/gansu-quake-2023');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('line ends', () => {
  it('has fixture articles to try', () => expect(files.length).toBeGreaterThan(2));

  for (const file of files) {
    it(`${file}: CR-only line ends give the claims and mentions of LF`, () => {
      const lf = readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n');
      const cr = lf.replace(/\n/g, '\r');
      const meta = { published: '2023-12-19', outlet: null, title: null, url: null };
      const a = processDocument(toArticle(file, lf, meta));
      const b = processDocument(toArticle(file, cr, meta));
      expect(a.claims.length).toBeGreaterThan(0);
      // the sentence text of a claim is the same span; only its line ends differ
      expect(b.claims.map((c) => [c.start, c.end, c.figure?.value ?? null])).toEqual(a.claims.map((c) => [c.start, c.end, c.figure?.value ?? null]));
      expect(b.mentions.map((m) => [m.type, m.start, m.end])).toEqual(a.mentions.map((m) => [m.type, m.start, m.end]));
      expect(b.excluded).toEqual(a.excluded);
    });
  }

  it('splits lines at LF, CRLF and a lone CR alike (constructed)', () => {
    expect(splitLines('a\nb\r\nc\rd').map((l) => l.text)).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\r\rb').map((l) => l.text)).toEqual(['a', '', 'b']);
  });
});
