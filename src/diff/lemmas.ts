// Topic words: the content lemmas of a claim's sentence, with their offsets. Two claims speak of the
// same thing when they share distinctive words ("sentence", "prison"; "remove", "request"), so the
// lemma has to fold the ways outlets say one thing: "removed" / "removal" / "taken down", "jailed" /
// "imprisonment" / "prison", "sexual" / "sex".
import { toInfinitive, toSingular, wordTags } from '../nlp/nlp.js';

export interface Token {
  /** absolute offsets into the document text */
  start: number;
  end: number;
  surface: string;
  lemma: string;
  /** written with a capital letter not at the sentence start: a name */
  capitalized: boolean;
  /** used as a verb here ("discovered", "blackmailing") */
  verb: boolean;
}

// Function words and the verbs every news sentence has; they say nothing about what a claim is about.
const STOP = new Set(`
a about above across after again against all almost along already also although always am among an and another any are
around as at be because been before being below between both but by can cannot could did do does doing down during each
either else even ever every few for from further had has have having he her here hers herself him himself his how however
i if in into is it its itself just least less like made make makes many may me might more most much must my myself near
nearly neither no nor not now of off on once one only onto or other others otherwise our ours ourselves out over own per
rather same she should since so some such than that the their theirs them themselves then there these they this those
though through thus to too toward towards under until up upon us very via was we were what whatever when where whereas
whether which while who whom whose why will with within without would yet you your yours yourself
say tell told report reported reporting according accord add added note noted state stated claim claimed told
mr mrs ms dr said says saying get got give given go going went take took taken put come came become became seem seemed
include including included also still well way thing lot according amid despite far
`.split(/\s+/).filter(Boolean));

// Words that carry the date or the number rather than the topic ("in the past five days", "Monday").
const TIME_AND_NUMBER = new Set(`
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow week weeks month
months year years day days hour hours minute minutes decade decades quarter ago last past next previous recent recently
earlier later latest early late time times current currently
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
billion billions trillion dozen dozens score scores half quarter third several percent per cent percentage
first second
`.split(/\s+/).filter(Boolean));

// Generic story words: they count, but half as much ("police", "authorities", "people").
export const WEAK = new Set(`
police authority government official officials country people person number total confirm announce agency statement
company group news media report time new local national public case south north east west
`.split(/\s+/).filter(Boolean));

// One lemma for the ways outlets word the same act or thing. Keys are lemmas after inflection is
// removed; values are the class name used for comparison (and shown in topics).
const FOLD: Record<string, string> = {
  removal: 'remove', delete: 'remove', deletion: 'remove', takedown: 'remove', erase: 'remove',
  jail: 'prison', imprison: 'prison', imprisonment: 'prison', incarceration: 'prison', incarcerate: 'prison', penitentiary: 'prison',
  sentencing: 'sentence',
  discovery: 'discover', uncover: 'discover', unearth: 'discover',
  sexual: 'sex', sexually: 'sex',
  pornographic: 'porn', pornography: 'porn',
  investigation: 'investigate', probe: 'investigate', inquiry: 'investigate',
  die: 'kill', death: 'kill', dead: 'kill', fatality: 'kill', deadly: 'kill',
  penalty: 'fine',
  espionage: 'spy', spying: 'spy',
  interrogate: 'question', quiz: 'question',
  apology: 'apologize', apologise: 'apologize',
  chatroom: 'chat', chatrooms: 'chat',
  injury: 'injure', wound: 'injure', injured: 'injure',
  arrest: 'arrest', detain: 'arrest', detention: 'arrest',
  teen: 'teenager', adolescent: 'teenager',
  increase: 'rise', risen: 'rise', rose: 'rise', rising: 'rise', grow: 'rise', climb: 'rise', surge: 'rise', jump: 'rise',
  decline: 'fall', fell: 'fall', fallen: 'fall', drop: 'fall', decrease: 'fall', plunge: 'fall',
  offence: 'crime', offense: 'crime',
  blackmailing: 'blackmail',
};

// compromise's lexicon reads these as something else ("media" -> "medium", "lives" -> "live")
const KEEP_AS_IS = new Set(['media', 'news', 'data', 'series', 'species', 'politics', 'police', 'lives', 'arms', 'us']);

const VERB_TAGS = ['PastTense', 'Participle', 'Gerund', 'PresentTense', 'Infinitive', 'Verb'];

const lemmaCache = new Map<string, { lemma: string | null; verb: boolean }>();

/** The comparison lemma of one word, or null for stop words, numbers and time words. */
export function lemmaOf(surface: string): { lemma: string | null; verb: boolean } {
  const key = surface.toLowerCase().replace(/[’']s$/, '').replace(/[’'-]+$/, '').replace(/^[’'-]+/, '');
  const cached = lemmaCache.get(key);
  if (cached) return cached;
  const out = computeLemma(key);
  if (lemmaCache.size > 100_000) lemmaCache.clear();
  lemmaCache.set(key, out);
  return out;
}

/** One spelling for British and American forms: "neighbouring" / "neighboring", "epicentre" / "epicenter". */
function americanize(w: string): string {
  return w.replace(/^([a-z]{3,})our(s|ed|ing|ite|ites|able|hood)?$/, '$1or$2').replace(/^([a-z]{3,})tre(s)?$/, '$1ter$2');
}

function computeLemma(raw: string): { lemma: string | null; verb: boolean } {
  const w = americanize(raw);
  if (w.length < 3 || STOP.has(w) || TIME_AND_NUMBER.has(w) || /\d/.test(w)) return { lemma: null, verb: false };
  let lemma = w;
  let verb = false;
  if (KEEP_AS_IS.has(w)) {
    // as is
  } else if (FOLD[w]) {
    lemma = FOLD[w]!;
  } else if (!w.includes('-')) {
    const tags = wordTags(w);
    if (tags.has('Plural')) lemma = toSingular(w);
    else if (VERB_TAGS.some((t) => tags.has(t)) && !tags.has('Singular')) {
      lemma = toInfinitive(w);
      verb = tags.has('PastTense') || tags.has('Participle') || tags.has('Gerund') || tags.has('Verb') || tags.has('PresentTense');
    } else if (/(?:ed|ing)$/.test(w) && tags.has('Adjective')) {
      lemma = toInfinitive(w);
      verb = lemma !== w;
    }
    if (!lemma) lemma = w;
  }
  lemma = FOLD[lemma] ?? lemma;
  if (STOP.has(lemma) || TIME_AND_NUMBER.has(lemma) || lemma.length < 3) return { lemma: null, verb: false };
  return { lemma, verb };
}

const WORD = /[\p{L}][\p{L}\p{M}\p{N}’'-]*/gu;
// A link pasted into a sentence is not prose ("... and https://hub420.shop/product/... pledged")
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;

/** Content tokens of `text`, which starts at absolute offset `base` in its document. */
export function tokenize(text: string, base: number): Token[] {
  const clean = text.replace(URL, (m) => ' '.repeat(m.length));
  const out: Token[] = [];
  let first = true;
  let prevRaw: { surface: string; at: number } | null = null;
  for (const m of clean.matchAll(WORD)) {
    const surface = m[0].replace(/[’'-]+$/, '');
    const at = m.index;
    const { lemma, verb } = lemmaOf(surface);
    const capitalized = !first && /^\p{Lu}/u.test(surface);
    first = false;
    const before = prevRaw;
    prevRaw = { surface, at };
    if (!lemma) {
      // "taken down" is "removed"; both words are stop words alone, so fold the pair here
      if (/^down$/i.test(surface) && before && /^(?:take|takes|taking|took|taken)$/i.test(before.surface) && /^\s+$/.test(clean.slice(before.at + before.surface.length, at))) {
        out.push({ start: base + before.at, end: base + at + surface.length, surface: clean.slice(before.at, at + surface.length), lemma: 'remove', capitalized: false, verb: true });
      }
      continue;
    }
    out.push({ start: base + at, end: base + at + surface.length, surface, lemma, capitalized, verb });
    // "deepfake-related" also speaks of deepfakes; "AI-generated" of generating (but "Ju-bin" is a name)
    if (surface.includes('-') && !/^\p{Lu}\p{Ll}/u.test(surface)) {
      let offset = 0;
      for (const part of surface.split('-')) {
        const p = lemmaOf(part).lemma;
        if (p && p !== lemma) out.push({ start: base + at + offset, end: base + at + offset + part.length, surface: part, lemma: p, capitalized: false, verb: false });
        offset += part.length + 1;
      }
    }
  }
  return out;
}

/** A verb or noun lemma as a comparison class ("removed" -> remove, "jailed" -> prison). */
export function foldPredicate(predicate: string | null): string | null {
  if (!predicate) return null;
  const { lemma } = lemmaOf(predicate);
  return lemma;
}

// Verbs that report rather than describe the event; a shared one proves nothing.
export const SPEECH_VERBS = new Set(['say', 'tell', 'report', 'announce', 'state', 'add', 'note', 'confirm', 'claim', 'write', 'post', 'reveal', 'disclose', 'declare', 'comment', 'respond', 'explain', 'ask', 'warn']);
