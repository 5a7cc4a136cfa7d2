// Turns one candidate span into labelled pieces: a title splits "National Police Agency Commissioner
// Cho Ji-ho" into an ORG and a PERSON, a suffix makes "Inha University" an ORG, a demonym ("South
// Korean") is dropped, a lone unknown word waits for document evidence (`strength: 'weak'`).
import type { EntityLabel } from '../../types.js';
import {
  ARABIC_PREFIX, COMMON_CAPITALISED, EAST_ASIAN_SURNAMES, GAZETTEER_MAX_WORDS, GENERIC_INSTITUTIONS, MISC_SUFFIX, MISC_SUFFIX_LONG,
  NAME_PARTICLES, ORG_OF_HEADS, ORG_SUFFIX, PLACE_OF_HEADS, PLACE_PREFIX, PLACE_SUFFIX, POLITICAL_TITLES, STOP_ACRONYMS, TITLE_MODIFIERS,
  TITLES, WEAK_ORG_SUFFIX, AMBIGUOUS_GAZETTEER, EXTRA_DEMONYMS, ORG_ON_HEADS, gazetteerGet, gazetteerLookup,
} from './gazetteer.js';
import { detach, isDemonym, isFirstName, isLastName, isLexiconCommon, isMonthOrWeekday, isKnownWord, lexiconOrganization, lexiconPlace } from './lexicon.js';
import { HYPHEN_ADJECTIVE, type Token } from './tokens.js';
import { isOpener, looksCommon } from './words.js';

export type Cues = Record<'ORG' | 'PERSON' | 'PLACE', number>;

export interface Piece {
  tokens: Token[];
  /** the span's text, white space collapsed (set by the caller that has the sentence text) */
  text: string;
  start: number;
  end: number;
  /** null until the document decides (weak pieces) */
  label: EntityLabel | null;
  canonical: string | null;
  /** strong: the span alone says what it is; weak: needs the document (repetition, cue, alias) */
  strength: 'strong' | 'weak';
  rule: string;
  /** `acronym`: KCSC; `caps`: a shouted word (TELEGRAM); `single`: one capitalised word; `name`: the rest */
  kind: 'name' | 'acronym' | 'caps' | 'single';
  /** surname first: "Cho Ji-ho" is "Cho" on second mention */
  eastAsian: boolean;
  /** a title stood before it ("President Yoon") */
  titled: boolean;
  /** a single ordinary English word ("Special", "Moon"): kept only as an alias */
  common: boolean;
  /** several words none of which is ordinary English ("Elon Musk"): a person unless a cue says otherwise */
  nameLike: boolean;
  cues: Cues;
  /** from a title-case line (headline): capitals there prove nothing */
  inTitleLine: boolean;
}

/** What the document already tells about words: case evidence. */
export interface DocStats {
  /** words seen in lower case somewhere in the document */
  lowerSeen: Set<string>;
}

const DIRECTIONS = new Set(['middle', 'far', 'south', 'north', 'east', 'west', 'southeast', 'southwest', 'northeast', 'northwest', 'central', 'southern', 'northern', 'eastern', 'western']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
// Korean given names in news spelling: "Ji-ho", "Duck-soo", "Hee-lim", "Jae-myung".
const HYPHEN_GIVEN = /^\p{Lu}\p{Ll}{0,6}-\p{Ll}{1,6}$/u;
const INITIAL = /^\p{Lu}\.$/u;
// "Liang Jun", "Kim Jun", "Ma Jan": month abbreviations (no period) that are Chinese and Korean given
// names after a surname; a date would have its day number, which no name run contains
const GIVEN_MONTHS = new Set(['Jun', 'Jan']);
const ARTICLES = new Set(['the', 'a', 'an']);
const PLACE_PARTICLES = new Set(['de', 'del', 'do', 'da', 'dos', 'das']);
// Heads of a state's own institutions ("the South Korean Supreme Court" is the Supreme Court).
const STATE_INSTITUTIONS = new Set([
  'court', 'ministry', 'parliament', 'assembly', 'government', 'army', 'navy', 'police', 'cabinet', 'military',
  'embassy', 'senate', 'congress', 'legislature', 'presidency', 'treasury', 'department', 'office', 'forces',
  'guard', 'prosecutors', 'prosecution',
]);
const STATE_BODY_HEADS = new Set(['national', 'federal', 'royal', 'state', 'central']);
const NATIONAL_INSTITUTIONS = new Set(['congress', 'senate', 'parliament', 'government', 'cabinet', 'treasury', 'military', 'police', 'legislature', 'administration', 'presidency']);
const GENERIC_FORCES = new Set(['police', 'army', 'navy', 'military', 'forces', 'government', 'cabinet', 'parliament', 'authorities', 'troops', 'guard', 'coast', 'people']);

export const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s\-.'’])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
/** The words joined by a space or " & " (a span that starts after " & " starts with it). */
function surface(toks: Token[]): string {
  let out = toks[0]!.gap === ' & ' ? ' & ' + toks[0]!.text : toks[0]!.text;
  for (let i = 1; i < toks.length; i++) out += (toks[i]!.gap === ' & ' ? ' & ' : ' ') + toks[i]!.text;
  return out;
}

export function makePiece(toks: Token[], init: Partial<Piece> & Pick<Piece, 'rule'>): Piece {
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const piece: Piece = {
    tokens: toks,
    text: '',
    start: first.start,
    end: last.end,
    label: null,
    canonical: null,
    strength: 'strong',
    kind: 'name',
    eastAsian: false,
    titled: false,
    common: false,
    nameLike: false,
    cues: { ORG: 0, PERSON: 0, PLACE: 0 },
    inTitleLine: false,
    rule: init.rule,
  };
  return Object.assign(piece, init);
}

/** Index of the first hyphen (-, ‐, ‑) in `s`, -1 if none. */
function hyphenAt(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) return i;
  }
  return -1;
}

export const isDemonymToken = (t: Token): boolean => {
  if (isDemonym(t.lower) || EXTRA_DEMONYMS.has(t.lower)) return true;
  // "Russian-born": the part before the hyphen
  const h = hyphenAt(t.lower);
  return h >= 0 && isDemonym(t.lower.slice(0, h)) && !gazetteerGet(t.lower);
};

interface Known { label: EntityLabel; canonical: string; rule: string }

// What knownName says of one word, by its text (the gazetteer and the lexicon never change); callers only read it.
const knownWords = new Map<string, Known | null>();

/** The gazetteer or compromise's place/organisation lists, for a whole span. */
function knownName(toks: Token[]): Known | null {
  if (toks.length === 1) return knownWord(toks[0]!);
  if (toks.length > GAZETTEER_MAX_WORDS) return null;
  const text = surface(toks);
  const lower = text.toLowerCase();
  const g = gazetteerGet(lower);
  if (g) return { label: g.label, canonical: g.canonical, rule: 'gazetteer' };
  if (lexiconPlace(lower)) return { label: 'PLACE', canonical: toks.every((t) => t.allCaps) ? titleCase(text) : text, rule: 'lexicon/place' };
  if (lexiconOrganization(lower)) return { label: 'ORG', canonical: toks.every((t) => t.allCaps) ? titleCase(text) : text, rule: 'lexicon/org' };
  return null;
}

/** knownName of one word. */
function knownWord(t: Token): Known | null {
  let known = knownWords.get(t.text);
  if (known !== undefined) return known;
  const g = gazetteerGet(t.lower);
  if (g) known = { label: g.label, canonical: g.canonical, rule: 'gazetteer' };
  else if (lexiconPlace(t.lower)) known = { label: 'PLACE', canonical: t.allCaps ? titleCase(t.text) : detach(t.text), rule: 'lexicon/place' };
  else if (lexiconOrganization(t.lower)) known = { label: 'ORG', canonical: t.allCaps && t.text.length > 5 ? titleCase(t.text) : detach(t.text), rule: 'lexicon/org' };
  else known = null;
  if (knownWords.size >= 100_000) knownWords.clear();
  knownWords.set(detach(t.text), known);
  return known;
}

/** A gazetteer word that is also plain English counts only where its capital is telling. */
function knownButAmbiguous(toks: Token[], stats: DocStats): boolean {
  return toks.length === 1 && ambiguousWord(toks[0]!, stats);
}
function ambiguousWord(t: Token, stats: DocStats): boolean {
  if (t.allCaps && t.text.length <= 5) return false;
  const lower = t.lower;
  if (AMBIGUOUS_GAZETTEER.has(lower) && t.initial) return true;
  return t.initial && stats.lowerSeen.has(lower) && isLexiconCommon(lower);
}

// Titles by their first word, so a token is compared only with the titles it can start.
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const title of TITLES) {
  const list = TITLES_BY_FIRST.get(title[0]!) ?? [];
  list.push(title);
  TITLES_BY_FIRST.set(title[0]!, list);
}
/** "Ex-President" -> "president", "Gen." -> "gen": the form titles are listed in. */
const titleWord = (t: Token, first: boolean): string => {
  let w = t.lower;
  if (first && w.startsWith('ex-')) w = w.slice(3);
  return w;
};
const sameTitleWord = (word: string, listed: string): boolean =>
  word === listed || (word.endsWith('.') && word.slice(0, -1) === listed);

/** Length in tokens of the longest title starting at `p`, 0 if none. */
function titleAt(toks: Token[], p: number): number {
  const first = titleWord(toks[p]!, true);
  const candidates = TITLES_BY_FIRST.get(first) ?? (first.endsWith('.') ? TITLES_BY_FIRST.get(first.slice(0, -1)) : undefined);
  if (!candidates) return 0;
  let best = 0;
  for (const title of candidates) {
    if (title.length <= best || p + title.length > toks.length) continue;
    let ok = true;
    for (let k = 1; k < title.length; k++) {
      if (!sameTitleWord(toks[p + k]!.lower, title[k]!)) {
        ok = false;
        break;
      }
    }
    if (ok) best = title.length;
  }
  return best;
}

/** "Yoon Suk Yeol", "Cho Ji-ho", "Xi Jinping", "Chen Bo": a Korean or Chinese surname, then a given name. */
export function isEastAsianName(toks: Token[]): boolean {
  if (toks.length < 2 || toks.length > 3) return false;
  const rest = toks.slice(1);
  const hyphenGiven = rest.length === 1 && HYPHEN_GIVEN.test(rest[0]!.text.replace(/-(\p{Lu})/u, (_m, c: string) => `-${c.toLowerCase()}`));
  // "Seon Jae-sung": a Korean given name makes the name surname-first whatever the surname
  if (hyphenGiven && toks[0]!.cap && !toks[0]!.allCaps && toks[0]!.text.length <= 5 && !looksCommon(toks[0]!.lower)) return true;
  if (!EAST_ASIAN_SURNAMES.has(toks[0]!.lower) || toks[0]!.allCaps) return false;
  if (hyphenGiven) return true;
  return rest.every((t) => {
    if (t.allCaps || t.text.includes('.') || !t.cap || gazetteerLookup(t.text) || lexiconPlace(t.lower)) return false;
    // one-syllable given names are often English words too ("Bo", "Yi", "Na")
    if (t.text.length <= 3) return (!isOpener(t.lower) || GIVEN_MONTHS.has(t.text)) && !COMMON_CAPITALISED.has(t.lower) && !GENERIC_INSTITUTIONS.has(t.lower);
    return t.text.length <= 7 && !looksCommon(t.lower) && !isFirstName(t.lower) && !isLastName(t.lower);
  });
}

function personPattern(toks: Token[], stats: DocStats): string | null {
  if (toks.length < 2) return null;
  if (isEastAsianName(toks)) return 'person/east-asian';
  const words = toks.filter((t) => t.cap);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const plainWord = (t: Token): boolean =>
    NAME_PARTICLES.has(t.lower) ||
    (!looksCommon(t.lower) && !stats.lowerSeen.has(t.lower) && (NAME_SUFFIXES.has(t.lower) || !gazetteerLookup(t.text)));
  // "Mohammed bin Salman", "Al Thani", "al-Sudani": particles inside the name (capitalised or not)
  const particle = (t: Token, i: number): boolean =>
    ((!t.cap || i < toks.length - 1) && NAME_PARTICLES.has(t.lower) && (t.cap || NAME_PARTICLES.has(t.text))) || ARABIC_PREFIX.test(t.text);
  const named = words.find((t, i) => !particle(t, i) && !NAME_PARTICLES.has(t.lower)) ?? first;
  if (toks.some(particle) && !looksCommon(named.lower) && !knownWord(named)) return 'person/particle';
  // "Claudio Bravo", "Raheem Sterling": a given name, then a surname that may be an English word
  const surnameWord = (t: Token): boolean =>
    plainWord(t) || (t.cap && !t.allCaps && !knownWord(t) && !COMMON_CAPITALISED.has(t.lower) && !GENERIC_INSTITUTIONS.has(t.lower) && !isOpener(t.lower));
  if (words.length <= 4 && isFirstName(first.lower) && words.slice(1).every(words.length === 2 ? surnameWord : plainWord)) return 'person/first-name';
  if (words.length <= 4 && isLastName(last.lower) && plainWord(first) && !isDemonym(first.lower)) return 'person/last-name';
  if (words.length <= 4 && toks.some((t) => INITIAL.test(t.text)) && plainWord(first) && plainWord(last)) return 'person/initials';
  return null;
}

interface AnalyzeOptions {
  /** the span stood before a title: "Telegram CEO", "South Korean President" */
  beforeTitle?: 'political' | 'corporate';
}

/** Labelled pieces of one candidate span (connectors already validated). */
export function analyze(toks: Token[], stats: DocStats, opts: AnalyzeOptions = {}): Piece[] {
  if (toks.length === 1 && opts.beforeTitle === undefined) return analyzeWord(toks, stats);
  // "US$37,500": a currency, not a country
  let money = -1;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.beforeCurrency) {
      money = i;
      break;
    }
  }
  if (money >= 0) return [...analyze(toks.slice(0, money), stats, opts), ...analyze(toks.slice(money + 1), stats, opts)];
  if (toks.length === 0) return [];
  const whole = knownName(toks);
  if (whole && !knownButAmbiguous(toks, stats)) return [makePiece(toks, { label: whole.label, canonical: whole.canonical, rule: whole.rule })];

  // openers and dates are not names: "In South Korea", "On Tuesday"
  let cut = 0;
  // (mid-sentence only "The": "Will Smith" and "Theresa May" keep their modal verbs)
  while (
    cut < toks.length && !toks[cut]!.allCaps &&
    ((!toks[cut]!.cap && !(cut === 0 && NAME_PARTICLES.has(toks[cut]!.text))) ||
      (toks[cut]!.cap && (toks[cut]!.initial || ARTICLES.has(toks[cut]!.lower)) && isOpener(toks[cut]!.lower)))
  ) cut++;
  let end = toks.length;
  while (end > cut + 1 && isMonthOrWeekday(toks[end - 1]!.lower) && !isFirstName(toks[end - 2]!.lower) &&
    !(GIVEN_MONTHS.has(toks[end - 1]!.text) && EAST_ASIAN_SURNAMES.has(toks[end - 2]!.lower))) end--;
  while (end > cut && !toks[end - 1]!.cap) end--;
  if (cut > 0 || end < toks.length) return analyze(toks.slice(cut, end), stats, opts);

  const last = toks[toks.length - 1]!;
  const n = toks.length;

  // titles: roles are clues, not names
  if (!(n >= 2 && ORG_SUFFIX.has(last.lower))) {
    for (let p = 0; p < n; p++) {
      const len = titleAt(toks, p);
      if (!len) continue;
      let q = p;
      while (q > 0 && TITLE_MODIFIERS.has(toks[q - 1]!.lower)) q--;
      const pre = toks.slice(0, q);
      const post = toks.slice(p + len);
      if (post.length && (ORG_SUFFIX.has(post[post.length - 1]!.lower) || MISC_SUFFIX.has(post[post.length - 1]!.lower))) continue;
      if (!post.length && pre.length && (isFirstName(pre[0]!.lower) || !pre[pre.length - 1]!.cap)) continue;
      if (post.length && !post[0]!.cap) continue;
      const political = POLITICAL_TITLES.has(toks[p]!.lower) || POLITICAL_TITLES.has(toks[q]!.lower);
      const out: Piece[] = [];
      if (pre.length) out.push(...analyze(pre, stats, { beforeTitle: political ? 'political' : 'corporate' }));
      if (post.length) out.push(...personAfterTitle(post, stats));
      return out;
    }
  }

  if (opts.beforeTitle) return modifierBeforeTitle(toks, stats, opts.beforeTitle);

  // "South Korean Supreme Court", "Russian Foreign Ministry": the country's institution, named without it
  const demonyms = toks.findIndex((t) => !isDemonymToken(t) && !DIRECTIONS.has(t.lower));
  if (demonyms > 0 && isDemonymToken(toks[demonyms - 1]!) && n - demonyms <= 2 && STATE_INSTITUTIONS.has(last.lower) &&
      toks.slice(demonyms).every((t) => looksCommon(t.lower))) {
    return analyze(toks.slice(demonyms), stats, opts);
  }
  // "Russian Ministry of Defense" is the Ministry of Defense, as "Russian Defence Ministry" is the Defence Ministry
  if (demonyms > 0 && isDemonymToken(toks[demonyms - 1]!) && STATE_INSTITUTIONS.has(toks[demonyms]!.lower) && toks[demonyms + 1]?.text === 'of') {
    return analyze(toks.slice(demonyms), stats, opts);
  }
  // "US Congress", "UK Parliament": a country and its institution
  if (n === 2 && NATIONAL_INSTITUTIONS.has(last.lower) && knownWord(toks[0]!)?.label === 'PLACE') {
    return [...analyze([toks[0]!], stats), ...analyze([last], stats)];
  }
  // "US State Department", "U.S. Supreme Court": a country code before a state institution
  if (n >= 3 && toks[0]!.allCaps && STATE_INSTITUTIONS.has(last.lower) && knownWord(toks[0]!)?.label === 'PLACE' &&
      toks.slice(1).every((t) => looksCommon(t.lower))) {
    return [...analyze([toks[0]!], stats), ...analyze(toks.slice(1), stats)];
  }
  // organisations by their last word or their "X of Y" head
  if (n >= 2 && ORG_SUFFIX.has(last.lower)) {
    // (a known name of several words counts too: "United States Geological Survey" is a name, though
    // "United" and "States" are each ordinary words)
    // ("National Weather Service", "Federal Security Service": a state's own body, named in full, is a name)
    const weak = WEAK_ORG_SUFFIX.has(last.lower) && toks.slice(0, -1).every((t) => looksCommon(t.lower) && !gazetteerLookup(t.text)) &&
      !(n >= 3 && STATE_BODY_HEADS.has(toks[0]!.lower)) &&
      !(n >= 3 && (gazetteerLookup(surface(toks.slice(0, 2))) || (n >= 4 && gazetteerLookup(surface(toks.slice(0, 3))))));
    // "South Korean Police" is the country's police, not a name
    const nationalForce = GENERIC_FORCES.has(last.lower) && toks.slice(0, -1).every((t) => isDemonymToken(t) || DIRECTIONS.has(t.lower));
    if (!weak && !nationalForce) {
      return [makePiece(toks, { label: 'ORG', rule: 'org/suffix' })];
    }
  }
  const ofAt = toks.findIndex((t, i) => i > 0 && !t.cap && (t.text === 'of' || t.text === 'for' || t.text === 'on'));
  if (ofAt > 0) {
    const head = toks[ofAt - 1]!.lower;
    const label: EntityLabel | null = ORG_OF_HEADS.has(head) || ORG_ON_HEADS.has(head) ? 'ORG' : PLACE_OF_HEADS.has(head) ? 'PLACE' : null;
    if (label) {
      // "Federative Republic of Brazil Geraldo Alckmin": the "of" part ends with the place it names
      let k = ofAt + 1;
      while (k < n && !toks[k]!.cap) k++;
      for (let len = Math.min(GAZETTEER_MAX_WORDS, n - k - 1); len >= 1; len--) {
        if (knownName(toks.slice(k, k + len)) && k + len < n && toks[k + len]!.cap) {
          return [makePiece(toks.slice(0, k + len), { label, rule: label === 'ORG' ? 'org/of' : 'place/of' }), ...analyze(toks.slice(k + len), stats)];
        }
      }
      return [makePiece(toks, { label, rule: label === 'ORG' ? 'org/of' : 'place/of' })];
    }
  }
  // "World War II", "Pope Pius XII": a roman numeral after the telling word
  const core = n >= 3 && /^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3})$/.test(last.text) ? toks.slice(0, -1) : toks;
  const coreLast = core[core.length - 1]!;
  if (core.length >= 2 && MISC_SUFFIX.has(coreLast.lower)) {
    const before = core.slice(0, -1).filter((t) => t.cap).length;
    if (before >= (MISC_SUFFIX_LONG.has(coreLast.lower) ? 2 : 1) && !core.slice(0, -1).every((t) => isOpener(t.lower))) {
      return [makePiece(toks, { label: 'MISC', rule: 'misc/suffix' })];
    }
  }
  // "European Commission Ursula von der Leyen": an organisation's name, then a person's
  for (let k = 1; k < n - 1; k++) {
    if (!ORG_SUFFIX.has(toks[k]!.lower) || WEAK_ORG_SUFFIX.has(toks[k]!.lower)) continue;
    const rest = toks.slice(k + 1);
    if (personPattern(rest, stats)) return [...analyze(toks.slice(0, k + 1), stats), ...analyze(rest, stats)];
  }
  // "North Darfur", "Northern Gaza": a compass point before a known place
  if (n === 2 && DIRECTIONS.has(toks[0]!.lower)) {
    const place = knownWord(toks[1]!);
    if (place?.label === 'PLACE') return [makePiece(toks, { label: 'PLACE', rule: 'place/direction' })];
    // "West Java", "West Pokot", "South Kordofan": a compass point before an unknown word names a region,
    // never a person (no given name is a compass point). Weak with a place cue, so that a misspelt
    // demonym before a title ("South Koran President") stays an adjective.
    const w = toks[1]!;
    if (!place && COMPASS.has(toks[0]!.lower) && w.cap && !w.allCaps && !w.hasDigit && !looksCommon(w.lower) && !isDemonymToken(w) &&
        !isFirstName(w.lower) && !stats.lowerSeen.has(w.lower) && !ORG_SUFFIX.has(w.lower)) {
      return [makePiece(toks, { strength: 'weak', rule: 'place/direction', cues: { ORG: 0, PERSON: 0, PLACE: 2 } })];
    }
  }

  // places by their last word: "Nnamdi Azikiwe International Airport", "Kaduna State", "Emirates Stadium"
  if (n >= 2 && PLACE_SUFFIX.has(last.lower) && !toks.every((t, i) => i === n - 1 || isOpener(t.lower) || isDemonymToken(t)) &&
      (n - 1 >= 2 || !looksCommon(toks[0]!.lower) || !toks[0]!.initial)) {
    // "RANDOLPH COUNTY" in a dateline is Randolph County
    return [makePiece(toks, { label: 'PLACE', rule: 'place/suffix', canonical: toks.every((t) => t.allCaps) ? titleCase(surface(toks)) : null })];
  }
  // "Barangay Masara", "Mount Kenya", "River Tana": a place word first, then its name (≤ 3 words,
  // none an ordinary word: "Lake Shore Drive" is not a lake)
  if (n >= 2 && n <= 4 && PLACE_PREFIX.has(toks[0]!.lower) && toks.slice(1).every((t) => t.cap && !t.allCaps && !looksCommon(t.lower))) {
    return [makePiece(toks, { label: 'PLACE', rule: 'place/prefix' })];
  }

  // "Samsung SDI", "Hyundai Steel": a known company and the unit after it
  if (n >= 2) {
    const company = knownWord(toks[0]!);
    if (company?.label === 'ORG' && toks.every((t, i) => i === 0 || (!knownWord(t) && !isFirstName(t.lower)))) {
      return [makePiece(toks, { label: 'ORG', rule: 'org/unit' })];
    }
  }

  const person = personPattern(toks, stats);
  if (person) return [makePiece(toks, { label: 'PERSON', rule: person, eastAsian: person === 'person/east-asian' })];

  // a known name inside a longer run: "Seoul Telegram" -> Seoul + Telegram
  if (n >= 2) {
    for (let p = 0; p < n; p++) {
      for (let len = Math.min(GAZETTEER_MAX_WORDS, n - p); len >= 1; len--) {
        if (len === n) continue;
        const known = len === 1 ? knownWord(toks[p]!) : knownName(toks.slice(p, p + len));
        if (!known) continue;
        const sub = toks.slice(p, p + len);
        if (knownButAmbiguous(sub, stats)) continue;
        // "Davao de Oro", "Davao del Norte": a known place, then "de"/"del" and a capitalised word, is
        // another place named after it (Spanish and Portuguese naming), not the place and a person
        if (p === 0 && known.label === 'PLACE' && PLACE_PARTICLES.has(toks[len]?.text ?? '') && toks.slice(len + 1).length >= 1 &&
            toks.slice(len + 1).every((t) => t.cap && !t.allCaps)) {
          return [makePiece(toks, { label: 'PLACE', rule: 'place/particle' })];
        }
        return [
          ...analyze(toks.slice(0, p), stats),
          makePiece(sub, { label: known.label, canonical: known.canonical, rule: known.rule }),
          ...analyze(toks.slice(p + len), stats),
        ];
      }
    }
  }

  // demonyms are adjectives: "South Korean police", "Russian-born", "Koreans"
  let d = 0;
  while (d < n) {
    const t = toks[d]!;
    if (isDemonymToken(t)) d++;
    else if (DIRECTIONS.has(t.lower) && d + 1 < n && isDemonymToken(toks[d + 1]!)) d += 2;
    else break;
  }
  if (d === n) return [];
  if (d > 0) return analyze(toks.slice(d), stats, opts);

  if (n === 1) return single(toks[0]!, stats);

  // a sentence-opening ordinary word before a name: "Lawmaker Lee Jae-myung", "Cybersecurity Startup"
  if (toks[0]!.initial && looksCommon(toks[0]!.lower) && !NAME_PARTICLES.has(toks[0]!.lower)) return analyze(toks.slice(1), stats);

  const plain = (t: Token): boolean => !looksCommon(t.lower) && !stats.lowerSeen.has(t.lower);
  // "Claudio Bravo", "Raheem Sterling": an unknown given name before a surname that is also a word
  const unknownFirst = n <= 3 && !isKnownWord(toks[0]!.lower) && plain(toks[0]!) && !toks[0]!.allCaps &&
    toks.slice(1).every((t) => t.cap && !t.allCaps && !knownWord(t));
  const nameLike = unknownFirst || (n <= 4 && toks.every((t) => !t.allCaps && (!t.cap || plain(t))));
  return [makePiece(toks, { strength: 'weak', rule: nameLike ? 'person/name-like' : 'name/unknown', nameLike })];
}

/**
 * analyze() of a span of one word (most spans), the steps that can apply to one word in the same
 * order: currency, known name, opener, title, demonym, then `single`.
 */
function analyzeWord(toks: Token[], stats: DocStats): Piece[] {
  const t = toks[0]!;
  if (t.beforeCurrency) return [];
  const whole = knownWord(t);
  if (whole && !ambiguousWord(t, stats)) return [makePiece(toks, { label: whole.label, canonical: whole.canonical, rule: whole.rule })];
  if (!t.cap) return [];
  if (!t.allCaps && (t.initial || ARTICLES.has(t.lower)) && isOpener(t.lower)) return [];
  if (titleAt(toks, 0)) return [];
  if (isDemonymToken(t)) return [];
  return single(t, stats);
}

function single(t: Token, stats: DocStats): Piece[] {
  if (t.beforeCurrency) return [];
  if (t.allCaps) {
    const letters = t.text.replace(/[^\p{L}]/gu, '');
    if (STOP_ACRONYMS.has(t.text) || STOP_ACRONYMS.has(letters)) return [];
    // "STORY:", "UPDATE:", "WATCH:": a shouted label opening a line
    if (t.index === 0 && t.nextChar === ':') return [];
    const shout = letters.length > 5 || (letters.length >= 4 && isLexiconCommon(t.lower)) || (t.text.length >= 4 && looksCommon(t.lower));
    return [makePiece([t], { strength: 'weak', kind: shout ? 'caps' : 'acronym', rule: shout ? 'caps' : 'acronym' })];
  }
  if (GENERIC_INSTITUTIONS.has(t.lower) || isMonthOrWeekday(t.lower) || isOpener(t.lower) || isDemonymToken(t)) return [];
  // "AI-generated", "Seoul-based", "Kremlin-backed": adjectives made from names
  if (HYPHEN_ADJECTIVE.test(t.text)) return [];
  if (titleAt([t], 0)) return [];
  const common = looksCommon(t.lower) || stats.lowerSeen.has(t.lower);
  return [makePiece([t], { strength: 'weak', kind: 'single', rule: 'single', common })];
}

function modifierBeforeTitle(toks: Token[], stats: DocStats, kind: 'political' | 'corporate'): Piece[] {
  const pieces = analyze(toks, stats);
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.strength === 'strong' || p.kind === 'acronym') out.push(p);
    else if (kind === 'corporate' && !p.common && p.kind !== 'caps') {
      // "Telegram CEO Pavel Durov": what has a chief executive is an organisation
      p.cues.ORG += 3;
      out.push(p);
    }
  }
  return out;
}

function personAfterTitle(post: Token[], stats: DocStats): Piece[] {
  // another title ("First Deputy Managing Director, ..."): that one decides
  if (titleAt(post, 0)) return analyze(post, stats);
  // "Judge A", "Attorney B": an anonymised party is no name
  if (post.length === 1 && (/^\p{Lu}\.?$/u.test(post[0]!.text) || STOP_ACRONYMS.has(post[0]!.text))) return [];
  // "President Yoon", "Commissioner Cho Ji-ho": whatever a title introduces is a person
  const inner = analyze(post, stats);
  if (inner.length === 1 && inner[0]!.label === 'PERSON') {
    inner[0]!.titled = true;
    return inner;
  }
  const toks = post.filter((t) => !isMonthOrWeekday(t.lower) || t !== post[post.length - 1]);
  if (!toks.length) return [];
  return [makePiece(toks, { label: 'PERSON', rule: 'person/title', titled: true, eastAsian: isEastAsianName(toks), kind: toks.length === 1 ? 'single' : 'name' })];
}
