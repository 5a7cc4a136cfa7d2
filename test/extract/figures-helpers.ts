// Shared helpers for the figures tests: run the extractor on one sentence, split the seed articles
// into sentences, compare figures the way gold/score.mjs does.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { figureExtractor } from '../../src/extract/figures/index.js';
import type { ExtractContext, FigureMention, Sentence } from '../../src/types.js';

// the seed articles are bundled in fixtures/ and their gold in test/gold/, so a fresh clone can run this
export const SEEDS = join(import.meta.dirname, '../../fixtures');
export const GOLD = join(import.meta.dirname, '../gold/seeds.jsonl');

const CTX: ExtractContext = { doc: 'test', text: '', published: null };

/** Run the extractor on a sentence that starts at `offset` of its document. */
export function figuresOf(text: string, offset = 0): FigureMention[] {
  const sentence: Sentence = { index: 0, paragraph: 0, start: offset, end: offset + text.length, text };
  return figureExtractor.extract(sentence, { ...CTX, text });
}

/**
 * A plain sentence splitter for the fixtures (the real one lives in segment/): lines, then
 * ". " before a capital or an opening quote.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = /[^\n]+/g;
  for (let m = lines.exec(text); m; m = lines.exec(text)) {
    const line = m[0];
    const cut = /(?<=[.!?]["\u201D\u2019)]?)\s+(?=["\u201CA-Z])/g;
    let from = 0;
    const push = (a: number, b: number) => {
      out.push({ index: out.length, paragraph: 0, start: m!.index + a, end: m!.index + b, text: line.slice(a, b) });
    };
    for (let c = cut.exec(line); c; c = cut.exec(line)) {
      push(from, c.index);
      from = c.index + c[0].length;
    }
    push(from, line.length);
  }
  return out;
}

export function seedDocs(): Array<{ doc: string; text: string }> {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((doc) => ({ doc, text: readFileSync(join(SEEDS, doc), 'utf8').replace(/^\uFEFF/, '') }));
}

export interface GoldRecord {
  doc: string;
  type: string;
  text: string;
  nth?: number;
  to_text?: string;
  to_nth?: number;
  value?: number | null;
  unit?: string;
  unit_alt?: string[];
  measure?: string;
  qualifier?: string;
  optional?: boolean;
}

export function goldRecords(): GoldRecord[] {
  return readFileSync(GOLD, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord);
}

export function locate(text: string, needle: string, nth = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`not found: ${needle}`);
  }
  return [i, i + needle.length];
}

/** The unit comparison of gold/score.mjs: last word, crude singular. */
export function lemma(u: string | null | undefined): string {
  return String(u ?? '').toLowerCase().trim().split(/\s+/).pop()!
    .replace(/ies$/, 'y').replace(/(ss|us)$/, '$1').replace(/(?<=[^s])s$/, '').replace(/^people$/, 'person').replace(/^women$/, 'woman');
}
