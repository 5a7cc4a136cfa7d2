// ENTITIES: rule-based names (PERSON, ORG, PLACE, MISC) with one canonical name per entity in a
// document. The order of the stages matters:
//   1. tokens: words with case, possessive and sentence-opening facts (tokens.ts)
//   2. document statistics: words seen in lower case, capitalised mid-sentence (case evidence)
//   3. candidates: runs of capitalised words, split at connectors that join two names (candidates.ts)
//   4. classify: titles, suffixes, gazetteer, demonyms, name patterns -> labelled or weak pieces (classify.ts)
//   5. cues around each piece ("startup X", "X, a U.S. startup", "Y, chair of") (refiners.ts)
//   6. acronym definitions "Long Name (LN)" in the sentence
//   7. document resolution: weak pieces kept by repetition or cue, aliases to canonicals (aliases.ts)
// Stage 7 needs the whole document, which is why this extractor works per document, not per sentence.
import type { EntityMention, ExtractContext, Sentence } from '../../types.js';
import { resolveDocument } from './aliases.js';
import { buildChains, isNameToken, splitConnectors } from './candidates.js';
import { analyze, makePiece, titleCase, type DocStats, type Piece } from './classify.js';
import { gazetteerLookup, PLACE_SUFFIX, STOP_ACRONYMS } from './gazetteer.js';
import { isFirstName, isLastName } from './lexicon.js';
import { addCues, isTitleLine } from './refiners.js';
import { tokenize, type Token } from './tokens.js';

export type { Piece } from './classify.js';

/** Case evidence of the document; also collects the words written as acronyms ("KCSC") into `acronymsUsed`. */
function documentStats(sentences: Token[][], acronymsUsed: Set<string>): DocStats {
  const lowerSeen = new Set<string>();
  for (const tokens of sentences) {
    for (const t of tokens) {
      if (!t.cap) {
        if (!t.lowerWord) continue;
        lowerSeen.add(t.lower);
        if (t.text.includes('-')) for (const part of t.lower.split('-')) if (part) lowerSeen.add(part);
      } else if (t.allCaps && ACRONYM_WORD.test(t.text)) {
        acronymsUsed.add(t.text);
      }
    }
  }
  return { lowerSeen };
}
const ACRONYM_WORD = /^[A-Z]{2,6}$/;

/**
 * A name the document also writes as an acronym is one organisation, whatever its words look like:
 * "Pakistan Tehreek-e-Insaf" with "PTI" elsewhere is not Pakistan + something.
 */
function spelledOut(pieces: Piece[], acronymsUsed: Set<string>): Piece[] {
  if (pieces.length === 0 || acronymsUsed.size === 0) return pieces;
  if (pieces.length === 1 && (pieces[0]!.strength === 'strong' || pieces[0]!.tokens.length === 1)) return pieces;
  const first = pieces[0]!.tokens[0]!;
  const last = pieces[pieces.length - 1]!.tokens[pieces[pieces.length - 1]!.tokens.length - 1]!;
  let count = 0;
  for (const p of pieces) {
    for (const t of p.tokens) {
      if (!t.cap && !SPELLED_OUT_SMALL_WORDS.has(t.text)) return pieces;
      count++;
    }
  }
  // the first letter of every capitalised word (and of every capitalised part of a hyphenated one)
  let initials = '';
  for (const p of pieces) for (const t of p.tokens) if (t.cap) initials += capitalInitials(t.text);
  // (not a listed common acronym: "Artificial Intelligence (AI)" is a term, whatever its capitals)
  if (initials.length < 2 || !acronymsUsed.has(initials.toUpperCase()) || STOP_ACRONYMS.has(initials.toUpperCase())) return pieces;
  if (count !== last.index - first.index + 1) return pieces;
  return [makePiece(pieces.flatMap((p) => p.tokens), { label: 'ORG', rule: 'org/acronym' })];
}
const SPELLED_OUT_SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on']);
const UPPER_START = /^\p{Lu}/u;

/** "Tehreek-e-Insaf" -> "TI": the first character of each part (between hyphens) that starts with a capital. */
function capitalInitials(word: string): string {
  let out = '';
  for (let s = 0; s < word.length; ) {
    let e = s;
    while (e < word.length && !isHyphenCode(word.charCodeAt(e))) e++;
    if (e > s) {
      const c = word.charCodeAt(s);
      if (c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word.slice(s, s + 2))) out += word[s];
    }
    s = e + 1;
  }
  return out;
}
const isHyphenCode = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;

/**
 * The outlet in a dateline's credit: "SEOUL, Jan. 8 (Korea Bizwire) —", "ERBIL (Kurdistan24) —". Whatever
 * stands alone in the brackets right after an upper-case place opening the sentence is an organisation.
 */
function creditLine(chain: Token[], sentence: Token[]): Piece | null {
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  if (last.nextChar !== ')' || first.index > 8 || !/\(\s*$/.test(first.gap)) return null;
  const opener = sentence[0];
  if (!opener || !opener.allCaps || opener.text.length < 3 || opener === first) return null;
  if (gazetteerLookup(chain.map((t) => t.text).join(' '))) return null;
  return makePiece(chain, { label: 'ORG', rule: 'org/credit' });
}

/**
 * Chinese autonomous areas are named after their place and the ethnic groups living there, listed
 * with commas: "Jishishan Bao'an, Dongxiang, Salar Autonomous County", "Jishishan Bonan, Dongxiang and
 * Salar Autonomous County". The commas cut the name into runs that look like a person ("Jishishan
 * Bao'an") and a lone word ("Dongxiang"). A place piece whose only word before "Autonomous" is one
 * ethnic name ("Salar Autonomous County") lacks its place name, which must be in the list before it:
 * the list is merged back, one-word items (more ethnic names) up to the item of two words that starts
 * the name (place and first ethnic name). Items that are known places themselves end the list.
 */
function autonomousList(local: Piece[], sentTokens: Token[]): Piece[] {
  const at = local.findIndex(isBareAutonomous);
  if (at < 0) return local;
  const out: Piece[] = [];
  let from = 0;
  for (let i = at; i < local.length; i++) {
    const piece = local[i]!;
    if (!isBareAutonomous(piece)) continue;
    let j = piece.tokens[0]!.index; // first token of the merged name so far
    for (let items = 0; items < 4; items++) {
      // the separator before token j: ", " or " and " or ", and "
      let end = j - 1;
      const sep = sentTokens[j]!.gap;
      if (sentTokens[end]?.text === 'and' && /^[ \u00a0]$/.test(sep)) {
        const andGap = sentTokens[end]!.gap;
        if (!/^,?[ \u00a0]$/.test(andGap)) break;
        end--;
      } else if (!/^,[ \u00a0]$/.test(sep)) break;
      let start = end;
      const joinsBefore = (k: number): boolean => k > 0 && isNameToken(sentTokens[k - 1]!) && /^[ \u00a0]$/.test(sentTokens[k]!.gap);
      while (start > end - 1 && joinsBefore(start)) start--;
      const item = sentTokens.slice(start, end + 1);
      if (!item.length || item.some((t) => !t.cap || t.allCaps || t.hasDigit) || gazetteerLookup(item.map((t) => t.text).join(' '))) break;
      // a run of three words or more is no list item
      if (joinsBefore(start)) break;
      j = start;
      if (item.length === 2) break;
    }
    if (j === piece.tokens[0]!.index) continue;
    const first = sentTokens[j]!;
    const span = sentTokens.slice(j, piece.tokens[piece.tokens.length - 1]!.index + 1);
    const merged = makePiece(span, { label: 'PLACE', rule: 'place/autonomous' });
    while (from < i) {
      const p = local[from++]!;
      if (p.end <= first.start) out.push(p);
    }
    from = i + 1;
    out.push(merged);
  }
  out.push(...local.slice(from));
  return out;
}

function isBareAutonomous(p: Piece): boolean {
  const n = p.tokens.length;
  return p.label === 'PLACE' && n === 3 && p.tokens[1]!.lower === 'autonomous' && PLACE_SUFFIX.has(p.tokens[2]!.lower);
}

/**
 * A dateline's place: "XINING, Dec. 19 (Xinhua) --", "JISHISHAN, Gansu Province/XINING, Dec. 19
 * (Xinhua) --". Upper-case words that open the sentence (or follow a slash) before the agency's
 * bracketed credit and a dash name where the story was filed, known to the gazetteer or not.
 */
const DATELINE = /^[\p{Lu}][\p{Lu} .'’-]*(?:[,/][^()\n]{0,60})?\(\s*[\p{L}][^()\n]{0,40}\)\s*(?:--|[-–—])/u;
function datelinePlace(chain: Token[], sentence: Sentence, sentTokens: Token[]): Piece | null {
  if (!chain.every((t) => t.allCaps && !t.hasDigit) || chain.length > 3) return null;
  const first = chain[0]!;
  if (first.index !== 0 && !(first.gap === '/' && sentTokens.slice(0, first.index).every((t) => t.cap))) return null;
  const next = sentTokens[chain[chain.length - 1]!.index + 1];
  if (!next || !/^\s*[,/]/.test(next.gap)) return null;
  if (!DATELINE.test(sentence.text)) return null;
  // the credit's bracket comes after the place
  const credit = sentence.text.indexOf('(');
  if (credit < 0 || first.start - sentence.start > credit) return null;
  const words = chain.map((t) => t.text).join(' ');
  if (gazetteerLookup(words)) return null;
  return makePiece(chain, { label: 'PLACE', canonical: titleCase(words), rule: 'place/dateline' });
}

const CLAUSE_END = /^\s*[,.;:)]/;
const APPOSITION_PREPOSITIONS = new Set(['in', 'on', 'at', 'around', 'near', 'from', 'to', 'after', 'before', 'during', 'since']);
const ADMIN_RULES = new Set(['place/suffix', 'place/prefix', 'place/autonomous', 'place/dateline', 'place/particle']);

/**
 * A place and the larger place it lies in: "Wajima, Ishikawa Prefecture,", "Barangay Masara, Maco
 * around 7 pm", "Mayfield, Kentucky.", "Mayfield in Graves County". A lone unknown word on either side
 * of a known place is a place too: after a comma when the pair ends the clause (or, after a place
 * named with its unit, a preposition follows), after "in" when the other place is named with its
 * unit. Only single words that are not given names or surnames: "In Kyiv, Zelenskiy said" has a verb
 * after the name, and "Babagana Zulum, Borno State" is a person's two words.
 */
function commaPlaces(pieces: Piece[], sentence: Sentence, sentTokens: Token[]): void {
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1]!;
    const gap = b.start - a.end;
    if (gap < 2 || gap > 4) continue;
    const between = sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
    // "Mayfield in Graves County", "Ol-jorai in Gilgil Sub County": a lone word in a place named with
    // its unit; "Barangay Masara in Maco": the place such a place lies in
    if (between === ' in ') {
      if (lonePlaceWord(a) && knownPlace(b) && ADMIN_RULES.has(b.rule)) a.cues.PLACE += 2;
      else if (knownPlace(a) && ADMIN_RULES.has(a.rule) && lonePlaceWord(b)) b.cues.PLACE += 2;
      continue;
    }
    if (!/^,[ \u00a0]{1,2}$/.test(between)) continue;
    if (lonePlaceWord(a) && knownPlace(b) && endsClause(b, ADMIN_RULES.has(b.rule), sentTokens)) a.cues.PLACE += 2;
    else if (knownPlace(a) && lonePlaceWord(b) && endsClause(b, ADMIN_RULES.has(a.rule), sentTokens)) b.cues.PLACE += 2;
  }
}
/** (commaPlaces) The piece ends its clause, or (`admin`) a preposition follows it. */
function endsClause(p: Piece, admin: boolean, sentTokens: Token[]): boolean {
  const next = sentTokens[p.tokens[p.tokens.length - 1]!.index + 1];
  if (!next) return true;
  if (CLAUSE_END.test(next.gap)) return true;
  return admin && /^[ \u00a0]$/.test(next.gap) && APPOSITION_PREPOSITIONS.has(next.text);
}
/** (commaPlaces) A lone unknown word that is no given name or surname. */
const lonePlaceWord = (p: Piece): boolean => p.strength === 'weak' && p.kind === 'single' && !p.common &&
  !isFirstName(p.tokens[0]!.lower) && !isLastName(p.tokens[0]!.lower);
const knownPlace = (p: Piece): boolean => p.label === 'PLACE' && p.strength === 'strong';

/** Whether `acronym` is the initials of the last words of the piece but not of all of it ("... Artificial Intelligence" and "AI"). */
function abbreviatesEnd(piece: Piece, acronym: string): boolean {
  const words = piece.tokens.filter((t) => t.cap).flatMap((t) => t.text.split(/[-‐‑]/)).filter((w) => /^\p{Lu}/u.test(w));
  const n = acronym.length;
  return n < words.length && words.slice(-n).map((w) => w[0]).join('') === acronym;
}

const SPACE_RUN = /\s\s|[^\S ]/;
const ACRONYM_OPEN = /^\s*\(\s*$/;
const CLOSE = /^\s*\)/;

/** "Korea Communications Standards Commission (KCSC)" and "KCSC (Korea Communications ...)". */
function findAcronymDefinitions(pieces: Piece[], sentence: Sentence, into: Map<string, Piece>): void {
  const text = sentence.text;
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1]!;
    // (cheap test first: the last character before b that is not a space must be the bracket)
    let k = b.start - sentence.start - 1;
    while (k >= a.end - sentence.start && k >= 0 && text.charCodeAt(k) !== 40 && SPACE_CHAR.test(text[k]!)) k--;
    if (text.charCodeAt(k) !== 40) continue;
    if (!ACRONYM_OPEN.test(text.slice(a.end - sentence.start, b.start - sentence.start))) continue;
    if (!CLOSE.test(text.slice(b.end - sentence.start, b.end - sentence.start + 3))) continue;
    if (isAcronymPiece(b) && isLongForm(a)) {
      if (!into.has(b.tokens[0]!.text)) into.set(b.tokens[0]!.text, a);
    } else if (isAcronymPiece(a) && isLongForm(b)) {
      if (!into.has(a.tokens[0]!.text)) into.set(a.tokens[0]!.text, b);
    }
  }
}
const SPACE_CHAR = /\s/;
const isLongForm = (p: Piece): boolean => p.kind !== 'acronym' && p.tokens.filter((t) => t.cap).length >= 2 && p.label !== 'PERSON' && p.label !== 'PLACE';
const isAcronymPiece = (p: Piece): boolean => p.kind === 'acronym' || (p.tokens.length === 1 && p.tokens[0]!.allCaps);

/** Entity mentions of one document, absolute offsets, sorted by start. */
export function extractEntities(sentences: Sentence[], _ctx: ExtractContext): EntityMention[] {
  const tokens = sentences.map((s, i) => tokenize(s, i));
  const titleLines = sentences.map((s, i) => isTitleLine(tokens[i]!, s.text));
  const acronymsUsed = new Set<string>();
  const stats = documentStats(tokens, acronymsUsed);
  const pieces: Piece[] = [];
  const acronyms = new Map<string, Piece>();
  sentences.forEach((sentence, i) => {
    const sentTokens = tokens[i]!;
    const local: Piece[] = [];
    for (const chain of buildChains(sentTokens)) {
      const credit = creditLine(chain, sentTokens) ?? datelinePlace(chain, sentence, sentTokens);
      let chainPieces: Piece[];
      if (credit) chainPieces = [credit];
      else {
        const parts = splitConnectors(chain);
        chainPieces = parts.length === 1 ? analyze(parts[0]!, stats) : [];
        if (parts.length > 1) for (const part of parts) for (const piece of analyze(part, stats)) chainPieces.push(piece);
        chainPieces = spelledOut(chainPieces, acronymsUsed);
      }
      // "The Indonesian Red Cross (PMI)": a listed common acronym ("PMI", the managers' index) that the
      // text defines in brackets right after a name is that name's acronym
      // (an organisation's only: "Artificial Intelligence (AI)" and "Purchasing Managers' Index (PMI)" stay
      // terms, and so does the term at the end of "Stanford Institute for Human-Centered Artificial Intelligence (AI)")
      const before = local[local.length - 1];
      if (chainPieces.length === 0 && chain.length === 1 && chain[0]!.allCaps && ACRONYM_OPEN.test(chain[0]!.gap) &&
          chain[0]!.nextChar === ')' && before?.label === 'ORG' && before.strength === 'strong' &&
          before.tokens[before.tokens.length - 1]!.index === chain[0]!.index - 1 && !abbreviatesEnd(before, chain[0]!.text)) {
        chainPieces = [makePiece(chain, { strength: 'weak', kind: 'acronym', rule: 'acronym' })];
      }
      for (const piece of chainPieces) {
        piece.inTitleLine = titleLines[i]!;
        const raw = sentence.text.slice(piece.start - sentence.start, piece.end - sentence.start);
        piece.text = SPACE_RUN.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
        addCues(piece, sentTokens);
        local.push(piece);
      }
    }
    const merged = autonomousList(local, sentTokens);
    for (const piece of merged) {
      if (piece.text) continue;
      piece.inTitleLine = titleLines[i]!;
      piece.text = sentence.text.slice(piece.start - sentence.start, piece.end - sentence.start).replace(/\s+/g, ' ');
      addCues(piece, sentTokens);
    }
    commaPlaces(merged, sentence, sentTokens);
    findAcronymDefinitions(merged, sentence, acronyms);
    for (const piece of merged) pieces.push(piece);
  });
  const mentions: EntityMention[] = resolveDocument(pieces, acronyms, stats).map((r) => {
    const s = sentences[r.piece.tokens[0]!.sent]!;
    return {
      type: 'entity',
      start: r.piece.start,
      end: r.piece.end,
      text: s.text.slice(r.piece.start - s.start, r.piece.end - s.start),
      label: r.label,
      canonical: r.canonical,
      rule: r.rule,
    };
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return mentions.filter((m, i) => i === 0 || m.start >= mentions[i - 1]!.end);
}
