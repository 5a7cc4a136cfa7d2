// The clause that holds a figure: its subject, its main verb's lemma, and whether it is hedged or negated.
//
// The region to look in is the content of the innermost reporting frame holding the figure ("... said the
// number of dead has climbed to 3,283" -> "the number of dead has climbed to 3,283"). The region is cut
// into clauses at ";", complementizer "that", "who/which", subordinators, "with" and "and/but" between two
// finite clauses; the figure's clause gives the verb: the last finite verb group before the figure, else
// the first after it ("At least five people were killed").
import {
  CATENATIVES, CLAUSE_HEDGES, COORDINATORS, HEDGE_MODALS, NEGATIONS, NP_HEDGES, SUBORDINATORS, ADJUNCT_WORDS,
} from './lexicon.js';
import {
  canBeVerbStem, isNumberish, isAdverb, isAux, isBe, isCapitalized, isDash, isDeterminer, isPreposition, isPunct, isTimeWord,
  tagsOf, verbInfo, verbLemma, vinfo, type Token,
  hasClass, isAdv, isDet, isPrep, W_ADJUNCT, W_BE, W_COORD, W_HEDGE, W_NEGATION, W_SUB,
} from './tokens.js';
import type { Span } from './quotes.js';
import { NextTrue, PrevTrue, firstTokenFrom } from './scan.js';

export interface ClauseResult {
  subject: Span | null;
  /** the subject is a pronoun at the start of a frame's content ("The force said it had ...") */
  subjectPronounAtContentStart: boolean;
  predicate: string | null;
  hedged: boolean;
  negated: boolean;
}

const REPORTING_LEMMA_FORMS = new Set(['say', 'tell', 'think', 'believe', 'expect', 'know', 'feel', 'want', 'report', 'claim', 'estimate', 'agree', 'insist', 'argue', 'fear', 'hope', 'predict']);
const GROUP_ADVERBS = new Set(['not', 'also', 'now', 'still', 'yet', 'already', 'just', 'even', 'ever', 'never', 'since', 'then', 'further', 'reportedly', 'allegedly', 'only', 'far', 'so']);
const isGroupAdverb = (t: Token) => GROUP_ADVERBS.has(t.lower) || (isAdv(t) && !isCapitalized(t));
const MODAL_LIKE = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'ca', 'wo', 'ought', 'do', 'does', 'did', 'to', 'cannot']);
const SUBJECTLIKE = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

type StartKind = 'start' | 'that' | 'coord' | 'sub' | 'rel' | 'punct' | 'with' | 'resume';
interface Segment {
  /** positions into `idx` (token indices of the region) */
  from: number;
  to: number;
  start: StartKind;
  /** for relative clauses: position of the relative pronoun */
  relAt?: number;
}
interface Group {
  from: number;
  to: number;
  strong: boolean;
  lemma: string | null;
}

interface Prepared {
  idx: number[];
  /** end offset covered by each region position (a parenthetical aside is one position) */
  ends: number[];
  segments: Segment[];
  /** verb groups of each segment, found on first use (most claims look at one or two clauses) */
  groupsOf: (Group[] | undefined)[];
  /** commas[p]: how many commas at region positions before p (made on first use) */
  commas: number[] | null;
}

/** Region tokens (parenthetical asides folded into their "(") with their clauses and verb groups. */
function prepare(tokens: Token[], region: Span, masked: readonly Span[]): Prepared {
  // a token is masked when some masked span holds it: sweeping tokens by offset, the span that started
  // before the token and ends last decides
  const masks = masked.length > 1 ? masked.slice().sort((a, b) => a.start - b.start) : masked;
  let nextMask = 0;
  let maskEnd = -1;
  const idx: number[] = [];
  const ends: number[] = [];
  for (let k = firstTokenFrom(tokens, region.start); k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.end > region.end) break; // tokens are sorted: every later one ends after the region too
    while (nextMask < masks.length && masks[nextMask]!.start <= t.start) maskEnd = Math.max(maskEnd, masks[nextMask++]!.end);
    if (t.start < region.start || t.end <= maskEnd) continue;
    if (isPunct(t, '(')) {
      let close = -1;
      for (let m = k + 1; m < tokens.length && m - k < 25; m++) if (isPunct(tokens[m], ')')) { close = m; break; }
      if (close > k) {
        idx.push(k);
        ends.push(tokens[close]!.end);
        k = close;
        continue;
      }
    }
    idx.push(k);
    ends.push(t.end);
  }
  const segments = idx.length ? segment(tokens, idx) : [];
  return { idx, ends, segments, groupsOf: new Array<Group[] | undefined>(segments.length), commas: null };
}

/** Is there a comma at a region position strictly between a and b? */
function commaBetweenIn(prep: Prepared, tokens: Token[], a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  if (hi <= lo + 1) return false;
  let commas = prep.commas;
  if (commas === null) {
    const { idx } = prep;
    commas = prep.commas = new Array<number>(idx.length + 1).fill(0);
    for (let p = 0; p < idx.length; p++) commas[p + 1] = commas[p]! + (isPunct(tokens[idx[p]!]!, ',') ? 1 : 0);
  }
  return commas[hi]! - commas[lo + 1]! > 0;
}

/** Prepared regions of one sentence, for one list of masked spans (made by the caller, one per sentence). */
export interface ClauseCache {
  masked: readonly Span[] | null;
  byRegion: Map<number | string, Prepared>;
}

export function clauseCache(): ClauseCache {
  return { masked: null, byRegion: new Map() };
}

export function analyzeClause(tokens: Token[], region: Span, masked: readonly Span[], focus: Span, cache?: ClauseCache): ClauseResult {
  let prep: Prepared | undefined;
  if (cache) {
    if (cache.masked !== masked) {
      cache.masked = masked;
      if (cache.byRegion.size) cache.byRegion.clear();
    }
    const key = region.end < 2_097_152 && region.start >= 0 ? region.start * 2_097_152 + region.end : `${region.start}:${region.end}`;
    prep = cache.byRegion.get(key);
    if (!prep) {
      prep = prepare(tokens, region, masked);
      cache.byRegion.set(key, prep);
    }
  } else {
    prep = prepare(tokens, region, masked);
  }
  const prepared = prep;
  const { idx, ends, segments } = prep;
  const groupsAt = (k: number): Group[] => prepared.groupsOf[k] ?? (prepared.groupsOf[k] = verbGroups(tokens, idx, segments[k]!));
  const commaBetween = (_tokens: Token[], _idx: number[], a: number, b: number) => commaBetweenIn(prepared, tokens, a, b);
  const empty: ClauseResult = { subject: null, subjectPronounAtContentStart: false, predicate: null, hedged: false, negated: false };
  if (idx.length === 0) return empty;
  let focusPos = -1;
  for (let p = 0; p < idx.length; p++) {
    if (ends[p]! > focus.start && tokens[idx[p]!]!.start < focus.end) { focusPos = p; break; }
  }
  if (focusPos < 0) {
    // the figure is outside the region's tokens (e.g. in a masked span): take the nearest token
    focusPos = idx.findIndex((k) => tokens[k]!.start >= focus.start);
    if (focusPos < 0) focusPos = idx.length - 1;
  }
  const tok = (p: number) => tokens[idx[p]!]!;
  let segNo = segments.findIndex((s) => s.from <= focusPos && focusPos < s.to);
  if (segNo < 0) segNo = segments.length - 1;

  // the verb group: in the figure's clause, else the nearest clause before, else after
  let chosenSeg = segNo;
  // "Seven suspects, [six of whom are teenagers,] have been questioned": the subject's verb is past the relative
  let mainSubjectSeg = -1;
  if (groupsAt(segNo).length === 0) {
    for (let k = segNo + 1; k < segments.length; k++) {
      if (segments[k]!.start === 'resume') { mainSubjectSeg = segNo; segNo = k; break; }
      if (segments[k]!.start !== 'rel') break;
    }
    chosenSeg = segNo;
  }
  const reducedRelative = (g: Group) => {
    const t = tok(g.from);
    const prev = g.from > 0 ? tok(g.from - 1) : undefined;
    const next = g.to < idx.length ? tok(g.to) : undefined;
    // an active verb takes its object next ("recorded nearly 96,000 videos", "instructed authorities"); a
    // reduced relative a preposition, an adverb, a time or another participle ("released Monday",
    // "transported through the Black Sea", "confirmed killed")
    const relativeNext = next === undefined || (next.kind === 'punct' && !['$', '€', '£', '¥', '₹'].includes(next.text)) || (isPrep(next) && !['about', 'around', 'over', 'up'].includes(next.lower)) || isTimeWord(next) ||
      (isAdv(next) && !['nearly', 'almost', 'approximately', 'roughly', 'some'].includes(next.lower)) || (vinfo(next).participle && !next.aux);
    // "those found guilty of ...", "people killed in ...": after a pronoun head, always a reduced relative
    if (vinfo(t).participle && prev !== undefined && ['those', 'anyone', 'everyone', 'people', 'all', 'others'].includes(prev.lower)) return true;
    return vinfo(t).participle && !t.aux && prev !== undefined && isNounish(prev) && !isTimeWord(prev) && !SUBJECTLIKE.has(prev.lower) && relativeNext;
  };
  const ctx: PickContext = {
    infinitive: (g) => g.from > 0 && tok(g.from - 1).lower === 'to',
    commaBetween: (a, b) => commaBetween(tokens, idx, a, b),
    // the figure starts a noun phrase (not "to 5 percent", "of 3,283")
    subjectLike: (p) => { const pr = p > 0 ? tok(p - 1) : undefined; return !pr || isPunct(pr, ',') || ['some', 'about', 'around', 'nearly', 'over', 'more', 'than', 'least', 'almost', 'another', 'only', 'just', 'a', 'the'].includes(pr.lower); },
    coordinated: (g) => { const pr = g.from > 0 ? tok(g.from - 1) : undefined; return pr !== undefined && ['and', 'but', 'or'].includes(pr.lower) && vinfo(tok(g.from)).participle; },
    gerund: (g) => vinfo(tok(g.from)).gerund,
  };
  let group = pickGroup(groupsAt(segNo), mainSubjectSeg >= 0 ? segments[segNo]!.from - 1 : focusPos, reducedRelative, ctx);
  for (let d = 1; !group && d < segments.length; d++) {
    for (const cand of [segNo - d, segNo + d]) {
      if (cand < 0 || cand >= segments.length) continue;
      const gs = groupsAt(cand);
      if (gs.length) { group = cand < segNo ? gs[gs.length - 1]! : gs[0]!; chosenSeg = cand; break; }
    }
  }
  const seg = segments[chosenSeg]!;

  // subject: the noun phrase before the clause's first finite verb group
  const groupsHere = groupsAt(chosenSeg);
  const firstGroup = groupsHere.find((g) => (g.strong || vinfo(tok(g.from)).participle) && !(vinfo(tok(g.from)).participle && reducedRelative(g)) && (!group || g.from <= group.from)) ?? groupsHere[0];
  let subject: Span | null = null;
  let pronounAtStart = false;
  const resumesMain = seg.start === 'rel' && group !== undefined && group.from > seg.from && (isPunct(tok(group.from - 1), ',') || (groupsHere[0] !== undefined && groupsHere[0] !== group && groupsHere.indexOf(group) > 0 && group.strong && groupsHere[0]!.strong));
  if (mainSubjectSeg < 0 && seg.start === 'resume') {
    for (let k = chosenSeg - 1; k >= 0; k--) if (segments[k]!.start !== 'rel') { mainSubjectSeg = k; break; }
  }
  if (mainSubjectSeg >= 0) {
    const ms = segments[mainSubjectSeg]!;
    subject = subjectSpan(tokens, idx, ms.from, ms.to)?.span ?? null;
  } else if (resumesMain && chosenSeg > 0) {
    // "Lino Oviedo, 64, a retired army chief who helped ..., trailed in third place": the main subject
    const prevSeg = segments[chosenSeg - 1]!;
    subject = subjectSpan(tokens, idx, prevSeg.from, seg.relAt ?? prevSeg.to)?.span ?? null;
  } else if (seg.start === 'rel' && seg.relAt !== undefined) {
    subject = antecedent(tokens, idx, seg.relAt, segments, groupsAt);
  } else if (firstGroup) {
    const sp = subjectSpan(tokens, idx, seg.from, firstGroup.from);
    if (sp) {
      subject = sp.span;
      pronounAtStart = sp.pronoun && (chosenSeg === 0 || seg.start === 'that') && sp.first === seg.from;
    }
  }
  if (!subject && chosenSeg > segNo && groupsAt(segNo).length === 0) {
    // "Over 100 channels—one with 133,400 subscribers—were found ...": the figure's phrase is the subject
    subject = subjectSpan(tokens, idx, segments[segNo]!.from, segments[segNo]!.to)?.span ?? null;
  }
  if (!subject && chosenSeg > 0 && seg.start === 'coord') {
    const prevFirst = groupsAt(chosenSeg - 1)[0];
    if (prevFirst) subject = subjectSpan(tokens, idx, segments[chosenSeg - 1]!.from, prevFirst.from)?.span ?? null;
  }

  // hedges: the clause and the clauses it is the complement of ("It is alleged that ...")
  let scopeFrom = seg.from;
  for (let s = chosenSeg; s > 0 && segments[s]!.start === 'that'; s--) scopeFrom = segments[s - 1]!.from;
  const subjectRange = subject ? { start: subject.start, end: subject.end } : null;
  let hedged = false;
  const verbBetween = (a: number, b: number) => {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    return groupsAt(chosenSeg).some((g) => g.from > lo && g.from < hi);
  };
  for (let p = scopeFrom; p < seg.to && !hedged; p++) {
    const t = tok(p);
    if (t.kind !== 'word' || !hasClass(t, W_HEDGE)) continue;
    const lower = t.lower;
    const nextLower = p + 1 < idx.length ? tok(p + 1).lower : '';
    if (HEDGE_MODALS.has(lower) && !(lower === 'may' && isCapitalized(t)) && !(lower === 'could' && nextLower === 'not')) { hedged = true; break; }
    const prev1 = p > 0 ? tok(p - 1).lower : '';
    // "the predicted level", "an estimated 1,034,000 people": an adjective, hedging its own noun phrase only
    if (CLAUSE_HEDGES.has(lower) && ['the', 'a', 'an'].includes(prev1) && verbInfo(lower).participle) {
      if ((!commaBetween(tokens, idx, p, focusPos) && (p < focusPos ? focusPos - p <= 4 : p - focusPos <= 3)) || (subjectRange && t.start >= subjectRange.start && t.end <= subjectRange.end)) hedged = true;
      continue;
    }
    const prev2 = p > 1 ? tok(p - 2).lower : '';
    // "than expected", "than previously estimated", "as expected": not uncertain
    if (['estimated', 'expected', 'projected', 'predicted', 'forecast', 'anticipated'].includes(lower) && ['than', 'as'].some((w) => w === prev1 || w === prev2)) continue;
    if (NP_HEDGES.has(lower) && !CLAUSE_HEDGES.has(lower)) {
      // "a possible 5,000 cuts", not "the harshest penalties possible and will not pay the $20 million"
      const near = Math.abs(p - focusPos) <= 4 && !commaBetween(tokens, idx, p, focusPos) && !verbBetween(p, focusPos);
      if (near || (subjectRange && t.start >= subjectRange.start && t.end <= subjectRange.end)) hedged = true;
      continue;
    }
    if (lower === 'likely' && (nextLower === 'voters' || (nextLower === 'to' && p + 2 < idx.length && tok(p + 2).lower === 'vote'))) continue;
    if (CLAUSE_HEDGES.has(lower)) {
      // "alleged", "suspected", "estimated" qualify a noun phrase: only the figure's own or the subject
      if (NP_HEDGES.has(lower) && p < seg.to && !isBe(prev1) && prev1 !== 'been' && commaBetween(tokens, idx, p, focusPos) && !(subjectRange && t.start >= subjectRange.start && t.end <= subjectRange.end)) continue;
      hedged = true;
      break;
    }
    // "is said to", "it is said that", "were reported to"
    if (['said', 'reported', 'understood', 'rumoured', 'rumored', 'thought'].includes(lower) && (isBe(prev1) || prev1 === 'been')) {
      const n = p + 1 < idx.length ? tok(p + 1).lower : '';
      if (n === 'to' || n === 'that') { hedged = true; break; }
    }
  }

  // negation: in the figure's clause, up to the figure or the end of its verb group ("No arrests have been
  // made", "did not disclose"), not in a later coordinated verb ("... and not carry out normal hiring")
  let negated = false;
  const negEnd = group ? Math.max(group.to, Math.min(focusPos + 1, seg.to)) : seg.to;
  for (let p = seg.from; p < negEnd; p++) {
    const t = tok(p);
    if (!hasClass(t, W_NEGATION)) continue;
    const n1 = p + 1 < idx.length ? tok(p + 1).lower : '';
    const n2 = p + 2 < idx.length ? tok(p + 2).lower : '';
    if (n2 === 'than' || ['only', 'just', 'least', 'doubt', 'less', 'fewer', 'more'].includes(n1)) continue; // "no fewer than", "not only"
    if (t.lower === 'no' && n1 === 'longer') { negated = true; break; }
    negated = true;
    break;
  }

  return { subject, subjectPronounAtContentStart: pronounAtStart, predicate: group?.lemma ?? null, hedged, negated };
}

// ---------------------------------------------------------------------------------------------

const CONDITIONAL_SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'once', 'so']);
const HEDGE_PARTICIPLES = new Set(['believed', 'alleged', 'said', 'reported', 'thought', 'estimated', 'feared', 'understood', 'expected', 'known', 'claimed', 'suspected', 'rumoured', 'rumored']);

function segment(tokens: Token[], idx: number[]): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  let start: StartKind = 'start';
  let relAt: number | undefined;
  // a clause opened by a subordinator ends at the comma after its verb ("As Kiptoo was crossing the line, ...")
  let subordinate = false;
  let inRelative = false;
  const tk = (p: number) => tokens[idx[p]!]!;
  const cut = (p: number, next: StartKind, nextFrom: number, rel?: number) => {
    if (p > from) out.push({ from, to: p, start, relAt });
    from = nextFrom;
    start = next;
    relAt = rel;
  };
  // Scans asked from many positions (the clause start, each "and", each comma) are memoized: each
  // position is looked at once per region, not once per question.
  const n = idx.length;
  let finiteAt: NextTrue | undefined; // an auxiliary or a finite form
  let objectParticipleAt: NextTrue | undefined; // "recorded nearly 96,000": a participle after a noun, before its object
  let participleAt: NextTrue | undefined;
  let stopAt: NextTrue | undefined;
  const finite = () => (finiteAt ??= new NextTrue(n, (r) => {
    const u = tk(r);
    return u.kind === 'word' && !isCapitalized(u) && u.lower !== "'s" && (u.aux || vinfo(u).strongFinite);
  }));
  /** a finite verb in [a, b), or a participle with a noun before and an object after, both inside */
  const strongIn = (a: number, b: number) => {
    if (finite().any(a, b)) return true;
    objectParticipleAt ??= new NextTrue(n, (r) => {
      const u = tk(r);
      return r >= 1 && r + 1 < n && u.kind === 'word' && !isCapitalized(u) && vinfo(u).participle && nounSlot(tk(r - 1)) &&
        (isDet(tk(r + 1)) || isNumberish(tk(r + 1)) || ['nearly', 'about', 'around', 'more', 'over', 'some', 'almost'].includes(tk(r + 1).lower));
    });
    return objectParticipleAt.any(a + 1, b - 1);
  };
  /** a finite verb in [a, b), or a participle not among its first two tokens */
  const verbIn = (a: number, b: number) => {
    if (finite().any(a, b)) return true;
    participleAt ??= new NextTrue(n, (r) => {
      const u = tk(r);
      return u.kind === 'word' && !isCapitalized(u) && u.lower !== "'s" && vinfo(u).participle;
    });
    return participleAt.any(a + 2, b);
  };
  const clauseEnd = (p: number) => (stopAt ??= new NextTrue(n, (q) => isPunct(tk(q), ',;:') || isDash(tk(q)))).next(p);
  {
    let f = 0;
    while (f < idx.length && (hasClass(tk(f), W_COORD) || isPunct(tk(f), '"“‘\''))) f++;
    if (f < idx.length && hasClass(tk(f), W_SUB)) subordinate = true;
  }
  for (let p = 0; p < idx.length; p++) {
    const t = tk(p);
    const next = p + 1 < idx.length ? tk(p + 1) : undefined;
    const next2 = p + 2 < idx.length ? tk(p + 2) : undefined;
    if (isPunct(t, ';:') || isDash(t)) { cut(p, 'punct', p + 1); subordinate = false; continue; }
    if (isPunct(t, ',') && subordinate && verbIn(from, p)) { cut(p, 'punct', p + 1); subordinate = false; continue; }
    if (t.lower === 'with' && t.kind === 'word' && p > 0 && isPunct(tk(p - 1), ',')) { cut(p, 'with', p + 1); continue; }
    // "It is believed (that) ...", "It's alleged that ...": the rest is the reported clause
    if (p >= 2 && hasClass(tk(p - 1), W_BE) && tk(p - 2).lower === 'it' && HEDGE_PARTICIPLES.has(t.lower) && next && next.lower !== 'to') {
      cut(p + 1, 'that', next.lower === 'that' ? p + 2 : p + 1);
      if (next.lower === 'that') p++;
      continue;
    }
    if (t.lower === 'that' && next && !verbLike(next, next2) && !isPunct(next, ',.')) { cut(p, 'that', p + 1); continue; }
    // "the blaze that could have been started by fireworks": a relative clause of its own
    if (t.lower === 'that' && next && p > from && nounSlot(tk(p - 1)) && verbLike(next, next2)) { cut(p, 'rel', p + 1, p); inRelative = true; continue; }
    if ((t.lower === 'who' || t.lower === 'which' || t.lower === 'whom') && p > 0) {
      // "Seven suspects, six of whom are teenagers, ...": the relative clause starts at "six"
      let r = p;
      if (p >= 2 && tk(p - 1).lower === 'of' && (isNumberish(tk(p - 2)) || ['some', 'most', 'many', 'all', 'none', 'both', 'each', 'one', 'several', 'half'].includes(tk(p - 2).lower))) r = p - 2;
      cut(r, 'rel', p + 1, r);
      inRelative = true;
      continue;
    }
    // the main clause resumes after the relative clause: "..., six of whom are teenagers, have been questioned"
    if (inRelative && isPunct(t, ',') && next) {
      let q = p + 1;
      while (q < idx.length && isGroupAdverb(tk(q))) q++;
      const v = q < idx.length ? tk(q) : undefined;
      if (v && v.kind === 'word' && !isCapitalized(v) && (v.aux || vinfo(v).strongFinite || vinfo(v).participle) && !vinfo(v).gerund) {
        cut(p, 'resume', p + 1);
        inRelative = false;
        continue;
      }
    }
    if (hasClass(t, W_SUB) && t.kind === 'word' && !isCapitalized(t) && p > from) {
      const prevLower = tk(p - 1).lower;
      if (t.lower === 'as' && ['such', 'well', 'so', 'as'].includes(prevLower)) continue;
      if (t.lower === 'as' && next && ['well', 'part', 'a', 'an', 'the', 'many', 'much', 'far', 'long', 'soon', 'of', 'young', 'old', 'high', 'low'].includes(next.lower)) continue;
      // "after a tsunami" (a preposition) vs "after a runaway train exploded" (a clause): the left side
      // must already have its verb and the right side one of its own
      if (CONDITIONAL_SUBORDINATORS.has(t.lower) && !(strongIn(from, p) && verbIn(p + 1, clauseEnd(p + 1)))) continue;
      cut(p, 'sub', p + 1);
      subordinate = true;
      continue;
    }
    if (hasClass(t, W_COORD) && t.lower !== '&' && next && !verbLike(next, next2) && !isGroupAdverb(next)) {
      // a new clause on the right ("and around 40 people are listed"), and one on the left
      let q = p + 1;
      let finiteRight = false;
      for (; q < idx.length; q++) {
        const u = tk(q);
        if (hasClass(u, W_COORD) || hasClass(u, W_SUB) || isPunct(u, ';:')) break;
        if (u.kind === 'word' && !isCapitalized(u) && u.lower !== "'s" && (u.aux || vinfo(u).strongFinite)) { finiteRight = true; break; }
        if (q > p + 1 && SUBJECTLIKE.has(tk(q - 1).lower) && (vinfo(u).verb || vinfo(u).ambiguousBase)) { finiteRight = true; break; }
      }
      const finiteLeft = strongIn(from, p);
      if (finiteRight && finiteLeft) { cut(p, 'coord', p + 1); continue; }
    }
  }
  cut(idx.length, 'start', idx.length);
  if (out.length === 0) out.push({ from: 0, to: idx.length, start: 'start' });
  return out;
}

/** After "that": does a verb follow (a relative clause, "that hit the Philippines") rather than a subject? */
function verbLike(t: Token, next?: Token): boolean {
  if (t.kind !== 'word' || t.lower === "'s" || isCapitalized(t)) return false;
  const v = vinfo(t);
  if (t.aux || v.strongFinite || v.participle) return true;
  if (v.ambiguousS || v.ambiguousBase) return next !== undefined && (isDet(next) || next.kind === 'num' || isCapitalized(next));
  return isAdv(t) && next !== undefined && verbLike(next);
}

/** Is the token at position p a verb here (not a noun like "the record", "its request")? */
interface VerbAt { readonly verb: boolean; readonly strong: boolean }
const NOT_VERB: VerbAt = { verb: false, strong: false };
const WEAK_VERB: VerbAt = { verb: true, strong: false };
const STRONG_VERB: VerbAt = { verb: true, strong: true };

function isVerbAt(tokens: Token[], idx: number[], p: number, seg: Segment): VerbAt {
  const t = tokens[idx[p]!]!;
  const no = NOT_VERB;
  if (t.kind !== 'word' || t.lower === "'s") return no;
  const prev = p > seg.from ? tokens[idx[p - 1]!] : undefined;
  // a capitalized word is a name ("Bill", "Hero", "Floods caused by ..."), unless an auxiliary
  if (isCapitalized(t) && !t.aux) return no;
  if (t.aux) return ['be', 'been', 'being', 'having'].includes(t.lower) ? WEAK_VERB : STRONG_VERB;
  const info = vinfo(t);
  const ambiguous = info.ambiguousS || info.ambiguousBase;
  if (!info.verb && !ambiguous) {
    // after a modal or "did" right before it (no adverb between) any word but an adverb is the verb:
    // "will slow", "could top"
    const q = p - 1;
    const m = q >= seg.from ? tokens[idx[q]!]! : undefined;
    if (m && MODAL_LIKE.has(m.lower) && m.lower !== 'to' && (q === seg.from || !isGroupAdverb(m)) && !isGroupAdverb(t) && !isDet(t) && !SUBJECTLIKE.has(t.lower) && !isPrep(t) && !hasClass(t, W_COORD)) return WEAK_VERB;
    return no;
  }
  const next = p + 1 < seg.to ? tokens[idx[p + 1]!] : undefined;
  // past adverbs, but not past the clause start: "could even reach"
  const b0 = p - 1 <= seg.from ? p - 1 : Math.max(seg.from, lastNonAdverb(tokens, idx, p - 1));
  const before0 = b0 >= seg.from ? tokens[idx[b0]!] : undefined;
  // "Microsoft shares closed", "account details.": an -s word before a verb or a stop is a plural noun
  if (t.lower.endsWith('s') && !t.lower.endsWith('ss') && !(prev && SUBJECTLIKE.has(prev.lower)) && next && (isPunct(next, '.,;') || next.lower === 'of' || (next.kind === 'word' && !isCapitalized(next) && (vinfo(next).participle || vinfo(next).strongFinite) && !next.aux))) return no;
  // "This marks ...": a demonstrative opening the clause is a pronoun, not a determiner
  const demonstrative = prev !== undefined && ['this', 'that', 'these', 'those'].includes(prev.lower) && (p - 1 === seg.from || isPunct(tokens[idx[p - 2]!], ','));
  if (prev && (isDet(prev) || prev.lower === "'s") && !demonstrative) return no;
  if (prev && isPrep(prev) && prev.lower !== 'to' && !info.gerund) return no;
  // "50 million won", "100 channels": a word after a plain number is its noun
  if (prev && (/^\d[\d.,]*$/.test(prev.text) || (isNumberish(prev) && prev.kind === 'word')) && !(info.participle && t.lower.endsWith('ed'))) return no;
  // the word before, past adverbs ("could even reach", "did not immediately respond")
  const b = b0;
  const before = b >= seg.from ? tokens[idx[b]!] : undefined;
  const afterAux = before !== undefined && (before.aux || before.lower === 'to' || before.lower === 'not');
  if (prev?.lower === 'to' && t.lower === 'date') return no; // "to date"
  // after a modal, "do" or "to" any verb stem is a verb: "will slow", "could top"
  if (before && MODAL_LIKE.has(before.lower) && !info.verb && !ambiguous && !isDet(t) && t.kind === 'word' &&
    (canBeVerbStem(t.lower) || (before.lower !== 'to' && !isAdv(t) && !SUBJECTLIKE.has(t.lower) && !isPrep(t)))) return WEAK_VERB;
  if (ambiguous) {
    // "will face", "to stand", "did not reach"; but "are subject to", "is home to" are no verbs
    if (afterAux && before && (MODAL_LIKE.has(before.lower) || before.lower === 'not' || info.bareIrregular)) return WEAK_VERB;
    if (afterAux) return no;
    const objectNext = next === undefined || isDet(next) || isNumberish(next) || isPrep(next) || isAdv(next) || next.lower === 'that' || ['him', 'her', 'them', 'it', 'us', 'me', 'up', 'down', 'off', 'out'].includes(next.lower);
    if (!objectNext) return no;
    if (info.ambiguousS) {
      // "$2.5 million in payroll taxes for ...": inside a noun phrase, not a verb
      const prev2 = p - 2 >= seg.from ? tokens[idx[p - 2]!] : undefined;
      const objectAfter = next !== undefined && (isDet(next) || isNumberish(next) || ['$', '€', '£'].includes(next.text));
      if (!objectAfter && prev && prev.kind === 'word' && !isCapitalized(prev) && !SUBJECTLIKE.has(prev.lower) && !isAdv(prev) && !hasClass(prev, W_ADJUNCT) && prev2 && (isPrep(prev2) || isDet(prev2) || prev2.kind === 'num' || isNumberish(prev2))) return no;
      const prevOk = prev !== undefined && (isNounish(prev) || demonstrative || hasClass(prev, W_ADJUNCT) || isAdv(prev) || isPunct(prev, ')') || ['far', 'who', 'which', 'that'].includes(prev.lower));
      return prevOk ? STRONG_VERB : no;
    }
    if (info.bareIrregular) {
      const prevOk = prev !== undefined && (isNounish(prev) || ['who', 'which', 'that', 'also', 'then'].includes(prev.lower));
      return prevOk ? STRONG_VERB : no;
    }
    // "they face", "prosecutors stand": a base form is finite only after a plural subject
    const plural = prev !== undefined && (['i', 'we', 'you', 'they', 'who', 'which', 'that'].includes(prev.lower) || (tagsOf(prev).has('Plural') && !isCapitalized(prev)) || (before0 !== undefined && isPunct(before0, '%') && next !== undefined && isDet(next)));
    return plural ? STRONG_VERB : no;
  }
  if (prev?.lower === 'to') return WEAK_VERB;
  if (info.gerund) return WEAK_VERB;
  // a bare base form is finite only after a plural subject ("they kill"), else a noun ("the previous record")
  const baseForm = !info.participle && !info.strongFinite && !t.lower.endsWith('s');
  if (baseForm && !afterAux && !(before && MODAL_LIKE.has(before.lower))) {
    // "42% statewide oppose the law"; "Georgians ... say they are certain": a clause or an object follows
    const pctSubject = ((prev !== undefined && isPunct(prev, '%')) || (p - 2 >= seg.from && isPunct(tokens[idx[p - 2]!], '%'))) && next !== undefined && isDet(next);
    const clauseNext = next !== undefined && (SUBJECTLIKE.has(next.lower) || next.lower === 'that') && REPORTING_LEMMA_FORMS.has(t.lower);
    const plural = prev !== undefined && (['i', 'we', 'you', 'they', 'who', 'which', 'that'].includes(prev.lower) || (tagsOf(prev).has('Plural') && !isCapitalized(prev)));
    if (!plural && !pctSubject && !clauseNext) return no;
    return STRONG_VERB;
  }
  return info.strongFinite ? STRONG_VERB : WEAK_VERB;
}

let adverbIdx: number[] | null = null;
let adverbMemo: PrevTrue | null = null;
/** The last region position at or before q that is no group adverb (-1 if none); memoized per region. */
function lastNonAdverb(tokens: Token[], idx: number[], q: number): number {
  if (!isGroupAdverb(tokens[idx[q]!]!)) return q;
  if (adverbIdx !== idx || adverbMemo === null) {
    adverbIdx = idx;
    adverbMemo = new PrevTrue(idx.length, (r) => !isGroupAdverb(tokens[idx[r]!]!));
  }
  return adverbMemo.prev(q);
}

/** A word that can end a noun phrase here: not a function word, an auxiliary or an adverb. */
function nounSlot(t: Token): boolean {
  if (t.kind === 'num' || isCapitalized(t)) return true;
  if (t.kind !== 'word' || t.lower === "'s") return false;
  return !isDet(t) && !isPrep(t) && !t.aux && !isAdv(t) && !SUBJECTLIKE.has(t.lower) && !hasClass(t, W_COORD) && !vinfo(t).gerund;
}

function isNounish(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  const tags = tagsOf(t);
  return isCapitalized(t) || tags.has('Noun') || tags.has('Singular') || tags.has('Plural') || tags.has('Pronoun') || tags.has('Actor') || /-old$/.test(t.lower);
}

const NONFINITE_AUX = new Set(['be', 'been', 'being', 'having', 'to']);

function verbGroups(tokens: Token[], idx: number[], seg: Segment): Group[] {
  const groups: Group[] = [];
  const tok = (p: number) => tokens[idx[p]!]!;
  // what may follow the group's last word: "was" + participle/gerund, "has" + participle, "will"/"to" + base form
  const follows = (last: Token, p: number): boolean => {
    const t = tok(p);
    // "was distributing": any -ing word after a form of "be"
    if (hasClass(last, W_BE) && t.kind === 'word' && !isCapitalized(t) && t.lower.length > 5 && t.lower.endsWith('ing') && t.lower !== 'missing') return true;
    if (t.lower === 'missing') return false; // "40 people were missing": an adjective
    if (!isVerbAt(tokens, idx, p, seg).verb) return false;
    const vi = vinfo(t);
    const l = last.lower;
    if (isBe(l)) return vi.participle || vi.gerund || vi.bareIrregular || t.lower === 'being' || t.lower === 'been';
    if (['has', 'have', 'had', 'having'].includes(l)) return vi.participle || vi.bareIrregular || t.lower === 'been' || t.lower === 'got';
    if (MODAL_LIKE.has(l)) return !vi.participle || vi.bareIrregular || t.aux;
    return false;
  };
  let p = seg.from;
  while (p < seg.to) {
    const first = isVerbAt(tokens, idx, p, seg);
    if (!first.verb) { p++; continue; }
    const members: number[] = [p];
    let q = p + 1;
    while (q < seg.to) {
      const last = tok(members[members.length - 1]!);
      const lastAux = last.aux || last.lower === 'to';
      // "planning to cut", "expected to cut", "set to miss", "have to stay"
      if (tok(q).lower === 'to' && q + 1 < seg.to && (CATENATIVES.has(last.lower) || vinfo(last).verb || lastAux) && isVerbAt(tokens, idx, q + 1, seg).verb) {
        members.push(q);
        q++;
        continue;
      }
      if (!lastAux) break;
      if (follows(last, q)) { members.push(q); q++; continue; }
      // adverbs and times inside the group: "has now risen", "could even reach", "was on Thursday arraigned"
      let r = q;
      while (r < seg.to && (isGroupAdverb(tok(r)) || isTimeWord(tok(r)) || (tok(r).lower === 'on' && r + 1 < seg.to && isTimeWord(tok(r + 1))))) r++;
      if (r > q && r < seg.to && follows(last, r)) { members.push(r); q = r + 1; continue; }
      break;
    }
    const head = tok(p);
    const strong = (head.aux && !NONFINITE_AUX.has(head.lower)) || (!head.aux && first.strong);
    groups.push({ from: p, to: q, strong, lemma: mainLemma(tokens, idx, members) });
    p = q;
  }
  return groups;
}

/** The lexical verb of a group: skip auxiliaries and catenatives ("was expected to cut" -> cut). */
function mainLemma(tokens: Token[], idx: number[], members: number[]): string | null {
  let lastAux: string | null = null;
  let afterModal = false;
  for (let m = 0; m < members.length; m++) {
    const t = tokens[idx[members[m]!]!]!;
    if (t.lower === 'to') { afterModal = true; continue; }
    const nextLower = m + 1 < members.length ? tokens[idx[members[m + 1]!]!]!.lower : '';
    if (t.aux && t.lower !== 'got') {
      lastAux = t.lower;
      afterModal = MODAL_LIKE.has(t.lower);
      continue;
    }
    if (CATENATIVES.has(t.lower) && nextLower === 'to') continue;
    // a base form after "will", "to", "did": "will lay off" -> lay, not the past of "lie"
    if (afterModal && canBeVerbStem(t.lower)) return t.lower;
    return verbLemma(t.lower);
  }
  if (lastAux) {
    const l = verbLemma(lastAux);
    return MODAL_LIKE.has(l) || ['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should'].includes(l) ? null : l;
  }
  return null;
}

function pickGroup(groups: Group[], focusPos: number, reducedRelative: (g: Group) => boolean, ctx: PickContext): Group | undefined {
  const containing = groups.find((g) => g.from <= focusPos && focusPos < g.to);
  if (containing) return containing;
  const before = groups.filter((g) => g.to <= focusPos);
  const after = groups.filter((g) => g.from > focusPos);
  const strongBefore = before.filter((g) => g.strong);
  const strongAfter = after.find((g) => g.strong);
  const last = before[before.length - 1];
  // "... have been lost, 1.3 million people have been displaced": the figure opens a new clause
  if (strongAfter && last && ctx.commaBetween(last.to - 1, focusPos) && !ctx.commaBetween(focusPos, strongAfter.from) && ctx.subjectLike(focusPos)) return strongAfter;
  // "... is planning mass lay-offs and pledged to hire 15,000": a coordinated verb nearest the figure
  if (last && !last.strong && ctx.coordinated(last) && (!strongBefore.length || strongBefore[strongBefore.length - 1]!.from < last.from)) return last;
  if (strongBefore.length) return strongBefore[strongBefore.length - 1];
  if (before.length) {
    // "Security Hero recorded nearly 96,000" (a weak form is the verb) unless it is a reduced relative
    // ("the figures released Monday show 89.2 percent"); a participle before a gerund ("noticed a
    // transaction involving the alleged N9 million")
    const participles = before.filter((g) => !ctx.gerund(g));
    const lastBefore = participles[participles.length - 1] ?? before[before.length - 1]!;
    if (strongAfter && reducedRelative(lastBefore)) return strongAfter;
    return lastBefore;
  }
  if (strongAfter) return strongAfter;
  // "53% of individuals depicted in these videos being Korean singers": past the reduced relative; but
  // "130 firefighters worked throughout the night to battle the blaze": "worked" is the verb
  const plain = after.find((g, k) => !(reducedRelative(g) && someFrom(after, k + 1, (h) => !ctx.infinitive(h))));
  return plain ?? after[0];
}

function someFrom<T>(list: T[], from: number, pred: (x: T) => boolean): boolean {
  for (let k = from; k < list.length; k++) if (pred(list[k]!)) return true;
  return false;
}

interface PickContext {
  infinitive: (g: Group) => boolean;
  commaBetween: (a: number, b: number) => boolean;
  subjectLike: (p: number) => boolean;
  coordinated: (g: Group) => boolean;
  gerund: (g: Group) => boolean;
}


function subjectSpan(tokens: Token[], idx: number[], from: number, to: number): { span: Span; pronoun: boolean; first: number } | null {
  let s = from;
  let e = to; // exclusive
  const tk = (p: number) => tokens[idx[p]!]!;
  while (s < e && (tk(s).kind === 'punct' || hasClass(tk(s), W_COORD) || tk(s).lower === 'that' || isTimeWord(tk(s)) || ['however', 'meanwhile', 'also', 'still', 'then', 'so', 'now', 'thus', 'on'].includes(tk(s).lower))) s++;
  // comma chunks: drop introductory ones ("In 2019,"), keep the first real one ("Robert McDonnell")
  const chunks: [number, number][] = [];
  let cs = s;
  for (let p = s; p < e; p++) if (isPunct(tk(p), ',')) { if (p > cs) chunks.push([cs, p]); cs = p + 1; }
  if (cs < e) chunks.push([cs, e]);
  let pick: [number, number] | undefined;
  for (let c = 0; c < chunks.length; c++) {
    const [a] = chunks[c]!;
    const first = tk(a);
    const intro = c < chunks.length - 1 && (isPrep(first) || hasClass(first, W_SUB) || isTimeWord(first) || isTimeChunk(tokens, idx, chunks[c]!) || (isAdv(first) && !isCapitalizedName(tokens, idx, a)) || first.kind === 'num' || vinfo(first).gerund || (vinfo(first).participle && !isNounish(first)));
    if (!intro) { pick = chunks[c]; break; }
  }
  if (!pick) return null;
  [s, e] = pick;
  for (let p = s; p < e; p++) {
    const t = tk(p);
    if (p > s && (t.lower === 'that' || t.lower === 'who' || t.lower === 'which')) { e = p; break; }
    // a reduced relative: "The number of people confirmed killed after ..." -> The number of people
    if (p > s + 1 && t.kind === 'word' && !isCapitalized(t) && vinfo(t).participle && !t.aux && isNounish(tk(p - 1)) && !isDet(tk(p - 1))) { e = p; break; }
  }
  while (e > s + 1 && (isAdv(tk(e - 1)) || hasClass(tk(e - 1), W_ADJUNCT) || isTimeWord(tk(e - 1)) || tk(e - 1).kind === 'punct' && !isPunct(tk(e - 1), ')'))) e--;
  if (tk(e - 1).kind === 'punct' && !isPunct(tk(e - 1), ')')) e--;
  if (e <= s) return null;
  while (e > s + 1 && tk(e - 1).lower === 'on') e--;
  let first = s;
  while (first < e && ['the', 'a', 'an'].includes(tk(first).lower)) first++;
  if (first >= e) return null;
  const pronoun = e - first === 1 && ['it', 'they', 'he', 'she', 'we'].includes(tk(first).lower);
  return { span: { start: tk(first).start, end: tk(e - 1).end }, pronoun, first };
}

const TIME_NOUNS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'decade', 'quarter', 'time', 'minute', 'minutes', 'hour', 'hours', 'second', 'seconds']);
/** "Last week", "the previous week", "Earlier this year", "In 2019": a time adjunct. */
function isTimeChunk(tokens: Token[], idx: number[], [a, b]: [number, number]): boolean {
  let time = false;
  for (let p = a; p < b; p++) {
    const t = tokens[idx[p]!]!;
    if (TIME_NOUNS.has(t.lower) || isTimeWord(t) || /^(?:1[89]|20)\d\d$/.test(t.text)) { time = true; continue; }
    if (['last', 'this', 'next', 'previous', 'the', 'a', 'earlier', 'later', 'in', 'on', 'of', 'that', 'same', 'early', 'late', 'mid', 'recent', 'past', 'following', 'preceding', 'ago'].includes(t.lower) || t.kind === 'num' || isNumberish(t)) continue;
    return false;
  }
  return time;
}

function isCapitalizedName(tokens: Token[], idx: number[], p: number): boolean {
  const t = tokens[idx[p]!]!;
  const n = p + 1 < idx.length ? tokens[idx[p + 1]!] : undefined;
  return isCapitalized(t) && n !== undefined && isCapitalized(n);
}

/** The noun phrase a relative clause hangs on: "the floods which ..." -> floods. */
function antecedent(tokens: Token[], idx: number[], relAt: number, segments: Segment[], groupsAt: (k: number) => Group[]): Span | null {
  const segNo = segments.findIndex((s) => s.to === relAt || (s.from <= relAt - 1 && relAt - 1 < s.to));
  const seg = segments[segNo];
  if (!seg) return null;
  const groups = groupsAt(segNo);
  const lastGroup = groups[groups.length - 1];
  const from = lastGroup && lastGroup.to <= relAt ? lastGroup.to : seg.from;
  let s = from;
  let e = relAt;
  const tk = (p: number) => tokens[idx[p]!]!;
  while (e > s && isPunct(tk(e - 1), ',')) e--;
  // the last comma chunk
  for (let p = e - 1; p > s; p--) if (isPunct(tk(p), ',')) { s = p + 1; break; }
  while (s < e && (isPrep(tk(s)) || ['the', 'a', 'an'].includes(tk(s).lower))) s++;
  if (s >= e) return null;
  return { start: tk(s).start, end: tk(e - 1).end };
}

/** For debugging: the segments and verb groups of a region. */
export function debugClause(tokens: Token[], region: Span): string[] {
  const idx: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.start >= region.start && tokens[k]!.end <= region.end) idx.push(k);
  return segment(tokens, idx).map((s) => {
    const text = idx.slice(s.from, s.to).map((k) => tokens[k]!.text).join(' ');
    const groups = verbGroups(tokens, idx, s).map((g) => `[${idx.slice(g.from, g.to).map((k) => tokens[k]!.text).join(' ')}${g.strong ? '!' : ''}=${g.lemma}]`);
    return `${s.start}: ${text}  ${groups.join(' ')}`;
  });
}
