// The attribution stage in linear time (issue 10, "no hangs"), without changing what it finds.
// - findFrames compared every pair of frames (with tokens.findIndex inside), segment() rescanned a
//   clause at every "and", quoteSpans scanned the whole open-quote stack, and compromise was asked
//   about endless words: one long sentence of "he said", "according to police," or "5 people and 6
//   cars and" ran for minutes. Each must now finish in a moment and still find its sources.
// - The helpers that replaced the rescans must agree with the definitions they replaced: memoized
//   "next position where P holds" scans with plain scans, tokensIn with a filter, quoteSpans with
//   the stack it scanned, normalizeForId with its regex.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeClaim, nextSpeaker, type Attribution } from '../../src/extract/attribution/index.js';
import { tokensIn } from '../../src/extract/attribution/frames.js';
import { quoteSpans, type Span } from '../../src/extract/attribution/quotes.js';
import { NextTrue, PrevTrue } from '../../src/extract/attribution/scan.js';
import { tokenize } from '../../src/extract/attribution/tokens.js';
import { normalizeForId } from '../../src/claims/ids.js';
import type { Sentence } from '../../src/types.js';

const repeat = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const whole = (text: string): Sentence => ({ index: 0, paragraph: 0, start: 0, end: text.length, text });
const PREVIOUS: Attribution = { text: 'Kim', start: 0, end: 3, canonical: 'Kim', rule: 'speech/leading', verb: 'say', antecedent: null };

/** As the claims stage asks about one sentence: 16 figures spread over it, then the speaker to carry. */
function attribute(text: string) {
  const s = whole(text);
  const out = [];
  for (let k = 0; k < 16; k++) {
    const at = Math.floor((text.length * k) / 16);
    out.push(analyzeClaim(s, at, Math.min(text.length, at + 3), { previousSpeaker: k % 2 ? PREVIOUS : null }));
  }
  return { claims: out, speaker: nextSpeaker(s, { previousSpeaker: PREVIOUS }) };
}

// Sizes at which the quadratic versions ran for minutes (25,000 characters of "he said " took 110 s);
// linear, each takes well under a second. The timeout only catches a hang on a loaded machine.
const HANG = 60_000;

describe('attribution: one huge sentence finishes', () => {
  it('40,000 characters of "he said"', { timeout: HANG }, () => {
    const { claims, speaker } = attribute(repeat('he said ', 40_000));
    expect(claims[8]!.attribution?.text).toBe('he');
    expect(speaker?.text).toBe('he');
  });

  it('named and pronoun speakers alternating ("Police said he said ...")', { timeout: HANG }, () => {
    const { claims } = attribute(repeat('Police said he said ', 40_000));
    expect(claims.some((c) => c.attribution !== null)).toBe(true);
  });

  it('inverted and leading reports alternating ("Kim said 5 died, said Lee.")', { timeout: HANG }, () => {
    const { claims } = attribute(repeat('Kim said 5 died, said Lee; ', 40_000));
    expect(claims.some((c) => c.attribution !== null)).toBe(true);
  });

  it('40,000 characters of "according to police,"', { timeout: HANG }, () => {
    const { claims } = attribute(repeat('according to police, ', 40_000));
    expect(claims[8]!.attribution?.text).toBe('police');
  });

  it('"according" without end, no comma', { timeout: HANG }, () => {
    attribute(repeat('according to the police ', 40_000));
  });

  it('prose on one line ("Police said 5 people were arrested ... in Seoul.")', { timeout: HANG }, () => {
    const { claims } = attribute(repeat('Police said 5 people were arrested on Monday in Seoul. ', 40_000));
    expect(claims.some((c) => c.attribution?.text === 'Police')).toBe(true);
  });

  it('a clause never cut ("about 5 people and 6 cars and ...")', { timeout: HANG }, () => {
    attribute(repeat('about 5 people and 6 cars and ', 40_000));
  });

  it('an endless word ("a.a.a....@b") is an unknown noun, not a question to compromise', { timeout: HANG }, () => {
    attribute(repeat('a.', 40_000 - 2) + '@b');
  });

  it('quotation marks nested without end', { timeout: HANG }, () => {
    attribute(repeat('("[‘«', 20_000) + 'x' + repeat('»’]")', 20_000));
    attribute(repeat('‘', 20_000) + repeat('”', 20_000));
  });

  it('adverbs, parentheses and subordinators without end', { timeout: HANG }, () => {
    attribute(`Police said ${repeat('very ', 30_000)}5 died`);
    attribute(`Police said ${repeat('a) ', 30_000)}5 died`);
    attribute(`Police were ${repeat('after ', 30_000)}5 died`);
  });
});

describe('attribution: linear helpers agree with what they replaced', () => {
  it('NextTrue and PrevTrue answer as plain scans, whatever the order of questions', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), fc.array(fc.integer({ min: -2, max: 42 }), { maxLength: 30 }), (bits, asks) => {
        const next = new NextTrue(bits.length, (k) => bits[k]!);
        const prev = new PrevTrue(bits.length, (k) => bits[k]!);
        for (const k of asks) {
          let n = Math.max(0, k);
          while (n < bits.length && !bits[n]) n++;
          expect(next.next(k)).toBe(Math.min(n, bits.length));
          let p = Math.min(k, bits.length - 1);
          while (p >= 0 && !bits[p]) p--;
          expect(prev.prev(k)).toBe(Math.max(p, -1));
        }
      }),
      { numRuns: 5_000, seed: 20240902 },
    );
  });

  it('tokensIn finds the tokens a filter finds', () => {
    const words = ['Police', 'said', "it's", 'U.S.', '5,000', ',', '“', '”', 'don’t', '-3.5', '(', ')', 'Lt.', 'a', '--'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 20 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join(' ');
        const tokens = tokenize(text);
        const span = { start: a % (text.length + 2), end: b % (text.length + 2) };
        expect(tokensIn(tokens, span)).toEqual(tokens.filter((t) => t.start >= span.start && t.end <= span.end));
      }),
      { numRuns: 5_000, seed: 20240902 },
    );
  });

  it('quoteSpans finds the spans of the stack it used to scan', () => {
    const pieces = ['“', '”', '«', '»', '„', '"', '‘', '’', "'", '``', "''", '`', 'a', 's', ' ', 'it’s', "'t"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(quoteSpans(text)).toEqual(referenceQuoteSpans(text));
      }),
      { numRuns: 20_000, seed: 20240902 },
    );
  });

  it('normalizeForId folds whitespace as its regex does', () => {
    const pieces = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'a', 'b'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeForId(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 20_000, seed: 20240902 },
    );
  });
});

/** quoteSpans as it was: each closing mark scans the open stack from the top. */
function referenceQuoteSpans(text: string): Span[] {
  const LETTER = /[\p{L}\p{N}]/u;
  const QUOTE_CHARS = /[“”«»„"'‘’`]/g;
  const spans: Span[] = [];
  const open: { mark: string; at: number }[] = [];
  const closeLast = (accepts: (mark: string) => boolean, at: number, len: number): boolean => {
    for (let k = open.length - 1; k >= 0; k--) {
      if (accepts(open[k]!.mark)) {
        spans.push({ start: open[k]!.at, end: at + len });
        open.splice(k);
        return true;
      }
    }
    return false;
  };
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(text); m; m = QUOTE_CHARS.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    if (c === '`') {
      if (next === '`') { open.push({ mark: '``', at: i }); QUOTE_CHARS.lastIndex = i + 2; }
      continue;
    }
    if (c === "'" && next === "'") {
      if (!closeLast((mk) => mk === '``', i, 2)) spans.push({ start: 0, end: i + 2 });
      QUOTE_CHARS.lastIndex = i + 2;
      continue;
    }
    switch (c) {
      case '“': case '«': case '„':
        open.push({ mark: c, at: i });
        break;
      case '”': case '»':
        if (!closeLast((mk) => mk === '“' || mk === '«' || mk === '„' || (c === '”' && mk === '"'), i, 1)) spans.push({ start: 0, end: i + 1 });
        break;
      case '"':
        if (!closeLast((mk) => mk === '"' || mk === '“', i, 1)) open.push({ mark: '"', at: i });
        break;
      case '‘':
        open.push({ mark: '‘', at: i });
        break;
      case '’': case "'": {
        if (LETTER.test(next)) {
          if (!LETTER.test(prev) && c === "'") open.push({ mark: "'", at: i });
          break;
        }
        closeLast((mk) => mk === '‘' || mk === "'", i, 1);
        break;
      }
      default:
        break;
    }
  }
  for (const o of open) {
    if (o.mark === "'" || o.mark === '‘') continue;
    spans.push({ start: o.at, end: text.length });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
