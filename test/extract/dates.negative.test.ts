// What the dates extractor must NOT report. Real sentences first (source in the comment above each
// group), then constructed traps, each marked `// constructed`. Every case expects exactly the
// mentions listed (usually none), so a new false positive fails it.
import { describe, expect, it } from 'vitest';
import { dateExtractor } from '../../src/extract/dates/index.js';

const run = (text: string, published: string | null = '2024-09-04') =>
  dateExtractor.extract({ index: 0, paragraph: 0, start: 0, end: text.length, text }, { doc: 'neg.txt', text, published }).map((m) => m.text);

/** [sentence, mentions that are fine to find in it (usually none)] */
const NEGATIVE: Array<[string, string[]]> = [
  // seeds (/work/shared/corpus/seeds): vague references, durations, counts and money
  ['In recent weeks, a large number of chatrooms on Telegram were found to have created pornographic “deepfakes” using manipulated photos of young women.', []],
  ['Recently, South Korea has witnessed a notable increase in the creation and distribution of pornographic deepfakes, particularly targeting students and educators at various institutions.', []],
  ['In South Korea, those found guilty of making pornographic deepfakes can be jailed for up to five years and fined up to 50 million won (US$37,500; £28,300).', []],
  ['The ring’s leader, Cho Ju-bin, then 20, was sentenced to 42 years in prison.', []],
  ['According to South Korean police, they have received 118 reports of such videos within just five days and have already questioned several individuals linked to the case.', []],
  ['Approximately 1,200 people participated in the conversation, which also shared the victims’ addresses and phone numbers.', []],
  ['Over 100 channels—one with 133,400 subscribers—were found to be involved in the spread of such content when using Telemetrio, a tool for locating Telegram chatrooms.', []],
  ['With the aim of arresting and identifying individuals involved in the creation and dissemination of this material, the Special 7 months of the Deep Fark content crime has begun to be suppressed by the National Police Agency (KNPA).', []],
  ['South Koran President Yoon Suk Yeol said during a recent televised cabinet meeting: “It is an exploitation of technology while relying on the protection of anonymity.', []],
  ['"I can\'t tell (details) now because it\'s in the early stages," Woo Jong-soo, head of the investigation bureau at the National Police Agency, told reporters.', []],
  ['Police told AFP this was the first time Telegram had responded since the agency requested information of members on the platform.', []],
  ['The telecommunications watchdog said Monday that Telegram had fully complied with its requests for 148 videos to be taken down over the past month, with the longest removal taking 36 hours.', ['Monday', 'over the past month']],
  ['Under South Korea’s Sexual Violence Prevention and Victim Protection Act, creating sexually explicit deepfakes with the intent to distribute them is punishable by five years in prison or a fine of 50 million won ($37,500).', []],
  // http://jurist.org/paperchase/2011/02/jury-reaches-mixed-verdict-over-pennsylvania-juvenile-sentencing-scandal.php
  ['Conahan now faces a 20-year prison sentence, a fine of up to $250,000 and disbarment.', []],
  ['He will remain free pending sentencing, and he is expected to serve [Scranton Times-Tribune report] between 13 to 15 years.', []],
  // https://worldjusticenews.com/news/2022/12/30/criminology-graduate-student-held-in-idaho-student-murders
  ['He was arrested in Pennsylvania over 2,500 miles (4,020km) from the crime scene.', []],
  ['In the weeks after their deaths family members of the victims have voiced frustration with the investigation’s progress.', []],
  ['The University of Idaho students, who were all 20 or 21 years old, were killed by multiple stab wounds and some had defensive injuries.', []],
  // https://wufengqin.com/dw/en/death-toll-rises-in-earthquake-in-yunnan-china/a-17829319
  ['Heavy rain late into the night and forecast to last several days has hampered rescue efforts.', []],
  // https://www.washingtonexaminer.com/politics/1429718/death-toll-rises-after-ecuador-earthquake
  ['It is reported to have destroyed buildings in a number of towns in the country of 15 million people.', []],
  // https://english.newsnationtv.com/world/news/indonesia-earthquake-tsunami-toll-disaster-agency-sulawesi-island-palu-204204.html
  ['Sumba lies some 1,600 kilometres to the south of Sulawesi island.', []],
  // https://www.sott.net/category/4-Earth%2520&page=1502?page=11
  ['When the quake hit, a 33-storey high-rise under construction by a Chinese firm for the Thai government wobbled before crashing to the ground in a massive plume of dust, sending people screaming and fleeing.', []],
  // https://seenews.com/news/factbox-montenegro-ahead-of-june-11-snap-vote-825192
  ['Members of parliament are elected for a four-year term under a closed-list proportional representation system.', []],
  // https://bankingjournal.aba.com/2024/09/consumer-price-inflation-2-5-in-august/
  ['The gasoline index fell 10.3% over this 12-month span while the index for fuel oil fell 12.1%.', []],
  // https://nba.com/news/giannis-antetokounmpo-nikola-jokic-among-top-4th-quarter-and-overtime-scorers (a quarter of a game)
  ['At the end of the third quarter, the Nuggets trailed by 10 points (94-84) and reigning league MVP Nikola Jokic had 16 points, eight rebounds, eight assists, two steals and three blocks.', []],
  // https://ktvz.com/sports/ap-national-sports/2022/12/04/cowboys-score-33-points-in-4th-quarter-rout-colts-54-19/
  ['It was just the third time in NFL history a team scored as many as 33 points in the fourth.', []],
  ['Malik Hooker returned a fumble 38 yards for a touchdown against his former team in a 33-point fourth quarter for Dallas, propelling the Cowboys to a 54-19 rout of the Indianapolis Colts.', []],
  // https://secure-www.cbssports.com/nba/news/nba-playoffs-scores-highlights-wolves-complete-the-sweep-over-suns-knicks-take-3-1-lead-over-76ers/live/
  ["It is Minnesota's first playoff series victory in 20 years.", []],
  // https://theepochtimes.com/us/flash-flood-emergency-hits-arkansas-after-10-inches-of-rain-weather-service-says-5688469
  ['Nearly 5 inches of rain fell overnight on the tourist hub of Branson, Missouri.', []],
  ['Buses and ambulances evacuated 86 people from a nursing home in Yellville, where water rose to about 4 feet during flash flooding, Marion County Sheriff Gregg Alexander said.', []],
  // https://yoopya.com/amp/news/world/two-dead-as-south-central-u-s-storms-force-evacuations
  ['They haven’t seen flooding like this for probably a good decade, probably more like 25 years, even longer, on some of these rivers, said Kurt Van Speybroeck, a NWS meteorologist in Fort Worth, Texas.', []],
  // http://qatartoday.online/the-year-that-was-terror-attacks/ (not one particular Friday)
  ['The attack took place on a Friday, when most of the soldiers were unarmed and were either praying at the mosque or eating.', []],
  // https://since911.com/explore/terrorism-timeline ("Black September" is a name)
  ['Less than two months later, the three remaining terrorists were released by the German government after two other Black September members hijacked a plane and threatened to blow it up unless the three were released.', []],
  // https://archive.is/mV8Nc
  ['It’s a better outcome than seemed possible a few years ago, when the company was worth $50 mln.', []],
  // http://newspapersbystate.com/page/3/
  ['The onslaught has been one of the fiercest of Syria’s civil war, now entering its eighth year.', []],
  ['Hundreds of people have died in 11 days of bombing of eastern Ghouta, a swathe of towns and farms outside Damascus that is the last major rebel-controlled area near the capital.', []],
  // https://headlinescurator.com/tag/brxt/page/3/?amp
  ['An air of chaos has gripped the world’s fifth largest economy in recent weeks as the shortage of truckers strained supply chains and a spike in European wholesale natural gas prices tipped energy companies into bankruptcy.', []],
  ['“I can’t believe it – it’s crazy,” said David Scade, a 33-year-old delivery driver who drove for hours searching for fuel in London.', []],
  // https://www.bworldonline.com/page/3245/?cat=jp
  ['They have taken an impressive 34 out of 36 points possible in 12 home league games, being held to a draw only by New England on July 1.', ['on July 1']],

  // constructed traps
  ['The motion passed with 1999 votes to 1204.', []], // constructed: a count, not a year
  ['Some 2023 people attended the rally.', []], // constructed
  // halves of a match, not of a year (the Arsenal v Manchester City report in test/diff/real-coverage.test.ts)
  ['The first half at the Emirates Stadium was arguably best characterized as cagey, with both Manchester City and Arsenal keeping their cards close to their chests.', []],
  ['Theo Walcott gave the visitors the lead early in the first half as he slid the ball pall Claudio Bravo, but German youngster Leroy Sane levelled soon after the break as he beat Petr Cech.', []],
  ['Manchester City completed a second-half turnaround to beat Arsenal at the Etihad Stadium on Sunday afternoon.', ['on Sunday']],
  ['Revenue rose in the second half, when he scored twice.', []], // constructed: a match half beside company words
  ['The first half of the century saw output grow by half.', []], // constructed: not a year after "of"
  ['Nearly half of 2023 graduates found work.', ['2023']], // constructed: "half of 2023" without first/second is no half-year
  ['Shares closed at $2019 after rising 12.53% to $1,194.09.', []], // constructed: chrono's own negative cases
  ['The meeting starts at 2030 GMT.', []], // constructed: a time
  ['The team ran 2000 km across the desert.', []], // constructed: a measure
  ['Fans of Euro 2024 and Windows 2000 users gathered at 1600 Pennsylvania Avenue.', []], // constructed: names, an address
  ['Version 2.10.3 fixed the bug on the server at 192.168.10.12.', []], // constructed: a version, an IP address
  ['Prices may fall as thousands march in Seoul; the March for Our Lives rally drew crowds.', []], // constructed: the modal, the verb, a name
  ['Cyber Monday and Black Friday sales hit a record, the Sunday Times reported.', []], // constructed: holidays, a title
  ['The shop opens every Monday and closes on Sundays.', []], // constructed: habits
  ['He was detained for 36 hours and faces five years in prison.', []], // constructed: durations that are not windows
  ['She is in her 90s and temperatures were in the 80s.', []], // constructed: an age and a reading
  ['A 3/4 majority and a 9/11-style attack were discussed.', []], // constructed: a fraction, a name
  ['USA Today reported the story, citing Yesterday, the Beatles song.', []], // constructed: titles
  ['The vote ended at 3 p.m. local time, soon after the first time polls opened, and results are expected now.', []], // constructed: times of day, vague words
  ['Over the past few days and in recent months, prices rose.', []], // constructed: vague windows
  ['The last week of August was hot, and the last five years of his life were quiet.', ['August']], // constructed: parts, not windows
  ['It happened the following week, the next day and a year earlier.', []], // constructed: anaphoric, not anchored on publication
  ['He scored 12 points in the third quarter and 8 in the last quarter.', []], // constructed: a game's quarters
  ['In his 1999 book he cites page 2019 and flight 2020.', ['1999']], // constructed: labels
  ['Case No. 2021 was filed.', []], // constructed
];

describe('dates: negative cases', () => {
  it('has at least 30 cases', () => {
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(30);
  });
  for (const [text, allowed] of NEGATIVE) {
    it(text.slice(0, 100), () => {
      expect(run(text)).toEqual(allowed);
    });
  }
});

describe('dates: linear time on hostile lines', () => {
  // 100,000-character lines that would make a backtracking pattern explode.
  const lines: Array<[string, string]> = [
    ['digits', '7'.repeat(100_000)],
    ['digits and dots', '1.'.repeat(50_000)],
    ['two-digit dotted', '12.'.repeat(33_333)],
    ['digit slashes', '9/2/'.repeat(25_000)],
    ['dots only', '.'.repeat(100_000)],
    ['spaces then a year', ' '.repeat(100_000) + '2024'],
    ['repeated window head', 'in the past '.repeat(8_333)],
  ];
  for (const [name, line] of lines) {
    it(`${name}: well under a second`, () => {
      const t0 = performance.now();
      dateExtractor.extract({ index: 0, paragraph: 0, start: 0, end: line.length, text: line }, { doc: 'x', text: line, published: '2024-09-04' });
      expect(performance.now() - t0).toBeLessThan(5_000); // a hang guard, not a speed target
    });
  }
  it('a line of 14,000 dates finishes (chrono runs on short windows only)', () => {
    const line = 'Sept 2 '.repeat(14_285);
    const t0 = performance.now();
    const ms = dateExtractor.extract({ index: 0, paragraph: 0, start: 0, end: line.length, text: line }, { doc: 'x', text: line, published: '2024-09-04' });
    expect(ms).toHaveLength(14_285);
    expect(performance.now() - t0).toBeLessThan(30_000); // a hang guard
  }, 60_000);
});
