// What a single word says on its own, before any document evidence: common word, name word, title.
import { COMMON_CAPITALISED, GENERIC_INSTITUTIONS, gazetteerLookup } from './gazetteer.js';
import { detach, isFunctionWord, isKnownWord, isLexiconCommon, isMonthOrWeekday } from './lexicon.js';

// Endings of English common nouns and adverbs that names almost never have. Not "-ing" (Xi Jinping)
// nor "-er" (Miller).
const COMMON_ENDING = /(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|isms?|ists|ship|ships|ogy|ally|ously|ively|ical|ional|ized|ised|izes|ises|ations)$/;

const commonCache = new Map<string, boolean>();

/** A word that is ordinary English when capitalised ("Special", "Authorities", "Government"). */
export function looksCommon(lower: string): boolean {
  let out = commonCache.get(lower);
  if (out !== undefined) return out;
  out =
    COMMON_CAPITALISED.has(lower) ||
    GENERIC_INSTITUTIONS.has(lower) ||
    isMonthOrWeekday(lower) ||
    isFunctionWord(lower) ||
    (isLexiconCommon(lower) && !gazetteerLookup(lower)) ||
    (COMMON_ENDING.test(lower) && !isKnownWord(lower) && !gazetteerLookup(lower));
  if (commonCache.size > 100_000) commonCache.clear();
  commonCache.set(detach(lower), out);
  return out;
}

/** Function words and adverbs that open sentences: stripped from the front of a candidate. */
export function isOpener(lower: string): boolean {
  return isFunctionWord(lower) || isMonthOrWeekday(lower) || OPENERS.has(lower);
}
const OPENERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'under', 'over', 'after', 'before',
  'during', 'since', 'until', 'as', 'if', 'when', 'while', 'but', 'and', 'or', 'so', 'yet', 'this', 'that',
  'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'according', 'however', 'meanwhile',
  'separately', 'recently', 'also', 'still', 'last', 'next', 'earlier', 'later', 'today', 'yesterday',
  'tomorrow', 'then', 'now', 'both', 'all', 'some', 'many', 'most', 'several', 'other', 'another', 'each',
  'every', 'no', 'not', 'only', 'even', 'just', 'despite', 'amid', 'although', 'though', 'because', 'unlike',
  'like', 'about', 'around', 'via', 'per', 'between', 'among', 'against', 'into', 'onto', 'upon', 'across',
  'behind', 'beyond', 'near', 'outside', 'inside', 'within', 'through', 'throughout', 'toward', 'towards',
  'to', 'of', 'off', 'up', 'down', 'out', 'once', 'twice', 'where', 'why', 'how', 'what', 'which', 'who',
  'whom', 'whose', 'there', 'here', 'we', 'they', 'he', 'she', 'it', 'i', 'you', 'following', 'including',
  'additionally', 'furthermore', 'moreover', 'alarmingly', 'approximately', 'nearly', 'almost', 'roughly',
  'overall', 'instead', 'indeed', 'thus', 'therefore', 'hence', 'otherwise', 'rather', 'perhaps', 'maybe',
  'certainly', 'clearly', 'obviously', 'unfortunately', 'fortunately', 'importantly', 'notably', 'crucially',
  'initially', 'finally', 'eventually', 'ultimately', 'previously', 'currently', 'subsequently', 'thereafter',
  'former', 'then-', 'dear', 'oh', 'yes', 'please',
]);
