// Number parsing: digits with separators, number words, scale words, vague amounts, fractions.
//
//   "1,200"  "133,400"  "2.5"  ".7"  "4,37,30,071" (Indian grouping)      digits
//   "Seven"  "twenty-one"  "Three hundred and fifteen"  "a dozen"        words
//   "50 million"  "1.2 billion"  "3.5bn"  "100 bln"  "£19million"  "1.40 lakh"  scales
//   "dozens"  "hundreds of thousands"  "several million"                  vague (value null)
//   "a third"  "two-thirds"  "half"                                        fractions
//
// Watch out for: "24.11.10" (a date, two dots), "10:30" (a time), "9/11", "007" (codes), the
// article in "a fine" (not a number) versus "a dozen" / "a million" (numbers), "one" (usually a
// pronoun or determiner, decided later), "4.5m" (million with money, metre without).
import { table, type TokenView } from './tokens.js';

export type NumberKind = 'digits' | 'words' | 'article' | 'vague' | 'fraction';

export interface NumberPhrase {
  /** token span [i0, i1) of the number and its scale word */
  i0: number;
  i1: number;
  /** index of the first token of the numeral itself (after a sign word like "minus") */
  core: number;
  value: number | null;
  /** value before the scale word: "50" in "50 million" */
  base: number | null;
  scale: number;
  kind: NumberKind;
  /** an attached "m", "k" or "b" ("4.5m", "$50k") whose meaning depends on what follows */
  pendingScale: { i: number; factor: number; letter: string } | null;
  /** integer of exactly four digits without separators: may be a year */
  yearLike: boolean;
  /** a single integer token without separators, e.g. "555" in a phone number */
  plainInteger: boolean;
}

const UNITS = table<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const TENS = table<number>({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** scale words that multiply what precedes them ("50 million", "200 crore") */
export const SCALE_WORDS = table<number>({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7,
  hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, lakhs: 1e5, crores: 1e7,
});
/** newsroom abbreviations that are always scales: "$3.5bn", "100 bln won", "30 mln bpd" */
const SCALE_ABBREV = table<number>({
  bn: 1e9, bln: 1e9, mn: 1e6, mln: 1e6, mil: 1e6, tn: 1e12, trn: 1e12, tln: 1e12,
});
/** single letters glued to digits that are scales only in context: "$4.5m", "$50k", "$2b" */
const PENDING_SCALE = table<number>({ m: 1e6, M: 1e6, k: 1e3, K: 1e3, b: 1e9, B: 1e9 });
/** words for vague amounts: "dozens of women", "hundreds of reports", "tens of thousands" */
const VAGUE = new Set(['dozens', 'scores', 'tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']);
const FRACTION_WORDS = table<number>({
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
});
const VULGAR = table<number>({ '\u00BD': 0.5, '\u00BC': 0.25, '\u00BE': 0.75, '\u2153': 1 / 3, '\u2154': 2 / 3 });

/** determiners after "half" that make it a share when a quantifier precedes ("more than half the") */
export const HALF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all']);
const HALF_QUANTIFIERS = new Set(['than', 'almost', 'nearly', 'about', 'around', 'roughly', 'over', 'some', 'approximately']);

/** words that may start a number phrase */
const STARTERS = new Set<string>([
  ...UNITS.keys(), ...TENS.keys(), ...VAGUE, 'a', 'an', 'half', 'several', 'few', 'minus', 'negative',
]);

export function isNumberWord(lower: string): boolean {
  return UNITS.has(lower) || TENS.has(lower);
}

/**
 * "1,200" -> 1200, "2.5" -> 2.5, ".7" -> 0.7; null for anything that only looks numeric:
 * dates and versions with two dots ("24.11.10"), times ("10:30"), slashes ("9/11"), bad grouping
 * ("1,1,1"), leading zeros ("007").
 */
export function parseDigits(s: string): number | null {
  // sixteen digits and more are identifiers (order numbers, card numbers), never amounts
  if (s.length > 22 || s.replace(/\D/g, '').length > 15) return null;
  if (
    /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s) ||
    /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(s) || // lakh grouping: 4,37,30,071
    /^(?:0|[1-9]\d*)(?:\.\d+)?$/.test(s) ||
    /^\.\d+$/.test(s)
  ) {
    return Number(s.replace(/,/g, ''));
  }
  return null;
}

/** "1/2", "1/3", "3/4", "7/8": a proper fraction with a small denominator, as a mixed number writes it. */
function slashFraction(s: string): number | null {
  const m = /^([1-9]|1[0-5])\/([2-9]|1[0-6])$/.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a < b ? a / b : null;
}

/** All number phrases of the sentence, left to right, not overlapping. */
export function findNumbers(v: TokenView): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  for (let i = 0; i < v.length; ) {
    // most tokens cannot start a number: skip them with one look-up
    const t = v.tokens[i]!;
    if (t.kind === 'punct' ? t.text !== '-' && t.text !== '+' : t.kind === 'word' && !STARTERS.has(t.lower)) {
      i++;
      continue;
    }
    const np = readNumberAt(v, i);
    if (np) {
      out.push(np);
      i = np.i1;
    } else {
      i++;
    }
  }
  return out;
}

function readNumberAt(v: TokenView, i: number): NumberPhrase | null {
  const low = v.low(i);
  if (v.isNum(i)) return readDigits(v, i, i);
  if (!v.isWord(i)) {
    // a sign glued to digits: "-5C", "+49,000", "−140,000" (folded to "-")
    // not a hyphen inside "COVID-19" or "74-95": the sign follows a space or an opening bracket
    if ((v.is(i, '-') || v.is(i, '+')) && v.isNum(i + 1) && v.glued(i + 1) && !(v.glued(i) && (v.isWord(i - 1) || v.isNum(i - 1)))) {
      const np = readDigits(v, i + 1, i);
      if (np && v.is(i, '-') && np.value !== null) {
        np.value = -np.value;
        np.base = np.base === null ? null : -np.base;
      }
      return np;
    }
    return null;
  }
  // "minus 5C", "negative 37.63 U.S. dollars"
  if ((low === 'minus' || low === 'negative') && v.isNum(i + 1)) {
    const np = readDigits(v, i + 1, i);
    if (np && np.value !== null) {
      np.value = -np.value;
      np.base = np.base === null ? null : -np.base;
    }
    return np;
  }
  if (UNITS.has(low) || TENS.has(low)) return readWords(v, i);
  if ((low === 'a' || low === 'an') && v.isWord(i + 1)) {
    const next = v.low(i + 1);
    // "a dozen", "a hundred", "a million people" -- but never "a fine", "a 2023 report"
    if (next === 'dozen' || next === 'hundred' || next === 'thousand' || next === 'million' || next === 'billion' || next === 'trillion') {
      const w = readWords(v, i + 1);
      if (w) return { ...w, i0: i, core: i, kind: 'article' };
    }
    // "a third of", "a quarter of", "a half" -- fractions, kept only where a rule wants them
    if ((next === 'third' || next === 'quarter' || next === 'fifth' || next === 'tenth' || next === 'half') && (v.low(i + 2) === 'of' || v.low(i - 1) === 'by')) {
      return fraction(i, i + 2, FRACTION_WORDS.get(next)!);
    }
    return null;
  }
  if (low === 'half') {
    // "half a million" = 500,000; "half of the victims" is a fraction
    if (v.low(i + 1) === 'a' && (v.low(i + 2) === 'million' || v.low(i + 2) === 'billion' || v.low(i + 2) === 'dozen')) {
      const w = readWords(v, i + 2)!;
      const value = w.value === null ? null : w.value / 2;
      return { ...w, i0: i, core: i, value, base: value, kind: 'article' };
    }
    if (v.low(i + 1) === 'of' || v.low(i - 1) === 'by') return fraction(i, i + 1, 0.5);
    // "cut rates by half a percentage point": a fraction of a point (read in figure.ts)
    if (v.low(i + 1) === 'a' && (v.low(i + 2) === 'percentage' || v.low(i + 2) === 'percent' || v.low(i + 2) === 'point')) return fraction(i, i + 1, 0.5);
    // "more than half the new capacity", "almost half its budget": with a quantifier before it,
    // "half" before a determiner is a share; alone ("half the battle") it is left alone
    if (HALF_DETERMINERS.has(v.low(i + 1)) && HALF_QUANTIFIERS.has(v.low(i - 1))) return fraction(i, i + 1, 0.5);
    return null;
  }
  if (VAGUE.has(low)) return readVague(v, i);
  if ((low === 'several' || low === 'few') && SCALE_WORDS.has(v.low(i + 1))) {
    // "several million won", "a few hundred people": a vague amount of a known order
    const start = low === 'few' && v.low(i - 1) === 'a' ? i - 1 : i;
    return vague(start, i + 2);
  }
  return null;
}

function fraction(i0: number, i1: number, value: number): NumberPhrase {
  return { i0, i1, core: i0, value, base: value, scale: 1, kind: 'fraction', pendingScale: null, yearLike: false, plainInteger: false };
}

function vague(i0: number, i1: number): NumberPhrase {
  return { i0, i1, core: i0, value: null, base: null, scale: 1, kind: 'vague', pendingScale: null, yearLike: false, plainInteger: false };
}

function readVague(v: TokenView, i: number): NumberPhrase | null {
  // "tens of thousands", "hundreds of millions": absorb "of <vague word>" chains
  let j = i + 1;
  while (v.low(j) === 'of' && VAGUE.has(v.low(j + 1)) && v.low(j + 1) !== 'dozens') j += 2;
  const low = v.low(i);
  // "tens" alone is not an amount; "scores" needs "of" ("scores of people", not "the scores")
  if (low === 'tens' && j === i + 1) return null;
  if ((low === 'scores' || low === 'dozens') && v.low(j) !== 'of' && v.low(j) !== 'more') return null;
  return vague(i, j);
}

function readDigits(v: TokenView, core: number, i0: number): NumberPhrase | null {
  const raw = v.text(core);
  const base0 = parseDigits(raw);
  if (base0 === null) return null;
  let base = base0;
  let j = core + 1;
  // "29 ½ years", "4½ years", "five and a half years"
  const vulgar = VULGAR.get(v.text(j));
  if (vulgar !== undefined && Number.isInteger(base)) {
    base += vulgar;
    j++;
  } else if (v.low(j) === 'and' && v.low(j + 1) === 'a' && v.low(j + 2) === 'half' && Number.isInteger(base)) {
    base += 0.5;
    j += 3;
  } else if (v.low(j) === 'and' && v.text(j + 1) === '1/2' && Number.isInteger(base)) {
    base += 0.5; // "5 and 1/2 years"
    j += 2;
  } else if (Number.isInteger(base) && !v.glued(j) && slashFraction(v.text(j)) !== null) {
    base += slashFraction(v.text(j))!; // "8 1/2 years"
    j++;
  } else if (Number.isInteger(base) && v.is(j, '-') && v.glued(j) && v.glued(j + 1) && slashFraction(v.text(j + 1)) !== null) {
    base += slashFraction(v.text(j + 1))!; // "8-1/3 to 25 years", "rose 3-1/4 points"
    j += 2;
  }
  let scale = 1;
  let pendingScale: NumberPhrase['pendingScale'] = null;
  const w = v.text(j);
  const wl = v.low(j);
  if (v.isWord(j)) {
    if (SCALE_WORDS.has(wl) && !(wl === 'hundreds' || wl === 'thousands' || wl === 'millions' || wl === 'billions')) {
      scale = SCALE_WORDS.get(wl)!;
      j++;
    } else if (SCALE_ABBREV.has(wl)) {
      scale = SCALE_ABBREV.get(wl)!;
      j++;
      if (wl === 'mil' && v.is(j, '.')) j++;
    } else if (PENDING_SCALE.has(w) && v.glued(j)) {
      pendingScale = { i: j, factor: PENDING_SCALE.get(w)!, letter: w };
    }
  }
  const plainInteger = /^\d+$/.test(raw);
  return {
    i0,
    i1: j,
    core,
    value: base * scale,
    base,
    scale,
    kind: 'digits',
    pendingScale,
    yearLike: scale === 1 && /^\d{4}$/.test(raw) && base >= 1000 && base <= 2100 && j === core + 1,
    plainInteger,
  };
}

/** Number words: "Seven", "twenty-one", "two hundred thousand", "Three hundred and fifteen", "a dozen". */
function readWords(v: TokenView, i: number): NumberPhrase | null {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let lastWasScale = false;
  let lastUnit = false; // a unit word (1-19) just read: "one two" is two numbers, not one
  while (j < v.length && v.isWord(j)) {
    const low = v.low(j);
    if (UNITS.has(low)) {
      if (lastUnit) break;
      current += UNITS.get(low)!;
      lastUnit = true;
    } else if (TENS.has(low)) {
      if (lastUnit || current % 100 >= 10) break;
      current += TENS.get(low)!;
      lastUnit = false;
      // "twenty-one": the hyphenated unit belongs to this number
      if (v.is(j + 1, '-') && v.glued(j + 1) && v.glued(j + 2) && UNITS.has(v.low(j + 2))) {
        current += UNITS.get(v.low(j + 2))!;
        j += 2;
        lastUnit = true;
      }
    } else if (low === 'hundred' && (any || j === i)) {
      current = (current || 1) * 100;
      lastUnit = false;
    } else if ((low === 'thousand' || low === 'million' || low === 'billion' || low === 'trillion' || low === 'lakh' || low === 'crore') && (any || j === i)) {
      total += (current || 1) * SCALE_WORDS.get(low)!;
      current = 0;
      lastUnit = false;
    } else if (low === 'dozen') {
      current = (current || 1) * 12;
      lastUnit = false;
    } else if (low === 'and' && any && lastWasScale && (UNITS.has(v.low(j + 1)) || TENS.has(v.low(j + 1)))) {
      j++;
      lastWasScale = false;
      continue;
    } else {
      break;
    }
    lastWasScale = low === 'hundred' || low === 'thousand' || low === 'million' || low === 'billion';
    any = true;
    j++;
  }
  if (!any) return null;
  let value = total + current;
  // "five and a half years"
  if (v.low(j) === 'and' && v.low(j + 1) === 'a' && v.low(j + 2) === 'half') {
    value += 0.5;
    j += 3;
  }
  return { i0: i, i1: j, core: i, value, base: value, scale: 1, kind: 'words', pendingScale: null, yearLike: false, plainInteger: false };
}

/** "two-thirds", "three-quarters", "one third": a fraction written with a number word. */
export function fractionAfterWord(v: TokenView, np: NumberPhrase): { end: number; value: number } | null {
  if (np.kind !== 'words' || np.value === null || np.value < 1 || np.value > 9) return null;
  let j = np.i1;
  if (v.is(j, '-') && v.glued(j) && v.glued(j + 1)) j++;
  const f = FRACTION_WORDS.get(v.low(j));
  if (f === undefined || v.low(j) === 'half' || v.low(j) === 'halves') return null;
  return { end: j + 1, value: np.value * f };
}
