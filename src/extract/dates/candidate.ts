// The record a date parser produces before refinement, and the parser interface.
import type { Anchor, Grain } from '../../types.js';
import type { Ymd } from './calendar.js';
import type { Direction } from './resolve.js';

export interface Candidate {
  /** local indices into the sentence text */
  start: number;
  end: number;
  value: string | null;
  grain: Grain;
  anchor: Anchor;
  /** `date/<parser>`: which rule made it */
  rule: string;
  /** What the text stated, for refiners that merge neighbours ("July" + "this year"). */
  parts?: {
    month?: number;
    day?: number;
    weekday?: number;
    /** the year was guessed, not stated ("Sept 2", "in August") */
    yearImplied?: boolean;
    /** a bare year reference: "this year" 0, "last year" -1 */
    yearOffset?: number;
    /** a bare week reference: "this week" 0, "last week" -1 */
    weekOffset?: number;
    direction?: Direction;
  };
}

export interface ParseContext {
  /** the sentence text, typography normalized, same length as the original */
  text: string;
  /** publication date, or null: then relative expressions stay unresolved */
  published: Ymd | null;
}

/** A parser finds candidates in one sentence. Order in the pipeline matters only for ties. */
export interface DateParser {
  id: string;
  parse(ctx: ParseContext): Candidate[];
}

/**
 * Runs a global regex over the text and maps each match; `extract` may reject a match with null.
 * `gate` is a cheap necessary condition of the pattern (a word every match holds): most sentences
 * fail it, and a plain literal scan costs a fraction of trying the pattern, with its look-behind,
 * at every position.
 */
export function regexParser(
  id: string,
  pattern: RegExp,
  extract: (m: RegExpExecArray, ctx: ParseContext) => Candidate | null,
  gate?: RegExp,
): DateParser {
  if (!pattern.global) throw new Error(`dates/${id}: pattern must be global`);
  return {
    id,
    parse(ctx) {
      if (gate && !gate.test(ctx.text)) return [];
      const out: Candidate[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(ctx.text); m; m = pattern.exec(ctx.text)) {
        if (m[0] === '') { pattern.lastIndex++; continue; }
        const c = extract(m, ctx);
        if (c) out.push(c);
      }
      return out;
    },
  };
}
