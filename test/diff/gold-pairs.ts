// The gold pairs of the seed corpus (test/gold/seeds.jsonl, type "pair") scored the way
// shared/gold/score.mjs scores them: both spans must be members (by overlapping offsets) of one group
// with the expected verdict; a `distinct` pair must not share a conflict group.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DiffGroup } from '../../src/diff/types.js';

export interface GoldPair {
  verdict: 'agree' | 'conflict' | 'distinct';
  topic: string;
  a: { doc: string; text: string; nth?: number };
  b: { doc: string; text: string; nth?: number };
}

export function goldPairs(goldFile: string): GoldPair[] {
  return readFileSync(goldFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).filter((r) => r.type === 'pair');
}

export interface PairResult {
  ok: boolean;
  pair: GoldPair;
  got: string[];
}

export function scorePairs(pairs: GoldPair[], groups: DiffGroup[], corpusDir: string): PairResult[] {
  const texts = new Map<string, string>();
  const text = (doc: string) => {
    if (!texts.has(doc)) texts.set(doc, readFileSync(path.join(corpusDir, doc), 'utf8').replace(/^\uFEFF/, ''));
    return texts.get(doc)!;
  };
  const span = (s: GoldPair['a']): [number, number] => {
    let i = -1;
    for (let k = 0; k <= (s.nth ?? 0); k++) i = text(s.doc).indexOf(s.text, i + 1);
    if (i < 0) throw new Error(`gold span not found: ${s.doc} ${s.text}`);
    return [i, i + s.text.length];
  };
  const base = (d: string) => d.split(/[\\/]/).pop();
  const inGroup = (g: DiffGroup, s: GoldPair['a']) => {
    const [a, b] = span(s);
    return g.members.some((m) => base(m.doc) === s.doc && m.start < b && a < m.end);
  };
  return pairs.map((pair) => {
    const together = groups.filter((g) => inGroup(g, pair.a) && inGroup(g, pair.b));
    const ok = pair.verdict === 'distinct' ? !together.some((g) => g.verdict === 'conflict') : together.some((g) => g.verdict === pair.verdict);
    return { ok, pair, got: together.map((g) => g.verdict) };
  });
}
