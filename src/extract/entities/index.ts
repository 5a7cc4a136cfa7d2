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
import { analyze, type DocStats, type Piece } from './classify.js';
import { addCues, isTitleLine } from './refiners.js';
import { tokenize, type Token } from './tokens.js';

export type { Piece } from './classify.js';

function documentStats(sentences: Token[][], titleLines: boolean[]): DocStats {
  const lowerSeen = new Set<string>();
  const capMid = new Map<string, number>();
  sentences.forEach((tokens, i) => {
    for (const t of tokens) {
      if (!t.cap && /^\p{Ll}/u.test(t.text)) {
        lowerSeen.add(t.lower);
        if (/[-‐‑]/.test(t.text)) for (const part of t.lower.split(/[-‐‑]/)) if (part) lowerSeen.add(part);
      } else if (t.cap && !t.initial && !titleLines[i]) {
        capMid.set(t.lower, (capMid.get(t.lower) ?? 0) + 1);
      }
    }
  });
  return { lowerSeen, capMid };
}

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
    if (b.kind === 'acronym' && longForm(a)) {
      if (!into.has(b.tokens[0]!.text)) into.set(b.tokens[0]!.text, a);
    } else if (a.kind === 'acronym' && longForm(b)) {
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
  sentences.forEach((sentence, i) => {
    const sentTokens = tokens[i]!;
    const local: Piece[] = [];
    for (const chain of buildChains(sentTokens)) {
      for (const part of splitConnectors(chain)) {
        for (const piece of analyze(part, stats)) {
          piece.inTitleLine = titleLines[i]!;
          piece.text = sentence.text.slice(piece.start - sentence.start, piece.end - sentence.start).replace(/\s+/g, ' ');
          addCues(piece, sentTokens);
          local.push(piece);
        }
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
