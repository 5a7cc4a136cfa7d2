// Tokens of one sentence, with offsets relative to the sentence text, and the word classes the
// attribution rules need. Word knowledge comes from nlp.ts (compromise's lexicon), cached per word.
import { lexiconTags, toInfinitive, wordTags } from '../../nlp/nlp.js';
import {
  BE, DETERMINERS, DO, HAVE, IRREGULAR, MODALS, MONTHS, PREPOSITIONS, REPORTING_FORMS, WEEKDAYS,
} from './lexicon.js';

export interface Token {
  text: string;
  /** lower case, curly apostrophes kept */
  lower: string;
  start: number;
  end: number;
  /** `word` (letters, maybe digits), `num` (starts with a digit), `punct` (anything else, one char or `--`, `''`, ``` `` ```) */
  kind: 'word' | 'num' | 'punct';
}

// A word: letters/digits joined by - ' ’ . & / : (for "U.S.", "Hee-lim", "9,308,164", "2:19:02", "AT&T").
// Possessive 's and the contraction n't are split off afterwards.
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:[-'’.&/:](?=[\p{L}\p{N}])|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}\p{M}]+)*|--|``|''|\S/gu;
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'lt', 'sgt', 'gen', 'col', 'capt', 'insp', 'gov', 'sen', 'rep', 'st', 'jr', 'sr',
  'prof', 'supt', 'cpl', 'maj', 'adm', 'cmdr', 'det', 'vs', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);

/** Splits a sentence text into tokens. A comma joins only digit groups ("9,308,164"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    if (/^[\p{L}\p{N}]/u.test(raw)) pushWord(out, raw, m.index, text);
    else out.push({ text: raw, lower: raw, start: m.index, end: m.index + raw.length, kind: 'punct' });
  }
  return out;
}

const CONTRACTIONS: Record<string, string> = { s: 'is', ve: 'have', re: 'are', ll: 'will', d: 'would', m: 'am' };

function pushWord(out: Token[], raw: string, start: number, text: string): void {
  let end = start + raw.length;
  // keep the dot of an abbreviation or an initial: "Lt.", "P.L.", "U.S.", "a.m."
  if (text[end] === '.' && (ABBREV.has(raw.toLowerCase()) || /^\p{Lu}$/u.test(raw) || /^(?:\p{L}\.)+\p{L}$/u.test(raw))) {
    raw += '.';
    end += 1;
  }
  const neg = /^(.+?)(n['’]t)$/iu.exec(raw);
  if (neg) {
    const head = neg[1]!;
    out.push(word(head, start));
    out.push({ text: neg[2]!, lower: 'not', start: start + head.length, end, kind: 'word' });
    return;
  }
  const clitic = /^(.+?)['’](s|ve|re|ll|d|m)$/iu.exec(raw);
  if (clitic) {
    const head = clitic[1]!;
    const suffix = clitic[2]!.toLowerCase();
    out.push(word(head, start));
    const pronoun = /^(?:it|he|she|that|there|what|who|where|here|how|let|i|we|you|they)$/i.test(head);
    // "Telegram’s representative": possessive; "it’s", "we’ve": contractions, normalised to the full word
    const lower = suffix === 's' && !pronoun ? "'s" : (CONTRACTIONS[suffix] ?? suffix);
    out.push({ text: raw.slice(head.length), lower, start: start + head.length, end, kind: 'word' });
    return;
  }
  out.push(word(raw, start));
}

function word(raw: string, start: number): Token {
  return { text: raw, lower: raw.toLowerCase(), start, end: start + raw.length, kind: /^\p{N}/u.test(raw) ? 'num' : 'word' };
}

// ---------------------------------------------------------------------------------------------
// Word classes

export const isCapitalized = (t: Token): boolean => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
export const isPunct = (t: Token | undefined, chars?: string): boolean =>
  t !== undefined && t.kind === 'punct' && (chars === undefined || chars.includes(t.text));

const OPEN_QUOTES = new Set(['“', '‘', '"', '``', "'", '«', '„']);
const CLOSE_QUOTES = new Set(['”', '’', '"', "''", "'", '»']);
export const isQuote = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'punct' && (OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text));
export const isDash = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && /^(?:–|—|--|-|―)$/.test(t.text);

export const isAux = (lower: string): boolean => BE.has(lower) || HAVE.has(lower) || DO.has(lower) || MODALS.has(lower);
export const isBe = (lower: string): boolean => BE.has(lower);

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands',
  'million', 'millions', 'billion', 'billions', 'dozen', 'dozens', 'half', 'third', 'quarter', 'tens', 'scores',
]);
export const isNumberish = (t: Token): boolean => t.kind === 'num' || NUMBER_WORDS.has(t.lower);

export const isTimeWord = (t: Token): boolean =>
  WEEKDAYS.has(t.lower) || (MONTHS.has(t.lower) && isCapitalized(t)) || t.lower === 'yesterday' || t.lower === 'today' || t.lower === 'tonight';

export const isPreposition = (lower: string): boolean => PREPOSITIONS.has(lower);
export const isDeterminer = (lower: string): boolean => DETERMINERS.has(lower);

const verbCache = new Map<string, VerbInfo>();
export interface VerbInfo {
  /** the word can be a verb at all */
  verb: boolean;
  /** a finite form that is not also a past participle or a plural noun: "rose", "says", "grew" */
  strongFinite: boolean;
  /** an -ed/-en form: past tense or participle ("removed", "sentenced", "taken") */
  participle: boolean;
  /** an -ing form */
  gerund: boolean;
  /** an -s form that compromise tags as a plural noun ("faces", "stands", "claims") */
  ambiguousS: boolean;
}

/** What a word can be as a verb. Uses compromise's lexicon tags, the irregular table and suffixes. */
export function verbInfo(lower: string): VerbInfo {
  let info = verbCache.get(lower);
  if (info) return info;
  info = computeVerbInfo(lower);
  if (verbCache.size > 50_000) verbCache.clear();
  verbCache.set(lower, info);
  return info;
}

const NOT_VERBS = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'but', 'news', 'red', 'bed', 'need', 'speed', 'seed', 'feed', 'hundred',
  'united', 'limited', 'kindred', 'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'wretched', 'beloved',
  'learned', 'aged', 'dogged', 'bed', 'shed', 'led', 'ted', 'fred', 'ned', 'ed', 'indeed', 'embed', 'proceeds',
  'series', 'species', 'means', 'news', 'thus', 'has', 'is', 'was', 'this', 'his', 'its', 'us', 'as', 'yes',
  'during', 'morning', 'evening', 'thing', 'nothing', 'something', 'anything', 'everything', 'king', 'ring',
  'spring', 'string', 'wing', 'ceiling', 'building', 'according', 'including', 'following', 'regarding',
  'concerning', 'pending', 'notwithstanding', 'excluding',
]);
// prepositions that look like verbs; "led" stays a verb via the irregular table, so only block these:
NOT_VERBS.delete('led');

function computeVerbInfo(lower: string): VerbInfo {
  const none: VerbInfo = { verb: false, strongFinite: false, participle: false, gerund: false, ambiguousS: false };
  if (!/^\p{L}/u.test(lower) || NOT_VERBS.has(lower) || lower.length < 2) return none;
  if (isAux(lower)) return { verb: true, strongFinite: !['be', 'been', 'being', 'having'].includes(lower), participle: lower === 'been', gerund: lower === 'being' || lower === 'having', ambiguousS: false };
  const tags = lexiconTags(lower);
  const irregular = IRREGULAR.get(lower);
  const reporting = REPORTING_FORMS.has(lower);
  const has = (t: string) => tags.includes(t);
  const nounish = has('Noun') || has('Singular') || has('Plural') || has('Uncountable') || has('ProperNoun');
  const adjective = has('Adjective');
  const gerund = lower.endsWith('ing') && (has('Gerund') || has('Verb') || reporting || inLexiconAsVerb(lower.replace(/ing$/, '')) || inLexiconAsVerb(lower.replace(/ing$/, 'e')) || inLexiconAsVerb(lower.replace(/(.)\1ing$/, '$1')));
  if (gerund) return { verb: true, strongFinite: false, participle: false, gerund: true, ambiguousS: false };
  const participle =
    has('Participle') ||
    (lower.endsWith('ed') && lower.length > 3 && (has('PastTense') || adjective || has('Verb') || reporting || looksLikeVerbStem(lower))) ||
    (irregular !== undefined && /(?:en|wn|ne|un|ung|unk|ot|ought|aught|ent|ed|t|ld|ad|id|ade|ost|et|it|ut|ung)$/.test(lower) && lower !== irregular);
  const pastTense = has('PastTense') || (irregular !== undefined && irregular !== lower);
  const present = has('PresentTense') || has('Infinitive') || has('Verb') || (reporting && !lower.endsWith('ed'));
  if (participle) return { verb: true, strongFinite: pastTense && !lower.endsWith('ed') && !/(?:en|wn)$/.test(lower), participle: true, gerund: false, ambiguousS: false };
  if (pastTense) return { verb: true, strongFinite: true, participle: false, gerund: false, ambiguousS: false };
  if (present && !nounish && !adjective) return { verb: true, strongFinite: lower.endsWith('s') || has('PresentTense'), participle: false, gerund: false, ambiguousS: false };
  if (lower.endsWith('s') && !lower.endsWith('ss') && (has('Plural') || nounish) && inLexiconAsVerb(toInfinitive(lower))) {
    return { verb: true, strongFinite: false, participle: false, gerund: false, ambiguousS: true };
  }
  if (present) return { verb: true, strongFinite: false, participle: false, gerund: false, ambiguousS: false };
  // unknown words: only suffix evidence
  if (!tags.length && lower.endsWith('ed') && lower.length > 4) return { verb: true, strongFinite: false, participle: true, gerund: false, ambiguousS: false };
  return none;
}

const verbStemCache = new Map<string, boolean>();
function inLexiconAsVerb(stem: string): boolean {
  let v = verbStemCache.get(stem);
  if (v === undefined) {
    const tags = lexiconTags(stem);
    v = tags.includes('Infinitive') || tags.includes('Verb') || tags.includes('PresentTense') || REPORTING_FORMS.has(stem);
    if (!v && tags.length === 0 && stem.length > 2) {
      const guessed = wordTags(stem);
      v = guessed.has('Infinitive') || guessed.has('Verb');
    }
    verbStemCache.set(stem, v);
  }
  return v;
}

function looksLikeVerbStem(lower: string): boolean {
  const base = lower.slice(0, -2);
  return inLexiconAsVerb(base) || inLexiconAsVerb(`${base}e`) || inLexiconAsVerb(base.replace(/(.)\1$/, '$1')) || inLexiconAsVerb(base.replace(/i$/, 'y'));
}

const lemmaCache = new Map<string, string>();
/** "removed" -> "remove", "has risen" -> (give "risen") "rise", "transfered" -> "transfer". */
export function verbLemma(lower: string): string {
  const cached = lemmaCache.get(lower);
  if (cached) return cached;
  let lemma = IRREGULAR.get(lower) ?? REPORTING_FORMS.get(lower)?.lemma;
  if (!lemma) {
    const guess = toInfinitive(lower);
    if (guess && guess !== lower && inLexiconAsVerb(guess)) lemma = guess;
  }
  if (!lemma) {
    const stems: string[] = [];
    if (lower.endsWith('ied')) stems.push(`${lower.slice(0, -3)}y`);
    if (lower.endsWith('ies')) stems.push(`${lower.slice(0, -3)}y`);
    if (lower.endsWith('ed')) {
      const base = lower.slice(0, -2);
      stems.push(base.replace(/(.)\1$/, '$1'), `${base}e`, base);
    }
    if (lower.endsWith('ing')) {
      const base = lower.slice(0, -3);
      stems.push(base.replace(/(.)\1$/, '$1'), `${base}e`, base);
    }
    if (lower.endsWith('es')) stems.push(lower.slice(0, -2));
    if (lower.endsWith('s')) stems.push(lower.slice(0, -1));
    lemma = stems.find((s) => inLexiconAsVerb(s)) ?? toInfinitive(lower) ?? lower;
  }
  if (lemmaCache.size > 50_000) lemmaCache.clear();
  lemmaCache.set(lower, lemma);
  return lemma;
}

/** Tags of a word, for noun/name checks (cached in nlp.ts). */
export function tagsOf(t: Token): ReadonlySet<string> {
  return wordTags(t.lower);
}

const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];
export function isPlaceWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return PLACE_TAGS.some((t) => tags.includes(t));
}

export function isAdverb(lower: string): boolean {
  if (lower.endsWith('ly') && lower.length > 4 && !['only', 'family', 'italy', 'july', 'rally', 'ally', 'assembly', 'supply', 'reply', 'apply', 'fly', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'likely', 'unlikely', 'elderly', 'friendly', 'holy', 'silly', 'belly', 'jelly', 'bully', 'anomaly', 'monopoly', 'italy', 'sicily', 'kelly', 'emily', 'beverly', 'lily', 'molly', 'polly', 'sally', 'reilly', 'riley'].includes(lower)) return true;
  return lexiconTags(lower).includes('Adverb');
}
