// Grouping claims across documents. Pairs that pass compare.ts become edges; edges are taken
// strongest first and two groups merge only when every pair across them still holds (complete
// linkage), so a chain "A ~ B ~ C" never puts A and C together when they speak of different things.
// Figures and event dates are grouped in two passes: a claim can be in one of each.
//
// Claims that are copies of each other (the same sentence, figure, date and publication date: a wire
// story printed by fifty papers, or a page that carries its article twice) are compared once, through
// one representative, and agree with each other.
import { createHash } from 'node:crypto';
import type { ClaimRow, MentionRow } from '../output/schema.js';
import { AGREE_SCORE, compareEvents, compareFigures, type CorpusStats, type PairRelation } from './compare.js';
import { claimFeatures, conversionsByClaim, type ClaimFeatures } from './features.js';
import { compareScopes } from './time-scope.js';
import { unitClass } from './tolerance.js';
import { singleTopic, groupTopic } from './topic.js';
import { VERDICT_ORDER, type DiffGroup, type DiffMember, type GroupKind, type Verdict } from './types.js';

export interface GroupOptions {
  /** the mentions table: conversions in parentheses ("50 million won ($37,500)") link currencies */
  mentions?: readonly MentionRow[];
  /** also list claims no other document speaks of (default true) */
  singles?: boolean;
}

/** Words in at least this share of the documents are the story itself, not a topic within it. */
const STORY_SHARE = 0.75;
/** Candidate pairs come from shared words; a word in more claims of one block than this is too common to index. */
const MAX_POSTING = 1000;
/** How many of a claim's rarest words are looked up for candidates. */
const PROBE_WORDS = 6;

type Compare = (a: ClaimFeatures, b: ClaimFeatures, stats: CorpusStats, sameDoc: boolean) => PairRelation;

/** One claim standing for all its copies. */
interface Rep {
  f: ClaimFeatures;
  copies: ClaimFeatures[];
  docs: Set<string>;
}

export function groupClaims(claims: readonly ClaimRow[], opts: GroupOptions = {}): DiffGroup[] {
  const sorted = [...claims].sort(byPosition);
  const features = featuresOf(sorted, opts.mentions);
  const stats = corpusStats(features);

  const figureReps = representatives(features.filter((f) => f.figure !== null));
  const eventReps = representatives(features.filter((f) => f.eventDate !== null && (f.figure === null || f.figure.value === null)));
  const figureClusters = cluster('figure', figureReps, compareFigures, stats);
  const eventClusters = cluster('event', eventReps, compareEvents, stats);

  const groups: DiffGroup[] = [];
  const inMultiDoc = new Set<string>();
  for (const [kind, clusters] of [['figure', figureClusters], ['event', eventClusters]] as const) {
    for (const c of clusters) {
      if (docsOf(c.reps).size < 2) continue;
      groups.push(buildGroup(kind, c));
      for (const r of c.reps) for (const m of r.copies) inMultiDoc.add(m.claim.claim_id);
    }
  }
  if (opts.singles !== false) {
    for (const c of figureClusters) {
      if (docsOf(c.reps).size >= 2) continue;
      const reps = c.reps
        .map((r) => ({ ...r, copies: r.copies.filter((m) => !inMultiDoc.has(m.claim.claim_id)) }))
        .filter((r) => r.copies.length);
      if (reps.length) groups.push(buildGroup('figure', { reps, relations: c.relations }));
    }
  }
  return groups.sort(groupOrder);
}

function byPosition(a: ClaimRow, b: ClaimRow): number {
  return cmp(a.doc, b.doc) || a.start - b.start || (a.figure?.start ?? a.date?.start ?? 0) - (b.figure?.start ?? b.date?.start ?? 0) || cmp(a.claim_id, b.claim_id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function featuresOf(claims: ClaimRow[], mentions: readonly MentionRow[] | undefined): ClaimFeatures[] {
  const bySentence = new Map<string, { start: number; end: number; id: string }[]>();
  for (const c of claims) {
    if (!c.figure) continue;
    const key = `${c.doc}\u0000${c.start}\u0000${c.end}`;
    const list = bySentence.get(key) ?? [];
    list.push({ start: c.figure.start, end: c.figure.end, id: c.claim_id });
    bySentence.set(key, list);
  }
  const conversions = conversionsByClaim(mentions);
  return claims.map((c, i) => {
    const siblings = (bySentence.get(`${c.doc}\u0000${c.start}\u0000${c.end}`) ?? []).filter((s) => s.id !== c.claim_id && !(c.figure && s.start === c.figure.start));
    return claimFeatures(i, c, { siblings, conversions: conversions.get(c.claim_id) ?? [] });
  });
}

/** What makes two claims copies: everything the comparison reads, relative to the sentence. */
function copyKey(f: ClaimFeatures, siblings: string): string {
  const c = f.claim;
  const fig = c.figure;
  const d = c.date;
  return JSON.stringify([
    c.text, c.published, c.subject?.canonical ?? null, c.subject?.label ?? null, c.predicate, c.hedged, c.negated,
    fig ? [fig.start - c.start, fig.text, fig.value, fig.value_max, fig.unit, fig.measure, fig.qualifier, fig.currency, fig.change] : null,
    d ? [d.start === null ? null : d.start - c.start, d.text, d.value, d.grain, d.anchor, d.window_end] : null,
    f.conversions.map((x) => [x.currency, x.value]), siblings,
  ]);
}

function representatives(items: ClaimFeatures[]): Rep[] {
  const siblingsOf = new Map<string, string[]>();
  for (const f of items) {
    const c = f.claim;
    if (!c.figure) continue;
    const key = `${c.doc}\u0000${c.start}`;
    const list = siblingsOf.get(key) ?? [];
    list.push(`${c.figure.start - c.start}:${c.figure.end - c.start}`);
    siblingsOf.set(key, list);
  }
  const byKey = new Map<string, Rep>();
  const reps: Rep[] = [];
  for (const f of items) {
    const key = copyKey(f, (siblingsOf.get(`${f.claim.doc}\u0000${f.claim.start}`) ?? []).join(','));
    const rep = byKey.get(key);
    if (rep) {
      rep.copies.push(f);
      rep.docs.add(f.claim.doc);
    } else {
      const r: Rep = { f, copies: [f], docs: new Set([f.claim.doc]) };
      byKey.set(key, r);
      reps.push(r);
    }
  }
  return reps;
}

function corpusStats(features: ClaimFeatures[]): CorpusStats {
  const docsByLemma = new Map<string, Set<string>>();
  const docs = new Set<string>();
  for (const f of features) {
    docs.add(f.claim.doc);
    for (const lemma of f.words.keys()) {
      const s = docsByLemma.get(lemma) ?? new Set<string>();
      s.add(f.claim.doc);
      docsByLemma.set(lemma, s);
    }
  }
  const storyWords = new Set<string>();
  // with two documents every shared word is in "most" of them: the share says nothing there
  if (docs.size >= 3) for (const [lemma, s] of docsByLemma) if (s.size / docs.size >= STORY_SHARE) storyWords.add(lemma);
  return { storyWords };
}

interface Cluster {
  reps: Rep[];
  /** relation of every compared pair of representatives, by pairKey */
  relations: Map<number, PairRelation>;
}

/** One number per unordered pair of features (indexes are below 2^26 in any corpus this handles). */
function pairKey(a: ClaimFeatures, b: ClaimFeatures): number {
  return a.index < b.index ? a.index * 67_108_864 + b.index : b.index * 67_108_864 + a.index;
}

/**
 * What kind of quantity a claim gives, stated how: only claims with compatible blocks are ever
 * compared. A bare count ("297"), money (converted through linked amounts) and durations (converted
 * between units) match any unit.
 */
function blockOf(f: ClaimFeatures, pass: GroupKind): { kind: string; unit: string } {
  const fig = f.figure;
  if (pass === 'event' || !fig) return { kind: 'event', unit: '*' };
  const unit = fig.measure === 'count' ? unitClass(fig.unit) ?? '*' : fig.measure === 'money' || fig.measure === 'duration' || fig.measure === 'measure' ? '*' : fig.unit ?? '*';
  return { kind: `${fig.measure}|${f.frame}`, unit };
}

/** Two representatives are one document's if all their copies are in that one document. */
function sameDoc(a: Rep, b: Rep): boolean {
  return a.docs.size === 1 && b.docs.size === 1 && a.f.claim.doc === b.f.claim.doc;
}

function cluster(pass: GroupKind, reps: Rep[], compare: Compare, stats: CorpusStats): Cluster[] {
  const relations = new Map<number, PairRelation>();
  const relate = (a: Rep, b: Rep): PairRelation => {
    const key = pairKey(a.f, b.f);
    let r = relations.get(key);
    if (!r) {
      const [x, y] = a.f.index < b.f.index ? [a, b] : [b, a];
      r = compare(x.f, y.f, stats, sameDoc(x, y));
      relations.set(key, r);
    }
    return r;
  };
  const blocks = reps.map((r) => blockOf(r.f, pass));
  const mayCompare = (i: number, j: number) => {
    const a = blocks[i]!, b = blocks[j]!;
    if (a.kind !== b.kind || (a.unit !== b.unit && a.unit !== '*' && b.unit !== '*')) return false;
    // figures of different times are never the same figure; an event's dates are what is compared
    return pass === 'event' || compareScopes(reps[i]!.f.scope, reps[j]!.f.scope) !== 'different';
  };

  // Candidate pairs: claims of one block that share one of their most distinctive words, or a
  // subject. Looking only at each claim's rarest words keeps a large corpus from comparing every
  // claim with every other.
  const postings = new Map<string, number[]>();
  const itemKeys = reps.map((r, i) => {
    const keys = [...r.f.words.keys()].map((w) => `${blocks[i]!.kind}\u0000${w}`);
    if (r.f.subject) keys.push(`${blocks[i]!.kind}\u0000\u0000subject:${r.f.subject}`);
    return keys;
  });
  itemKeys.forEach((keys, i) => {
    for (const k of keys) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const seen = new Set<number>();
  const edges: { a: Rep; b: Rep; score: number }[] = [];
  itemKeys.forEach((keys, i) => {
    const rarest = keys
      .map((k) => ({ k, n: postings.get(k)!.length }))
      .filter((x) => x.n > 1 && x.n <= MAX_POSTING)
      .sort((x, y) => x.n - y.n || cmp(x.k, y.k))
      .slice(0, PROBE_WORDS);
    for (const { k } of rarest) {
      for (const j of postings.get(k)!) {
        if (j === i) continue;
        const key = pairKey(reps[i]!.f, reps[j]!.f);
        if (seen.has(key)) continue;
        seen.add(key);
        if (!mayCompare(i, j)) continue;
        const [a, b] = reps[i]!.f.index < reps[j]!.f.index ? [reps[i]!, reps[j]!] : [reps[j]!, reps[i]!];
        const r = relate(a, b);
        // a pair starts a group on good evidence; a repeat within one document needs less
        if (r.kind !== 'none' && (r.score >= AGREE_SCORE || sameDoc(a, b))) edges.push({ a, b, score: r.score });
      }
    }
  });
  // strongest evidence first; ties in a fixed order so that the result never depends on input order
  edges.sort((x, y) => y.score - x.score || x.a.f.index - y.a.f.index || x.b.f.index - y.b.f.index);

  const position = new Map<Rep, number>(reps.map((r, i) => [r, i]));
  const owner = new Map<Rep, Rep[]>();
  for (const r of reps) owner.set(r, [r]);
  for (const { a, b } of edges) {
    const ca = owner.get(a)!, cb = owner.get(b)!;
    if (ca === cb) continue;
    // complete linkage: every pair across the two groups must hold
    if (!ca.every((x) => cb.every((y) => mayCompare(position.get(x)!, position.get(y)!) && relate(x, y).kind !== 'none'))) continue;
    const merged = [...ca, ...cb];
    for (const m of merged) owner.set(m, merged);
  }
  const clusters: Cluster[] = [];
  const done = new Set<Rep[]>();
  for (const r of reps) {
    const c = owner.get(r)!;
    if (done.has(c)) continue;
    done.add(c);
    clusters.push({ reps: [...c].sort((x, y) => x.f.index - y.f.index), relations });
  }
  return clusters;
}

function docsOf(reps: Rep[]): Set<string> {
  const out = new Set<string>();
  for (const r of reps) for (const m of r.copies) out.add(m.claim.doc);
  return out;
}

function buildGroup(kind: GroupKind, c: Cluster): DiffGroup {
  const all = c.reps.flatMap((r) => r.copies);
  const order = all.map((f) => ({ m: memberOf(kind, f), f })).sort((x, y) => cmp(x.m.doc, y.m.doc) || x.m.start - y.m.start || cmp(x.m.claim_id, y.m.claim_id));
  const ids = order.map((x) => x.m.claim_id).sort();
  const group_id = 'g' + createHash('sha256').update(kind).update('\u0000').update(ids.join('\u0000')).digest('hex').slice(0, 16);

  // the pair that decides the verdict: the strongest conflict across documents, else the strongest agreement
  type Linked = Exclude<PairRelation, { kind: 'none' }>;
  let conflict: { rel: Linked; a: ClaimFeatures } | null = null;
  let agree: { rel: Linked; a: ClaimFeatures } | null = null;
  for (let i = 0; i < c.reps.length; i++) {
    for (let j = i + 1; j < c.reps.length; j++) {
      const a = c.reps[i]!, b = c.reps[j]!;
      if (sameDoc(a, b)) continue;
      const r = c.relations.get(pairKey(a.f, b.f));
      if (!r || r.kind === 'none') continue;
      if (r.kind === 'conflict' && (!conflict || r.score > conflict.rel.score)) conflict = { rel: r, a: a.f };
      if (r.kind === 'agree' && (!agree || r.score > agree.rel.score)) agree = { rel: r, a: a.f };
    }
  }
  const docs = docsOf(c.reps).size;
  const verdict: Verdict = conflict ? 'conflict' : docs >= 2 ? 'agree' : 'single';
  const decisive = conflict ?? agree;
  let reason: string;
  if (decisive) {
    const ev = decisive.rel.evidence;
    const what = [
      ev.sameSubject ? `same subject ${decisive.a.claim.subject?.canonical ?? ''}`.trim() : null,
      ev.samePredicate ? `same predicate ${decisive.a.predicate}` : null,
      ev.shared.length ? `shared words: ${ev.shared.slice(0, 5).join(', ')}` : null,
    ].filter(Boolean).join('; ');
    reason = `${decisive.rel.how}; ${what}`;
    if (docs > 2) reason += ` (${docs} documents)`;
  } else if (docs >= 2) {
    reason = `the same sentence in ${docs} documents`;
  } else {
    const repeats = all.length > 1 ? `; stated ${all.length} times in this document` : '';
    reason = kind === 'event' ? `no other document dates this event${repeats}` : `no other document gives a comparable figure${repeats}`;
  }
  const fs = order.map((x) => x.f);
  const topic = verdict === 'single' ? singleTopic(kind, fs) : groupTopic(kind, fs);
  return { group_id, topic, verdict, reason, kind, members: order.map((x) => x.m) };
}

function memberOf(kind: GroupKind, f: ClaimFeatures): DiffMember {
  const c = f.claim;
  const base = { doc: c.doc, outlet: c.outlet, published: c.published, claim_id: c.claim_id, date: c.date?.value ?? null, sentence_start: c.start, sentence_end: c.end, sentence: c.text };
  if (kind === 'event' && f.eventDate) {
    const d = f.eventDate;
    return { ...base, start: d.start, end: d.end, text: d.text, value: d.value, value_max: null, unit: null, qualifier: null };
  }
  const fig = c.figure!;
  return {
    ...base,
    start: fig.start,
    end: fig.end,
    text: fig.text,
    value: fig.value,
    value_max: fig.value_max,
    unit: fig.measure === 'money' ? fig.currency ?? fig.unit : fig.unit,
    qualifier: fig.qualifier,
  };
}

function groupOrder(a: DiffGroup, b: DiffGroup): number {
  const fa = a.members[0]!, fb = b.members[0]!;
  return VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || cmp(fa.doc, fb.doc) || fa.start - fb.start || cmp(a.group_id, b.group_id);
}
