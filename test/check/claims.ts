// Hand-built claim rows for the check tests, on sentences of the fixture articles: offsets are
// computed from a document text, so that line:col in the reports can be checked against it.
import type { ClaimRow } from '../../src/output/schema.js';

export const DOC_TEXT = [
  'Telegram apologizes for deepfake porn in South Korea',
  '',
  'In 2020, the platform’s reputation was tarnished when an online sexual blackmail ring, led by Cho Ju-bin, was discovered operating in its chat rooms. Cho Ju-bin was sentenced to 40 years in prison for blackmailing at least 74 women, including 16 teenagers, into sending increasingly degrading and sometimes violent sexual images of themselves.',
  '',
  'Under South Korea’s Sexual Violence Prevention and Victim Protection Act, creating sexually explicit deepfakes with the intent to distribute them is punishable by five years in prison or a fine of 50 million won ($37,500).',
  '',
].join('\n');

export function sentenceSpan(text: string, sentence: string): { start: number; end: number } {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in text: ${sentence}`);
  return { start, end: start + sentence.length };
}

export interface ClaimSpec {
  id: string;
  doc?: string;
  text?: string;
  sentence: string;
  figure: string;
  value: number | null;
  unit: string | null;
  measure?: 'count' | 'money' | 'duration';
  /** which occurrence of the figure text inside the sentence, for repeated numbers */
  nth?: number;
}

export function claim(spec: ClaimSpec): ClaimRow {
  const docText = spec.text ?? DOC_TEXT;
  const s = sentenceSpan(docText, spec.sentence);
  let at = -1;
  for (let k = 0; k <= (spec.nth ?? 0); k++) at = spec.sentence.indexOf(spec.figure, at + 1);
  if (at < 0) throw new Error(`figure not in sentence: ${spec.figure}`);
  const fStart = s.start + at;
  return {
    claim_id: spec.id,
    doc: spec.doc ?? '001_3b104a98e4dc540f.txt',
    outlet: null,
    published: '2024-09-03',
    start: s.start,
    end: s.end,
    text: spec.sentence,
    subject: { text: 'Cho Ju-bin', canonical: 'Cho Ju-bin', label: 'PERSON' },
    predicate: 'sentence',
    figure: {
      start: fStart,
      end: fStart + spec.figure.length,
      text: spec.figure,
      value: spec.value,
      value_max: null,
      unit: spec.unit,
      measure: spec.measure ?? 'count',
      qualifier: 'exact',
      currency: null,
      change: null,
    },
    date: null,
    attribution: null,
    quoted: false,
    hedged: false,
    negated: false,
  };
}

export const SENTENCE_40 =
  'Cho Ju-bin was sentenced to 40 years in prison for blackmailing at least 74 women, including 16 teenagers, into sending increasingly degrading and sometimes violent sexual images of themselves.';
export const SENTENCE_FINE =
  'Under South Korea’s Sexual Violence Prevention and Victim Protection Act, creating sexually explicit deepfakes with the intent to distribute them is punishable by five years in prison or a fine of 50 million won ($37,500).';

/** The claims of DOC_TEXT as a table would pin them. */
export function pinnedClaims(text = DOC_TEXT): ClaimRow[] {
  return [...sentenceClaims(text), ...fineClaims(text)];
}

export function sentenceClaims(text = DOC_TEXT): ClaimRow[] {
  return [
    claim({ id: 'c40years', text, sentence: SENTENCE_40, figure: '40 years', value: 40, unit: 'year', measure: 'duration' }),
    claim({ id: 'c74women', text, sentence: SENTENCE_40, figure: '74 women', value: 74, unit: 'woman' }),
    claim({ id: 'c16teens', text, sentence: SENTENCE_40, figure: '16 teenagers', value: 16, unit: 'teenager' }),
  ];
}

/** The two claims of the next paragraph. */
export function fineClaims(text = DOC_TEXT): ClaimRow[] {
  return [
    claim({ id: 'cfiveyrs', text, sentence: SENTENCE_FINE, figure: 'five years', value: 5, unit: 'year', measure: 'duration' }),
    claim({ id: 'c50mwon', text, sentence: SENTENCE_FINE, figure: '50 million won', value: 50000000, unit: 'KRW', measure: 'money' }),
  ];
}
