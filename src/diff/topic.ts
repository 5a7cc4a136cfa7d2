// A short label for a group: what its members share ("Cho Ju-bin · sentence, prison · year").
import type { ClaimFeatures } from './features.js';
import type { GroupKind } from './types.js';

const MAX_WORDS = 3;

function unitLabel(fs: ClaimFeatures[]): string | null {
  const units: string[] = [];
  for (const f of fs) {
    const fig = f.figure;
    if (!fig) continue;
    const u = fig.measure === 'money' ? fig.currency ?? fig.unit : fig.unit ?? (fig.measure === 'count' ? null : fig.measure);
    if (u && !units.includes(u)) units.push(u);
  }
  return units.length ? units.join('/') : null;
}

/** Words shared by the most documents of the group, then by weight. */
export function groupTopic(kind: GroupKind, fs: ClaimFeatures[]): string {
  const docsByLemma = new Map<string, Set<string>>();
  const weight = new Map<string, number>();
  for (const f of fs) {
    for (const [lemma, w] of f.words) {
      const s = docsByLemma.get(lemma) ?? new Set<string>();
      s.add(f.claim.doc);
      docsByLemma.set(lemma, s);
      weight.set(lemma, (weight.get(lemma) ?? 0) + w);
    }
  }
  const words = [...docsByLemma]
    .filter(([, s]) => s.size >= 2)
    .sort((a, b) => b[1].size - a[1].size || weight.get(b[0])! - weight.get(a[0])! || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_WORDS)
    .map(([l]) => l);
  const subjects = new Map<string, Set<string>>();
  for (const f of fs) {
    const s = f.claim.subject?.canonical;
    if (!s) continue;
    const docs = subjects.get(s) ?? new Set<string>();
    docs.add(f.claim.doc);
    subjects.set(s, docs);
  }
  const subject = [...subjects].filter(([, d]) => d.size >= 2).map(([s]) => s).sort()[0] ?? null;
  return label(kind, subject, words, fs);
}

/** A claim alone: its own strongest words, in the order the sentence has them. */
export function singleTopic(kind: GroupKind, fs: ClaimFeatures[]): string {
  const f = fs[0]!;
  const words = [...f.words].filter(([, w]) => w >= 1).map(([l]) => l).slice(0, MAX_WORDS);
  return label(kind, f.claim.subject?.canonical ?? null, words, fs);
}

function label(kind: GroupKind, subject: string | null, words: string[], fs: ClaimFeatures[]): string {
  const lower = subject?.toLowerCase() ?? '';
  const shown = words.filter((w) => !lower.split(/\s+/).includes(w));
  const parts = [subject, shown.join(', ') || null, kind === 'event' ? 'date' : unitLabel(fs)].filter((p): p is string => Boolean(p));
  return parts.join(' · ') || 'figure';
}
