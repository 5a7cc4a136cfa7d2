// The figures extractor: numbers with their unit, qualifier, range and change.
//
//   "up to 50 million won (US$37,500; £28,300)" -> 50000000 KRW up_to, 37500 USD and 28300 GBP
//                                                  (both equivalent_of the won)
//   "more than 30 female students"              -> 30 student, more_than
//   "Seven suspects, six of whom are teenagers" -> 7 suspect, 6 suspect
//   "fell 3%"                                   -> 3 percent, change down
//
// Pipeline: fold typography -> tokenize (URLs dropped) -> findNumbers -> readFigures -> REFINERS.
// No compromise parse: tokens are matched with tables and cached word look-ups (nlp.ts), so a
// sentence costs a few microseconds per number.
import type { ExtractContext, FigureMention, Sentence } from '../../types.js';
import { readFigures } from './figure.js';
import { findNumbers } from './numbers.js';
import { REFINERS } from './refiners.js';
import { foldTypography, tokenize, TokenView, urlSpans } from './tokens.js';

/** Tidy floating-point noise from scaling ("32.26 million" -> 32260000, not 32260000.000000004). */
function tidy(x: number | null): number | null {
  return x === null || Number.isInteger(x) ? x : Number(x.toPrecision(12));
}

export function extractFigures(sentence: Sentence): FigureMention[] {
  const text = foldTypography(sentence.text);
  if (!/\d|[a-z]/i.test(text)) return [];
  const urls = urlSpans(text);
  let tokens = tokenize(text);
  if (urls.length) tokens = tokens.filter((t) => !urls.some(([a, b]) => t.start >= a && t.end <= b));
  const v = new TokenView(tokens);
  const nums = findNumbers(v);
  if (nums.length === 0) return [];
  let figures = readFigures(v, nums);
  for (const refine of REFINERS) figures = refine(v, figures);
  return figures.map((c): FigureMention => {
    const a = tokens[c.s]!.start;
    const b = tokens[c.e - 1]!.end;
    return {
      type: 'figure',
      start: sentence.start + a,
      end: sentence.start + b,
      text: sentence.text.slice(a, b),
      value: tidy(c.value),
      value_max: tidy(c.valueMax),
      unit: c.unit,
      measure: c.measure,
      qualifier: c.qualifier,
      currency: c.measure === 'money' ? c.currency : null,
      change: c.change,
      equivalent_of: c.equivalentOf === null ? null : sentence.start + tokens[c.equivalentOf]!.start,
      rule: c.rule,
    };
  });
}

export const figureExtractor = {
  id: 'figures',
  extract(sentence: Sentence, _ctx: ExtractContext): FigureMention[] {
    return extractFigures(sentence);
  },
} as const;
