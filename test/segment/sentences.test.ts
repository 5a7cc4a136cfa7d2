import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/segment/sentences.js';

// Real paragraphs (seed fixtures and stored news pages) and how they split.
const cases: { text: string; sentences: string[] }[] = [
  {
    text: 'Police have received 118 reports of such videos in the past five days. Seven suspects, six of whom are teenagers, have been questioned by police in the past week.',
    sentences: ['Police have received 118 reports of such videos in the past five days.', 'Seven suspects, six of whom are teenagers, have been questioned by police in the past week.'],
  },
  {
    text: 'Telegram cooperates with S. Korea deepfake porn crackdown: regulators. Security Hero is a U.S. startup specializing in identity theft protection.',
    sentences: ['Telegram cooperates with S. Korea deepfake porn crackdown: regulators.', 'Security Hero is a U.S. startup specializing in identity theft protection.'],
  },
  {
    text: '“We want to strengthen cooperation with Telegram,” a KCSC official said. “It is a clear criminal act.” The country has a zero-tolerance policy.',
    sentences: ['“We want to strengthen cooperation with Telegram,” a KCSC official said.', '“It is a clear criminal act.”', 'The country has a zero-tolerance policy.'],
  },
  {
    // constructed: abbreviations and decimals that must not split
    text: 'Mr. Yoon met Dr. Kim on Sept. 2 in Seoul. Growth slowed to 2.5 percent in the U.S. The Fed held rates.',
    sentences: ['Mr. Yoon met Dr. Kim on Sept. 2 in Seoul.', 'Growth slowed to 2.5 percent in the U.S.', 'The Fed held rates.'],
  },
  {
    text: 'Brent crude futures rose 19 cents, or 0.2%, to $78.24 a barrel by 0410 GMT. U.S. West Texas Intermediate crude futures were up 21 cents.',
    sentences: ['Brent crude futures rose 19 cents, or 0.2%, to $78.24 a barrel by 0410 GMT.', 'U.S. West Texas Intermediate crude futures were up 21 cents.'],
  },
];

describe('segmentSentences', () => {
  for (const c of cases) {
    it(c.text.slice(0, 60), () => {
      const got = segmentSentences(c.text);
      expect(got.map((s) => s.text)).toEqual(c.sentences);
      for (const s of got) expect(c.text.slice(s.start, s.end)).toBe(s.text);
    });
  }

  it('numbers paragraphs by line and skips blank (masked) lines', () => {
    const got = segmentSentences('First line here.\n      \nSecond paragraph. Two sentences.');
    expect(got.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it('is linear on pathological input', () => {
    const long = '.'.repeat(200_000) + ' A' + ' 1.1'.repeat(50_000);
    const got = segmentSentences(long);
    expect(got.length).toBeGreaterThan(0);
  });
});
