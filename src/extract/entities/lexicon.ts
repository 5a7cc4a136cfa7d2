// Read-only questions about words that the entity extractor asks compromise's lexicon. Only
// lexicon look-ups (no tagging of unknown words): a full parse per word would cost the pipeline its
// speed budget, and an unknown capitalised word tells us more by being unknown. Every word's answers
// are computed once into a small bit set: the extractor asks about the same words many times.
import { lexiconTags as rawTags } from '../../nlp/nlp.js';

const FIRST = 1;
const LAST = 2;
const DEMONYM = 4;
const MONTH_DAY = 8;
const COMMON = 16;
const FUNCTION = 32;
const COUNTRY = 64;
const CITY = 128;
const REGION = 256;
const PLACE = 512;
const ORGANIZATION = 1024;
const KNOWN = 2048;

const NAME_TAGS = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'Country', 'City', 'Region',
  'ProperNoun', 'Organization', 'Demonym',
]);
const FUNCTION_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'QuestionWord', 'Copula',
  'Negative', 'Modal', 'Auxiliary', 'Adverb',
]);
const BIT: Record<string, number> = {
  FirstName: FIRST, MaleName: FIRST, FemaleName: FIRST, Person: FIRST, LastName: LAST, Demonym: DEMONYM,
  Month: MONTH_DAY, WeekDay: MONTH_DAY, Country: COUNTRY, City: CITY, Region: REGION, Place: PLACE,
  Organization: ORGANIZATION,
};

/**
 * A copy of `s` for a key kept across documents: V8 makes a substring of 13 or more characters a
 * view into the whole text, which a long-lived cache would keep alive.
 */
export const detach = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

const profiles = new Map<string, number>();
const PROFILE_LIMIT = 200_000;

/** The lexicon's facts about a lower-cased word (or phrase), as bits. */
function profile(lower: string): number {
  let bits = profiles.get(lower);
  if (bits !== undefined) return bits;
  bits = 0;
  const tags = rawTags(lower);
  if (tags.length) {
    bits |= KNOWN;
    let named = false;
    for (const t of tags) {
      bits |= BIT[t] ?? 0;
      if (NAME_TAGS.has(t)) named = true;
      if (FUNCTION_TAGS.has(t)) bits |= FUNCTION;
    }
    if (!named) bits |= COMMON;
  }
  if (profiles.size >= PROFILE_LIMIT) profiles.clear();
  profiles.set(detach(lower), bits);
  return bits;
}

/** The lexicon's tags of a lower-cased word, for rules that need the raw list. */
export const lexiconTags = (lower: string): readonly string[] => rawTags(lower);

/** Whether compromise knows the lower-cased word at all. */
export const isKnownWord = (lower: string): boolean => (profile(lower) & KNOWN) !== 0;

/** "pavel", "kim", "theresa": a given name in compromise's name lists. */
export const isFirstName = (lower: string): boolean => (profile(lower) & FIRST) !== 0;

/** "smith", "putin", "ryu". */
export const isLastName = (lower: string): boolean => (profile(lower) & LAST) !== 0;

/** "korean", "french", "koreans": adjectives and plurals of nationality. */
export const isDemonym = (lower: string): boolean => (profile(lower) & DEMONYM) !== 0;

// Weekday abbreviations the lexicon lacks; with their period only ("Wed." yes, "Sun" the surname no).
const DAY_ABBREVIATIONS = new Set(['mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.']);

/**
 * "december", "tuesday", and their abbreviations with a period: "Dec.", "Sept.", "Tues." (the lexicon
 * lists "dec" but not "dec.", and a dated dateline "XINING, Dec. 19" made "Dec." an organisation).
 */
export const isMonthOrWeekday = (lower: string): boolean =>
  (profile(lower) & MONTH_DAY) !== 0 ||
  (lower.length >= 4 && lower.length <= 6 && lower.endsWith('.') && (DAY_ABBREVIATIONS.has(lower) || (profile(lower.slice(0, -1)) & MONTH_DAY) !== 0));

/** A word compromise knows as something other than a name: "special", "police", "hero". */
export const isLexiconCommon = (lower: string): boolean => (profile(lower) & COMMON) !== 0;

/** "the", "in", "however", "these": words that open sentences but never names. */
export const isFunctionWord = (lower: string): boolean => (profile(lower) & FUNCTION) !== 0;

export type PlaceKind = 'Country' | 'City' | 'Region' | 'Place';

/** The place tag compromise gives a (possibly multi-word) lower-case phrase: "south korea", "seoul". */
export function lexiconPlace(lower: string): PlaceKind | null {
  const bits = profile(lower);
  if (bits & COUNTRY) return 'Country';
  if (bits & CITY) return 'City';
  if (bits & REGION) return 'Region';
  if (bits & PLACE) return 'Place';
  return null;
}

/** compromise's own organisation list ("bbc", "nato", "samsung"). */
export const lexiconOrganization = (lower: string): boolean => (profile(lower) & ORGANIZATION) !== 0;
