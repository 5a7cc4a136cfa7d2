// Tokens of one sentence, with offsets relative to the sentence text, and the word classes the
// attribution rules need. Word knowledge comes from nlp.ts (compromise's lexicon), cached per word.
import { lexiconTags, toInfinitive, wordTags } from '../../nlp/nlp.js';
import {
  ADJUNCT_WORDS, BE, CLAUSE_HEDGES, COORDINATORS, DATA_NOUNS, DETERMINERS, DO, HAVE, HEDGE_MODALS, IRREGULAR, MODALS, MONTHS,
  NEGATIONS, NP_HEDGES, PREPOSITIONS, RELATIVES, REPORTING_FORMS, ROLE_NOUNS, SUBJECT_PRONOUNS, SUBORDINATORS, WEEKDAYS,
} from './lexicon.js';

export interface Token {
  text: string;
  /** lower case, curly apostrophes kept */
  lower: string;
  start: number;
  end: number;
  /** `word` (letters, maybe digits), `num` (starts with a digit), `punct` (anything else, one char or `--`, `''`, ``` `` ```) */
  kind: 'word' | 'num' | 'punct';
  /** starts with an upper-case letter */
  cap: boolean;
  /** isAux(lower) */
  aux: boolean;
  /** the word lists `lower` is in (W_* bits), looked up once per spelling */
  cls: number;
  /** what the spelling says (shared by every token of the same spelling); its verbInfo is filled on
   * first use by `vinfo` */
  sp: Spelling;
}

// Word-list membership as bits: every rule asks "is this a determiner / preposition / subordinator ...",
// and a bit test on the token is cheaper than a Set look-up by string each time.
export const W_DET = 1 << 0;
export const W_PREP = 1 << 1;
export const W_ADV = 1 << 2;
/** weekdays, yesterday, today, tonight */
const W_DAY = 1 << 3;
const W_MONTH = 1 << 4;
const W_NUMBER = 1 << 5;
export const W_SUB = 1 << 6;
export const W_COORD = 1 << 7;
export const W_ADJUNCT = 1 << 8;
export const W_REL = 1 << 9;
export const W_SUBJECT = 1 << 10;
export const W_BE = 1 << 11;
export const W_REPORTING = 1 << 12;
export const W_ROLE = 1 << 13;
/** every word the hedge rules of clause analysis react to */
export const W_HEDGE = 1 << 14;
export const W_NEGATION = 1 << 15;
export const W_DATA = 1 << 16;
const HEDGE_WORDS = new Set([
  ...HEDGE_MODALS, ...CLAUSE_HEDGES, ...NP_HEDGES, 'likely',
  'estimated', 'expected', 'projected', 'predicted', 'forecast', 'anticipated',
  'said', 'reported', 'understood', 'rumoured', 'rumored', 'thought',
]);

const classCache = new Map<string, number>();
function classBits(lower: string): number {
  let bits = classCache.get(lower);
  if (bits === undefined) {
    bits = (DETERMINERS.has(lower) ? W_DET : 0) | (PREPOSITIONS.has(lower) ? W_PREP : 0) | (isAdverb(lower) ? W_ADV : 0) |
      (WEEKDAYS.has(lower) || lower === 'yesterday' || lower === 'today' || lower === 'tonight' ? W_DAY : 0) |
      (MONTHS.has(lower) ? W_MONTH : 0) | (NUMBER_WORDS.has(lower) ? W_NUMBER : 0) | (SUBORDINATORS.has(lower) ? W_SUB : 0) |
      (COORDINATORS.has(lower) ? W_COORD : 0) | (ADJUNCT_WORDS.has(lower) ? W_ADJUNCT : 0) | (RELATIVES.has(lower) ? W_REL : 0) |
      (SUBJECT_PRONOUNS.has(lower) ? W_SUBJECT : 0) | (BE.has(lower) ? W_BE : 0) | (REPORTING_FORMS.has(lower) ? W_REPORTING : 0) |
      (ROLE_NOUNS.has(lower) ? W_ROLE : 0) | (HEDGE_WORDS.has(lower) ? W_HEDGE : 0) | (NEGATIONS.has(lower) ? W_NEGATION : 0) |
      (DATA_NOUNS.has(lower) ? W_DATA : 0);
    if (classCache.size >= 100_000) classCache.clear();
    classCache.set(lower, bits);
  }
  return bits;
}

export const hasClass = (t: Token, bits: number): boolean => (t.cls & bits) !== 0;
export const isDet = (t: Token): boolean => (t.cls & W_DET) !== 0;
export const isPrep = (t: Token): boolean => (t.cls & W_PREP) !== 0;
export const isAdv = (t: Token): boolean => (t.cls & W_ADV) !== 0;

/** verbInfo of a token's lower-case form, looked up once per token. */
export function vinfo(t: Token): VerbInfo {
  const sp = t.sp;
  return sp.vi ?? (sp.vi = verbInfo(sp.lower));
}

function tok(text: string, lower: string, start: number, end: number, kind: Token['kind'], cap: boolean): Token {
  const sp: Spelling = { raw: text, lower, num: false, cap, aux: AUX.has(lower), cls: classBits(lower), vi: null, tags: null };
  return { text, lower, start, end, kind, cap, aux: sp.aux, cls: sp.cls, sp };
}

// A word: letters/digits joined by - ' ’ . & / : (for "U.S.", "Hee-lim", "9,308,164", "2:19:02", "AT&T").
// Possessive 's and the contraction n't are split off afterwards.
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'lt', 'sgt', 'gen', 'col', 'capt', 'insp', 'gov', 'sen', 'rep', 'st', 'jr', 'sr',
  'prof', 'supt', 'cpl', 'maj', 'adm', 'cmdr', 'det', 'vs', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);

/** Splits a sentence text into tokens. A comma joins only digit groups ("9,308,164"). A hand-written
 * scanner: this runs on every sentence, and a Unicode regex with look-behind was the stage's hot spot. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || (c > 127 && isSpaceCode(c))) { i++; continue; }
    if (isWordStart(text, i, c)) {
      let j = i + 1;
      // an apostrophe can only come in as a joiner: without one the word needs no clitic split
      let apostrophe = false;
      for (;;) {
        while (j < n && isWordChar(text, j)) j++;
        if (j + 1 < n) {
          const d = text.charCodeAt(j);
          // joiners: - ' ’ . & / : between word characters; a comma only between digits
          const joiner = d === 45 || d === 39 || d === 8217 || d === 46 || d === 38 || d === 47 || d === 58 || (d === 44 && isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(text.charCodeAt(j + 1)));
          if (joiner && isWordChar(text, j + 1)) {
            if (d === 39 || d === 8217) apostrophe = true;
            j += 2;
            continue;
          }
        }
        break;
      }
      const last = out[out.length - 1];
      if (last && i < last.end) { i = j; continue; }
      if (!apostrophe && text.charCodeAt(j) !== 46) {
        // the common case: no apostrophe, no abbreviation dot
        out.push(word(text.slice(i, j), i));
        i = j;
        continue;
      }
      pushWord(out, text.slice(i, j), i, text);
      i = Math.max(j, out[out.length - 1]!.end);
      continue;
    }
    // "--", "``", "''" as one token
    const c2 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    // a minus sign: "-0.27" after a space is a number, not a dash
    if ((c === 45 || c === 8722) && isDigitCode(c2) && (i === 0 || /\s/.test(text[i - 1]!))) {
      let j = i + 1;
      while (j < n && (isDigitCode(text.charCodeAt(j)) || ((text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && isDigitCode(text.charCodeAt(j + 1))))) j++;
      out.push(word(text.slice(i, j), i));
      out[out.length - 1]!.kind = 'num';
      i = j;
      continue;
    }
    if ((c === 45 && c2 === 45) || (c === 96 && c2 === 96) || (c === 39 && c2 === 39)) {
      const raw = text.slice(i, i + 2);
      out.push(tok(raw, raw, i, i + 2, 'punct', false));
      i += 2;
      continue;
    }
    const raw = text[i]!;
    const last = out[out.length - 1];
    // "Athens’ Panathenaic stadium", "voters’ turnout": a plural possessive, not a quotation mark
    if ((raw === '’' || raw === "'") && last && last.kind === 'word' && last.end === i && /s$/i.test(last.text) && /^\s+\p{L}/u.test(text.slice(i + 1, i + 3))) {
      out.push(tok(raw, "'s", i, i + 1, 'word', false));
    } else {
      const p = punctSpelling(c, raw);
      out.push({ text: p.raw, lower: p.raw, start: i, end: i + 1, kind: 'punct', cap: false, aux: p.aux, cls: p.cls, sp: p });
    }
    i++;
  }
  return out;
}

/** One-character punctuation by character code: its string and word lists, made once. */
const puncts = new Map<number, Spelling>();
function punctSpelling(c: number, raw: string): Spelling {
  let p = puncts.get(c);
  if (p === undefined) {
    p = { raw, lower: raw, num: false, cap: false, aux: AUX.has(raw), cls: classBits(raw), vi: null, tags: null };
    if (puncts.size >= 10_000) puncts.clear();
    puncts.set(c, p);
  }
  return p;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
function isSpaceCode(c: number): boolean {
  return SPACE.test(String.fromCharCode(c));
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isWordStart(text: string, i: number, c: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return LETTER_OR_DIGIT.test(text[i]!) && !/\p{M}/u.test(text[i]!);
}
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}

const CONTRACTIONS: Record<string, string> = { s: 'is', ve: 'have', re: 'are', ll: 'will', d: 'would', m: 'am' };

function pushWord(out: Token[], raw: string, start: number, text: string): void {
  // the common case: no apostrophe, no abbreviation dot
  if (text.charCodeAt(start + raw.length) !== 46 && raw.indexOf("'") < 0 && raw.indexOf('’') < 0) {
    out.push(word(raw, start));
    return;
  }
  if (raw === '--' || raw === '``' || raw === "''") {
    out.push(tok(raw, raw, start, start + raw.length, 'punct', false));
    return;
  }
  let end = start + raw.length;
  // keep the dot of an abbreviation or an initial: "Lt.", "P.L.", "U.S.", "a.m."
  // (the regexes only where they can match: one letter, one or two code units; letters joined by dots)
  if (text.charCodeAt(end) === 46 && (ABBREV.has(raw.toLowerCase()) || (raw.length <= 2 && /^\p{Lu}$/u.test(raw)) || (raw.length >= 3 && raw.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(raw)))) {
    raw += '.';
    end += 1;
  }
  const apostrophe = raw.includes("'") || raw.includes('’');
  const neg = apostrophe ? /^(.+?)(n['’]t)$/iu.exec(raw) : null;
  if (neg) {
    const head = neg[1]!;
    out.push(word(head, start));
    out.push(tok(neg[2]!, 'not', start + head.length, end, 'word', false));
    return;
  }
  const clitic = apostrophe ? /^(.+?)['’](s|ve|re|ll|d|m)$/iu.exec(raw) : null;
  if (clitic) {
    const head = clitic[1]!;
    const suffix = clitic[2]!.toLowerCase();
    out.push(word(head, start));
    const pronoun = /^(?:it|he|she|that|there|what|who|where|here|how|let|i|we|you|they)$/i.test(head);
    // "Telegram’s representative": possessive; "it’s", "we’ve": contractions, normalised to the full word
    const lower = suffix === 's' && !pronoun ? "'s" : (CONTRACTIONS[suffix] ?? suffix);
    out.push(tok(raw.slice(head.length), lower, start + head.length, end, 'word', false));
    return;
  }
  out.push(word(raw, start));
}

/** What a word's spelling says, kept per spelling: its lower case, number, capital, auxiliary, word lists. */
export interface Spelling {
  raw: string;
  lower: string;
  num: boolean;
  cap: boolean;
  aux: boolean;
  cls: number;
  /** verbInfo(lower), filled on first use */
  vi: VerbInfo | null;
  /** compromise's tags of lower (tagsOf), filled on first use */
  tags: ReadonlySet<string> | null;
}
const spellings = new Map<string, Spelling>();

function spellingOf(raw: string): Spelling {
  let sp = spellings.get(raw);
  if (sp === undefined) {
    const c = raw.charCodeAt(0);
    const num = (c >= 48 && c <= 57) || (c > 127 && /^\p{N}/u.test(raw));
    const lower = raw.toLowerCase();
    const cap = !num && (c >= 65 && c <= 90 ? true : c >= 97 && c <= 122 ? false : lower !== raw && lower[0] !== raw[0]);
    sp = { raw, lower, num, cap, aux: AUX.has(lower), cls: classBits(lower), vi: null, tags: null };
    if (spellings.size >= 100_000) spellings.clear();
    spellings.set(raw, sp);
  }
  return sp;
}

function fromSpelling(sp: Spelling, start: number): Token {
  return { text: sp.raw, lower: sp.lower, start, end: start + sp.raw.length, kind: sp.num ? 'num' : 'word', cap: sp.cap, aux: sp.aux, cls: sp.cls, sp };
}

function word(raw: string, start: number): Token {
  return fromSpelling(spellingOf(raw), start);
}

// ---------------------------------------------------------------------------------------------
// Word classes

export const isCapitalized = (t: Token): boolean => t.cap;
export const isPunct = (t: Token | undefined, chars?: string): boolean =>
  t !== undefined && t.kind === 'punct' && (chars === undefined || chars.includes(t.text));

const OPEN_QUOTES = new Set(['“', '‘', '"', '``', "'", '«', '„']);
const CLOSE_QUOTES = new Set(['”', '’', '"', "''", "'", '»']);
export const isQuote = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'punct' && (OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text));
const DASHES = new Set(['–', '—', '--', '-', '―']);
export const isDash = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && DASHES.has(t.text);

const AUX: ReadonlySet<string> = new Set([...BE, ...HAVE, ...DO, ...MODALS]);
export const isAux = (lower: string): boolean => AUX.has(lower);
export const isBe = (lower: string): boolean => BE.has(lower);

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands',
  'million', 'millions', 'billion', 'billions', 'dozen', 'dozens', 'half', 'third', 'quarter', 'tens', 'scores',
]);
export const isNumberish = (t: Token): boolean => t.kind === 'num' || (t.cls & W_NUMBER) !== 0;

/** A weekday, yesterday, today, tonight, or a capitalized month. */
export const isTimeWord = (t: Token): boolean => (t.cls & W_DAY) !== 0 || ((t.cls & W_MONTH) !== 0 && isCapitalized(t));

export const isPreposition = (lower: string): boolean => PREPOSITIONS.has(lower);
export const isDeterminer = (lower: string): boolean => DETERMINERS.has(lower);

const verbCache = new Map<string, VerbInfo>();
export interface VerbInfo {
  /** the word is a verb form whatever its context (lexicon verb tags, -ed/-ing of a known verb, irregular) */
  verb: boolean;
  /** a finite form that is not also a past participle: "rose", "says", "grew", "has" */
  strongFinite: boolean;
  /** an -ed/-en form: past tense or participle ("removed", "sentenced", "taken") */
  participle: boolean;
  /** an -ing form */
  gerund: boolean;
  /** an -s form that is also a plural noun ("faces", "stands", "points", "reports") */
  ambiguousS: boolean;
  /** a base form that is also a noun ("face", "hit", "cut", "work", "stand"); "hit", "cut", "set" are past tenses too */
  ambiguousBase: boolean;
  bareIrregular: boolean;
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
  'learned', 'aged', 'dogged', 'shed', 'ted', 'fred', 'ned', 'ed', 'indeed', 'embed', 'proceeds',
  'series', 'species', 'means', 'thus', 'this', 'his', 'its', 'us', 'as', 'yes', 'always', 'perhaps',
  'during', 'morning', 'evening', 'thing', 'nothing', 'something', 'anything', 'everything', 'king', 'ring',
  'spring', 'string', 'wing', 'ceiling', 'building', 'according', 'including', 'following', 'regarding',
  'concerning', 'pending', 'notwithstanding', 'excluding', 'since', 'while', 'once', 'per', 'less', 'unless',
  'across', 'towards', 'afterwards', 'besides', 'whereas', 'sometimes', 'perhaps', 'overseas', 'various',
  'famous', 'previous', 'serious', 'numerous', 'dangerous', 'obvious', 'enormous', 'anonymous', 'jealous',
  'vs', 'ms', 'mrs', 'is', 'was', 'has', 'does', 'yesterday', 'today', 'tonight', 'percent', 'cent', 'per',
  'million', 'billion', 'thousand', 'hundreds', 'thousands', 'millions', 'billions', 'dozens', 'tens',
  'police', 'people', 'data', 'media', 'staff', 'far', 'near', 'still', 'yet', 'then', 'than', 'also', 'only',
  'well', 'so', 'very', 'too', 'just', 'even', 'both', 'each', 'other', 'another', 'more', 'most', 'much',
]);
const BARE_IRREGULAR = new Set(['hit', 'cut', 'put', 'set', 'cost', 'let', 'shut', 'spread', 'bet', 'burst', 'cast', 'quit', 'read', 'hurt', 'shed', 'split', 'broadcast', 'forecast', 'upset', 'beat', 'run', 'come', 'become']);
const IRREGULAR_LEMMAS = new Set(IRREGULAR.values());

function computeVerbInfo(lower: string): VerbInfo {
  const none: VerbInfo = { verb: false, strongFinite: false, participle: false, gerund: false, ambiguousS: false, ambiguousBase: false, bareIrregular: false };
  if (!/^\p{L}/u.test(lower) || NOT_VERBS.has(lower) || lower.length < 2) return none;
  if (isAux(lower)) return { ...none, verb: true, strongFinite: !['be', 'been', 'being', 'having'].includes(lower), participle: lower === 'been', gerund: lower === 'being' || lower === 'having' };
  if (BARE_IRREGULAR.has(lower)) return { ...none, ambiguousBase: true, bareIrregular: true };
  const tags = lexiconTags(lower);
  const irregular = IRREGULAR.get(lower);
  const reporting = REPORTING_FORMS.get(lower);
  const has = (t: string) => tags.includes(t);
  const nounish = has('Noun') || has('Singular') || has('Plural') || has('Uncountable') || has('ProperNoun') || has('Actor');
  if (irregular !== undefined && irregular !== lower) {
    // "rose", "grew", "told": past tenses; "risen", "taken", "shown": participles; "left": both
    const participleForm = /(?:en|wn|ne|un|ung|unk)$/.test(lower) && !['began', 'ran', 'swam', 'sang', 'rang', 'sank', 'drank', 'shone'].includes(lower);
    const both = ['found', 'told', 'said', 'made', 'paid', 'sold', 'sent', 'spent', 'left', 'led', 'held', 'kept', 'lost', 'met', 'brought', 'bought', 'caught', 'fought', 'thought', 'taught', 'built', 'felt', 'heard', 'meant', 'lent', 'bent', 'sought', 'stood', 'understood', 'dealt', 'fled', 'fed', 'slept', 'swept', 'wept', 'won', 'hung', 'struck', 'stuck', 'spun', 'shot', 'lit', 'laid', 'had', 'got', 'did', 'upheld', 'withheld', 'sat'].includes(lower);
    return { ...none, verb: true, strongFinite: !participleForm, participle: participleForm || both };
  }
  if (lower.endsWith('ing') && lower.length > 4) {
    const g = has('Gerund') || has('Verb') || reporting !== undefined || canBeVerbStem(lower.slice(0, -3)) || canBeVerbStem(`${lower.slice(0, -3)}e`) || canBeVerbStem(lower.slice(0, -4));
    return g ? { ...none, verb: true, gerund: true } : none;
  }
  if (lower.endsWith('ed') && lower.length > 3) {
    const known = has('PastTense') || has('Participle') || has('Verb') || reporting !== undefined || (has('Adjective') && looksLikeVerbStem(lower)) || (!tags.length && looksLikeVerbStem(lower));
    if (known) return { ...none, verb: true, participle: true };
    if (!tags.length && lower.length > 4) return { ...none, verb: true, participle: true };
    return none;
  }
  if (has('PastTense')) return { ...none, verb: true, strongFinite: true };
  if (has('Participle')) return { ...none, verb: true, participle: true };
  if (has('PresentTense') || (reporting !== undefined && lower.endsWith('s') && !nounish)) {
    // "rains", "floods", "reports": also plural nouns, so decided by position
    if (lower.endsWith('s') && !lower.endsWith('ss')) {
      const stem = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
      const st = lexiconTags(stem);
      if (st.includes('Singular') || st.includes('Noun') || st.includes('Uncountable')) return { ...none, ambiguousS: true };
    }
    return { ...none, verb: true, strongFinite: lower.endsWith('s') };
  }
  if (has('Infinitive') || has('Verb') || (reporting !== undefined && !nounish)) return { ...none, verb: true };
  if (lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3) {
    const stem = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('es') && canBeVerbStem(lower.slice(0, -2)) ? lower.slice(0, -2) : lower.slice(0, -1);
    if (canBeVerbStem(stem)) return { ...none, ambiguousS: true };
    return none;
  }
  if (nounish && canBeVerbStem(lower)) return { ...none, ambiguousBase: true };
  if (!tags.length && lower.length <= MAX_WORD_LENGTH) {
    // a word compromise does not list ("stipulates"): its guess from the suffix
    const guessed = wordTags(lower);
    if (guessed.has('PresentTense') && lower.endsWith('s')) return { ...none, verb: true, strongFinite: true };
    if (guessed.has('Infinitive') || guessed.has('Verb')) return { ...none, verb: true };
  }
  return none;
}

const verbStemCache = new Map<string, boolean>();
/** Can `stem` be a verb's base form? The lexicon tags it as a verb, or knows a past tense of it
 * ("stand" -> "stood", "face" -> "faced"), or it is a reporting verb. */
export function canBeVerbStem(stem: string): boolean {
  let v = verbStemCache.get(stem);
  if (v === undefined) {
    const tags = lexiconTags(stem);
    v = tags.includes('Infinitive') || tags.includes('Verb') || tags.includes('PresentTense') || IRREGULAR_LEMMAS.has(stem) ||
      (tags.length === 0 && /(?:ate|ize|ise|ify)$/.test(stem) && stem.length > 5) ||
      [...REPORTING_FORMS.values()].some((r) => r.lemma === stem);
    if (!v && stem.length > 1) {
      const pasts = stem.endsWith('e') ? [`${stem}d`] : /[^aeiou]y$/.test(stem) ? [`${stem.slice(0, -1)}ied`] : [`${stem}ed`, `${stem}${stem.slice(-1)}ed`];
      v = pasts.some((p) => { const t = lexiconTags(p); return t.includes('PastTense') || t.includes('Participle') || t.includes('Adjective'); });
    }
    verbStemCache.set(stem, v);
  }
  return v;
}
const inLexiconAsVerb = canBeVerbStem;

function looksLikeVerbStem(lower: string): boolean {
  const base = lower.slice(0, -2);
  return canBeVerbStem(base) || canBeVerbStem(`${base}e`) || canBeVerbStem(base.replace(/(.)\1$/, '$1')) || canBeVerbStem(base.replace(/i$/, 'y'));
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

/** No English word is longer: a longer token (a URL, "a.a.a.a...", a run of hyphenated words) is an
 * unknown noun, and compromise is not asked about it (its tokenizer is superlinear on such strings). */
export const MAX_WORD_LENGTH = 40;
const UNKNOWN_NOUN: ReadonlySet<string> = new Set(['Noun', 'Singular']);

/** Tags of a word, for noun/name checks (cached in nlp.ts). */
export function tagsOf(t: Token): ReadonlySet<string> {
  const sp = t.sp;
  return sp.tags ?? (sp.tags = sp.lower.length > MAX_WORD_LENGTH ? UNKNOWN_NOUN : wordTags(sp.lower));
}

const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];
const placeCache = new Map<string, boolean>();
export function isPlaceWord(lower: string): boolean {
  let v = placeCache.get(lower);
  if (v === undefined) {
    const tags = lexiconTags(lower);
    v = PLACE_TAGS.some((t) => tags.includes(t));
    if (placeCache.size > 50_000) placeCache.clear();
    placeCache.set(lower, v);
  }
  return v;
}

const adverbCache = new Map<string, boolean>();
export function isAdverb(lower: string): boolean {
  let v = adverbCache.get(lower);
  if (v === undefined) {
    v = computeIsAdverb(lower);
    if (adverbCache.size > 50_000) adverbCache.clear();
    adverbCache.set(lower, v);
  }
  return v;
}

function computeIsAdverb(lower: string): boolean {
  if (lower.endsWith('ly') && lower.length > 4 && !['only', 'family', 'italy', 'july', 'rally', 'ally', 'assembly', 'supply', 'reply', 'apply', 'fly', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'likely', 'unlikely', 'elderly', 'friendly', 'holy', 'silly', 'belly', 'jelly', 'bully', 'anomaly', 'monopoly', 'italy', 'sicily', 'kelly', 'emily', 'beverly', 'lily', 'molly', 'polly', 'sally', 'reilly', 'riley'].includes(lower)) return true;
  return lexiconTags(lower).includes('Adverb');
}
