// From the mentions of one document to its claims. A claim is built on one figure (a sentence with
// two figures gives two claims) or, for a sentence that dates an event without a figure, on that
// date. Conversions in parentheses belong to the claim of the amount they convert.
import type { ArticleMeta, DateMention, EntityMention, FigureMention, Sentence } from '../types.js';
import type { ClaimRow } from '../output/schema.js';
import { analyzeClaim, SpeakerCarry } from '../extract/attribution/index.js';
import { chooseClaimDate } from './claim-date.js';
import { hashId, normalizeForId } from './ids.js';

export interface SentenceMentions {
  sentence: Sentence;
  figures: FigureMention[];
  dates: DateMention[];
}

export interface AssembledDocument {
  claims: ClaimRow[];
  /** claim id of each mention, keyed by mention object */
  claimOf: Map<FigureMention | DateMention | EntityMention, string>;
}

export function assembleClaims(doc: string, meta: ArticleMeta, text: string, perSentence: SentenceMentions[], entities: EntityMention[]): AssembledDocument {
  const claims: ClaimRow[] = [];
  const claimOf = new Map<FigureMention | DateMention | EntityMention, string>();
  // repeats of the same id base. The base is [doc, sentence, type, text, offset] joined by U+0001; when
  // none of them holds a U+0001 the base is counted per sentence key, then per focus (so the long
  // sentence is hashed once per sentence); otherwise by the whole base (the split would be ambiguous)
  const idCounts = new Map<string, Map<number, FocusCount[]>>();
  const baseCounts = new Map<string, number>();
  const docHasSeparator = doc.includes('\u0001');
  // the speaker "he added" refers to, carried from sentence to sentence (worked out when asked for)
  const carry = new SpeakerCarry();
  let entityCursor = 0;

  for (const { sentence, figures, dates } of perSentence) {
    while (entityCursor < entities.length && entities[entityCursor]!.end <= sentence.start) entityCursor++;
    const sentenceEntities: EntityMention[] = [];
    for (let k = entityCursor; k < entities.length && entities[k]!.start < sentence.end; k++) sentenceEntities.push(entities[k]!);
    const entityAt = (start: number, end: number) => headEntity(text, sentenceEntities, start, end);

    const amounts = figures.filter((f) => f.equivalent_of === null);
    const focuses: (FigureMention | DateMention)[] = amounts.length ? amounts : dates.filter((d) => d.grain !== 'duration' && d.value !== null).slice(0, 1);
    // the id's document and sentence part, normalized once per sentence rather than once per figure
    const normalized = focuses.length ? normalizeForId(sentence.text) : '';
    const sentenceKey = focuses.length ? `${doc}\u0001${normalized}\u0001` : '';
    let counts: Map<number, FocusCount[]> | undefined;
    if (focuses.length && !docHasSeparator && !normalized.includes('\u0001')) {
      // (the document is the same for the whole call: the normalized sentence is the key)
      counts = idCounts.get(normalized);
      if (!counts) idCounts.set(normalized, (counts = new Map()));
    }
    for (const focus of focuses) {
      const figure = focus.type === 'figure' ? focus : null;
      const date = figure ? chooseClaimDate(sentence, figure, dates, amounts.filter((f) => f !== figure)) : (focus as DateMention);
      const analysis = analyzeClaim(sentence, focus.start, focus.end, carry.context(entityAt));
      const focusKey = focusPart(sentence, focus);
      let n: number;
      if (counts && !focus.text.includes('\u0001')) {
        // per offset in the sentence (a number key), then type and text
        const offset = focus.start - sentence.start;
        let list = counts.get(offset);
        if (!list) counts.set(offset, (list = []));
        let entry = list.find((c) => c.type === focus.type && c.text === focus.text);
        if (!entry) list.push((entry = { type: focus.type, text: focus.text, n: 0 }));
        n = entry.n++;
      } else {
        const base = sentenceKey + focusKey;
        n = baseCounts.get(base) ?? 0;
        baseCounts.set(base, n + 1);
      }
      const claimId = hashId('c', sentenceKey + focusKey, String(n));

      const subjectEntity = analysis.subject ? entityAt(analysis.subject.start, analysis.subject.end) : null;
      const attributionEntity = analysis.attribution ? entityAt(analysis.attribution.start, analysis.attribution.end) : null;
      claims.push({
        claim_id: claimId,
        doc,
        outlet: meta.outlet,
        published: meta.published,
        start: sentence.start,
        end: sentence.end,
        text: text.slice(sentence.start, sentence.end),
        subject: analysis.subject
          ? { text: analysis.subject.text, canonical: subjectEntity?.canonical ?? null, label: subjectEntity?.label ?? null }
          : null,
        predicate: analysis.predicate,
        figure: figure
          ? {
              start: figure.start, end: figure.end, text: figure.text, value: figure.value, value_max: figure.value_max,
              unit: figure.unit, measure: figure.measure, qualifier: figure.qualifier, currency: figure.currency, change: figure.change,
            }
          : null,
        date: date
          ? {
              start: date.start, end: date.end, text: date.text, value: date.value, grain: date.grain, anchor: date.anchor,
              window_end: date.grain === 'duration' ? meta.published : null,
            }
          : null,
        attribution: analysis.attribution
          ? { text: analysis.attribution.text, canonical: attributionEntity?.canonical ?? analysis.attribution.canonical ?? null }
          : null,
        quoted: analysis.quoted,
        hedged: analysis.hedged,
        negated: analysis.negated,
      });
      if (figure) {
        claimOf.set(figure, claimId);
        for (const conv of figures) if (conv.equivalent_of !== null && isConversionOf(conv, figure, figures)) claimOf.set(conv, claimId);
      }
      if (date && !claimOf.has(date)) claimOf.set(date, claimId);
      for (const e of sentenceEntities) {
        const inSubject = analysis.subject && e.start >= analysis.subject.start && e.end <= analysis.subject.end;
        const inSource = analysis.attribution && e.start >= analysis.attribution.start && e.end <= analysis.attribution.end;
        if ((inSubject || inSource) && !claimOf.has(e)) claimOf.set(e, claimId);
      }
    }
    // entities of a one-claim sentence belong to that claim
    if (focuses.length === 1) {
      const only = claims[claims.length - 1]!.claim_id;
      for (const e of sentenceEntities) if (!claimOf.has(e)) claimOf.set(e, only);
    }
    // "he added" in the next sentence refers to whoever spoke here
    carry.after(sentence, entityAt, focuses.length > 0);
  }
  return { claims, claimOf };
}

/**
 * The entity a noun phrase is about, if one names it. An entity that only modifies the head is not
 * it: "South Korea’s media regulator" is a regulator, "South Korea regulators" are regulators. But a
 * source introduced by "by"/"from" after the head is the one that speaks ("a 2023 report by Security
 * Hero"), so the first entity that is not a modifier wins.
 */
export function headEntity(text: string, entities: EntityMention[], start: number, end: number): EntityMention | null {
  for (const e of entities) {
    if (e.start < start || e.end > end) continue;
    const after = text.slice(e.end, Math.min(end, e.end + 30));
    if (/^['’]s?\b/.test(after)) continue;
    const next = /^\s+([a-z][a-z-]+)/.exec(after)?.[1];
    if (next && !NOT_A_HEAD_NOUN.has(next)) continue;
    // inside a prepositional phrase it modifies another head: "Telegram’s representative in East Asia"
    const before = text.slice(Math.max(start, e.start - 12), e.start);
    if (/\b(?:in|at|of|from|for|on|with|near|across|to|into)\s+(?:the\s+)?$/i.test(before)) continue;
    return e;
  }
  return null;
}

// lower-case words that can follow a name without making it a modifier ("Kim Seung-joo from Korea
// University", "Telegram said", "Yonhap news agency reported")
const NOT_A_HEAD_NOUN = new Set([
  'from', 'of', 'at', 'in', 'on', 'for', 'with', 'by', 'to', 'and', 'or', 'but', 'as', 'who', 'which', 'that', 'said', 'says', 'told',
  'reported', 'reports', 'announced', 'confirmed', 'added', 'stated', 'noted', 'recorded', 'has', 'have', 'had', 'is', 'was', 'were',
  'are', 'will', 'would', 'could', 'did', 'does', 'also', 'news', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'officials', 'according', 'estimated', 'estimates', 'found', 'revealed', 'declined', 'did',
]);

/** A conversion chain: "(US$37,500; £28,300)" both convert the won amount. */
function isConversionOf(conv: FigureMention, amount: FigureMention, all: FigureMention[]): boolean {
  let cur: FigureMention | undefined = conv;
  for (let hops = 0; cur && cur.equivalent_of !== null && hops < 5; hops++) {
    if (cur.equivalent_of === amount.start) return true;
    cur = all.find((f) => f.start === cur!.equivalent_of);
  }
  return false;
}

interface FocusCount {
  type: string;
  text: string;
  n: number;
}

/** The id's base is [doc, normalized sentence, focus type, focus text, focus offset in the sentence]
 * joined by U+0001: the sentence key holds the first two with their separators, this the rest. */
function focusPart(sentence: Sentence, focus: FigureMention | DateMention): string {
  return `${focus.type}\u0001${focus.text}\u0001${focus.start - sentence.start}`;
}
