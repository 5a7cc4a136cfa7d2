import { describe, expect, it } from 'vitest';
import type { FigureMention } from '../../src/types.js';
import { figuresOf, goldRecords, lemma, locate, seedDocs, splitSentences } from './figures-helpers.js';
import { KNOWN_GAPS, TABLE, type ExpectedFigure } from './figures-table.js';

/** Nine significant digits: 200/3 and 66.6666666667 are the same figure. */
const num = (x: number | null | undefined): number | null => (x === null || x === undefined ? null : Number(x.toPrecision(9)));
const ISO = /^[A-Z]{3}$/;

function shapeGot(all: FigureMention[]) {
  return all.map((m) => ({
    text: m.text,
    value: num(m.value),
    value_max: num(m.value_max),
    unit: m.unit,
    measure: m.measure,
    qualifier: m.qualifier,
    currency: m.currency,
    change: m.change,
    equivalent_of: m.equivalent_of === null ? null : all.find((o) => o.start === m.equivalent_of)?.text ?? `@${m.equivalent_of}`,
  }));
}

function shapeExpected(e: ExpectedFigure) {
  return {
    text: e.text,
    value: num(e.value),
    value_max: num(e.value_max),
    unit: e.unit,
    measure: e.measure,
    qualifier: e.qualifier ?? 'exact',
    currency: e.currency !== undefined ? e.currency : e.measure === 'money' && e.unit && ISO.test(e.unit) ? e.unit : null,
    change: e.change ?? null,
    equivalent_of: e.equivalent_of ?? null,
  };
}

describe('figures: table of real news sentences', () => {
  for (const group of TABLE) {
    describe(group.topic, () => {
      for (const c of group.cases) {
        it(c.sentence.length > 90 ? `${c.sentence.slice(0, 90)}...` : c.sentence, () => {
          expect(shapeGot(figuresOf(c.sentence))).toEqual(c.expected.map(shapeExpected));
        });
      }
    });
  }

  describe('known gaps (expected to fail until fixed; then move them to TABLE)', () => {
    for (const c of KNOWN_GAPS) {
      it.fails(c.sentence.length > 90 ? `${c.sentence.slice(0, 90)}...` : c.sentence, () => {
        expect(shapeGot(figuresOf(c.sentence))).toEqual(c.expected.map(shapeExpected));
      });
    }
  });

  it('has at least 150 real sentences beyond the seeds', () => {
    const real = TABLE.filter((g) => !g.topic.startsWith('constructed')).flatMap((g) => g.cases);
    expect(real.length).toBeGreaterThanOrEqual(150);
  });
});

describe('figures: mention shape', () => {
  const sentences = TABLE.flatMap((g) => g.cases.map((c) => c.sentence));

  it('gives absolute offsets whose slice is the mention text', () => {
    const doc = `Header line.\n${sentences[0]}`;
    const offset = doc.indexOf(sentences[0]!);
    for (const m of figuresOf(sentences[0]!, offset)) {
      expect(doc.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(offset);
    }
  });

  it('keeps equivalent_of absolute too', () => {
    const s = 'fined up to 50 million won (US$37,500; £28,300).'; // constructed
    const got = figuresOf(s, 1000);
    const won = got.find((m) => m.unit === 'KRW')!;
    expect(got.filter((m) => m.equivalent_of === won.start).map((m) => m.text)).toEqual(['US$37,500', '£28,300']);
    expect(won.start).toBe(1000 + s.indexOf('up to'));
  });

  it('sorts mentions by start, never overlaps them, and is deterministic', () => {
    for (const s of sentences) {
      const a = figuresOf(s);
      expect(figuresOf(s)).toEqual(a);
      for (let i = 1; i < a.length; i++) expect(a[i]!.start).toBeGreaterThanOrEqual(a[i - 1]!.end);
      for (const m of a) {
        expect(m.type).toBe('figure');
        expect(m.rule).toMatch(/^figures\//);
        expect(s.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('survives odd input: empty, spaces, emoji, identifiers of many digits', () => {
    for (const s of ['', '   ', '\u{1F600} 5 \u{1F600}', '1234567890123456789012345', 'İstanbul had 5 bridges']) {
      for (const m of figuresOf(s)) {
        expect(s.slice(m.start, m.end)).toBe(m.text);
        expect(m.value === null || Number.isFinite(m.value)).toBe(true);
      }
    }
    expect(figuresOf('Order 1234567890123456789 shipped.')).toEqual([]); // constructed
    expect(figuresOf('İstanbul had 5 bridges').map((m) => m.text)).toEqual(['5 bridges']); // constructed: "İ" lower-cases to two code units
  });

  it('reads blanked spans (spaces) as gaps, not as figures', () => {
    const s = 'Police arrested 387 suspects.' + ' '.repeat(40) + 'Seven suspects were freed.'; // constructed
    expect(figuresOf(s).map((m) => m.text)).toEqual(['387 suspects', 'Seven suspects']);
  });
});

describe('figures: the seed gold', () => {
  const docs = new Map(seedDocs().map((d) => [d.doc, d.text]));
  const gold = goldRecords();
  const figuresGold = gold.filter((g) => g.type === 'figure');

  function figuresInDoc(doc: string): FigureMention[] {
    return splitSentences(docs.get(doc)!).flatMap((s) => figuresOf(s.text, s.start));
  }
  const byDoc = new Map([...docs.keys()].map((d) => [d, figuresInDoc(d)]));

  for (const g of figuresGold) {
    it(`${g.doc.slice(0, 3)} "${g.text}"${g.nth ? ` #${g.nth}` : ''} -> ${g.value} ${g.unit} ${g.measure}${g.qualifier ? ` ${g.qualifier}` : ''}`, () => {
      const [s, e] = locate(docs.get(g.doc)!, g.text, g.nth ?? 0);
      const hits = byDoc.get(g.doc)!.filter((m) => m.start < e && s < m.end);
      expect(hits.length, `no figure overlaps "${g.text}"`).toBe(1);
      const m = hits[0]!;
      expect(m.value).toBe(g.value ?? null);
      const units = [g.unit, ...(g.unit_alt ?? [])].map(lemma);
      expect(units, `unit ${m.unit}`).toContain(lemma(m.unit));
      expect(m.measure).toBe(g.measure);
      // like gold/score.mjs, the qualifier is checked only where the gold gives one
      if (g.qualifier) expect(m.qualifier).toBe(g.qualifier);
    });
  }

  it('emits nothing in the seeds that the gold does not have (outside ignored regions)', () => {
    const extras: string[] = [];
    for (const [doc, text] of docs) {
      const spans = (type: string) =>
        gold.filter((g) => g.doc === doc && g.type === type).map((g) => {
          const [s] = locate(text, g.text, g.nth ?? 0);
          const e = g.to_text ? locate(text, g.to_text, g.to_nth ?? 0)[1] : s + g.text.length;
          return [s, e] as const;
        });
      const golds = spans('figure');
      const ignored = spans('ignore');
      for (const m of byDoc.get(doc)!) {
        const hit = (r: readonly [number, number]) => m.start < r[1] && r[0] < m.end;
        if (!golds.some(hit) && !ignored.some(hit)) extras.push(`${doc.slice(0, 3)} "${m.text}"`);
      }
    }
    expect(extras).toEqual([]);
  });
});

describe('figures: linear time', () => {
  /** best of five, in milliseconds (the machine may be busy) */
  const time = (text: string) => {
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      figuresOf(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const lines: Array<[string, string]> = [
    ['1,1,1,1...', '1,'],
    ['.....', '.'],
    ['1.1.1.1...', '1.'],
    ['1 1 1 1...', '1 '],
    ['1-1-1-1...', '1-'],
    ['$$$$...', '$'],
    ['aaaa... (one long word)', 'a'],
    ['one one one...', 'one '],
    ['hundreds of hundreds of...', 'hundreds of '],
    ['five-year-old-five-year-old...', 'five-year-old-'],
    ['a.b.c.d... (one long chunk)', 'a.'],
    ['e-mails and URLs', 'x@y.com/'],
    ['$1 to $2 to $3...', '$1 to '],
    ['bare numbers after "the number of"', 'the number of cases rose to 12, '],
    ['"measuring 6.1" without a quake', 'measuring 6.1 and '],
    ['"five others" with no antecedent', '5 others, '],
    ['elided nouns after "including"', 'including 5 in X, '],
    ['lists of bare numbers', '132, 81 and '],
    ['changes coordinated by "and"', 'rose 5% in May and 5 km and '],
    ['change verbs with an object before "by"', 'raised the rate by 25 basis points and '],
  ];

  it.each(lines)('handles a 100,000-character line of %s in well under a second, in linear time', (_name, unit) => {
    const big = unit.repeat(Math.ceil(100_000 / unit.length));
    const small = unit.repeat(Math.ceil(10_000 / unit.length));
    figuresOf(small); // warm up
    const tBig = time(big);
    // a hang guard, not a speed target (those live in `npm run bench`)
    expect(tBig).toBeLessThan(5_000);
    // ten times the text may cost ten times the time (give or take the garbage collector and a
    // busy machine), not a hundred times as a quadratic rule would
    expect(tBig).toBeLessThan(40 * Math.max(time(small), 25));
  });

});
