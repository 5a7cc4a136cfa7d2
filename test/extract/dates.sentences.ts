// Real news sentences with the dates they hold, for test/extract/dates.test.ts.
// Quoted verbatim from the page named in the comment above each group (found with the project's
// stored-pages search). `published` is the page's own date where it shows one; where it does not,
// the date is inferred from the events reported and the group is marked "published: assumed".
// Spans include a preposition right before the date ("on Friday", "in 2016", "since 2018"): see
// absorbPreposition in src/extract/dates/refiners.ts.
import type { Anchor, Grain } from '../../src/types.js';

export interface ExpectedDate {
  text: string;
  value: string | null;
  grain: Grain;
  anchor: Anchor;
}

export interface DateRow {
  published: string | null;
  sentence: string;
  expected: ExpectedDate[];
}

export const SENTENCES: DateRow[] = [
  // --- courts ---------------------------------------------------------------------------------
  // https://worldjusticenews.com/news/2022/12/30/criminology-graduate-student-held-in-idaho-student-murders
  {
    published: '2022-12-30',
    sentence: 'US police say they have arrested a criminology graduate in the mysterious killings of four university students in the state of Idaho over six weeks ago.',
    expected: [{ text: 'six weeks ago', value: '2022-W46', grain: 'week', anchor: 'relative' }],
  },
  {
    published: '2022-12-30',
    sentence: 'The students were found stabbed to death in their beds in a rental home near the campus on 13 November.',
    expected: [{ text: 'on 13 November', value: '2022-11-13', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2022-12-30',
    sentence: 'Speaking at a news conference on Friday, Moscow police confirmed the suspect was a criminal justice and criminology graduate student at Washington State University.',
    expected: [{ text: 'on Friday', value: '2022-12-30', grain: 'day', anchor: 'relative' }],
  },
  // http://jurist.org/paperchase/2011/02/jury-reaches-mixed-verdict-over-pennsylvania-juvenile-sentencing-scandal.php
  // published: assumed 2011-02-18, the Friday of the verdict
  {
    published: '2011-02-18',
    sentence: '[JURIST] A jury in the US District Court for the Middle District of Pennsylvania [official website] reached a split decision on Friday in the corruption trial of former Pennsylvania judge Mark Ciavarella, convicting him of 12 counts, including racketeering, money laundering and conspiracy, and acquitting him of 27 counts, including extortion.',
    expected: [{ text: 'on Friday', value: '2011-02-18', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2011-02-18',
    sentence: 'The trial began [JURIST report] earlier this month.',
    expected: [{ text: 'earlier this month', value: '2011-02', grain: 'month', anchor: 'relative' }],
  },
  {
    published: '2011-02-18',
    sentence: 'In July, Judge Edwin Kosik accepted [JURIST report] a plea agreement [text, PDF] with former Pennsylvania judge Michael Conahan for his involvement in the juvenile sentencing scandal.',
    expected: [{ text: 'In July', value: '2010-07', grain: 'month', anchor: 'relative' }],
  },
  {
    published: '2011-02-18',
    sentence: 'Conahan and Ciavarella were indicted in September 2009, following a withdrawal of the guilty pleas they entered [JURIST reports] in February 2009.',
    expected: [
      { text: 'in September 2009', value: '2009-09', grain: 'month', anchor: 'explicit' },
      { text: 'in February 2009', value: '2009-02', grain: 'month', anchor: 'explicit' },
    ],
  },
  // https://lawin.news/milwaukee-judge-found-guilty-of-obstruction-after-allegedly-helping-migrant-evade-arrest-2
  // published: assumed 2025-12-18, the Thursday of the verdict
  {
    published: '2025-12-18',
    sentence: 'A jury returned the verdict Thursday after several days of testimony in a Milwaukee courtroom.',
    expected: [{ text: 'Thursday', value: '2025-12-18', grain: 'day', anchor: 'relative' }],
  },
  // https://www.audacy.com/wben/news/local/retired-judge-penny-wolfgang-on-the-trump-verdict
  // published: assumed 2024-05-31, the Friday after the verdict of Thursday 2024-05-30
  {
    published: '2024-05-31',
    sentence: 'Penny Wolfgang, who retired as a State Supreme Court Judge in 2016,\ntold WBEN on Friday that everything about the trial was unusual as Donald Trump is the first U.S. President to be put on trial and the first President to be convicted.',
    expected: [
      { text: 'in 2016', value: '2016', grain: 'year', anchor: 'explicit' },
      { text: 'on Friday', value: '2024-05-31', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2024-05-31',
    sentence: 'New York State lifted the sequestration requirement for felony cases in 2001.',
    expected: [{ text: 'in 2001', value: '2001', grain: 'year', anchor: 'explicit' }],
  },
  {
    published: '2024-05-31',
    sentence: 'The judge can consider jail time, a conditional discharge, probation, and home confinement, or a combination thereof when Trump is sentenced on July 11.',
    expected: [{ text: 'on July 11', value: '2024-07-11', grain: 'day', anchor: 'relative' }],
  },

  // --- disasters ------------------------------------------------------------------------------
  // https://wufengqin.com/dw/en/death-toll-rises-in-earthquake-in-yunnan-china/a-17829319 (dated August 3, 2014)
  {
    published: '2014-08-03',
    sentence: "Chinese officials announced overnight that the death toll for Sunday's earthquake had risen to 381 people.",
    expected: [{ text: 'Sunday', value: '2014-08-03', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2014-08-03',
    sentence: 'The disaster struck Sunday at 0830 UTC, and was measured by the US Geological Service at 6.1-magnitude, 10 kilometers (6 miles) below ground.',
    expected: [{ text: 'Sunday', value: '2014-08-03', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2014-08-03',
    sentence: 'By late Sunday night local time, more than 2,500 troops had arrived in the area, as well as 300 police officers and firefighters, and close to 400 rescue workers and 12 sniffer dogs.',
    expected: [{ text: 'Sunday', value: '2014-08-03', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2014-08-03',
    sentence: 'According to state media, in 1970, a 7.7-magnitude earthquake killed at least 15,000 people in Yunnan, and a magnitude-7.1 quake in the region killed more than 1,400 in 1974.',
    expected: [
      { text: 'in 1970', value: '1970', grain: 'year', anchor: 'explicit' },
      { text: 'in 1974', value: '1974', grain: 'year', anchor: 'explicit' },
    ],
  },
  {
    published: '2014-08-03',
    sentence: 'In 2008, a quake in Sichuan killed almost 70,000 people.',
    expected: [{ text: 'In 2008', value: '2008', grain: 'year', anchor: 'explicit' }],
  },
  // https://www.washingtonexaminer.com/politics/1429718/death-toll-rises-after-ecuador-earthquake
  // published: assumed 2016-04-17, the Sunday after the quake of Saturday 2016-04-16
  {
    published: '2016-04-17',
    sentence: 'The official death toll rose to 233 Sunday after a devastating earthquake rocked the South American country of Ecuador this weekend.',
    expected: [
      { text: 'Sunday', value: '2016-04-17', grain: 'day', anchor: 'relative' },
      { text: 'this weekend', value: '2016-W15-WE', grain: 'week', anchor: 'relative' },
    ],
  },
  {
    published: '2016-04-17',
    sentence: 'A magnitude-7.8 earthquake hit the country Saturday.',
    expected: [{ text: 'Saturday', value: '2016-04-16', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2016-04-17',
    sentence: 'This weekend’s natural disaster is the deadliest since a magnitude-7.2 earthquake in 1987, which took about 1,000 lives.',
    expected: [
      { text: 'This weekend', value: '2016-W15-WE', grain: 'week', anchor: 'relative' },
      { text: 'in 1987', value: '1987', grain: 'year', anchor: 'explicit' },
    ],
  },
  {
    published: '2016-04-17',
    sentence: 'Just last week, there were reports of two other large deadly earthquakes in Japan, where a magnitude-6.2 earthquake was followed by a magnitude 7.0 earthquake.',
    expected: [{ text: 'last week', value: '2016-W14', grain: 'week', anchor: 'relative' }],
  },
  // https://punjabtimes.com.au/2015/04/27/live-nepal-death-toll-crosses-3200-as-relief-efforts-continue/
  {
    published: '2015-04-27',
    sentence: 'The aftershocks for the Saturday earthquake continued on Sunday as well.',
    expected: [
      { text: 'Saturday', value: '2015-04-25', grain: 'day', anchor: 'relative' },
      { text: 'on Sunday', value: '2015-04-26', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2015-04-27',
    sentence: 'Thirteen military and three civilian aircraft were being sent to Kathmandu Sunday as part of India’s ongoing relief and rescue operations in the aftermath of a massive earthquake and its aftershocks in Nepal.',
    expected: [{ text: 'Sunday', value: '2015-04-26', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2015-04-27',
    sentence: 'In this live blog, we track developments of the day in the Nepal earthquake disaster of 2015.',
    expected: [{ text: '2015', value: '2015', grain: 'year', anchor: 'explicit' }],
  },
  // https://24newsbulletin.com/world/30646.html
  // published: assumed 2022-11-27, the Sunday after the Cianjur quake of Monday 2022-11-21
  {
    published: '2022-11-27',
    sentence: 'The death toll from the earthquake that struck the Indonesian island of Java on Monday rose to 321, the national disaster management agency said on Sunday.',
    expected: [
      { text: 'on Monday', value: '2022-11-21', grain: 'day', anchor: 'relative' },
      { text: 'on Sunday', value: '2022-11-27', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2022-11-27',
    sentence: '“After the discovery of eight more bodies on Saturday and three today, we are now at 321 dead,” the head of the disaster management agency, Suharyanto, who, like many Indonesians, does not have a single name, said Sunday night.',
    expected: [
      { text: 'on Saturday', value: '2022-11-26', grain: 'day', anchor: 'relative' },
      { text: 'today', value: '2022-11-27', grain: 'day', anchor: 'relative' },
      { text: 'Sunday', value: '2022-11-27', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2022-11-27',
    sentence: 'Eleven people are still missing, and the search will continue Monday to try to find them.',
    expected: [{ text: 'Monday', value: '2022-11-28', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2022-11-27',
    sentence: 'This earthquake is the deadliest in Indonesia since 2018, when the Palu region (Celebes Island) was hit by an earthquake and tsunami that killed more than 4,000 people.',
    expected: [{ text: 'since 2018', value: '2018', grain: 'year', anchor: 'explicit' }],
  },
  // https://english.newsnationtv.com/world/news/indonesia-earthquake-tsunami-toll-disaster-agency-sulawesi-island-palu-204204.html
  // published: assumed 2018-10-02, the Tuesday the toll of 1,234 was announced
  {
    published: '2018-10-02',
    sentence: 'Indonesia’s national disaster agency on Tuesday said the death toll from the earthquake and tsunami in the Sulawesi island rose to 1,234.',
    expected: [{ text: 'on Tuesday', value: '2018-10-02', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2018-10-02',
    sentence: 'A 7.5-magnitude earthquake had triggered tsunami waves as high as six metre, which swept ashore at the city of Palu off the coast of Sulawesi on September 28.',
    expected: [{ text: 'on September 28', value: '2018-09-28', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2018-10-02',
    sentence: 'The updated death toll from 844 people on Monday, comes as the disaster agency continues to search the rubble left in the wake of the disaster.',
    expected: [{ text: 'on Monday', value: '2018-10-01', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2018-10-02',
    sentence: 'On Tuesday morning, another Indonesian island of Sumba was hit by an earthquake measuring 5.9 on the Richter scale, the United States Geological Survey (USGS) said.',
    expected: [{ text: 'On Tuesday', value: '2018-10-02', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2018-10-02',
    sentence: 'In December 2004, a massive magnitude 9.1 earthquake off Sumatra in western Indonesia triggered a tsunami that killed 230,000 people in a dozen countries.',
    expected: [{ text: 'In December 2004', value: '2004-12', grain: 'month', anchor: 'explicit' }],
  },
  // https://www.sott.net/category/4-Earth%2520&page=1502?page=11
  // published: assumed 2025-03-29, the Saturday the Myanmar toll passed 1,000
  {
    published: '2025-03-29',
    sentence: 'The earthquake struck on Friday afternoon, with an epicentre not far from Mandalay, followed by several aftershocks — including one measuring a strong 6.4 magnitude.',
    expected: [{ text: 'on Friday', value: '2025-03-28', grain: 'day', anchor: 'relative' }],
  },
  // https://pinoybuz.blogspot.com/2015/04/nepal-powerful-earthquake-death-toll.html
  // published: assumed 2015-04-26
  {
    published: '2015-04-26',
    sentence: 'MANILA, Philippines - The official death toll due to powerful earthquake in Nepal already climbed to 2,200, the authorities have reported as bodies piled up in the capital Kathmandu on Sunday, April 26.',
    expected: [{ text: 'on Sunday, April 26', value: '2015-04-26', grain: 'day', anchor: 'relative' }],
  },

  // --- elections ------------------------------------------------------------------------------
  // https://kumasi.city/2024/10/14/comoros-decides-parliamentary-elections-set-for-january-12/amp
  {
    published: '2024-10-14',
    sentence: 'Comoros, an Indian Ocean archipelago, is set to hold elections for its 33-seat parliament on January 12, according to a decree published on Saturday.',
    expected: [
      { text: 'on January 12', value: '2025-01-12', grain: 'day', anchor: 'relative' },
      { text: 'on Saturday', value: '2024-10-12', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2024-10-14',
    sentence: 'The upcoming polls come after the country’s last parliamentary elections in January 2020.',
    expected: [{ text: 'in January 2020', value: '2020-01', grain: 'month', anchor: 'explicit' }],
  },
  {
    published: '2024-10-14',
    sentence: 'Incumbent President Azali Assoumani was re-elected for a five-year term in January, but opposition parties rejected the results.',
    expected: [{ text: 'in January', value: '2024-01', grain: 'month', anchor: 'relative' }],
  },
  {
    published: '2024-10-14',
    sentence: 'Assoumani has ruled Comoros since 1999, initially through a coup, and has since won three elections.',
    expected: [{ text: 'since 1999', value: '1999', grain: 'year', anchor: 'explicit' }],
  },
  // https://www.telesurenglish.net/news/honduras-calls-for-2021-primary-elections-20200915-0004.html (dated 2020-09-15)
  {
    published: '2020-09-15',
    sentence: "Honduras' National Electoral Council (CNE) President Ana Hall called on political parties to choose their candidates ahead of the 2021 primary elections amid controversies over the absence of a new electoral law.",
    expected: [{ text: '2021', value: '2021', grain: 'year', anchor: 'explicit' }],
  },
  {
    published: '2020-09-15',
    sentence: "The CNE scheduled the elections for March 4, 2021, under the current electoral law, which is considered illegal by Honduras' opposition parties.",
    expected: [{ text: 'March 4, 2021', value: '2021-03-04', grain: 'day', anchor: 'explicit' }],
  },
  {
    published: '2020-09-15',
    sentence: 'Last week, a new law was supposed to be passed by the Congress, but the document has not gathered the number of votes needed for its approval due to political forces\' lack of agreement.',
    expected: [{ text: 'Last week', value: '2020-W37', grain: 'week', anchor: 'relative' }],
  },
  {
    published: '2020-09-15',
    sentence: 'Honduras\' former President Manuel Zelaya (2006-2009) opposed the CNE decision because "the conditions are not created for going to the polls."',
    expected: [
      { text: '2006', value: '2006', grain: 'year', anchor: 'explicit' },
      { text: '2009', value: '2009', grain: 'year', anchor: 'explicit' },
    ],
  },
  // https://stabroeknews.com/2015/05/11/news/regional/venezuela-parliamentary-elections-to-be-held-in-fourth-quarter
  {
    published: '2015-05-11',
    sentence: 'CARACAS, (Reuters) – Venezuela will hold parliamentary elections in the last quarter of this year and the exact date will be announced soon, the head of the National Electoral Council (CNE) said yesterday.',
    expected: [
      { text: 'in the last quarter of this year', value: '2015-Q4', grain: 'quarter', anchor: 'relative' },
      { text: 'yesterday', value: '2015-05-10', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2015-05-11',
    sentence: 'Luis Emilio Rondon, a CNE official, said on Friday the elections will be held at the end of November or the beginning of December.',
    expected: [
      { text: 'on Friday', value: '2015-05-08', grain: 'day', anchor: 'relative' },
      { text: 'November', value: '2015-11', grain: 'month', anchor: 'relative' },
      { text: 'December', value: '2015-12', grain: 'month', anchor: 'relative' },
    ],
  },
  {
    published: '2015-05-11',
    sentence: 'The opposition MUD coalition is slated to hold its primaries next Sunday while the ruling socialist party will choose its candidates on June 28.',
    expected: [
      { text: 'next Sunday', value: '2015-05-17', grain: 'day', anchor: 'relative' },
      { text: 'on June 28', value: '2015-06-28', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2015-05-11',
    sentence: 'Socialist president Nicolas Maduro is under growing pressure over the 2015 elections, especially after leftist ally and regional heavyweight Brazil on Thursday urged its neighbor to set a date.',
    expected: [
      { text: '2015', value: '2015', grain: 'year', anchor: 'explicit' },
      { text: 'on Thursday', value: '2015-05-07', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2015-05-11',
    sentence: '“Where are they getting this idea that we won’t have elections? From the start of this year, we’ve said that this is an electoral year,” Lucena said, attributing the delay to the CNE being busy organizing the primaries.',
    expected: [{ text: 'From the start of this year', value: '2015', grain: 'year', anchor: 'relative' }],
  },
  // https://new.igihe.com/mugabe-announces-election-date-july-31
  // published: assumed 2013-06-13, the Thursday Mugabe set the date
  {
    published: '2013-06-13',
    sentence: 'Zimbabwe’s president officially announced Thursday that elections will go ahead next month despite opposition from the prime minister, setting the stage for a political standoff between the longtime rivals.',
    expected: [
      { text: 'Thursday', value: '2013-06-13', grain: 'day', anchor: 'relative' },
      { text: 'next month', value: '2013-07', grain: 'month', anchor: 'relative' },
    ],
  },
  {
    published: '2013-06-13',
    sentence: 'In an official government notice Thursday, President Robert Mugabe said that he was empowered to set the presidential election for July 31.',
    expected: [
      { text: 'Thursday', value: '2013-06-13', grain: 'day', anchor: 'relative' },
      { text: 'July 31', value: '2013-07-31', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2013-06-13',
    sentence: 'Legislative and local elections will also take place that day, and a presidential runoff will be held Sept. 11 if necessary, the notice said.',
    expected: [{ text: 'Sept. 11', value: '2013-09-11', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2013-06-13',
    sentence: 'Prime Minister Morgan Tsvangirai has strongly objected to holding elections next month, accusing Mugabe of choosing the date unilaterally and saying that he will not accept Mugabe’s decision.',
    expected: [{ text: 'next month', value: '2013-07', grain: 'month', anchor: 'relative' }],
  },
  {
    published: '2013-06-13',
    sentence: 'Mugabe was forced by regional leaders to form a coalition government with former opposition leader Tsvangirai after violent and disputed elections in 2008.',
    expected: [{ text: 'in 2008', value: '2008', grain: 'year', anchor: 'explicit' }],
  },
  // https://seenews.com/news/factbox-montenegro-ahead-of-june-11-snap-vote-825192 (dated June 7, 2023)
  {
    published: '2023-06-07',
    sentence: 'June 7 (SeeNews) - Montenegro will hold on Sunday an early general election called by then president Milo Djukanovic in March, after the government fell in a no-confidence vote and prime minister-designate Miodrag Lekic failed to form a new cabinet within the designated three-month period.',
    expected: [
      { text: 'June 7', value: '2023-06-07', grain: 'day', anchor: 'relative' },
      { text: 'on Sunday', value: '2023-06-11', grain: 'day', anchor: 'relative' },
      { text: 'in March', value: '2023-03', grain: 'month', anchor: 'relative' },
    ],
  },
  {
    published: '2023-06-07',
    sentence: 'Djukanovic dissolved parliament in March, shortly before he was defeated by Jakov Milatovic in a runoff vote in the presidential election held on April 2.',
    expected: [
      { text: 'in March', value: '2023-03', grain: 'month', anchor: 'relative' },
      { text: 'on April 2', value: '2023-04-02', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2023-06-07',
    sentence: 'The latest opinion polls carried out in May by polling agency and non-governmental Center for Democracy and Human Rights (CEDEM) put support for Milojko Spajic’s Europe Now party (PES) at 29.1%.',
    expected: [{ text: 'in May', value: '2023-05', grain: 'month', anchor: 'relative' }],
  },
  {
    published: '2023-06-07',
    sentence: 'Europe Now was established in June 2022 by Spajic and Jakov Milatovic.',
    expected: [{ text: 'in June 2022', value: '2022-06', grain: 'month', anchor: 'explicit' }],
  },
  {
    published: '2023-06-07',
    sentence: 'The survey conducted by CEDEM during May 1-14 showed that the Democratic Party of Socialists (DPS) garners 24.1% support, followed by the Democratic Front with 13.2%, Democratic Montenegro, also known as Democrats, with 11.1%, and the Bosniak Party with 5.1%.',
    expected: [{ text: 'during May 1-14', value: '2023-05-01', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2023-06-07',
    sentence: 'DPS won 36 seats in parliament in the last election held on August 20, 2020.',
    expected: [{ text: 'on August 20, 2020', value: '2020-08-20', grain: 'day', anchor: 'explicit' }],
  },

  // --- economics ------------------------------------------------------------------------------
  // https://www.dailymail.co.uk/wires/afp/article-3792942/US-consumer-prices-pick-August.html
  // published: assumed 2016-09-16, the Friday the August 2016 CPI was released
  {
    published: '2016-09-16',
    sentence: 'US consumer price rises picked up in August after a flat July, but continued to deliver a picture of inflation weaker than the Federal Reserve has targeted, the Labor Department reported Friday.',
    expected: [
      { text: 'in August', value: '2016-08', grain: 'month', anchor: 'relative' },
      { text: 'July', value: '2016-07', grain: 'month', anchor: 'relative' },
      { text: 'Friday', value: '2016-09-16', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2016-09-16',
    sentence: "That was stronger than July's flat CPI month-on-month and 0.8 percent gain from a year ago.",
    expected: [
      { text: 'July', value: '2016-07', grain: 'month', anchor: 'relative' },
      { text: 'from a year ago', value: '2015', grain: 'year', anchor: 'relative' },
    ],
  },
  // https://bankingjournal.aba.com/2024/09/consumer-price-inflation-2-5-in-august/
  // published: assumed 2024-09-11, the day the August 2024 CPI was released
  {
    published: '2024-09-11',
    sentence: 'The Consumer Price Index edged up 0.2% in August on a seasonally adjusted annual basis, the same increase as in July, the U.S. Bureau of Labor Statistics reported.',
    expected: [
      { text: 'in August', value: '2024-08', grain: 'month', anchor: 'relative' },
      { text: 'in July', value: '2024-07', grain: 'month', anchor: 'relative' },
    ],
  },
  {
    published: '2024-09-11',
    sentence: 'Over the last 12 months, the all items index increased 2.5% before seasonal adjustment.',
    expected: [{ text: 'Over the last 12 months', value: 'P12M', grain: 'duration', anchor: 'relative' }],
  },
  {
    published: '2024-09-11',
    sentence: 'The index for shelter increased 0.5% in July and 0.4% in June.',
    expected: [
      { text: 'in July', value: '2024-07', grain: 'month', anchor: 'relative' },
      { text: 'in June', value: '2024-06', grain: 'month', anchor: 'relative' },
    ],
  },
  {
    published: '2024-09-11',
    sentence: 'The energy index increased 4.0% over the past 12 months.',
    expected: [{ text: 'over the past 12 months', value: 'P12M', grain: 'duration', anchor: 'relative' }],
  },
  // https://wealthx.com/daily-news/u-s-inflation-accelerated-in-august-as-gasoline-prices-jumped
  // published: assumed 2023-09-13, the Wednesday the August 2023 CPI was released
  {
    published: '2023-09-13',
    sentence: 'The consumer-price index, a closely watched inflation gauge, rose 0.6% in August from the prior month, the Labor Department reported Wednesday.',
    expected: [
      { text: 'in August', value: '2023-08', grain: 'month', anchor: 'relative' },
      { text: 'Wednesday', value: '2023-09-13', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2023-09-13',
    sentence: 'So-called core prices, which exclude volatile food and energy items, rose by a relatively mild 0.3% last month after even lower readings in June and July.',
    expected: [
      { text: 'last month', value: '2023-08', grain: 'month', anchor: 'relative' },
      { text: 'in June', value: '2023-06', grain: 'month', anchor: 'relative' },
      { text: 'July', value: '2023-07', grain: 'month', anchor: 'relative' },
    ],
  },
  // https://www.nccwashingtonreport.com/2022/09/16/inflation-remains-at-historic-highs-for-consumers-and-producers/
  {
    published: '2022-09-16',
    sentence: 'Over the last 12 months, the index has increased 8.3 percent, the fastest rise in the index since the early 1980s.',
    expected: [
      { text: 'Over the last 12 months', value: 'P12M', grain: 'duration', anchor: 'relative' },
      { text: 'since the early 1980s', value: '198', grain: 'decade', anchor: 'explicit' },
    ],
  },
  {
    published: '2022-09-16',
    sentence: 'These items all outpaced chicken, which was up 16.6 percent over the last year.',
    expected: [{ text: 'over the last year', value: 'P1Y', grain: 'duration', anchor: 'relative' }],
  },
  {
    published: '2022-09-16',
    sentence: 'That rise, which is down one percent from last month, is about in line with electricity, living room furniture, potatoes, ice cream, salt, and sugar.',
    expected: [{ text: 'from last month', value: '2022-08', grain: 'month', anchor: 'relative' }],
  },
  // https://mdm.com/news/strategy-research/research/bls-consumer-inflation-accelerated-in-august
  // published: assumed 2023-09-14, the day after the BLS release it cites
  {
    published: '2023-09-14',
    sentence: 'The Consumer Price Index rose 0.6% in August on a seasonally adjusted basis after increasing just 0.2% in July, the U.S. Bureau of Labor Statistics said Sept. 13.',
    expected: [
      { text: 'in August', value: '2023-08', grain: 'month', anchor: 'relative' },
      { text: 'in July', value: '2023-07', grain: 'month', anchor: 'relative' },
      { text: 'Sept. 13', value: '2023-09-13', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2023-09-14',
    sentence: 'Over the past 12 months, the all-items index increased 3.7% before seasonal adjustment, up from 3.2% in July.',
    expected: [
      { text: 'Over the past 12 months', value: 'P12M', grain: 'duration', anchor: 'relative' },
      { text: 'in July', value: '2023-07', grain: 'month', anchor: 'relative' },
    ],
  },
  {
    published: '2023-09-14',
    sentence: 'The energy index decreased 3.6% for the 12 months ending August, and the food index increased 4.3% over the last year.',
    expected: [
      { text: 'August', value: '2023-08', grain: 'month', anchor: 'relative' },
      { text: 'over the last year', value: 'P1Y', grain: 'duration', anchor: 'relative' },
    ],
  },
  // https://www.columbiatribune.com/story/business/2012/09/14/gas-costs-drive-up-consumer/21631609007/
  {
    published: '2012-09-14',
    sentence: 'WASHINGTON (AP) — More expensive gas drove up consumer prices in August by the most in three years.',
    expected: [{ text: 'in August', value: '2012-08', grain: 'month', anchor: 'relative' }],
  },
  {
    published: '2012-09-14',
    sentence: 'The Department of Labor said today that consumer prices rose a seasonally adjusted 0.6 percent last month, the first increase since March.',
    expected: [
      { text: 'today', value: '2012-09-14', grain: 'day', anchor: 'relative' },
      { text: 'last month', value: '2012-08', grain: 'month', anchor: 'relative' },
      { text: 'since March', value: '2012-03', grain: 'month', anchor: 'relative' },
    ],
  },
  {
    published: '2012-09-14',
    sentence: 'In the past 12 months, prices have increased 1.7 percent.',
    expected: [{ text: 'In the past 12 months', value: 'P12M', grain: 'duration', anchor: 'relative' }],
  },
  {
    published: '2012-09-14',
    sentence: "That's down from a peak of 3.9 percent in September 2011 and below the Fed's inflation target of 2 percent.",
    expected: [{ text: 'in September 2011', value: '2011-09', grain: 'month', anchor: 'explicit' }],
  },
  {
    published: '2012-09-14',
    sentence: 'Core consumer prices rose 1.9 percent in the past 12 months, the smallest annual increase in a year.',
    expected: [{ text: 'in the past 12 months', value: 'P12M', grain: 'duration', anchor: 'relative' }],
  },
  // https://breitbart.com/economy/2024/09/11/core-consumer-inflation-accelerates-pushed-up-by-soaring-housing-prices/amp
  {
    published: '2024-09-11',
    sentence: 'The Department of Labor said that core consumer prices, a metric that excludes food and energy prices, rose by 0.3 percent last month.',
    expected: [{ text: 'last month', value: '2024-08', grain: 'month', anchor: 'relative' }],
  },
  {
    published: '2024-09-11',
    sentence: 'Compared with a year ago, core inflation is up 3.2 percent.',
    expected: [{ text: 'a year ago', value: '2023', grain: 'year', anchor: 'relative' }],
  },
  {
    published: '2024-09-11',
    sentence: 'A key measure of consumer prices rose by more than expected in August, indicating an acceleration of inflation from a month earlier.',
    expected: [{ text: 'in August', value: '2024-08', grain: 'month', anchor: 'relative' }],
  },
  // https://www.680news.com/2020/09/11/us-consumer-prices-rose-0-4-in-august-as-energy-moderated/ (dated Sep 11, 2020)
  {
    published: '2020-09-11',
    sentence: 'WASHINGTON — U.S. consumer prices rose 0.4% in August as energy prices moderated after big gains in the previous two months.',
    expected: [
      { text: 'in August', value: '2020-08', grain: 'month', anchor: 'relative' },
      { text: 'in the previous two months', value: 'P2M', grain: 'duration', anchor: 'relative' },
    ],
  },
  {
    published: '2020-09-11',
    sentence: 'The Labor Department reported Friday that the August increase in the consumer price index followed a 0.6% jump in both July and June as prices rebounded following the virus-related shutdowns in earlier months.',
    expected: [
      { text: 'Friday', value: '2020-09-11', grain: 'day', anchor: 'relative' },
      { text: 'August', value: '2020-08', grain: 'month', anchor: 'relative' },
      { text: 'July', value: '2020-07', grain: 'month', anchor: 'relative' },
      { text: 'June', value: '2020-06', grain: 'month', anchor: 'relative' },
    ],
  },
  {
    published: '2020-09-11',
    sentence: 'The slowdown in August inflation reflected moderation in energy costs, which were up 0.9% last month following gains of 5.1% n June and 2.5% in July.',
    expected: [
      { text: 'in August', value: '2020-08', grain: 'month', anchor: 'relative' },
      { text: 'last month', value: '2020-08', grain: 'month', anchor: 'relative' },
      { text: 'June', value: '2020-06', grain: 'month', anchor: 'relative' },
      { text: 'in July', value: '2020-07', grain: 'month', anchor: 'relative' },
    ],
  },
  {
    published: '2020-09-11',
    sentence: 'Food costs edged up a modest 0.1% in August after having fallen 0.4% in July.',
    expected: [
      { text: 'in August', value: '2020-08', grain: 'month', anchor: 'relative' },
      { text: 'in July', value: '2020-07', grain: 'month', anchor: 'relative' },
    ],
  },
  {
    published: '2020-09-11',
    sentence: 'Core inflation, which excludes the volatile food and energy components, rose 0.4% in August and 1.7% over the past 12 months.',
    expected: [
      { text: 'in August', value: '2020-08', grain: 'month', anchor: 'relative' },
      { text: 'over the past 12 months', value: 'P12M', grain: 'duration', anchor: 'relative' },
    ],
  },
  // https://thehill.com/policy/finance/249750-economy-grew-23-percent-in-second-quarter
  // published: assumed 2015-07-30, the Thursday of the Q2 2015 advance estimate
  {
    published: '2015-07-30',
    sentence: 'The new numbers reported Thursday by the Department of Commerce are a bit lower than what economists expected, but show a rebound from the dismal first quarter of the year.',
    expected: [
      { text: 'Thursday', value: '2015-07-30', grain: 'day', anchor: 'relative' },
      { text: 'first quarter', value: '2015-Q1', grain: 'quarter', anchor: 'relative' },
    ],
  },
  {
    published: '2015-07-30',
    sentence: 'In fact, first-quarter numbers were revised upward to show that the economy actually did grow somewhat, by 0.6 percent.',
    expected: [{ text: 'first-quarter', value: '2015-Q1', grain: 'quarter', anchor: 'relative' }],
  },
  {
    published: '2015-07-30',
    sentence: 'Thursday’s second-quarter numbers were the first government estimate for second-quarter growth, and will be revised twice more.',
    expected: [
      { text: 'Thursday', value: '2015-07-30', grain: 'day', anchor: 'relative' },
      { text: 'second-quarter', value: '2015-Q2', grain: 'quarter', anchor: 'relative' },
      { text: 'second-quarter', value: '2015-Q2', grain: 'quarter', anchor: 'relative' },
    ],
  },
  {
    published: '2015-07-30',
    sentence: 'The Fed announced Wednesday that it would be keeping rates near zero, but also indicated that it was still on track for an interest rate hike sometime later this year.',
    expected: [
      { text: 'Wednesday', value: '2015-07-29', grain: 'day', anchor: 'relative' },
      { text: 'later this year', value: '2015', grain: 'year', anchor: 'relative' },
    ],
  },
  // https://www.moneycontrol.com/news/world/us-economy-posts-surprise-2-4-growth-in-second-quarter-11044181.html (dated 2023-07-27)
  {
    published: '2023-07-27',
    sentence: 'The US economy defied expectations to see growth pick up in the second quarter this year, according to government data released Thursday, helped partly by consumer spending and some forms of investment.',
    expected: [
      { text: 'in the second quarter this year', value: '2023-Q2', grain: 'quarter', anchor: 'relative' },
      { text: 'Thursday', value: '2023-07-27', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2023-07-27',
    sentence: "GDP growth in the world's biggest economy came in at an annual rate of 2.4 percent for the April-June period, above analyst expectations and rising from the two percent rate in the first three months of 2023.",
    expected: [
      { text: 'April-June', value: '2023-Q2', grain: 'quarter', anchor: 'relative' },
      { text: '2023', value: '2023', grain: 'year', anchor: 'explicit' },
    ],
  },
  // https://www.corpmagazine.com/?p=102978
  // published: assumed 2024-07-25, the Thursday of the Q2 2024 advance estimate
  {
    published: '2024-07-25',
    sentence: 'The U.S. economy grew at a 2.8 percent annualized rate in the second quarter, capping two years of solid expansion, despite some signs of softening.',
    expected: [{ text: 'in the second quarter', value: '2024-Q2', grain: 'quarter', anchor: 'relative' }],
  },
  {
    published: '2024-07-25',
    sentence: 'On Thursday, President Biden used the solid report to enhance his economic message, touting nearly 16 million new jobs, wage gains and low unemployment during his presidency.',
    expected: [{ text: 'On Thursday', value: '2024-07-25', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2024-07-25',
    sentence: '“Today’s GDP report makes clear we now have the strongest economy in the world,” he said in a statement.',
    expected: [{ text: 'Today', value: '2024-07-25', grain: 'day', anchor: 'relative' }],
  },
  // http://www.professionalroofing.net/News/Details/443 (dated 7/30/2014)
  {
    published: '2014-07-30',
    sentence: 'The revisions showed that growth was slightly faster in 2013 than previously thought; however, the government said growth in 2011 and 2012 was slightly lower than previously estimated.',
    expected: [
      { text: 'in 2013', value: '2013', grain: 'year', anchor: 'explicit' },
      { text: 'in 2011', value: '2011', grain: 'year', anchor: 'explicit' },
      { text: '2012', value: '2012', grain: 'year', anchor: 'explicit' },
    ],
  },
  {
    published: '2014-07-30',
    sentence: 'The new figures showed growth of 2.2 percent in 2013; 2.3 percent in 2012; and 1.6 percent in 2011.',
    expected: [
      { text: 'in 2013', value: '2013', grain: 'year', anchor: 'explicit' },
      { text: 'in 2012', value: '2012', grain: 'year', anchor: 'explicit' },
      { text: 'in 2011', value: '2011', grain: 'year', anchor: 'explicit' },
    ],
  },
  {
    published: '2014-07-30',
    sentence: 'He also believes growth could accelerate to higher than 4 percent in 2015.',
    expected: [{ text: 'in 2015', value: '2015', grain: 'year', anchor: 'explicit' }],
  },
  {
    published: '2014-07-30',
    sentence: 'The second-quarter figure is up compared with the first quarter, when GDP decreased 2.1 percent.',
    expected: [
      { text: 'The second-quarter', value: '2014-Q2', grain: 'quarter', anchor: 'relative' },
      { text: 'the first quarter', value: '2014-Q1', grain: 'quarter', anchor: 'relative' },
    ],
  },
  // https://pws.io/us-economy-expands-by-3-in-q2-surpasses-earlier-estimates-jobless-claims-little-moved-last-week/amp
  // published: assumed 2024-08-29, the Thursday of the second Q2 2024 estimate
  {
    published: '2024-08-29',
    sentence: 'In a separate report released Thursday, initial jobless claims for the week ending Aug. 24 came in slightly below expectations, suggesting some improvement in labor market conditions.',
    expected: [
      { text: 'Thursday', value: '2024-08-29', grain: 'day', anchor: 'relative' },
      { text: 'Aug. 24', value: '2024-08-24', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2024-08-29',
    sentence: "The U.S. economy expanded by a robust 3% in the second quarter, a significant acceleration from the 1.4% growth seen in the first quarter and representing an upward revision from the government's initial estimates.",
    expected: [
      { text: 'in the second quarter', value: '2024-Q2', grain: 'quarter', anchor: 'relative' },
      { text: 'in the first quarter', value: '2024-Q1', grain: 'quarter', anchor: 'relative' },
    ],
  },
  // https://www.foxbusiness.com/economy/us-economy-grew-3-second-quarter-line-expectations
  // published: assumed 2024-08-29, the day of the second Q2 2024 estimate
  {
    published: '2024-08-29',
    sentence: 'That comes after the economy grew 3.4% in the fourth quarter of 2023.',
    expected: [{ text: 'in the fourth quarter of 2023', value: '2023-Q4', grain: 'quarter', anchor: 'explicit' }],
  },
  {
    published: '2024-08-29',
    sentence: 'Economists polled by LSEG projected an annual growth rate of 3% in the second quarter, after the second advance read came in at 2.8% in July.',
    expected: [
      { text: 'in the second quarter', value: '2024-Q2', grain: 'quarter', anchor: 'relative' },
      { text: 'in July', value: '2024-07', grain: 'month', anchor: 'relative' },
    ],
  },
  // https://thepoliticreview.com/gdp-grew-at-a-faster-than-expected-3-8-this-spring/amp/?noamp=mobile
  // published: assumed 2025-09-25, the Thursday of the third Q2 2025 estimate
  {
    published: '2025-09-25',
    sentence: 'The U.S. economy grew at a faster pace in the second quarter than was earlier estimated, the U.S. government said Thursday.',
    expected: [
      { text: 'in the second quarter', value: '2025-Q2', grain: 'quarter', anchor: 'relative' },
      { text: 'Thursday', value: '2025-09-25', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2025-09-25',
    sentence: 'Gross domestic product—the government’s broad measure of economic output—grew at a 3.8 percent annual rate from April through June in Commerce’s third estimate.',
    expected: [
      { text: 'from April', value: '2025-04', grain: 'month', anchor: 'relative' },
      { text: 'through June', value: '2025-06', grain: 'month', anchor: 'relative' },
    ],
  },
  // https://arabstoday.net/en/amp/90/us-economy-grows-37-in-second-quarter
  // published: assumed 2015-08-27, the Thursday of the second Q2 2015 estimate
  {
    published: '2015-08-27',
    sentence: 'The U.S. Commerce Department on Thursday revised up its estimate for the real gross domestic product (GDP) in the second quarter to a growth of 3.7 percent, much higher than a growth of 0.6 percent in the first quarter.',
    expected: [
      { text: 'on Thursday', value: '2015-08-27', grain: 'day', anchor: 'relative' },
      { text: 'in the second quarter', value: '2015-Q2', grain: 'quarter', anchor: 'relative' },
      { text: 'in the first quarter', value: '2015-Q1', grain: 'quarter', anchor: 'relative' },
    ],
  },
  {
    published: '2015-08-27',
    sentence: 'Despite the sound momentum in the second quarter, a volatile financial market may dampen the growth prospect in the third quarter.',
    expected: [
      { text: 'in the second quarter', value: '2015-Q2', grain: 'quarter', anchor: 'relative' },
      { text: 'in the third quarter', value: '2015-Q3', grain: 'quarter', anchor: 'relative' },
    ],
  },
  {
    published: '2015-08-27',
    sentence: "Mark Zandi, chief economist at Moody's Analytics, expects the economy will slow to a growth of about 2.8 percent in the third quarter but accelerate to a 3.5 percent growth in the fourth quarter, if the recent market turbulence does not have lasting damage on the economy.",
    expected: [
      { text: 'in the third quarter', value: '2015-Q3', grain: 'quarter', anchor: 'relative' },
      { text: 'in the fourth quarter', value: '2015-Q4', grain: 'quarter', anchor: 'relative' },
    ],
  },
  // http://www.reuters.com/article/us-southwest-airlines-results-idUSKCN0SG15W20151022 (dated 2015-10-22)
  {
    published: '2015-10-22',
    sentence: '(Reuters) - Southwest Airlines Co (LUV.N) on Thursday reported third-quarter profit that topped analysts’ expectations, and forecast that unit revenue would rise in the fourth quarter year-over-year, bucking a months-long decline in the metric.',
    expected: [
      { text: 'on Thursday', value: '2015-10-22', grain: 'day', anchor: 'relative' },
      { text: 'third-quarter', value: '2015-Q3', grain: 'quarter', anchor: 'relative' },
      { text: 'in the fourth quarter', value: '2015-Q4', grain: 'quarter', anchor: 'relative' },
    ],
  },
  {
    published: '2015-10-22',
    sentence: 'The U.S. budget carrier earned $584 million in the third quarter, a nearly 78 percent rise over the year prior.',
    expected: [{ text: 'in the third quarter', value: '2015-Q3', grain: 'quarter', anchor: 'relative' }],
  },
  {
    published: '2015-10-22',
    sentence: 'Southwest Airlines planes are seen in front of the Las Vegas strip, Nevada, United States in this April 23, 2015, file photo.',
    expected: [{ text: 'April 23, 2015', value: '2015-04-23', grain: 'day', anchor: 'explicit' }],
  },
  // https://www.business-standard.com/article/companies/indusind-bank-q3-profit-rises-5-from-rs-936-crore-to-rs-985-crore-119010900520_1.html
  // published: assumed 2019-01-09 (from the address)
  {
    published: '2019-01-09',
    sentence: 'Net profit was Rs 9.85 billion ($139.65 million) for the quarter ended Dec. 31, compared with Rs 9.36 billion a year earlier, the bank said.',
    expected: [{ text: 'Dec. 31', value: '2018-12-31', grain: 'day', anchor: 'relative' }],
  },
  // https://www.businesstimes.com.sg/companies-markets/haw-par-net-profit-up-43-in-q3
  // published: assumed 2010-11-12 (third-quarter results; the year is not shown on the page)
  {
    published: '2010-11-12',
    sentence: 'Revenue in the three months ended Sept 30 rose 14.2 per cent to S$61 million, on the back of higher sales of healthcare products in Asia.',
    expected: [{ text: 'Sept 30', value: '2010-09-30', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2010-11-12',
    sentence: 'Earnings per share was 25.9 Singapore cents, up from a restated 18.2 cents in the third quarter last year.',
    expected: [{ text: 'in the third quarter last year', value: '2009-Q3', grain: 'quarter', anchor: 'relative' }],
  },
  {
    published: '2010-11-12',
    sentence: 'Net asset value per share was S$14.29 as at Sept 30, up from a restated S$13.98 as at Dec 31 last year.',
    expected: [
      { text: 'Sept 30', value: '2010-09-30', grain: 'day', anchor: 'relative' },
      { text: 'Dec 31 last year', value: '2009-12-31', grain: 'day', anchor: 'relative' },
    ],
  },
  // https://talk103fm.com/category/business/page/724 (Reuters)
  // published: assumed 2022-09-28, the Wednesday after the UK "mini-budget" of Friday 2022-09-23
  {
    published: '2022-09-28',
    sentence: 'LONDON (Reuters) -The International Monetary Fund and ratings agency Moody’s ramped up pressure on Britain to reverse a new economic strategy that was roiling financial markets for a fourth day on Wednesday and has sparked growing alarm about the UK housing market.',
    expected: [{ text: 'on Wednesday', value: '2022-09-28', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2022-09-28',
    sentence: 'The value of the pound and British bonds have collapsed since Friday, when finance minister Kwasi Kwarteng laid out his plans to boost economic growth, forcing the Bank of England to signal a “significant” rate hike ahead.',
    expected: [{ text: 'since Friday', value: '2022-09-23', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2022-09-28',
    sentence: 'In mid-morning London trading on Wednesday the pound was down 0.4% at $1.0688, 30-year government bond yields pushed past 5% to hit a 20-year high, and bond strategists warned that markets were becoming close to untradeable due to volatility.',
    expected: [{ text: 'on Wednesday', value: '2022-09-28', grain: 'day', anchor: 'relative' }],
  },
  // https://headlinescurator.com/tag/brxt/page/3/?amp (Reuters, dateline Sept 28; 2021: the UK fuel crisis)
  {
    published: '2021-09-28',
    sentence: 'LONDON, Sept 28 (Reuters) – British drivers expressed frustration on Tuesday as they hunted for hours or sat snarled in queues to fill their tanks after gas stations in major cities ran dry due to a trucker shortage that has prompted the government to put the army on standby.',
    expected: [
      { text: 'Sept 28', value: '2021-09-28', grain: 'day', anchor: 'relative' },
      { text: 'on Tuesday', value: '2021-09-28', grain: 'day', anchor: 'relative' },
    ],
  },
  // http://newspapersbystate.com/page/3/ (Reuters, dated March 4, 2018 and March 1, 2018)
  {
    published: '2018-03-04',
    sentence: 'WASHINGTON (Reuters) – U.S. President Donald Trump has spoken to world leaders about his planned tariff hike on steel and aluminum and is not considering any exemptions to the measure, Commerce Secretary Wilbur Ross said on Sunday.',
    expected: [{ text: 'on Sunday', value: '2018-03-04', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2018-03-04',
    sentence: 'U.S. President Donald Trump listens to reporters as walks with first lady Melania Trump on South Lawn of the White House upon their return to Washington, U.S., from Palm Beach, Florida, March 3, 2018.',
    expected: [{ text: 'March 3, 2018', value: '2018-03-03', grain: 'day', anchor: 'explicit' }],
  },
  {
    published: '2018-03-01',
    sentence: 'GENEVA (Reuters) – A Russian plan for a five-hour pause in fighting in Syria’s eastern Ghouta needs to be expanded to allow aid deliveries to enter and civilians and medical cases to leave, United Nations officials said on Thursday.',
    expected: [{ text: 'on Thursday', value: '2018-03-01', grain: 'day', anchor: 'relative' }],
  },

  // --- sport ----------------------------------------------------------------------------------
  // https://nba.com/news/giannis-antetokounmpo-nikola-jokic-among-top-4th-quarter-and-overtime-scorers
  // published: assumed 2022-03-08, two days after the games "through Sunday, March 6"
  {
    published: '2022-03-08',
    sentence: 'Let’s rewind back to Sunday night in Denver when the Nuggets hosted the Pelicans.',
    expected: [{ text: 'Sunday', value: '2022-03-06', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2022-03-08',
    sentence: 'Through games played on Sunday, March 6, Jokic ranks 12th in the league in overall scoring (25.8 ppg) and 18th in fourth-quarter scoring (5.6 ppg) with a minimum of 30 games played.',
    expected: [{ text: 'on Sunday, March 6', value: '2022-03-06', grain: 'day', anchor: 'relative' }],
  },
  {
    // a season "1976-77" is dated by the year it starts in
    published: '2022-03-08',
    sentence: 'No other player has hit those marks in a game going all the way back to 1976-77 when steals and blocks became official stats.',
    expected: [{ text: '1976', value: '1976', grain: 'year', anchor: 'explicit' }],
  },
  // https://ktvz.com/sports/ap-national-sports/2022/12/04/cowboys-score-33-points-in-4th-quarter-rout-colts-54-19/ (dated 2022-12-04)
  {
    published: '2022-12-04',
    sentence: 'The Cowboys had their highest-scoring quarter since at least 1991.',
    expected: [{ text: '1991', value: '1991', grain: 'year', anchor: 'explicit' }],
  },
  // https://www.raptorshq.com/2014/12/23/7439817/the-raptors-allowed-49-points-in-the-fourth-quarter-to-the-bulls-last
  {
    published: '2014-12-23',
    sentence: 'In case you missed it, the Raptors allowed 49 points to the Bulls last night in the fourth quarter.',
    expected: [{ text: 'last night', value: '2014-12-22', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2014-12-23',
    sentence: 'The record for most points scored in the fourth quarter for one team belongs to the Buffalo Braves, who outscored the Boston Celtics 58-23 in the fourth in a game on October 20, 1972.',
    expected: [{ text: 'on October 20, 1972', value: '1972-10-20', grain: 'day', anchor: 'explicit' }],
  },
  {
    published: '2014-12-23',
    sentence: 'On February 8, 2004, the Golden State Warriors scored just two points in the final 12 minutes, as Toronto came back from a 16-point deficit to win in overtime.',
    expected: [{ text: 'On February 8, 2004', value: '2004-02-08', grain: 'day', anchor: 'explicit' }],
  },
  {
    published: '2014-12-23',
    sentence: 'By the way, most points between two teams in the fourth quarter is 99 in a 1984 game when the Spurs outscored the Nuggets 53-46.',
    expected: [{ text: '1984', value: '1984', grain: 'year', anchor: 'explicit' }],
  },
  // http://www.espn.com/blog/elias-says/post/_/id/1722/elias-says-december-1-2017 (dated 2017-12-01)
  {
    published: '2017-12-01',
    sentence: 'The last NFL game, regular-season or postseason, in which at least 50 combined points were scored with none coming in either the first or third quarter was Super Bowl XXXVIII in February 2004, when the Patriots defeated the Panthers, 32–29 in Houston.',
    expected: [{ text: 'in February 2004', value: '2004-02', grain: 'month', anchor: 'explicit' }],
  },
  {
    published: '2017-12-01',
    sentence: 'Alfred Morris, in his second season with Dallas, notched his first 100-yard rushing for the team, running for 127 in the Cowboys’ win on Thursday.',
    expected: [{ text: 'on Thursday', value: '2017-11-30', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2017-12-01',
    sentence: 'Morris ran for 100+ yards in a game 13 times, including three times against Dallas, over his four seasons with Washington (2012 to 2015).',
    expected: [
      { text: '2012', value: '2012', grain: 'year', anchor: 'explicit' },
      { text: '2015', value: '2015', grain: 'year', anchor: 'explicit' },
    ],
  },
  {
    published: '2017-12-01',
    sentence: 'It’s the fifth time that James has fashioned as long a streak (including spanning seasons), the first of which started in December 2011.',
    expected: [{ text: 'in December 2011', value: '2011-12', grain: 'month', anchor: 'explicit' }],
  },
  {
    published: '2017-12-01',
    sentence: 'Both Irving and Horford made four of five shots from the floor in the first period Thursday.',
    expected: [{ text: 'Thursday', value: '2017-11-30', grain: 'day', anchor: 'relative' }],
  },
  // https://www.mykhel.com/more-sports/nba-paul-george-comeback-thunder-nets-25-fourth-quarter-points-105206.html
  // (first published Thursday, December 6, 2018)
  {
    published: '2018-12-06',
    sentence: 'Los Angeles, December 6: Oklahoma City Thunder star Paul George almost single handedly beat the Brooklyn Nets in NBA on Wednesday (December 5).',
    expected: [
      { text: 'December 6', value: '2018-12-06', grain: 'day', anchor: 'relative' },
      { text: 'on Wednesday', value: '2018-12-05', grain: 'day', anchor: 'relative' },
      { text: 'December 5', value: '2018-12-05', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2018-12-06',
    sentence: 'The 25 points is the most any Thunder player has scored in any quarter since the franchise moved to OKC in 2008-09.',
    expected: [{ text: 'in 2008', value: '2008', grain: 'year', anchor: 'explicit' }],
  },
  // https://hs.utpreps.com/news_article/show/958640 (no date on the page: published unknown)
  {
    published: null,
    sentence: 'After early-season frustrations in the final stanza, the Pointers scored 21 fourth-quarter points to come from behind and down host Lincoln 33-20 in a Western League matchup Friday night, spoiling homecoming for the Hornets.',
    expected: [{ text: 'Friday', value: null, grain: 'day', anchor: 'unresolved' }],
  },
  // https://secure-www.cbssports.com/nba/news/nba-playoffs-scores-highlights-wolves-complete-the-sweep-over-suns-knicks-take-3-1-lead-over-76ers/live/
  // published: assumed 2024-04-29, the Monday after "Sunday, April 28"
  {
    published: '2024-04-29',
    sentence: 'The 2024 NBA playoffs stormed back into action Sunday with eight teams competing in Game 4s.',
    expected: [
      { text: '2024', value: '2024', grain: 'year', anchor: 'explicit' },
      { text: 'Sunday', value: '2024-04-28', grain: 'day', anchor: 'relative' },
    ],
  },
  // https://www.bworldonline.com/page/3245/?cat=jp
  // published: assumed 2023-08-22, the Tuesday before the Wednesday semifinal, four days after the
  // Leagues Cup final of Saturday 2023-08-19
  {
    published: '2023-08-22',
    sentence: 'LIONEL MESSI and Inter Miami will play in a major semifinal for the second time in eight days when they visit FC Cincinnati on Wednesday night in the US Open Cup.',
    expected: [{ text: 'on Wednesday', value: '2023-08-23', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2023-08-22',
    sentence: 'Mr. Messi and the Herons will be only four days removed from their remarkable run to win the inaugural 2023 Leagues Cup, defeating Nashville SC on penalties following a 1-1 draw in Saturday night’s final.',
    expected: [
      { text: '2023', value: '2023', grain: 'year', anchor: 'explicit' },
      { text: 'Saturday', value: '2023-08-19', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2023-08-22',
    sentence: '“We said that at some point he would have to rest because of the load of minutes played,” Martino told reporters Monday, according to a translation from ESPN FC.',
    expected: [{ text: 'Monday', value: '2023-08-21', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2023-08-22',
    sentence: 'Despite a heavy workload for Mr. Messi, Herons manager Tata Martino says the Argentine superstar will still be in the starting lineup Wednesday.',
    expected: [{ text: 'Wednesday', value: '2023-08-23', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2023-08-22',
    sentence: 'They have taken an impressive 34 out of 36 points possible in 12 home league games, being held to a draw only by New England on July 1.',
    expected: [{ text: 'on July 1', value: '2023-07-01', grain: 'day', anchor: 'relative' }],
  },

  // --- disasters (continued) ------------------------------------------------------------------
  // https://theepochtimes.com/us/flash-flood-emergency-hits-arkansas-after-10-inches-of-rain-weather-service-says-5688469
  // published: assumed 2024-07-17, the Wednesday of the Ozarks floods (two days after the Chicago
  // tornadoes of Monday night 2024-07-15)
  {
    published: '2024-07-17',
    sentence: 'Widespread flash flooding occurred across Arkansas and Missouri on Wednesday, and evacuations were taking place after a significant amount of rain fell in several hours, federal weather forecasters said.',
    expected: [{ text: 'on Wednesday', value: '2024-07-17', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2024-07-17',
    sentence: 'Earlier Wednesday, flash flood warnings were also issued for parts of southeastern Kansas, southern Missouri, and other areas in Arkansas.',
    expected: [{ text: 'Wednesday', value: '2024-07-17', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2024-07-17',
    sentence: 'Outside of the Ozarks, several areas in upstate New York after a storm hit the region on Tuesday with heavy winds and lightning.',
    expected: [{ text: 'on Tuesday', value: '2024-07-16', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2024-07-17',
    sentence: 'This week’s severe weather struck the Chicago area especially hard.',
    expected: [{ text: 'This week', value: '2024-W29', grain: 'week', anchor: 'relative' }],
  },
  {
    published: '2024-07-17',
    sentence: 'The weather service said it confirmed 17 tornadoes hit northern Illinois and northwestern Indiana, including 11 during a single stretch of extraordinary storms Monday night.',
    expected: [{ text: 'Monday', value: '2024-07-15', grain: 'day', anchor: 'relative' }],
  },
  // https://celebcafe.org/?p=171489
  // published: assumed 2015-10-25, the Sunday after Patricia's remnants flooded Texas
  {
    published: '2015-10-25',
    sentence: 'Multiple water rescues were reported in Corsicana, Texas, over the weekend.',
    expected: [{ text: 'over the weekend', value: '2015-W43-WE', grain: 'week', anchor: 'relative' }],
  },
  {
    published: '2015-10-25',
    sentence: 'The storms over the past two days drenched a large swath from south of Dallas to the southeast coast, triggering flash flooding in Navarro County, about 50 miles (80 km) south of Dallas, on Saturday.',
    expected: [
      { text: 'over the past two days', value: 'P2D', grain: 'duration', anchor: 'relative' },
      { text: 'on Saturday', value: '2015-10-24', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2015-10-25',
    sentence: 'Dallas was in the thick of it Saturday, getting about eight inches (20cm) of rain in 24 hours.',
    expected: [{ text: 'Saturday', value: '2015-10-24', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2015-10-25',
    sentence: 'A homeless man is missing in San Antonio after floodwaters swept him away while he was trying to save a dog early Saturday morning.',
    expected: [{ text: 'Saturday', value: '2015-10-24', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2015-10-25',
    sentence: 'Flash flood warnings and watches were still in effect early Sunday but expired as the storm moved eastward into the afternoon.',
    expected: [{ text: 'Sunday', value: '2015-10-25', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2015-10-25',
    sentence: 'After a long stretch of dry weather, the final week of October is going to bring a few good rain to the area, though by the end of the week we’ll see a return to sunny skies.',
    expected: [{ text: 'October', value: '2015-10', grain: 'month', anchor: 'relative' }],
  },
  // https://yoopya.com/amp/news/world/two-dead-as-south-central-u-s-storms-force-evacuations (Reuters; photo dated May 24, 2015)
  {
    published: '2015-05-24',
    sentence: 'Two people were killed in flash flooding and severe storms in Texas and Oklahoma that forced evacuations and rooftop rescues and left thousands without power, officials said on Sunday.',
    expected: [{ text: 'on Sunday', value: '2015-05-24', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2015-05-24',
    sentence: 'Department of Public Safety Trooper Marcus Gonzales walks on the Highway 12 bridge over the Blanco River which was blocked by large trees after flooding in Wimberly, Texas, United States May 24, 2015.',
    expected: [{ text: 'May 24, 2015', value: '2015-05-24', grain: 'day', anchor: 'explicit' }],
  },
  {
    published: '2015-05-24',
    sentence: 'Flash flooding remained a threat on Sunday from central Iowa into southern Texas, where the heaviest rainfall was expected, the NWS said.',
    expected: [{ text: 'on Sunday', value: '2015-05-24', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2015-05-24',
    sentence: 'As much as 3 inches of rain could fall in east central Texas on Monday, and possibly more in certain areas, the NWS said.',
    expected: [{ text: 'on Monday', value: '2015-05-25', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2015-05-24',
    sentence: 'He said soil was saturated from heavy rainfall over the past three weeks.',
    expected: [{ text: 'over the past three weeks', value: 'P3W', grain: 'duration', anchor: 'relative' }],
  },
  {
    published: '2015-05-24',
    sentence: 'More than 1,000 people were rescued or evacuated from 400 homes, county officials reported on Sunday.',
    expected: [{ text: 'on Sunday', value: '2015-05-24', grain: 'day', anchor: 'relative' }],
  },
  // https://www.cbc.bb/news/international-news/over-220-people-rescued-during-texas-floods/ (CNN, dated May 5, 2024)
  {
    published: '2024-05-05',
    sentence: '(CNN) — At least 224 people have been rescued from homes and vehicles in Harris County, Texas, an official said Saturday night, with more rain expected over the weekend in the wake of strong storms and downpours that damaged homes and triggered evacuations.',
    expected: [
      { text: 'Saturday', value: '2024-05-04', grain: 'day', anchor: 'relative' },
      { text: 'over the weekend', value: '2024-W18-WE', grain: 'week', anchor: 'relative' },
    ],
  },
  {
    published: '2024-05-05',
    sentence: '“It’s been really sad to see the impact of people’s livelihoods, homes, infrastructure as well as just the public infrastructure,” Hidalgo told CNN Saturday.',
    expected: [{ text: 'Saturday', value: '2024-05-04', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2024-05-05',
    sentence: 'Most of the weekend rain will fall over western and central Texas, but a chance of heavier rain returns for the greater Houston area on Sunday.',
    expected: [{ text: 'on Sunday', value: '2024-05-05', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2024-05-05',
    sentence: 'This week’s storms were just the latest in a series of brutal weather events that have pounded the state since early April.',
    expected: [
      { text: 'This week', value: '2024-W18', grain: 'week', anchor: 'relative' },
      { text: 'since early April', value: '2024-04', grain: 'month', anchor: 'relative' },
    ],
  },
  {
    published: '2024-05-05',
    sentence: 'Dozens of tornadoes have hit from the Panhandle to the Gulf Coast, some areas of the state have been pounded with softball-sized hail and months of rain has fallen in East Texas in intense spurts, causing rivers to rise to levels not seen since the devastating floods of Hurricane Harvey in 2017.',
    expected: [{ text: 'in 2017', value: '2017', grain: 'year', anchor: 'explicit' }],
  },
  // https://gadgetgrapevine.com/be-alert-flash-flood-warnings-remain-in-effect-through-early-morning/ (no date: published unknown)
  {
    published: null,
    sentence: 'Heavy rain and storms that rolled through the region yesterday have left authorities scrambling to contain potential flash floods.',
    expected: [{ text: 'yesterday', value: null, grain: 'day', anchor: 'unresolved' }],
  },
  // https://since911.com/explore/terrorism-timeline (no date: published unknown; explicit dates still resolve)
  {
    published: null,
    sentence: 'The Dublin and Monaghan bombings of 17 May 1974 were a series of coordinated terrorist attacks in Dublin and Monaghan, Ireland.',
    expected: [{ text: '17 May 1974', value: '1974-05-17', grain: 'day', anchor: 'explicit' }],
  },
  {
    published: null,
    sentence: 'The Munich massacre was an attack during the 1972 Summer Olympics in Munich, West Germany, at which eleven Israeli Olympic team members were taken hostage and eventually killed, along with a German police officer, by the Palestinian terrorist group Black September.',
    expected: [{ text: '1972', value: '1972', grain: 'year', anchor: 'explicit' }],
  },
  // https://stevenulty.wordpress.com/2017/08/18/friday-18-august-2017-van-terror-attacks-in-spain-and-knife-attack-in-finland-against-so-called-soft-targets/
  {
    published: '2017-08-18',
    sentence: 'These targets are usually areas where the public gather in large numbers – shopping malls, theatres, stadiums, arenas or, in the case of the three attacks today and yesterday, simply on the street.',
    expected: [
      { text: 'today', value: '2017-08-18', grain: 'day', anchor: 'relative' },
      { text: 'yesterday', value: '2017-08-17', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2017-08-18',
    sentence: 'The attack in Finland today, which I’ll discuss later in the post, is a classic example.',
    expected: [{ text: 'today', value: '2017-08-18', grain: 'day', anchor: 'relative' }],
  },
  // https://kmhouseindia.blogspot.com/2016/07/terrifying-map-shows-how-443-victims.html (line breaks as on the page)
  // published: assumed 2016-07-26, the day of the Rouen priest murder it reports
  {
    published: '2016-07-26',
    sentence: 'In\n2014, four people were killed in a deadly attack in Brussels, in 2015 a\nstaggering 267 people were slain in atrocities across the continent and\nso far, in 2016, 172 have died in terrifying attacks.',
    expected: [
      { text: 'In\n2014', value: '2014', grain: 'year', anchor: 'explicit' },
      { text: 'in 2015', value: '2015', grain: 'year', anchor: 'explicit' },
      { text: 'in 2016', value: '2016', grain: 'year', anchor: 'explicit' },
    ],
  },
  {
    published: '2016-07-26',
    sentence: 'A spate of deadly attacks across Europe over the past two years have left many citizens living in fear.',
    expected: [{ text: 'over the past two years', value: 'P2Y', grain: 'duration', anchor: 'relative' }],
  },
  {
    published: '2016-07-26',
    sentence: 'This map shows the number of deaths in each city in terror-related\nattacks since 2014.',
    expected: [{ text: 'since 2014', value: '2014', grain: 'year', anchor: 'explicit' }],
  },
  // http://qatartoday.online/the-year-that-was-terror-attacks/ (December 2017 - January 2018 issue)
  // published: assumed 2017-12-15
  {
    published: '2017-12-15',
    sentence: 'Not even three months after the Westminster attack, a van went off the road onto the pavement of London Bridge, killing three pedestrians and injuring many others on June 3.',
    expected: [{ text: 'on June 3', value: '2017-06-03', grain: 'day', anchor: 'relative' }],
  },

  // --- courts (continued) ---------------------------------------------------------------------
  // https://israelnationalnews.com/news/375293
  // published: assumed 2023-08-08, the Tuesday Judge Chutkan set the hearing
  {
    published: '2023-08-08',
    sentence: 'A federal judge on Tuesday scheduled a hearing for Friday on prosecutors’ request for a protective order in the criminal election case against former US President Donald Trump, CNBC reports.',
    expected: [
      { text: 'on Tuesday', value: '2023-08-08', grain: 'day', anchor: 'relative' },
      { text: 'Friday', value: '2023-08-11', grain: 'day', anchor: 'relative' },
    ],
  },
  {
    published: '2023-08-08',
    sentence: 'The former President appeared at Washington’s federal courthouse last Thursday, where he pleaded not guilty.',
    expected: [{ text: 'last Thursday', value: '2023-08-03', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2023-08-08',
    sentence: 'Earlier Tuesday, Trump’s lawyers and Smith’s prosecutors in a joint notice in court to the judge detailed their availability for the hearing.',
    expected: [{ text: 'Tuesday', value: '2023-08-08', grain: 'day', anchor: 'relative' }],
  },
  // https://telegraph247.com/news/hearing-on-classified-trump-documents-and-closing-arguments-in-the-fani-willis-case
  // published: assumed 2024-03-01, the Friday of both hearings
  {
    published: '2024-03-01',
    sentence: 'Two key hearings today could have big implications for former President Donald Trump and the criminal charges he faces for his actions surrounding the 2020 election and for withholding classified information after leaving office.',
    expected: [
      { text: 'today', value: '2024-03-01', grain: 'day', anchor: 'relative' },
      { text: '2020', value: '2020', grain: 'year', anchor: 'explicit' },
    ],
  },
  {
    published: '2024-03-01',
    sentence: "Special counsel Jack Smith and Trump's lawyers proposed moving the trial later to the summer in court papers filed Thursday.",
    expected: [{ text: 'Thursday', value: '2024-02-29', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2024-03-01',
    sentence: 'Smith said he believes Trump and his two co-defendants, Walt Nauta and Carlos De Oliviera, should go to trial on July 8, 2024.',
    expected: [{ text: 'on July 8, 2024', value: '2024-07-08', grain: 'day', anchor: 'explicit' }],
  },
  {
    published: '2024-03-01',
    sentence: "For Friday's hearing on the documents case, scheduled for 10 a.m. ET, Cannon told both sides to be ready to discuss several legal issues, including whether the names of witnesses, FBI agents and others involved in the initial investigation should be omitted from Trump's office documents.",
    expected: [{ text: 'Friday', value: '2024-03-01', grain: 'day', anchor: 'relative' }],
  },
  // https://www.startribune.com/judge-in-trumps-classified-documents-case-expected-to-set-trial-date-during-crucial-hearing/600347336
  // published: assumed 2024-03-01, the Friday of the Fort Pierce hearing
  {
    published: '2024-03-01',
    sentence: 'Defense lawyers, by contrast, contend there is no fair way to hold a fair trial this year at a time when Trump is looking to clinch the Republican presidential nomination, but they have nonetheless offered Aug. 12 as a possible date to begin jury selection.',
    expected: [
      { text: 'this year', value: '2024', grain: 'year', anchor: 'relative' },
      { text: 'Aug. 12', value: '2024-08-12', grain: 'day', anchor: 'relative' },
    ],
  },
  // https://d33gy59ovltp76.cloudfront.net/news/trump-to-attend-hearing-as-new-york-hush-money-trial-looms
  // published: assumed 2024-02-13, the Tuesday before the hearing of Thursday 2024-02-15
  {
    published: '2024-02-13',
    sentence: "Former President Donald Trump is set to attend an important hearing on Thursday, where a timetable for the trial in the New York hush-money case against him will be determined, according to his lawyer, Steve Sadow.",
    expected: [{ text: 'on Thursday', value: '2024-02-15', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2024-02-13',
    sentence: 'The hearing holds particular importance as Judge Merchan is expected to rule on key pretrial issues, determining if the trial will proceed as scheduled on March 25.',
    expected: [{ text: 'on March 25', value: '2024-03-25', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2024-02-13',
    sentence: "The New York case revolves around allegations of a scheme to conceal damaging stories about Trump's personal life during his 2016 presidential campaign.",
    expected: [{ text: '2016', value: '2016', grain: 'year', anchor: 'explicit' }],
  },
  // https://americannewsreport.com/crucial-wednesday-hearing-to-set-pace-for-fulton-county-election-subversion-case-progress
  // published: assumed 2023-09-05, the Tuesday before the hearing of Wednesday 2023-09-06
  {
    published: '2023-09-05',
    sentence: 'Fulton County Superior Court Judge Scott McAfee, overseeing the Georgia election subversion case involving former President Donald Trump and 18 others, will hold a significant hearing at 1 p.m. ET on Wednesday.',
    expected: [{ text: 'on Wednesday', value: '2023-09-06', grain: 'day', anchor: 'relative' }],
  },
  {
    published: '2023-09-05',
    sentence: 'If granted, this separation could result in Chesebro and Powell going to trial as early as October, while trial dates for the remaining defendants would be scheduled separately.',
    expected: [{ text: 'October', value: '2023-10', grain: 'month', anchor: 'relative' }],
  },
  {
    published: '2023-09-05',
    sentence: 'Chesebro’s trial is currently scheduled for October 23.',
    expected: [{ text: 'October 23', value: '2023-10-23', grain: 'day', anchor: 'relative' }],
  },
  // https://wbal.com/scheduling-hearing-for-officers-in-gray-case-set-for-tuesday-trial-delay-likely (no date: published unknown)
  {
    published: null,
    sentence: 'Prosecutors and the defense attorneys for the six officers accused in the April death of Freddie Gray are due in Baltimore City Circuit Court next week.',
    expected: [
      { text: 'April', value: null, grain: 'month', anchor: 'unresolved' },
      { text: 'next week', value: null, grain: 'week', anchor: 'unresolved' },
    ],
  },
  {
    published: null,
    sentence: 'Gray died April 19, from injuries he suffered one week after he was taken into police custody.',
    expected: [{ text: 'April 19', value: null, grain: 'day', anchor: 'unresolved' }],
  },
  {
    published: null,
    sentence: 'Judge Williams met with prosecutors and the defense attorneys in his chamber on Thursday, but the judge denied a defense request to put the meeting on the record.',
    expected: [{ text: 'on Thursday', value: null, grain: 'day', anchor: 'unresolved' }],
  },
  {
    published: null,
    sentence: 'Earlier this month, Judge Williams ruled that each officer would be tried separately, and the trials would remain in Baltimore City.',
    expected: [{ text: 'Earlier this month', value: null, grain: 'month', anchor: 'unresolved' }],
  },

  // --- economics (continued) ------------------------------------------------------------------
  // https://mystockxray.com/?p=57291 (published: assumed 2024-05-10, after the Q1 2024 filings)
  {
    published: '2024-05-10',
    sentence: 'In Q1 2023, Total Revenue was $700.8 million, and Operating Revenue was $687.9 million, which saw a slight increase by Q1 2024 to $769.1 million and $755.6 million, respectively.',
    expected: [
      { text: 'In Q1 2023', value: '2023-Q1', grain: 'quarter', anchor: 'explicit' },
      { text: 'by Q1 2024', value: '2024-Q1', grain: 'quarter', anchor: 'explicit' },
    ],
  },
  {
    published: '2024-05-10',
    sentence: 'Pretax Income and Net Income also showed recovery; notably, Net Income turned from -$88.4 million in Q4 2023 to $170.5 million in Q1 2024.',
    expected: [
      { text: 'in Q4 2023', value: '2023-Q4', grain: 'quarter', anchor: 'explicit' },
      { text: 'in Q1 2024', value: '2024-Q1', grain: 'quarter', anchor: 'explicit' },
    ],
  },
  // https://mystockxray.com/index.php/block-inc-sq-earnings-analysis (published: assumed 2024-05-10)
  {
    published: '2024-05-10',
    sentence: 'Revenue exhibits variability over the period, with Total Revenue increasing from $4,990,131,000 in Q1 2023 to $5,957,128,000 in Q1 2024.',
    expected: [
      { text: 'in Q1 2023', value: '2023-Q1', grain: 'quarter', anchor: 'explicit' },
      { text: 'in Q1 2024', value: '2024-Q1', grain: 'quarter', anchor: 'explicit' },
    ],
  },
  // https://mystockxray.com/index.php/ryder-r-earnings-analysis (published: assumed 2024-05-10)
  {
    published: '2024-05-10',
    sentence: 'Net income shows a variable trend, cresting at $160 million in Q3 2023 from a low of -$18 million in Q2 2023, finally resting at $85 million in Q1 2024, indicating potential volatility in profitability.',
    expected: [
      { text: 'in Q3 2023', value: '2023-Q3', grain: 'quarter', anchor: 'explicit' },
      { text: 'in Q2 2023', value: '2023-Q2', grain: 'quarter', anchor: 'explicit' },
      { text: 'in Q1 2024', value: '2024-Q1', grain: 'quarter', anchor: 'explicit' },
    ],
  },
  {
    published: '2024-05-10',
    sentence: 'Reconciled Depreciation: Increased slightly from $473 million in early 2023 to peak at $463 million by Q1 2024, reflecting ongoing asset depreciation.',
    expected: [
      { text: 'in early 2023', value: '2023', grain: 'year', anchor: 'explicit' },
      { text: 'by Q1 2024', value: '2024-Q1', grain: 'quarter', anchor: 'explicit' },
    ],
  },
  // http://o.thsi.cn/dc-d-stock-america.teleconference/422e7a7f-194e-4509-a0b7-c16194fa4904.html (Q1 2024 earnings call)
  // published: assumed 2024-05-06
  {
    published: '2024-05-06',
    sentence: 'The revenue and profitability outperformance drove a 3-point sequential increase to our Rule of 40 Score from 54 in the fourth quarter of 2023 to 57 in the first quarter of 2024.',
    expected: [
      { text: 'in the fourth quarter of 2023', value: '2023-Q4', grain: 'quarter', anchor: 'explicit' },
      { text: 'in the first quarter of 2024', value: '2024-Q1', grain: 'quarter', anchor: 'explicit' },
    ],
  },
  {
    published: '2024-05-06',
    sentence: 'Revenue growth accelerated to 21% year-over-year in the first quarter, driven by momentum in AIP and our U.S. commercial business and a reacceleration in our U.S. Government business.',
    expected: [{ text: 'in the first quarter', value: '2024-Q1', grain: 'quarter', anchor: 'relative' }],
  },
  {
    published: '2024-05-06',
    sentence: 'Q1 was a strong start to the year.',
    expected: [{ text: 'Q1', value: '2024-Q1', grain: 'quarter', anchor: 'relative' }],
  },
  // --- half-years (economics and company results) ------------------------------------------------
  // https://www.finanznachrichten.de/nachrichten-2023-11/60787212-prosus-h1-net-income-climbs-020.htm
  {
    published: '2023-11-29',
    sentence: 'Prosus N.V. (PROSY, PROSF), a Dutch investment company, on Wednesday reported a rise in net profit for the first-half of 2023, amidst an increase in revenue and a decline in loss from impairment of equity-accounted investments.',
    expected: [
      { text: 'on Wednesday', value: '2023-11-29', grain: 'day', anchor: 'relative' },
      { text: 'the first-half of 2023', value: '2023-H1', grain: 'half', anchor: 'explicit' },
    ],
  },
  // https://www.breakinglatest.news/business/111-listed-companies-release-semi-annual-reports-with-nine-companies-reporting-over-100-net-profit-growth/
  {
    published: '2023-08-03',
    sentence: 'Additionally, 44 companies achieved growth in both revenue and net profit in the first half of the year, while 28 companies experienced declines in both areas.',
    expected: [{ text: 'in the first half of the year', value: '2023-H1', grain: 'half', anchor: 'relative' }],
  },
  // https://www.finanznachrichten.de/nachrichten-2023-07/59680050-air-liquide-h1-profit-up-31-9-020.htm
  {
    published: '2023-07-27',
    sentence: 'Net earnings per share rose by 32.0% to 1.72 billion euros compared with the 1st half of 2022, in line with the increase in net profit, Group share.',
    expected: [{ text: 'the 1st half of 2022', value: '2022-H1', grain: 'half', anchor: 'explicit' }],
  },
  // https://www.zawya.com/en/markets/equities/saudi-al-naqool-witnesses-295-higher-net-profits-in-h1-23-r506u7ms
  // published: assumed 2023-08-29 (the page shows none; first-half results are out by the end of August)
  {
    published: '2023-08-29',
    sentence: 'Riyadh – Mohammed Hasan Al Naqool Sons Company recorded net profits after Zakat and tax worth SAR 1.15 million in the first half (H1) of 2023, an annual surge of 295.20% from SAR 292,000 in the year-ago period.',
    expected: [{ text: 'in the first half (H1) of 2023', value: '2023-H1', grain: 'half', anchor: 'explicit' }],
  },
  {
    published: '2023-08-29',
    sentence: 'Meanwhile, the revenues plummeted by 18.87% year-on-year (YoY) to SAR 18.77 million in the first six months (6M) of 2023 from SAR 23.11 million, according to the interim financial results.',
    expected: [{ text: 'in the first six months (6M) of 2023', value: '2023-H1', grain: 'half', anchor: 'explicit' }],
  },
  {
    published: '2023-08-29',
    sentence: 'Al Naqool attributed the increment in H1-23 net profits to currency exchange differences despite high prices of raw materials.',
    expected: [{ text: 'in H1-23', value: '2023-H1', grain: 'half', anchor: 'explicit' }],
  },
  // https://www.zawya.com/en/markets/equities/egypt-mopco-logs-1282mln-consolidated-profits-in-h1-23-p0ka338n
  {
    published: '2023-08-29',
    sentence: 'The recorded net profits were higher by 6% than EGP 3.73 billion in H1-22, according to the financial results.',
    expected: [{ text: 'in H1-22', value: '2022-H1', grain: 'half', anchor: 'explicit' }],
  },
];
