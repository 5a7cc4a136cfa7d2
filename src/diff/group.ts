// Grouping claims across documents. Pairs that pass compare.ts become edges; edges are taken
// strongest first and two groups merge only when every pair across them still holds (complete
// linkage), so a chain "A ~ B ~ C" never puts A and C together when they speak of different things.
// Figures and event dates are grouped in two passes: a claim can be in one of each.
import { createHash } from 'node:crypto';
import type { ClaimRow, MentionRow } from '../output/schema.js';
import { AGREE_SCORE, compareEvents, compareFigures, type CorpusStats, type PairRelation } from './compare.js';
import { claimFeatures, conversionsByClaim, type ClaimFeatures } from './features.js';
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
/** Candidate pairs come from shared words; a word in more claims than this is too common to index. */
const MAX_POSTING = 400;

type Compare = (a: ClaimFeatures, b: ClaimFeatures, stats: CorpusStats, sameDoc: boolean) => PairRelation;

export function groupClaims(claims: readonly ClaimRow[], opts: GroupOptions = {}): DiffGroup[] {
  const sorted = [...claims].sort(byPosition);
  const features = featuresOf(sorted, opts.mentions);
  const stats = corpusStats(features);

  const figureItems = features.filter((f) => f.figure !== null);
  const eventItems = features.filter((f) => f.eventDate !== null && (f.figure === null || f.figure.value === null));
  const figureClusters = cluster(figureItems, compareFigures, stats);
  const eventClusters = cluster(eventItems, compareEvents, stats);

  const groups: DiffGroup[] = [];
  const inMultiDoc = new Set<string>();
  for (const [kind, clusters] of [['figure', figureClusters], ['event', eventClusters]] as const) {
    for (const c of clusters) {
      if (docsOf(c.members).size < 2) continue;
      groups.push(buildGroup(kind, c));
      for (const m of c.members) inMultiDoc.add(m.claim.claim_id);
    }
  }
  if (opts.singles !== false) {
    for (const c of figureClusters) {
      const members = c.members.filter((m) => !inMultiDoc.has(m.claim.claim_id));
      if (!members.length || docsOf(c.members).size >= 2) continue;
      groups.push(buildGroup('figure', { members, relations: c.relations }));
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
  members: ClaimFeatures[];
  /** relation of every compared pair, keyed "i:j" (feature indexes, i < j) */
  relations: Map<string, PairRelation>;
}

function pairKey(a: ClaimFeatures, b: ClaimFeatures): string {
  return a.index < b.index ? `${a.index}:${b.index}` : `${b.index}:${a.index}`;
}

function cluster(items: ClaimFeatures[], compare: Compare, stats: CorpusStats): Cluster[] {
  const relations = new Map<string, PairRelation>();
  const relate = (a: ClaimFeatures, b: ClaimFeatures): PairRelation => {
    const key = pairKey(a, b);
    let r = relations.get(key);
    if (!r) {
      const [x, y] = a.index < b.index ? [a, b] : [b, a];
      r = compare(x, y, stats, x.claim.doc === y.claim.doc);
      relations.set(key, r);
    }
    return r;
  };

  // candidate pairs: claims that share a topic word or a subject
  const postings = new Map<string, ClaimFeatures[]>();
  for (const f of items) {
    const keys = [...f.words.keys()];
    if (f.subject) keys.push(`\u0000subject:${f.subject}`);
    for (const k of keys) {
      const list = postings.get(k) ?? [];
      list.push(f);
      postings.set(k, list);
    }
  }
  const edges: { a: ClaimFeatures; b: ClaimFeatures; score: number; key: string }[] = [];
  const seen = new Set<string>();
  for (const list of [...postings.values()]) {
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!, b = list[j]!;
        const key = pairKey(a, b);
        if (seen.has(key)) continue;
        seen.add(key);
        const r = relate(a, b);
        // a pair starts a group on good evidence; a repeat within one document needs less
        if (r.kind !== 'none' && (r.score >= AGREE_SCORE || a.claim.doc === b.claim.doc)) edges.push({ a, b, score: r.score, key });
      }
    }
  }
  // strongest evidence first; ties in a fixed order so that the result never depends on input order
  edges.sort((x, y) => y.score - x.score || cmp(edgeId(x), edgeId(y)));

  const owner = new Map<ClaimFeatures, ClaimFeatures[]>();
  for (const f of items) owner.set(f, [f]);
  for (const { a, b } of edges) {
    const ca = owner.get(a)!, cb = owner.get(b)!;
    if (ca === cb) continue;
    if (!ca.every((x) => cb.every((y) => relate(x, y).kind !== 'none'))) continue;
    const merged = [...ca, ...cb];
    for (const m of merged) owner.set(m, merged);
  }
  const clusters: Cluster[] = [];
  const done = new Set<ClaimFeatures[]>();
  for (const f of items) {
    const c = owner.get(f)!;
    if (done.has(c)) continue;
    done.add(c);
    clusters.push({ members: [...c].sort((x, y) => x.index - y.index), relations });
  }
  return clusters;
}

function edgeId(e: { a: ClaimFeatures; b: ClaimFeatures }): string {
  const [x, y] = [e.a.claim.claim_id, e.b.claim.claim_id].sort();
  return `${x}:${y}`;
}

function docsOf(members: ClaimFeatures[]): Set<string> {
  return new Set(members.map((m) => m.claim.doc));
}

function buildGroup(kind: GroupKind, c: Cluster): DiffGroup {
  const members = c.members.map((m) => memberOf(kind, m));
  const order = members.map((m, i) => ({ m, f: c.members[i]! })).sort((x, y) => cmp(x.m.doc, y.m.doc) || x.m.start - y.m.start || cmp(x.m.claim_id, y.m.claim_id));
  const ids = order.map((x) => x.m.claim_id).sort();
  const group_id = 'g' + createHash('sha256').update(kind).update('\u0000').update(ids.join('\u0000')).digest('hex').slice(0, 16);

  // the pair that decides the verdict: the strongest conflict across documents, else the strongest agreement
  type Linked = Exclude<PairRelation, { kind: 'none' }>;
  let conflict: { rel: Linked; a: ClaimFeatures; b: ClaimFeatures } | null = null;
  let agree: { rel: Linked; a: ClaimFeatures; b: ClaimFeatures } | null = null;
  const fs = order.map((x) => x.f);
  for (let i = 0; i < fs.length; i++) {
    for (let j = i + 1; j < fs.length; j++) {
      const a = fs[i]!, b = fs[j]!;
      if (a.claim.doc === b.claim.doc) continue;
      const r = c.relations.get(pairKey(a, b));
      if (!r || r.kind === 'none') continue;
      if (r.kind === 'conflict' && (!conflict || r.score > conflict.rel.score)) conflict = { rel: r, a, b };
      if (r.kind === 'agree' && (!agree || r.score > agree.rel.score)) agree = { rel: r, a, b };
    }
  }
  const docs = docsOf(fs).size;
  const verdict: Verdict = conflict ? 'conflict' : docs >= 2 ? 'agree' : 'single';
  const decisive = conflict ?? agree;
  let reason: string;
  if (decisive) {
    const ev = decisive.rel.evidence;
    const what = [ev.sameSubject ? `same subject ${decisive.a.claim.subject?.canonical ?? ''}`.trim() : null, ev.samePredicate ? `same predicate ${decisive.a.predicate}` : null, ev.shared.length ? `shared words: ${ev.shared.slice(0, 5).join(', ')}` : null].filter(Boolean).join('; ');
    reason = `${decisive.rel.how}; ${what}`;
    if (docs > 2) reason += ` (${docs} documents)`;
  } else {
    const repeats = fs.length > 1 ? `; stated ${fs.length} times in this document` : '';
    reason = kind === 'event' ? `no other document dates this event${repeats}` : `no other document gives a comparable figure${repeats}`;
  }
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
