// Two claims from two documents: do they speak of the same thing, and if so do they agree?
//
// Gates first (each one a reason two figures are not the same count): same measure and a compatible
// unit, same frame (a fact is not a maximum, a demand or an increment), the same time, the same
// place, not two different people, not two different acts ("questioned" / "arrested"). Then topic
// evidence: shared distinctive words around the figures. Then the values. A conflict needs more than
// an agreement: the same time exactly, strong topic evidence, the same subject, predicate or verb,
// precise figures, no hedging, and no running total that may simply have moved between two reports.
import type { ClaimFeatures } from './features.js';
import { SPEECH_VERBS } from './lemmas.js';
import { compareScopes, type ScopeMatch } from './time-scope.js';
import { CONVERSION_SHARE, comparableRanges, rangeOf, relateValues, unitClass, widen, type FigureLike, type ValueRange } from './tolerance.js';

/** Topic evidence a pair needs: about two distinctive shared words. */
export const AGREE_SCORE = 2;
/** Less is enough to stay in a group that a stronger pair made (complete linkage), or to repeat a figure in one document. */
export const LINK_SCORE = 1;
/** A conflict needs more: about three, plus the same subject or predicate. */
export const CONFLICT_SCORE = 3;
/** Figures this many times apart are more likely two different figures than one misreported. */
export const MAX_CONFLICT_RATIO = 4;
/** Event dates: a shared event verb and this much evidence. */
export const EVENT_SCORE = 3;

export interface Evidence {
  score: number;
  /** shared topic lemmas, strongest first */
  shared: string[];
  sameSubject: boolean;
  samePredicate: boolean;
}

export type PairRelation =
  | { kind: 'none'; why: string }
  | { kind: 'agree' | 'conflict'; score: number; evidence: Evidence; how: string };

export interface CorpusStats {
  /** lemmas in most documents of the corpus (the story itself: "telegram", "deepfake"); half weight */
  storyWords: ReadonlySet<string>;
}

const none = (why: string): PairRelation => ({ kind: 'none', why });

export function topicEvidence(a: ClaimFeatures, b: ClaimFeatures, stats: CorpusStats): Evidence {
  const shared: [string, number][] = [];
  let score = 0;
  for (const [lemma, wa] of a.words) {
    const wb = b.words.get(lemma);
    if (wb === undefined) continue;
    const w = Math.min(wa, wb) * (stats.storyWords.has(lemma) ? 0.5 : 1);
    shared.push([lemma, w]);
    score += w;
  }
  const sameSubject = a.subject !== null && a.subject === b.subject;
  const samePredicate = a.predicate !== null && a.predicate === b.predicate;
  if (sameSubject) score += 1.5;
  if (samePredicate) score += 1;
  shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return { score: Math.round(score * 100) / 100, shared: shared.map(([l]) => l), sameSubject, samePredicate };
}

// Acts that are steps of one process, or outcomes of one disaster: "seven suspects questioned" and
// "387 suspects arrested" count different people, as do "13 killed" and "182 injured".
const CONTRASTS: string[][] = [
  ['question', 'arrest', 'charge', 'indict', 'convict', 'sentence', 'acquit', 'release', 'free', 'extradite', 'deport', 'fine', 'prison'],
  ['kill', 'injure', 'miss', 'rescue', 'evacuate', 'displace', 'hospitalize', 'survive', 'infect', 'recover', 'vaccinate', 'test'],
  ['rise', 'fall'],
  ['buy', 'sell'],
  ['win', 'lose'],
  ['hire', 'fire', 'cut'],
  ['approve', 'reject'],
  ['export', 'import'],
];
const CONTRAST_OF = new Map<string, number>();
CONTRASTS.forEach((set, i) => set.forEach((v) => CONTRAST_OF.set(v, i)));

/** The acts a figure is tied to: the claim's predicate and the verbs nearest its own figure. */
function actsOf(f: ClaimFeatures): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const add = (v: string | null) => {
    if (!v) return;
    const set = CONTRAST_OF.get(v);
    if (set === undefined) return;
    const s = out.get(set) ?? new Set<string>();
    s.add(v);
    out.set(set, s);
  };
  add(f.predicate);
  for (const v of f.ownVerbs) add(v);
  return out;
}

/** Two different steps of one process: "questioned" vs "arrested". */
function contrastingActs(a: ClaimFeatures, b: ClaimFeatures): string | null {
  const aa = actsOf(a), bb = actsOf(b);
  for (const [set, va] of aa) {
    const vb = bb.get(set);
    if (!vb) continue;
    let overlap = false;
    for (const v of va) if (vb.has(v)) overlap = true;
    if (!overlap) return `${[...va].join('/')} vs ${[...vb].join('/')}`;
  }
  return null;
}

function differentSubjects(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (!a.subject || !b.subject || a.subject === b.subject) return false;
  // two named people or places are two things; organisations are named too loosely to tell
  return a.subjectLabel === b.subjectLabel && (a.subjectLabel === 'PERSON' || a.subjectLabel === 'PLACE');
}

function placesDiffer(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (!a.places.size || !b.places.size) return false;
  for (const p of a.places) if (b.places.has(p)) return false;
  return true;
}

function samePlaces(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (a.places.size !== b.places.size) return false;
  for (const p of a.places) if (!b.places.has(p)) return false;
  return true;
}

/**
 * The same precise figure for the same period is itself evidence: two outlets that both give "156"
 * cases for 2021 are very likely citing one source. Small numbers coincide too easily to count.
 */
function coincidence(a: ClaimFeatures, b: ClaimFeatures, scope: ScopeMatch): number {
  const fa = a.figure!, fb = b.figure!;
  if (fa.value === null || fb.value === null || fa.value !== fb.value || (fa.value_max ?? null) !== (fb.value_max ?? null)) return 0;
  if (fa.qualifier !== 'exact' || fb.qualifier !== 'exact') return 0;
  if (Math.abs(fa.value) < 10) return 0;
  let bonus = 1;
  // both outlets date the figure, to the same period or one inside the other ("in July" / "this year")
  if (scope !== 'different' && a.scope.kind === 'period' && b.scope.kind === 'period') bonus += 0.5;
  return bonus;
}

interface Comparable {
  fa: FigureLike;
  fb: FigureLike;
  ra: ValueRange;
  rb: ValueRange;
  converted: boolean;
  note: string | null;
}

/** The two figures as ranges on one scale, or why they cannot be compared. */
function comparable(a: ClaimFeatures, b: ClaimFeatures): Comparable | string {
  const fa = a.figure!, fb = b.figure!;
  const ranges = comparableRanges(fa, fb);
  if ('why' in ranges) {
    // KRW against USD only through a conversion the article itself gives: "50 million won ($37,500)"
    if (fa.measure === 'money' && fb.measure === 'money') {
      const viaA = a.conversions.find((c) => c.currency === fb.currency);
      const viaB = b.conversions.find((c) => c.currency === fa.currency);
      if (viaA && fb.value !== null) return loose({ ...fa, text: viaA.text, value: viaA.value, value_max: null, currency: viaA.currency }, fb, `via the conversion ${viaA.text.trim()}`);
      if (viaB && fa.value !== null) return loose(fa, { ...fb, text: viaB.text, value: viaB.value, value_max: null, currency: viaB.currency }, `via the conversion ${viaB.text.trim()}`);
    }
    return `units differ (${ranges.why})`;
  }
  if (fa.measure === 'count' && (!fa.unit || !fb.unit) && fa.unit !== fb.unit) {
    // "297" against "297 incidents": only if the bare number's sentence names that kind of thing
    const [bare, named] = fa.unit ? [b, fa] : [a, fb];
    const cls = unitClass(named.unit);
    if (!cls || !bare.unitWords.has(cls)) return `no unit to compare with ${named.unit}`;
  }
  return { fa, fb, ...ranges };
}

function loose(fa: FigureLike, fb: FigureLike, note: string): Comparable {
  return { fa, fb, ra: { ...widen(rangeOf(fa), CONVERSION_SHARE), approx: true }, rb: { ...widen(rangeOf(fb), CONVERSION_SHARE), approx: true }, converted: true, note };
}

/** Figures of two claims. `sameDoc`: only a repeat of the same figure may join (a duplicate). */
export function compareFigures(a: ClaimFeatures, b: ClaimFeatures, stats: CorpusStats, sameDoc: boolean): PairRelation {
  if (!a.figure || !b.figure) return none('not two figures');
  if (a.claim.negated !== b.claim.negated) return none('one is negated');
  if (a.frame !== b.frame) return none(`stated differently (${a.frame} vs ${b.frame})`);
  const scope: ScopeMatch = compareScopes(a.scope, b.scope);
  if (scope === 'different') return none('different times');
  if (placesDiffer(a, b)) return none('different places');
  if (differentSubjects(a, b)) return none('different subjects');
  const acts = contrastingActs(a, b);
  if (acts) return none(`different acts (${acts})`);
  const cmp = comparable(a, b);
  if (typeof cmp === 'string') return none(cmp);
  const evidence = topicEvidence(a, b, stats);
  const bonus = coincidence(a, b, scope);
  if (bonus) evidence.score = Math.round((evidence.score + bonus) * 100) / 100;
  if (evidence.score < LINK_SCORE) return none(`weak topic evidence (${evidence.score})`);

  const rel = relateValues(cmp.fa, cmp.fb, cmp.ra, cmp.rb);
  if (rel.kind === 'loose') return none(rel.how);
  if (rel.kind === 'meet') {
    const how = [bonus && rel.how === 'same value' ? 'the same precise figure' : rel.how, cmp.note].filter(Boolean).join('; ');
    return { kind: 'agree', score: evidence.score, evidence, how };
  }
  if (sameDoc) return none('a document giving two values');

  const blocker = conflictBlocker(a, b, cmp, scope, evidence, rel.ratio);
  if (blocker) return none(`values differ but ${blocker}`);
  return { kind: 'conflict', score: evidence.score, evidence, how: rel.how };
}

/** "the SEC's $100 million fine" and "the FTC's $5 billion": both name who, and not the same one. */
function namesDiffer(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (!a.names.size || !b.names.size) return false;
  for (const n of a.names) if (b.names.has(n) || b.words.has(n)) return false;
  for (const n of b.names) if (a.words.has(n)) return false;
  return true;
}

/** Both figures are tied to the same verb ("was sentenced to 42 years" / "was sentenced to 40 years"). */
function sharesAct(a: ClaimFeatures, b: ClaimFeatures): boolean {
  for (const v of a.ownVerbs) if (b.ownVerbs.has(v) && !SPEECH_VERBS.has(v)) return true;
  return false;
}

/** Why two differing figures are not called a conflict, or null when they are. */
function conflictBlocker(a: ClaimFeatures, b: ClaimFeatures, cmp: Comparable, scope: ScopeMatch, ev: Evidence, ratio: number): string | null {
  if (scope !== 'same') return 'their times only overlap';
  if (ev.score < CONFLICT_SCORE) return `the topic evidence is not strong (${ev.score})`;
  if (!ev.sameSubject && !ev.samePredicate && !sharesAct(a, b)) return 'neither subject nor act is shared';
  if (cmp.ra.vague || cmp.rb.vague) return 'one is vague';
  if (cmp.converted) return 'one is converted';
  if (!a.figure!.unit && a.figure!.measure === 'count') return 'a figure has no unit';
  if (!b.figure!.unit && b.figure!.measure === 'count') return 'a figure has no unit';
  if (a.figure!.measure === 'ordinal') return 'ordinals';
  if (a.frame !== 'fact') return `both are ${a.frame}`;
  if (a.claim.hedged || b.claim.hedged) return 'one is hedged';
  if (a.claim.negated || b.claim.negated) return 'one is negated';
  if (a.evolving || b.evolving) return 'a running total may have moved between reports';
  if (!samePlaces(a, b)) return 'only one is scoped to a place';
  if (namesDiffer(a, b)) return `different names around the figures (${[...a.names].join(' ')} / ${[...b.names].join(' ')})`;
  if (ratio > MAX_CONFLICT_RATIO) return `one is ${Math.round(ratio)} times the other: more likely two different figures`;
  return null;
}

/** Dates of one event (claims with no figure, or only a vague one): "In 2019" / "In 2020". */
export function compareEvents(a: ClaimFeatures, b: ClaimFeatures, stats: CorpusStats, sameDoc: boolean): PairRelation {
  const da = a.eventDate, db = b.eventDate;
  if (!da || !db) return none('not two dated events');
  if (a.claim.negated !== b.claim.negated) return none('one is negated');
  if (differentSubjects(a, b)) return none('different subjects');
  const evidence = topicEvidence(a, b, stats);
  const eventVerbs = [...a.verbs].filter((v) => b.verbs.has(v) && !SPEECH_VERBS.has(v));
  if (!eventVerbs.length) return none('no shared event verb');
  const others = evidence.shared.filter((l) => !eventVerbs.includes(l));
  if (others.length < 2 || evidence.score < EVENT_SCORE) return none(`weak topic evidence (${evidence.score})`);
  const ev = { ...evidence, shared: [...eventVerbs.sort(), ...others] };
  if (da.from <= db.to && db.from <= da.to) return { kind: 'agree', score: ev.score, evidence: ev, how: da.value === db.value ? `both dated ${da.value}` : `${da.value} and ${db.value} overlap` };
  if (sameDoc) return none('a document giving two dates');
  // a date worked out from "last week" is the reporter's reference, not a claim about the event
  if (!da.explicit || !db.explicit) return none('dates differ but one is relative');
  if (a.claim.hedged || b.claim.hedged) return none('dates differ but one is hedged');
  return { kind: 'conflict', score: ev.score, evidence: ev, how: `"${da.text.trim()}" vs "${db.text.trim()}": dated ${da.value} and ${db.value}` };
}
