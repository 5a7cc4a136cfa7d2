// Refiners: passes over all the figures of a sentence, in this order (each needs the previous):
//   1. inferCents          "fell 37 cents ... to $13.83": cents of the sentence's currency
//   2. resolveAnaphora     "Seven suspects, six of whom": the noun of the previous count
//   3. shareListedUnit     "aged 73 and 78": a bare number in a list takes the unit before it;
//                          "132, 81 and 79 seats": or the unit of the list's last member
//   4. inheritElidedNoun   "118 people ..., including 13 in Qinghai": the noun of an earlier count
//   5. inheritChange       "fell 158.67 points, or 0.9 percent": the "or" restates the change
//   6. linkConversions     "50 million won ($37,500)": the parenthesised amount converts the first
//   7. removeOverlaps      the longer of two overlapping figures wins
import type { Candidate } from './candidate.js';
import { CASUALTY, CASUALTY_VERBS, elisionCue, tagsOf } from './nouns.js';
import type { TokenView } from './tokens.js';

export type Refiner = (v: TokenView, figures: Candidate[]) => Candidate[];

/** how far back (in tokens) a figure may look for the figure it refers to: one sentence's worth */
const MAX_LOOKBACK = 60;

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** "37 cents" with "$13.83" nearby is 0.37 USD; alone it stays 37 cents of an unknown currency. */
export const inferCents: Refiner = (_v, figures) => {
  for (const c of figures) {
    if (!c.cents) continue;
    let best: Candidate | null = null;
    for (const o of figures) {
      if (o === c || o.measure !== 'money' || o.currency === null || o.cents) continue;
      if (!best || Math.abs(o.s - c.s) < Math.abs(best.s - c.s)) best = o;
    }
    if (best) {
      c.currency = c.unit = best.currency;
      c.value = c.value === null ? null : round(c.value / 100);
      c.valueMax = c.valueMax === null ? null : round(c.valueMax / 100);
      c.cents = false;
    }
  }
  return figures;
};

/** "Seven suspects, six of whom are teenagers": "six" counts suspects too. */
export const resolveAnaphora: Refiner = (_v, figures) => {
  for (let i = 0; i < figures.length; i++) {
    const c = figures[i]!;
    if (!c.anaphoric) continue;
    // bounded look-back: "five others, five others, ..." must stay linear
    for (let k = i - 1; k >= 0 && c.s - figures[k]!.e <= MAX_LOOKBACK; k--) {
      const p = figures[k]!;
      if (p.measure === c.measure && p.unit !== null) {
        c.unit = p.unit;
        break;
      }
    }
  }
  return figures;
};

/**
 * "two men, aged 73 and 78": a bare number listed right after a figure with a unit shares it.
 * Only "and", "or" and commas may stand between them.
 */
export const shareListedUnit: Refiner = (v, figures) => {
  for (let i = 1; i < figures.length; i++) {
    const c = figures[i]!;
    const p = figures[i - 1]!;
    if (c.measure !== 'count' || c.unit !== null || c.anaphoric || p.unit === null || c.s - p.e > 2 || c.s <= p.e) continue;
    const between = v.tokens.slice(p.e, c.s).map((t) => t.lower);
    if (!between.every((w) => w === 'and' || w === 'or' || w === ',')) continue;
    c.measure = p.measure;
    c.unit = p.unit;
    c.currency = p.currency;
    c.rule = p.rule;
  }
  // "secure 132, 81 and 79 seats", "2 or 3 children": bare numbers listed before the last member
  // of a list share its unit. Only a list joined by "and"/"or" ("Of the 10, 3 people" is no list);
  // right to left, so the unit passes down the whole list.
  const listed = new Set<Candidate>();
  for (let i = figures.length - 2; i >= 0; i--) {
    const c = figures[i]!;
    const n = figures[i + 1]!;
    if (c.measure !== 'count' || c.unit !== null || c.anaphoric || !c.elliptical || n.unit === null) continue;
    // one word or one comma between: "30.42, or 1.47 percent" restates, "274,483, and 1.2 percent"
    // starts another clause
    const w = n.s - c.e === 1 ? v.low(c.e) : '';
    if (!(w === 'and' || w === 'or' || (w === ',' && listed.has(n)))) continue;
    c.measure = n.measure;
    c.unit = n.unit;
    c.currency = n.currency;
    c.rule = n.rule;
    listed.add(c);
  }
  return figures;
};

/**
 * "has killed at least 118 people as of Dec 19 morning, including 13 in neighbouring Qinghai",
 * "the quake has left 182 people injured and 20 missing": a bare number after "including", "and",
 * "or", ", with", "of which" counts what the nearest earlier count of the sentence counts, since
 * its noun is elided. Without such a count, "13 dead", "20 missing" and "kills at least 118" still
 * count victims, i.e. people. Number words kept only for this ("including two in Qinghai") are
 * dropped when no noun is found.
 */
/** units that count victims as a toll, which a number of injured or missing must not inherit */
const TOLL_UNITS = new Set(['death', 'casualty', 'fatality']);
const DEATH_WORDS = new Set(['dead', 'killed']);

export const inheritElidedNoun: Refiner = (v, figures) => {
  let dropped = false;
  for (let i = 0; i < figures.length; i++) {
    const c = figures[i]!;
    // "the death toll rose to 113, with 782 injured": the injured are people, not deaths (whether the
    // toll reached the number through the context or through an elided noun); "with 20 dead" stays
    const after = v.low(c.e);
    const injuredNotDead = CASUALTY.has(after) && !DEATH_WORDS.has(after);
    if (c.measure === 'count' && c.unit !== null && TOLL_UNITS.has(c.unit) && injuredNotDead) c.unit = 'person';
    if (!c.elliptical || c.unit !== null || c.measure !== 'count') continue;
    if (elisionCue(v, c.s)) {
      // the nearest earlier figure decides; a duration or an age between them is an adverbial ("118
      // people in three days, including 13 ...") and is passed over, but an amount of another kind
      // is what the number continues ("27.4 million barrels a day, or roughly 1.8 million less")
      for (let k = i - 1; k >= 0 && c.s - figures[k]!.e <= MAX_LOOKBACK; k--) {
        const p = figures[k]!;
        if (p.measure === 'duration' || p.measure === 'age') continue;
        if (p.measure === 'count' && p.unit !== null) c.unit = p.unit;
        break;
      }
    }
    if (c.unit !== null && TOLL_UNITS.has(c.unit) && injuredNotDead) c.unit = 'person';
    if (c.unit === null && (CASUALTY.has(after) || CASUALTY_VERBS.has(v.low(c.s - 1)))) c.unit = 'person';
    if (c.unit === null && c.needsUnit) dropped = true;
  }
  return dropped ? figures.filter((c) => !(c.needsUnit && c.unit === null)) : figures;
};

/**
 * "dropped $1.91, or 4.6 percent, to $39.94", "grew 63 GW (17%)", "increased by 152 gigawatts
 * (GW) or 8.3%": the percentage restates the change; "rose 0.6 percent in the quarter and 4.1
 * percent annually", "increased by 24 GW in Europe and 20 GW in North America": a figure of the
 * same unit coordinated by "and", with no verb between, is a change of the same verb.
 */
export const inheritChange: Refiner = (v, figures) => {
  for (let i = 1; i < figures.length; i++) {
    const c = figures[i]!;
    if (c.change !== null) continue;
    const p = figures[i - 1]!;
    if (p.change !== null) {
      // skip a parenthesised abbreviation: "152 gigawatts (GW) or 8.3%"
      let pe = p.e;
      if (v.is(pe, '(') && v.is(pe + 2, ')') && v.isWord(pe + 1)) pe += 3;
      if (v.low(c.s - 1) === 'or' && (pe === c.s - 1 || (v.is(pe, ',') && pe === c.s - 2))) {
        c.change = p.change;
        continue;
      }
      if (v.is(c.s - 1, '(') && p.e === c.s - 1) {
        c.change = p.change;
        continue;
      }
    }
    if (v.low(c.s - 1) === 'and') {
      for (let k = i - 1; k >= 0 && c.s - figures[k]!.e <= MAX_AND_REACH; k--) {
        const q = figures[k]!;
        if (q.measure !== c.measure || q.unit !== c.unit) continue;
        if (q.change !== null && noVerbBetween(v, q.e, c.s - 1)) c.change = q.change;
        break;
      }
    }
  }
  return figures;
};

const MAX_AND_REACH = 12;
/** No verb, auxiliary or clause punctuation between tokens a and b: one clause's list of figures. */
function noVerbBetween(v: TokenView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = v.tokens[k]!;
    if (t.kind === 'punct') {
      if (t.text !== '(' && t.text !== ')' && t.text !== ',' && t.text !== '%') return false;
      continue;
    }
    // a capitalised word is a name or a month ("in May and 3% in June"), not the clause's verb
    if (t.kind !== 'word' || v.isCapitalized(k)) continue;
    const tags = tagsOf(t.lower);
    if (tags.has('Verb') || tags.has('PastTense') || tags.has('PresentTense') || tags.has('Copula') || tags.has('Modal') || tags.has('Auxiliary') || tags.has('Infinitive') || tags.has('Gerund')) return false;
  }
  return true;
}

const MAX_PAREN_REACH = 16;

/**
 * A money or physical amount inside parentheses that open right after another amount of the same
 * kind converts it: "50 million won ($37,500)", "(US$37,500; £28,300)", "87 mph (140 km/h)",
 * "1,000 acres (405 hectares)". "(approximately USD 37,500 or GBP 28,300)": the approximation
 * covers every conversion in the parentheses.
 */
export const linkConversions: Refiner = (v, figures) => {
  const firstInParen = new Map<number, Candidate>();
  for (const c of figures) {
    if (c.measure !== 'money' && c.measure !== 'measure') continue;
    let k = c.s - 1;
    while (k >= 0 && c.s - k <= MAX_PAREN_REACH && !v.is(k, '(') && !v.is(k, ')')) k--;
    if (!v.is(k, '(')) continue;
    const src = figures.find((o) => o !== c && o.e === k && o.measure === c.measure && (o.unit !== c.unit || localDollars(v, o, c)));
    if (!src) continue;
    c.equivalentOf = src.s;
    const first = firstInParen.get(k);
    if (!first) firstInParen.set(k, c);
    else if (first.qualifier === 'approx' && c.qualifier === 'exact') c.qualifier = 'approx';
    // "up to 50 million won ($37,500)", "more than 35C (95F)": the conversion has the same bound
    if (c.qualifier === 'exact') c.qualifier = src.qualifier;
  }
  return figures;
};

/**
 * "US$150 million ($216.7 million)" in a New Zealand paper, "A$10 (US$6.50)": both read as dollars,
 * but one names its country and the other does not, and the amounts differ: the bare one is the
 * outlet's local dollars, a conversion.
 */
function localDollars(v: TokenView, a: Candidate, b: Candidate): boolean {
  if (a.measure !== 'money' || a.value === b.value) return false;
  const pa = dollarPrefix(v, a);
  const pb = dollarPrefix(v, b);
  return pa !== null && pb !== null && pa !== pb;
}

/** The letters glued before the "$" that opens an amount ("US", "NZ", "A"), '' for a bare "$", null without one. */
function dollarPrefix(v: TokenView, c: Candidate): string | null {
  for (let k = c.s; k < c.e && k < c.s + 4; k++) {
    if (!v.is(k, '$')) continue;
    return k > c.s && v.isWord(k - 1) && v.glued(k) && /^[A-Z]{1,3}$/.test(v.text(k - 1)) ? v.text(k - 1) : '';
  }
  return null;
}

/** Mentions never overlap: of two overlapping figures the longer (then the earlier) stays. */
export const removeOverlaps: Refiner = (_v, figures) => {
  const sorted = [...figures].sort((a, b) => a.s - b.s || b.e - b.s - (a.e - a.s));
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.s < last.e) {
      if (c.e - c.s > last.e - last.s) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
};

/** The refiners in the order they must run. */
export const REFINERS: readonly Refiner[] = [inferCents, resolveAnaphora, shareListedUnit, inheritElidedNoun, inheritChange, linkConversions, removeOverlaps];
