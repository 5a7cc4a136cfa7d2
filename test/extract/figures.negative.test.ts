// What must NOT be read as a figure: years and dates, ordinals, times of day, codes, URLs, phone
// numbers, labels ("Article 5", "Nikkei 225"), scores, page furniture, and the determiner-like "one".
// Each case is a real sentence (source in the comment) with the substrings no figure may overlap;
// `none: true` means the sentence gives no figure at all.
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-helpers.js';

interface NegativeCase {
  sentence: string;
  /** substrings (first occurrence, whole words) that no mention may overlap */
  absent?: string[];
  /** the sentence has no figure at all */
  none?: boolean;
}

const CASES: NegativeCase[] = [
  // seeds (/work/shared/corpus/seeds): years, dates, ordinals, "two-way", "zero-tolerance", "one"
  { sentence: 'South Korea has been identified as the country most affected by deepfake pornography, with 53% of individuals depicted in these manipulated videos being Korean singers and actresses, according to a 2023 global report on deepfakes by Security Hero, a U.S. startup specializing in identity theft protection.', absent: ['2023'] },
  { sentence: 'In 2019, it was discovered that a sex crime ring used the app to blackmail dozens of women and children into filming pornographic content.', absent: ['2019'] },
  { sentence: 'In 2020, the platform’s reputation was tarnished when an online sexual blackmail ring, led by Cho Ju-bin, was discovered operating in its chat rooms.', none: true },
  { sentence: 'SEOUL, Sept 2 (Reuters) – South Korean police have initiated an investigation into Telegram to determine if the encrypted messaging app has been involved in the distribution of sexually explicit deepfake content, Yonhap news agency reported on Monday.', none: true },
  { sentence: '- 이전글Understanding Dependent Age for Canadian Immigration 24.11.10', none: true },
  { sentence: '- 다음글䭐Ѓ 24.11.10', none: true },
  { sentence: '"We positively evaluate the results of our first meeting and we expect that illegal information in Telegram will be blocked and deleted more quickly," he added.', none: true },
  { sentence: 'Police told AFP this was the first time Telegram had responded since the agency requested information of members on the platform.', none: true },
  { sentence: '"Telegram has accelerated our two-way communication by deleting all deepfake videos requested by the committee and immediately sending us the results," said Ryu Hee-lim, chair of the Korea Communications Standards Commission (KCSC).', none: true },
  { sentence: 'The country has a zero-tolerance policy towards digital sex crimes and the partnership with Telegram is an important step towards tackling this problem.', none: true },
  { sentence: 'The problem goes beyond one chat room.', none: true },
  { sentence: 'Over 100 channels—one with 133,400 subscribers—were found to be involved in the spread of such content when using Telemetrio, a tool for locating Telegram chatrooms.', absent: ['one'] },
  { sentence: 'The KCSC said the company claimed to "deeply understand the situation in Korea where deepfake sex crimes have become a social problem" and https://hub420.shop/product/sunday-driver/ pledged a zero-tolerance policy for such content.', none: true },
  { sentence: 'The ring’s leader, Cho Ju-bin, then 20, was sentenced to 42 years in prison. (BBC/Z-3)', absent: ['Z-3'] },
  { sentence: 'The situation in South Korea became even more serious after it was discovered that a Telegram chatroom operating since 2020 was distributing deepfake photos of more than 30 female students from Inha University.', absent: ['2020'] },
  { sentence: 'Under South Korea’s Sexual Violence Prevention and Victim Protection Act, creating sexually explicit deepfakes with the intent to distribute them is punishable by five years in prison or a fine of 50 million won ($37,500).', absent: ['a fine'] },
  { sentence: 'Reports have emerged revealing that numerous chat rooms on Telegram were utilized to share these manipulated images, prompting an investigation from local law enforcement.', none: true },
  { sentence: 'According to South Korean police, they have received 118 reports of such videos within just five days and have already questioned several individuals linked to the case.', absent: ['several individuals'] },
  { sentence: 'Separately, South Korea\'s police agency said Monday there has been "some progress in communication" with Telegram.', none: true },
  // http://www.reuters.com/article/russia-cpi-weekly-idUSL6N0BY64P20130306: dateline, byline furniture
  { sentence: 'MOSCOW, March 6 (Reuters) - Russia’s consumer prices rose 0.1 percent in the week to March 4, compared to 0.2 percent growth in the previous week, the Federal Statistics Service said on Wednesday.', absent: ['March 6', 'March 4'] },
  { sentence: 'March 6, 2013 / 12:01 PM / 5 years ago', none: true },
  { sentence: '1 Min Read', none: true },
  // https://www.itv.com/news/granada/2024-11-01/man-charged-with-murder-after-77-year-old-found-dead-in-home: times and day numbers
  { sentence: 'At around 10.10pm on Tuesday 29 November, Merseyside Police officers received a report that a 77-year-old Alfred Langley was found dead and had a head injury inside a house on Clipsley Lane in Haydock, St Helens.', absent: ['10.10pm', '29'] },
  // https://timesofoman.com/article/41178-fast-moving-wildfire-destroys-homes-in-northern-california
  { sentence: 'The fire started at 1.15pm and burned 1,000 acres (405 hectares) in Butte County, about 85 miles (135 km) north of Sacramento, according to information on the Cal Fire website.', absent: ['1.15pm'] },
  // https://www.northernstar.com.au/news/elderly-man-charged-attempted-murder/3583131/: phone numbers
  { sentence: 'If you have information for police, phone Policelink on 131 444 or Crime Stoppers on 1800 333 000.', none: true },
  // https://newsbite.mooo.com/www.dailytelegraph.com.au/newslocal/central-coast/gosford-stadium-man-83-charged-with-touching-teenage-girl/news-story/33232715a75da2cf5ccd097a84e1ba35
  { sentence: 'Anyone with concerns about suspected child abuse or exploitation should call Crime Stoppers on 1800 333 000.', none: true },
  { sentence: 'Following inquiries, detectives arrested an 83-year-old man at Wyong Police Station just before 9am today.', absent: ['9am'] },
  // https://democraticunderground.com/10142689073 (BLS release furniture: e-mails, URLs, phone, codes, times)
  { sentence: 'Household data: cpsinfo@bls.gov * www.bls.gov/cps', none: true },
  { sentence: 'Media contact: (202) 691-5902 * PressOffice@bls.gov', none: true },
  { sentence: 'Economic News Release USDL-21-0158', none: true },
  { sentence: 'Transmission of material in this news release is embargoed until 8:30 a.m. (ET) Friday, February 5, 2021', none: true },
  // https://rv-pro.com/news/consumer-prices-accelerate-in-july/amp: COVID-19
  { sentence: 'The report from the Labor Department on Wednesday probably does not mark the start of a troubling rise in inflation, and the Federal Reserve is likely to continue pumping money into the economy to aid the recovery from the COVID-19 downturn.', none: true },
  // https://www.newssniffer.co.uk/articles/665535/diff/0/1: URL with digits, version labels
  { sentence: 'You can find the current article at its original source at http://www.bbc.co.uk/news/business-23328472', none: true },
  { sentence: 'Version 0 Version 1', none: true },
  // https://hk9919.com/author/h716a5-icu/page/26: a score and a tournament year
  { sentence: 'Yerry Mina was in terrific form on Friday night as the Everton defender helped Colombia get their 2022 World Cup qualifying campaign off to an impressive start with a 3-0 victory over Venezuela.', none: true },
  { sentence: 'Mina, meanwhile, opened the affair in the heart of Carlos Queiroz’s backline alongside Tottenham Hotspur’s Davinson Sanchez as he earned his 25th international cap, and ensured that his side would not be beaten with a brick wall-like display.', none: true },
  // https://fox43.com/2019/04/19/noaa-hurricane-michael-was-the-4th-category-5-storm-on-record-to-hit-the-u-s-when-it-struck-in-2018/: category labels, ordinals
  { sentence: 'NOAA: Hurricane Michael was the 4th category 5 storm on record to hit the U.S. when it struck in 2018', none: true },
  { sentence: 'It is one of only four category 5 storms to hit the United States on record and the first since Hurricane Andrew in 1992, the NOAA says.', none: true },
  { sentence: 'Category 5 winds were likely experienced over a very small area at and near the coast, and the change in estimated wind speeds is of little practical significance in terms of the impacts associated with the storm, the NOAA says.', none: true },
  // https://www.usatoday.com/story/money/markets/2014/12/08/stocks-monday/20085295/ and ibtimes: index names
  { sentence: "In Asia, Japan's Nikkei 225 index gained 0.1% to 17,935.64 and Kong's Hang Seng index rose 0.2% to 24,047.67.", absent: ['225'] },
  { sentence: 'The Dow Jones Industrial Average, which measures the share prices of 30 large industrial companies, dropped 259.26 points, or 1.45 percent, at 17,573.73; the S&P 500 stock index lost 30.42, or 1.47 percent, at 2,027.90.', absent: ['500'] },
  { sentence: 'Read or Share this story: http://usat.ly/1A8oMhx', none: true },
  // https://fortune.com/2015/01/06/stocks-decline-oil-europe/
  { sentence: 'The price of U.S. crude oil settled at $47.93 per barrel Tuesday — the lowest level since April 2009.', absent: ['2009'] },
  // http://www.aktiencheck.de/news/Artikel-U_K_Inflation_Highest_Since_Mid_2014-7654391
  { sentence: 'LONDON (dpa-AFX) - U.K. inflation reached its highest level since July 2014, the Office for National Statistics reported Tuesday.', none: true },
  // https://en.fnnews.com/news/202511171723329660: legal article numbers
  { sentence: 'In February, The BORN Korea was fined 800,000 won by the Yesan County Office for violating Article 44, Paragraph 1 of the Liquefied Petroleum Gas (LPG) Safety Management and Business Act and Article 69 of its Enforcement Rules.', absent: ['44', 'Paragraph 1', '69'] },
  // https://knowledge.trustgdpa.com/kb/penalty-provisions-administrative-fines-article-76/
  { sentence: 'Article 76: Any of the following persons and a person who made a third party commit an act falling under subparagraphs 7 through 11, shall be punished by an administrative fine not exceeding 30 million won...', absent: ['76', '7 through 11', 'third'] },
  // https://www.dailymail.co.uk/sciencetech/article-6618977/Samsung-Galaxy-S10-price-revealed-1-400.html: product codes
  { sentence: "Samsung's upcoming S10 phone will be the firm's marquee range and leaks suggest versions may cost up to £1,400.", absent: ['S10'] },
  // http://www.belfasttelegraph.co.uk/business/technology/new-budget-nokia-phone-with-onemonth-battery-life-unveiled-30500307.html
  { sentence: "The Nokia 130, due to go on sale for about £15, will target the growing 'second phone' market among people who need a back-up handset or don't want to risk their expensive smartphone at music festivals or on holidays.", absent: ['130', 'second'] },
  // https://sports.answers.com/reference-books/Who_is_the_mens_marathon_world_record_holder: race times
  { sentence: 'In April, 2011, Geoffrey Mutai of Kenya ran 2:03:02 in the Boston Marathon, the fastest marathon run ever.', none: true },
  // http://www.earthquakesreport.com/information/magnitude-scale.html: decades and compounds
  { sentence: 'The Richter scale, developed in the 1930s, is a base-10 logarithmic scale, which defines magnitude as the logarithm of the ratio of the amplitude of the seismic waves to an arbitrary, minor amplitude.', none: true },
  // https://siu.on.ca/en/directors_report_details.php?drid=1938: case numbers
  { sentence: 'SIU Director’s Report - Case # 22-OCD-006', none: true },
  // https://print.casetext.com/case/lee-v-state-1403: ordinal days
  { sentence: 'On the 24th day of January, 1964, M.W. Lee appeared in person and by counsel, withdrew his plea of not guilty, previously entered, and entered a plea of guilty to a violation of Title 6 O.S. 1961 § 260[6-260] of the Oklahoma Statutes.', absent: ['24th', '1964', '1961'] },
  // https://fvbb.com/ns/apple-s-earnings-top-analysts-forecasts-but/93242: ordinal quarter
  { sentence: 'The results released Thursday covered April through June, the third consecutive quarter that the Cupertino, California, company has posted a year-over-year decline in revenue.', none: true },
  // https://middleeast.news.net/news/us-central-bank-raises-rate-by-25-basis-points/: ordinals, page furniture
  { sentence: 'It is the eighth increase in a row and the smallest step since last March.', none: true },
  { sentence: 'It was the sixth decline in the inflation rate in a row – but it is still high.', none: true },
  { sentence: 'February 2, 2023', none: true },
  // https://ibtimes.com/dow-jones-industrial-average-drops-more-200-points-oil-prices-plunge-1773296: delivery dates
  { sentence: 'Brent crude dropped 3.49 percent Monday, to $54.45 a barrel, for Feb. 15 delivery on the London ICE Futures Exchange.', absent: ['15'] },
  // https://www.sott.net/topic/5-Floods?page=401 (AP): "One student" is a pronoun-like determiner
  { sentence: 'One student was found alive and was being treated at a hospital, said Darwin Surbakti, an official from the local Disaster Management Agency.', none: true },
  // https://bellenews.com/tag/refugees/: bare number words
  { sentence: '“Nine were saved after four days at sea.', absent: ['Nine'] },
  // https://thejjreport.com/sport/solanke-becomes-third-most-expensive-english-striker-ever-despite-scoring-one-premier-league-goal/
  { sentence: 'All that for a player with one league goal and one assist to his name.', none: true },
  { sentence: 'It means the 21-year-old has jumped up to third on the all-time list of transfer fees paid out for an English forward.', absent: ['third'] },
  // https://www.eadt.co.uk/news/suffolk-s-saga-louts-revealed-1965256: "Freedom of Information Act", vague "many"
  { sentence: 'The figures emerged after a request to Suffolk Constabulary under the Freedom of Information Act by The East Anglian Daily Times.', none: true },
  // https://www.nbcnewyork.com/weather/weather-stories/category-5-hurricanes-rarely-hit-u-s-where-does-ian-rank-after-florida-landfall/3886214/: list numbering and dates
  { sentence: '2. Hurricane Camille -- Aug. 17, 1969: It had sustained maximum wind speeds of 175 mph when it made landfall in Mississippi, killing more than 250 people and wreaking flooding havoc.', absent: ['2.', '17', '1969'] },
  // https://www.trtworld.com/article/13109610: "one-party", "June 7"
  { sentence: 'He said the main opposition CHP won 134 seats, the pro-Kurdish HDP 59 seats and the nationalist MHP 59 seats in the election, which enabled the AKP to regain the one-party rule which it had lost in a June 7 election.', absent: ['one-party', '7 election'] },
  // https://dirs.info/find/mix/0?q=%22Jeff+Mason+Katya+Golubkova%22 (Reuters): G7, F-16
  { sentence: 'U.S. President Joe Biden told G7 leaders on Friday that Washington supports joint allied training programmes for Ukrainian pilots on F-16 fighter jets, in a significant endorsement for Kyiv.', none: true },
  { sentence: "The Hiroshima summit comes as G7 members are faced with the immense challenges posed by Russia's invasion of Ukraine and tensions with China.", none: true },
  // https://www.iolaregister.com/news/national-news/biden-endorses-f-16-training-zelenskyy-travels-to-japan (AP)
  { sentence: 'HIROSHIMA, Japan (AP) — President Joe Biden on Friday endorsed plans to train Ukrainian pilots on U.S.-made F-16 fighter jets, according to two people familiar with the matter, as he huddled with leaders of the world’s most powerful democracies on plans to toughen punishments on Russia for its 15-month invasion of Ukraine.', absent: ['F-16'] },
  // https://spamchronicles.com/the-turnaround-in-fighter-jets-on-the-other-side-of-the-world
  { sentence: 'Tokyo/Hiroshima. It was Saturday at 3:37 pm local time when a French government plane pulled up outside the terminal at Hiroshima Airport.', none: true },
  // http://blogs.suntimes.com/sweet/2009/03/president_obama_official_sched_34.html
  { sentence: 'The President will then hold a one-on-one meeting with Australian Prime Minister Rudd in the Oval Office.', none: true },
  // https://chicago.suntimes.com/news/2015/11/9/18596023/obama-guidance-press-schedule-nov-9-2015-netanyahu-kerry-organizing-for-action
  { sentence: '10:30AM THE PRESIDENT holds a bilateral meeting with Prime Minister Benjamin Netanyahu; THE VICE PRESIDENT will also attend', none: true },
  // https://obamawhitehouse.archives.gov/blog?page=75
  { sentence: 'This event in Conference Room No. 2 at the United Nations is open press, and will be streamed live at', none: true },
  { sentence: 'At 10:30 AM, the Vice President will convene a summit on UN peacekeeping to underscore the international community’s commitment to strengthening peacekeeping.', none: true },
  // http://www.wdef.com/2017/02/10/trump-abe-news-conference-live-updates/
  { sentence: '11:20 a.m. President Trump will be holding a joint press conference with Japanese Prime Minister Shinzo Abe in the White House’s East Room at 1 p.m. following a bilateral meeting between the two leaders.', absent: ['11:20', '1 p.m.'] },
  // https://tibetanreview.net/gansu-earthquake-kills-at-least-118-including-13-in-neigbouring-qinghai/: a clipped year
  // after an apostrophe and a day glued to its month are date parts; so are times of day
  { sentence: '(TibetanReview.net, Dec19’23) – A magnitude-6.2 earthquake which rocked an ethnic county in China’s Gansu Province around midnight on Dec 18 has killed at least 118 people as of Dec 19 morning, including 13 in neighbouring Qinghai province, reported China’s official Xinhua news agency.', absent: ['Dec19', '23', 'Dec 18', 'Dec 19'] },
  { sentence: 'China Earthquake Networks Centre has said the quake jolted at 11:59 pm Dec 18 and had a focal depth of 10 km.', absent: ['11:59 pm', 'Dec 18'] },
  // https://en.people.cn/n3/2023/1220/c90000-20112701.html (Xinhua): times of day, dateline
  { sentence: 'As of 5:30 a.m., the disaster has injured 198 people in Qinghai, with 16 others still missing.', absent: ['5:30 a.m.'] },
  { sentence: 'Xinhua) 10:02, December 20, 2023', none: true },
  { sentence: 'According to the China Earthquake Networks Center, the quake jolted at 11:59 p.m. Monday and has a focal depth of 10 km.', absent: ['11:59 p.m.'] },
  // constructed: clipped years with a space before the apostrophe, and a month glued to its day
  { sentence: "The class of '98 met again in ’23, Dec19, as planned.", none: true },
  // constructed: codes and names with digits that are followed by plural nouns
  { sentence: 'The 5G network reaches MH17 relatives, 1990s fans, Formula 1 teams and Windows 11 users.', none: true },
];

/** Position of `needle` as a whole token sequence (not inside a longer word or number). */
function find(sentence: string, needle: string): [number, number] {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(sentence);
  if (!m) throw new Error(`"${needle}" is not in the sentence`);
  return [m.index, m.index + needle.length];
}

describe('figures: what is not a figure', () => {
  it('has at least 40 real negative cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of CASES) {
    it(c.sentence.length > 100 ? `${c.sentence.slice(0, 100)}...` : c.sentence, () => {
      const got = figuresOf(c.sentence);
      if (c.none) expect(got.map((m) => m.text)).toEqual([]);
      for (const needle of c.absent ?? []) {
        const [s, e] = find(c.sentence, needle);
        const overlapping = got.filter((m) => m.start < e && s < m.end).map((m) => m.text);
        expect(overlapping, `"${needle}" was read as a figure`).toEqual([]);
      }
    });
  }
});
