// Property fuzz of every stage with fast-check, fixed seed: strings built from the pieces hostile input
// is made of (digit runs, separators, quotes and brackets, scripts, lone surrogates, control and
// zero-width characters, the words the rules look for) must never throw, and what each stage
// returns must point into its input. Inputs stay a few thousand characters, so this runs in every
// `npm test`; the megabyte sizes are in linear-time.test.ts and the hostile corpus.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stripBoilerplate } from '../../src/clean/boilerplate.js';
import { MAX_SENTENCE_CHARS, segmentSentences } from '../../src/segment/sentences.js';
import { figureExtractor } from '../../src/extract/figures/index.js';
import { dateExtractor } from '../../src/extract/dates/index.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { analyzeClaim } from '../../src/extract/attribution/index.js';
import type { ExtractContext, Sentence } from '../../src/types.js';
import { SEED } from './seed.js';

const RUNS = 150;
/** Generous: a few seconds of work, on a machine that may be running much else. */
const T = 120_000;

const PIECES = [
  // numbers and separators
  '0', '1', '12', '118', '1,000', '1,1', '2.5', '3%', '$', '€', '£', '₩', 'US$', ',', '.', '...', '…', '-', '–', '—', '/', ':', ';', '+', '=', '@', '#',
  // quotes and brackets
  '"', "'", '“', '”', '‘', '’', '«', '»', '(', ')', '[', ']', '{', '}',
  // white space, control and invisible characters
  ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u200b', '\u200e', '\u202e', '\u2028', '\ufeff', '\u0000', '\u0007',
  // scripts: combining marks, astral letters, emoji, a lone surrogate (JSON input can carry one)
  'é', 'e\u0301', '서울', 'Москва', '東京', 'القاهرة', 'עברית', 'ไทย', '𝒜', '😀', '👩‍👩‍👧', '\ud800', '\udc00',
  // words the rules look for
  'Police', 'police', 'said', 'says', 'told', 'according to', 'reportedly', 'Mr.', 'Dr.', 'U.S.', 'S.', 'Jan.', 'Sept.', 'Monday',
  'last week', 'ago', 'million', 'billion', 'percent', 'people', 'won', 'Korea', 'Commission', 'Telegram', 'Seoul', 'Pavel Durov',
  'KCSC', 'www.', 'http://', '.com', 'a.m.', '2024-09-02', '24.11.10', '10 to 15', 'more than', 'up', 'fell', 'the', 'of', 'and',
];

/** A hostile text: pieces, some repeated into long runs ("1,1,1,...", "(((((", "said said"). */
const hostileText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 2, max: 400 })).map(([p, k]) => p.repeat(k)) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const params = { seed: SEED, numRuns: RUNS };
const asSentence = (text: string): Sentence => ({ index: 0, paragraph: 0, start: 0, end: text.length, text });
const ctx = (text: string): ExtractContext => ({ doc: 'fuzz.txt', text, published: '2024-09-02' });

/** Every span lies in [0, length], starts before it ends, and its text is what it says. */
function expectSpansInto(text: string, spans: { start: number; end: number; text?: string }[]): void {
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length, `${s.start}-${s.end} in ${text.length}`).toBe(true);
    if (s.text !== undefined) expect(s.text).toBe(text.slice(s.start, s.end));
  }
}

describe('every stage survives hostile text (fast-check, fixed seed)', () => {
  it('clean: the mask keeps the length and every newline, and only blanks excluded spans', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { excluded, masked } = stripBoilerplate(text);
        expect(masked.length).toBe(text.length);
        expectSpansInto(text, excluded);
        for (let i = 1; i < excluded.length; i++) expect(excluded[i]!.start).toBeGreaterThanOrEqual(excluded[i - 1]!.end);
        let changedOnlyToSpaces = true;
        for (let i = 0; i < text.length; i++) if (masked[i] !== text[i] && (masked[i] !== ' ' || text[i] === '\n')) changedOnlyToSpaces = false;
        expect(changedOnlyToSpaces).toBe(true);
      }),
      params,
    );
  }, T);

  it('segment: sentences in order, apart, inside the text, none longer than MAX_SENTENCE_CHARS', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const sentences = segmentSentences(text);
        expectSpansInto(text, sentences);
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
        });
      }),
      params,
    );
  }, T);

  it('figures, dates: mentions inside the sentence, text as sliced', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expectSpansInto(text, figureExtractor.extract(asSentence(text), ctx(text)));
        expectSpansInto(text, dateExtractor.extract(asSentence(text), ctx(text)));
      }),
      params,
    );
  }, T);

  it('entities: mentions inside the document, text as sliced, not overlapping', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const mentions = extractEntities(segmentSentences(text), ctx(text));
        expectSpansInto(text, mentions);
        for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
      }),
      params,
    );
  }, T);

  it('attribution: sources and subjects inside the sentence, for a focus anywhere in it', () => {
    fc.assert(
      fc.property(hostileText, fc.double({ min: 0, max: 1, noNaN: true }), (text, at) => {
        const s = asSentence(text);
        const focus = Math.floor(at * text.length);
        const r = analyzeClaim(s, focus, Math.min(text.length, focus + 2), { previousSpeaker: null });
        expectSpansInto(text, [...r.sources, ...(r.subject ? [r.subject] : [])].map(({ start, end }) => ({ start, end })));
        expect(typeof r.quoted === 'boolean' && typeof r.hedged === 'boolean').toBe(true);
      }),
      params,
    );
  }, T);
});
