/**
 * Windows ending at the publication date: "in the past week" (`P1W`), "over the past month"
 * (`P1M`), "in the past five days" (`P5D`), "the last 12 months" (`P12M`), "the past 24 hours"
 * (`PT24H`), "the past decade" (`P10Y`). Grain duration, anchor relative, rule `date/window`. The
 * value is the window's length, so it holds even without a publication date.
 *
 * Watch out for:
 * - "the previous week", "last week": a calendar week (relative.ts), not a window;
 * - "the last week of August", "the last five years of his life": a part of something else;
 * - "the past few days", "in recent weeks": vague, not emitted;
 * - durations that are not windows: "for 36 hours", "five years in prison" (no "past"/"last").
 */
import { regexParser } from '../candidate.js';
import { amountValue, AMOUNT_RE } from '../lexicon.js';

const PATTERN = new RegExp(
  `(?<![\\w-])(?:(in|over|during|within|for|throughout|across)\\s+)?the\\s+(past|last|previous)\\s+(?:(${AMOUNT_RE})\\s+)?(days?|weeks?|months?|years?|decades?|hours?|fortnight)(?![\\w-])`,
  'gi',
);

const UNIT_CODE: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'Y', hour: 'H', fortnight: 'W' };

export const windowParser = regexParser('window', PATTERN, (m, ctx) => {
  const [, prep, which, amountRaw, unitRaw] = m;
  const start = m.index, end = m.index + m[0].length;
  const plural = /s$/i.test(unitRaw!);
  const unit = unitRaw!.toLowerCase().replace(/s$/, '');
  const amount = amountRaw === undefined ? 1 : amountValue(amountRaw);
  if (amount === undefined || amount === 0) return null;
  // "the past a week" is not English; "a"/"an" only count in "the past a few", which is vague anyway.
  if (amountRaw !== undefined && /^an?$/i.test(amountRaw)) return null;
  // "the past weeks" without a number is vague ("in the past weeks").
  if (amountRaw === undefined && plural) return null;
  if (amountRaw !== undefined && amount > 1 && !plural) return null;
  // "the last week of August", "the last five years of his life".
  if (/^\s+of\b/i.test(ctx.text.slice(end, end + 4))) return null;
  const w = which!.toLowerCase();
  // "the previous week" / "the last week" without a number and a preposition is a calendar week.
  if (amountRaw === undefined && w !== 'past' && !prep) return null;
  if (amountRaw === undefined && w === 'previous') return null;
  let n = amount;
  if (unit === 'decade') n *= 10;
  if (unit === 'fortnight') n *= 2;
  const value = unit === 'hour' ? `PT${n}H` : `P${n}${UNIT_CODE[unit]}`;
  return { start, end, value, grain: 'duration', anchor: 'relative', rule: 'date/window' };
}, /past|last|previous/i);
