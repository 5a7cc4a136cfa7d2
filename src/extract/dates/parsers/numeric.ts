/**
 * Numeric dates: "2024-09-02", "2024/9/2" (year first: unambiguous), "13/09/2024", "09/13/2024",
 * "02/09/2024", "24.11.10", "on 9/2".
 *
 * Watch out for:
 * - day and month order: "02/09/2024" is 2 September in Seoul and London, 9 February in New York.
 *   Only a part above 12 settles it; otherwise the mention is kept with value null (unresolved).
 * - two-digit years: "24.11.10" (a Korean board's date stamp) may be 2024-11-10 or 2010-11-24:
 *   always unresolved.
 * - fractions, scores, versions and addresses: "3/4", "2.10.3", "192.168.1.10"; dotted dates need
 *   two-digit parts, two-part dates ("9/2") need a date preposition before them ("on 9/2").
 */
import { regexParser, type Candidate } from '../candidate.js';
import { formatDay, isValidYmd } from '../calendar.js';
import { resolveRelativeDate } from '../resolve.js';
import { governsDate, tenseCue } from '../tense.js';
import { wordBefore } from '../text.js';

const ISO = /(?<![\w./:-])((?:1[0-9]|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\w]|[./:-]\d)/g;
const DMY = /(?<![\w./:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w]|[./:-]\d)/g;
const SHORT = /(?<![\w./:-])(\d{1,2})\/(\d{1,2})(?![\w]|[./:-]\d)/g;

/** Words before digits that make them a version, a section or an address, not a date. */
const NOT_DATE_BEFORE = new Set(['version', 'v', 'ios', 'android', 'release', 'build', 'chapter', 'section', 'rule', 'article', 'paragraph', 'clause', 'verse', 'figure', 'table', 'ip', 'score', 'scored', 'won', 'lost', 'beat', 'odds', 'ratio']);
const DATE_PREPOSITIONS = new Set(['on', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'dated', 'of']);

const unresolved = (start: number, end: number): Candidate => ({ start, end, value: null, grain: 'day', anchor: 'unresolved', rule: 'date/numeric-ambiguous' });

export const isoNumericParser = regexParser('numeric-ymd', ISO, (m, ctx) => {
  const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
  // A dotted year-first date needs two-digit parts ("2024.09.02"), else it reads as a version.
  if (m[2] === '.' && (m[3]!.length !== 2 || m[4]!.length !== 2)) return null;
  if (NOT_DATE_BEFORE.has(wordBefore(ctx.text, m.index).word.toLowerCase())) return null;
  if (!isValidYmd(y, mo, d)) return null;
  return { start: m.index, end: m.index + m[0].length, value: formatDay({ y, m: mo, d }), grain: 'day', anchor: 'explicit', rule: 'date/numeric' };
}, /\d[-/.]\d/);

export const dmyNumericParser = regexParser('numeric-dmy', DMY, (m, ctx) => {
  const [a, b, yRaw] = [Number(m[1]), Number(m[3]), m[4]!];
  const start = m.index, end = m.index + m[0].length;
  if (m[2] === '.' && (m[1]!.length !== 2 || m[3]!.length !== 2)) return null;
  // "10-11-12" with hyphens and a two-digit year is as likely a score line or a code.
  if (m[2] === '-' && yRaw.length === 2) return null;
  if (NOT_DATE_BEFORE.has(wordBefore(ctx.text, start).word.toLowerCase())) return null;
  if (yRaw.length === 2) {
    // Any of y.m.d, d.m.y and m.d.y may be meant: keep it only when one reading is possible at all.
    const readings = [[2000 + a, b, Number(yRaw)], [2000 + Number(yRaw), b, a], [2000 + Number(yRaw), a, b]]
      .filter(([y, mo, d]) => isValidYmd(y!, mo!, d!));
    return readings.length ? unresolved(start, end) : null;
  }
  const y = Number(yRaw);
  const dm = isValidYmd(y, b, a), md = isValidYmd(y, a, b);
  if (!dm && !md) return null;
  if (dm && md && a !== b) return unresolved(start, end);
  const [mo, d] = dm ? [b, a] : [a, b];
  return { start, end, value: formatDay({ y, m: mo, d }), grain: 'day', anchor: 'explicit', rule: 'date/numeric' };
}, /\d[-/.]\d/);

export const shortNumericParser = regexParser('numeric-short', SHORT, (m, ctx) => {
  const [a, b] = [Number(m[1]), Number(m[2])];
  const start = m.index, end = m.index + m[0].length;
  if (!DATE_PREPOSITIONS.has(wordBefore(ctx.text, start).word.toLowerCase())) return null;
  const dm = isValidYmd(2024, b, a), md = isValidYmd(2024, a, b);
  if (!dm && !md) return null;
  if (dm && md && a !== b) return unresolved(start, end);
  const [mo, d] = dm ? [b, a] : [a, b];
  const cue = tenseCue(ctx.text, start, end);
  const r = resolveRelativeDate({ kind: 'monthDay', month: mo, day: d, direction: cue?.direction ?? 'nearest', strict: governsDate(ctx.text, start, cue) }, ctx.published);
  return { start, end, ...r, rule: 'date/numeric' };
}, /\d\/\d/);
