// The figure tokenizer is a hand-written scanner (for speed); its definition is the regex it
// replaced. This checks the two agree on random strings over the characters that matter (digits
// and their joints, letters, combining marks, astral letters and emoji, lone surrogates, Unicode
// spaces, "İ" whose lower case is longer) and on the repository's real articles.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixtureTexts } from './fixture-texts.js';
import { tokenize, type Token } from '../../src/extract/figures/tokens.js';

const TOKEN_RE = /(\d+(?:[.,:/]\d+)*)|([\p{L}\p{M}]+)|\S/gu;
const ALNUM = /[\p{L}\p{N}]/u;

function reference(text: string): Token[] {
  const tokens: Token[] = [];
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const start = m.index;
    const end = start + t.length;
    if (m[1] !== undefined) {
      const prev = tokens[tokens.length - 1];
      if (prev && prev.text === '.' && prev.end === start && (prev.start === 0 || !ALNUM.test(text[prev.start - 1]!))) {
        tokens[tokens.length - 1] = { start: prev.start, end, text: `.${t}`, lower: `.${t}`, kind: 'num' };
      } else tokens.push({ start, end, text: t, lower: t, kind: 'num' });
    } else if (m[2] !== undefined) {
      tokens.push({ start, end, text: t, lower: sameLength ? lowered.slice(start, end) : t.toLowerCase(), kind: 'word' });
    } else tokens.push({ start, end, text: t, lower: t, kind: 'punct' });
  }
  return tokens;
}

const PIECES = ['1', '2', '0', '.', ',', ':', '/', ' ', '\u00a0', '\u2009', '\u3000', '\ufeff', '\t', '\n', 'a', 'Z', 'é', '\u0301', 'İ', 'ß', '한', '€', '%', '-', "'", '"',
  '\ud835\udc00' /* a mathematical letter outside the BMP */, '\ud83d\ude00' /* an emoji */, '\ud800', '\udc00' /* lone surrogates */];

describe('figure tokenizer', () => {
  it('tokenizes random strings exactly as its defining regex', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 20_000, seed: 20261123 },
    );
  });

  it('tokenizes every fixture article exactly as its defining regex', () => {
    const articles = fixtureTexts();
    expect(articles.length).toBeGreaterThan(5);
    for (const { file, text } of articles) expect(tokenize(text), file).toEqual(reference(text));
  });
});
