// Reporting frames: who reports, with which verb, over which span of the sentence ("content").
// A claim's source is the outermost frame whose content holds the figure.
//
// Finders, in this order (the reason for the order in brackets):
//   1. according-to   "according to X", "as per X"        [its noun phrase may hold verbs: "results read out by
//                                                           the commission"; those must not become frames]
//   2. reporting verbs each form in lexicon.ts, oriented as
//        inverted      "..., said X, chair of ..."       [checked first: the speaker follows the verb]
//        leading       "X said (that) ..."               [content after the verb]
//        trailing      "..., X said Monday."             [content before the speaker]
//        parenthetical "The offence, X said, violated"   [content on both sides]
//        participle    "..., adding that ..."            [speaker: the clause subject or the frame before]
//        coordinated   "X described ... and said ..."    [speaker: the sentence subject]
//      with the subject as the source for `record` verbs ("Security Hero recorded nearly 96,000 videos")
//      and data-like subjects ("Exit polls earlier gave Lugo a 43-37 lead").
import {
  COMPASS, COORDINATORS, DATA_NOUNS, NON_SOURCE_HEADS, PLACE_SUFFIXES, RECEIVED_OBJECTS, RELATIVES,
  REPORTING_FORMS, ROLE_NOUNS, SUBJECT_PRONOUNS, SUBORDINATORS, ADJUNCT_WORDS, type ReportingVerb,
} from './lexicon.js';
import {
  isAdverb, isAux, isBe, isCapitalized, isDash, isDeterminer, isNumberish, isPlaceWord, isPreposition,
  isPunct, isQuote, isTimeWord, tagsOf, verbInfo, verbLemma as verbLemmaOf, vinfo, type Token,
  hasClass, isAdv, isDet, isPrep, W_ADJUNCT, W_BE, W_COORD, W_DATA, W_REL, W_REPORTING, W_ROLE, W_SUB, W_SUBJECT,
} from './tokens.js';
import type { Span } from './quotes.js';
import { NextTrue, findIndexFrom, firstTokenEndingAfter, firstTokenFrom } from './scan.js';

export type FrameRule =
  | 'according-to'
  | 'speech/leading'
  | 'speech/trailing'
  | 'speech/inverted'
  | 'speech/parenthetical'
  | 'speech/participle'
  | 'speech/coordinated'
  | 'speech/passive'
  | 'record/subject'
  | 'data/subject';

export interface Frame {
  rule: FrameRule;
  /** the source, as a span of the sentence text; null when it could not be found */
  speaker: Span | null;
  /** the speaker is a pronoun ("he added") to be resolved */
  pronoun: boolean;
  verb: { start: number; end: number; lemma: string; index: number } | null;
  /** what the source reports: offsets relative to the sentence text */
  content: Span;
  /** the part of the sentence after the verb that belongs to the frame itself ("said Friday in a report ahead
   * of the November 6 election"): a figure there is still the source's */
  tail: Span | null;
  /** an introductory phrase before a leading frame's speaker ("Last week, South Korean authorities announced"):
   * a date there is the report's */
  intro?: Span | null;
  hedge: boolean;
  denial: boolean;
  /** the content is a clause ("said that 25 died"), not a noun phrase ("recorded nearly 96,000 videos") */
  clausal: boolean;
}

export interface FrameInput {
  text: string;
  tokens: Token[];
  quotes: Span[];
}

// ---------------------------------------------------------------------------------------------

const HARD_PUNCT = new Set([';', ':', '(', '[', '{', '?', '!', '.', '…']);
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'da', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'bin', 'binti', 'ibn', 'al', 'el', 'la', 'le', 'di', 'y', 'e', 'of', 'and', '&', "'s"]);
const LISTENER_STOP = new Set(['that', 'how', 'whether', 'if', 'why', 'what', 'when', 'where', 'who', 'this', 'it', 'there', 'they', 'he', 'she', 'we']);
const CONTENT_CUES = new Set(['that', 'how', 'whether', 'why', 'what', 'if']);

export function findFrames(input: FrameInput): Frame[] {
  const { tokens } = input;
  // plain arrays: a typed array costs far more to make than a short sentence takes to scan
  const consumed: number[] = new Array<number>(tokens.length).fill(0);
  const frames: Frame[] = [];
  for (const f of findAccordingTo(input, consumed)) frames.push(f);
  for (let i = 0; i < tokens.length; i++) {
    if (consumed[i] || !hasClass(tokens[i]!, W_REPORTING)) continue;
    const rv = REPORTING_FORMS.get(tokens[i]!.lower);
    if (!rv) continue;
    const frame = verbFrame(input, i, rv, frames);
    if (frame) frames.push(frame);
  }
  for (const f of dataSubjectFrames(input, consumed, frames)) frames.push(f);
  cutAtLaterSource(input, frames);
  cutAtCoordinatedReport(input, frames);
  return frames;
}

/**
 * Runs of non-decreasing keys in a list kept in frame order: within a run, the entries past a position
 * are a suffix (binary search), so a frame is compared with the few nearby entries that can apply to it
 * instead of with every frame of the sentence.
 */
function runsOf(keys: number[]): number[] {
  const ends: number[] = [];
  for (let k = 1; k < keys.length; k++) if (keys[k]! < keys[k - 1]!) ends.push(k);
  ends.push(keys.length);
  return ends;
}

function firstAbove(keys: number[], from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A report that runs to the sentence end stops where a later source takes over the whole sentence:
 * "Del Rosario told a press briefing that ..., according to Xinhua." Each frame with a verb (not a
 * trailing, inverted or parenthetical one) is cut at every source g, in frame order, that starts after
 * its verb and before its (current) content end and takes everything before it (content from 0 to its
 * start). Those sources have no verb or are trailing/inverted, so they are never cut themselves.
 */
function cutAtLaterSource(input: FrameInput, frames: Frame[]): void {
  const { tokens, text } = input;
  const starts: number[] = [];
  for (const g of frames) {
    if (!g.speaker || g.content.start !== 0) continue;
    if (g.rule !== 'according-to' && g.rule !== 'speech/trailing' && g.rule !== 'speech/inverted') continue;
    const gStart = g.rule === 'according-to' ? phraseStart(tokens, g.speaker.start) : Math.min(g.speaker.start, g.verb?.start ?? g.speaker.start);
    if (g.content.end <= gStart) starts.push(gStart);
  }
  if (starts.length === 0) return;
  const ends = runsOf(starts);
  for (const f of frames) {
    if (f.rule === 'speech/trailing' || f.rule === 'speech/inverted' || f.rule === 'speech/parenthetical' || !f.verb) continue;
    const verbEnd = f.verb.end;
    let end = f.content.end;
    let from = 0;
    for (const to of ends) {
      // in frame order: each start past the verb and before the current end cuts the content there
      for (let k = firstAbove(starts, from, to, verbEnd); k < to && starts[k]! < end; k++) end = trimEnd(text, starts[k]!);
      from = to;
    }
    if (end !== f.content.end) f.content = { start: f.content.start, end };
  }
}

/** "Previously reported figures showed ..., but Saturday’s revised figures show ...": two reports. A
 * report is cut before a later report whose speaker follows "; " or ", but/and/while/whereas/yet". */
function cutAtCoordinatedReport(input: FrameInput, frames: Frame[]): void {
  const { tokens, text } = input;
  const starts: number[] = [];
  const cuts: number[] = [];
  const owners: Frame[] = [];
  for (const g of frames) {
    if (!g.speaker || !g.verb) continue;
    if (g.rule === 'according-to' || g.rule === 'speech/trailing' || g.rule === 'speech/inverted' || g.rule === 'speech/parenthetical') continue;
    const k = findIndexFrom(tokens, g.speaker.start);
    const before = tokens[k - 1];
    const before2 = tokens[k - 2];
    const coordinated = before && (isPunct(before, ';') || (COORDINATING_WORDS.has(before.lower) && before2 && isPunct(before2, ',')));
    if (!coordinated) continue;
    starts.push(g.speaker.start);
    cuts.push(trimEnd(text, (isPunct(before, ';') ? before : before2!).start));
    owners.push(g);
  }
  if (starts.length === 0) return;
  const ends = runsOf(starts);
  for (const f of frames) {
    if (!f.verb || f.content.start < f.verb.start) continue;
    const verbEnd = f.verb.end;
    let end = f.content.end;
    let from = 0;
    for (const to of ends) {
      for (let k = firstAbove(starts, from, to, verbEnd); k < to && starts[k]! < end; k++) if (owners[k] !== f) end = cuts[k]!;
      from = to;
    }
    if (end !== f.content.end) f.content = { start: f.content.start, end };
  }
}
const COORDINATING_WORDS = new Set(['but', 'and', 'while', 'whereas', 'yet']);

/** "The 2015 survey features 14 verdicts", "The Field Poll conducted its latest survey from May 21": a
 * subject that is itself data (a survey, a poll, figures) is the source of its clause, whatever the verb. */
const CHANGE_VERBS = new Set(['rise', 'fall', 'increase', 'decrease', 'drop', 'grow', 'decline', 'climb', 'jump', 'surge', 'soar', 'plunge', 'slip', 'dip', 'rebound', 'shrink', 'expand', 'reach', 'hit', 'total', 'stand', 'remain', 'stay', 'top', 'exceed', 'double', 'triple', 'halve', 'become', 'seem', 'appear', 'come', 'go', 'improve', 'worsen', 'ease', 'slow', 'accelerate', 'change', 'vary', 'range']);

function dataSubjectFrames(input: FrameInput, consumed: number[], frames: Frame[]): Frame[] {
  const { tokens, text } = input;
  const out: Frame[] = [];
  // the source's head is a data noun before the verb: none in the sentence, no frame
  let firstDataNoun = 0;
  while (firstDataNoun < tokens.length && !hasClass(tokens[firstDataNoun]!, W_DATA)) firstDataNoun++;
  if (firstDataNoun >= tokens.length) return out;
  const taken = new Set(frames.map((f) => f.verb?.index ?? -1));
  for (let i = firstDataNoun + 1; i < tokens.length; i++) {
    const v = tokens[i]!;
    if (consumed[i] || taken.has(i) || v.kind !== 'word' || isCapitalized(v) || v.aux || hasClass(v, W_REPORTING)) continue;
    const vi = vinfo(v);
    const next = tokens[i + 1];
    const objectNext = next !== undefined && (isDet(next) || next.kind === 'num' || isNumberish(next) || ['its', 'their', 'his', 'her'].includes(next.lower));
    const finite = vi.strongFinite || ((vi.participle || vi.ambiguousS) && objectNext);
    if (!finite) continue;
    // the data are the topic, not the source, when they are something or change: "The April figure was
    // 12.13%", "Spark's staff numbers have increased"
    if (CHANGE_VERBS.has(verbLemmaOf(v.lower))) continue;
    const prev = tokens[i - 1]!;
    if (prev.kind !== 'word' || isDet(prev) || isPrep(prev) || prev.aux) continue;
    const left = leftSpeaker(tokens, i);
    if (!left.span) continue;
    const [sa, sb] = spanRange(tokens, left.span);
    if (sa >= sb || isNumberish(tokens[sa]!) || tokens[sa]!.kind === 'num') continue;
    const head = headNoun(tokens, sa, sb);
    if (!head || !DATA_NOUNS.has(head.lower)) continue;
    if (contentBeforeSpeaker(tokens, sa)) continue;
    let contentEnd = text.length;
    for (let k = i + 1; k < tokens.length; k++) if (tokens[k]!.lower === 'according') { contentEnd = trimEnd(text, tokens[k]!.start); break; }
    out.push({
      rule: 'data/subject', speaker: left.span, pronoun: false, verb: { start: v.start, end: v.end, lemma: verbLemmaOf(v.lower), index: i },
      content: { start: v.end, end: contentEnd }, tail: null, intro: null, hedge: false, denial: false,
      clausal: hasFiniteVerb(tokens, i + 1, tokens.length),
    });
    break; // the sentence's first data subject is its source
  }
  return out;
}

function phraseStart(tokens: Token[], speakerStart: number): number {
  const k = findIndexFrom(tokens, speakerStart);
  for (let m = k - 1; m >= 0 && m >= k - 4; m--) if (['according', 'as'].includes(tokens[m]!.lower)) return tokens[m]!.start;
  return speakerStart;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s,;]/.test(text[e - 1]!)) e--;
  return e;
}

// ---------------------------------------------------------------------------------------------
// 1. according to X

const INTRO_WORDS = new Set([
  'however', 'but', 'and', 'meanwhile', 'moreover', 'also', 'yet', 'so', 'separately', 'still', 'further',
  'furthermore', 'additionally', 'now', 'then', 'earlier', 'later', 'previously', 'thus',
  'indeed', 'overall', 'nationally', 'globally', 'locally', 'today', 'meantime',
]);
const ACCORDING_INTRO = new Set([...INTRO_WORDS, 'in', 'addition', 'the', 'meantime', 'short']);

function findAccordingTo(input: FrameInput, consumed: number[]): Frame[] {
  const { tokens, text } = input;
  const out: Frame[] = [];
  let markedTo = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let npStart = -1;
    if (t.lower === 'according') npStart = tokens[i + 1]?.lower === 'to' ? i + 2 : i + 1; // "According the electoral commissions" (sic)
    else if (t.lower === 'as' && tokens[i + 1]?.lower === 'per') npStart = i + 2;
    else if (t.lower === 'as' && ['reported', 'stated', 'announced', 'quoted'].includes(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'by') npStart = i + 3;
    if (npStart < 0 || npStart >= tokens.length || tokens[npStart]!.kind === 'punct') continue;
    // the noun phrase runs to the first comma, unless what follows the comma holds no finite verb (then it
    // is an appositive or a name with a comma: "the Montreal, Maine & Atlantic Railway")
    // the noun phrase ends at the first comma or stop after its first token (which is no punctuation)
    const memo = memoOf(tokens);
    let npEnd: number;
    let reachedEnd = false;
    const q = memo.npBreak.next(npStart + 1);
    if (q < tokens.length && isPunct(tokens[q], ',')) {
      npEnd = q;
      if (!memo.anyVerb.any(q + 1, tokens.length) && memo.according.next(q + 1) >= tokens.length) {
        npEnd = memo.lastWord();
        reachedEnd = true;
      }
    } else {
      npEnd = q;
      if (q >= tokens.length) reachedEnd = true;
    }
    if (npEnd <= npStart) continue;
    if (!reachedEnd) reachedEnd = memo.lastNonPunct() < npEnd;
    for (let k = Math.max(i, markedTo); k < npEnd; k++) consumed[k] = 1;
    markedTo = Math.max(markedTo, npEnd);
    // an appositive after the name is not the source ("Security Hero, a U.S. startup ..."): cut it
    let speakerEnd = npEnd;
    const apposition = memo.appositionComma.next(npStart + 1);
    if (apposition < npEnd) speakerEnd = apposition;
    const speaker = { start: tokens[npStart]!.start, end: tokens[speakerEnd - 1]!.end };
    // scope: an introductory "according to X," governs what follows; a final one what precedes; one in
    // the middle after "and" what follows; otherwise the whole sentence
    const intro = memo.notAccordingIntro.next(0) >= i;
    const afterConj = COORDINATORS.has(tokens[i - 1]?.lower ?? '') || (isPunct(tokens[i - 1], ',') && COORDINATORS.has(tokens[i - 2]?.lower ?? ''));
    let content: Span;
    if (intro || afterConj) content = { start: tokens[npEnd - 1]!.end, end: text.length };
    else if (reachedEnd) content = { start: 0, end: t.start };
    else content = { start: 0, end: text.length };
    out.push({ rule: 'according-to', speaker, pronoun: false, verb: null, content, tail: null, hedge: false, denial: false, clausal: true });
  }
  return out;
}

function lastWordBefore(tokens: Token[], end: number): number {
  let k = end;
  while (k > 0 && tokens[k - 1]!.kind === 'punct' && !isPunct(tokens[k - 1], ')')) k--;
  return k;
}

// ---------------------------------------------------------------------------------------------
// 2. reporting verbs

const info0 = (t: Token) => vinfo(t);

function verbFrame(input: FrameInput, i: number, rv: ReportingVerb, earlier: Frame[]): Frame | null {
  const { tokens, text } = input;
  const v = tokens[i]!;
  // names: "World Disasters Report 2020", "Security Hero"; a capital mid-sentence is not a verb
  if (isCapitalized(v) && i > 0 && !isPunct(tokens[i - 1], '"“‘\'')) return null;
  const prevIdx = skipBack(tokens, i - 1, (t) => isAdv(t) && t.lower !== 'only');
  const prev = tokens[prevIdx];
  const next = tokens[i + 1];
  // "declined to say", "the report", "its estimate", "of reports", "than previously estimated"
  if (prev && (prev.lower === 'to' || prev.lower === 'than' || prev.lower === "'s" || isDet(prev) || isPrep(prev)) && prev.lower !== 'that') return null;
  // "387 suspects.", "118 reports of": nouns after a number
  if (prev && (prev.kind === 'num' || isNumberish(prev)) && !info0(v).participle && !info0(v).gerund && (v.lower.endsWith('s') || !info0(v).strongFinite)) return null;
  // "believed to have been", "said to be": a hedge, not a source
  if (next && next.lower === 'to') return null;
  if (isNounUse(tokens, i)) return null;
  // passives: "is believed", "were reported", "was found": no source, unless an agent follows ("were
  // confirmed by the Ministry of Health")
  if (prev && (hasClass(prev, W_BE) || prev.lower === 'been')) return passiveAgentFrame(input, i, rv);
  const info = vinfo(v);
  // an -ed form before a noun is an adjective: "Previously reported figures", "the recorded cases"
  if (info.participle && next && next.kind === 'word' && isNounLike(next) && !isCapitalized(next) && !isDet(next)) {
    // "Previously reported figures", "the recorded cases"; but "The report also revised first-quarter GDP"
    let b = i - 1;
    while (b >= 0 && isAdv(tokens[b]!)) b--;
    const before = tokens[b];
    const adverbs = b < i - 1;
    if (!before || isDet(before) || (!adverbs && isPrep(before)) || before.lower === "'s") return null;
  }
  // "media reports revealed": a plural noun followed by a verb
  if (next && /s$/.test(v.lower) && !/ss$/.test(v.lower) && next.kind === 'word' && (vinfo(next).strongFinite || next.aux) && !hasClass(next, W_SUBJECT)) return null;

  // "Legal newspapers published by the Lawyers Weekly’s parent company": a passive, no source
  if (info.participle && next && next.lower === 'by') return null;
  // "17 suspected Taliban fighters", "confirmed killed": adjectives and reduced relatives
  if (info.participle && prev && (prev.kind === 'num' || isNumberish(prev))) return null;
  if (info.participle && next && next.kind === 'word' && !isCapitalized(next) && vinfo(next).participle && !next.aux) return null;
  const gerund = info.gerund;
  const afterComma = prev !== undefined && isPunct(prev, ',');

  // inverted: `..., said X` / `” said X` / sentence-initial `Said X:`
  if (!gerund && !rv.listener && (afterComma || (prev && isQuote(prev)) || i === 0)) {
    const inv = invertedSpeaker(tokens, i);
    if (inv) {
      const contentSpan = i === 0
        ? { start: tokens[inv.endIndex]?.end ?? text.length, end: text.length }
        : contentBeforeIndex(input, prevIdx);
      return {
        rule: 'speech/inverted', speaker: inv.span, pronoun: false,
        verb: { start: v.start, end: v.end, lemma: rv.lemma, index: i }, content: contentSpan,
        tail: { start: v.end, end: inv.span.end }, hedge: rv.hedge, denial: rv.denial, clausal: true,
      };
    }
  }

  // participles: "..., adding that ...", "..., claiming that there were 135 victims"
  if (gerund && (afterComma || (prev && prev.lower === 'and'))) {
    if (rv.kind !== 'speech') return null;
    let speakerFrame: Frame | undefined;
    for (let k = earlier.length - 1; k >= 0; k--) {
      const f = earlier[k]!;
      if (f.verb && f.verb.index < i && f.rule !== 'according-to') { speakerFrame = f; break; }
    }
    const subj = speakerFrame?.speaker ?? sentenceSubject(tokens);
    return {
      rule: 'speech/participle', speaker: subj, pronoun: subj ? isPronounSpan(tokens, subj) : false,
      verb: { start: v.start, end: v.end, lemma: rv.lemma, index: i }, content: { start: v.end, end: text.length },
      tail: null, hedge: rv.hedge, denial: rv.denial, clausal: true,
    };
  }
  if (gerund && prev && (prev.aux || vinfo(prev).strongFinite)) {
    // "was saying": the subject is before the auxiliary; handled like any finite verb below
  }

  const left = leftSpeaker(tokens, i);
  let speaker = left.span;
  if (gerund && speaker) {
    // "about a 100 people ... unfurled a banner saying “Free Palestine”": only "a banner"
    const ts = tokensIn(tokens, speaker);
    let cut = -1;
    for (let m = 0; m < ts.length; m++) { const vi = vinfo(ts[m]!); if (!isCapitalized(ts[m]!) && (vi.participle || vi.strongFinite)) cut = m; }
    if (cut >= 0) speaker = cut + 1 < ts.length ? { start: ts[cut + 1]!.start, end: speaker.end } : null;
    if (!speaker) return null;
    const content = { start: v.end, end: text.length };
    const cue = tokens[i + 1] !== undefined && (CONTENT_CUES.has(tokens[i + 1]!.lower) || isQuote(tokens[i + 1]) || isPunct(tokens[i + 1], ':'));
    return { rule: 'speech/leading', speaker, pronoun: false, verb: { start: v.start, end: v.end, lemma: rv.lemma, index: i }, content, tail: null, hedge: rv.hedge, denial: rv.denial, clausal: cue };
  }
  let rule: FrameRule = 'speech/leading';
  if (!speaker && left.boundary === 'conj' && rv.kind === 'speech') {
    speaker = sentenceSubject(tokens);
    rule = 'speech/coordinated';
  }
  if (!speaker) return null;
  let [sa, sb] = spanRange(tokens, speaker);
  if (sb - sa === 1 && ['who', 'which'].includes(tokens[sa]!.lower)) {
    // "... comments from National Police Agency Commissioner Cho Ji-ho, who stated on Monday that ..."
    const w = sa;
    let e = w - 1;
    while (e >= 0 && isPunct(tokens[e], ',')) e--;
    let b = e;
    while (b > 0 && (isCapitalized(tokens[b - 1]!) || hasClass(tokens[b - 1]!, W_ROLE) || isPunct(tokens[b - 1], '.-'))) b--;
    if (e < 0 || b > e) return null;
    speaker = { start: tokens[b]!.start, end: tokens[e]!.end };
    [sa, sb] = spanRange(tokens, speaker);
  }
  if (sb <= sa || isNumberish(tokens[sa]!)) return null;
  if (sb - sa === 1 && ['it', 'there', 'this', 'what', 'which', 'that'].includes(tokens[sa]!.lower) && rv.kind !== 'speech') return null;
  if (sb - sa === 1 && ['there', 'this', 'what', 'which', 'that', 'i', 'we', 'you'].includes(tokens[sa]!.lower)) return null;

  // what follows the verb: a listener ("told AFP"), adjuncts ("on Monday"), then content or nothing
  const memo = memoOf(tokens);
  let after = i + 1;
  if (rv.listener) after = skipListener(tokens, after);
  const stop = nextStop(tokens, after);
  // "said Senate President, Bukola Saraki transfered ...": verbs that take a clause look to the sentence end
  const scanEnd = CLAUSE_VERBS.has(rv.lemma) ? endOfClauseScan(tokens, after) : stop;
  const contentCue = memo.cue.any(after, scanEnd) || (tokens[after] !== undefined && isQuote(tokens[after]));
  const finite = hasFiniteVerb(tokens, after, scanEnd) || (CLAUSE_VERBS.has(rv.lemma) && hasVerbForm(tokens, after, scanEnd));
  const before = contentBeforeSpeaker(tokens, sa);

  const firstAfter = after < stop ? tokens[after] : undefined;
  const adjunctAfter = !firstAfter || firstAfter.kind === 'punct' || isPrep(firstAfter) || isTimeWord(firstAfter) || isAdv(firstAfter) || hasClass(firstAfter, W_ADJUNCT) || isQuote(firstAfter);
  const trailingShape = adjunctAfter && !memo.cueNoQuote.any(after, stop) && !hasFiniteVerb(tokens, after, stop);
  if (before && trailingShape && rule !== 'speech/coordinated') {
    if (rv.kind !== 'speech') return null;
    // trailing or parenthetical
    const comma = tokens[stop];
    let ac = stop + 1;
    while (ac < tokens.length && (isAdv(tokens[ac]!) || hasClass(tokens[ac]!, W_ADJUNCT))) ac++;
    const afterComma2 = tokens[ac];
    const parenthetical = comma !== undefined && isPunct(comma, ',') && afterComma2 !== undefined && afterComma2.kind === 'word' &&
      (vinfo(afterComma2).strongFinite || (vinfo(afterComma2).participle && !isCapitalized(afterComma2)) || afterComma2.aux) &&
      !hasClass(afterComma2, W_REPORTING);
    const boundaryIdx = sa - 1;
    const contentSpan = parenthetical ? { start: 0, end: text.length } : contentBeforeIndex(input, boundaryIdx);
    return {
      rule: parenthetical ? 'speech/parenthetical' : 'speech/trailing', speaker, pronoun: isPronounSpan(tokens, speaker),
      verb: { start: v.start, end: v.end, lemma: rv.lemma, index: i }, content: contentSpan,
      tail: { start: v.end, end: tailEnd(tokens, i + 1, stop) }, hedge: rv.hedge, denial: rv.denial, clausal: true,
    };
  }

  // leading: content after the verb
  let clausal = contentCue || finite || (tokens[after] === undefined) || isPunct(tokens[after], '.');
  if (rv.kind !== 'speech') clausal = tokens[after] !== undefined && (CONTENT_CUES.has(tokens[after]!.lower) || isQuote(tokens[after]));
  // "Villagers found 14 bodies" is no report; "A jury found unanimously that ..." is
  if (rv.lemma === 'find' && !hasThatWithin(tokens, after, Math.min(after + 4, scanEnd))) clausal = false;
  if (rv.clauseOnly && !clausal) return null;
  if (rv.kind !== 'speech' || (!clausal && rv.lemma === 'find')) {
    if (!subjectIsSource(tokens, sa, sb, rv, i)) return null;
  }
  let contentEnd = text.length;
  let rvDenial = rv.denial;
  if (rv.denial && !clausal) {
    const comma = memo.commaOrSemicolon.next(i + 1);
    if (comma < tokens.length && comma > 0) contentEnd = tokens[comma]!.start;
  }
  // "rejected claims that ...", "dismissed rumours"; but "voters rejected a ballot measure" denies nothing
  if (rv.denial && (rv.lemma === 'reject' || rv.lemma === 'dismiss') && !deniesAClaim(tokens, i)) rvDenial = false;
  if (rv.denial && tokens[i + 1] && tokens[i + 1]!.lower !== 'that') {
    // "denied speculation that it is planning lay-offs and pledged to hire 15,000": the second verb is not denied
    const k = memo.andParticiple.next(i + 2);
    if (k < tokens.length - 1) contentEnd = Math.min(contentEnd, tokens[k]!.start);
  }
  if (rv.kind === 'record') rule = 'record/subject';
  else if (rv.kind === 'data') rule = 'data/subject';
  const firstSpeakerIdx = sa;
  const verbless = memo.verbish.next(0) >= firstSpeakerIdx;
  const intro = !before && speaker.start > 0 && verbless ? { start: 0, end: speaker.start } : null;
  return {
    rule, speaker, pronoun: isPronounSpan(tokens, speaker),
    verb: { start: v.start, end: v.end, lemma: rv.lemma, index: i }, content: { start: v.end, end: contentEnd },
    tail: null, intro, hedge: rv.hedge, denial: rvDenial, clausal,
  };
}

/** "Ninety-eight new cases ... were confirmed by the Ministry of Health yesterday": the agent is the source. */
function passiveAgentFrame(input: FrameInput, i: number, rv: ReportingVerb): Frame | null {
  const { tokens, text } = input;
  if (rv.hedge || rv.denial || !vinfo(tokens[i]!).participle) return null;
  const by = tokens[i + 1];
  if (!by || by.lower !== 'by') return null;
  let end = i + 1;
  for (let k = i + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && !isPunct(t, '()&.')) break;
    if (isPunct(t, '.') && k === tokens.length - 1) break;
    if (isTimeWord(t) || (isPrep(t) && !['of', 'for'].includes(t.lower)) || hasClass(t, W_SUB) || hasClass(t, W_REL) || hasClass(t, W_ADJUNCT)) break;
    if (t.kind === 'word' && !isCapitalized(t) && (vinfo(t).strongFinite || t.aux)) break;
    end = k;
  }
  if (end <= i + 1) return null;
  const speaker = { start: tokens[i + 2]!.start, end: tokens[end]!.end };
  const v = tokens[i]!;
  return {
    rule: 'speech/passive', speaker, pronoun: false, verb: { start: v.start, end: v.end, lemma: rv.lemma, index: i },
    content: { start: 0, end: text.length }, tail: null, intro: null, hedge: false, denial: false, clausal: true,
  };
}

/** The speaker after an inverted verb: "said Ryu Hee-lim, chair of the KCSC." Null when what follows is a clause. */
function invertedSpeaker(tokens: Token[], i: number): { span: Span; endIndex: number } | null {
  const first = tokens[i + 1];
  if (!first || first.kind !== 'word') return null;
  if (!(isCapitalized(first) || ['the', 'a', 'an'].includes(first.lower) || hasClass(first, W_ROLE))) return null;
  if (hasClass(first, W_SUBJECT) || ['there', 'this', 'that', 'these', 'those'].includes(first.lower)) return null;
  let end = i + 1;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isPunct(t, ',')) {
      const n = tokens[k + 1];
      if (!n || n.kind === 'punct') break;
      const ni = vinfo(n);
      if (ni.gerund || hasClass(n, W_SUB) || hasClass(n, W_REL) || isPrep(n) || n.lower === 'according' || hasClass(n, W_ADJUNCT)) break;
      continue;
    }
    if (t.kind === 'punct' && !isPunct(t, '()&/') && !isPunct(t, '.')) break;
    if (isPunct(t, '.') && k === tokens.length - 1) break;
    if (['that', 'how', 'whether', 'if'].includes(t.lower)) return null; // "..., said the company that ..." is no inverted speaker
    if (hasClass(t, W_REL) || (hasClass(t, W_SUB) && t.lower !== 'as')) break;
    if (t.kind === 'word' && !isCapitalized(t) && t.lower !== "'s" && !hasClass(t, W_ROLE)) {
      const vi = vinfo(t);
      if (vi.strongFinite || t.aux || (vi.participle && !isDeterminer(tokens[k - 1]?.lower ?? ''))) return null;
      if (hasClass(t, W_REPORTING) && !isNounUse(tokens, k) && !isDeterminer(tokens[k - 1]?.lower ?? '')) return null;
    }
    end = k + 1;
  }
  if (end <= i + 1) return null;
  // trailing time adjuncts are not the speaker: "said police chief X on Monday"
  let last = end - 1;
  while (last > i + 1 && (isTimeWord(tokens[last]!) || tokens[last]!.lower === 'on' || hasClass(tokens[last]!, W_ADJUNCT))) last--;
  while (last > i + 1 && tokens[last]!.kind === 'punct' && !isPunct(tokens[last], ')')) last--;
  return { span: { start: tokens[i + 1]!.start, end: tokens[last]!.end }, endIndex: end };
}

type Boundary = 'start' | 'comma' | 'quote' | 'dash' | 'colon' | 'that' | 'conj' | 'sub' | 'verb' | 'paren';

/** Scans left from the verb for its subject, through appositives ("P.L. Gupta, inspector general of police
 * for the Jammu region, said") but not into introductory phrases ("In September, ...") or earlier content. */
function leftSpeaker(tokens: Token[], i: number): { span: Span | null; boundary: Boundary } {
  // skip what may stand between subject and verb: "has", "also", "on Monday", "earlier this week"
  let j = i - 1;
  while (j >= 0) {
    const t = tokens[j]!;
    if (t.aux || hasClass(t, W_ADJUNCT) || (isAdv(t) && t.lower !== 'only') || isTimeWord(t) || t.lower === 'not') { j--; continue; }
    if (t.lower === 'on' && j + 1 < i && isTimeWord(tokens[j + 1]!)) { j--; continue; }
    if (t.kind === 'num' && j > 0 && MONTHS_OR_DAYS(tokens[j - 1]!)) { j--; continue; }
    break;
  }
  const appositiveMode = j >= 0 && isPunct(tokens[j], ',');
  if (appositiveMode) j--;
  // collect back to a hard boundary; commas are soft (chunks decided below)
  let k = j;
  let boundary: Boundary = 'start';
  while (k >= 0) {
    const t = tokens[k]!;
    if (isPunct(t, ')')) {
      // the nearest "(" counts only within 8 tokens: look no further back
      const open = findOpenParen(tokens, k, k - 8);
      if (open >= 0 && k - open <= 8) { k = open - 1; continue; }
      boundary = 'paren';
      break;
    }
    if (isPunct(t, ',')) { k--; continue; }
    if (isQuote(t)) { boundary = 'quote'; break; }
    if (isDash(t)) {
      // "a notice sent to the Maine Attorney General — flagged in a report by TechCrunch — says": skip the aside
      let d = k - 1;
      while (d >= 0 && k - d <= 15 && !isDash(tokens[d]) && !isQuote(tokens[d])) d--;
      if (d >= 0 && d < k - 1 && isDash(tokens[d]) && k === j && !hasFiniteVerb(tokens, d + 1, k)) { k = d - 1; continue; }
      boundary = 'dash';
      break;
    }
    if (t.kind === 'punct' && HARD_PUNCT.has(t.text)) { boundary = t.text === ':' || t.text === ';' ? 'colon' : 'paren'; break; }
    // "Michaels, the craft store chain that confirmed a data breach earlier this year, said": inside the appositive
    if (t.lower === 'that' && !(appositiveMode && k > 0 && tokens[k - 1]!.kind === 'word' && !tokens[k - 1]!.aux && !vinfo(tokens[k - 1]!).verb)) { boundary = 'that'; break; }
    if (t.lower === 'that') { k--; continue; }
    if (hasClass(t, W_COORD) && t.lower !== '&') {
      const l = tokens[k - 1];
      const r = tokens[k + 1];
      const inName = l && r && isCapitalized(l) && isCapitalized(r);
      if (!inName && !(appositiveMode && k < j && !isPunct(l, ','))) { boundary = 'conj'; break; }
      k--;
      continue;
    }
    if (hasClass(t, W_SUB) && !(t.lower === 'as' && tokens[k - 1]?.lower === 'such') && !(appositiveMode && !hasFiniteVerb(tokens, k + 1, j + 1))) { boundary = 'sub'; break; }
    // "a notice sent to the Maine Attorney General ... says": a reduced relative inside the subject
    if (t.kind === 'word' && vinfo(t).participle && !t.aux && k > 0 && isNounLike(tokens[k - 1]!) && !isPronounWord(tokens[k - 1]!) && tokens[k + 1] && (isPrep(tokens[k + 1]!) || tokens[k + 1]!.lower === 'by')) { k--; continue; }
    if (t.kind === 'word' && !isCapitalized(t) && t.lower !== "'s" && (t.aux || vinfo(t).strongFinite || (appositiveMode && vinfo(t).participle)) && !hasClass(t, W_ROLE)) {
      // a relative clause inside the subject: "A local security official who spoke on condition of anonymity said"
      let r = k - 1;
      while (r >= 0 && k - r <= 6 && tokens[r]!.kind === 'word' && !['who', 'which', 'that'].includes(tokens[r]!.lower)) r--;
      if (r >= 0 && k - r <= 6 && (['who', 'which'].includes(tokens[r]!.lower) || (appositiveMode && tokens[r]!.lower === 'that'))) { k = r - 1; continue; }
      if (appositiveMode && vinfo(t).participle && !t.aux && !vinfo(t).strongFinite) { k--; continue; }
      boundary = 'verb';
      break;
    }
    k--;
  }
  const from = k + 1;
  if (from > j) return { span: null, boundary };
  // split [from, j] into comma chunks
  const chunks: [number, number][] = [];
  let cs = from;
  let depth = 0;
  for (let m = from; m <= j; m++) {
    const t = tokens[m]!;
    if (isPunct(t, '(')) depth++;
    if (isPunct(t, ')')) depth--;
    if (depth === 0 && isPunct(t, ',')) { if (m > cs) chunks.push([cs, m - 1]); cs = m + 1; }
  }
  if (cs <= j) chunks.push([cs, j]);
  if (chunks.length === 0) return { span: null, boundary };
  // the chunk next to the verb, then appositive partners to its left
  let take = chunks.length - 1;
  const leftIsHard = (c: number) => c === 0;
  if (appositiveMode) {
    // "X, role, and more role, said": keep every chunk back to an introductory one
    while (take > 0 && !isIntroChunk(tokens, chunks[take - 1]!)) take--;
  } else {
    while (take > 0) {
      const cur = chunks[take]!;
      const left = chunks[take - 1]!;
      if (isIntroChunk(tokens, left)) break;
      const pair =
        (isRoleChunk(tokens, cur) && !endsWithPersonName(tokens, cur) && isNameChunk(tokens, left)) ||
        (isNameChunk(tokens, cur) && isRoleChunk(tokens, left) && !isNameChunk(tokens, left) && leftIsHard(take - 1)) ||
        (isPlaceChunk(tokens, cur) && take === chunks.length - 1);
      if (!pair) break;
      take--;
    }
  }
  let s = chunks[take]![0];
  const e = chunks[chunks.length - 1]![1];
  // drop leading conjunctions, adverbs and subordinators ("However, ...", "But Mr Emefiele")
  const adjectival = (k: number) => k + 1 < e && vinfo(tokens[k + 1]!).participle; // "Previously reported figures"
  while (s <= e && (hasClass(tokens[s]!, W_COORD) || ((INTRO_WORDS.has(tokens[s]!.lower) || (isAdv(tokens[s]!) && !isCapitalizedName(tokens, s))) && !adjectival(s)))) s++;
  if (s > e) return { span: null, boundary };
  // "Earlier in the week Valleywag published", "On Tuesday the court said": past a short prepositional phrase
  if (isPrep(tokens[s]!) && !(tokens[s]!.lower === 'at' && tokens[s + 1]?.lower === 'least')) {
    let k2 = s + 1;
    let timeLike = false;
    while (k2 <= e && (isDet(tokens[k2]!) || tokens[k2]!.kind === 'num' || isTimeWord(tokens[k2]!))) { if (!isDet(tokens[k2]!)) timeLike = true; k2++; }
    if (k2 <= e && !isCapitalized(tokens[k2]!) && ['week', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time', 'meantime', 'interim', 'statement', 'interview', 'addition', 'response', 'turn', 'short', 'total', 'all', 'general', 'particular', 'fact', 'part', 'contrast', 'comparison'].includes(tokens[k2]!.lower)) { k2++; timeLike = true; }
    if (timeLike && k2 <= e && (isDet(tokens[k2]!) || isCapitalized(tokens[k2]!))) s = k2;
  }
  // a prepositional phrase is no speaker ("In a Humanitarian Bulletin published ..."), nor "Led in evidence"
  if ((isPrep(tokens[s]!) && !(tokens[s]!.lower === 'at' && tokens[s + 1]?.lower === 'least')) || ['than', 'so'].includes(tokens[s]!.lower)) return { span: null, boundary: 'verb' };
  if ((vinfo(tokens[s]!).participle || vinfo(tokens[s]!).gerund) && s < e && isPrep(tokens[s + 1]!)) return { span: null, boundary: 'verb' };
  let end = e;
  while (end > s && (isTimeWord(tokens[end]!) || hasClass(tokens[end]!, W_ADJUNCT) || (tokens[end]!.lower === 'on' && end < e))) end--;
  if (end > s && tokens[end]!.lower === 'on') end--;
  return { span: { start: tokens[s]!.start, end: tokens[end]!.end }, boundary };
}

const MONTHS_OR_DAYS = (t: Token) => isTimeWord(t);

function isCapitalizedName(tokens: Token[], s: number): boolean {
  return isCapitalized(tokens[s]!) && tokens[s + 1] !== undefined && isCapitalized(tokens[s + 1]!);
}

function findOpenParen(tokens: Token[], close: number, floor = 0): number {
  for (let k = close - 1; k >= 0 && k >= floor; k--) if (isPunct(tokens[k], '(')) return k;
  return -1;
}

function isIntroChunk(tokens: Token[], [s, e]: [number, number]): boolean {
  const first = tokens[s]!;
  if (first.lower === 'at' && tokens[s + 1]?.lower === 'least') return false;
  if (hasClass(first, W_SUB) || INTRO_WORDS.has(first.lower)) return true;
  if (isAdv(first) && s < e && (hasClass(tokens[s + 1]!, W_SUB) || isPrep(tokens[s + 1]!))) return true; // "Shortly after ..."

  if (isPrep(first)) return !hasFiniteVerb(tokens, s + 1, e + 1);
  // "Suspected Islamic militants shot dead at least 22 Hindus ...", "Fallen Chinese politician Bo Xilai
  // denied ...": a clause, not an introduction ("Led in evidence by the EFCC counsel")
  if (hasFiniteVerb(tokens, s + 1, e + 1) || hasVerbForm(tokens, s + 1, e + 1)) return false;
  if (isAdv(first) && !isCapitalizedName(tokens, s)) return true;
  if (isTimeWord(first) || first.kind === 'num') return true;
  if (isTimePhrase(tokens, s, e)) return true; // "Last week", "the previous week"
  const fi = vinfo(first);
  if ((fi.participle || fi.gerund) && !tagsOf(first).has('Noun') && !hasClass(first, W_ROLE)) return true;
  // a dateline: "LAGOS", "FCT, Abuja -"
  if (e === s && /^\p{Lu}{2,}$/u.test(first.text) && tokens.length > e + 2) return false;
  return false;
}

const TIME_NOUNS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'decade', 'quarter']);
const CLAIM_NOUNS = new Set(['claim', 'claims', 'report', 'reports', 'rumour', 'rumours', 'rumor', 'rumors', 'allegation', 'allegations', 'accusation', 'accusations', 'speculation', 'suggestion', 'suggestions', 'story', 'stories', 'charge', 'charges', 'figure', 'figures', 'estimate', 'estimates', 'account', 'accounts', 'assertion', 'assertions', 'notion', 'idea']);
function deniesAClaim(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' || CLAIM_NOUNS.has(t.lower)) return true;
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** Every token of [s, e] a time noun or word, a time modifier or a number, and at least one a time. */
function isTimePhrase(tokens: Token[], s: number, e: number): boolean {
  const memo = memoOf(tokens);
  return memo.notTimePhraseWord.next(s) > e && memo.timeNoun.next(s) <= e;
}
const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'previous', 'the', 'a', 'earlier', 'later', 'same', 'early', 'late', 'recent', 'past', 'following', 'preceding', 'that']);
const isTimeNounOrWord = (t: Token) => TIME_NOUNS.has(t.lower) || isTimeWord(t);

/** "local police spokesman Lt. Michel Brunet": a role followed by a name ends the chunk. */
function endsWithPersonName(tokens: Token[], [s, e]: [number, number]): boolean {
  let k = e;
  let caps = 0;
  while (k >= s && isCapitalized(tokens[k]!) && !hasClass(tokens[k]!, W_ROLE)) { caps++; k--; }
  return caps >= 1 && k >= s && (hasClass(tokens[k]!, W_ROLE) || /^(?:mr|mrs|ms|dr|lt|sgt|gen|col|capt|insp|gov|sen|rep|prof|supt|det)\.?$/i.test(tokens[k]!.text));
}

function isNameChunk(tokens: Token[], [s, e]: [number, number]): boolean {
  if (e - s > 5) return false;
  const first = tokens[s]!;
  if (!isCapitalized(first) || isPrep(first) || isDet(first)) return false;
  for (let k = s; k <= e; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num') return false;
    if (t.kind === 'punct' && !isPunct(t, '.-')) return false;
    if (t.kind === 'word' && !isCapitalized(t) && !NAME_PARTICLES.has(t.lower)) return false;
  }
  return true;
}

function isRoleChunk(tokens: Token[], [s, e]: [number, number]): boolean {
  const first = tokens[s]!;
  if (first.lower === 'one' && tokens[s + 1]?.lower === 'of') return true;
  for (let k = s; k <= e; k++) {
    const t = tokens[k]!;
    if (hasClass(t, W_ROLE) || tagsOf(t).has('Actor')) return true;
  }
  return ['the', 'a', 'an'].includes(first.text) && e - s <= 10;
}

function isPlaceChunk(tokens: Token[], [s, e]: [number, number]): boolean {
  return e - s <= 2 && isCapitalized(tokens[s]!) && tokensInRange(tokens, s, e).every((t) => isPlaceWord(t.lower) || isCapitalized(t)) && isPlaceWord(tokens[e]!.lower);
}

function tokensInRange(tokens: Token[], s: number, e: number): Token[] {
  return tokens.slice(s, e + 1);
}

/** Is there text before the speaker (its first token at `idx`) that the speaker reports (not just an
 * introductory phrase)? */
function contentBeforeSpeaker(tokens: Token[], idx: number): boolean {
  let k = idx - 1;
  while (k >= 0 && (isPunct(tokens[k], ',') || isQuote(tokens[k]) || isDash(tokens[k]))) k--;
  if (k < 0) return false;
  if (isQuote(tokens[idx - 1]) || (isPunct(tokens[idx - 1], ',') && isQuote(tokens[idx - 2]))) return true;
  // every comma chunk before the speaker introductory, or a dateline ("LONDON, March 22 --")? The chunks
  // that end before k are the sentence's own (judged once per sentence); the last one ends at k.
  return !memoOf(tokens).chunksBeforeAllIntro(k);
}

function isIntroOrDatelineChunk(tokens: Token[], s: number, e: number): boolean {
  return isIntroChunk(tokens, [s, e]) || isDatelineChunk(tokens, s, e);
}

function isDatelineChunk(tokens: Token[], s: number, e: number): boolean {
  // the chunk's tokens but parentheses: none or more than five is no dateline
  const memo = memoOf(tokens);
  const ts: Token[] = [];
  for (let k = memo.notParen.next(s); k <= e; k = memo.notParen.next(k + 1)) {
    if (ts.length === 5) return false;
    ts.push(tokens[k]!);
  }
  if (ts.length === 0) return false;
  if (ts.every((t) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.text) || t.kind === 'num' || isTimeWord(t) || isCapitalized(t))) {
    // "SEOUL", "LONDON, March 22", "(Reuters)", "Lagos:" at the very start
    return s === 0 || ts.every((t) => isCapitalized(t) || t.kind === 'num');
  }
  return false;
}

/** Where a trailing frame's own words end: before a subordinate clause ("said after a jury returned ..."). */
function tailEnd(tokens: Token[], from: number, stop: number): number {
  const r = Math.min(memoOf(tokens).subordinatorOrRelative.next(from), stop);
  return r > from ? tokens[r - 1]!.end : tokens[from - 1]!.end;
}

/** Content of a trailing frame: the matching quotation if the speaker follows one, else the sentence start. */
function contentBeforeIndex(input: FrameInput, boundaryIdx: number): Span {
  const { tokens, quotes } = input;
  let k = boundaryIdx;
  while (k >= 0 && isPunct(tokens[k], ',')) k--;
  const end = k >= 0 ? tokens[k]!.end : 0;
  const closing = tokens[k];
  if (closing && isQuote(closing)) {
    const q = quoteEndingAt(quotes, closing.end);
    if (q) return { start: q.start, end: q.end };
  }
  if (k >= 1 && isPunct(tokens[k], ',') && isQuote(tokens[k - 1])) {
    const q = quoteEndingAt(quotes, tokens[k - 1]!.end);
    if (q) return { start: q.start, end: q.end };
  }
  return { start: 0, end: Math.max(end, 0) };
}

function skipListener(tokens: Token[], from: number): number {
  let k = from;
  let n = 0;
  while (k < tokens.length && n < 6) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || LISTENER_STOP.has(t.lower) || isTimeWord(t) || t.lower === 'on' || t.lower === 'in') break;
    if (n > 0 && (vinfo(t).strongFinite || t.aux) && !isCapitalized(t)) break;
    k++;
    n++;
  }
  return k;
}

/** The next comma, semicolon or sentence end after `from`, not counting commas inside parentheses. */
function nextStop(tokens: Token[], from: number): number {
  return memoOf(tokens).nextStop(from);
}

// Verbs whose content is a clause even past a comma ("said Senate President, Bukola Saraki transfered ...").
const CLAUSE_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'note', 'explain', 'insist', 'warn', 'stress', 'emphasize', 'emphasise', 'reiterate',
  'declare', 'assert', 'maintain', 'argue', 'testify', 'narrate', 'tweet', 'write', 'comment', 'remark', 'recall',
  'acknowledge', 'admit', 'concede', 'believe', 'think', 'suspect', 'expect', 'predict', 'estimate', 'claim',
  'allege', 'fear', 'speculate', 'inform', 'assure', 'confirm', 'announce', 'report', 'reveal', 'disclose',
  'show', 'indicate', 'suggest',
]);

/** Where a clause-taking verb's content may end: the next "according to", a closing quote's attribution, or the end. */
function endOfClauseScan(tokens: Token[], from: number): number {
  return memoOf(tokens).according.next(from);
}

const NOUNISH_REPORTING = new Set([
  'report', 'reports', 'state', 'states', 'estimate', 'estimates', 'claim', 'claims', 'count', 'counts', 'record',
  'records', 'release', 'releases', 'show', 'shows', 'point', 'points', 'place', 'places', 'note', 'notes',
  'comment', 'comments', 'tweet', 'tweets', 'document', 'documents', 'forecast', 'forecasts', 'project', 'projects',
  'fear', 'fears', 'find', 'finds', 'log', 'logs', 'tally', 'register', 'registers', 'repeat', 'remark', 'remarks',
  'read', 'reads', 'mention', 'mentions', 'stress', 'warning', 'suspect', 'suspects', 'deny', 'reject',
]);

/** Reporting forms that are also nouns ("the UNOCHA report further said", "a Forbes report claiming"). */
function isNounUse(tokens: Token[], i: number): boolean {
  const v = tokens[i]!;
  const info = vinfo(v);
  // only base and -s forms of some verbs are also nouns ("report", "reports", "state", "estimate");
  // "said", "reported", "says" are not
  if (info.participle || info.gerund) return false;
  const tags = tagsOf(v);
  if (!(NOUNISH_REPORTING.has(v.lower) || info.ambiguousS || info.ambiguousBase || tags.has('Singular') || tags.has('Plural') || tags.has('Noun'))) return false;
  const prev = tokens[i - 1];
  if (prev && hasClass(prev, W_SUBJECT)) return false; // "He put last year's rate at 12.4 percent"
  if (prev && prev.kind === 'word' && !isCapitalized(prev) && tagsOf(prev).has('Adjective') && !isAdv(prev)) return true;
  let k = i + 1;
  while (k < tokens.length && (isAdv(tokens[k]!) || hasClass(tokens[k]!, W_ADJUNCT)) && tokens[k]!.lower !== 'that') k++;
  const next = tokens[k];
  if (!next) return false;
  // "The Health Ministry releases new data" (a name, then its verb); "Press releases show", "The UNOCHA
  // report further said" (compounds, a verb follows)
  if (prev && isCapitalized(prev) && i >= 2 && (isCapitalized(tokens[i - 2]!) || isDet(tokens[i - 2]!)) && k === i + 1 && next.kind === 'word' && !vinfo(next).strongFinite && !vinfo(next).participle && !next.aux) return false;
  if (next.kind === 'punct') return !(isPunct(next, ',.:') || isQuote(next));
  if (CONTENT_CUES.has(next.lower) || hasClass(next, W_SUBJECT) || isDet(next) || next.kind === 'num' || isCapitalized(next)) return false;
  if (['its', 'their', 'his', 'her', 'our', 'on', 'in', 'to', 'last', 'next', 'previous'].includes(next.lower)) return false;
  return true;
}

/** Any verb form (finite, participle, ambiguous -s) among tokens [from, to): a clause rather than a name. */
function hasVerbForm(tokens: Token[], from: number, to: number): boolean {
  return memoOf(tokens).verbForm.any(from, to);
}

function verbFormAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || isCapitalized(t) || t.lower === "'s") return false;
  const prev = tokens[k - 1];
  if (prev && (isDet(prev) || prev.lower === "'s")) return false;
  const vi = vinfo(t);
  if (t.aux || (vi.strongFinite && !(prev && (prev.kind === 'num' || isNumberish(prev))))) return true;
  // "Bukola Saraki transfered over $3 million": a past form after its subject, not "as requested."
  const next = tokens[k + 1];
  return !!(vi.participle && prev && prev.kind === 'word' && !isPrep(prev) && !isDet(prev) && prev.lower !== 'as' && next && next.kind !== 'punct' && !(isNounLike(next) && !isPrep(next) && !isDet(next) && next.kind !== 'num'));
}

/** Any verb form at k: does text after a comma read as a clause ("336 died in ...") rather than a name? */
function anyVerbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || isCapitalized(t) || t.lower === "'s") return false;
  const prev = tokens[k - 1];
  if (prev && (isDet(prev) || prev.lower === "'s")) return false;
  const vi = vinfo(t);
  return t.aux || vi.strongFinite || (vi.participle && !(tokens[k + 1] && isNounLike(tokens[k + 1]!) && !isPrep(tokens[k + 1]!)));
}

/** A finite verb (auxiliary or unambiguous finite form) among tokens [from, to). */
export function hasFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  return memoOf(tokens).finite.any(from, to);
}

function finiteAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || (isCapitalized(t) && k > 0)) return false;
  if (t.lower === "'s") return false;
  const prev = tokens[k - 1];
  if (prev && (isDet(prev) || prev.lower === "'s" || prev.kind === 'num' || isNumberish(prev))) return false;
  const next = tokens[k + 1];
  if (t.lower.endsWith('s') && next && (next.lower === 'of' || isPunct(next, '.,'))) return false; // "reports of", "suspects."
  return t.aux || vinfo(t).strongFinite;
}

function isPronounWord(t: Token): boolean {
  return hasClass(t, W_SUBJECT);
}

function isNounLike(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const tags = tagsOf(t);
  return tags.has('Noun') || tags.has('Singular') || tags.has('Plural') || tags.has('ProperNoun') || tags.has('Actor') || isCapitalized(t);
}

function skipBack(tokens: Token[], k: number, skip: (t: Token) => boolean): number {
  while (k >= 0 && skip(tokens[k]!)) k--;
  return k;
}

/** The tokens inside a span (tokens are sorted and disjoint: a contiguous run). */
export function tokensIn(tokens: Token[], span: Span): Token[] {
  const [a, b] = spanRange(tokens, span);
  return a < b ? tokens.slice(a, b) : [];
}

/** [a, b): the indices of the tokens inside a span. */
export function spanRange(tokens: Token[], span: Span): [number, number] {
  const a = firstTokenFrom(tokens, span.start);
  const b = firstTokenEndingAfter(tokens, span.end, a);
  return [a, b];
}

function isPronounSpan(tokens: Token[], span: Span): boolean {
  const [a, b] = spanRange(tokens, span);
  return b - a === 1 && hasClass(tokens[a]!, W_SUBJECT);
}

function hasThatWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.lower === 'that') return true;
  return false;
}

/** For `record` and `data` verbs, and "find" with an object: is the subject a source? */
function subjectIsSource(tokens: Token[], sa: number, sb: number, rv: ReportingVerb, verbIndex: number): boolean {
  const head = headNoun(tokens, sa, sb);
  if (!head) return false;
  // "Data released so far points to ...": a reduced relative, not "Data released 5 figures"
  const after = tokens[verbIndex + 1];
  if (rv.kind === 'record' && (!after || after.kind === 'punct' || ['so', 'as', 'by', 'since', 'earlier', 'on', 'in', 'at', 'during', 'from'].includes(after.lower) || isTimeWord(after))) return false;
  if (rv.kind === 'data' || rv.lemma === 'find') return DATA_NOUNS.has(head.lower);
  if (DATA_NOUNS.has(head.lower)) return true;
  if (NON_SOURCE_HEADS.has(head.lower)) return false;
  if (isPlaceSpeaker(tokens, sa, sb)) return false;
  // the object must follow: "recorded nearly 96,000 videos", not "incidents recorded so far"
  const next = tokens[verbIndex + 1];
  if (!next || next.kind === 'punct' || (isPrep(next) && next.lower !== 'up') || ['so', 'as', 'by'].includes(next.lower)) return false;
  if (rv.lemma === 'receive') {
    const window = tokens.slice(verbIndex + 1, verbIndex + 8);
    return window.some((t) => RECEIVED_OBJECTS.has(t.lower));
  }
  return true;
}

function headNoun(tokens: Token[], sa: number, sb: number): Token | undefined {
  // the last word before a preposition or relative: "Data from 2019" -> Data; "The commission's results
  // released Monday" -> results
  let head: Token | undefined;
  for (let k = sa; k < sb; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') { if (head) break; continue; }
    if (isPrep(t) || hasClass(t, W_REL)) break;
    if (vinfo(t).participle && head && !isCapitalized(t)) break;
    if (t.lower === "'s") continue;
    head = t;
  }
  return head;
}

function isPlaceSpeaker(tokens: Token[], sa: number, sb: number): boolean {
  const words: Token[] = [];
  for (let k = sa; k < sb; k++) if (tokens[k]!.kind === 'word') words.push(tokens[k]!);
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  if (words.every((t) => isCapitalized(t)) && (COMPASS.has(words[0]!.lower) || PLACE_SUFFIXES.has(last.lower) || isPlaceWord(last.lower))) return true;
  return false;
}

/** The subject of the sentence's main clause, past introductory phrases: "In 2019, it was discovered" -> it. */
export function sentenceSubject(tokens: Token[]): Span | null {
  const memo = memoOf(tokens);
  if (memo.subject === undefined) memo.subject = computeSentenceSubject(tokens);
  return memo.subject;
}

function computeSentenceSubject(tokens: Token[]): Span | null {
  let s = 0;
  // skip introductory comma chunks and datelines
  for (;;) {
    let comma = -1;
    for (let k = s; k < tokens.length && k < s + 25; k++) {
      if (isPunct(tokens[k], ',') || isDash(tokens[k])) { comma = k; break; }
      if (k > s && (tokens[k]!.aux || vinfo(tokens[k]!).strongFinite || hasClass(tokens[k]!, W_REPORTING))) break;
    }
    if (comma > s && (isIntroChunk(tokens, [s, comma - 1]) || isDatelineChunk(tokens, s, comma - 1))) { s = comma + 1; continue; }
    break;
  }
  while (s < tokens.length && (tokens[s]!.kind === 'punct' || INTRO_WORDS.has(tokens[s]!.lower) || hasClass(tokens[s]!, W_COORD))) s++;
  let e = s;
  for (let k = s; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && !isPunct(t, '()&.-')) break;
    if (k > s && !isCapitalized(t) && (t.aux || vinfo(t).strongFinite || hasClass(t, W_REPORTING) || (vinfo(t).participle && !isDet(tokens[k - 1]!)))) break;
    if (hasClass(t, W_REL) && k > s) break;
    e = k + 1;
  }
  while (e > s && (isAdv(tokens[e - 1]!) || hasClass(tokens[e - 1]!, W_ADJUNCT))) e--;
  if (e <= s) return null;
  return { start: tokens[s]!.start, end: tokens[e - 1]!.end };
}

// ---------------------------------------------------------------------------------------------
// Per-sentence memos: what many frames of one sentence ask about the same tokens ("is there a finite
// verb between here and the end?", "where is the next comma?") is answered once for the sentence. Keyed
// by the token array of the sentence being analyzed (token arrays are never changed once made).

class SentenceMemo {
  constructor(readonly tokens: Token[]) {}
  subject: Span | null | undefined = undefined;

  private next(pred: (t: Token, k: number) => boolean): NextTrue {
    const tokens = this.tokens;
    return new NextTrue(tokens.length, (k) => pred(tokens[k]!, k));
  }

  private _finite?: NextTrue;
  get finite(): NextTrue { return (this._finite ??= this.next((_, k) => finiteAt(this.tokens, k))); }
  private _verbForm?: NextTrue;
  get verbForm(): NextTrue { return (this._verbForm ??= this.next((_, k) => verbFormAt(this.tokens, k))); }
  private _anyVerb?: NextTrue;
  get anyVerb(): NextTrue { return (this._anyVerb ??= this.next((_, k) => anyVerbAt(this.tokens, k))); }
  private _according?: NextTrue;
  get according(): NextTrue { return (this._according ??= this.next((t) => t.lower === 'according')); }
  private _npBreak?: NextTrue;
  /** where the noun phrase of "according to" ends: a comma, a stop, a dash or a quotation mark */
  get npBreak(): NextTrue { return (this._npBreak ??= this.next((t) => isPunct(t, ',') || isPunct(t, ';:') || isDash(t) || isQuote(t) || isPunct(t, '.!?'))); }
  private _appositionComma?: NextTrue;
  get appositionComma(): NextTrue {
    return (this._appositionComma ??= this.next((t, k) => {
      const next = this.tokens[k + 1];
      return isPunct(t, ',') && next !== undefined && ['a', 'an', 'the', 'which', 'who'].includes(next.text);
    }));
  }
  private _notAccordingIntro?: NextTrue;
  /** a token (not a comma or quotation mark) that cannot stand before an introductory "according to" */
  get notAccordingIntro(): NextTrue {
    return (this._notAccordingIntro ??= this.next((x) => (x.kind !== 'punct' || !isPunct(x, ',"“”\'‘’')) && !(ACCORDING_INTRO.has(x.lower) || isTimeWord(x) || x.kind === 'num')));
  }
  private _cue?: NextTrue;
  get cue(): NextTrue { return (this._cue ??= this.next((t) => CONTENT_CUES.has(t.lower) || isPunct(t, ':') || isQuote(t))); }
  private _cueNoQuote?: NextTrue;
  get cueNoQuote(): NextTrue { return (this._cueNoQuote ??= this.next((t) => CONTENT_CUES.has(t.lower) || isPunct(t, ':'))); }
  private _commaOrSemicolon?: NextTrue;
  get commaOrSemicolon(): NextTrue { return (this._commaOrSemicolon ??= this.next((t) => isPunct(t, ',;'))); }
  private _andParticiple?: NextTrue;
  /** "and" before a lower-case participle ("... and pledged to hire") */
  get andParticiple(): NextTrue {
    return (this._andParticiple ??= this.next((t, k) => {
      const next = this.tokens[k + 1];
      return next !== undefined && t.lower === 'and' && vinfo(next).participle && !isCapitalized(next);
    }));
  }
  private _verbish?: NextTrue;
  get verbish(): NextTrue { return (this._verbish ??= this.next((t) => t.kind === 'word' && !isCapitalized(t) && (vinfo(t).verb || t.aux))); }
  private _notParen?: NextTrue;
  get notParen(): NextTrue { return (this._notParen ??= this.next((t) => t.kind !== 'punct' || !isPunct(t, '()'))); }
  private _subordinatorOrRelative?: NextTrue;
  get subordinatorOrRelative(): NextTrue { return (this._subordinatorOrRelative ??= this.next((t) => hasClass(t, W_SUB) || hasClass(t, W_REL))); }
  private _notTimePhraseWord?: NextTrue;
  get notTimePhraseWord(): NextTrue { return (this._notTimePhraseWord ??= this.next((t) => !(isTimeNounOrWord(t) || TIME_MODIFIERS.has(t.lower) || t.kind === 'num'))); }
  private _timeNoun?: NextTrue;
  get timeNoun(): NextTrue { return (this._timeNoun ??= this.next((t) => isTimeNounOrWord(t))); }

  private _lastWord?: number;
  lastWord(): number { return (this._lastWord ??= lastWordBefore(this.tokens, this.tokens.length)); }
  private _lastNonPunct?: number;
  lastNonPunct(): number {
    return (this._lastNonPunct ??= (() => {
      let k = this.tokens.length - 1;
      while (k >= 0 && this.tokens[k]!.kind === 'punct') k--;
      return k;
    })());
  }

  // nextStop: the next comma, semicolon or dash at parenthesis depth 0 (a ")" without its "(" is ignored)
  private _plainStop?: NextTrue;
  private _open?: NextTrue;
  private _match?: number[];
  private _stopAfterOpen?: number[];
  nextStop(from: number): number {
    const tokens = this.tokens;
    const n = tokens.length;
    const plain = (this._plainStop ??= this.next((t) => isPunct(t, ',;') || isDash(t)));
    const open = (this._open ??= this.next((t) => isPunct(t, '(')));
    let k = from;
    let visited: number[] | null = null;
    let ans: number;
    for (;;) {
      const s = plain.next(k);
      const o = open.next(k);
      if (o >= s) { ans = s; break; }
      // inside "(" ... ")" nothing stops; past the matching ")" the depth is 0 again
      const memo = (this._stopAfterOpen ??= new Array<number>(n).fill(0));
      if (memo[o] !== 0) { ans = memo[o]! - 1; break; }
      (visited ??= []).push(o);
      const c = this.matchOf(o);
      if (c < 0) { ans = n; break; }
      k = c + 1;
    }
    if (visited) for (const o of visited) this._stopAfterOpen![o] = ans + 1;
    return ans;
  }
  private matchOf(o: number): number {
    const match = (this._match ??= (() => {
      const m = new Array<number>(this.tokens.length).fill(-1);
      const stack: number[] = [];
      for (let k = 0; k < this.tokens.length; k++) {
        const t = this.tokens[k]!;
        if (isPunct(t, '(')) stack.push(k);
        else if (isPunct(t, ')') && stack.length) m[stack.pop()!] = k;
      }
      return m;
    })());
    return match[o]!;
  }

  // contentBeforeSpeaker: the comma/dash/colon chunks of the sentence, judged introductory in order
  private _separators?: number[];
  private chunkVerdicts: boolean[] = [];
  /** Is every chunk of tokens [0, k] (split at commas, dashes and colons) introductory or a dateline? */
  chunksBeforeAllIntro(k: number): boolean {
    const tokens = this.tokens;
    const seps = (this._separators ??= (() => {
      const out: number[] = [];
      for (let m = 0; m < tokens.length; m++) {
        const t = tokens[m]!;
        if (isPunct(t, ',') || isDash(t) || isPunct(t, ':')) out.push(m);
      }
      return out;
    })());
    // separators at or before k close the whole chunks; the chunk after the last of them ends at k
    let lo = 0;
    let hi = seps.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (seps[mid]! <= k) lo = mid + 1;
      else hi = mid;
    }
    const whole = lo;
    const verdicts = this.chunkVerdicts;
    for (let j = 0; j < whole; j++) {
      if (j === verdicts.length) {
        const cs = j === 0 ? 0 : seps[j - 1]! + 1;
        const ce = seps[j]! - 1;
        verdicts.push(ce < cs || isIntroOrDatelineChunk(tokens, cs, ce));
      }
      if (!verdicts[j]) return false;
    }
    const cs = whole === 0 ? 0 : seps[whole - 1]! + 1;
    return cs > k || isIntroOrDatelineChunk(tokens, cs, k);
  }
}

let memoTokens: Token[] | null = null;
let memo: SentenceMemo | null = null;
function memoOf(tokens: Token[]): SentenceMemo {
  if (memoTokens !== tokens || memo === null) {
    memoTokens = tokens;
    memo = new SentenceMemo(tokens);
  }
  return memo;
}

let quotesKey: Span[] | null = null;
let quotesByEnd: Map<number, Span> | null = null;
/** The first quotation (in the sentence's order) that ends at `end`. */
function quoteEndingAt(quotes: Span[], end: number): Span | undefined {
  if (quotesKey !== quotes || quotesByEnd === null) {
    quotesKey = quotes;
    quotesByEnd = new Map();
    for (const q of quotes) if (!quotesByEnd.has(q.end)) quotesByEnd.set(q.end, q);
  }
  return quotesByEnd.get(end);
}
