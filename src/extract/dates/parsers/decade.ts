/**
 * Decades: "the 1990s", "the mid-1990s", "the early 2000s", "the '90s". Value `199` (TIMEX3 decade),
 * grain decade, anchor explicit.
 *
 * Watch out for:
 * - "the 1900s", "the 1800s": a century, not a decade (there is no century grain: not emitted);
 *   "the 2000s" is read as the decade, as news uses it;
 * - "in his 90s", "temperatures in the 90s": ages and readings; a two-digit decade needs its
 *   apostrophe ("the '90s");
 * - "the '20s" in a 2024 story: the 1920s or the 2020s, left unresolved.
 */
import { regexParser } from '../candidate.js';

const PATTERN = /(?<![\w'-])(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:((?:1[0-9]|20)\d)0'?s|'(\d)0s)(?![\w'])/gi;

export const decadeParser = regexParser('decade', PATTERN, (m) => {
  const full = m[1];
  const short = m[2];
  const base = { start: m.index, end: m.index + m[0].length, grain: 'decade' as const, rule: 'date/decade' };
  if (full !== undefined) {
    // "1900s"/"1800s" name centuries; "2000s" is the decade in news usage.
    if (full.endsWith('0') && full !== '200') return null;
    return { ...base, value: full, anchor: 'explicit' };
  }
  const d = Number(short);
  if (d >= 3) return { ...base, value: `19${d}`, anchor: 'explicit' };
  if (d === 0 || d === 1) return { ...base, value: `20${d}`, anchor: 'explicit' };
  return { ...base, value: null, anchor: 'unresolved' };
}, /\d0'?s/i);
