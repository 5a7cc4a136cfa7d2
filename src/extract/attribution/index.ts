// ATTRIBUTION: who says a figure, what the figure's clause is about, its main verb, and whether it is
// quoted, hedged or negated.
//
// Usage (the claims stage):
//
//   let context: AttributionContext = { previousSpeaker: null, entityAt };
//   for (const sentence of sentences) {
//     for (const figure of figuresIn(sentence)) {
//       const a = analyzeClaim(sentence, figure.start, figure.end, context);   // a.attribution, a.predicate ...
//     }
//     context = { ...context, previousSpeaker: nextSpeaker(sentence, context) }; // for "he added"
//   }
//
// Everything is linear in the sentence length: one tokenization per sentence (cached on the Sentence
// object), word lookups through nlp.ts, no full parse.
import type { EntityLabel, Sentence } from '../../types.js';
import { analyzeClause, clauseCache, type ClauseCache } from './clause.js';
import { findFrames, tokensIn, type Frame, type FrameRule } from './frames.js';
import { isQuoted, quoteSpans, type Span } from './quotes.js';
import { REPORTING_FORMS } from './lexicon.js';
import { tokenize, vinfo, type Token } from './tokens.js';
import { findIndexFrom, firstTokenFrom } from './scan.js';

export interface Attribution {
  /** the source as written in the sentence ("the KCSC", "a 2023 global report on deepfakes by Security Hero",
   * "he"); `start`/`end` are absolute offsets into the document text */
  text: string;
  start: number;
  end: number;
  /** the entity's canonical name (from `entityAt`), or for a pronoun the resolved speaker's; else null */
  canonical: string | null;
  /** which pattern found it: `according-to`, `speech/leading`, `speech/trailing`, `speech/inverted`,
   * `speech/parenthetical`, `speech/participle`, `speech/coordinated`, `speech/passive` ("were confirmed by
   * the Ministry"), `record/subject`, `data/subject`;
   * `+pronoun` when a pronoun was resolved, `carried/quote` for a quotation continued from the last speaker */
  rule: string;
  /** the lemma of the reporting verb ("say", "report", "record"), null for "according to" */
  verb: string | null;
  /** for a resolved pronoun: the speaker it stands for (may lie in an earlier sentence) */
  antecedent: { text: string; start: number; end: number } | null;
}

export interface ClauseAnalysis {
  /** who says so: the outermost source whose report holds the figure ("The KCSC reported that Telegram’s
   * representative confirmed the removal of 25 pieces" -> the KCSC) */
  attribution: Attribution | null;
  /** every source whose report holds the figure, outermost first (`attribution` is `sources[0]`) */
  sources: Attribution[];
  /** the grammatical subject of the clause holding the figure, without a leading article; a pronoun
   * subject that opens a report ("The force said it had received ...") is replaced by the speaker */
  subject: { text: string; start: number; end: number } | null;
  /** the lemma of that clause's main verb ("removed" -> remove, "has risen" -> rise, "was sentenced" -> sentence) */
  predicate: string | null;
  /** the figure lies inside quotation marks (“ ” " ‘ ’ `` '' « ») */
  quoted: boolean;
  /** allegedly, reportedly, suspected, could, may, might, likely, believed to, estimated, "X claimed", ... */
  hedged: boolean;
  /** "did not", "never", "no", or a denial ("denied that", "rejected claims that") governing the clause */
  negated: boolean;
}

export interface AttributionContext {
  /** the speaker carried from earlier sentences, for "he added" and for a continued quotation */
  previousSpeaker: Attribution | null;
  /** the entity mention at (or inside) an absolute span, to fill `canonical`; optional */
  entityAt?: (start: number, end: number) => { canonical: string; label?: EntityLabel } | null;
}

interface SentenceAnalysis {
  tokens: Token[];
  quotes: Span[];
  frames: Frame[];
  /** clause analyses of a region, shared by the figures of one sentence */
  regions: ClauseCache;
  /** the frames' own words, left out of clause analysis (the same for every figure of the sentence) */
  masked: Span[] | null;
  /** for each pronoun frame, the named frame whose report holds its speaker (null: none) */
  named: Map<Frame, Frame | null> | null;
}

// The claims stage asks about one sentence at a time (its figures, then, when a later claim needs the
// carried speaker, its speaker): the analyses of the last few sentences are kept, which spares a
// WeakMap (its look-ups and its cost to the GC).
const CACHED = 16;
const cachedSentences: (Sentence | null)[] = new Array(CACHED).fill(null);
const cachedTexts: (string | null)[] = new Array(CACHED).fill(null);
const cachedAnalyses: (SentenceAnalysis | null)[] = new Array(CACHED).fill(null);
let nextSlot = 0;

function cached(sentence: Sentence): SentenceAnalysis | null {
  for (let k = 0; k < CACHED; k++) {
    if (cachedSentences[k] === sentence && cachedTexts[k] === sentence.text) return cachedAnalyses[k]!;
  }
  return null;
}

// Most sentences name no source: a cheap scan for any reporting word spares them the tokenizer when only
// the speaker to carry is asked for.
const REPORTING_RE = new RegExp(`\\b(?:according|as\\s+per|${[...REPORTING_FORMS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');

function analyze(sentence: Sentence): SentenceAnalysis {
  let a = cached(sentence);
  if (!a) {
    const tokens = tokenize(sentence.text);
    const quotes = quoteSpans(sentence.text);
    a = { tokens, quotes, frames: findFrames({ text: sentence.text, tokens, quotes }), regions: clauseCache(), masked: null, named: null };
    cachedSentences[nextSlot] = sentence;
    cachedTexts[nextSlot] = sentence.text;
    cachedAnalyses[nextSlot] = a;
    nextSlot = (nextSlot + 1) % CACHED;
  }
  return a;
}

const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const len = (s: Span) => s.end - s.start;

/**
 * Analyzes the claim built on the mention at [focusStart, focusEnd) (absolute offsets, inside the sentence).
 */
export function analyzeClaim(sentence: Sentence, focusStart: number, focusEnd: number, context: AttributionContext): ClauseAnalysis {
  const analysis = analyze(sentence);
  const { tokens, quotes, frames, regions } = analysis;
  const base = sentence.start;
  const focus: Span = { start: Math.max(0, focusStart - base), end: Math.min(sentence.text.length, focusEnd - base) };

  // frames whose report holds the figure, outermost (widest) first
  let holding = frames.filter((f) => contains(f.content, focus) && !(f.speaker && overlaps(f.speaker, focus)));
  // a figure in the report's own words rather than in what it reports: its time ("said Friday in a report
  // ahead of the November 6 election") or an introduction ("Last week, South Korean authorities announced")
  let own = false;
  if (holding.length === 0) {
    own = true;
    // "..., the government said Friday in a report ahead of the November 6 election": the frame's own tail
    holding = frames.filter((f) => f.tail && contains(f.tail, focus) && !(f.speaker && overlaps(f.speaker, focus)));
  }
  if (holding.length === 0) {
    // "Emirates on Sunday said that ...": between the speaker and the verb
    holding = frames.filter((f) => f.speaker && f.verb && f.speaker.end <= focus.start && focus.end <= f.verb.start && !verbOrAndBetween(tokens, f.speaker.end, f.verb.start));
  }
  if (holding.length === 0) {
    // "Last week, South Korean authorities announced a crackdown": the date introduces the report
    holding = frames.filter((f) => f.intro && contains(f.intro, focus));
  }
  holding.sort((a, b) => len(b.content) - len(a.content) || a.content.start - b.content.start);

  const sources: Attribution[] = [];
  for (const f of holding) {
    const a = toAttribution(sentence, f, analysis, context);
    if (a) sources.push(a);
  }
  // a sentence of a quotation that runs on from an attributed one ("It’s at least three to four weeks.”)
  // (the carried speaker is asked for last: the claims stage works it out only when asked)
  if (sources.length === 0 && frames.length === 0 && isQuoted(quotes, focus.start, focus.end) && context.previousSpeaker) {
    sources.push({ ...context.previousSpeaker, rule: 'carried/quote' });
  }

  // the clause: inside the innermost frame that holds the figure
  const innermost = holding[holding.length - 1];
  const masked = (analysis.masked ??= maskedSpans(tokens, frames));
  let subject: ClauseAnalysis['subject'] = null;
  let predicate: string | null = null;
  // "has reportedly denied that ...": a hedge on the report is a hedge on what it reports
  let hedged = holding.some((f) => f.hedge || hedgedFrame(tokens, f));
  let negated = holding.some((f) => f.denial);
  if (innermost && (own || !innermost.clausal) && innermost.verb && innermost.speaker) {
    // "Police have received 118 reports", "Security Hero recorded nearly 96,000 videos": the frame is the clause
    predicate = innermost.verb.lemma;
    const sp = innermost.speaker;
    subject = { text: sentence.text.slice(sp.start, sp.end), start: base + sp.start, end: base + sp.end };
    // hedges and negations of the report itself only, when the figure is the report's own time or place
    const c = analyzeClause(tokens, { start: sp.start, end: own ? Math.max(innermost.verb.end, sp.end) : innermost.content.end }, masked, focus, regions);
    hedged ||= c.hedged;
    negated ||= c.negated;
  } else {
    const region = innermost ? innermost.content : { start: 0, end: sentence.text.length };
    const c = analyzeClause(tokens, region, masked, focus, regions);
    predicate = c.predicate;
    hedged ||= c.hedged;
    negated ||= c.negated;
    if (c.subject) {
      subject = { text: sentence.text.slice(c.subject.start, c.subject.end), start: base + c.subject.start, end: base + c.subject.end };
      // "The force said it had received ...": the pronoun is the speaker
      if (c.subjectPronounAtContentStart && innermost?.speaker && innermost.rule !== 'according-to') {
        const speaker = sources[sources.length - 1];
        if (speaker && speaker.antecedent) subject = { ...speaker.antecedent };
        else if (innermost.speaker) {
          const sp = innermost.speaker;
          subject = { text: sentence.text.slice(sp.start, sp.end), start: base + sp.start, end: base + sp.end };
        }
      }
    }
  }

  return {
    attribution: sources[0] ?? null,
    sources,
    subject,
    predicate,
    quoted: isQuoted(quotes, focus.start, focus.end),
    hedged,
    negated,
  };
}

/**
 * The speaker to carry into the next sentence: the last named source of this sentence ("..., said Ryu
 * Hee-lim"), or for a pronoun ("he added") the speaker it resolves to; otherwise the previous speaker, so a
 * run of quotations keeps its source.
 */
export function nextSpeaker(sentence: Sentence, context: AttributionContext): Attribution | null {
  if (!cached(sentence) && !REPORTING_RE.test(sentence.text)) return context.previousSpeaker;
  return speakerOf(sentence, context);
}

function speakerOf(sentence: Sentence, context: AttributionContext): Attribution | null {
  const analysis = analyze(sentence);
  const { frames, tokens } = analysis;
  const speaking = frames
    .filter((f) => f.speaker && f.rule !== 'according-to' && f.rule !== 'data/subject')
    .sort((a, b) => (b.verb?.start ?? 0) - (a.verb?.start ?? 0));
  for (const f of speaking) {
    const a = toAttribution(sentence, f, analysis, context);
    if (!a) continue;
    if (a.rule.endsWith('+pronoun') || !f.pronoun) return a;
  }
  // "According to Klymenko, ..." names a speaker a later "he said" can point back to; "according to police
  // reports" does not
  const according = frames.find((f) => f.rule === 'according-to' && f.speaker && isNamed(tokens, f.speaker));
  if (according) return toAttribution(sentence, according, analysis, context);
  return context.previousSpeaker;
}

/**
 * The speaker carried from sentence to sentence, as `nextSpeaker` computes it, but worked out only when
 * a claim asks for it (a pronoun speaker, a quotation continued without a source): the sentences since
 * the last question wait in order, and most never need their frames found for this. Call `after` for
 * each sentence in order, after its claims; `context(entityAt)` gives the context for its claims.
 */
export class SpeakerCarry {
  private speaker: Attribution | null = null;
  private readonly pending: { sentence: Sentence; entityAt: AttributionContext['entityAt']; analyzed: boolean }[] = [];

  /** The speaker carried into the current sentence. */
  current(): Attribution | null {
    for (const p of this.pending) {
      // as nextSpeaker, where a sentence the claims analyzed is always looked at in full
      const context: AttributionContext = { previousSpeaker: this.speaker, entityAt: p.entityAt };
      const speaker = p.analyzed || REPORTING_RE.test(p.sentence.text) ? speakerOf(p.sentence, context) : this.speaker;
      if (speaker) this.speaker = speaker;
    }
    this.pending.length = 0;
    return this.speaker;
  }

  context(entityAt: AttributionContext['entityAt']): AttributionContext {
    return new CarriedContext(this, entityAt);
  }

  /** The sentence is done; `analyzed`: analyzeClaim was called on it. (Whether it has a reporting word
   * at all is asked only if its speaker is ever needed.) */
  after(sentence: Sentence, entityAt: AttributionContext['entityAt'], analyzed: boolean): void {
    this.pending.push({ sentence, entityAt, analyzed });
  }
}

/** A context whose previous speaker is worked out when read (a class: its getter is on the prototype,
 * so making one per claim is cheap). */
class CarriedContext implements AttributionContext {
  constructor(private readonly carry: SpeakerCarry, readonly entityAt: AttributionContext['entityAt']) {}
  get previousSpeaker(): Attribution | null {
    return this.carry.current();
  }
}

/** Every source the sentence names, in order of appearance (for debugging and for the lead's checks). */
export function findSources(sentence: Sentence, context: AttributionContext): Attribution[] {
  const analysis = analyze(sentence);
  return analysis.frames
    .slice()
    .sort((a, b) => (a.speaker?.start ?? 0) - (b.speaker?.start ?? 0))
    .map((f) => toAttribution(sentence, f, analysis, context))
    .filter((a): a is Attribution => a !== null);
}

/** The frames' own words: "according to X", "by the Ministry" of a passive, "..., X said Monday". */
function maskedSpans(tokens: Token[], frames: Frame[]): Span[] {
  const masked: Span[] = [];
  for (const f of frames) {
    if (f.rule === 'according-to' && f.speaker) {
      const phraseStart = findAccordingStart(tokens, f.speaker.start);
      masked.push({ start: phraseStart, end: f.speaker.end });
    } else if (f.speaker && f.verb && f.rule === 'speech/passive') {
      masked.push({ start: f.verb.end, end: f.speaker.end }); // "by the Ministry of Health"
    } else if (f.speaker && f.verb && (f.rule === 'speech/trailing' || f.rule === 'speech/inverted' || f.rule === 'speech/parenthetical')) {
      masked.push({ start: Math.min(f.speaker.start, f.verb.start), end: Math.max(f.speaker.end, f.tail?.end ?? f.verb.end) });
    }
  }
  return masked;
}

/** A verb or "and" among the tokens inside [start, end). */
function verbOrAndBetween(tokens: Token[], start: number, end: number): boolean {
  for (let k = firstTokenFrom(tokens, start); k < tokens.length && tokens[k]!.end <= end; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && (vinfo(t).verb || t.lower === 'and')) return true;
  }
  return false;
}

const FRAME_HEDGES = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'possibly', 'probably', 'may', 'might', 'could']);
function hedgedFrame(tokens: Token[], f: Frame): boolean {
  if (!f.speaker || !f.verb || f.speaker.end > f.verb.start) return false;
  for (let k = firstTokenFrom(tokens, f.speaker.end); k < tokens.length && tokens[k]!.end <= f.verb.start; k++) {
    if (FRAME_HEDGES.has(tokens[k]!.lower)) return true;
  }
  return false;
}

function isNamed(tokens: Token[], span: Span): boolean {
  const ts = tokensIn(tokens, span).filter((t) => t.kind === 'word');
  return ts.length > 0 && ts.length <= 8 && /^\p{Lu}/u.test(ts[0]!.text) && !['reports', 'data', 'figures', 'statistics'].includes(ts[ts.length - 1]!.lower);
}

function findAccordingStart(tokens: Token[], speakerStart: number): number {
  const k = findIndexFrom(tokens, speakerStart);
  for (let m = k - 1; m >= 0 && m >= k - 4; m--) {
    if (['according', 'as'].includes(tokens[m]!.lower)) return tokens[m]!.start;
  }
  return speakerStart;
}

function toAttribution(sentence: Sentence, f: Frame, analysis: SentenceAnalysis, context: AttributionContext): Attribution | null {
  if (!f.speaker) return null;
  const base = sentence.start;
  const text = sentence.text.slice(f.speaker.start, f.speaker.end);
  const start = base + f.speaker.start;
  const end = base + f.speaker.end;
  const rule: FrameRule = f.rule;
  if (f.pronoun) {
    // a named speaker in the same sentence whose report holds this one, else the previous speaker
    const named = namedFor(analysis, f);
    if (named && named.speaker) {
      const nt = sentence.text.slice(named.speaker.start, named.speaker.end);
      return {
        text, start, end, canonical: lookup(context, base + named.speaker.start, base + named.speaker.end) ?? nt, rule: `${rule}+pronoun`, verb: f.verb?.lemma ?? null,
        antecedent: { text: nt, start: base + named.speaker.start, end: base + named.speaker.end },
      };
    }
    const prev = context.previousSpeaker;
    if (prev) {
      const ante = prev.antecedent ?? { text: prev.text, start: prev.start, end: prev.end };
      return { text, start, end, canonical: prev.canonical ?? ante.text, rule: `${rule}+pronoun`, verb: f.verb?.lemma ?? null, antecedent: ante };
    }
    return { text, start, end, canonical: null, rule, verb: f.verb?.lemma ?? null, antecedent: null };
  }
  return { text, start, end, canonical: lookup(context, start, end), rule, verb: f.verb?.lemma ?? null, antecedent: null };
}

function lookup(context: AttributionContext, start: number, end: number): string | null {
  return context.entityAt?.(start, end)?.canonical ?? null;
}


/**
 * The first frame (in frame order) with a named speaker, other than "according to", whose report holds
 * the speaker of pronoun frame f. Found for all pronoun frames of the sentence at once: the pronoun
 * speakers sorted by offset, each named frame takes the not yet taken ones inside its content.
 */
function namedFor(analysis: SentenceAnalysis, f: Frame): Frame | undefined {
  const named = (analysis.named ??= namedFrames(analysis.frames));
  const g = named.get(f);
  if (g !== undefined) return g ?? undefined;
  return analysis.frames.find((h) => h !== f && h.speaker && !h.pronoun && h.rule !== 'according-to' && contains(h.content, f.speaker!));
}

function namedFrames(frames: Frame[]): Map<Frame, Frame | null> {
  const out = new Map<Frame, Frame | null>();
  const queries = frames.filter((f) => f.pronoun && f.speaker);
  if (queries.length === 0) return out;
  queries.sort((a, b) => a.speaker!.start - b.speaker!.start || a.speaker!.end - b.speaker!.end);
  for (let k = 1; k < queries.length; k++) if (queries[k]!.speaker!.end < queries[k - 1]!.speaker!.end) return out; // nested: look each up
  const n = queries.length;
  // next[k]: the first query at or after k not yet taken (path-halving union-find)
  const next: number[] = new Array<number>(n + 1).fill(0);
  for (let k = 0; k <= n; k++) next[k] = k;
  const find = (k: number): number => {
    while (next[k] !== k) { next[k] = next[next[k]!]!; k = next[k]!; }
    return k;
  };
  for (const g of frames) {
    if (!g.speaker || g.pronoun || g.rule === 'according-to') continue;
    // queries inside [content.start, content.end]: starts from lo, ends up to hi (both sorted)
    let lo = 0;
    let hi = n;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (queries[mid]!.speaker!.start < g.content.start) lo = mid + 1; else hi = mid; }
    let a = lo;
    hi = n;
    while (a < hi) { const mid = (a + hi) >>> 1; if (queries[mid]!.speaker!.end <= g.content.end) a = mid + 1; else hi = mid; }
    for (let k = find(lo); k < a; k = find(k + 1)) {
      out.set(queries[k]!, g);
      next[k] = k + 1;
    }
  }
  for (const q of queries) if (!out.has(q)) out.set(q, null);
  return out;
}
