// Read-only questions about words that the entity extractor asks compromise's lexicon. Only
// lexicon look-ups (no tagging of unknown words): a full parse per word would cost the pipeline its
// speed budget, and an unknown capitalised word tells us more by being unknown.
import { lexiconTags } from '../../nlp/nlp.js';

export { lexiconTags };

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const NAME_TAGS = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'Country', 'City', 'Region',
  'ProperNoun', 'Organization', 'Demonym',
]);
const FUNCTION_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'QuestionWord', 'Copula',
  'Negative', 'Modal', 'Auxiliary', 'Adverb',
]);

const has = (word: string, set: ReadonlySet<string>): boolean => lexiconTags(word).some((t) => set.has(t));

/** "Pavel", "Kim", "Theresa": a given name in compromise's name lists. */
export const isFirstName = (word: string): boolean => has(word, FIRST_NAME_TAGS) || lexiconTags(word).includes('Person');

/** "Smith", "Putin", "Ryu". */
export const isLastName = (word: string): boolean => lexiconTags(word).includes('LastName');

/** "Korean", "French", "Koreans": adjectives and plurals of nationality. */
export const isDemonym = (word: string): boolean => lexiconTags(word).includes('Demonym');

export const isMonthOrWeekday = (word: string): boolean =>
  lexiconTags(word).some((t) => t === 'Month' || t === 'WeekDay');

/** A word compromise knows as something other than a name: "special", "police", "hero". */
export function isLexiconCommon(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

/** "The", "In", "However", "These": words that open sentences but never names. */
export const isFunctionWord = (word: string): boolean => has(word, FUNCTION_TAGS);

export type PlaceKind = 'Country' | 'City' | 'Region' | 'Place';

/** The place tag compromise gives a (possibly multi-word) lower-case phrase: "south korea", "seoul". */
export function lexiconPlace(phrase: string): PlaceKind | null {
  for (const t of lexiconTags(phrase)) {
    if (t === 'Country' || t === 'City' || t === 'Region' || t === 'Place') return t;
  }
  return null;
}

/** compromise's own organisation list ("bbc", "nato", "samsung"). */
export const lexiconOrganization = (phrase: string): boolean => lexiconTags(phrase).includes('Organization');
