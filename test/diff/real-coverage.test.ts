// Real multi-outlet coverage of one event, quoted verbatim from the pages named above each sentence.
// The claims are written by hand as the pipeline should produce them; what is tested is the grouping.
import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../src/diff/group.js';
import type { DiffGroup } from '../../src/diff/types.js';
import type { ClaimRow } from '../../src/output/schema.js';
import { claim, docOf } from './claim-builder.js';

/** The group (other than a single) holding both figure texts from the two documents, if any. */
function together(groups: DiffGroup[], a: [string, string], b: [string, string]): DiffGroup | undefined {
  const has = (g: DiffGroup, [doc, text]: [string, string]) => g.members.some((m) => m.doc === doc && m.text === text);
  return groups.find((g) => g.verdict !== 'single' && has(g, a) && has(g, b));
}

describe('Evan Gershkovich sentenced, 19 July 2024', () => {
  // https://www.tag24.com/world/russia/russia-jails-us-journalist-evan-gershkovich-for-16-years-3301205
  const tag24 = docOf('tag24.txt', 'TAG24', '2024-07-19', [
    'Yekaterinburg, Russia - US reporter Evan Gershkovich was sentenced by a Russian court on Friday to 16 years in prison for "espionage," a verdict reached after just over three weeks of secretive court proceedings denounced by Washington as a sham.',
  ]);
  // https://www.themoscowtimes.com/2024/07/19/russia-sentences-evan-gershkovich-to-16-years-in-prison-on-spying-charges-a85762
  const mt = docOf('moscowtimes.txt', 'The Moscow Times', '2024-07-19', [
    'A judge in Russia’s Sverdlovsk region on Friday sentenced Wall Street Journal reporter Evan Gershkovich to 16 years in prison on spying charges, a forgone conclusion in a closed trial that has been condemned as a sham by Washington and the journalist’s employer.',
    'State prosecutors had asked the judge to impose an 18-year sentence for Gershkovich on the spying charges, which carry a maximum sentence of 20 years in prison.',
  ]);
  // https://urbannewsnow.com/news/journalist-evan-gershkovich-sentenced-to-16-years-by-russian-court-in-case-u-s-slams-as-a-sham
  // (the stored page shows no publication date)
  const urban = docOf('urbannewsnow.txt', null, null, [
    'American journalist Evan Gershkovich was sentenced to 16 years in a maximum security prison by a Russian court Friday after he was found guilty of espionage in a case that his employer, The Wall Street Journal, and the U.S. government have condemned as a sham.',
    'The Sverdlovsk Regional Court’s press service told NBC News in a telephone interview that the state prosecutor had requested Gershkovich be sentenced to 18 years of imprisonment during closing arguments.',
  ]);
  const EG = { text: 'Evan Gershkovich', canonical: 'Evan Gershkovich', label: 'PERSON' as const };
  const friday = (text: string) => ({ text, value: '2024-07-19', grain: 'day' as const, anchor: 'relative' as const });
  const years = (text: string, value: number) => ({ text, value, unit: 'year', measure: 'duration' as const });
  const claims: ClaimRow[] = [
    claim(tag24, { sentence: tag24.text, figure: years('16 years', 16), date: friday('Friday'), subject: EG, predicate: 'sentence' }),
    claim(mt, { sentence: mt.sentences[0]!, figure: years('16 years', 16), date: friday('Friday'), subject: EG, predicate: 'sentence' }),
    claim(mt, { sentence: mt.sentences[1]!, figure: years('18-year', 18), subject: { text: 'State prosecutors', canonical: null, label: null }, predicate: 'ask' }),
    claim(mt, { sentence: mt.sentences[1]!, figure: years('20 years', 20), subject: { text: 'State prosecutors', canonical: null, label: null }, predicate: 'ask' }),
    claim(urban, { sentence: urban.sentences[0]!, figure: years('16 years', 16), date: friday('Friday'), subject: EG, predicate: 'sentence' }),
    claim(urban, { sentence: urban.sentences[1]!, figure: years('18 years', 18), predicate: 'tell' }),
  ];
  const groups = groupClaims(claims);

  it('the 16-year sentence: three outlets agree', () => {
    const g = together(groups, ['tag24.txt', '16 years'], ['moscowtimes.txt', '16 years']);
    expect(g?.verdict).toBe('agree');
    expect(g!.members.map((m) => m.doc).sort()).toEqual(['moscowtimes.txt', 'tag24.txt', 'urbannewsnow.txt']);
  });

  it('the prosecutors’ demand (18 years) agrees with itself, and does not contradict the sentence', () => {
    const g = together(groups, ['moscowtimes.txt', '18-year'], ['urbannewsnow.txt', '18 years']);
    expect(g?.verdict).toBe('agree');
    expect(together(groups, ['moscowtimes.txt', '18-year'], ['tag24.txt', '16 years'])).toBeUndefined();
  });

  it('the legal maximum (20 years) is not compared with the sentence', () => {
    expect(together(groups, ['moscowtimes.txt', '20 years'], ['tag24.txt', '16 years'])).toBeUndefined();
    expect(groups.filter((g) => g.verdict === 'conflict')).toEqual([]);
  });
});

describe('Khodorkovsky’s second sentence, 30 December 2010', () => {
  // https://archives.lincolndailynews.com/2010/Dec/31/News/news123110_k.shtml (Associated Press)
  const ap = docOf('lincolndailynews.txt', 'Associated Press', '2010-12-31', [
    'The judge sentenced Khodorkovsky to 14 years, as prosecutors had demanded, and said the new term will be counted from his 2003 arrest and end in 2017.',
  ]);
  // https://world-news.mpelembe.net/world-news/former-oil-tycoon-khodorkovsky-to-stay-in-prison-until-2017 (Reuters)
  const reuters = docOf('mpelembe.txt', 'Reuters', '2010-12-30', [
    'Russian judge sentences jail former oil tycoon Mikhail Khodorkovsky to six additional years in prison after convicting him of multi-billion dollar theft and money laundering charges.',
    'Moscow Judge Viktor Danilkin granted the prosecutors\' sentencing request and said Khodorkovsky would serve a total of 14 years in prison, including time served since his arrest in October 2003, meaning he is to remain in jail until 2017.',
  ]);
  // http://www.a-w-i-p.com/index.php/news/2011/01/02/russian-oil-tycoon-faces-14-years-in-pri
  const awip = docOf('awip.txt', null, '2011-01-02', [
    'Jailed former Russian oil tycoon Mikhail Khodor-kovsky has been sentenced to six more years in prison.',
    'The judge granted the prosecutors\' request and ordered Khodorkovsky, who is in the final year of an eight-year sentence, to serve a total of 14 years in prison, including his current term and now extending from the day of his arrest.',
  ]);
  const MK = { text: 'Khodorkovsky', canonical: 'Mikhail Khodorkovsky', label: 'PERSON' as const };
  const years = (text: string, value: number) => ({ text, value, unit: 'year', measure: 'duration' as const });
  const [r1, r2] = reuters.sentences;
  const [w1, w2] = awip.sentences;
  const claims: ClaimRow[] = [
    claim(ap, { sentence: ap.text, figure: years('14 years', 14), subject: { text: 'The judge', canonical: null, label: null }, predicate: 'sentence' }),
    claim(reuters, { sentence: r1!, figure: years('six additional years', 6), subject: { text: 'Russian judge', canonical: null, label: null }, predicate: 'sentence' }),
    claim(reuters, { sentence: r2!, figure: years('14 years', 14), subject: { text: 'Moscow Judge Viktor Danilkin', canonical: 'Viktor Danilkin', label: 'PERSON' }, predicate: 'grant' }),
    claim(awip, { sentence: w1!, figure: years('six more years', 6), subject: MK, predicate: 'sentence' }),
    claim(awip, { sentence: w2!, figure: years('eight-year', 8), subject: { text: 'The judge', canonical: null, label: null }, predicate: 'order' }),
    claim(awip, { sentence: w2!, figure: years('14 years', 14), subject: { text: 'The judge', canonical: null, label: null }, predicate: 'order' }),
  ];
  const groups = groupClaims(claims);

  it('14 years in all: agree', () => {
    expect(together(groups, ['lincolndailynews.txt', '14 years'], ['mpelembe.txt', '14 years'])?.verdict).toBe('agree');
    expect(together(groups, ['mpelembe.txt', '14 years'], ['awip.txt', '14 years'])?.verdict).toBe('agree');
  });

  it('"six more years" (an increment) agrees with "six additional years" and does not contradict 14', () => {
    expect(together(groups, ['mpelembe.txt', 'six additional years'], ['awip.txt', 'six more years'])?.verdict).toBe('agree');
    expect(together(groups, ['awip.txt', 'six more years'], ['lincolndailynews.txt', '14 years'])).toBeUndefined();
  });

  it('the earlier eight-year term is no conflict with 14 years', () => {
    expect(groups.filter((g) => g.verdict === 'conflict')).toEqual([]);
  });
});

describe('Jishishan earthquake, December 2023: a death toll that rises by the hour', () => {
  // http://en.people.cn/n3/2023/1219/c90000-20112393.html (Xinhua)
  const pd19 = docOf('peoplecn-1219.txt', 'People’s Daily (Xinhua)', '2023-12-19', [
    'The 6.2-magnitude earthquake that rattled an ethnic county in northwest China\'s Gansu Province around midnight Monday has killed 13 people in the neighboring Qinghai Province, according to a press conference Tuesday afternoon.',
    'As of 10 a.m. Tuesday, the earthquake had claimed 105 lives in Gansu.',
  ]);
  // https://www.tibetanreview.net/gansu-earthquake-kills-at-least-118-including-13-in-neigbouring-qinghai/
  const tr = docOf('tibetanreview.txt', 'Tibetan Review', '2023-12-19', [
    'A magnitude-6.2 earthquake which rocked an ethnic county in China’s Gansu Province around midnight on Dec 18 has killed at least 118 people as of Dec 19 morning, including 13 in neighbouring Qinghai province, reported China’s official Xinhua news agency.',
    'As of 10 am Dec 19, the earthquake had claimed 105 lives in Gansu, the report said.',
  ]);
  // http://en.people.cn/n3/2023/1220/c90000-20112701.html (Xinhua)
  const pd20 = docOf('peoplecn-1220.txt', 'People’s Daily (Xinhua)', '2023-12-20', [
    'The 6.2-magnitude earthquake that jolted northwest China at midnight Monday has killed 18 people in Qinghai Province, local authorities said on Wednesday morning.',
    'By Tuesday afternoon, a total of 113 people were confirmed dead in Gansu.',
  ]);
  const people = (text: string, value: number, qualifier: 'exact' | 'at_least' = 'exact') => ({ text, value, unit: 'person', qualifier });
  const s = (d: { sentences: string[] }, i: number) => d.sentences[i]!;
  const asOf19 = (text: string) => ({ text, value: '2023-12-19', grain: 'day' as const, anchor: 'explicit' as const });
  const claims: ClaimRow[] = [
    claim(pd19, { sentence: s(pd19, 0), figure: people('13 people', 13), predicate: 'kill' }),
    claim(pd19, { sentence: s(pd19, 1), figure: { text: '105 lives', value: 105, unit: 'life' }, date: asOf19('10 a.m. Tuesday'), predicate: 'claim' }),
    claim(tr, { sentence: s(tr, 0), figure: people('at least 118 people', 118, 'at_least'), predicate: 'kill' }),
    claim(tr, { sentence: s(tr, 0), figure: { text: '13', value: 13, unit: null }, predicate: 'kill' }),
    claim(tr, { sentence: s(tr, 1), figure: { text: '105 lives', value: 105, unit: 'life' }, date: asOf19('10 am Dec 19'), predicate: 'claim' }),
    claim(pd20, { sentence: s(pd20, 0), figure: people('18 people', 18), predicate: 'kill' }),
    claim(pd20, { sentence: s(pd20, 1), figure: people('113 people', 113), date: { text: 'Tuesday afternoon', value: '2023-12-19', grain: 'day', anchor: 'relative' }, predicate: 'confirm' }),
  ];
  const groups = groupClaims(claims);

  it('13 killed in Qinghai: the same in both reports of 19 December', () => {
    expect(together(groups, ['peoplecn-1219.txt', '13 people'], ['tibetanreview.txt', '13'])?.verdict).toBe('agree');
  });

  it('105 lives in Gansu as of 10 a.m. Tuesday: agree', () => {
    expect(together(groups, ['peoplecn-1219.txt', '105 lives'], ['tibetanreview.txt', '105 lives'])?.verdict).toBe('agree');
  });

  it('the total (at least 118) is not the Qinghai figure, and later counts are updates, not conflicts', () => {
    expect(together(groups, ['tibetanreview.txt', 'at least 118 people'], ['peoplecn-1219.txt', '13 people'])).toBeUndefined();
    expect(groups.filter((g) => g.verdict === 'conflict')).toEqual([]);
  });
});

describe('Facebook and the FTC, July 2019: $5 billion', () => {
  // https://fortune.com/2019/07/12/facebook-privacy-settlement-approved-ftc (Bloomberg)
  const fortune = docOf('fortune.txt', 'Fortune', '2019-07-12', [
    'The U.S. Federal Trade Commission approved a record privacy settlement against Facebook requiring the social-media company to pay about $5 billion to resolve an investigation stemming from the Cambridge Analytica data scandal.',
  ]);
  // https://complianceconcourse.willkie.com/articles/news-alerts-2019-07-july-20190712-facebook-reportedly-agrees-to-5-billion/
  const willkie = docOf('willkie.txt', 'Willkie Compliance Concourse', '2019-07-12', [
    'On July 12, 2019, media sources reported that the Federal Trade Commission had voted to approve a $5 billion settlement with Facebook, Inc. to resolve the FTC’s investigation of the company’s privacy practices in connection with the release of personal data belonging to over 80 million users to a third party consulting firm based in the UK, and in light of a 2011 agreement between Facebook and the FTC.',
    'The reported settlement amount, if accurate, would far exceed all previous civil penalties exacted by the FTC.',
  ]);
  // https://www.mdopartners.com/facebook-5billion (dated July 30, 2019)
  const mdo = docOf('mdopartners.txt', 'MDO Partners', '2019-07-30', [
    'On July 24, 2019, the U.S. Federal Trade Commission (“FTC”) and Facebook, Inc. announced a $5 billion settlement to resolve a privacy probe investigating whether Facebook had violated a prior FTC consent decree.',
    'Facebook did not admit or deny the SEC’s allegations, but agreed to pay the $100 million fine.',
    'Previously, the highest FTC fine had been $22.5 million against Google in 2012.',
  ]);
  // https://qa2.www.digitaltrends.com/news/facebook-to-pay-a-historic-penalty-in-final-settlement-with-ftc
  // (the stored page shows no publication date)
  const dt = docOf('digitaltrends.txt', 'Digital Trends', null, [
    'The Federal Trade Commission (FTC) has officially penalized Facebook a groundbreaking $5 billion over privacy violations, the largest fine in FTC history.',
  ]);
  const usd = (text: string, value: number, qualifier: 'exact' | 'approx' = 'exact') => ({ text, value, unit: 'USD', measure: 'money' as const, currency: 'USD', qualifier });
  const FB = { text: 'Facebook', canonical: 'Facebook', label: 'ORG' as const };
  const FTC = { text: 'The U.S. Federal Trade Commission', canonical: 'Federal Trade Commission', label: 'ORG' as const };
  const ms = (i: number) => mdo.sentences[i]!;
  const claims: ClaimRow[] = [
    claim(fortune, { sentence: fortune.text, figure: usd('about $5 billion', 5e9, 'approx'), subject: FTC, predicate: 'approve' }),
    claim(willkie, { sentence: willkie.sentences[0]!, figure: usd('$5 billion', 5e9), date: { text: 'July 12, 2019', value: '2019-07-12', grain: 'day' }, subject: { text: 'media sources', canonical: null, label: null }, predicate: 'report' }),
    claim(mdo, { sentence: ms(0), figure: usd('$5 billion', 5e9), date: { text: 'July 24, 2019', value: '2019-07-24', grain: 'day' }, subject: FTC, predicate: 'announce' }),
    claim(mdo, { sentence: ms(1), figure: usd('$100 million', 1e8), subject: FB, predicate: 'agree' }),
    claim(mdo, { sentence: ms(2), figure: usd('$22.5 million', 22.5e6), date: { text: '2012', value: '2012', grain: 'year' }, subject: { text: 'the highest FTC fine', canonical: null, label: null }, predicate: 'be' }),
    claim(dt, { sentence: dt.text, figure: usd('$5 billion', 5e9), subject: FTC, predicate: 'penalize' }),
  ];
  const groups = groupClaims(claims);

  it('"about $5 billion" and "$5 billion": agree', () => {
    expect(together(groups, ['fortune.txt', 'about $5 billion'], ['willkie.txt', '$5 billion'])?.verdict).toBe('agree');
  });

  it('the SEC’s $100 million and the 2012 record are not contradictions of $5 billion', () => {
    expect(together(groups, ['mdopartners.txt', '$100 million'], ['digitaltrends.txt', '$5 billion'])).toBeUndefined();
    expect(groups.filter((g) => g.verdict === 'conflict')).toEqual([]);
  });
});
