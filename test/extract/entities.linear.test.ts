// The entity extractor in linear time (issue 10, "no hangs"), without changing what it finds.
// - URLs, addresses, domains and hashtags are blanked by a hand-written scanner; its definition is the
//   regex it replaced (which retried from every word boundary of a long run: quadratic on
//   "a.a.a...@b" and "a-a-a-... #x"). The two must agree on random strings and on real articles.
// - A run of capitalised words is cut at MAX_CHAIN_TOKENS: a Title Case line of thousands of words
//   was cubic, and known names back to back ("Seoul Telegram Seoul Telegram ...") overflowed the stack.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixtureTexts } from './fixture-texts.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { buildChains, MAX_CHAIN_TOKENS } from '../../src/extract/entities/candidates.js';
import { maskNonProse, tokenize } from '../../src/extract/entities/tokens.js';

const NOT_PROSE = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+|\b[\w-]+\.(?:com|org|net|co\.kr|kr|io|gov|edu|info|shop|news|tv)\b\S*|[#@][\p{L}\p{N}_]+/giu;
const MAYBE_NOT_PROSE = /[#@]|https?:|www\.|\.(?:com|org|net|kr|io|gov|edu|info|shop|news|tv)\b/i;
const reference = (text: string): string => (MAYBE_NOT_PROSE.test(text) ? text.replace(NOT_PROSE, (m) => ' '.repeat(m.length)) : text);

// the characters and pieces the branches of the regex turn on, and the two non-ASCII characters
// that case-fold into \w under its i and u flags (U+017F, U+212A)
const PIECES = ['a', 'b', 'w', 'W', 'h', 'H', 't', 'p', 's', 'S', 'c', 'o', 'm', 'k', 'r', 'x', '1', '_', ':', '/', '.', '@', '#', '-', '+',
  ' ', '\n', '\u00a0', 'é', '\u017f', '\u212a', '\ud835\udc00', 'http://', 'https://', 'HTTPS://', 'www.', '.com', '.co.kr', '.kr', '.io',
  '.news', '.info', '.tv', 'user@', 'x@y.z', '.comm', '.org.'];

const texts = (): string[] => fixtureTexts().map((f) => f.text);

const repeat = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const whole = (text: string) => [{ index: 0, paragraph: 0, start: 0, end: text.length, text }];
const ctx = (text: string) => ({ doc: 'linear', text, published: null });

describe('entities: non-prose masking', () => {
  it('blanks random strings exactly as its defining regex', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(maskNonProse(text)).toBe(reference(text));
      }),
      { numRuns: 20_000, seed: 20240902 },
    );
  });

  it('blanks every fixture article exactly as its defining regex', () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(5);
    for (const text of all) expect(maskNonProse(text)).toBe(reference(text));
  });

  it('takes linear time on an endless address and an endless hyphenated word', () => {
    const started = performance.now();
    // (no address: no dot after "@b"; "@b" alone is a handle)
    expect(maskNonProse(repeat('a.', 200_000) + '@b')).toBe(repeat('a.', 200_000) + '  ');
    maskNonProse(repeat('a-', 200_000) + ' #x');
    // (the regex took minutes here; the scanner milliseconds)
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('entities: long runs of capitalised words', () => {
  it('cuts no real name: no run in the fixture articles reaches the cap', () => {
    for (const text of texts()) {
      for (const chain of buildChains(tokenize(whole(text)[0]!, 0))) expect(chain.length).toBeLessThan(MAX_CHAIN_TOKENS);
    }
  });

  it('a Title Case line of 5,000 words: runs of at most MAX_CHAIN_TOKENS words, in seconds', () => {
    const text = repeat('Korea Communications Standards Commission ', 5_000 * 10);
    const chains = buildChains(tokenize(whole(text)[0]!, 0));
    expect(Math.max(...chains.map((c) => c.length))).toBe(MAX_CHAIN_TOKENS);
    const started = performance.now();
    const mentions = extractEntities(whole(text), ctx(text));
    expect(mentions.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('known names back to back (20,000 tokens) do not overflow the stack', () => {
    const text = repeat('Seoul Telegram ', 20_000 * 7.5);
    const mentions = extractEntities(whole(text), ctx(text));
    expect(mentions.filter((m) => m.canonical === 'Seoul').length).toBeGreaterThan(5_000);
  });

  it('a document of many namesakes and their short forms resolves in seconds', () => {
    let text = '';
    const sentences: { index: number; paragraph: number; start: number; end: number; text: string }[] = [];
    for (let i = 0; i < 3_000; i++) {
      for (const s of ['Kim Jong Un met Kim Yo Jong in Seoul.', 'Kim said talks went well.']) {
        sentences.push({ index: sentences.length, paragraph: 0, start: text.length, end: text.length + s.length, text: s });
        text += s + ' ';
      }
    }
    const started = performance.now();
    const mentions = extractEntities(sentences, ctx(text));
    expect(mentions.some((m) => m.text === 'Kim' && m.label === 'PERSON')).toBe(true);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
