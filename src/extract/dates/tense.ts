// Which way a weekday, a month or a quarter points from the publication date: "said on Monday" is the
// Monday at or before publication, "will meet on Friday" the Friday at or after it. The cue is the
// nearest tense marker in the clause, looking back from the date first, then forward
// ("On Tuesday, President Yoon instructed ..."). Without any cue the caller decides (usually: past,
// as news reports what happened).
import type { Direction } from './resolve.js';

const FUTURE = new Set([
  'will', "'ll", 'shall', 'would', 'wo', "won't", 'going', 'due', 'scheduled', 'slated', 'set', 'expected',
  'expect', 'expects', 'plan', 'plans', 'planning', 'upcoming', 'next', 'aims', 'intends', 'hopes', 'tomorrow',
  'later', 'forthcoming',
]);

const PAST = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'has', 'have', 'met', 'held', 'made', 'took', 'gave', 'came',
  'went', 'began', 'won', 'lost', 'fell', 'rose', 'saw', 'left', 'sent', 'spoke', 'brought', 'found', 'got',
  'struck', 'led', 'paid', 'sold', 'bought', 'wrote', 'ran', 'stood', 'kept', 'threw', 'shot', 'broke', 'chose',
  'drove', 'flew', 'fought', 'grew', 'knew', 'meant', 'sought', 'spent', 'spread', 'stole', 'swore', 'taught',
  'tore', 'wore', 'withdrew', 'upheld', 'overtook', 'became', 'beat', 'bid', 'hit', 'quit', 'sat', 'shut',
  'ago', 'yesterday', 'earlier', 'last', 'previous', 'since', 'already', 'reportedly', 'confirmed',
]);

/** Words ending in -ed that are not past tenses. */
const NOT_PAST = new Set(['need', 'red', 'bed', 'seed', 'speed', 'feed', 'hundred', 'united', 'shed', 'bred', 'weed', 'breed', 'greed', 'deed']);

/**
 * A participle after "be"/"been"/"being" ("will be sentenced on Friday") or in a present passive
 * ("when Trump is sentenced on July 11") says nothing of the tense.
 */
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'am']);

/** A clause ends at these, but not at the point of "2.8" or the colon of "3:30". */
const CLAUSE_END = new Set(['.', ';', '!', '?', ':', '"']);
function endsClause(text: string, i: number): boolean {
  const c = text[i]!;
  if (!CLAUSE_END.has(c)) return false;
  if ((c === '.' || c === ':') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  // Inside one sentence a period is mostly an abbreviation: "1 p.m. ET", "U.S. President", "Fla. -".
  if (c === '.' && !(/[a-z]{3}$|[\d)]$/.test(text.slice(Math.max(0, i - 3), i)) && /^\s+[A-Z"“]/.test(text.slice(i + 1, i + 4)))) return false;
  return true;
}
const MAX_SCAN = 160;

/** "could fall on Monday" looks ahead; "could not be reached on Monday" reports the past. */
const MODALS = new Set(['could', 'may', 'might']);

function cue(word: string, before: string | undefined, after?: string): Direction | null {
  const w = word.toLowerCase();
  if (MODALS.has(w) && word !== 'May') return /^(not|n't|have)$/i.test(after ?? '') ? 'past' : 'future';
  if (FUTURE.has(w)) return 'future';
  if (before !== undefined && BE.has(before.toLowerCase())) return null;
  if (PAST.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)) return 'past';
  return null;
}

/** Cues farther than this many words from the date are not looked at (nor paid for). */
const MAX_WORDS = 24;

function words(s: string, fromEnd: boolean): string[] {
  const all = s.match(/[A-Za-z']+/g) ?? [];
  if (all.length <= MAX_WORDS) return all;
  return fromEnd ? all.slice(all.length - MAX_WORDS) : all.slice(0, MAX_WORDS);
}

/**
 * A cue this close, through a preposition ("rose on Dec. 28"), governs the date itself; a date that
 * is the verb's object ("offered Aug. 12 as a date") or far from it does not.
 */
export function governsDate(text: string, start: number, cue: TenseCue | null): boolean {
  if (!cue || cue.distance > 1) return false;
  const lead = /^(?:on|since)\s/i.test(text.slice(start, start + 6));
  const prev = /\b(?:on|since)\s+$/i.test(text.slice(Math.max(0, start - 7), start));
  return cue.distance === 0 ? lead : prev;
}

/** A tense cue and how many words lie between it and the date (0: "rose on Dec. 28"). */
export interface TenseCue {
  direction: Direction;
  distance: number;
}

/**
 * The nearest tense cue in the clause around text[start, end), or null when there is none.
 * Looks at most MAX_SCAN characters each way, so the cost per date is bounded.
 */
export function tenseCue(text: string, start: number, end: number): TenseCue | null {
  let s = start;
  const floor = Math.max(0, start - MAX_SCAN);
  while (s > floor && !endsClause(text, s - 1)) s--;
  const back = words(text.slice(s, start), true);
  for (let i = back.length - 1; i >= 0; i--) {
    const w = back[i]!;
    const distance = back.length - 1 - i;
    // "due to", "set to", "is expected to": only future when followed by "to".
    if (['set', 'due', 'expected'].includes(w.toLowerCase())) {
      if (back[i + 1]?.toLowerCase() === 'to' || back[i + 1]?.toLowerCase() === 'for' || i === back.length - 1) return { direction: 'future', distance };
      continue;
    }
    const c = cue(w, back[i - 1], back[i + 1]);
    if (c) return { direction: c, distance };
  }
  // Forward, a comma ends the clause unless the date opens it ("On Tuesday, Yoon instructed ...");
  // "in the second quarter, a volatile market may dampen ..." says nothing of the second quarter.
  const opensClause = back.length === 0 || (back.length === 1 && /^(?:on|in|since|by|during|from|until|late|early|earlier|later)$/i.test(back[0]!));
  let e = end;
  const ceil = Math.min(text.length, end + MAX_SCAN);
  while (e < ceil && !endsClause(text, e) && (opensClause || text[e] !== ',')) e++;
  const fwd = words(text.slice(end, e), false);
  for (let i = 0; i < fwd.length; i++) {
    const w = fwd[i]!;
    if (['set', 'due', 'expected'].includes(w.toLowerCase())) {
      if (fwd[i + 1]?.toLowerCase() === 'to') return { direction: 'future', distance: i };
      continue;
    }
    const c = cue(w, fwd[i - 1], fwd[i + 1]);
    if (c) return { direction: c, distance: i };
  }
  return null;
}

/** The tense of the clause around text[start, end): 'past', 'future', or null when no cue was found. */
export function tenseAround(text: string, start: number, end: number): Direction | null {
  return tenseCue(text, start, end)?.direction ?? null;
}
