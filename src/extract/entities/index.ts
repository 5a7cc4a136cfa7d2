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
import { buildChains, splitConnectors } from './candidates.js';
import { analyze, makePiece, type DocStats, type Piece } from './classify.js';
import { gazetteerLookup } from './gazetteer.js';
import { addCues, isTitleLine } from './refiners.js';
import { tokenize, type Token } from './tokens.js';

export type { Piece } from './classify.js';

function documentStats(sentences: Token[][], titleLines: boolean[]): DocStats {
  const lowerSeen = new Set<string>();
  const capMid = new Map<string, number>();
  sentences.forEach((tokens, i) => {
    for (const t of tokens) {
      if (!t.cap) {
        const c = t.text.charCodeAt(0);
        if (!((c >= 97 && c <= 122) || (c > 127 && LOWER_START.test(t.text)))) continue;
        lowerSeen.add(t.lower);
        if (t.text.includes('-')) for (const part of t.lower.split('-')) if (part) lowerSeen.add(part);
      } else if (!t.initial && !titleLines[i]) {
        capMid.set(t.lower, (capMid.get(t.lower) ?? 0) + 1);
      }
    }
  });
  return { lowerSeen, capMid };
}

/**
 * A name the document also writes as an acronym is one organisation, whatever its words look like:
 * "Pakistan Tehreek-e-Insaf" with "PTI" elsewhere is not Pakistan + something.
 */
function spelledOut(pieces: Piece[], acronymsUsed: Set<string>): Piece[] {
  if (pieces.length === 0 || acronymsUsed.size === 0) return pieces;
  if (pieces.length === 1 && pieces[0]!.strength === 'strong') return pieces;
  const toks = pieces[0]!.tokens[0]!;
  const last = pieces[pieces.length - 1]!.tokens[pieces[pieces.length - 1]!.tokens.length - 1]!;
  if (pieces.length === 1 && pieces[0]!.tokens.length === 1) return pieces;
  const all = pieces.flatMap((p) => p.tokens);
  if (all.some((t) => !t.cap && !['of', 'and', 'for', 'the', 'on'].includes(t.text))) return pieces;
  const initials = all.filter((t) => t.cap).map((t) => t.text.split(/[-‐‑]/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('')).join('');
  if (initials.length < 2 || !acronymsUsed.has(initials.toUpperCase())) return pieces;
  if (all.length !== last.index - toks.index + 1) return pieces;
  return [makePiece(all, { label: 'ORG', rule: 'org/acronym' })];
}

/**
 * The outlet in a dateline's credit: "SEOUL, Jan. 8 (Korea Bizwire) —", "ERBIL (Kurdistan24) —". Whatever
 * stands alone in the brackets right after an upper-case place opening the sentence is an organisation.
 */
function creditLine(chain: Token[], sentence: Token[]): Piece | null {
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  if (!/\(\s*$/.test(first.gap) || last.nextChar !== ')' || first.index > 8) return null;
  const opener = sentence[0];
  if (!opener || !opener.allCaps || opener.text.length < 3 || opener === first) return null;
  if (gazetteerLookup(chain.map((t) => t.text).join(' '))) return null;
  return makePiece(chain, { label: 'ORG', rule: 'org/credit' });
}

const LOWER_START = /^\p{Ll}/u;
const SPACE_RUN = /\s\s|[^\S ]/;
const ACRONYM_OPEN = /^\s*\(\s*$/;
const CLOSE = /^\s*\)/;

/** "Korea Communications Standards Commission (KCSC)" and "KCSC (Korea Communications ...)". */
function findAcronymDefinitions(pieces: Piece[], sentence: Sentence, into: Map<string, Piece>): void {
  const local = (at: number): number => at - sentence.start;
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1]!;
    if (!ACRONYM_OPEN.test(sentence.text.slice(local(a.end), local(b.start)))) continue;
    if (!CLOSE.test(sentence.text.slice(local(b.end), local(b.end) + 3))) continue;
    const longForm = (p: Piece): boolean => p.kind !== 'acronym' && p.tokens.filter((t) => t.cap).length >= 2 && p.label !== 'PERSON' && p.label !== 'PLACE';
    const acronym = (p: Piece): boolean => p.kind === 'acronym' || (p.tokens.length === 1 && p.tokens[0]!.allCaps);
    if (acronym(b) && longForm(a)) {
      if (!into.has(b.tokens[0]!.text)) into.set(b.tokens[0]!.text, a);
    } else if (acronym(a) && longForm(b)) {
      if (!into.has(a.tokens[0]!.text)) into.set(a.tokens[0]!.text, b);
    }
  }
}

/** Entity mentions of one document, absolute offsets, sorted by start. */
export function extractEntities(sentences: Sentence[], _ctx: ExtractContext): EntityMention[] {
  const tokens = sentences.map((s, i) => tokenize(s, i));
  const titleLines = sentences.map((s, i) => isTitleLine(tokens[i]!, s.text));
  const stats = documentStats(tokens, titleLines);
  const pieces: Piece[] = [];
  const acronyms = new Map<string, Piece>();
  const acronymsUsed = new Set<string>();
  for (const sentTokens of tokens) for (const t of sentTokens) if (t.allCaps && /^[A-Z]{2,6}$/.test(t.text)) acronymsUsed.add(t.text);
  sentences.forEach((sentence, i) => {
    const sentTokens = tokens[i]!;
    const local: Piece[] = [];
    for (const chain of buildChains(sentTokens)) {
      const credit = creditLine(chain, sentTokens);
      const chainPieces = credit ? [credit] : spelledOut(splitConnectors(chain).flatMap((part) => analyze(part, stats)), acronymsUsed);
      for (const piece of chainPieces) {
        piece.inTitleLine = titleLines[i]!;
        const raw = sentence.text.slice(piece.start - sentence.start, piece.end - sentence.start);
        piece.text = SPACE_RUN.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
        addCues(piece, sentTokens);
        local.push(piece);
      }
    }
    findAcronymDefinitions(local, sentence, acronyms);
    pieces.push(...local);
  });
  const bySentence = new Map<number, Sentence>();
  sentences.forEach((s, i) => bySentence.set(i, s));
  const mentions: EntityMention[] = resolveDocument(pieces, acronyms, stats).map((r) => {
    const s = bySentence.get(r.piece.tokens[0]!.sent)!;
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
