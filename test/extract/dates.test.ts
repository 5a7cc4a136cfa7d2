import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateExtractor, isoWeek, resolveRelativeDate } from '../../src/extract/dates/index.js';
import type { DateMention, Sentence } from '../../src/types.js';
import { SENTENCES } from './dates.sentences.js';

const sentence = (text: string, start = 0): Sentence => ({ index: 0, paragraph: 0, start, end: start + text.length, text });
const run = (text: string, published: string | null, start = 0): DateMention[] =>
  dateExtractor.extract(sentence(text, start), { doc: 'test.txt', text, published });
const brief = (m: DateMention) => ({ text: m.text, value: m.value, grain: m.grain, anchor: m.anchor });

describe('dates: real news sentences', () => {
  it('has at least 150 table sentences', () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(150);
  });
  for (const row of SENTENCES) {
    it(`${row.published ?? 'no date'}: ${row.sentence.slice(0, 90)}`, () => {
      expect(run(row.sentence, row.published).map(brief)).toEqual(row.expected);
    });
  }
});

describe('dates: mentions', () => {
  it('carries absolute offsets and the sentence text slice', () => {
    const text = 'The ring was discovered in 2019 by police.';
    const [m] = run(text, '2024-09-04', 1000);
    expect(m).toMatchObject({ type: 'date', start: 1000 + 24, end: 1000 + 31, text: 'in 2019', rule: 'date/year' });
  });
  it('names the rule that made every mention', () => {
    const rules = run('On Monday, last week, in the past five days, in the third quarter, in 2021, the 1990s.', '2024-09-02').map((m) => m.rule);
    expect(rules).toEqual(['date/weekday', 'date/relative', 'date/window', 'date/quarter', 'date/year', 'date/decade']);
  });
  it('never returns overlapping mentions', () => {
    const ms = run('The number rose from 156 in 2021 to 297 in July this year, and on Monday, Sept. 2, 2024 it was 300.', '2024-09-04');
    expect(ms.map((m) => m.text)).toEqual(['in 2021', 'in July this year', 'on Monday, Sept. 2, 2024']);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });
  it('keeps offsets right across typographic characters (NBSP, curly quotes, dashes)', () => {
    const text = 'It fell 3\u00a0percent in the\u00a0’90s and rose on\u00a0Sept\u00a02\u2013the day after.';
    const ms = run(text, '2024-09-04');
    expect(ms.map(brief)).toEqual([
      { text: 'in the\u00a0’90s', value: '199', grain: 'decade', anchor: 'explicit' },
      { text: 'on\u00a0Sept\u00a02', value: '2024-09-02', grain: 'day', anchor: 'relative' },
    ]);
  });
});

describe('dates: relative resolution', () => {
  const cases: Array<[string, string, string, string | null]> = [
    // [published, sentence (constructed), mention text, value]
    ['2024-09-02', 'Police said on Monday the probe had begun.', 'on Monday', '2024-09-02'], // constructed
    ['2024-09-04', 'The regulator announced Tuesday that it had acted.', 'Tuesday', '2024-09-03'], // constructed
    ['2024-09-02', 'The two sides will meet on Friday.', 'on Friday', '2024-09-06'], // constructed
    ['2024-09-04', 'The ministry acted last Tuesday.', 'last Tuesday', '2024-09-03'], // constructed
    ['2024-09-03', 'The ministry acted last Tuesday.', 'last Tuesday', '2024-08-27'], // constructed
    ['2024-09-02', 'Talks resume next Friday.', 'next Friday', '2024-09-06'], // constructed
    ['2024-09-02', 'The ban took effect yesterday.', 'yesterday', '2024-09-01'], // constructed
    ['2024-09-02', 'The vote is tomorrow.', 'tomorrow', '2024-09-03'], // constructed
    ['2024-09-30', 'Prices rose in August.', 'in August', '2024-08'], // constructed
    ['2024-08-15', 'Prices rose in August.', 'in August', '2024-08'], // constructed
    ['2024-02-10', 'Prices rose in August.', 'in August', '2023-08'], // constructed
    ['2024-02-10', 'The summit will be held in August.', 'in August', '2024-08'], // constructed
    ['2024-09-30', 'Talks were held earlier this month.', 'earlier this month', '2024-09'], // constructed
    ['2024-09-30', 'Sales fell next month.', 'next month', '2024-10'], // constructed
    ['2024-01-15', 'Sales fell last month.', 'last month', '2023-12'], // constructed
    ['2024-01-25', 'Fourth-quarter profit fell.', 'Fourth-quarter', '2023-Q4'], // constructed
    ['2024-09-02', 'Profit fell in the third quarter.', 'in the third quarter', '2024-Q3'], // constructed
    ['2024-09-02', 'Profit fell in Q3 2023.', 'in Q3 2023', '2023-Q3'], // constructed
    ['2024-09-02', 'Profit fell last quarter.', 'last quarter', '2024-Q2'], // constructed
    ['2024-12-30', 'It happened last week.', 'last week', '2024-W52'], // constructed
    ['2025-01-01', 'It happens this week.', 'this week', '2025-W01'], // constructed: ISO week of 2025-01-01 is 2025-W01
    ['2024-09-02', 'It happened on Monday last week.', 'on Monday last week', '2024-08-26'], // constructed
    ['2024-09-02', 'It happened on Sept 2 last year.', 'on Sept 2 last year', '2023-09-02'], // constructed
    ['2024-01-03', 'The fire broke out on Dec. 28.', 'on Dec. 28', '2023-12-28'], // constructed
    ['2024-12-20', 'The vote is due on Jan. 5.', 'on Jan. 5', '2025-01-05'], // constructed
    ['2024-09-02', 'It rained three days ago.', 'three days ago', '2024-08-30'], // constructed
    ['2024-09-02', 'It happened two years ago.', 'two years ago', '2022'], // constructed
    ['2024-09-02', 'It happened over the weekend.', 'over the weekend', '2024-W35-WE'], // constructed
    ['2024-09-02', 'Prices rose on 25/12.', 'on 25/12', '2023-12-25'], // constructed: day above 12 settles the order
  ];
  for (const [published, text, mention, value] of cases) {
    it(`${published}: ${text} -> ${value}`, () => {
      const ms = run(text, published);
      expect(ms.map((m) => [m.text, m.value])).toEqual([[mention, value]]);
    });
  }
});

describe('dates: explicit values', () => {
  const cases: Array<[string, string, string | null, string]> = [
    // [sentence (constructed), mention text, value, grain]
    ['It was signed on 2 September 2024.', 'on 2 September 2024', '2024-09-02', 'day'],
    ['It was signed on September 2, 2024.', 'on September 2, 2024', '2024-09-02', 'day'],
    ['It was signed on 2024-09-02.', 'on 2024-09-02', '2024-09-02', 'day'],
    ['It was signed in July 2024.', 'in July 2024', '2024-07', 'month'],
    ['It grew in the 1990s.', 'in the 1990s', '199', 'decade'],
    ['It grew in the 2000s.', 'in the 2000s', '200', 'decade'],
    ['It grew in Q3 2024.', 'in Q3 2024', '2024-Q3', 'quarter'],
    ['It was signed on 13/09/2024.', 'on 13/09/2024', '2024-09-13', 'day'],
    ['It was signed on 09/13/2024.', 'on 09/13/2024', '2024-09-13', 'day'],
    ['It was signed on 02/09/2024.', 'on 02/09/2024', null, 'day'],
    ['Posted 24.11.10', '24.11.10', null, 'day'],
    ['It was signed on 9/2.', 'on 9/2', null, 'day'],
    ['It was signed by mid-2024.', 'by mid-2024', '2024', 'year'],
  ];
  for (const [text, mention, value, grain] of cases) {
    it(`${text} -> ${value}`, () => {
      const ms = run(text, '2024-09-04');
      expect(ms.map((m) => [m.text, m.value, m.grain])).toEqual([[mention, value, grain]]);
      expect(ms[0]!.anchor).toBe(value === null ? 'unresolved' : 'explicit');
    });
  }
});

describe('dates: windows', () => {
  const cases: Array<[string, string, string]> = [
    ['Seven suspects have been questioned by police in the past week.', 'in the past week', 'P1W'], // from seed 000
    ['It removed 148 videos over the past month.', 'over the past month', 'P1M'], // from seed 004
    ['Police received 118 reports in the past five days.', 'in the past five days', 'P5D'], // from seed 000
    ['Shares rose 9% in the past 24 hours.', 'in the past 24 hours', 'PT24H'], // constructed
    ['Output doubled over the past decade.', 'over the past decade', 'P10Y'], // constructed
    ['Over the last two years, prices rose.', 'Over the last two years', 'P2Y'], // constructed
  ];
  for (const [text, mention, value] of cases) {
    it(`${text} -> ${value}`, () => {
      expect(run(text, '2024-09-04').map((m) => [m.text, m.value, m.grain, m.anchor, m.rule]))
        .toEqual([[mention, value, 'duration', 'relative', 'date/window']]);
    });
  }
});

describe('dates: without a publication date', () => {
  it('leaves relative dates unresolved', () => {
    const ms = run('Police said on Monday that cases rose last week, in August, this year and yesterday.', null);
    expect(ms.map((m) => [m.text, m.value, m.anchor, m.grain])).toEqual([
      ['on Monday', null, 'unresolved', 'day'],
      ['last week', null, 'unresolved', 'week'],
      ['in August', null, 'unresolved', 'month'],
      ['this year', null, 'unresolved', 'year'],
      ['yesterday', null, 'unresolved', 'day'],
    ]);
  });
  it('leaves a month and day without a year unresolved', () => {
    expect(run('SEOUL, Sept 2 (Reuters) – Police said.', null).map((m) => [m.text, m.value, m.anchor])).toEqual([['Sept 2', null, 'unresolved']]);
  });
  it('still resolves what the text states in full', () => {
    expect(run('It was signed on September 2, 2024 and in 2021.', null).map((m) => [m.text, m.value, m.anchor]))
      .toEqual([['on September 2, 2024', '2024-09-02', 'explicit'], ['in 2021', '2021', 'explicit']]);
  });
});

describe('dates: the machine clock and timezone never matter', () => {
  afterEach(() => { vi.useRealTimers(); });
  const probe = 'SEOUL, Sept 2 (Reuters) – Police said on Monday that last week, in August and this year cases rose; talks are due next Friday, Jan. 5.';
  const expected = [
    ['Sept 2', '2024-09-02'], ['on Monday', '2024-09-02'], ['last week', '2024-W35'], ['in August', '2024-08'],
    ['this year', '2024'], ['next Friday, Jan. 5', '2025-01-05'],
  ];
  it('gives the same output under a faked clock', () => {
    expect(run(probe, '2024-09-02').map((m) => [m.text, m.value])).toEqual(expected);
    for (const now of ['1999-12-31T23:59:00Z', '2031-06-15T12:00:00Z']) {
      vi.useFakeTimers();
      vi.setSystemTime(new Date(now));
      expect(run(probe, '2024-09-02').map((m) => [m.text, m.value])).toEqual(expected);
      // Without a publication date nothing may be filled in from the (fake) clock.
      expect(run(probe, null).map((m) => [m.text, m.value, m.anchor])).toEqual(expected.map(([t]) => [t, null, 'unresolved']));
      vi.useRealTimers();
    }
  });
  it('gives the same output in other timezones', () => {
    const script = fileURLToPath(new URL('./dates.tz-probe.ts', import.meta.url));
    const outputs = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns'].map((tz) =>
      execFileSync(process.execPath, ['--import', 'tsx', script, probe], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }));
    expect(new Set(outputs).size).toBe(1);
    expect(JSON.parse(outputs[0]!)).toEqual(run(probe, '2024-09-02'));
  }, 60_000);
});

describe('dates: helpers', () => {
  it('isoWeek follows ISO 8601 at year ends', () => {
    expect(isoWeek('2024-09-02')).toBe('2024-W36');
    expect(isoWeek('2024-08-26')).toBe('2024-W35');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek({ y: 2026, m: 1, d: 1 })).toBe('2026-W01');
    expect(() => isoWeek('2024-02-30')).toThrow(RangeError);
  });
  it('resolveRelativeDate resolves a dateline and refuses without a publication date', () => {
    expect(resolveRelativeDate({ kind: 'monthDay', month: 9, day: 2, direction: 'nearest' }, '2024-09-03'))
      .toEqual({ value: '2024-09-02', grain: 'day', anchor: 'relative' });
    expect(resolveRelativeDate({ kind: 'monthDay', month: 12, day: 30, direction: 'nearest' }, '2025-01-02').value).toBe('2024-12-30');
    expect(resolveRelativeDate({ kind: 'week', offset: -1 }, '2024-09-02')).toEqual({ value: '2024-W35', grain: 'week', anchor: 'relative' });
    expect(resolveRelativeDate({ kind: 'weekday', weekday: 1, mode: 'past' }, null)).toEqual({ value: null, grain: 'day', anchor: 'unresolved' });
    expect(resolveRelativeDate({ kind: 'monthDay', month: 2, day: 30, direction: 'nearest' }, '2024-09-03').value).toBeNull();
  });
});

describe('dates: seed gold', () => {
  // the seed articles are bundled in fixtures/ (with their manifest) and the gold in test/gold/
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const manifest = new Map(readFileSync(`${root}fixtures/manifest.csv`, 'utf8').trim().split('\n').slice(1)
    .map((line) => line.split(',')).map(([file, published]) => [file!, published!]));
  const gold = readFileSync(`${root}test/gold/seeds.jsonl`, 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { doc: string; type: string; text: string; nth?: number; value?: string; optional?: boolean; to_text?: string })
    .filter((g) => g.type === 'date');
  // The sentence around a span: from the last sentence end (or line start) before it to the next one.
  const sentenceAround = (text: string, s: number, e: number): Sentence => {
    let a = s;
    while (a > 0 && text[a - 1] !== '\n' && !/[.!?]["”]?\s$/.test(text.slice(Math.max(0, a - 3), a))) a--;
    let b = e;
    while (b < text.length && text[b] !== '\n' && !/[.!?]/.test(text[b - 1] ?? '') ) b++;
    return { index: 0, paragraph: 0, start: a, end: b, text: text.slice(a, b) };
  };
  for (const g of gold.filter((x) => !x.optional)) {
    it(`${g.doc.slice(0, 3)} "${g.text}" (#${g.nth ?? 0}) -> ${g.value}`, () => {
      const text = readFileSync(`${root}fixtures/${g.doc}`, 'utf8').replace(/^\uFEFF/, '');
      let s = -1;
      for (let k = 0; k <= (g.nth ?? 0); k++) s = text.indexOf(g.text, s + 1);
      const e = s + g.text.length;
      const sent = sentenceAround(text, s, e);
      const ms = dateExtractor.extract(sent, { doc: g.doc, text, published: manifest.get(g.doc) ?? null });
      for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
      const hit = ms.find((m) => m.start < e && s < m.end);
      expect(hit?.value).toBe(g.value);
      // No other date in that sentence unless gold has it too (optional ones included).
      const others = ms.filter((m) => m !== hit && !gold.some((o) => o.doc === g.doc && text.indexOf(o.text, sent.start) >= 0
        && text.indexOf(o.text, sent.start) < m.end && text.indexOf(o.text, sent.start) + o.text.length > m.start));
      expect(others.map((m) => m.text)).toEqual([]);
    });
  }
});
