// Seed documents as the pipeline will hand them to the entity extractor: boilerplate lines masked
// the way the lead's cleaner does (headline-like title-case lines without final punctuation,
// hashtag, share/follow and comment lines, lines in Korean script, a repeated copy of a line),
// the rest split into sentences with a simple splitter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence } from '../../src/types.js';

// the seed articles are bundled in fixtures/ and their gold in test/gold/, so a fresh clone can run this
export const SEED_DIR = join(import.meta.dirname, '../../fixtures');

export interface GoldEntity {
  doc: string;
  canonical: string;
  label: string;
  aliases: string[];
  optional?: boolean;
}
export interface GoldRegion {
  doc: string;
  type: string;
  text: string;
  nth?: number;
  to_text?: string;
  to_nth?: number;
}

export function readGold(): { entities: GoldEntity[]; ignore: GoldRegion[] } {
  const rows = readFileSync(join(import.meta.dirname, '../gold/seeds.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  return { entities: rows.filter((r) => r.type === 'entity'), ignore: rows.filter((r) => r.type === 'ignore') };
}

export const readSeed = (doc: string): string => readFileSync(join(SEED_DIR, doc), 'utf8').replace(/^\uFEFF/, '');

const BOILERPLATE = /^(?:also read:|follow us|share\b|leave a|comments are closed|you may also like|more from|image source:|your email address)|follow (?:us|our)\b/i;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

function isHeadlineLike(line: string): boolean {
  if (/[.!?"”’)]\s*$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const content = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  const caps = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length <= 3 || caps >= content.length * 0.6;
}

/** Whether the lead's cleaner would mask this line. */
export function isMaskedLine(line: string, seen: Set<string>): boolean {
  const t = line.trim();
  if (!t) return true;
  if (seen.has(t)) return true;
  if (t.startsWith('#') || t.startsWith('!')) return true;
  return BOILERPLATE.test(t) || HANGUL.test(t) || isHeadlineLike(t);
}

const NO_SPLIT_BEFORE = /(?:\b\p{Lu}\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Sept|Gen|Jan|Feb|Aug|Oct|Nov|Dec|No|Inc|Corp)\.$/u;

/** Sentences of one document (absolute offsets), masked lines left out unless `mask` is false. */
export function splitDocument(text: string, mask = true): Sentence[] {
  const sentences: Sentence[] = [];
  const seen = new Set<string>();
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (mask ? isMaskedLine(line, seen) : !line.trim()) {
      seen.add(line.trim());
      continue;
    }
    seen.add(line.trim());
    let from = 0;
    const cuts: number[] = [];
    for (const m of line.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu)) {
      const before = line.slice(0, m.index + 1);
      if (NO_SPLIT_BEFORE.test(before)) continue;
      cuts.push(m.index + m[0].length);
    }
    cuts.push(line.length);
    for (const cut of cuts) {
      const raw = line.slice(from, cut);
      const trimmed = raw.replace(/\s+$/, '');
      if (trimmed.trim()) {
        const lead = raw.length - raw.trimStart().length;
        sentences.push({ index: sentences.length, paragraph, start: lineStart + from + lead, end: lineStart + from + trimmed.length, text: trimmed.slice(lead) });
      }
      from = cut;
    }
    paragraph++;
  }
  return sentences;
}

export function ignoreRegions(doc: string, text: string, regions: GoldRegion[]): [number, number][] {
  const locate = (s: string, nth = 0): number => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(s, i + 1);
    return i;
  };
  return regions.filter((r) => r.doc === doc).map((r) => {
    const s = locate(r.text, r.nth ?? 0);
    const e = r.to_text ? locate(r.to_text, r.to_nth ?? 0) + r.to_text.length : s + r.text.length;
    return [s, e];
  });
}
