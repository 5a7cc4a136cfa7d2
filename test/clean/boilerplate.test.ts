import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stripBoilerplate } from '../../src/clean/boilerplate.js';

// Each case: a page as scraped, the lines that must be excluded (by rule) and the lines that must stay.
// Lines are real page furniture from news sites unless marked constructed.
const pages: { name: string; lines: [string, string | null][] }[] = [
  {
    name: 'related headline inserted mid-article (Reuters rewrite site)',
    lines: [
      ['Telegram Faces Pressure Over Deepfake Content', 'title'],
      ['South Korean police have reported a significant rise in deepfake-related sex crime cases, with 297 incidents recorded so far this year.', null],
      ['Telegram CEO Pavel Durov Banned from Leaving France', 'heading'],
      ['In response, South Korea’s media regulator has called on social media companies to enhance their efforts in removing and blocking such content.', null],
      ['Follow us on our social media platforms here:\u00a0Twitter\u00a0\u00a0WHATSAPP CHANNEL\u00a0FACEBOOK PAGE', 'share-follow'],
      ['Comments are closed, but trackbacks and pingbacks are open.', 'comment-footer'],
    ],
  },
  {
    name: 'blog repost with hashtags, read-also and comment form',
    lines: [
      ['Telegram Issues Apology to South Korean Officials Regarding Deepfake Pornography Incident', 'title'],
      ['Police have received 118 reports of such videos in the past five days.', null],
      ['Also read: Moon Jae-in Becomes Suspect in Bribery Case, Allegedly Giving Son-in-Law Position at Airline', 'related-link'],
      ['#Telegram #Apologizes #South #Korean #Authorities #Pornography #Deepfake #Case', 'hashtags'],
      ['For more articles and updates on technology, cybersecurity, and digital rights, follow our blog and share your thoughts in the comments section below!', 'call-to-action'],
      ['Leave a Reply', 'comment-footer'],
      ['This sentence after the comment form is not the article either.', 'comment-footer'], // constructed
    ],
  },
  {
    name: 'image credit and a Korean message-board frame',
    lines: [
      ['Telegram cooperates with S. Korea deepfake porn crackdown: regulators', 'title'],
      ['페이지 정보', 'foreign-script'],
      ['Image Source: newsx.com', 'credit'],
      ['The force said it had received hundreds of reports of deepfake crimes and arrested 387 suspects.', null],
      ['- 이전글Understanding Dependent Age for Canadian Immigration 24.11.10', 'foreign-script'],
    ],
  },
  {
    name: 'wire story footer',
    lines: [
      ['Oil prices edge up on supply worries', 'title'], // constructed headline
      ['Brent crude futures rose 19 cents, or 0.2%, to $78.24 a barrel by 0410 GMT.', null], // constructed in Reuters style
      ['Sign up for our newsletter to get the latest news.', 'share-follow'], // constructed
      ['READ MORE: Oil output cut extended', 'related-link'], // constructed
    ],
  },
];

describe('stripBoilerplate', () => {
  for (const page of pages) {
    it(page.name, () => {
      const text = page.lines.map(([l]) => l).join('\n\n');
      const { excluded, masked } = stripBoilerplate(text);
      expect(masked.length).toBe(text.length);
      let at = 0;
      for (const [line, rule] of page.lines) {
        const start = text.indexOf(line, at);
        at = start + line.length;
        const covering = excluded.find((x) => x.start <= start && x.end >= start + line.length);
        if (rule) {
          expect(covering?.rule, line).toBe(rule);
          expect(masked.slice(start, start + line.length).trim(), line).toBe('');
        } else {
          expect(covering, line).toBeUndefined();
          expect(masked.slice(start, start + line.length)).toBe(line);
        }
      }
    });
  }

  it('blanks a URL inside a sentence but keeps the words around it', () => {
    const line = 'The KCSC said the company claimed to "deeply understand the situation in Korea where deepfake sex crimes have become a social problem" and https://hub420.shop/product/sunday-driver/ pledged a zero-tolerance policy for such content.';
    const text = `Title line\n${line}`;
    const { excluded, masked } = stripBoilerplate(text);
    const url = excluded.find((x) => x.rule === 'url')!;
    expect(text.slice(url.start, url.end)).toBe('https://hub420.shop/product/sunday-driver/');
    expect(masked).toContain('and                                            pledged');
  });

  it('excludes the second copy of a repeated article', () => {
    const body = [
      'South Korea regulators on Monday hailed productive talks with messaging app Telegram over a deepfake porn crisis in the country.',
      'The force said it had received hundreds of reports of deepfake crimes and arrested 387 suspects.',
    ];
    const text = ['Headline', ...body, ...body].join('\n');
    const { masked } = stripBoilerplate(text);
    const first = text.indexOf(body[1]!);
    const second = text.lastIndexOf(body[1]!);
    expect(masked.slice(first, first + body[1]!.length)).toBe(body[1]);
    expect(masked.slice(second, second + body[1]!.length).trim()).toBe('');
  });

  it('marks a closing wire credit, keeping the sentence', () => {
    const text = 'Title\nThe ring’s leader, Cho Ju-bin, then 20, was sentenced to 42 years in prison. (BBC/Z-3)';
    const { excluded, masked } = stripBoilerplate(text);
    expect(excluded.map((x) => text.slice(x.start, x.end))).toContain('(BBC/Z-3)');
    expect(masked).toContain('42 years in prison.');
  });

  it('keeps every gold figure and date of the seed fixtures unmasked, and masks every noise span', () => {
    const gold = readFileSync(new URL('../gold/seeds.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const cache = new Map<string, { text: string; masked: string }>();
    const get = (doc: string) => {
      if (!cache.has(doc)) {
        const text = readFileSync(new URL(`../../fixtures/${doc}`, import.meta.url), 'utf8');
        cache.set(doc, { text, masked: stripBoilerplate(text).masked });
      }
      return cache.get(doc)!;
    };
    let checked = 0;
    for (const g of gold) {
      if (!g.doc || !g.text || !['noise', 'figure', 'date'].includes(g.type)) continue;
      const { text, masked } = get(g.doc);
      let i = -1;
      for (let k = 0; k <= (g.nth ?? 0); k++) i = text.indexOf(g.text, i + 1);
      const span = masked.slice(i, i + g.text.length);
      if (g.type === 'noise') expect(span.trim(), g.text).toBe('');
      else expect(span, g.text).toBe(g.text);
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
  });
});
