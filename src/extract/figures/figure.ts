// Reading one figure around a number phrase: currency prefix, range, unit, qualifier, change.
//
// The order of the steps is the order of the traps:
//   1. codes, times of day and days of the month are dropped before anything else ("COVID-19",
//      "3pm", "Sept 2");
//   2. a currency before the number decides money early, so "$4.5m" is a million and not a metre;
//   3. ranges are joined before units so "74-95 mph" and "$70-$80" share theirs;
//   4. explicit units (percent, currency names, physical units, time units) beat the head noun, so
//      "five years in prison" is a duration and "1.2 million barrels per day" a measure;
//   5. the head noun ("30 female students"), then "of the suspects" / "of whom", then the bare number;
//   6. only then years, labels and determiner-like "one" are dropped, because whether "2021" is a
//      year or a count depends on what follows it ("in 2021" vs "killed 2021 people").
import { ageContextBefore, isAppositiveAge } from './ages.js';
import { draft, round, ruleFor, setUnit, type Candidate } from './candidate.js';
import { apostropheYear, isCode, isDayOfMonth, isLabel, isStrongLabel, isTimeOfDay, yearContextBefore } from './filters.js';
import { CASUALTY, CASUALTY_VERBS, elisionCue, headAfterOf, headNounAt, isPluralNoun, listedName, singularize, tagsOf, unitFromContext } from './nouns.js';
import { fractionAfterWord, HALF_DETERMINERS, type NumberPhrase } from './numbers.js';
import { changeBefore, changeNounAfter, qualifierAfter, qualifierBefore } from './qualifiers.js';
import { markDigitRuns, rangeAfter } from './ranges.js';
import type { TokenView } from './tokens.js';
import { currencyAfter, currencyBefore, currencyName, percentAfter, physicalAfter, timeUnitAt, type UnitMatch } from './units.js';

export type { Candidate } from './candidate.js';

/** Every figure of the sentence, in order; `nums` are the number phrases of findNumbers(). */
export function readFigures(v: TokenView, nums: NumberPhrase[]): Candidate[] {
  const skip = new Set<number>();
  markDigitRuns(v, nums, skip);
  const out: Candidate[] = [];
  for (let n = 0; n < nums.length; n++) {
    if (skip.has(n)) continue;
    const c = readFigure(v, nums, n, skip);
    if (c) out.push(c);
  }
  return out;
}

/** "600-seat", "13-member", "500-page": a lower-case noun glued to the number ("22-OCD-006" is a code). */
function compoundNoun(word: string): boolean {
  if (word !== word.toLowerCase() || word.length < 2) return false;
  const tags = tagsOf(word);
  return !(tags.has('Adjective') || tags.has('PastTense') || tags.has('Gerund') || tags.has('Preposition') || tags.has('Adverb') || tags.has('Determiner') || tags.has('Conjunction'));
}

/** words after "30m" that make it metres: "a 4.5m-high wall", "30m deep", "200m away" */
const METRE_CONTEXT = new Set(['high', 'tall', 'long', 'wide', 'deep', 'thick', 'away', 'apart', 'across', 'below', 'above', 'underground', 'offshore', 'deep-sea', 'race', 'freestyle', 'hurdles', 'sprint', 'final', 'butterfly', 'backstroke', 'breaststroke', 'relay']);

const QUAKE = /quake|seismic|tremor|richter/i;

function readFigure(v: TokenView, nums: NumberPhrase[], n: number, skip: Set<number>): Candidate | null {
  const np = nums[n]!;
  if (np.kind === 'vague') return readVague(v, np);
  if (np.kind === 'fraction') return readFraction(v, np, np.i1, np.value ?? 0);
  if (np.kind === 'words') {
    const fr = fractionAfterWord(v, np);
    if (fr) return readFraction(v, np, fr.end, fr.value);
  }
  // "one" is a determiner or a pronoun unless a unit follows ("one year", "one degree", "one in 10");
  // deciding here saves the rest of the work for the commonest word-number of all
  if (np.kind === 'words' && np.i1 === np.i0 + 1 && v.low(np.i0) === 'one' && !unitMayFollow(v, np.i1) && !listedName(v, np.i0)) return null;
  if (np.kind === 'digits' && (isCode(v, np) || isTimeOfDay(v, np) || isDayOfMonth(v, np))) return null;
  // "(TibetanReview.net, Dec19’23)": a clipped year glued to the date before it is part of the date
  const clipped = np.kind === 'digits' ? apostropheYear(v, np) : null;
  if (clipped === 'glued') return null;
  if (np.kind === 'digits' && isStrongLabel(v, np.i0)) {
    // "subparagraphs 7 through 11", "sections 3-5": the second number is a label too
    if (rangeAfter(v, nums, n, np.i1, np.i0, false) !== null) skip.add(n + 1);
    return null;
  }

  const f = draft(np);
  let scaled = np.scale > 1;

  // 2. money written before the number: "$", "US$", "£", "USD ", "Rs "
  const pre = np.kind === 'digits' ? currencyBefore(v, np.i0) : null;
  if (pre) {
    f.s = pre.start;
    f.unit = f.currency = pre.iso;
    f.measure = 'money';
    f.rule = 'figures/money';
  }
  // "$4.5m", "£18m-rated", "$50k" are millions and thousands, and so are "4.5m people" and "the list
  // reached 4.1m"; "a 4.5m-high wall" and "30m deep" are metres
  if (np.pendingScale && np.value !== null) {
    const ps = np.pendingScale;
    const after = ps.i + 1;
    const metre = ps.letter === 'm' && (METRE_CONTEXT.has(v.low(after)) || (v.is(after, '-') && METRE_CONTEXT.has(v.low(after + 1))) ||
      (v.low(after) === 'in' && ['length', 'height', 'diameter', 'depth', 'width', 'radius'].includes(v.low(after + 1))));
    const asScale = pre !== null || currencyAfter(v, after, null, true) !== null ||
      (v.isWord(after) && !v.glued(after) && isPluralNoun(v.text(after)) && ps.letter.toLowerCase() !== 'b') ||
      (ps.letter.toLowerCase() === 'm' && !metre && !v.isWord(after));
    if (asScale) {
      f.value = np.value * ps.factor;
      f.e = after;
      scaled = true;
    } else if (ps.letter !== 'm') {
      return null; // "4K", "2B": codes
    }
  }

  // 3. ranges
  let ranged = false;
  const r = rangeAfter(v, nums, n, f.e, f.s, f.measure === 'money');
  if (r === 'drop') {
    skip.add(n + 1);
    return null;
  }
  if (r) {
    f.value = r.min;
    f.valueMax = r.max;
    f.e = r.end;
    skip.add(n + 1);
    ranged = true;
    if (r.currency && f.measure !== 'money') {
      f.unit = f.currency = r.currency;
      f.measure = 'money';
      f.rule = 'figures/money';
    }
  }

  // "twenty-five (25) years", "10 (ten) days": the parenthesised restatement belongs to the number
  const re = nums[n + 1];
  if (re && v.is(f.e, '(') && re.i0 === f.e + 1 && re.value === f.value && v.is(re.i1, ')') && re.i1 === re.i0 + 1) {
    f.e = re.i1 + 1;
    skip.add(n + 1);
  }

  // 4. explicit units
  const p = f.e;
  let explicit: UnitMatch | null = null;
  if (f.measure === 'money') {
    // "KRW 2.311 billion won": a redundant name after the prefix belongs to the span
    const again = currencyAfter(v, p, f.value, true);
    if (again && again.currency === f.currency) f.e = again.end;
  } else {
    explicit = percentAfter(v, p) ?? currencyAfter(v, p, f.value, scaled) ?? physicalAfter(v, p);
    if (explicit) {
      setUnit(f, explicit, ruleFor(explicit));
      // "between 5% and 7%", "from 10 km to 15 km": the second number repeats the unit
      if (!ranged && explicit.measure !== 'money') {
        const r2 = rangeAfter(v, nums, n, f.e, f.s, false);
        const b = nums[n + 1];
        if (r2 && r2 !== 'drop' && b) {
          const again = percentAfter(v, r2.end) ?? physicalAfter(v, r2.end);
          if (again && again.unit === explicit.unit) {
            f.valueMax = r2.max;
            f.e = again.end;
            skip.add(n + 1);
          }
        }
      }
    }
  }

  let headFound = false;
  if (f.measure === 'count' && f.unit === null) {
    const tu = timeUnitAt(v, p);
    if (v.is(p, '-') && v.glued(p) && v.isWord(p + 1) && v.glued(p + 1)) {
      // hyphenated compounds: "16-year-old", "five-year", "24-hour", "30-metre-long", "600-seat"
      const tu2 = timeUnitAt(v, p + 1);
      const unit2 = tu2 ? null : physicalAfter(v, p + 1) ?? percentAfter(v, p + 1);
      if (tu2) {
        f.unit = tu2;
        if (v.is(p + 2, '-') && (v.low(p + 3) === 'old' || v.low(p + 3) === 'olds')) {
          f.measure = 'age';
          f.e = p + 4;
          f.rule = 'figures/age';
        } else {
          f.measure = 'duration';
          f.e = p + 2;
          f.rule = 'figures/duration';
        }
      } else if (unit2) {
        setUnit(f, unit2, ruleFor(unit2));
      } else if (np.kind === 'digits' && compoundNoun(v.text(p + 1)) && !(v.is(p + 2, '-') && v.isNum(p + 3))) {
        f.unit = singularize(v.text(p + 1));
        f.e = p + 2;
        headFound = true;
      } else {
        return null; // "two-way", "one-on-one", "zero-tolerance", "three-time", "3-D"
      }
    } else if (tu) {
      f.unit = tu;
      f.e = p + 1;
      f.measure = 'duration';
      f.rule = 'figures/duration';
      if (v.low(p + 1) === 'ago') return null; // "five years ago" is a date, not an amount
      if (v.low(p + 1) === 'read') return null; // "1 Min Read": page furniture
      if (v.low(p + 1) === 'old' || (v.is(p + 1, '-') && v.low(p + 2) === 'old')) {
        f.measure = 'age';
        f.e = v.low(p + 1) === 'old' ? p + 2 : p + 3;
        f.rule = 'figures/age';
      } else if (v.low(p + 1) === 'of' && v.low(p + 2) === 'age') {
        f.measure = 'age';
        f.e = p + 3;
        f.rule = 'figures/age';
      }
    } else if (v.low(f.s - 1) === 'magnitude' || ((v.is(f.s - 1, '-') || v.low(f.s - 1) === 'of') && v.low(f.s - 2) === 'magnitude') ||
      (v.low(f.s - 1) === 'measuring' && v.anyToken(QUAKE))) {
      // "a magnitude 6.9 quake", "magnitude-7.1", "a magnitude of 6.6", "another earthquake ..., measuring 6.1"
      f.s = v.low(f.s - 1) === 'magnitude' || v.low(f.s - 1) === 'measuring' ? f.s - 1 : f.s - 2;
      f.unit = 'magnitude';
      f.measure = 'measure';
      f.rule = 'figures/measure';
    } else if (magnitudeComplement(v, f.s)) {
      // "the USGS reported the magnitude was 5.9", "its magnitude was later revised to 6.0": the
      // number completes "magnitude" through a copula; the span stays the number alone
      f.unit = 'magnitude';
      f.measure = 'measure';
      f.rule = 'figures/measure';
    }
  }

  // ratios: "one in five adults", "1 in 4", "nine out of 10"
  if (f.measure === 'count' && f.unit === null && !ranged && np.value !== null && Number.isInteger(np.value) && np.value >= 1) {
    const bi = v.low(p) === 'in' ? p + 1 : v.low(p) === 'out' && v.low(p + 1) === 'of' ? p + 2 : -1;
    const b = nums[n + 1];
    if (bi > 0 && b && b.i0 === bi && b.value !== null && Number.isInteger(b.value) && b.value > np.value && b.value <= 1000 &&
      !b.yearLike && b.kind !== 'vague' && b.kind !== 'fraction' && !timeUnitAt(v, b.i1) && !percentAfter(v, b.i1) && !physicalAfter(v, b.i1)) {
      f.value = round((np.value / b.value) * 100);
      f.unit = 'percent';
      f.measure = 'percent';
      f.e = b.i1;
      f.rule = 'figures/ratio';
      skip.add(n + 1);
    }
  }

  // age context: "aged 16", "then 20", "over the age of 100", "ages 12 to 17"
  const age = ageContextBefore(v, f.s);
  if (age && (f.measure === 'count' && f.unit === null || f.measure === 'duration' || f.measure === 'age')) {
    f.measure = 'age';
    f.unit = f.unit ?? 'year';
    f.rule = 'figures/age';
    if (age.inSpan) f.s = age.start;
  }

  // "5G network", "4K screens": letters glued to the digits that no unit rule took make a code
  if (np.kind === 'digits' && f.e === np.i1 && f.measure === 'count' && f.unit === null && v.isWord(f.e) && v.glued(f.e)) return null;

  // 5. the counted noun
  if (f.measure === 'count' && f.unit === null) {
    // a singular head after 1 or after a "one" that passed the gate above ("one person was killed")
    const head = headNounAt(v, p, (np.kind === 'digits' || np.kind === 'words') && np.value === 1);
    if (head) {
      const tu = timeUnitAt(v, head.end - 1);
      f.unit = tu ?? head.unit;
      f.e = head.end;
      if (tu) {
        f.measure = 'duration';
        f.rule = 'figures/duration';
      }
      headFound = true;
    } else {
      const of = headAfterOf(v, p);
      if (of?.kind === 'noun') {
        f.unit = of.head.unit;
        f.e = of.head.end;
        headFound = true;
      } else if (of?.kind === 'anaphor') {
        f.anaphoric = true;
        f.e = of.end;
      } else if (v.low(p) === 'others' || (v.low(p) === 'more' && v.low(p + 1) === 'others')) {
        // "injured 198 people ..., with 16 others still missing": "others" points back to the
        // noun of the previous count, like "six of whom"
        f.anaphoric = true;
        f.e = v.low(p) === 'others' ? p + 1 : p + 2;
      }
    }
  }

  let bare = f.measure === 'count' && f.unit === null && !f.anaphoric;

  // "Cho Ju-bin, then 20," is handled above; "Yoon, 63, said" and "resident, 102, charged" here
  if (bare && isAppositiveAge(v, np, f.e)) {
    f.measure = 'age';
    f.unit = 'year';
    f.rule = 'figures/age';
    bare = false;
  }

  // 6. what is not a figure after all
  if (np.kind === 'digits' && v.isWord(np.i1) && v.glued(np.i1) && f.e <= np.i1) return null; // "5G", "1990s", "20th", "4K"
  if (np.yearLike && !pre && f.measure === 'count' && (!headFound || yearContextBefore(v, np.i0))) return null;
  // "in 2010 dollars", "in constant 2015 euros": the year of a price level, not an amount
  if (np.yearLike && !pre && f.measure === 'money' && f.e === np.i1 + 1 && (v.low(np.i0 - 1) === 'in' || v.low(np.i0 - 1) === 'constant' || v.low(np.i0 - 1) === 'real')) return null;
  // "beyond one chat room"; but "only one person was killed" is a toll
  if (np.kind === 'words' && v.low(np.i0) === 'one' && np.i1 === np.i0 + 1 && f.measure === 'count' && !isVictimCount(v, f.unit, f.e) && !listedName(v, np.i0)) return null;
  // "the two", "Nine were saved"; but "killed seven people, including two in Qinghai" may take the
  // noun of the earlier count (the refiner drops it if it finds none)
  if ((np.kind === 'words' || np.kind === 'article') && f.measure === 'count' && f.unit === null && !f.anaphoric) {
    // "put the death toll at two", "the number of dead rose to five": the sentence names what it counts
    const named = v.low(f.s - 1) === 'at' || v.low(f.s - 1) === 'to' ? unitFromContext(v, np.i0) : null;
    if (named) {
      f.unit = named;
      bare = false;
    } else {
      if (!elisionCue(v, f.s)) return null;
      f.elliptical = true;
      f.needsUnit = true;
    }
  }
  // "Formula 1 teams", "World War 2 veterans", "Windows 11 users": a small number right after a
  // capitalised word is part of a name even before a plural; acronyms listing counts stay
  // ("the pro-Kurdish HDP 59 seats"), and so do title-case headlines ("Police Arrest 7 Suspects")
  if (np.kind === 'digits' && headFound && f.measure === 'count' && (np.value ?? 0) < 100 && np.plainInteger && isNameBefore(v, np.i0) && !v.isCapitalized(f.e - 1)) return null;
  // "the Big Four", "Four Seasons": a capitalised number word inside a name
  if (np.kind === 'words' && v.isCapitalized(np.i0) && !v.startsSentence(np.i0) && f.measure === 'count' && v.isCapitalized(f.e - 1) && f.e - 1 !== np.i0) return null;

  // qualifiers and changes
  const q = qualifierBefore(v, f.s);
  let prepositional = false;
  if (q) {
    const word = v.low(q.start);
    prepositional = q.start === f.s - 1 && (word === 'above' || word === 'below');
    // "over the past five days" never reaches here; "spread over three days" means during
    const overDuring = word === 'over' && q.start === f.s - 1 && f.measure === 'duration' &&
      !['for', 'of', 'after', 'lasting', 'than', 'served', 'spent', 'took'].includes(v.low(q.start - 1));
    if (!overDuring) {
      f.qualifier = q.qualifier;
      f.s = q.start;
    }
  }
  const post = qualifierAfter(v, f.e);
  if (post && f.qualifier === 'exact') {
    f.qualifier = post.qualifier;
    f.e = post.end;
    // "volunteers 65 and older": an age
    if (v.low(post.end - 1) === 'older' && f.measure === 'count' && f.unit === null && !f.anaphoric) {
      f.measure = 'age';
      f.unit = 'year';
      f.rule = 'figures/age';
      bare = false;
    }
  }
  // "fell below $50" and "rose above 5%" describe levels, not changes; "gained 19% of the vote" is
  // a share, not a change
  const share = f.measure === 'percent' && v.low(f.e) === 'of';
  if (!prepositional && !share) f.change = changeBefore(v, f.s);
  if (!f.change && !share && (f.measure === 'percent' || f.measure === 'money' || f.measure === 'measure')) f.change = changeNounAfter(v, f.e);

  if (bare) {
    if (f.needsUnit) return f;
    if (np.kind !== 'digits') return null;
    // "Apollo 11", "Article 5", "S&P 500 index"; but not "..., CHP 132, MHP 81" in a results list
    if (f.qualifier === 'exact' && isLabel(v, np.i0) && !listedName(v, np.i0)) return null;
    // "(3)" footnotes and list markers; "2. Hurricane Camille -- ..." numbered lists
    if (np.plainInteger && (np.value ?? 0) < 100 && v.is(np.i0 - 1, '(') && v.is(f.e, ')')) return null;
    if (np.plainInteger && v.startsSentence(np.i0) && (v.is(f.e, '.') || v.is(f.e, ')')) && f.e + 1 < v.length) return null;
    // "the class of '98", "in '98": with no noun after it, a number after an opening apostrophe is a year
    if (clipped === 'spaced') return null;
    f.unit = unitFromContext(v, np.i0);
    // a bare number with no unit from context may take the noun of an earlier count (refiners)
    f.elliptical = f.unit === null;
  }
  return f;
}

/** "one person was killed", "one man died": a count of people that a casualty word follows closely */
const PEOPLE = new Set(['person', 'man', 'woman', 'child']);

function isVictimCount(v: TokenView, unit: string | null, e: number): boolean {
  if (unit === null || !PEOPLE.has(unit)) return false;
  for (let k = e; k < e + 3; k++) {
    const w = v.low(k);
    if (CASUALTY.has(w) || CASUALTY_VERBS.has(w) || w === 'died' || w === 'dies') return true;
  }
  return false;
}

/** connectors between "magnitude" and its number: "the magnitude was 5.9", "was revised to 6.0" */
const MAGNITUDE_LINK = new Set(['was', 'is', 'were', 'at', 'to', 'put', 'revised', 'measured', 'estimated', 'initially', 'later', 'upgraded', 'downgraded', 'lowered', 'raised', 'reached', 'registered', 'been', 'has', 'had']);

/** Is the number at token s the complement of "magnitude" through a copula ("the magnitude was 5.9")? */
function magnitudeComplement(v: TokenView, s: number): boolean {
  let k = s - 1;
  // at most four linking words, so the look-back is constant
  for (let n = 0; n < 4 && MAGNITUDE_LINK.has(v.low(k)); n++) k--;
  return k < s - 1 && v.low(k) === 'magnitude';
}

/** A capitalised, not all-capitals word before the number that is not a function word: a name. */
function isNameBefore(v: TokenView, i: number): boolean {
  const k = i - 1;
  if (!v.isCapitalized(k)) return false;
  const t = v.text(k);
  if (t === t.toUpperCase() || !isLabel(v, i)) return false;
  // at the start of a sentence any word is capitalised: "Formula" is a name, "Overall" is not
  if (v.startsSentence(k)) {
    const tags = tagsOf(v.low(k));
    return !(tags.has('Adverb') || tags.has('Determiner') || tags.has('Preposition') || tags.has('Conjunction') || tags.has('Adjective') || tags.has('Verb'));
  }
  return true;
}

function unitMayFollow(v: TokenView, j: number): boolean {
  const low = v.low(j);
  // "one person was killed", "one man died": checked in full once the noun is read (isVictimCount)
  if (PEOPLE.has(low) && isVictimCount(v, low, j + 1)) return true;
  return low === 'in' || low === 'out' || low === '-' || low === '(' || timeUnitAt(v, j) !== null ||
    percentAfter(v, j) !== null || physicalAfter(v, j) !== null || currencyAfter(v, j, 1, false) !== null;
}


/** "dozens of women", "hundreds of reports", "tens of thousands of boat people", "millions of dollars" */
function readVague(v: TokenView, np: NumberPhrase): Candidate | null {
  const f = draft(np);
  f.rule = 'figures/vague';
  let p = np.i1;
  if (v.low(p) === 'more') p++; // "dozens more people"
  if (v.low(p) === 'of') {
    let d = p + 1;
    if (v.low(d) === 'the') d++;
    const money = currencyName(v, d);
    if (money && money.measure === 'money') {
      setUnit(f, money, 'figures/vague');
    } else {
      const of = headAfterOf(v, p);
      if (of?.kind !== 'noun') return null;
      f.unit = of.head.unit;
      f.e = of.head.end;
    }
  } else {
    const money = currencyAfter(v, p, null, true); // "several million won"
    if (money && money.measure === 'money') {
      setUnit(f, money, 'figures/vague');
    } else {
      const head = headNounAt(v, p);
      if (!head) return null;
      f.unit = head.unit;
      f.e = head.end;
    }
  }
  const q = qualifierBefore(v, f.s);
  if (q) {
    f.qualifier = q.qualifier;
    f.s = q.start;
  }
  return f;
}

/** "two-thirds of the gain", "a quarter of", "more than half of adults", "rose by a third" */
function readFraction(v: TokenView, np: NumberPhrase, end: number, fraction: number): Candidate | null {
  const byChange = v.low(np.i0 - 1) === 'by' ? changeBefore(v, np.i0) : null;
  // "a quarter of a percentage point", "half a percentage point", "a third of a percent": a
  // fraction of the unit that follows, not a share of something
  let j = end;
  if (v.low(j) === 'of') j++;
  const ofUnit = v.low(j) === 'a' ? percentAfter(v, j + 1) : null;
  // "more than half the new capacity" (numbers.ts only reads it with a quantifier before it)
  const share = v.low(end) === 'of' || (np.kind === 'fraction' && v.low(np.i0) === 'half' && HALF_DETERMINERS.has(v.low(end)));
  if (!share && !byChange && !ofUnit) return null;
  // "the first half of the year", "the other half of", "the third quarter"
  if (['first', 'second', 'other', 'latter', 'former', 'the', 'last', 'next', 'back', 'front', 'top', 'bottom', 'this'].includes(v.low(np.i0 - 1))) return null;
  const f = draft(np);
  f.e = end;
  f.value = round(fraction * 100);
  f.unit = 'percent';
  f.measure = 'percent';
  f.rule = 'figures/fraction';
  if (ofUnit) {
    setUnit(f, ofUnit, ruleFor(ofUnit));
    f.value = round(fraction);
  }
  const q = qualifierBefore(v, f.s);
  if (q) {
    f.qualifier = q.qualifier;
    f.s = q.start;
  }
  f.change = changeBefore(v, f.s);
  return f;
}
