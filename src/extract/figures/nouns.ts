// The unit of a count: the singular head noun of the counted thing, without its modifiers.
//
//   "30 female students" -> student      "nearly 96,000 deepfake videos online" -> video
//   "25 pieces of sexual exploitation material" -> piece      "1,200 people" -> person
//   "six of the suspects" -> suspect     "2,000 staff" -> staff     "387 suspects" -> suspect
//
// Watch out for: compromise tags "suspects", "votes", "seats", "doses" as present-tense verbs and
// "Somalis" as singular: after a number a word ending in -s is a plural noun unless it is a
// function word ("has", "was", "always"); "crisis", "status", "campus" end in -s but are singular;
// toSingular("series") is "sery", so uncountable nouns are kept as they are; "confirmed cases" has a
// participle modifier, "5 killed" does not.
import { lexiconTags, toSingular } from '../../nlp/nlp.js';
import { isNumberWord } from './numbers.js';
import { table, type TokenView } from './tokens.js';

const IRREGULAR = table<string>({
  people: 'person', persons: 'person', women: 'woman', men: 'man', children: 'child', police: 'police',
  feet: 'foot', teeth: 'tooth', geese: 'goose', mice: 'mouse', lives: 'life', wives: 'wife',
  knives: 'knife', halves: 'half', thieves: 'thief', leaves: 'leaf', wolves: 'wolf', shelves: 'shelf',
  criteria: 'criterion', phenomena: 'phenomenon', media: 'media', data: 'data', staff: 'staff',
  crew: 'crew', personnel: 'personnel', cattle: 'cattle', livestock: 'livestock', aircraft: 'aircraft',
  spacecraft: 'spacecraft', deer: 'deer', sheep: 'sheep', fish: 'fish', offspring: 'offspring',
  clergy: 'clergy', series: 'series', species: 'species', news: 'news', headquarters: 'headquarters',
  analyses: 'analysis', crises: 'crisis', diagnoses: 'diagnosis', theses: 'thesis', indices: 'index',
  buses: 'bus', viruses: 'virus', campuses: 'campus', bonuses: 'bonus', statuses: 'status',
  taxes: 'tax', boxes: 'box', matches: 'match', churches: 'church', businesses: 'business',
  addresses: 'address', witnesses: 'witness', classes: 'class', glasses: 'glass', losses: 'loss',
  processes: 'process', sexes: 'sex', fixes: 'fix', dishes: 'dish', crashes: 'crash', clashes: 'clash',
  bushes: 'bush', branches: 'branch', speeches: 'speech', coaches: 'coach', beaches: 'beach',
  barracks: 'barracks',
});
/** plural in meaning without a plural -s: they can head a count on their own */
const COLLECTIVE = new Set([
  'people', 'police', 'staff', 'crew', 'personnel', 'cattle', 'livestock', 'aircraft', 'spacecraft',
  'deer', 'sheep', 'fish', 'offspring', 'clergy', 'women', 'men', 'children', 'feet', 'teeth', 'geese', 'mice',
]);
/** words ending in -s after a number that are not plural nouns */
const NOT_PLURAL = new Set([
  'has', 'was', 'is', 'does', 'goes', 'says', 'seems', 'remains', 'means', 'makes', 'takes', 'gives',
  'shows', 'comes', 'needs', 'wants', 'includes', 'becomes', 'thus', 'plus', 'always', 'perhaps',
  'across', 'unless', 'whereas', 'sometimes', 'its', 'this', 'his', 'hers', 'ours', 'yours', 'theirs',
  'us', 'yes', 'as', 'besides', 'towards', 'afterwards', 'nevertheless', 'less', 'whose',
  // amounts, not things: "297 leaving thousands"
  'dozens', 'tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'lakhs', 'crores',
]);
/** plural-looking heads that do not name the counted thing: "five others", "the two ones" */
const NON_HEAD = new Set(['others', 'ones', 'more', 'each', 'apiece', 'respectively', 'alone', 'so']);
/** modifiers that sit between a number and its noun though they are not adjectives for compromise */
const MODIFIER_OK = new Set(['more', 'other', 'additional', 'further', 'extra', 'new', 'such', 'fewer', 'same', 'separate', 'different', 'so-called', 'own']);
const BLOCKING_TAGS = [
  'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Possessive', 'Copula', 'Condition',
  'QuestionWord', 'Expression', 'Auxiliary', 'Modal', 'Negative', 'Date',
];

const TAG_CACHE = new Map<string, ReadonlySet<string>>();
const TAG_CACHE_LIMIT = 50_000;

/**
 * The lexicon's tags for a lower-case word, else a guess from its ending. No compromise parse:
 * words near numbers are often names ("100 Telegram channels") and a parse per unknown word would
 * cost a tenth of a millisecond each.
 */
export function tagsOf(lower: string): ReadonlySet<string> {
  let tags = TAG_CACHE.get(lower);
  if (tags === undefined) {
    const known = lexiconTags(lower);
    if (known.length > 0) tags = new Set(known);
    else if (/ing$/.test(lower)) tags = new Set(['Gerund']);
    else if (/ed$/.test(lower)) tags = new Set(['PastTense']);
    else if (/ly$/.test(lower)) tags = new Set(['Adverb']);
    else if (/(?:ous|ful|ive|able|ible|ical|less|ish)$/.test(lower)) tags = new Set(['Adjective']);
    else tags = new Set(/[^s]s$/.test(lower) ? ['Noun', 'Plural'] : ['Noun', 'Singular']);
    if (TAG_CACHE.size >= TAG_CACHE_LIMIT) TAG_CACHE.clear();
    TAG_CACHE.set(lower, tags);
  }
  return tags;
}

function blocked(tags: ReadonlySet<string>): boolean {
  return BLOCKING_TAGS.some((t) => tags.has(t));
}

/** Is `word` (as written) a plural noun, given that it follows a number? */
export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR.has(lower) && (COLLECTIVE.has(lower) || lower.endsWith('s') || lower === 'data' || lower === 'media' || lower === 'criteria' || lower === 'phenomena')) return true;
  if (NOT_PLURAL.has(lower) || NON_HEAD.has(lower)) return false;
  const tags = tagsOf(lower);
  if (blocked(tags) || tags.has('Adverb')) return false;
  if (tags.has('Plural')) return true;
  // "crisis", "status", "axis", "hepatitis" are singular; "Somalis", "Israelis", "taxis" are not
  // the lexicon's own "Singular" on an -s word is trusted: "gas", "caucus", "corpus" ("5 gas stations")
  if (lower.length >= 3 && /[^s]s$/.test(lower) && !/(?:us|sis|xis|itis)$/.test(lower)) return !tags.has('Adjective') && !tags.has('Singular');
  return false;
}

/** "universities" -> "university", "people" -> "person", "Americans" -> "american". */
export function singularize(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular !== undefined) return irregular;
  if (!lower.endsWith('s') || /(?:ss|us|sis|xis|itis)$/.test(lower)) return lower;
  const tags = tagsOf(lower);
  if (tags.has('Uncountable') && !tags.has('Plural')) return lower;
  const s = toSingular(lower);
  // guard against the odd transform: the singular must be the plural minus a short ending
  if (s.length >= lower.length - 3 && s.length < lower.length && lower.startsWith(s.slice(0, Math.max(1, s.length - 2)))) return s;
  return lower.replace(/s$/, '');
}

export interface Head {
  /** singular lower-case unit */
  unit: string;
  /** token index after the head noun */
  end: number;
}

const MAX_MODIFIERS = 4;

/**
 * The head noun of the phrase starting at token j: skip up to four modifiers (adjectives, noun
 * modifiers, proper nouns, participles before a plural), stop at function words and punctuation.
 * `singular` allows a singular head ("1 person", "one year").
 */
export function headNounAt(v: TokenView, j: number, singular = false): Head | null {
  let k = j;
  for (let n = 0; n <= MAX_MODIFIERS && k < v.length; n++) {
    // "two dozen Suffolk “Saga louts”": quotation marks inside the noun phrase
    if (v.is(k, '"') && n < MAX_MODIFIERS) {
      k++;
      continue;
    }
    if (!v.isWord(k)) return null;
    // a hyphenated compound ("AI-generated", "rain-related") is one modifier
    let last = k;
    while (v.is(last + 1, '-') && v.glued(last + 1) && v.isWord(last + 2) && v.glued(last + 2)) last += 2;
    const word = v.text(last);
    const lower = word.toLowerCase();
    if (last === k && lower === 'more') {
      k++; // "three more suspects"
      continue;
    }
    if (last === k && NON_HEAD.has(lower)) return null; // "five others", "each"
    if (isPluralNoun(word)) return { unit: singularize(word), end: last + 1 };
    const tags = tagsOf(lower);
    // "16 seriously injured people", "40 badly damaged homes": an -ly adverb grading the modifier
    // after it is part of the noun phrase
    if (last === k && tags.has('Adverb') && lower.endsWith('ly') && n < MAX_MODIFIERS - 1 && v.isWord(k + 1) && gradable(tagsOf(v.low(k + 1)))) {
      k++;
      continue;
    }
    if (last === k && (blocked(tags) || (tags.has('Adverb') && !MODIFIER_OK.has(lower)))) return null;
    // "12 search and rescue dogs", "five oil and gas companies": a singular word joined by "and" to
    // the next modifier is one compound modifier ("3 cats and dogs" stops at the plural above)
    if (last === k && (v.low(k + 1) === 'and' || v.is(k + 1, '&')) && v.isWord(k + 2) && !isNumberWord(v.low(k + 2)) &&
      !tags.has('Plural') && !tags.has('Adjective') && !tags.has('PastTense') && !tags.has('Gerund') && n < MAX_MODIFIERS - 1) {
      k += 2;
      continue;
    }
    if (singular && last === k && (tags.has('Noun') || tags.has('Singular') || tags.has('Actor') || tags.has('Duration') || tags.has('Unit'))) {
      // "1 person", but "1 deepfake video" keeps looking for the head
      const next = k + 1;
      if (!(v.isWord(next) && (isPluralNoun(v.text(next)) || tagsOf(v.low(next)).has('Noun') || tagsOf(v.low(next)).has('Singular')))) {
        return { unit: singularize(word), end: k + 1 };
      }
    }
    if (last === k && (tags.has('PastTense') || tags.has('Gerund') || tags.has('Verb') || tags.has('PresentTense') || tags.has('Infinitive'))) {
      // "2,000 confirmed cases", "13,263 operating utility-scale wind farm phases" yes; "5 killed in" no
      if (!v.isWord(k + 1)) return null;
    }
    k = last + 1;
  }
  return null;
}

const OF_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'such', 'all']);
/** pronouns after "of" that point back to the noun of an earlier figure: "six of whom" */
const ANAPHORS = new Set(['whom', 'which', 'them', 'those', 'these']);

export type OfHead = { kind: 'noun'; head: Head } | { kind: 'anaphor'; end: number } | null;

/** "of the suspects", "of such videos", "of whom": the noun after "of" at token j. */
export function headAfterOf(v: TokenView, j: number): OfHead {
  if (v.low(j) !== 'of') return null;
  const k = j + 1;
  // "six of whom", "five of them"; but "two of those arrested" names its noun later
  const pron = v.low(k);
  if (ANAPHORS.has(pron) && (pron === 'whom' || pron === 'which' || pron === 'them' || !v.isWord(k + 1))) return { kind: 'anaphor', end: k + 1 };
  let d = k;
  while (OF_DETERMINERS.has(v.low(d)) && d < k + 2) d++;
  // "44 of 55 counties", "two of his four aerial duels": the noun is the other number's; the span
  // stops before that number, which is a figure of its own
  if (v.isNum(d) || isNumberWord(v.low(d))) {
    const after = headNounAt(v, d + 1);
    return after ? { kind: 'noun', head: { ...after, end: d } } : null;
  }
  const head = headNounAt(v, d);
  return head ? { kind: 'noun', head } : null;
}

/** an adjective or a participle that an adverb can grade ("seriously injured", "critically ill") */
function gradable(tags: ReadonlySet<string>): boolean {
  return tags.has('Adjective') || tags.has('PastTense') || tags.has('Participle');
}

const MAX_LOOKBACK = 60;
/** "put the death toll at 267", "estimated the number of displaced at 2,500" */
const ESTIMATE_VERBS = new Set(['put', 'puts', 'putting', 'placed', 'places', 'placing', 'estimated', 'estimates', 'estimating', 'pegged']);
const ESTIMATE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her']);
/** "the number of dead rose to 40": the victims a casualty word names */
const DEAD_WORDS = new Set(['dead', 'killed', 'deaths', 'fatalities']);

/**
 * The counted noun named elsewhere in the sentence, for a bare number:
 * "the number of deepfake cases has risen from 156 in 2021 to 297" -> case;
 * "the death toll rose to 297" -> death.
 */
export function unitFromContext(v: TokenView, i: number): string | null {
  // bounded look-back: a long sentence of bare numbers must stay linear
  // "put the casualties at 600": what is put at the number, when it is a plural noun
  if (v.low(i - 1) === 'at') {
    for (let k = i - 2; k >= 1 && k >= i - 8; k--) {
      if (!ESTIMATE_VERBS.has(v.low(k))) continue;
      const w = v.text(i - 2);
      if (ESTIMATE_DETERMINERS.has(v.low(k + 1)) && k + 1 < i - 2 && v.low(i - 2) !== 'toll' && isPluralNoun(w)) return singularize(w);
      break;
    }
  }
  for (let k = i - 1; k >= 1 && k >= i - MAX_LOOKBACK; k--) {
    if (v.low(k) === 'of' && v.low(k - 1) === 'number') {
      const of = headAfterOf(v, k);
      if (of?.kind === 'noun' && of.head.end <= i) return of.head.unit;
      // "the number of dead", "the number of injured": the people a casualty word counts
      const w = v.low(k + 1) === 'the' ? v.low(k + 2) : v.low(k + 1);
      if (DEAD_WORDS.has(w)) return 'death';
      if (CASUALTY.has(w)) return 'person';
    }
    if (v.low(k) === 'toll' && v.low(k - 1) === 'death') return 'death';
  }
  return null;
}

/**
 * Does a bare number starting at token s stand in a coordination whose noun is elided?
 * "118 people ..., including 13 in Qinghai", "182 people injured and 20 missing", "with 16 still
 * missing", "of which 13 in Qinghai", "among them 13 children", "50 seats out of 75". The words
 * before it are the cue: a bare number after them usually counts what an earlier figure of the
 * sentence counts.
 */
export function elisionCue(v: TokenView, s: number): boolean {
  const w = v.low(s - 1);
  if (w === 'including' || w === 'and' || w === 'or' || w === 'plus') return true;
  // ", with 16 still missing" but not "with 5 in the lead" opening a sentence
  if (w === 'with') return v.is(s - 2, ',');
  // "of which 13", "of them 13", "of whom 13", "among them 13"
  if (w === 'which' || w === 'them' || w === 'whom') return v.low(s - 2) === 'of' || v.low(s - 2) === 'among';
  // "at least 50 seats out of 75", "323 seats out of the total 600", "out of total 3,465,736"
  if (w === 'of') return v.low(s - 2) === 'out';
  if (w === 'total') return v.seqBefore(s - 1, ['out', 'of']) || v.seqBefore(s - 1, ['out', 'of', 'the']);
  return listedName(v, s);
}

// the last word of a party's or bloc's name in a results list ("the Jatiya Party 11")
const BLOC_WORDS = new Set(['party', 'alliance', 'front', 'league', 'union', 'bloc', 'coalition', 'congress', 'movement', 'list', 'independents', 'greens']);

/**
 * "258 seats in the parliament, CHP 132, MHP 81, and HDP 79", "the Awami League had won 223 seats,
 * the Jatiya Party 11": a number right after a party's name (an acronym, or a name ending in Party,
 * League, ...) that is itself an item of a list (a comma, "and" or a semicolon before the name) and
 * ends there (a comma, semicolon, "and" or the end after the number) counts what the list counts.
 */
export function listedName(v: TokenView, s: number): boolean {
  const last = s - 1;
  if (!v.isWord(last)) return false;
  const word = v.text(last);
  if (!(/^[A-Z]{2,6}$/.test(word) || (v.isCapitalized(last) && BLOC_WORDS.has(word.toLowerCase())))) return false;
  const after = v.low(s + 1);
  if (!(after === '' || after === ',' || after === ';' || after === 'and' || after === '.' || after === 'or')) return false;
  // back over the name (capitalised words, "of", "the", a possessive) to what opens the item
  for (let k = last - 1; k >= 0 && k >= last - 6; k--) {
    const w = v.low(k);
    if (w === ',' || w === ';' || w === 'and') return true;
    if (!(v.isCapitalized(k) || w === 'the' || w === 'of' || w === "'" || w === 's' || w === '-')) return false;
  }
  return false;
}

/** "killed 118", "kills at least 118", "injuring 20": verbs whose bare object counts victims, i.e. people. */
export const CASUALTY_VERBS = new Set(['kill', 'kills', 'killed', 'killing', 'injure', 'injures', 'injured', 'injuring', 'wound', 'wounds', 'wounded', 'wounding']);

/** "13 dead", "20 missing", "182 injured": adjectives and participles that count victims, i.e. people. */
export const CASUALTY = new Set(['dead', 'killed', 'injured', 'wounded', 'missing', 'hurt', 'unaccounted', 'hospitalised', 'hospitalized', 'evacuated', 'rescued', 'displaced', 'homeless', 'stranded', 'trapped', 'feared']);
