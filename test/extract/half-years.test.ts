// Half-years through the whole document pipeline: "the first six months (6M) of 2023" is a date
// (2023-H1) that the figures found in the same sentence are dated by, and its "six months" is part
// of the date's name, not a figure. Real sentences from
// https://www.zawya.com/en/markets/equities/saudi-al-naqool-witnesses-295-higher-net-profits-in-h1-23-r506u7ms
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/process-document.js';
import { toArticle } from '../../src/pipeline/read-article.js';

const TEXT = [
  'Al Naqool witnesses 295% higher net profits in H1-23',
  '',
  'Riyadh – Mohammed Hasan Al Naqool Sons Company recorded net profits after Zakat and tax worth SAR 1.15 million in the first half (H1) of 2023, an annual surge of 295.20% from SAR 292,000 in the year-ago period.',
  '',
  'Meanwhile, the revenues plummeted by 18.87% year-on-year (YoY) to SAR 18.77 million in the first six months (6M) of 2023 from SAR 23.11 million, according to the interim financial results.',
  '',
].join('\n');

describe('half-years in a document', () => {
  const result = processDocument(toArticle('alnaqool.txt', TEXT, { published: '2023-08-29', outlet: 'Zawya', title: null, url: null }));

  it('reads "the first six months (6M) of 2023" as a date, not as a figure of six months', () => {
    const figures = result.mentions.filter((m) => m.type === 'figure').map((m) => m.text);
    expect(figures).not.toContain('six months');
    expect(figures).toContain('SAR 18.77 million');
    const dates = result.mentions.filter((m) => m.type === 'date').map((m) => [m.text, m.value]);
    expect(dates).toContainEqual(['in the first six months (6M) of 2023', '2023-H1']);
    expect(dates).toContainEqual(['in the first half (H1) of 2023', '2023-H1']);
  });

  it('dates the figures of each sentence by its half-year', () => {
    const claim = (text: string) => result.claims.find((c) => c.figure?.text === text);
    expect(claim('SAR 1.15 million')?.date?.value).toBe('2023-H1');
    expect(claim('SAR 18.77 million')?.date?.value).toBe('2023-H1');
  });
});
