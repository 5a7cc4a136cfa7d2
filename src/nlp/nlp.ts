// The one adapter around compromise. Nothing else in claimtab imports compromise.
//
// Why not a full `nlp(text)` parse of every sentence: it runs at about 0.1 MB/s per core, ten times
// slower than the whole claimtab pipeline is allowed to be. What we need from compromise is its
// knowledge (a lexicon of ~25,000 words with tags, irregular plurals and verb conjugations, name
// lists), so this module hands out word-level lookups, cached, and keeps full parses for the rare
// caller that needs them.
import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;

const world = (nlp as unknown as { world(): any }).world();
const lexicon: Lexicon = world.model.one.lexicon;
const transform = world.methods.two.transform;
const model = world.model;

const tagCache = new Map<string, ReadonlySet<string>>();
const TAG_CACHE_LIMIT = 200_000;

/** Tags compromise gives a lower-cased word: from its lexicon, else from tagging the word alone. */
export function wordTags(word: string): ReadonlySet<string> {
  const key = word.toLowerCase();
  const cached = tagCache.get(key);
  if (cached) return cached;
  let tags: Set<string>;
  const entry = lexicon[key];
  if (entry !== undefined) {
    tags = new Set(Array.isArray(entry) ? entry : [entry]);
  } else {
    tags = new Set<string>();
    try {
      const json = (nlp(key) as any).json({ terms: { tags: true } });
      for (const term of json[0]?.terms ?? []) for (const t of term.tags ?? []) tags.add(t);
    } catch {
      // compromise throws on some odd inputs; an unknown word just has no tags
    }
  }
  if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
  tagCache.set(key, tags);
  return tags;
}

/** True when the lower-cased word is in compromise's lexicon (a known English word or name). */
export function inLexicon(word: string): boolean {
  return lexicon[word.toLowerCase()] !== undefined;
}

/** The lexicon's tags only (no guessing from suffixes). */
export function lexiconTags(word: string): readonly string[] {
  const entry = lexicon[word.toLowerCase()];
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

const singularCache = new Map<string, string>();
/** "universities" -> "university", "women" -> "woman", "people" -> "person". */
export function toSingular(noun: string): string {
  const key = noun.toLowerCase();
  let out = singularCache.get(key);
  if (out === undefined) {
    out = String(transform.noun.toSingular(key, model) || key);
    if (singularCache.size > 50_000) singularCache.clear();
    singularCache.set(key, out);
  }
  return out;
}

const infinitiveCache = new Map<string, string>();
/** "removed" -> "remove", "has" -> "have", "said" -> "say". */
export function toInfinitive(verb: string): string {
  const key = verb.toLowerCase();
  let out = infinitiveCache.get(key);
  if (out === undefined) {
    out = String(transform.verb.toInfinitive(key, model) || key);
    if (infinitiveCache.size > 50_000) infinitiveCache.clear();
    infinitiveCache.set(key, out);
  }
  return out;
}

/** Full compromise parse of a short text. Slow (~0.1 MB/s): call only on small spans. */
export function parse(text: string): any {
  return nlp(text);
}
