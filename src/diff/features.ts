// What the grouping needs to know about one claim, computed once: its topic words (weighted towards
// the words around its own figure), the frame it is stated in (a fact, a legal maximum, a demand, a
// change), where and when it holds, and its figure as a comparable range.
import type { ClaimRow, MentionRow } from '../output/schema.js';
import { toSingular } from '../nlp/nlp.js';
import { foldPredicate, lemmaOf, tokenize, WEAK } from './lemmas.js';
import { scopeOf, periodOf, type TimeScope } from './time-scope.js';
import { unitClassesIn, type FigureLike } from './tolerance.js';

/**
 * The way a figure is stated. Figures in different frames are never compared: "sentenced to 16 years"
 * is not contradicted by "prosecutors had asked for 18 years" nor by "a maximum of 20 years".
 */
export type Frame = 'fact' | 'possible' | 'request' | 'change-up' | 'change-down';

export interface Conversion {
  currency: string;
  value: number;
  text: string;
}

export interface EventDate {
  start: number;
  end: number;
  text: string;
  value: string;
  from: number;
  to: number;
  /** the text names the date ("In 2019"), rather than it being worked out ("last week") */
  explicit: boolean;
}

export interface ClaimFeatures {
  index: number;
  claim: ClaimRow;
  /** lemma -> weight: 1 near this claim's own figure, 0.5 elsewhere in the sentence */
  words: Map<string, number>;
  /** lemmas used as verbs in the sentence */
  verbs: Set<string>;
  /** verbs nearer this claim's figure than any other figure of the sentence */
  ownVerbs: Set<string>;
  frame: Frame;
  /** places the figure is scoped to ("13 in neighbouring Qinghai province") */
  places: Set<string>;
  /** a running total ("the death toll rose to", "so far this year", "has killed"): later counts differ, not conflict */
  evolving: boolean;
  /** names written near the figure ("the SEC's", "Federal Trade Commission"), lower-cased */
  names: Set<string>;
  scope: TimeScope;
  figure: FigureLike | null;
  conversions: Conversion[];
  /** unit classes named in the sentence, for a figure without a unit of its own ("297") */
  unitWords: Set<string>;
  subject: string | null;
  subjectLabel: string | null;
  predicate: string | null;
  eventDate: EventDate | null;
}

const POSSIBLE = /\b(?:punishable|liable|subject to|maximum|max\.|can be|could be|could face|could get|may face|might face|faces? up to|facing up to|carr(?:y|ies|ying)|would face|could|might|expected to|forecast|projected|predicted|likely)\b/i;
const POSSIBLE_CASED = /\bmay\b/; // lower-case only: "May" is a month
const REQUEST = /\b(?:sought|seeks?|seeking|requested|requesting|asked|asking|demanded|demanding|proposed|proposing|urged|urging|called for|calling for|recommended|wants?|wanted)\b/i;
const CHANGE_AFTER = /^\s*\S+\s+(?:more|additional|extra|further)\b/i;
const CHANGE_BEFORE = /\b(?:another|an additional|a further|an extra|additional|increase of|rise of|decrease of|fall of|drop of)\s*$/i;
const EVOLVING = /\b(?:toll|tally|so far|as of|to date|rose to|risen to|rises to|rising to|climbed to|climbs to|jumped to|increased to|has risen|have risen|had risen|running total|latest (?:figures?|count))\b/i;
const CASUALTY_ACTS = new Set(['kill', 'injure', 'miss', 'displace', 'evacuate', 'infect', 'hospitalize', 'rescue', 'strand']);
const NOT_A_POINT = /^(?:since|until|till|by|before|after|from|through|between|within|over|during the past|in the past|over the past)\b/i;
const CLAUSE_BREAK = /[;:—–]/g;

const NOT_PLACES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'This', 'That', 'A', 'An', 'His', 'Her', 'Its', 'Their',
]);

export interface FeatureContext {
  /** figure spans of the other claims built on the same sentence */
  siblings: { start: number; end: number }[];
  /** conversions linked to this claim's amount (mentions with equivalent_of in the same claim) */
  conversions: Conversion[];
}

export function claimFeatures(index: number, claim: ClaimRow, ctx: FeatureContext): ClaimFeatures {
  const fig = claim.figure;
  const own = fig ? { start: fig.start, end: fig.end } : claim.date && claim.date.start !== null ? { start: claim.date.start, end: claim.date.end ?? claim.date.start } : null;
  const blocked = [...ctx.siblings, ...(own ? [own] : [])];
  if (claim.date && claim.date.start !== null && claim.date.end !== null) blocked.push({ start: claim.date.start, end: claim.date.end });

  const words = new Map<string, number>();
  const verbs = new Set<string>();
  const ownVerbs = new Set<string>();
  const names = new Set<string>();
  const tokens = tokenize(claim.text, claim.start);
  for (const t of tokens) {
    if (blocked.some((s) => t.start < s.end && s.start < t.end)) continue;
    let w = 1;
    if (fig && ctx.siblings.length) {
      const mine = distance(t, fig);
      if (ctx.siblings.some((s) => distance(t, s) < mine)) w = 0.5;
    }
    if (WEAK.has(t.lemma)) w *= 0.5;
    if ((words.get(t.lemma) ?? 0) < w) words.set(t.lemma, w);
    if (t.capitalized && w >= 1 && !NOT_PLACES.has(t.surface)) names.add(t.lemma);
    if (t.verb) {
      verbs.add(t.lemma);
      if (w >= 0.5 && !(fig && ctx.siblings.length && ctx.siblings.some((s) => distance(t, s) < distance(t, fig)))) ownVerbs.add(t.lemma);
    }
  }

  // the nouns as written too: "deaths" folds to the topic word "kill" but counts people
  const unitWords = unitClassesIn(tokens.flatMap((t) => [t.lemma, t.surface.toLowerCase(), toSingular(t.surface)]));

  const subject = claim.subject?.canonical ?? null;
  return {
    index,
    claim,
    words,
    verbs,
    ownVerbs,
    frame: fig ? frameOf(claim, fig) : 'fact',
    places: fig ? placesOf(claim, fig, ctx.siblings) : new Set(),
    // casualty counts grow by the hour: two outlets a day apart differ without contradicting each other
    evolving: EVOLVING.test(claim.text) || [...ownVerbs, foldPredicate(claim.predicate)].some((v) => v !== null && CASUALTY_ACTS.has(v)),
    names,
    scope: scopeOf(claim.date, claim.published),
    figure: fig
      ? { text: fig.text, value: fig.value, value_max: fig.value_max, unit: fig.unit, measure: fig.measure, qualifier: fig.qualifier, currency: fig.currency, change: fig.change }
      : null,
    conversions: ctx.conversions,
    unitWords,
    subject: subject ? subject.toLowerCase() : null,
    subjectLabel: claim.subject?.label ?? null,
    predicate: predicateOf(claim),
    eventDate: eventDateOf(claim),
  };
}

/** The claim's verb, unless it was read off the figure itself ("fined up to 50 million won" -> "win"). */
function predicateOf(claim: ClaimRow): string | null {
  const p = foldPredicate(claim.predicate);
  const fig = claim.figure;
  if (!p || !fig) return p;
  // "won" is the past of "win" to a lemmatizer, and Korea's currency in "50 million won"
  if (p === 'win' && fig.currency === 'KRW') return null;
  const inFigure = claim.text.slice(fig.start - claim.start, fig.end - claim.start).split(/[^\p{L}]+/u);
  return inFigure.some((w) => w && lemmaOf(w).lemma === p) ? null : p;
}

function distance(t: { start: number; end: number }, s: { start: number; end: number }): number {
  return t.start >= s.end ? t.start - s.end : s.start >= t.end ? s.start - t.end : 0;
}

/** The words before the figure in its clause tell its frame: "punishable by", "had asked for". */
function frameOf(claim: ClaimRow, fig: NonNullable<ClaimRow['figure']>): Frame {
  if (fig.change === 'up') return 'change-up';
  if (fig.change === 'down') return 'change-down';
  const rel = fig.start - claim.start;
  let before = claim.text.slice(Math.max(0, rel - 100), rel);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  if (breaks.length) before = before.slice(breaks[breaks.length - 1]!.index + 1);
  const after = claim.text.slice(rel, Math.min(claim.text.length, fig.end - claim.start + 20));
  // "six more years", "another 500 jobs": an increment, not a total
  if (CHANGE_AFTER.test(after) || CHANGE_BEFORE.test(before)) return 'change-up';
  if (REQUEST.test(before)) return 'request';
  if (POSSIBLE.test(before) || POSSIBLE_CASED.test(before)) return 'possible';
  return 'fact';
}

/**
 * Places a figure is scoped to: "in X" right after it (up to the clause's end), or an opening
 * "In X," of the sentence. "killed at least 118 people" and "13 in Qinghai" count different things.
 */
function placesOf(claim: ClaimRow, fig: NonNullable<ClaimRow['figure']>, siblings: { start: number; end: number }[]): Set<string> {
  const out = new Set<string>();
  const relEnd = fig.end - claim.start;
  const tail = claim.text.slice(relEnd, relEnd + 80).split(/[,;:.()—–]/)[0] ?? '';
  for (const m of tail.matchAll(/\b(?:in|across|from|at)\s+(?:the\s+)?(?:[a-z][\p{L}-]*\s+){0,2}?(\p{Lu}[\p{L}'’-]+)/gu)) {
    if (!NOT_PLACES.has(m[1]!)) out.add(m[1]!.replace(/[’']s$/, '').toLowerCase());
    break;
  }
  const opening = /^\s*(?:In|Across|Throughout)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/u.exec(claim.text);
  if (opening && !NOT_PLACES.has(opening[1]!) && !siblings.some((s) => s.start < fig.start)) out.add(opening[1]!.replace(/[’']s$/, '').toLowerCase());
  return out;
}

function eventDateOf(claim: ClaimRow): EventDate | null {
  const d = claim.date;
  if (!d || !d.value || d.start === null || d.end === null || d.text === null) return null;
  if (d.grain === 'duration' || d.grain === 'decade') return null;
  // "operating since 2020" dates a beginning, "by Tuesday" a deadline: not when the event happened
  const lead = claim.text.slice(Math.max(0, d.start - claim.start - 12), d.start - claim.start);
  if (NOT_A_POINT.test(d.text) || /\b(?:since|until|till|by|before|after|from|through|between)\s+(?:the\s+)?$/i.test(lead)) return null;
  const period = periodOf(d.value);
  if (!period) return null;
  return { start: d.start, end: d.end, text: d.text, value: d.value, ...period, explicit: d.anchor === 'explicit' };
}

/** Conversions that belong to each claim's amount, from the mentions table. */
export function conversionsByClaim(mentions: readonly MentionRow[] | undefined): Map<string, Conversion[]> {
  const out = new Map<string, Conversion[]>();
  if (!mentions) return out;
  for (const m of mentions) {
    if (m.type !== 'figure' || m.equivalent_of === null || !m.claim_id || !m.currency || typeof m.value !== 'number') continue;
    const list = out.get(m.claim_id) ?? [];
    list.push({ currency: m.currency, value: m.value, text: m.text });
    out.set(m.claim_id, list);
  }
  return out;
}
