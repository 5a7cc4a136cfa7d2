// Ages: "aged 16", "then 20", "a 16-year-old" (read with the time units), "Yoon, 63, said".
import type { NumberPhrase } from './numbers.js';
import { isMonth } from './filters.js';
import { tagsOf } from './nouns.js';
import type { TokenView } from './tokens.js';

/** "aged 16", "age 30", "ages 12 to 17", "then 20", "the age of 18", "age group of 15 to 18 years" */
export function ageContextBefore(v: TokenView, s: number): { start: number; inSpan: boolean } | null {
  let k = s - 1;
  if (v.low(k) === 'between') k--;
  const low = v.low(k);
  if (low === 'aged' || low === 'age' || low === 'ages') return { start: k, inSpan: true };
  if (low === 'then' && k === s - 1) return { start: k, inSpan: true };
  if (low === 'of' && (v.low(k - 1) === 'age' || v.low(k - 1) === 'ages')) return { start: v.low(k - 2) === 'the' ? k - 2 : k - 1, inSpan: false };
  if (low === 'of' && v.low(k - 1) === 'group' && v.low(k - 2) === 'age') return { start: k - 2, inSpan: false };
  // "whose ages range from 70 to 82"
  if (low === 'from' && ['range', 'ranged', 'ranging'].includes(v.low(k - 1)) && (v.low(k - 2) === 'ages' || v.low(k - 2) === 'age')) return { start: k, inSpan: false };
  return null;
}


/**
 * A bare number between commas after a word is an age in news style: "Yoon, 63, said",
 * "Nursing home resident, 102, charged", "Peter Langley, 33 and of Clipsley Lane". Not after a verb
 * ("killed 5, injured 12,") nor a month ("In March, 12, ...").
 */
export function isAppositiveAge(v: TokenView, np: NumberPhrase, end: number): boolean {
  if (np.kind !== 'digits' || !np.plainInteger || np.value === null || np.value < 1 || np.value > 120) return false;
  if (!v.is(np.i0 - 1, ',') || !v.isWord(np.i0 - 2) || isMonth(v, np.i0 - 2) || verbLike(v.low(np.i0 - 2))) return false;
  return v.is(end, ',') || v.is(end, ')') || v.is(end, ';') || v.low(end) === 'and' || (v.is(end, '.') && end === v.length - 1);
}

function verbLike(low: string): boolean {
  const tags = tagsOf(low);
  return tags.has('Verb') || tags.has('PastTense') || tags.has('PresentTense') || tags.has('Infinitive') || tags.has('Gerund') || tags.has('Preposition') || tags.has('Value');
}
