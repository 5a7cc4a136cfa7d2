// The claims of the five seed articles (fixtures/), written by hand as the pipeline should produce
// them: every figure claim, and the dated claims without a figure. Offsets are located in the real
// files, so the groups these make can be scored against the gold pairs like the real output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimRow, MentionRow } from '../../src/output/schema.js';
import { claim, type DocSpec } from './claim-builder.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = path.join(root, 'fixtures');

function seedDoc(file: string, published: string, outlet: string | null): DocSpec {
  return { doc: file, outlet, published, text: readFileSync(path.join(fixtures, file), 'utf8').replace(/^\uFEFF/, '') };
}

export const D0 = seedDoc('000_2314629feeea04ab.txt', '2024-09-04', null);
export const D1 = seedDoc('001_3b104a98e4dc540f.txt', '2024-09-03', null);
export const D2 = seedDoc('002_12ed873904415339.txt', '2024-09-02', 'Reuters');
export const D3 = seedDoc('003_b0d9257e10af1894.txt', '2024-08-28', 'Your Tech Story');
export const D4 = seedDoc('004_d133ada682a55495.txt', '2024-09-30', 'AFP');
export const SEED_DOCS = [D0, D1, D2, D3, D4];

const KCSC = { text: 'Telegram', canonical: 'Telegram', label: 'ORG' as const };
const CHO = { text: 'Cho Ju-bin', canonical: 'Cho Ju-bin', label: 'PERSON' as const };

export function seedClaims(): ClaimRow[] {
  const out: ClaimRow[] = [];
  // 000: TELEGRAM has apologized ... (published 2024-09-04)
  const s0removed = 'Telegram also confirmed it had removed 25 videos at the KCSC’s request.';
  out.push(claim(D0, { sentence: s0removed, figure: { text: '25 videos', value: 25, unit: 'video' }, subject: KCSC, predicate: 'remove' }));
  out.push(claim(D0, {
    sentence: 'The latest deepfake crisis has sparked outrage in South Korea after reporters discovered that police were investigating a deepfake pornography ring at two major universities in the country.',
    figure: { text: 'two major universities', value: 2, unit: 'university' }, predicate: 'spark',
  }));
  out.push(claim(D0, {
    sentence: 'Police have received 118 reports of such videos in the past five days.',
    figure: { text: '118 reports', value: 118, unit: 'report' }, date: { text: 'in the past five days', value: 'P5D', grain: 'duration', anchor: 'relative' },
    subject: { text: 'Police', canonical: null, label: null }, predicate: 'receive',
  }));
  const s0seven = 'Seven suspects, six of whom are teenagers, have been questioned by police in the past week.';
  out.push(claim(D0, { sentence: s0seven, figure: { text: 'Seven suspects', value: 7, unit: 'suspect' }, date: { text: 'in the past week', value: 'P1W', grain: 'duration', anchor: 'relative' }, predicate: 'question' }));
  out.push(claim(D0, { sentence: s0seven, figure: { text: 'six', value: 6, unit: 'teenager' }, date: { text: 'in the past week', value: 'P1W', grain: 'duration', anchor: 'relative' }, predicate: 'question' }));
  const s0law = 'In South Korea, those found guilty of making pornographic deepfakes can be jailed for up to five years and fined up to 50 million won (US$37,500; £28,300).';
  out.push(claim(D0, { sentence: s0law, figure: { text: 'up to five years', value: 5, unit: 'year', measure: 'duration', qualifier: 'up_to' }, predicate: 'jail' }));
  out.push(claim(D0, { sentence: s0law, figure: { text: 'up to 50 million won', value: 50_000_000, unit: 'KRW', measure: 'money', qualifier: 'up_to', currency: 'KRW' }, predicate: 'jail' }));
  out.push(claim(D0, {
    sentence: 'In 2019, it was discovered that a sex crime ring used the app to blackmail dozens of women and children into filming pornographic content.',
    figure: { text: 'dozens of women', value: null, unit: 'woman', qualifier: 'approx' }, date: { text: 'In 2019', value: '2019', grain: 'year' }, predicate: 'discover',
  }));
  const s0cho = 'The ring’s leader, Cho Ju-bin, then 20, was sentenced to 42 years in prison.';
  out.push(claim(D0, { sentence: s0cho, figure: { text: '20', value: 20, unit: 'year', measure: 'age' }, subject: CHO, predicate: 'sentence' }));
  out.push(claim(D0, { sentence: s0cho, figure: { text: '42 years', value: 42, unit: 'year', measure: 'duration' }, subject: CHO, predicate: 'sentence' }));
  out.push(claim(D0, {
    sentence: 'On Tuesday, South Korean President Yoon Suk Yeol instructed authorities to “thoroughly investigate and deal with digital sexual crimes to eradicate them.”',
    date: { text: 'Tuesday', value: '2024-09-03', grain: 'day', anchor: 'relative' }, subject: { text: 'Yoon Suk Yeol', canonical: 'Yoon Suk Yeol', label: 'PERSON' }, predicate: 'instruct',
  }));
  const s0again = 'According to South Korean police, they have received 118 reports of such videos within just five days and have already questioned several individuals linked to the case.';
  out.push(claim(D0, { sentence: s0again, figure: { text: '118 reports', value: 118, unit: 'report' }, date: { text: 'within just five days', value: 'P5D', grain: 'duration', anchor: 'relative' }, predicate: 'receive' }));
  out.push(claim(D0, { sentence: s0again, figure: { text: 'several individuals', value: null, unit: 'individual', qualifier: 'approx' }, predicate: 'question' }));
  out.push(claim(D0, { sentence: 'Alarmingly, six of the suspects are teenagers, underscoring the pervasive and troubling nature of this digital crime.', figure: { text: 'six', value: 6, unit: 'suspect' }, predicate: 'be' }));
  out.push(claim(D0, {
    sentence: 'The company acknowledged the severity of the issue and confirmed the removal of 25 videos upon request from the KCSC.',
    figure: { text: '25 videos', value: 25, unit: 'video' }, subject: { text: 'The company', canonical: null, label: null }, predicate: 'acknowledge',
  }));
  const s0law2 = 'Offenders are subject to imprisonment for up to five years and hefty fines up to 50 million won  (approximately USD 37,500 or GBP 28,300).';
  out.push(claim(D0, { sentence: s0law2, figure: { text: 'up to five years', value: 5, unit: 'year', measure: 'duration', qualifier: 'up_to' }, predicate: 'be' }));
  out.push(claim(D0, { sentence: s0law2, figure: { text: 'up to 50 million won', value: 50_000_000, unit: 'KRW', measure: 'money', qualifier: 'up_to', currency: 'KRW' }, predicate: 'be' }));

  // 001: Telegram apologizes for deepfake porn in South Korea (published 2024-09-03)
  out.push(claim(D1, {
    sentence: 'South Korea’s media regulator announced Tuesday that Telegram has complied with a request to remove deepfake pornographic content from the platform.',
    date: { text: 'Tuesday', value: '2024-09-03', grain: 'day', anchor: 'relative' }, predicate: 'announce',
  }));
  out.push(claim(D1, {
    sentence: 'The Korea Communications Standards Commission (KCSC) reported that Telegram’s representative in East Asia confirmed the removal of 25 pieces of sexual exploitation material as requested.',
    figure: { text: '25 pieces', value: 25, unit: 'piece' }, subject: { text: 'Telegram’s representative in East Asia', canonical: 'Telegram', label: 'ORG' }, predicate: 'confirm',
  }));
  const s1rise = 'According to police reports, the number of deepfake cases has risen from 156 in 2021 to 297 in July this year.';
  out.push(claim(D1, { sentence: s1rise, figure: { text: '156', value: 156, unit: null }, date: { text: '2021', value: '2021', grain: 'year' }, predicate: 'rise' }));
  out.push(claim(D1, { sentence: s1rise, figure: { text: '297', value: 297, unit: null }, date: { text: 'July this year', value: '2024-07', grain: 'month', anchor: 'relative' }, predicate: 'rise' }));
  out.push(claim(D1, {
    sentence: 'In 2020, the platform’s reputation was tarnished when an online sexual blackmail ring, led by Cho Ju-bin, was discovered operating in its chat rooms.',
    date: { text: 'In 2020', value: '2020', grain: 'year' }, predicate: 'tarnish',
  }));
  const s1cho = 'Cho Ju-bin was sentenced to 40 years in prison for blackmailing at least 74 women, including 16 teenagers, into sending increasingly degrading and sometimes violent sexual images of themselves.';
  out.push(claim(D1, { sentence: s1cho, figure: { text: '40 years', value: 40, unit: 'year', measure: 'duration' }, subject: CHO, predicate: 'sentence' }));
  out.push(claim(D1, { sentence: s1cho, figure: { text: 'at least 74 women', value: 74, unit: 'woman', qualifier: 'at_least' }, subject: CHO, predicate: 'sentence' }));
  out.push(claim(D1, { sentence: s1cho, figure: { text: '16 teenagers', value: 16, unit: 'teenager' }, subject: CHO, predicate: 'sentence' }));
  const s1law = 'Under South Korea’s Sexual Violence Prevention and Victim Protection Act, creating sexually explicit deepfakes with the intent to distribute them is punishable by five years in prison or a fine of 50 million won ($37,500).';
  out.push(claim(D1, { sentence: s1law, figure: { text: 'five years', value: 5, unit: 'year', measure: 'duration' }, predicate: 'be' }));
  out.push(claim(D1, { sentence: s1law, figure: { text: '50 million won', value: 50_000_000, unit: 'KRW', measure: 'money', currency: 'KRW' }, predicate: 'be' }));

  // 002: Reuters, published 2024-09-02
  out.push(claim(D2, {
    sentence: 'SEOUL, Sept 2 (Reuters) – South Korean police have initiated an investigation into Telegram to determine if the encrypted messaging app has been involved in the distribution of sexually explicit deepfake content, Yonhap news agency reported on Monday.',
    date: { text: 'Monday', value: '2024-09-02', grain: 'day', anchor: 'relative' }, predicate: 'initiate',
  }));
  out.push(claim(D2, {
    sentence: 'South Korea has been identified as the country most affected by deepfake pornography, with 53% of individuals depicted in these manipulated videos being Korean singers and actresses, according to a 2023 global report on deepfakes by Security Hero, a U.S. startup specializing in identity theft protection.',
    figure: { text: '53%', value: 53, unit: 'percent', measure: 'percent' }, date: { text: '2023', value: '2023', grain: 'year' }, predicate: 'identify',
  }));
  out.push(claim(D2, {
    sentence: 'South Korean police have reported a significant rise in deepfake-related sex crime cases, with 297 incidents recorded so far this year.',
    figure: { text: '297 incidents', value: 297, unit: 'incident' }, date: { text: 'this year', value: '2024', grain: 'year', anchor: 'relative' }, predicate: 'report',
  }));
  out.push(claim(D2, {
    sentence: 'This marks a notable increase from the 156 cases documented in 2021 when such data was first collected.',
    figure: { text: '156 cases', value: 156, unit: 'case' }, date: { text: '2021', value: '2021', grain: 'year' }, predicate: 'mark',
  }));
  out.push(claim(D2, {
    sentence: 'Last week, South Korean authorities announced a crackdown on sexually exploitative deepfake crimes.',
    date: { text: 'Last week', value: '2024-W35', grain: 'week', anchor: 'relative' }, predicate: 'announce',
  }));
  out.push(claim(D2, {
    sentence: 'However, the previous week, the company stated that it actively monitors and removes harmful content from its platform, including illegal pornography.',
    date: { text: 'the previous week', value: '2024-W35', grain: 'week', anchor: 'relative' }, predicate: 'state',
  }));

  // 003: Your Tech Story, published 2024-08-28
  out.push(claim(D3, {
    sentence: 'The situation in South Korea became even more serious after it was discovered that a Telegram chatroom operating since 2020 was distributing deepfake photos of more than 30 female students from Inha University.',
    figure: { text: 'more than 30 female students', value: 30, unit: 'student', qualifier: 'more_than' }, date: { text: 'since 2020', value: '2020', grain: 'year' }, predicate: 'become',
  }));
  out.push(claim(D3, {
    sentence: 'Approximately 1,200 people participated in the conversation, which also shared the victims’ addresses and phone numbers.',
    figure: { text: 'Approximately 1,200 people', value: 1200, unit: 'person', qualifier: 'approx' }, predicate: 'participate',
  }));
  const s3chan = 'Over 100 channels—one with 133,400 subscribers—were found to be involved in the spread of such content when using Telemetrio, a tool for locating Telegram chatrooms.';
  out.push(claim(D3, { sentence: s3chan, figure: { text: 'Over 100 channels', value: 100, unit: 'channel', qualifier: 'more_than' }, predicate: 'find' }));
  out.push(claim(D3, { sentence: s3chan, figure: { text: '133,400 subscribers', value: 133_400, unit: 'subscriber' }, predicate: 'find' }));

  // 004: AFP, published 2024-09-30; the page carries the article twice
  for (const nth of [0, 1]) {
    out.push(claim(D4, {
      sentence: 'In August, media and authorities uncovered a sprawling network of Telegram chatrooms in South Korea, often set up within schools and universities, in which users shared AI-generated deepfake porn depicting female students and staff.',
      nth, date: { text: 'In August', value: '2024-08', grain: 'month' }, predicate: 'uncover',
    }));
    const s4req = 'The telecommunications watchdog said Monday that Telegram had fully complied with its requests for 148 videos to be taken down over the past month, with the longest removal taking 36 hours.';
    out.push(claim(D4, { sentence: s4req, nth, figure: { text: '148 videos', value: 148, unit: 'video' }, date: { text: 'over the past month', value: 'P1M', grain: 'duration', anchor: 'relative' }, predicate: 'comply' }));
    out.push(claim(D4, { sentence: s4req, nth, figure: { text: '36 hours', value: 36, unit: 'hour', measure: 'duration' }, date: { text: 'Monday', value: '2024-09-30', grain: 'day', anchor: 'relative' }, predicate: 'comply' }));
    const s4sh = 'Cybersecurity startup Security Hero recorded nearly 96,000 deepfake videos online globally last year, with 53 percent of them featuring South Korean singers and actresses.';
    out.push(claim(D4, { sentence: s4sh, nth, figure: { text: 'nearly 96,000 deepfake videos', value: 96_000, unit: 'video', qualifier: 'approx' }, date: { text: 'last year', value: '2023', grain: 'year', anchor: 'relative' }, subject: { text: 'Cybersecurity startup Security Hero', canonical: 'Security Hero', label: 'ORG' }, predicate: 'record' }));
    out.push(claim(D4, { sentence: s4sh, nth, figure: { text: '53 percent', value: 53, unit: 'percent', measure: 'percent' }, date: { text: 'last year', value: '2023', grain: 'year', anchor: 'relative' }, subject: { text: 'Cybersecurity startup Security Hero', canonical: 'Security Hero', label: 'ORG' }, predicate: 'record' }));
    const s4force = 'The force said it had received hundreds of reports of deepfake crimes and arrested 387 suspects.';
    out.push(claim(D4, { sentence: s4force, nth, figure: { text: 'hundreds of reports', value: null, unit: 'report', qualifier: 'approx' }, predicate: 'receive' }));
    out.push(claim(D4, { sentence: s4force, nth, figure: { text: '387 suspects', value: 387, unit: 'suspect' }, predicate: 'arrest' }));
  }
  return out;
}

/** The conversions in parentheses, as mention rows linked to their amount's claim. */
export function seedConversionMentions(claims: ClaimRow[]): MentionRow[] {
  const out: MentionRow[] = [];
  const conv = (c: ClaimRow, text: string, value: number, currency: string) => {
    const at = c.text.indexOf(text);
    out.push({
      doc: c.doc, type: 'figure', start: c.start + at, end: c.start + at + text.length, text, claim_id: c.claim_id, value, value_max: null,
      unit: currency, measure: 'money', qualifier: 'exact', currency, change: null, equivalent_of: c.figure!.start, grain: null, anchor: null,
      label: null, canonical: null, entity_id: null, rule: 'test/conversion',
    });
  };
  for (const c of claims) {
    if (c.figure?.currency !== 'KRW') continue;
    if (c.text.includes('US$37,500')) { conv(c, 'US$37,500', 37_500, 'USD'); conv(c, '£28,300', 28_300, 'GBP'); }
    else if (c.text.includes('USD 37,500')) { conv(c, 'USD 37,500', 37_500, 'USD'); conv(c, 'GBP 28,300', 28_300, 'GBP'); }
    else if (c.text.includes('$37,500')) conv(c, '$37,500', 37_500, 'USD');
  }
  return out;
}
