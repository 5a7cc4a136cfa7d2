// Text helpers shared by the date parsers. Parsers match on a normalized copy of the sentence that
// has exactly the same length, so every index found in it is an index into the original.

/**
 * Replaces typographic characters one-for-one with their ASCII look-alikes: the apostrophe of
 * "the ’90s", the dash of "2019–20", the no-break space of "Sept\u00a02" (news CMSs emit all of them).
 */
export function normalizeTypography(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

const WORD_CHAR = /[A-Za-z0-9'\-]/;
/** How far back or forward a context check may look: keeps every check O(1) per match. */
const LOOK = 48;

/** The word ending just before `index` (skipping whitespace only), or '' when punctuation intervenes. */
export function wordBefore(text: string, index: number): { word: string; start: number } {
  let i = index;
  const floor = Math.max(0, index - LOOK);
  while (i > floor && /\s/.test(text[i - 1]!)) i--;
  let s = i;
  while (s > floor && WORD_CHAR.test(text[s - 1]!)) s--;
  return { word: text.slice(s, i), start: s };
}

/** The word starting just after `index` (skipping whitespace only), or '' when punctuation intervenes. */
export function wordAfter(text: string, index: number): { word: string; end: number } {
  let i = index;
  const ceil = Math.min(text.length, index + LOOK);
  while (i < ceil && /\s/.test(text[i]!)) i++;
  let e = i;
  while (e < ceil && WORD_CHAR.test(text[e]!)) e++;
  return { word: text.slice(i, e), end: e };
}

export const isCapitalized = (w: string): boolean => /^[A-Z]/.test(w);

/** True when `index` opens the sentence (only quotes, brackets or spaces before it). */
export function atSentenceStart(text: string, index: number): boolean {
  // Bounded: LOOK characters of nothing but spaces and quotes count as a start.
  for (let i = index - 1; i >= 0 && i >= index - LOOK; i--) {
    if (!/[\s"'(\[]/.test(text[i]!)) return false;
  }
  return true;
}
