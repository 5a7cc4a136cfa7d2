// Document-level decisions: which weak pieces are names (repetition, cues), and one canonical name
// per entity: "KCSC" -> Korea Communications Standards Commission (even before its definition),
// "Durov" -> Pavel Durov, "President Yoon" -> Yoon Suk Yeol, "TELEGRAM" -> Telegram.
import type { EntityLabel } from '../../types.js';
import type { Cues, DocStats, Piece } from './classify.js';
import { ADMIN_UNITS, ARABIC_PREFIX, CORPORATE_SUFFIX, NAME_PARTICLES, gazetteerLookup } from './gazetteer.js';
import { detach, isFirstName, isLastName } from './lexicon.js';

export interface Resolved {
  piece: Piece;
  label: EntityLabel;
  canonical: string;
  rule: string;
}

const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
// Slavic, Armenian, Georgian, Turkish, Romanian surname endings
const SURNAME_ENDING = /(?:ov|ova|ev|eva|sky|skiy|skyy|ski|ska|enko|chuk|vich|vych|ovic|ović|ovich|yan|dze|shvili|oglu|oğlu|escu)$/;
const SKIP_IN_INITIALS = new Set(['of', 'and', 'for', 'the', '&', 'de', 'la', 'du']);

const surfaceOf = (p: Piece): string => p.text;
const personKey = (s: string): string => s.toLowerCase().replace(/[\s\-‐‑.'’]/g, '');
const capWords = (p: Piece): string[] => p.tokens.filter((t) => t.cap).map((t) => t.text);
/** capWords(p).length without the arrays. */
function capCount(p: Piece): number {
  let n = 0;
  for (const t of p.tokens) if (t.cap) n++;
  return n;
}

// Lower-cased canonical names and their initials, asked for again and again: pure functions of the
// string, kept across documents (bounded).
const lowerCache = new Map<string, string>();
function lowerOf(s: string): string {
  let lower = lowerCache.get(s);
  if (lower === undefined) {
    lower = detach(s.toLowerCase());
    if (lowerCache.size >= 50_000) lowerCache.clear();
    lowerCache.set(detach(s), lower);
  }
  return lower;
}
const initialsCache = new Map<string, readonly string[]>();

function bestLabel(cues: Cues, fallback: EntityLabel): EntityLabel {
  const max = Math.max(cues.ORG, cues.PERSON, cues.PLACE);
  if (max === 0) return fallback;
  if (cues.ORG === max) return 'ORG';
  if (cues.PERSON === max) return 'PERSON';
  return 'PLACE';
}

/**
 * Short forms a person is called by later: the surname ("Durov"; "Cho" for "Cho Ji-ho"), with its
 * particle ("von der Leyen", "Al Thani", "al-Sudani"), the last two words of a long name ("López
 * Obrador") and, for names of four words or more, a middle name used alone ("Lula").
 */
function surnameKeys(p: Piece): string[] {
  const toks = p.tokens.filter((t) => !NAME_SUFFIXES.has(t.lower) && !/^\p{Lu}\.$/u.test(t.text));
  const words = toks.filter((t) => t.cap).map((t) => t.text);
  if (words.length < 2) return [];
  if (p.eastAsian) return [words[0]!];
  const last = words[words.length - 1]!;
  const keys = [last];
  if (ARABIC_PREFIX.test(last)) {
    const bare = last.replace(/^[\p{L}]+-/u, '');
    keys.push(bare, last[0]!.toUpperCase() + last.slice(1));
  }
  // the surname with its particles: "von der Leyen", "bin Salman", "Al Thani"
  let k = toks.length - 1;
  while (k > 1 && (NAME_PARTICLES.has(toks[k - 1]!.lower))) k--;
  if (k < toks.length - 1) keys.push(toks.slice(k).map((t) => t.text).join(' '));
  if (words.length >= 3) keys.push(words.slice(-2).join(' '));
  if (words.length >= 4) for (const w of words.slice(1, -1)) if (!NAME_PARTICLES.has(w.toLowerCase())) keys.push(w);
  return keys;
}

/** "Korea Communications Standards Commission" -> KCSC; with the small words too: "Bank of Japan" -> BOJ. */
function initialsOf(canonical: string): readonly string[] {
  let initials = initialsCache.get(canonical);
  if (initials === undefined) {
    initials = computeInitials(canonical);
    if (initialsCache.size >= 50_000) initialsCache.clear();
    initialsCache.set(detach(canonical), initials);
  }
  return initials;
}
const computeInitials = (canonical: string): string[] => {
  const words = canonical.split(/\s+/);
  const big = words.filter((w) => !SKIP_IN_INITIALS.has(w.toLowerCase())).map((w) => w[0] ?? '').join('').toUpperCase();
  const all = words.map((w) => w[0] ?? '').join('').toUpperCase();
  return big === all ? [big] : [big, all];
};

/**
 * The word(s) a place named with its administrative unit goes by alone: "Haidong City" -> Haidong,
 * "Chenjia Village" -> Chenjia, "Jishishan Bao'an, Dongxiang, Salar Autonomous County" -> Jishishan
 * (an autonomous area is named after its place first). Null for names the gazetteer knows and for
 * long heads ("Nnamdi Azikiwe ..."), where the first words need not name the same place.
 */
function placeShortName(p: Piece): string | null {
  if (p.label !== 'PLACE' || (p.rule !== 'place/suffix' && p.rule !== 'place/autonomous')) return null;
  const toks = p.tokens;
  if (!ADMIN_UNITS.has(toks[toks.length - 1]!.lower)) return null;
  const head = toks.some((t) => t.lower === 'autonomous') ? toks.slice(0, 1) : toks.slice(0, -1);
  if (head.length === 0 || head.length > 2 || head.some((t) => !t.cap || t.allCaps)) return null;
  const name = head.map((t) => t.text).join(' ');
  return gazetteerLookup(name) ? null : name;
}

export function resolveDocument(pieces: Piece[], acronyms: Map<string, Piece>, stats: DocStats): Resolved[] {
  const out = new Map<Piece, Resolved>();
  const keep = (piece: Piece, label: EntityLabel, canonical: string, rule = piece.rule): void => {
    out.set(piece, { piece, label, canonical, rule });
  };
  const prose = pieces.filter((p) => !p.inTitleLine);

  // places of this document by their short names, and the words that name a place here
  const placeShort = new Map<string, Piece>();
  const placeWords = new Set<string>();
  for (const p of prose) {
    if (p.label === 'PLACE') {
      const short = placeShortName(p);
      if (short && !placeShort.has(short)) placeShort.set(short, p);
      if (short) placeWords.add(short);
      if (p.tokens.length === 1) placeWords.add(p.canonical ?? p.text);
    } else if (p.kind === 'single' && p.cues.PLACE >= 2) {
      placeWords.add(p.text);
    }
  }

  // weak multi-word names: a person unless a cue says otherwise; other runs need a cue or repetition
  const repeats = new Map<string, number>();
  for (const p of prose) if (p.strength === 'weak') repeats.set(surfaceOf(p), (repeats.get(surfaceOf(p)) ?? 0) + 1);
  const longForms = new Set(acronyms.values());
  for (const p of prose) {
    if (p.strength !== 'weak' || p.kind !== 'name') continue;
    const maxCue = Math.max(p.cues.ORG, p.cues.PERSON, p.cues.PLACE);
    if (acronyms.has(surfaceOf(p)) || longForms.has(p)) {
      p.label = 'ORG';
    } else if (p.nameLike && capWords(p).some((w) => placeWords.has(w)) && p.cues.PERSON === 0) {
      // "Jishishan Bao'an" where Jishishan is a place of this document: a place and another word make
      // a place's name more likely than a person's; without a cue, no entity beats a wrong PERSON
      if (maxCue < 2) continue;
      p.label = bestLabel(p.cues, 'PLACE');
    } else if (p.nameLike) {
      p.label = bestLabel(p.cues, 'PERSON');
      if (maxCue < 2 && p.label !== 'PERSON') p.label = 'PERSON';
    } else if (maxCue >= 2 || (repeats.get(surfaceOf(p)) ?? 0) >= 2) {
      p.label = bestLabel(p.cues, 'ORG');
    } else {
      continue;
    }
    p.strength = 'strong';
  }

  // the long form of every defined acronym is an organisation (or whatever it already was)
  for (const long of acronyms.values()) {
    if (long.label === null) {
      long.label = 'ORG';
      long.strength = 'strong';
    }
  }

  // people named in full, and the short forms that point back to them
  interface Person { canonical: string; key: string; at: number[] }
  const people = new Map<string, Person>();
  const bySurname = new Map<string, Person[]>();
  const fullNames = prose
    .filter((p) => p.label === 'PERSON' && p.strength === 'strong' && capCount(p) >= 2)
    .sort((a, b) => b.tokens.length - a.tokens.length || a.start - b.start);
  const shortForms = new Set<Piece>();
  for (const p of fullNames) {
    const text = surfaceOf(p);
    const key = personKey(text);
    if (!people.has(key) && bySurname.has(text)) {
      shortForms.add(p); // "Al Thani" after "Tamim bin Hamad Al Thani"
      continue;
    }
    let person = people.get(key);
    if (!person) {
      person = { canonical: text, key, at: [] };
      people.set(key, person);
      // (a new person: in no list yet, but its keys may repeat)
      for (const s of new Set(surnameKeys(p))) {
        const list = bySurname.get(s) ?? [];
        list.push(person);
        bySurname.set(s, list);
      }
    }
    person.at.push(p.start);
  }
  // "PM Shehbaz", "Prince Mohammed": a title before the given name of someone named in full
  const byGivenName = new Map<string, Person>();
  for (const p of fullNames) {
    const person = people.get(personKey(surfaceOf(p)));
    const given = p.tokens[0]!.text;
    if (person && !p.eastAsian && !byGivenName.has(given)) byGivenName.set(given, person);
  }
  // the full mentions of the people of one surname, by offset (for people sharing a surname)
  const mentionsBySurname = new Map<string, { at: number; person: Person }[]>();
  const personFor = (text: string, at: number): Person | undefined => {
    const list = bySurname.get(text);
    if (!list?.length) return undefined;
    if (list.length === 1) return list[0];
    // the nearest full mention before, else the first after (the first person in the list for a tie)
    let mentions = mentionsBySurname.get(text);
    if (!mentions) {
      mentions = [];
      const rank = new Map<{ at: number; person: Person }, number>();
      for (const person of list) {
        for (const a of person.at) {
          const m = { at: a, person };
          rank.set(m, rank.size);
          mentions.push(m);
        }
      }
      // by offset, and for one offset the first in list order last
      mentions.sort((x, y) => x.at - y.at || rank.get(y)! - rank.get(x)!);
      mentionsBySurname.set(text, mentions);
    }
    // the last mention at or before `at`
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.at <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && mentions[lo - 1]!.at >= 0 ? mentions[lo - 1]!.person : list[0];
  };

  // acronyms: defined in the text, else the initials of an organisation named in full
  const orgByInitials = new Map<string, { label: EntityLabel; canonical: string }>();
  for (const p of prose) {
    if ((p.label === 'ORG' || p.label === 'MISC') && p.strength === 'strong' && capCount(p) >= 2) {
      const canonical = p.canonical ?? surfaceOf(p);
      for (const ini of initialsOf(canonical)) if (!orgByInitials.has(ini)) orgByInitials.set(ini, { label: 'ORG', canonical });
    }
  }
  // "MBS" for Mohammed bin Salman
  for (const person of people.values()) {
    for (const ini of initialsOf(person.canonical)) if (ini.length >= 3 && !orgByInitials.has(ini)) orgByInitials.set(ini, { label: 'PERSON', canonical: person.canonical });
  }
  const canonicalOfLong = (long: Piece): string => long.canonical ?? surfaceOf(long);

  // strong pieces first: they set the canonical names the weak ones may point to
  // an acronym the text defines means what the text says, not what the gazetteer says ("PTI")
  const definedHere = (p: Piece): boolean => p.tokens.length === 1 && p.tokens[0]!.allCaps && acronyms.has(p.tokens[0]!.text);
  for (const p of pieces) if (definedHere(p)) p.kind = 'acronym';
  for (const p of pieces) {
    if (p.strength !== 'strong' || p.label === null || p.kind === 'acronym') continue;
    if (p.label === 'PERSON') {
      const text = surfaceOf(p);
      const full = shortForms.has(p) ? undefined : people.get(personKey(text));
      if (full) keep(p, 'PERSON', full.canonical);
      else {
        const byName = capCount(p) === 1 || shortForms.has(p)
          ? personFor(text, p.start) ?? (p.titled ? byGivenName.get(text) : undefined)
          : undefined;
        keep(p, 'PERSON', byName?.canonical ?? text, byName ? 'alias/surname' : p.rule);
      }
      continue;
    }
    // a listed acronym that spells out an organisation this document names in full ("AU", "African Union")
    const spelled = p.tokens.length === 1 && p.tokens[0]!.allCaps ? orgByInitials.get(p.tokens[0]!.text.replace(/\./g, '')) : undefined;
    if (spelled && spelled.label === p.label) keep(p, p.label, spelled.canonical, 'alias/initials');
    else keep(p, p.label, p.canonical ?? surfaceOf(p));
  }

  const known = new Map<string, Resolved>();
  const remember = (): void => {
    for (const r of out.values()) if (!r.piece.inTitleLine || r.piece.rule === 'gazetteer') known.set(lowerOf(r.canonical), r);
  };
  remember();
  const corporateShort = new Map<string, Resolved>();
  for (const r of out.values()) {
    if (r.label !== 'ORG' || !r.canonical.includes(' ')) continue;
    const words = r.canonical.split(' ');
    if (words.length >= 2 && words.slice(1).every((w) => CORPORATE_SUFFIX.has(w.toLowerCase()))) {
      corporateShort.set(words[0]!, r);
    }
  }

  // acronyms
  for (const p of pieces) {
    if (p.kind !== 'acronym') continue;
    const text = surfaceOf(p);
    const long = acronyms.get(text);
    if (long && out.has(long)) {
      const r = out.get(long)!;
      keep(p, r.label, r.canonical, 'alias/acronym');
    } else if (long) {
      keep(p, long.label ?? 'ORG', canonicalOfLong(long), 'alias/acronym');
    } else if (orgByInitials.has(text.replace(/\./g, ''))) {
      const hit = orgByInitials.get(text.replace(/\./g, ''))!;
      keep(p, hit.label, hit.canonical, 'alias/initials');
    } else if (known.has(lowerOf(text))) {
      const r = known.get(lowerOf(text))!;
      keep(p, r.label, r.canonical, 'alias/same');
    } else if (!p.inTitleLine) {
      keep(p, 'ORG', text, 'acronym');
    }
  }
  remember();

  // single capitalised words: a surname, a short company name, or a name the document repeats
  const singles = pieces.filter((p) => p.kind === 'single' && !out.has(p));
  const occurrences = new Map<string, { mid: number; all: number; cues: Cues }>();
  for (const p of singles) {
    if (p.inTitleLine) continue;
    const text = surfaceOf(p);
    const o = occurrences.get(text) ?? { mid: 0, all: 0, cues: { ORG: 0, PERSON: 0, PLACE: 0 } };
    o.all++;
    if (!p.tokens[0]!.initial) o.mid++;
    o.cues.ORG += p.cues.ORG;
    o.cues.PERSON += p.cues.PERSON;
    o.cues.PLACE += p.cues.PLACE;
    occurrences.set(text, o);
  }
  for (const p of singles) {
    const text = surfaceOf(p);
    // "Durov" for Pavel Durov; "Abiy" for Abiy Ahmed and "Elon" for Elon Musk when no surname fits
    const person = personFor(text, p.start) ?? byGivenName.get(text);
    if (person) {
      keep(p, 'PERSON', person.canonical, 'alias/surname');
      continue;
    }
    const corp = corporateShort.get(text);
    if (corp) {
      keep(p, corp.label, corp.canonical, 'alias/short');
      continue;
    }
    // "in Haidong" after "Haidong City"; "in Jishishan" after the autonomous county's full name
    const place = p.common ? undefined : placeShort.get(text);
    if (place && out.has(place)) {
      keep(p, 'PLACE', out.get(place)!.canonical, 'alias/place');
      continue;
    }
    const same = known.get(lowerOf(text));
    if (same) {
      keep(p, same.label, same.canonical, 'alias/same');
      continue;
    }
    if (p.common || p.inTitleLine || stats.lowerSeen.has(p.tokens[0]!.lower)) continue;
    const o = occurrences.get(text);
    if (!o) continue;
    const maxCue = Math.max(o.cues.ORG, o.cues.PERSON, o.cues.PLACE);
    const lower = p.tokens[0]!.lower;
    // "Zelenskiy", "Peskov": surname endings say person where no cue does
    const nameWord = isLastName(lower) || isFirstName(lower) || SURNAME_ENDING.test(lower);
    const evidence = o.mid >= 2 || maxCue >= 2 || (o.mid >= 1 && o.all >= 3) || (o.mid >= 1 && o.all >= 2 && (nameWord || maxCue >= 1));
    if (!evidence) continue;
    keep(p, bestLabel(o.cues, nameWord ? 'PERSON' : 'ORG'), text, 'single/repeated');
  }
  remember();

  // shouted words and headline pieces count only as names the prose already gave
  for (const p of pieces) {
    if (out.has(p)) {
      const r = out.get(p)!;
      if (p.inTitleLine && r.piece.rule !== 'gazetteer' && !known.has(lowerOf(r.canonical))) out.delete(p);
      continue;
    }
    const text = surfaceOf(p);
    const same = known.get(lowerOf(text));
    if (same) keep(p, same.label, same.canonical, 'alias/same');
    else if (p.kind === 'single' || p.kind === 'caps') {
      const person = personFor(text.charAt(0) + text.slice(1).toLowerCase(), p.start);
      if (person) keep(p, 'PERSON', person.canonical, 'alias/surname');
    }
  }

  // a place named alone elsewhere by other rules (a dateline's "JISHISHAN", a repeated word) is the
  // same place as its full administrative name in this document
  for (const r of out.values()) {
    if (r.label !== 'PLACE' || r.rule === 'gazetteer' || r.rule.startsWith('lexicon')) continue;
    const long = placeShort.get(r.canonical);
    if (long && long !== r.piece && out.has(long)) r.canonical = out.get(long)!.canonical;
  }

  // one label per canonical name: the strong pieces vote
  const votes = new Map<string, Record<EntityLabel, number>>();
  for (const r of out.values()) {
    const v = votes.get(r.canonical) ?? { PERSON: 0, ORG: 0, PLACE: 0, MISC: 0 };
    v[r.label] += r.piece.strength === 'strong' ? 2 : 1;
    votes.set(r.canonical, v);
  }
  const result = [...out.values()];
  for (const r of result) {
    const v = votes.get(r.canonical)!;
    let best: EntityLabel = r.label;
    for (const l of ['PERSON', 'ORG', 'PLACE', 'MISC'] as const) if (v[l] > v[best]) best = l;
    r.label = best;
  }
  return result;
}
