// Qualifiers ("about", "more than", "up to", "or more") and changes ("rose 3%", "a 0.6 percent drop").
//
// Watch out for: "no more than" (at most) versus "more than" (so the longest phrase wins);
// "up to 50 million won" (a qualifier) versus "up 19 cents" (a change) versus "up from 1.4%"
// (neither); "over the past five days" ("over" is a preposition there, not "more than"); "some
// progress" (no number: never a figure); "rose to 5%" (a level, not a change).
import type { Qualifier } from '../../types.js';
import type { TokenView } from './tokens.js';

const BEFORE: Array<[string[], Qualifier]> = (
  [
    [['in', 'the', 'region', 'of'], 'approx'],
    [['no', 'fewer', 'than'], 'at_least'],
    [['no', 'less', 'than'], 'at_least'],
    [['not', 'less', 'than'], 'at_least'],
    [['not', 'fewer', 'than'], 'at_least'],
    [['no', 'more', 'than'], 'at_most'],
    [['not', 'more', 'than'], 'at_most'],
    [['at', 'the', 'most'], 'at_most'],
    [['a', 'minimum', 'of'], 'at_least'],
    [['a', 'maximum', 'of'], 'at_most'],
    [['not', 'exceeding'], 'at_most'],
    [['not', 'to', 'exceed'], 'at_most'],
    [['in', 'excess', 'of'], 'more_than'],
    [['as', 'many', 'as'], 'up_to'],
    [['as', 'much', 'as'], 'up_to'],
    [['as', 'high', 'as'], 'up_to'],
    [['at', 'least'], 'at_least'],
    [['at', 'most'], 'at_most'],
    [['more', 'than'], 'more_than'],
    [['greater', 'than'], 'more_than'],
    [['higher', 'than'], 'more_than'],
    [['just', 'over'], 'more_than'],
    [['well', 'over'], 'more_than'],
    [['upwards', 'of'], 'more_than'],
    [['upward', 'of'], 'more_than'],
    [['less', 'than'], 'less_than'],
    [['fewer', 'than'], 'less_than'],
    [['lower', 'than'], 'less_than'],
    [['just', 'under'], 'less_than'],
    [['up', 'to'], 'up_to'],
    [['close', 'to'], 'approx'],
    [['an', 'estimated'], 'approx'],
    [['just', 'about'], 'approx'],
    [['approx', '.'], 'approx'],
    [['about'], 'approx'],
    [['around'], 'approx'],
    [['nearly'], 'approx'],
    [['almost'], 'approx'],
    [['approximately'], 'approx'],
    [['approx'], 'approx'],
    [['roughly'], 'approx'],
    [['some'], 'approx'],
    [['estimated'], 'approx'],
    [['circa'], 'approx'],
    [['~'], 'approx'],
    [['over'], 'more_than'],
    [['above'], 'more_than'],
    [['exceeding'], 'more_than'],
    [['under'], 'less_than'],
    [['below'], 'less_than'],
  ] as Array<[string[], Qualifier]>
).sort((a, b) => b[0].length - a[0].length);

const VERB_CONTEXT = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'also', 's', 'has', 'have', 'had', 'it', 'widely', 'officially']);

/** the phrases grouped by their last word, longest first, so each number costs one look-up */
const BEFORE_BY_LAST = new Map<string, Array<[string[], Qualifier]>>();
for (const entry of BEFORE) {
  const last = entry[0][entry[0].length - 1]!;
  const list = BEFORE_BY_LAST.get(last) ?? [];
  list.push(entry);
  BEFORE_BY_LAST.set(last, list);
}

/** The qualifier phrase that ends right before token i, longest first. */
export function qualifierBefore(v: TokenView, i: number): { start: number; qualifier: Qualifier } | null {
  // "faced a possible maximum of 11 years", "a mandatory minimum of 10 years": an adjective between
  // the article and "maximum"/"minimum" does not change the bound
  if (v.low(i - 1) === 'of' && (v.low(i - 2) === 'maximum' || v.low(i - 2) === 'minimum') && v.isWord(i - 3) &&
    (v.low(i - 4) === 'a' || v.low(i - 4) === 'the') && !BEFORE_BY_LAST.has(v.low(i - 3))) {
    return { start: i - 4, qualifier: v.low(i - 2) === 'maximum' ? 'at_most' : 'at_least' };
  }
  const candidates = BEFORE_BY_LAST.get(v.low(i - 1));
  if (!candidates) return null;
  for (const [words, qualifier] of candidates) {
    if (v.seqBefore(i, words)) {
      const start = i - words.length;
      // "an estimated 103 people" qualifies; "it is also estimated one in 10" is a verb
      if (words.length === 1 && words[0] === 'estimated' && VERB_CONTEXT.has(v.low(start - 1))) return null;
      return { start, qualifier };
    }
  }
  return null;
}

const AFTER: Array<[string[], Qualifier]> = [
  [['or', 'more'], 'at_least'],
  [['or', 'above'], 'at_least'],
  [['or', 'higher'], 'at_least'],
  [['or', 'greater'], 'at_least'],
  [['or', 'over'], 'at_least'],
  [['and', 'upwards'], 'at_least'],
  [['and', 'above'], 'at_least'],
  [['and', 'over'], 'at_least'],
  [['and', 'older'], 'at_least'],
  [['or', 'older'], 'at_least'],
  [['or', 'so'], 'approx'],
  [['or', 'less'], 'at_most'],
  [['or', 'fewer'], 'at_most'],
  [['or', 'under'], 'at_most'],
  [['or', 'below'], 'at_most'],
];

/** "74 mph or greater", "1 billion won or less", "100 or so", "50,000-plus", "50+". */
export function qualifierAfter(v: TokenView, j: number): { end: number; qualifier: Qualifier } | null {
  const first = v.low(j);
  if (first === 'or' || first === 'and') for (const [words, qualifier] of AFTER) if (v.seqAt(j, words)) return { end: j + words.length, qualifier };
  if (v.is(j, '-') && v.glued(j) && v.low(j + 1) === 'plus' && v.glued(j + 1)) return { end: j + 2, qualifier: 'more_than' };
  if (v.is(j, '+') && v.glued(j) && !v.isNum(j + 1)) return { end: j + 1, qualifier: 'more_than' };
  return null;
}

const UP_VERBS = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'up', 'increased', 'increase', 'increases', 'increasing',
  'grew', 'grow', 'grows', 'growing', 'grown', 'gained', 'gain', 'gains', 'gaining', 'jumped', 'jump',
  'jumps', 'jumping', 'climbed', 'climb', 'climbs', 'climbing', 'surged', 'surge', 'surges', 'surging',
  'soared', 'soar', 'soars', 'soaring', 'added', 'adding', 'add', 'adds', 'rallied', 'advanced', 'advancing', 'spiked',
  'expanded', 'raised', 'raise', 'raises', 'boosted', 'hiked', 'widened', 'accelerated', 'rebounded',
  'higher', 'edged', 'ticked', 'firmed', 'strengthened', 'appreciated', 'lifted', 'lift', 'lifts', 'lifting',
]);
const DOWN_VERBS = new Set([
  'fell', 'fall', 'falls', 'falling', 'fallen', 'down', 'dropped', 'drop', 'drops', 'dropping',
  'declined', 'decline', 'declines', 'declining', 'decreased', 'decrease', 'decreases', 'decreasing',
  'slipped', 'slip', 'slips', 'slid', 'slide', 'slides', 'sliding', 'tumbled', 'tumble', 'tumbling',
  'plunged', 'plunge', 'plunging', 'plummeted', 'plummeting', 'lost', 'lose', 'loses', 'losing', 'shed', 'sheds', 'shedding',
  'sank', 'sunk', 'sinking', 'dipped', 'dip', 'dips', 'dipping', 'eased', 'eases', 'easing', 'cut', 'cuts',
  'cutting', 'slashed', 'reduced', 'lowered', 'shrank', 'shrunk', 'shrinking', 'contracted',
  'retreated', 'slumped', 'slumping', 'lower', 'narrowed', 'weakened', 'depreciated', 'trimmed', 'gave',
]);
const UP_NOUNS = new Set(['rise', 'increase', 'gain', 'jump', 'hike', 'surge', 'rebound', 'growth', 'climb', 'uptick', 'rally', 'boost', 'spike', 'expansion']);
const DOWN_NOUNS = new Set(['fall', 'drop', 'decline', 'decrease', 'cut', 'reduction', 'loss', 'slump', 'dip', 'plunge', 'contraction', 'slide', 'downturn', 'slowdown', 'shrinkage']);

/**
 * A change verb right before the figure (after its qualifier): "fell 3%", "rose by a third",
 * "up 19 cents", "increased by nearly 5%", "edged up 0.1 percent"; or a change noun with "of":
 * "a rise of 2%", "a rebound of 0.2%". Returns the direction, or null.
 */
export function changeBefore(v: TokenView, i: number): 'up' | 'down' | null {
  let k = i - 1;
  // "rose just 0.2%", "fell only 3%"
  if (v.low(k) === 'just' || v.low(k) === 'only' || v.low(k) === 'merely') k--;
  const low = v.low(k);
  if (low === 'by') {
    k--;
    // "raised the basic interest rate by 25 basis points", "lifted its projection by 10 basis
    // points": the verb's object may stand between the verb and "by"
    if (!UP_VERBS.has(v.low(k)) && !DOWN_VERBS.has(v.low(k))) {
      const verb = changeVerbBefore(v, k);
      if (verb) return verb;
    }
  } else if (low === 'of') {
    const noun = v.low(k - 1);
    if (UP_NOUNS.has(noun)) return 'up';
    if (DOWN_NOUNS.has(noun)) return 'down';
    // "growth in the United States of 29 GW", "declines in onshore turbine prices of up to 45%":
    // the change noun's "in" phrase stands between it and "of" ("a decline in the number of 5
    // cases" counts cases, it does not measure the decline)
    if (noun === 'number') return null;
    for (let j = k - 2; j >= 1 && j >= k - MAX_IN_PHRASE; j--) {
      if (!v.isWord(j)) return null;
      if (v.low(j) !== 'in') continue;
      const head = v.low(j - 1).replace(/s$/, '');
      return UP_NOUNS.has(head) ? 'up' : DOWN_NOUNS.has(head) ? 'down' : null;
    }
    return null;
  }
  const verb = v.low(k);
  // "edged up", "ticked down": the particle decides; "gave up 0.1%" is a loss
  if (verb === 'up') return v.low(k - 1) === 'gave' ? 'down' : 'up';
  if (verb === 'down') return 'down';
  if (verb === 'gave' || verb === 'edged' || verb === 'ticked') return null;
  if (UP_VERBS.has(verb)) return 'up';
  if (DOWN_VERBS.has(verb)) return 'down';
  return null;
}

/** words that end the search for a change verb before "by": clause breaks and other verbs' words */
const OBJECT_STOP = new Set(['and', 'or', 'but', 'to', 'from', 'that', 'which', 'who', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'by', 'at', 'on', 'for', 'with', 'as']);
/** particles and comparatives in the verb sets that are not verbs taking an object */
const NOT_OBJECT_VERB = new Set(['up', 'down', 'higher', 'lower', 'gave', 'edged', 'ticked']);
const MAX_OBJECT = 5;
const MAX_IN_PHRASE = 6;

/** A change verb at most five words before token k + 1, with only its object between. */
function changeVerbBefore(v: TokenView, k: number): 'up' | 'down' | null {
  for (let j = k - 1; j >= 0 && j >= k - MAX_OBJECT; j--) {
    if (!v.isWord(j) || OBJECT_STOP.has(v.low(j))) return null;
    const w = v.low(j);
    if (NOT_OBJECT_VERB.has(w)) return null;
    if (UP_VERBS.has(w)) return 'up';
    if (DOWN_VERBS.has(w)) return 'down';
  }
  return null;
}

/** "a 0.6 percent drop", "a 2.9% increase", "closed 0.5% higher": a change word right after the figure. */
export function changeNounAfter(v: TokenView, j: number): 'up' | 'down' | null {
  const low = v.low(j);
  if (low === 'higher') return 'up';
  if (low === 'lower') return 'down';
  if (UP_NOUNS.has(low)) return 'up';
  if (DOWN_NOUNS.has(low)) return 'down';
  return null;
}
