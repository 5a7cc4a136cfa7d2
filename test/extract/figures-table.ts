// Real news sentences with the figures they must give. Sentences are quoted verbatim from the
// pages named in each group's comment; "// constructed" marks the few made to isolate one case.
import type { Measure, Qualifier } from '../../src/types.js';

export interface ExpectedFigure {
  text: string;
  value: number | null;
  value_max?: number | null;
  unit: string | null;
  measure: Measure;
  qualifier?: Qualifier;
  /** defaults to the unit for money in ISO form, else null */
  currency?: string | null;
  change?: 'up' | 'down' | null;
  /** the text of the figure this one converts */
  equivalent_of?: string;
}

export interface TableCase {
  sentence: string;
  expected: ExpectedFigure[];
}

type Extra = Partial<Pick<ExpectedFigure, 'value_max' | 'qualifier' | 'currency' | 'change' | 'equivalent_of'>>;
const f = (text: string, value: number | null, unit: string | null, measure: Measure, extra: Extra = {}): ExpectedFigure => ({ text, value, unit, measure, ...extra });
const pct = (text: string, value: number, extra: Extra = {}) => f(text, value, 'percent', 'percent', extra);
const up: Extra = { change: 'up' };
const down: Extra = { change: 'down' };

export const TABLE: Array<{ topic: string; cases: TableCase[] }> = [
  {
    topic: 'economics: inflation',
    cases: [
      // https://rv-pro.com/news/consumer-prices-accelerate-in-july/amp
      { sentence: 'The consumer price index rose 0.6 percent last month, with gasoline accounting for a quarter of the gain.',
        expected: [pct('0.6 percent', 0.6, up), pct('a quarter', 25)] },
      { sentence: 'In the 12 months through July, the CPI accelerated 1.0 percent after climbing 0.6 percent in June.',
        expected: [f('12 months', 12, 'month', 'duration'), pct('1.0 percent', 1, up), pct('0.6 percent', 0.6, up)] },
      { sentence: 'Economists polled by Reuters had forecast the CPI would rise 0.3 percent in July and gain 0.8 percent on a year-on-year basis.',
        expected: [pct('0.3 percent', 0.3, up), pct('0.8 percent', 0.8, up)] },
      // http://wreporter.com/usa/higher-than-expected-inflation-in-the-united-states-in-july/
      { sentence: 'In seasonally adjusted data, retail prices rose 0.5% last month; it is their biggest increase since March.',
        expected: [pct('0.5%', 0.5, up)] },
      { sentence: 'The price of gasoline, which jumped 4.7% after falling 6.8% in June accounted for about half the stronger than expected rebound.',
        expected: [pct('4.7%', 4.7, up), pct('6.8%', 6.8, down), pct('about half', 50, { qualifier: 'approx' })] },
      { sentence: 'Over one year base prices were up 1.8%, slightly above consensus (1.7%), the largest increase in this index since December 2009.',
        expected: [f('one year', 1, 'year', 'duration'), pct('1.8%', 1.8, up), pct('1.7%', 1.7)] },
      // http://www.reuters.com/article/russia-cpi-weekly-idUSL6N0BY64P20130306
      { sentence: 'MOSCOW, March 6 (Reuters) - Russia’s consumer prices rose 0.1 percent in the week to March 4, compared to 0.2 percent growth in the previous week, the Federal Statistics Service said on Wednesday.',
        expected: [pct('0.1 percent', 0.1, up), pct('0.2 percent', 0.2, up)] },
      { sentence: 'This brings inflation since the start of the year to 1.6 percent versus 1.0 percent in the same period of 2012.',
        expected: [pct('1.6 percent', 1.6), pct('1.0 percent', 1)] },
      { sentence: 'Russia’s annual inflation accelerated to an 18-month high of 7.3 percent in February, well outside the 5-6 percent goal for the whole of the year, propelled by higher food prices, annual excise duty and transport fare increases at the start of the year.',
        expected: [f('18-month', 18, 'month', 'duration'), pct('7.3 percent', 7.3), pct('5-6 percent', 5, { value_max: 6 })] },
      // http://www.reuters.com/article/2014/07/22/us-usa-economy-inflation-idUSKBN0FR19O20140722
      { sentence: "The Labor Department said on Tuesday its Consumer Price Index increased 0.3 percent last month, with gasoline accounting for two-thirds of the gain, after May's 0.4 percent rise.",
        expected: [pct('0.3 percent', 0.3, up), pct('two-thirds', 200 / 3), pct('0.4 percent', 0.4, up)] },
      { sentence: 'Gasoline prices jumped 3.3 percent, the largest rise in a year, after increasing 0.7 percent in May.',
        expected: [pct('3.3 percent', 3.3, up), pct('0.7 percent', 0.7, up)] },
      { sentence: 'Food prices edged up 0.1 percent in June, the smallest rise since January',
        expected: [pct('0.1 percent', 0.1, up)] },
      // https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/news/us-consumer-prices-rise-in-july-1.862559
      { sentence: 'The Labor Department said its seasonally adjusted Consumer Price Index rose 0.3 per cent last month, after falling 0.1 per cent in June.',
        expected: [pct('0.3 per cent', 0.3, up), pct('0.1 per cent', 0.1, down)] },
      { sentence: 'The 12-month change for core prices, which excludes food and energy, remained at 0.9 per cent for the fourth month in a row, matching the lowest rate since January 1966.',
        expected: [f('12-month', 12, 'month', 'duration'), pct('0.9 per cent', 0.9)] },
      // http://www.aktiencheck.de/news/Artikel-U_K_Inflation_Highest_Since_Mid_2014-7654391
      { sentence: 'Consumer price inflation increased more-than-expected to 1.6 percent in December from 1.2 percent in November.',
        expected: [pct('1.6 percent', 1.6), pct('1.2 percent', 1.2)] },
      { sentence: 'On a monthly basis, input prices gained 1.8 percent, reversing a 0.6 percent drop in November.',
        expected: [pct('1.8 percent', 1.8, up), pct('0.6 percent', 0.6, down)] },
      // https://www.newssniffer.co.uk/articles/665535/diff/0/1
      { sentence: 'That was up from the 1.4% figure recorded in May but still below the target inflation figure of 2%.',
        expected: [pct('1.4%', 1.4), pct('2%', 2)] },
      // https://bbctodays.pages.dev/2/hi/business/4798643.stm
      { sentence: 'The closely watched Consumer Price Index rose by 0.4% last month, double the 0.2% increase seen in June.',
        expected: [pct('0.4%', 0.4, up), pct('0.2%', 0.2, up)] },
      { sentence: 'Core inflation, which excludes food and energy, rose just 0.2%, below analyst predictions of a 0.3% increase.',
        expected: [pct('0.2%', 0.2, up), pct('0.3%', 0.3, up)] },
      { sentence: "July's slowdown in core inflation was helped by clothing prices dipping 1.2%, their biggest decline in two decades.",
        expected: [pct('1.2%', 1.2, down), f('two decades', 2, 'decade', 'duration')] },
      { sentence: 'The annual rate of consumer inflation, the Department of Labor said, was 4.8% - or 2.7% on the core figure.',
        expected: [pct('4.8%', 4.8), pct('2.7%', 2.7)] },
      { sentence: 'Meanwhile, the Federal Reserve also reported on Wednesday that output at US factories, mines and utilities increased by 0.4% last month, just half of the 0.8% rise seen in June.',
        expected: [pct('0.4%', 0.4, up), pct('half', 50), pct('0.8%', 0.8, up)] },
    ],
  },
  {
    topic: 'economics: jobs',
    cases: [
      // https://bankingjournal.aba.com/tag/employment-bls/
      { sentence: 'Total nonfarm payroll employment grew by 304,000 in January, an increase from last month, according to the Bureau of Labor Statistics.',
        expected: [f('304,000', 304000, null, 'count', up)] },
      { sentence: 'The national unemployment rate rose from 3.9 percent to 4.0 percent.',
        expected: [pct('3.9 percent', 3.9), pct('4.0 percent', 4)] },
      { sentence: 'Private service-providing industries gained 224,000 jobs, led by leisure and hospitality, which added 74,000 jobs.',
        expected: [f('224,000 jobs', 224000, 'job', 'count', up), f('74,000 jobs', 74000, 'job', 'count', up)] },
      // https://democraticunderground.com/10142689073 (BLS release)
      { sentence: 'The unemployment rate fell by 0.4 percentage point to 6.3 percent in January, while nonfarm payroll employment changed little (+49,000), the U.S. Bureau of Labor Statistics reported today.',
        expected: [f('0.4 percentage point', 0.4, 'percentage point', 'measure', down), pct('6.3 percent', 6.3), f('+49,000', 49000, null, 'count')] },
      { sentence: 'The change in total nonfarm payroll employment for November was revised down by 72,000, from +336,000 to +264,000, and the change for December was revised down by 87,000, from -140,000 to -227,000.',
        expected: [f('72,000', 72000, null, 'count', down), f('+336,000', 336000, null, 'count'), f('+264,000', 264000, null, 'count'),
          f('87,000', 87000, null, 'count', down), f('-140,000', -140000, null, 'count'), f('-227,000', -227000, null, 'count')] },
      { sentence: 'With these revisions, employment in November and December combined was 159,000 lower than previously reported.',
        expected: [f('159,000', 159000, null, 'count')] },
      // https://procontractorrentals.com/pages/News-09_06_19-August-2019-employment-statistics-released.php
      { sentence: 'Total nonfarm payroll employment rose by 130,000 in August, and the unemployment rate held at 3.7 percent.',
        expected: [f('130,000', 130000, null, 'count', up), pct('3.7 percent', 3.7)] },
      // https://esg.gc.cuny.edu/2017/08/18/august-04-total-employment-increased-by-20900-in-july-and-the-unemployment-rate-was-little-changed-at-4-3-percent/
      { sentence: 'Total nonfarm payroll employment increased by 209,000 in July, and the unemployment rate was little changed at 4.3 percent, the U.S. Bureau of Labor Statistics reported today.',
        expected: [f('209,000', 209000, null, 'count', up), pct('4.3 percent', 4.3)] },
    ],
  },
  {
    topic: 'markets and companies',
    cases: [
      // http://www.philly.com/philly/business/homepage/20151203_Oil_drops_below__40__dampens_markets.html
      { sentence: 'The Dow Jones industrial average fell 158.67 points, or 0.9 percent, to 17,729.68.',
        expected: [f('158.67 points', 158.67, 'point', 'count', down), pct('0.9 percent', 0.9, down), f('17,729.68', 17729.68, null, 'count')] },
      { sentence: 'Benchmark U.S. crude dropped $1.91, or 4.6 percent, to $39.94 a barrel on the New York Mercantile Exchange.',
        expected: [f('$1.91', 1.91, 'USD', 'money', down), pct('4.6 percent', 4.6, down), f('$39.94', 39.94, 'USD', 'money')] },
      { sentence: 'Exxon Mobil fell $2.34, or 3 percent, to $79.55; Chevron lost $2.33, or 2.5 percent, to $90.25, and drilling-rig operator Transocean fell 37 cents, or 2.6 percent, to $13.83.',
        expected: [f('$2.34', 2.34, 'USD', 'money', down), pct('3 percent', 3, down), f('$79.55', 79.55, 'USD', 'money'),
          f('$2.33', 2.33, 'USD', 'money', down), pct('2.5 percent', 2.5, down), f('$90.25', 90.25, 'USD', 'money'),
          f('37 cents', 0.37, 'USD', 'money', down), pct('2.6 percent', 2.6, down), f('$13.83', 13.83, 'USD', 'money')] },
      { sentence: 'The price of oil was lower all day, and the losses accelerated in the afternoon after the Energy Department reported that U.S. crude inventories rose by 1.2 million barrels last week, while analysts had expected a decline.',
        expected: [f('1.2 million barrels', 1200000, 'barrel', 'measure', up)] },
      // http://www.philly.com/philly/business/20160126_Oil_leak_again_greases_stock_fall.html
      { sentence: 'Chesapeake Energy lost 56 cents, or 16 percent, to $2.95.',
        expected: [f('56 cents', 0.56, 'USD', 'money', down), pct('16 percent', 16, down), f('$2.95', 2.95, 'USD', 'money')] },
      { sentence: 'U.S. oil jumped 9 percent Friday after setting 12-year lows earlier in the week.',
        expected: [pct('9 percent', 9, up), f('12-year', 12, 'year', 'duration')] },
      // https://ibtimes.com/dow-jones-industrial-average-drops-more-200-points-oil-prices-plunge-1773296
      { sentence: 'The Dow Jones Industrial Average, which measures the share prices of 30 large industrial companies, dropped 259.26 points, or 1.45 percent, at 17,573.73; the S&P 500 stock index lost 30.42, or 1.47 percent, at 2,027.90.',
        expected: [f('30 large industrial companies', 30, 'company', 'count'), f('259.26 points', 259.26, 'point', 'count', down), pct('1.45 percent', 1.45, down),
          f('17,573.73', 17573.73, null, 'count'), f('30.42', 30.42, null, 'count', down), pct('1.47 percent', 1.47, down), f('2,027.90', 2027.9, null, 'count')] },
      { sentence: 'Citi expects Brent to average $63 a barrel in 2015, with “significant market weakness” into the second quarter followed by increasing market strength from the third quarter into year-end, Morse said in a note to clients Sunday.',
        expected: [f('$63', 63, 'USD', 'money')] },
      { sentence: 'GM and Ford saw U.S. sales climb last month, as December sales rose 19 percent, to 274,483, and 1.2 percent, to 220,671, respectively.',
        expected: [pct('19 percent', 19, up), f('274,483', 274483, null, 'count'), pct('1.2 percent', 1.2, up), f('220,671', 220671, null, 'count')] },
      // https://www.usatoday.com/story/money/markets/2014/12/08/stocks-monday/20085295/
      { sentence: 'The energy sector led the market lower as oil prices continued to decline with benchmark U.S. crude dropping more than 4% to $63.05 a barrel in New York.',
        expected: [pct('more than 4%', 4, { qualifier: 'more_than', change: 'down' }), f('$63.05', 63.05, 'USD', 'money')] },
      { sentence: "Shares of Cubist Pharmaceuticals (CBST) soared 35% to $100.66 after Merck (MRK) announced it's buying the Cambridge, Mass., drugmaker for $102 per share.",
        expected: [pct('35%', 35, up), f('$100.66', 100.66, 'USD', 'money'), f('$102', 102, 'USD', 'money')] },
      { sentence: "In Asia, Japan's Nikkei 225 index gained 0.1% to 17,935.64 and Kong's Hang Seng index rose 0.2% to 24,047.67.",
        expected: [pct('0.1%', 0.1, up), f('17,935.64', 17935.64, null, 'count'), pct('0.2%', 0.2, up), f('24,047.67', 24047.67, null, 'count')] },
      // https://fortune.com/2015/01/06/stocks-decline-oil-europe/
      { sentence: 'The blue-chip index plummeted 331 points on Monday and has dropped over 4% since a posting a string of record closes at the end of 2014, shortly after crossing the 18,000-point mark for the first time ever.',
        expected: [f('331 points', 331, 'point', 'count', down), pct('over 4%', 4, { qualifier: 'more_than', change: 'down' }), f('18,000-point', 18000, 'point', 'count')] },
      { sentence: 'The sell-off sent the yield for a 10-year U.S. Treasury bond below 2% for the first time since October.',
        expected: [f('10-year', 10, 'year', 'duration'), pct('below 2%', 2, { qualifier: 'less_than' })] },
      { sentence: 'On Tuesday, the glut sent prices for crude oil down for the fourth straight day, one day after they fell below $50 per barrel for the first time in 5 and 1/2 years.',
        expected: [f('one day', 1, 'day', 'duration'), f('below $50', 50, 'USD', 'money', { qualifier: 'less_than' }), f('5 and 1/2 years', 5.5, 'year', 'duration')] },
      { sentence: 'The price of U.S. crude oil settled at $47.93 per barrel Tuesday — the lowest level since April 2009.',
        expected: [f('$47.93', 47.93, 'USD', 'money')] },
      { sentence: 'Crude oil prices have dropped more than 55% since last summer and energy industry stocks have suffered as a result.',
        expected: [pct('more than 55%', 55, { qualifier: 'more_than', change: 'down' })] },
    ],
  },
  {
    topic: 'energy',
    cases: [
      // http://www.opalesque.com/print_briefing.php?id=14418&type=OCB
      { sentence: 'The 13 members of the Organization of the Petroleum Exporting Countries (OPEC) pumped an average 32.26 million barrels per day (b/d) of crude oil in October, according to a Platts survey of OPEC and oil industry officials just released.',
        expected: [f('13 members', 13, 'member', 'count'), f('32.26 million barrels per day', 32260000, 'barrel per day', 'measure')] },
      { sentence: 'This is a 210,000 b/d decline from the September level of 32.47 million b/d.',
        expected: [f('210,000 b/d', 210000, 'barrel per day', 'measure', down), f('32.47 million b/d', 32470000, 'barrel per day', 'measure')] },
      { sentence: 'Excluding Iraq, production from the 12 members hitherto bound by output agreements fell by 220,000 b/d, to 29.96 million b/d from 30.18 million b/d, the survey showed.',
        expected: [f('12 members', 12, 'member', 'count'), f('220,000 b/d', 220000, 'barrel per day', 'measure', down),
          f('29.96 million b/d', 29960000, 'barrel per day', 'measure'), f('30.18 million b/d', 30180000, 'barrel per day', 'measure')] },
      // http://uatoday.tv/press/opec-sharply-drops-oil-output-to-its-lowest-level-since-may-wsj-744255.html
      { sentence: 'The new data show that total production by the Organization of the Petroleum Exporting Countries fell by about 200,000 barrels a day to 33 million barrels a day in August, its lowest level since May.',
        expected: [f('about 200,000 barrels a day', 200000, 'barrel per day', 'measure', { qualifier: 'approx', change: 'down' }), f('33 million barrels a day', 33000000, 'barrel per day', 'measure')] },
      { sentence: "Meanwhile, the OPEC officials say, the new data show that Iran's production is stalling out at 3.6 million barrels a day, roughly the same level in August as in May.",
        expected: [f('3.6 million barrels a day', 3600000, 'barrel per day', 'measure')] },
      // https://en.inform.kz/news/opec-oil-production-rises_a2818040/
      { sentence: "GENEVA. KAZINFORM - OPEC oil production averaged 31.544 million barrels per day in August, compared to 31.531 million barrels per day in July, according to the organization's Monthly Oil Market Report published on September 14.",
        expected: [f('31.544 million barrels per day', 31544000, 'barrel per day', 'measure'), f('31.531 million barrels per day', 31531000, 'barrel per day', 'measure')] },
      { sentence: "Saudi Arabia, the world's top oil exporter, increased its production in August by 30,000 barrels per day to 10.362 million barrels per day.",
        expected: [f('30,000 barrels per day', 30000, 'barrel per day', 'measure', up), f('10.362 million barrels per day', 10362000, 'barrel per day', 'measure')] },
      { sentence: "Iran's oil production increased by 4,000 barrels per day to 2.857 million barrels per day while Iraq's oil production decreased by 86,000 barrels per day to 4.062 million barrels per day.",
        expected: [f('4,000 barrels per day', 4000, 'barrel per day', 'measure', up), f('2.857 million barrels per day', 2857000, 'barrel per day', 'measure'),
          f('86,000 barrels per day', 86000, 'barrel per day', 'measure', down), f('4.062 million barrels per day', 4062000, 'barrel per day', 'measure')] },
      { sentence: "Saudi Arabia and other Gulf states pushed OPEC's strategy shift last year to defend market share rather than cut output to support oil prices, which experienced a historic fall as US oil prices fell below $40 a barrel on Aug. 28 for the first time since the 2009 financial crisis.",
        expected: [f('below $40', 40, 'USD', 'money', { qualifier: 'less_than' })] },
      // https://www.bqprime.com/business/opec-oil-data-show-3-million-barrel-supply-shortfall-as-saudis-extend-cuts
      { sentence: 'OPEC’s 13 members have pumped an average of 27.4 million barrels a day so far this quarter, or roughly 1.8 million less than it believes consumers needed, according to the report.',
        expected: [f('13 members', 13, 'member', 'count'), f('27.4 million barrels a day', 27400000, 'barrel per day', 'measure'), f('roughly 1.8 million', 1800000, null, 'count', { qualifier: 'approx' })] },
      { sentence: 'OPEC estimates it needs to provide 30.7 million barrels a day in the fourth quarter to satisfy consumption.',
        expected: [f('30.7 million barrels a day', 30700000, 'barrel per day', 'measure')] },
      // http://uk.reuters.com/article/opec-oil-survey-idUKL8N18S1OV
      { sentence: 'The survey indicates output from the 13-member Organization of the Petroleum Exporting Countries fell by 120,000 bpd in May.',
        expected: [f('13-member', 13, 'member', 'count'), f('120,000 bpd', 120000, 'barrel per day', 'measure', down)] },
      { sentence: 'It has no supply target, having at its last meeting in December scrapped its output ceiling of 30 million bpd, which it had been exceeding for months.',
        expected: [f('30 million bpd', 30000000, 'barrel per day', 'measure')] },
      // https://renewableenergymagazine.com/panorama/new-global-energy-monitor-solar-and-wind-20220603
      { sentence: 'The Global Wind Power Tracker (GWPT) catalogues 13,263 operating utility-scale wind farm phases generating 681.4 GW in 144 countries, and an additional 5,235 prospective projects that would generate 882.0 GW.',
        expected: [f('13,263 operating utility-scale wind farm phases', 13263, 'phase', 'count'), f('681.4 GW', 681.4, 'gigawatt', 'measure'), f('144 countries', 144, 'country', 'count'),
          f('5,235 prospective projects', 5235, 'project', 'count'), f('882.0 GW', 882, 'gigawatt', 'measure')] },
      { sentence: 'Utility-scale solar accounts for roughly 65 percent of total global solar capacity with the remaining 35 percent being residential and commercial installations.',
        expected: [pct('roughly 65 percent', 65, { qualifier: 'approx' }), pct('35 percent', 35)] },
      // http://gwec.net/100-gw-solar-pv-282-gw-wind-power-globally/
      { sentence: 'This will generate as much electricity as sixteen 1GW coal power plants or nuclear reactors and avoid 53 million tonnes of carbon emissions annually.',
        expected: [f('1GW', 1, 'gigawatt', 'measure'), f('53 million tonnes', 53000000, 'tonne', 'measure')] },
      // https://earthwiseradio.org/tag/solar-capacity/
      { sentence: 'Currently, 1 GW of solar is operational at the facility, but work is underway that will add 1.8 GW more capacity.',
        expected: [f('1 GW', 1, 'gigawatt', 'measure'), f('1.8 GW', 1.8, 'gigawatt', 'measure', up)] },
      { sentence: 'By the end of the decade, the capacity of the facility is expected to reach 7.2 GW, exceeding the original 5 GW target.',
        expected: [f('7.2 GW', 7.2, 'gigawatt', 'measure'), f('5 GW', 5, 'gigawatt', 'measure')] },
      { sentence: 'The biggest is the Three Gorges Dam in China, which has an enormous 22.5 GW capacity.',
        expected: [f('22.5 GW', 22.5, 'gigawatt', 'measure')] },
    ],
  },
  {
    topic: 'disasters: earthquakes, storms, heat, fires, floods',
    cases: [
      // https://exbulletin.com/uncategorized/2566314/ (CNN)
      { sentence: 'June 4, 2000 – A 7.9 magnitude earthquake strikes South Sumatra, Indonesia, killing an estimated 103 people.',
        expected: [f('7.9 magnitude', 7.9, 'magnitude', 'measure'), f('an estimated 103 people', 103, 'person', 'count', { qualifier: 'approx' })] },
      { sentence: 'January 26, 2001 – An estimated 20,000 people were killed by a 7.7 magnitude earthquake centered in Gujarat, India.',
        expected: [f('An estimated 20,000 people', 20000, 'person', 'count', { qualifier: 'approx' }), f('7.7 magnitude', 7.7, 'magnitude', 'measure')] },
      { sentence: 'February 13, 2001 – Another earthquake with a magnitude of 6.6 hits El Salvador.',
        expected: [f('magnitude of 6.6', 6.6, 'magnitude', 'measure')] },
      { sentence: 'It is estimated that three hundred and fifteen people were killed.',
        expected: [f('three hundred and fifteen people', 315, 'person', 'count')] },
      { sentence: 'March 25, 2002 – Another earthquake in the Hindu Kush region of Afghanistan, measuring 6.1, kills 1,000 people.',
        expected: [f('measuring 6.1', 6.1, 'magnitude', 'measure'), f('1,000 people', 1000, 'person', 'count')] },
      // http://www.edition.cnn.com/2013/07/05/world/earthquakes-fast-facts/index.html
      { sentence: 'June 4, 2000 - A magnitude 7.9 earthquake strikes southern Sumatra, Indonesia, killing an estimated 103 people.',
        expected: [f('magnitude 7.9', 7.9, 'magnitude', 'measure'), f('an estimated 103 people', 103, 'person', 'count', { qualifier: 'approx' })] },
      { sentence: 'June 23, 2001 - An estimated 138 people are killed in Peru by an 8.4-magnitude earthquake.',
        expected: [f('An estimated 138 people', 138, 'person', 'count', { qualifier: 'approx' }), f('8.4-magnitude', 8.4, 'magnitude', 'measure')] },
      { sentence: 'February 24, 2003 - In southern Xianjiang, China, a magnitude 6.3 quake leaves an estimated 263 people dead.',
        expected: [f('magnitude 6.3', 6.3, 'magnitude', 'measure'), f('an estimated 263 people', 263, 'person', 'count', { qualifier: 'approx' })] },
      // https://www.nbcnewyork.com/weather/weather-stories/category-5-hurricanes-rarely-hit-u-s-where-does-ian-rank-after-florida-landfall/3886214/
      { sentence: 'Hurricane Ian made landfall in Florida as a category 4 storm with 150 mph winds, making it one of the strongest storms ever to hit the U.S. mainland.',
        expected: [f('150 mph', 150, 'mile per hour', 'measure')] },
      { sentence: 'Ian almost hit as a category 5 storm, the wind speed threshold for that is 157 mph or higher (learn more about hurricane categories here).',
        expected: [f('157 mph or higher', 157, 'mile per hour', 'measure', { qualifier: 'at_least' })] },
      { sentence: 'It killed more than 400 people and remains the strongest hurricane to ever make landfall on the U.S. mainland in terms of wind speeds.',
        expected: [f('more than 400 people', 400, 'person', 'count', { qualifier: 'more_than' })] },
      { sentence: 'Hurricane Andrew -- Aug. 24, 1992: This one also targeted Florida, making landfall in Miami-Dade County with max sustained winds of 165 mph and destroying more than 50,000 homes.',
        expected: [f('165 mph', 165, 'mile per hour', 'measure'), f('more than 50,000 homes', 50000, 'home', 'count', { qualifier: 'more_than' })] },
      { sentence: 'Nearly two dozen deaths were reported.',
        expected: [f('Nearly two dozen deaths', 24, 'death', 'count', { qualifier: 'approx' })] },
      // https://fox43.com/2019/04/19/noaa-hurricane-michael-was-the-4th-category-5-storm-on-record-to-hit-the-u-s-when-it-struck-in-2018/
      { sentence: 'Michael produced devastating winds and storm surge and was directly responsible for 16 deaths and about $25 billion in damage in the United States.',
        expected: [f('16 deaths', 16, 'death', 'count'), f('about $25 billion', 25e9, 'USD', 'money', { qualifier: 'approx' })] },
      // https://www.aljazeera.com/news/2023/7/19/heatwaves-set-more-records-across-europe-asia-and-usa
      { sentence: 'On Tuesday, the capital, Beijing, logged its 27th day of temperatures of more than 35C (95F), setting a new record for the most number of high-temperature days in a year.',
        expected: [f('more than 35C', 35, 'degree Celsius', 'measure', { qualifier: 'more_than' }), f('95F', 95, 'degree Fahrenheit', 'measure', { qualifier: 'more_than', equivalent_of: 'more than 35C' })] },
      { sentence: 'On Sunday, a remote township in the Turpan Depression registered a maximum temperature of 52.2C (126F), smashing China’s national record of 50.3C (122.5F) that was also set in the basin in 2015.',
        expected: [f('52.2C', 52.2, 'degree Celsius', 'measure'), f('126F', 126, 'degree Fahrenheit', 'measure', { equivalent_of: '52.2C' }),
          f('50.3C', 50.3, 'degree Celsius', 'measure'), f('122.5F', 122.5, 'degree Fahrenheit', 'measure', { equivalent_of: '50.3C' })] },
      { sentence: 'Fire spokesman Yannis Artopios called it “a difficult day”, with another heatwave on the horizon for Thursday, with expected temperatures of 44C (111F).',
        expected: [f('44C', 44, 'degree Celsius', 'measure'), f('111F', 111, 'degree Fahrenheit', 'measure', { equivalent_of: '44C' })] },
      // https://www.washingtonpost.com/weather/2019/07/01/europes-historic-heat-wave-crushed-more-records-this-weekend-is-finally-easing/
      { sentence: 'In France, where vineyards were left scorched by heat, 13 weather stations broke the country’s all-time heat record of 111.4 degrees (44.1 Celsius) Friday, including three by at least one degree.',
        expected: [f('13 weather stations', 13, 'station', 'count'), f('111.4 degrees', 111.4, 'degree', 'measure'), f('44.1 Celsius', 44.1, 'degree Celsius', 'measure', { equivalent_of: '111.4 degrees' }),
          f('at least one degree', 1, 'degree', 'measure', { qualifier: 'at_least' })] },
      { sentence: 'France is now one of seven European nations to reach temperatures of at least 113 degrees (45 Celsius), according to the Australian.',
        expected: [f('seven European nations', 7, 'nation', 'count'), f('at least 113 degrees', 113, 'degree', 'measure', { qualifier: 'at_least' }),
          f('45 Celsius', 45, 'degree Celsius', 'measure', { qualifier: 'at_least', equivalent_of: 'at least 113 degrees' })] },
      { sentence: 'Czech Republic: 101.3 degrees (38.9 Celsius) in Doksany, breaking a record of 100.8 degrees in 2000.',
        expected: [f('101.3 degrees', 101.3, 'degree', 'measure'), f('38.9 Celsius', 38.9, 'degree Celsius', 'measure', { equivalent_of: '101.3 degrees' }), f('100.8 degrees', 100.8, 'degree', 'measure')] },
      { sentence: 'On Sunday alone, more than 30 locations in Central Europe — many in Germany — set all-time heat records, Weather Underground reported.',
        expected: [f('more than 30 locations', 30, 'location', 'count', { qualifier: 'more_than' })] },
      // https://timesofoman.com/article/41178-fast-moving-wildfire-destroys-homes-in-northern-california
      { sentence: 'The fire started at 1.15pm and burned 1,000 acres (405 hectares) in Butte County, about 85 miles (135 km) north of Sacramento, according to information on the Cal Fire website.',
        expected: [f('1,000 acres', 1000, 'acre', 'measure'), f('405 hectares', 405, 'hectare', 'measure', { equivalent_of: '1,000 acres' }),
          f('about 85 miles', 85, 'mile', 'measure', { qualifier: 'approx' }), f('135 km', 135, 'kilometre', 'measure', { qualifier: 'approx', equivalent_of: 'about 85 miles' })] },
      { sentence: 'At least nine houses were destroyed, local media reported.',
        expected: [f('At least nine houses', 9, 'house', 'count', { qualifier: 'at_least' })] },
      { sentence: 'Northern California is facing a heatwave over the next few days with temperatures expected to top 105 degrees Fahrenheit, the National Weather Service said.',
        expected: [f('105 degrees Fahrenheit', 105, 'degree Fahrenheit', 'measure')] },
      { sentence: 'Since the beginning of the year, wildfires in the U.S. West have burned more than 6.8 million acres, about 50 per cent more than during the same time period in 2016.',
        expected: [f('more than 6.8 million acres', 6800000, 'acre', 'measure', { qualifier: 'more_than' }), pct('about 50 per cent', 50, { qualifier: 'approx' })] },
      { sentence: 'More than 45,000 fires have burned so far this year across the region, 15 per cent more than in 2016, according to the National Interagency Fire Centre.',
        expected: [f('More than 45,000 fires', 45000, 'fire', 'count', { qualifier: 'more_than' }), pct('15 per cent', 15)] },
      // https://americares-testingmo.materiell.net/emergency-program/ep-california-wildfires
      { sentence: 'The Camp Fire in Northern California and the Woolsey Fire in Southern California burned more than 250,000 acres in California in one week – larger than the cities of Boston and Chicago combined.',
        expected: [f('more than 250,000 acres', 250000, 'acre', 'measure', { qualifier: 'more_than' }), f('one week', 1, 'week', 'duration')] },
      { sentence: 'Officials report 87 deaths and nearly 19,500 structures destroyed.',
        expected: [f('87 deaths', 87, 'death', 'count'), f('nearly 19,500 structures', 19500, 'structure', 'count', { qualifier: 'approx' })] },
      { sentence: 'More than 47,000 people were evacuated.',
        expected: [f('More than 47,000 people', 47000, 'person', 'count', { qualifier: 'more_than' })] },
      // https://www.deseret.com/2007/10/28/20049976/wildfires-at-a-glance
      { sentence: 'Homes destroyed: At least 1,700, according to county authorities.',
        expected: [f('At least 1,700', 1700, null, 'count', { qualifier: 'at_least' })] },
      { sentence: 'Evacuees: 4,403 people in 28 shelters.',
        expected: [f('4,403 people', 4403, 'person', 'count'), f('28 shelters', 28, 'shelter', 'count')] },
      // https://www.sott.net/topic/5-Floods?page=401 (AP)
      { sentence: 'Rescuers on Monday found the bodies of 17 people who were among 20 university students and two guides who went missing in rain-triggered floods and landslides at a popular waterfall in western Indonesia, an official said.',
        expected: [f('17 people', 17, 'person', 'count'), f('20 university students', 20, 'student', 'count'), f('two guides', 2, 'guide', 'count')] },
      { sentence: 'Six bodies were found about 3 kilometers (2 miles) downstream from the waterfall, Surbakti said.',
        expected: [f('Six bodies', 6, 'body', 'count'), f('about 3 kilometers', 3, 'kilometre', 'measure', { qualifier: 'approx' }), f('2 miles', 2, 'mile', 'measure', { qualifier: 'approx', equivalent_of: 'about 3 kilometers' })] },
      // https://molinostewart.com.au/floodplain-manager-category/international-floods-2/
      { sentence: 'At least 1,000 people died and over 420,000 people were displaced.',
        expected: [f('At least 1,000 people', 1000, 'person', 'count', { qualifier: 'at_least' }), f('over 420,000 people', 420000, 'person', 'count', { qualifier: 'more_than' })] },
      { sentence: 'A total of 17 people have died and 6,700 displaced after Hurricane Michael tore through the Florida Panhandle.',
        expected: [f('17 people', 17, 'person', 'count'), f('6,700', 6700, 'person', 'count')] },
      { sentence: 'The hurricane extended more than 160 km inland and brought rainfall of 254 mm or greater to the Pandhandle which caused flash flooding across the area (read more hereherehere and here).',
        expected: [f('more than 160 km', 160, 'kilometre', 'measure', { qualifier: 'more_than' }), f('254 mm or greater', 254, 'millimetre', 'measure', { qualifier: 'at_least' })] },
      { sentence: 'At least 12 people have died and 1,000 displaced after heavy rain caused deadly flash flooding in the Aude region of southern France.',
        expected: [f('At least 12 people', 12, 'person', 'count', { qualifier: 'at_least' }), f('1,000', 1000, 'person', 'count')] },
      // http://www.sott.net/topic/5-floods?page=123
      { sentence: 'At least 38 people have been killed in various rain-related incidents in the past 40 hours as Uttar Pradesh continues to receive heavy and incessant rainfall, throwing normal life completely out of gear.',
        expected: [f('At least 38 people', 38, 'person', 'count', { qualifier: 'at_least' }), f('40 hours', 40, 'hour', 'duration')] },
      { sentence: 'Various districts of UP have recorded over 22 mm of rainfall while Lucknow has recorded 235 mm rainfall in the past 36 hours.',
        expected: [f('over 22 mm', 22, 'millimetre', 'measure', { qualifier: 'more_than' }), f('235 mm', 235, 'millimetre', 'measure'), f('36 hours', 36, 'hour', 'duration')] },
      { sentence: 'As of late 15 September, 68 people from 27 families were displaced.',
        expected: [f('68 people', 68, 'person', 'count'), f('27 families', 27, 'family', 'count')] },
      // https://www.sott.net/topic/5-Floods?page=239
      { sentence: 'According to some media reports, 13 people have died and 15,000 Tanzanians remain homeless across the Lindi region as a result of floods.',
        expected: [f('13 people', 13, 'person', 'count'), f('15,000 Tanzanians', 15000, 'tanzanian', 'count')] },
      { sentence: 'Local media reported that around 130 families were evacuated from their homes.',
        expected: [f('around 130 families', 130, 'family', 'count', { qualifier: 'approx' })] },
      { sentence: 'Around 100 vehicles were damaged in the flooding, along with at least 30 houses.',
        expected: [f('Around 100 vehicles', 100, 'vehicle', 'count', { qualifier: 'approx' }), f('at least 30 houses', 30, 'house', 'count', { qualifier: 'at_least' })] },
      // https://www.sott.net/topic/5-Floods%253Fpage=11%3Fpage=81?page=394 (RT)
      { sentence: 'A state of emergency has been declared in 44 of 55 counties in West Virginia in the wake of storms and floods that hit the state on Thursday night.',
        expected: [f('44 of', 44, 'county', 'count'), f('55 counties', 55, 'county', 'count')] },
      { sentence: "The death toll from the floods has climbed to 23, a spokesperson for West Virginia's Homeland Security and Emergency Management said Friday night, noting that the hardest hit area is in Greenbrier County in the southeastern part of the state, where at least 15 people have died.",
        expected: [f('23', 23, 'death', 'count'), f('at least 15 people', 15, 'person', 'count', { qualifier: 'at_least' })] },
      { sentence: "About 500 people became stranded inside a shopping mall in the town of Elkview, some 12 miles (19km) from the state's capital, Charleston, on Thursday.",
        expected: [f('About 500 people', 500, 'person', 'count', { qualifier: 'approx' }), f('some 12 miles', 12, 'mile', 'measure', { qualifier: 'approx' }),
          f('19km', 19, 'kilometre', 'measure', { qualifier: 'approx', equivalent_of: 'some 12 miles' })] },
    ],
  },
  {
    topic: 'disasters: tolls given as estimates, injured beside deaths (blind-read reports, then fixed)',
    cases: [
  // https://www.taipeitimes.com/News/world/archives/2004/08/12/2003198418
    { sentence: 'Shi put the death toll at two and said 422 people were injured when the quake rolled through the area at 6:26pm.',
      expected: [f('two', 2, 'death', 'count'), f('422 people', 422, 'person', 'count')] },
    { sentence: 'By yesterday afternoon, the official Xinhua News Agency put the casualties at 600, with 142 injured seriously.',
      expected: [f('600', 600, 'casualty', 'count'), f('142', 142, 'person', 'count')] },
    { sentence: 'The quake Tuesday caused 5,175 houses to collapse and damaged thousands more, according to a statement on the county government\'s Web site.',
      expected: [f('5,175 houses', 5175, 'house', 'count')] },
  // http://amp.cbc.ca/news/world/iran-pakistan-quake-casualty-reports-vary-1.1311195
    { sentence: 'The Pakistani army says it has evacuated 16 seriously injured people by helicopter from the site of a deadly earthquake near the Iranian border.',
      expected: [f('16 seriously injured people', 16, 'person', 'count')] },
    { sentence: "Iran's main state TV channel said Wednesday that only one person was killed — a woman who was struck by falling rocks while she was collecting herbs — and that 12 people were injured.",
      expected: [f('one person', 1, 'person', 'count'), f('12 people', 12, 'person', 'count')] },
  // constructed: a toll, then the injured and the dead beside it
    { sentence: 'The death toll rose to 113, with 782 injured and 20 dead in Qinghai.',
      expected: [f('113', 113, 'death', 'count'), f('782', 782, 'person', 'count'), f('20', 20, 'death', 'count')] },
  // constructed: "the number of" a casualty word
    { sentence: 'The number of dead rose to five, officials said.',
      expected: [f('five', 5, 'death', 'count')] },
    ],
  },
  {
    topic: 'courts: mixed fractions in sentences (blind-read reports, then fixed)',
    cases: [
  // https://nzherald.co.nz/business/companies/manufacturing/ex-tyco-executives-sentenced-tonbspprison/J24KR2GSRH4NWAQY2WTRCH6BNU
    { sentence: 'Dennis Kozlowski and Mark Swartz, former top Tyco International executives who were found guilty of stealing more than US$150 million ($216.7 million) from the company, were each sentenced today to 8-1/3 to 25 years in prison.',
      expected: [
        f('more than US$150 million', 150_000_000, 'USD', 'money', { qualifier: 'more_than' }),
        f('$216.7 million', 216_700_000, 'USD', 'money', { qualifier: 'more_than', equivalent_of: 'more than US$150 million' }),
        f('8-1/3 to 25 years', 8.33333333333, 'year', 'duration', { value_max: 25 }),
      ] },
  // constructed: a mixed number written with a space
    { sentence: 'He was sentenced to 8 1/2 years in prison.', expected: [f('8 1/2 years', 8.5, 'year', 'duration')] },
  // constructed: local dollars after a named country's, and a price level's year
    { sentence: 'Tickets cost A$10 (US$6.50) each, or $5 in 2010 dollars.',
      expected: [f('A$10', 10, 'AUD', 'money'), f('US$6.50', 6.5, 'USD', 'money', { equivalent_of: 'A$10' }), f('$5', 5, 'USD', 'money')] },
    ],
  },
  {
    topic: 'elections: seats listed by party acronym (blind-read report, then fixed)',
    cases: [
  // https://www.dailysabah.com/elections/2015/06/07/voting-ends-polls-closed-in-turkeys-crucial-parliamentary-elections
    { sentence: 'According to the results, AK Party gets 258 seats in the parliament, CHP 132, MHP 81, and HDP 79.',
      expected: [f('258 seats', 258, 'seat', 'count'), f('132', 132, 'seat', 'count'), f('81', 81, 'seat', 'count'), f('79', 79, 'seat', 'count')] },
    { sentence: 'A total of 174,240 polling stations were open until 5.00 p.m. local time (1500 GMT).',
      expected: [f('174,240 polling stations', 174240, 'station', 'count')] },
  // constructed: a name that is no list item keeps its number as a label
    { sentence: 'Sales rose 5%, while Apple 11 stayed in stock.', expected: [pct('5%', 5, up)] },
    ],
  },
  {
    topic: 'disasters: the Jishishan (Gansu) earthquake, December 2023 (fixtures/gansu-quake-2023)',
    cases: [
      // https://tibetanreview.net/gansu-earthquake-kills-at-least-118-including-13-in-neigbouring-qinghai/
      { sentence: 'Gansu earthquake kills at least 118, including 13 in neigbouring Qinghai',
        expected: [f('at least 118', 118, 'person', 'count', { qualifier: 'at_least' }), f('13', 13, 'person', 'count')] },
      { sentence: '(TibetanReview.net, Dec19’23) – A magnitude-6.2 earthquake which rocked an ethnic county in China’s Gansu Province around midnight on Dec 18 has killed at least 118 people as of Dec 19 morning, including 13 in neighbouring Qinghai province, reported China’s official Xinhua news agency.',
        expected: [f('magnitude-6.2', 6.2, 'magnitude', 'measure'), f('at least 118 people', 118, 'person', 'count', { qualifier: 'at_least' }), f('13', 13, 'person', 'count')] },
      { sentence: 'In Qinghai, the quake has left 182 people injured and 20 missing, with rescue efforts continuing, Wang Wen, vice mayor of Haidong (Tibetan: Tsoshar) City, Qinghai, has said at a press conference held by the earthquake relief headquarters in Haidong.',
        expected: [f('182 people', 182, 'person', 'count'), f('20', 20, 'person', 'count')] },
      { sentence: 'China Earthquake Networks Centre has said the quake jolted at 11:59 pm Dec 18 and had a focal depth of 10 km.',
        expected: [f('10 km', 10, 'kilometre', 'measure')] },
      { sentence: 'As of 10 am Dec 19, the earthquake had claimed 105 lives in Gansu, the report said.',
        expected: [f('105 lives', 105, 'life', 'count')] },
      { sentence: 'The deadliest quake in the area in recent decades occurred in 2008 when a magnitude-8.0 temblor struck Sichuan, killing nearly 70,000 people.',
        expected: [f('magnitude-8.0', 8, 'magnitude', 'measure'), f('nearly 70,000 people', 70000, 'person', 'count', { qualifier: 'approx' })] },
      // https://en.people.cn/n3/2023/1219/c90000-20112393.html (Xinhua)
      { sentence: "Earthquake leaves 13 dead in China's Qinghai",
        expected: [f('13', 13, 'person', 'count')] },
      { sentence: "XINING, Dec. 19 (Xinhua) -- The 6.2-magnitude earthquake that rattled an ethnic county in northwest China's Gansu Province around midnight Monday has killed 13 people in the neighboring Qinghai Province, according to a press conference Tuesday afternoon.",
        expected: [f('6.2-magnitude', 6.2, 'magnitude', 'measure'), f('13 people', 13, 'person', 'count')] },
      { sentence: 'The epicenter of the earthquake in Gansu is only 5 km away from the boundary between the two provinces.',
        expected: [f('5 km', 5, 'kilometre', 'measure'), f('two provinces', 2, 'province', 'count')] },
      { sentence: 'According to the China Earthquake Networks Center, the quake jolted at 11:59 p.m. Monday and had a focal depth of 10 km.',
        expected: [f('10 km', 10, 'kilometre', 'measure')] },
      { sentence: 'As of 10 a.m. Tuesday, the earthquake had claimed 105 lives in Gansu.',
        expected: [f('105 lives', 105, 'life', 'count')] },
      // https://en.people.cn/n3/2023/1219/c90000-20111940.html (Xinhua)
      { sentence: 'Midnight earthquake death toll rises to 111 in NW China',
        expected: [f('111', 111, 'death', 'count')] },
      { sentence: 'According to local meteorological authorities, the daily low temperature in Jishishan is reported to reach minus 10 degrees Celsius on Tuesday.',
        expected: [f('minus 10 degrees Celsius', -10, 'degree Celsius', 'measure')] },
      { sentence: 'The provincial fire and rescue department has sent 580 rescuers aided with 88 fire engines, 12 search and rescue dogs, more than 10,000 sets of equipment to the disaster area.',
        expected: [f('580 rescuers', 580, 'rescuer', 'count'), f('88 fire engines', 88, 'engine', 'count'), f('12 search and rescue dogs', 12, 'dog', 'count'),
          f('more than 10,000 sets', 10000, 'set', 'count', { qualifier: 'more_than' })] },
      // https://en.people.cn/n3/2023/1220/c90000-20112701.html (Xinhua)
      { sentence: 'As of 5:30 a.m., the disaster has injured 198 people in Qinghai, with 16 others still missing.',
        expected: [f('198 people', 198, 'person', 'count'), f('16 others', 16, 'person', 'count')] },
      { sentence: 'By Tuesday afternoon, a total of 113 people were confirmed dead in Gansu.',
        expected: [f('113 people', 113, 'person', 'count')] },
      // https://inews24.eu/china-shaken-by-the-nations-deadliest-quake-in-a-decade
      { sentence: 'The magnitude 6.2 quake struck in Gansu’s Jishishan county, about 5km (3 miles) from the provincial boundary with Qinghai.',
        expected: [f('magnitude 6.2', 6.2, 'magnitude', 'measure'), f('about 5km', 5, 'kilometre', 'measure', { qualifier: 'approx' }),
          f('3 miles', 3, 'mile', 'measure', { qualifier: 'approx', equivalent_of: 'about 5km' })] },
      { sentence: 'There were nine aftershocks by 10am local time, about 10 hours after the initial quake, the strongest one registering a magnitude of 4.1, a Gansu official said.',
        expected: [f('nine aftershocks', 9, 'aftershock', 'count'), f('about 10 hours', 10, 'hour', 'duration', { qualifier: 'approx' }), f('magnitude of 4.1', 4.1, 'magnitude', 'measure')] },
      { sentence: 'China said the quake had a magnitude of 6.2, while the United States Geological Survey reported the magnitude was 5.9, and the European Mediterranean Seismological Centre said it was a magnitude 6.1 earthquake.',
        expected: [f('magnitude of 6.2', 6.2, 'magnitude', 'measure'), f('5.9', 5.9, 'magnitude', 'measure'), f('magnitude 6.1', 6.1, 'magnitude', 'measure')] },
      { sentence: 'It struck just before midnight on Monday near the boundary between the two provinces at a relatively shallow depth of 10km (6 miles), the China Earthquake Networks Center said.',
        expected: [f('two provinces', 2, 'province', 'count'), f('10km', 10, 'kilometre', 'measure'), f('6 miles', 6, 'mile', 'measure', { equivalent_of: '10km' })] },
      { sentence: 'A 7.9 magnitude earthquake in 2008 was the country’s deadliest in recent years, which killed nearly 90,000 people in Sichuan.',
        expected: [f('7.9 magnitude', 7.9, 'magnitude', 'measure'), f('nearly 90,000 people', 90000, 'person', 'count', { qualifier: 'approx' })] },
    ],
  },
  {
    topic: 'courts and crime',
    cases: [
      // https://www.jacarandafm.com/shows/workzone-with-barney-simon/nursing-home-resident-102-charged-aggravated-assault/
      { sentence: 'A 102-year-old man in Australia has been charged after assaulting a 92-year-old fellow nursing home resident.',
        expected: [f('102-year-old', 102, 'year', 'age'), f('92-year-old', 92, 'year', 'age')] },
      { sentence: 'If he is found guilty he could face up to seven years in prison.',
        expected: [f('up to seven years', 7, 'year', 'duration', { qualifier: 'up_to' })] },
      // https://www.newcastleherald.com.au/story/8152859/visitor-charged-with-alleged-sexual-touching-at-aged-care-home/
      { sentence: 'The 80-year-old man was arrested at a Raymond Terrace home on March 27 - a day after the alleged touching, police said in a statement to the Newcastle Herald on Monday morning.',
        expected: [f('80-year-old', 80, 'year', 'age')] },
      // https://www.northernstar.com.au/news/elderly-man-charged-attempted-murder/3583131/
      { sentence: 'Detectives from Redcliffe Criminal Investigation Branch charged the 83-year-old man after an incident in Scarborough about 1.35pm on Thursday.',
        expected: [f('83-year-old', 83, 'year', 'age')] },
      { sentence: 'It will also be alleged a 74-year-old woman, who attempted to intervene in the altercation, was punched in the face.',
        expected: [f('74-year-old', 74, 'year', 'age')] },
      // https://newsbite.mooo.com/www.dailytelegraph.com.au/newslocal/central-coast/gosford-stadium-man-83-charged-with-touching-teenage-girl/news-story/33232715a75da2cf5ccd097a84e1ba35
      { sentence: 'During the Mariners clash with the Newcastle Jets on December 23, police were approached by a 15-year-old girl, who reported a man in the crowd had made her feel uncomfortable.',
        expected: [f('15-year-old', 15, 'year', 'age')] },
      { sentence: 'He was charged with intentionally sexually touching a child aged 10-16 and intentionally doing a sexual act with child aged 10-16.',
        expected: [f('aged 10-16', 10, 'year', 'age', { value_max: 16 }), f('aged 10-16', 10, 'year', 'age', { value_max: 16 })] },
      // https://www.itv.com/news/granada/2024-11-01/man-charged-with-murder-after-77-year-old-found-dead-in-home
      { sentence: 'Peter Langley, 33 and of Clipsley Lane, has now been charged with his murder and has appeared at South Sefton Magistrates Court.',
        expected: [f('33', 33, 'year', 'age')] },
      // https://www.eadt.co.uk/news/suffolk-s-saga-louts-revealed-1965256
      { sentence: 'MORE than two dozen Suffolk “Saga louts” aged 70 and upwards were charged with crimes last year, police have revealed.',
        expected: [f('MORE than two dozen Suffolk “Saga louts', 24, 'lout', 'count', { qualifier: 'more_than' }), f('aged 70 and upwards', 70, 'year', 'age', { qualifier: 'at_least' })] },
      { sentence: 'The pensioners, whose ages range from 70 to 82, faced a raft of accusations including sex crimes, assaults and driving while drunk.',
        expected: [f('70 to 82', 70, 'year', 'age', { value_max: 82 })] },
      { sentence: 'Among those who faced criminal charges was a 75-year-old man accused of rape and two men, aged 73 and 78, who faced accusations of child pornography.',
        expected: [f('75-year-old', 75, 'year', 'age'), f('two men', 2, 'man', 'count'), f('aged 73', 73, 'year', 'age'), f('78', 78, 'year', 'age')] },
      { sentence: 'Ten pensioners aged 70 to 82 years old appeared in court on allegations of drink driving, while a 71-year-old was charged with driving while disqualified.',
        expected: [f('Ten pensioners', 10, 'pensioner', 'count'), f('aged 70 to 82 years old', 70, 'year', 'age', { value_max: 82 }), f('71-year-old', 71, 'year', 'age')] },
      { sentence: 'A 76-year-old was charged with money laundering offences, while four 71-year-olds and a 70-year-old faced public order offences, usually termed as threatening or abusive behaviour.',
        expected: [f('76-year-old', 76, 'year', 'age'), f('71-year-olds', 71, 'year', 'age'), f('70-year-old', 70, 'year', 'age')] },
      { sentence: 'All 32 pensioners were men.',
        expected: [f('32 pensioners', 32, 'pensioner', 'count')] },
      // https://richmond.com/news/local/crime-and-courts/former-richmond-investment-advisor-sentenced-in-13-million-fraud-scheme/article_c5237e49-c8a4-5e50-abbb-203672273e5e.html
      { sentence: 'A key player in a $13 million international fraud scam was sentenced to 8 years and one month in prison Friday and ordered to pay $4.1 million in restitution.',
        expected: [f('$13 million', 13e6, 'USD', 'money'), f('8 years', 8, 'year', 'duration'), f('one month', 1, 'month', 'duration'), f('$4.1 million', 4.1e6, 'USD', 'money')] },
      { sentence: 'James Michael Johnson, 69, of Richmond, was convicted in a jury trial last October of conspiracy to commit wire fraud, wire fraud and conspiracy to launder money.',
        expected: [f('69', 69, 'year', 'age')] },
      { sentence: 'In December Hudson sentenced a third man in the scheme, Stuart Jay Anderson, 52, a lawyer from Aliso Viejo, Calif., to four years and ordered him to pay $5,715,578.21 in restitution.',
        expected: [f('52', 52, 'year', 'age'), f('four years', 4, 'year', 'duration'), f('$5,715,578.21', 5715578.21, 'USD', 'money')] },
      // https://archive.sltrib.com/article.php?id=52827862&itype=CMSID
      { sentence: 'Chief U.S. District Judge Ted Stewart sentenced Christopher D. Hales, 30, who last lived in Midvale, to 7 ½ years in federal prison and ordered him to pay $12.7 million in restitution.',
        expected: [f('30', 30, 'year', 'age'), f('7 ½ years', 7.5, 'year', 'duration'), f('$12.7 million', 12.7e6, 'USD', 'money')] },
      // https://news.bloomberglaw.com/us-law-week/financier-to-pay-3-5-billion-serve-30-years-for-mortgage-fraud
      { sentence: 'A former Florida-based mortgage company chairman convicted of fraud must serve 30 years in prison and pay $38.5 million after he failed to convince the Fourth Circuit Wednesday that his sentence should be overturned because of a change in the law about obtaining counsel.',
        expected: [f('30 years', 30, 'year', 'duration'), f('$38.5 million', 38.5e6, 'USD', 'money')] },
      { sentence: 'They also allegedly inflated the value of their collateral by more than $1.5 billion, and sought to defraud the government out of $553 million.',
        expected: [f('more than $1.5 billion', 1.5e9, 'USD', 'money', { qualifier: 'more_than' }), f('$553 million', 553e6, 'USD', 'money')] },
      // https://firstclassgists.com/?p=22952
      { sentence: 'Franklin Okwonna, 34, received a sentence of five years and three months from a federal court in the Eastern District of Virginia on Tuesday.',
        expected: [f('34', 34, 'year', 'age'), f('five years', 5, 'year', 'duration'), f('three months', 3, 'month', 'duration')] },
      { sentence: 'Ebuka Umeti, 35, Okwonna’s co-defendant, was sentenced to 10 years in prison on August 27.',
        expected: [f('35', 35, 'year', 'age'), f('10 years', 10, 'year', 'duration')] },
      { sentence: 'In addition to his prison term, Okwonna was ordered to pay nearly $5 million in restitution for his fraudulent activities, which spanned from February 2016 to July 2021.',
        expected: [f('nearly $5 million', 5e6, 'USD', 'money', { qualifier: 'approx' })] },
      // https://www.lvcriminaldefense.com/investment-fraud/
      { sentence: 'Bernard Maddoff, the modern poster-child of investment fraud, was sentenced to 150 years in prison in June 2009.',
        expected: [f('150 years', 150, 'year', 'duration')] },
      { sentence: 'Bernard Ebbers, the former Chief Executive of MCI Worldcom was sentenced in 2005 to twenty-five (25) years in prison for sham accounting practices leading to the downfall of MCI Worldcom.',
        expected: [f('twenty-five (25) years', 25, 'year', 'duration')] },
      // https://www.frankrubino.com/blog/2013/01/8-5-million-in-restitution-ordered-in-mortgage-fraud-case/
      { sentence: 'The remaining defendants cooperated with prosecutors and were sentenced to 4 years, just under 3 years, 2.5 years and 20 months in prison, respectively.',
        expected: [f('4 years', 4, 'year', 'duration'), f('just under 3 years', 3, 'year', 'duration', { qualifier: 'less_than' }), f('2.5 years', 2.5, 'year', 'duration'), f('20 months', 20, 'month', 'duration')] },
      { sentence: 'Four of the defendants were held jointly responsible for more than $8.5 million in damages stemming from mortgage fraud involving ten properties.',
        expected: [f('Four of the defendants', 4, 'defendant', 'count'), f('more than $8.5 million', 8.5e6, 'USD', 'money', { qualifier: 'more_than' }), f('ten properties', 10, 'property', 'count')] },
    ],
  },
  {
    topic: 'money: South Korea (won with conversions)',
    cases: [
      // https://m-en.yna.co.kr/view/AEN20201005001600320 (Yonhap)
      { sentence: "SEJONG, Oct. 5 (Yonhap) -- South Korea's top 10 business conglomerates were fined some 100 billion won (US$85.5 million) over the past three years for unfair business practices, a report showed Monday.",
        expected: [f('some 100 billion won', 100e9, 'KRW', 'money', { qualifier: 'approx' }), f('US$85.5 million', 85.5e6, 'USD', 'money', { qualifier: 'approx', equivalent_of: 'some 100 billion won' }),
          f('three years', 3, 'year', 'duration')] },
      { sentence: 'Hyundai Motor Group was slapped with the biggest fine of 87.8 billion won, the report showed.',
        expected: [f('87.8 billion won', 87.8e9, 'KRW', 'money')] },
      { sentence: 'LG Group was fined 4 billion won over the past three years, while SK Group was fined 3.2 billion won, according to the report.',
        expected: [f('4 billion won', 4e9, 'KRW', 'money'), f('three years', 3, 'year', 'duration'), f('3.2 billion won', 3.2e9, 'KRW', 'money')] },
      // http://www01.koreaherald.com/list.php?ct=020200000000&mp=409&np=4088
      { sentence: 'A fine of 3.43 billion won ($2.97 million) was imposed on Woongjin, 1.48 billion won on Hanwha and 1.13 billion on STX for giving out orders to subsidiaries with low earnings, the Fair Trade Commission said.',
        expected: [f('3.43 billion won', 3.43e9, 'KRW', 'money'), f('$2.97 million', 2.97e6, 'USD', 'money', { equivalent_of: '3.43 billion won' }),
          f('1.48 billion won', 1.48e9, 'KRW', 'money'), f('1.13 billion', 1.13e9, null, 'count')] },
      // https://koreaherald.com/view.php?ACE_SEARCH=1&ud=20121206000839
      { sentence: 'The Fair Trade Commission has levied fines on enterprises totaling 913.8 billion won ($846.1 million) so far this year, an all-time high on a yearly basis.',
        expected: [f('913.8 billion won', 913.8e9, 'KRW', 'money'), f('$846.1 million', 846.1e6, 'USD', 'money', { equivalent_of: '913.8 billion won' })] },
      { sentence: 'In March, the FTC fined Samsung Electronics and two of its executive officers a combined 400 million won for hindering an investigation by antitrust regulators.',
        expected: [f('two of its executive officers', 2, 'officer', 'count'), f('400 million won', 400e6, 'KRW', 'money')] },
      { sentence: 'Under the current antitrust law, a holding company with 100 billion won or more in assets is not allowed to own a financial affiliate.',
        expected: [f('100 billion won or more', 100e9, 'KRW', 'money', { qualifier: 'at_least' })] },
      // https://en.fnnews.com/news/202511171723329660
      { sentence: 'In February, The BORN Korea was fined 800,000 won by the Yesan County Office for violating Article 44, Paragraph 1 of the Liquefied Petroleum Gas (LPG) Safety Management and Business Act and Article 69 of its Enforcement Rules.',
        expected: [f('800,000 won', 800000, 'KRW', 'money')] },
      { sentence: 'This law concerns the manufacturing or sale of unlicensed alcoholic beverages, stating that those who produce or sell alcohol or mash without a license may face up to three years in prison or a fine of up to 30 million won.',
        expected: [f('up to three years', 3, 'year', 'duration', { qualifier: 'up_to' }), f('up to 30 million won', 30e6, 'KRW', 'money', { qualifier: 'up_to' })] },
      // https://m.acrc.go.kr/board.es?act=view&bid=62&list_no=12765&mid=a20301000000&nPage=69
      { sentence: 'The FTC imposed the penalty surcharge of KRW 2.751 billion on company A, and the amount of the penalty is an all-time high among penalty surcharges, fines for negligence, and fines imposed due to public interest whistleblowing.',
        expected: [f('KRW 2.751 billion', 2.751e9, 'KRW', 'money')] },
      { sentence: 'If the penalty surcharge is confirmed, the whistleblower is expected to receive 4-20% of the penalty as reward money.',
        expected: [pct('4-20%', 4, { value_max: 20 })] },
      // https://knowledge.trustgdpa.com/kb/penalty-provisions-administrative-fines-article-76/
      { sentence: 'Article 76: Any of the following persons and a person who made a third party commit an act falling under subparagraphs 7 through 11, shall be punished by an administrative fine not exceeding 30 million won...',
        expected: [f('not exceeding 30 million won', 30e6, 'KRW', 'money', { qualifier: 'at_most' })] },
    ],
  },
  {
    topic: 'migration and rescue',
    cases: [
      // https://www.thehawk.in/posts/sight-of-rescuers-'led-to-capsize'-of-boat-with-400-migrants
      { sentence: 'The UNHCR estimates 3,500 migrants died in the Mediterranean last year, up from 600 in 2013.',
        expected: [f('3,500 migrants', 3500, 'migrant', 'count'), f('600', 600, null, 'count')] },
      { sentence: 'UNHCR Italy spokeswoman Barbara Molinario says 900 migrants have died or gone missing at sea so far this year, part of a phenomenon the agency has been tracking since 2011.',
        expected: [f('900 migrants', 900, 'migrant', 'count')] },
      // https://bellenews.com/tag/refugees/
      { sentence: 'On February 9, at least 29 migrants died after the inflatable boat carrying them overturned in high seas.',
        expected: [f('at least 29 migrants', 29, 'migrant', 'count', { qualifier: 'at_least' })] },
      { sentence: 'Seven were already dead when they were picked up near the Italian island of Lampedusa, and a further 22 succumbed to hypothermia after spending more than 18 hours on the open deck of the vessel which picked them up.',
        expected: [f('22', 22, null, 'count'), f('more than 18 hours', 18, 'hour', 'duration', { qualifier: 'more_than' })] },
      { sentence: 'The IOM says that each boat was carrying more than 100 people when they capsized, probably on February 9.',
        expected: [f('more than 100 people', 100, 'person', 'count', { qualifier: 'more_than' })] },
      { sentence: 'The mission was launched after a fishing boat capsized off the island in October 2013, killing 366 people, but was disbanded a year later.',
        expected: [f('366 people', 366, 'person', 'count')] },
      { sentence: 'UNHCR, the UN’s refugee agency, has warned that as many as 700,000 people could have fled Syria by the end of the year, a huge increase on its previous estimate.',
        expected: [f('as many as 700,000 people', 700000, 'person', 'count', { qualifier: 'up_to' })] },
      { sentence: 'Some 294,000 refugees have already left Syria, and the UNHCR is appealing for money to help deal with the crisis.',
        expected: [f('Some 294,000 refugees', 294000, 'refugee', 'count', { qualifier: 'approx' })] },
      // http://unhcr.org/5371f0086.html
      { sentence: 'UNHCR spokesman Adrian Edwards told journalists in Geneva that at least 17 people drowned after a boat sank on Monday in international waters, some 160 kilometres south of the tiny Italian island of Lampedusa and around 80 km north-west of Tripoli, Libya.',
        expected: [f('at least 17 people', 17, 'person', 'count', { qualifier: 'at_least' }), f('some 160 kilometres', 160, 'kilometre', 'measure', { qualifier: 'approx' }), f('around 80 km', 80, 'kilometre', 'measure', { qualifier: 'approx' })] },
      { sentence: 'The dead included 12 women, three children and two men.',
        expected: [f('12 women', 12, 'woman', 'count'), f('three children', 3, 'child', 'count'), f('two men', 2, 'man', 'count')] },
      { sentence: 'The French vessel, Bourbon Arcadia, rescued 158 people and the Kehoe Tide from Vanuatu rescued 68 people.',
        expected: [f('158 people', 158, 'person', 'count'), f('68 people', 68, 'person', 'count')] },
      { sentence: '"The other shipwrecks we know of, include one that took place off Libya around May 6 when a boat carrying 130 people capsized some 30 minutes into the journey, just a few miles from the coast," Edwards said.',
        expected: [f('130 people', 130, 'person', 'count'), f('some 30 minutes', 30, 'minute', 'duration', { qualifier: 'approx' })] },
      // https://www.foxnews.com/world/up-to-500-refugees-feared-dead-in-shipwreck-un-agency-says
      { sentence: 'Up to 500 refugees are feared dead in a shipwreck in the Mediterranean Sea last week after a boat capsized while carrying “hundreds of people in terribly overcrowded conditions," the U.N. refugee agency announced Wednesday.',
        expected: [f('Up to 500 refugees', 500, 'refugee', 'count', { qualifier: 'up_to' }), f('hundreds of people', null, 'person', 'count')] },
      { sentence: "The survivors said they had been among 100 to 200 people who left a town near Tobruk, Libya, on a smugglers' boat last week.",
        expected: [f('100 to 200 people', 100, 'person', 'count', { value_max: 200 })] },
      { sentence: 'A Somali survivor said the wooden boat that capsized was around 90 feet in length and already had around 300 people on it before the hundreds from his ship were asked to board.',
        expected: [f('around 90 feet', 90, 'foot', 'measure', { qualifier: 'approx' }), f('around 300 people', 300, 'person', 'count', { qualifier: 'approx' })] },
      // https://indiatvnews.com/amp/news/world/refugee-boats-capsize-off-yemen-coast-and-mauritania-over-45-killed-150-missing-unhcr-iom-2024-07-25-943707
      { sentence: 'In June, at least 49 migrants died and 140 went missing after their vessel, which departed from Somalia carrying 260 migrants, capsized off the Yemeni coast.',
        expected: [f('at least 49 migrants', 49, 'migrant', 'count', { qualifier: 'at_least' }), f('140', 140, 'migrant', 'count'), f('260 migrants', 260, 'migrant', 'count')] },
      { sentence: 'According to the United Nations, 97,000 migrants arrived in Yemen from the Horn of Africa last year.',
        expected: [f('97,000 migrants', 97000, 'migrant', 'count')] },
      { sentence: 'In a separate incident, more than a dozen migrants died and at least 150 others are missing after their boat capsized off Mauritania on their way to Europe, the International Organization for Migration said, triggering a frantic search and rescue operation.',
        expected: [f('more than a dozen migrants', 12, 'migrant', 'count', { qualifier: 'more_than' }), f('at least 150 others', 150, 'migrant', 'count', { qualifier: 'at_least' })] },
      { sentence: 'There were 300 migrants on the boat that capsized on Monday near the Mauritanian capital, Nouakchott, and 120 have been rescued by the Mauritanian Coast Guard, the IOM said in a statement on Wednesday.',
        expected: [f('300 migrants', 300, 'migrant', 'count'), f('120', 120, 'migrant', 'count')] },
      // https://unhcr.org/ph/10941-massive-loss-life-reported-latest-mediterranean-tragedy.html
      { sentence: 'The 41 survivors – 37 men, three women and a three-year-old child – were rescued by a merchant ship and taken to Kalamata, in the Peloponnese peninsula of Greece on April 16.',
        expected: [f('41 survivors', 41, 'survivor', 'count'), f('37 men', 37, 'man', 'count'), f('three women', 3, 'woman', 'count'), f('three-year-old', 3, 'year', 'age')] },
      { sentence: 'Those rescued include 23 Somalis, 11 Ethiopians, 6 Egyptians and a Sudanese.',
        expected: [f('23 Somalis', 23, 'somali', 'count'), f('11 Ethiopians', 11, 'ethiopian', 'count'), f('6 Egyptians', 6, 'egyptian', 'count')] },
      { sentence: 'So far this year 179,552 refugees and migrants have reached Europe by sea across the Mediterranean and Aegean.',
        expected: [f('179,552 refugees', 179552, 'refugee', 'count')] },
      { sentence: 'The survivors told UNHCR staff that they had been part of a group of between 100 and 200 people who departed last week from a locality near Tobruk in Libya on a 30-metre-long boat.',
        expected: [f('100 and 200 people', 100, 'person', 'count', { value_max: 200 }), f('30-metre', 30, 'metre', 'measure')] },
    ],
  },
  {
    topic: 'elections',
    cases: [
      // https://www.trtworld.com/article/13109610
      { sentence: '“Turkey has given lessons in democracy to the world with its almost 90 percent voter turnout,” he added.',
        expected: [pct('almost 90 percent', 90, { qualifier: 'approx' })] },
      { sentence: "His remarks came after the results for the presidential and parliamentary elections in Turkey, with 98 percent of the votes counted, showed incumbent president and head of the governing AK Party Recep Tayyip Erdogan won election with 52.5 percent of the vote.",
        expected: [pct('98 percent', 98), pct('52.5 percent', 52.5)] },
      // http://www.reuters.com/article/us-turkey-politics-election-result-idUSKCN0T10T520151112
      { sentence: 'ANKARA (Reuters) - Turkey’s ruling AK Party won the Nov. 1 parliamentary election with 317 seats in the 550-seat assembly, High Election Board Chairman Sadi Guven told a news conference on Thursday to announce the official results.',
        expected: [f('317 seats', 317, 'seat', 'count'), f('550-seat', 550, 'seat', 'count')] },
      { sentence: 'He said the main opposition CHP won 134 seats, the pro-Kurdish HDP 59 seats and the nationalist MHP 59 seats in the election, which enabled the AKP to regain the one-party rule which it had lost in a June 7 election.',
        expected: [f('134 seats', 134, 'seat', 'count'), f('59 seats', 59, 'seat', 'count'), f('59 seats', 59, 'seat', 'count')] },
      // http://www.algemeiner.com/2015/11/02/erdogan-wins-decisive-victory-in-turkish-parliamentary-election/
      { sentence: 'With 98 per cent of the vote counted, the AKP had won 49.4 per cent and 316 seats in the 550 seat parliament, a far better performance than predicted by the polls.',
        expected: [pct('98 per cent', 98), pct('49.4 per cent', 49.4), f('316 seats', 316, 'seat', 'count'), f('550', 550, null, 'count')] },
      // https://en.trend.az/world/turkey/2921087.html
      { sentence: 'According to preliminary counting of votes, Recep Tayyip Erdogan won 53.16 percent of the votes in the presidential election, said the Supreme Electoral Council of Turkey (YSK).',
        expected: [pct('53.16 percent', 53.16)] },
      { sentence: 'Thus, Justice and Development Party will be represented in the parliament by 295 MPs, MHP by 48 MPs, CHP by 147 MPs, Iyi Parti by 43 MPs and HDP by 67 MPs.',
        expected: [f('295 MPs', 295, 'mp', 'count'), f('48 MPs', 48, 'mp', 'count'), f('147 MPs', 147, 'mp', 'count'), f('43 MPs', 43, 'mp', 'count'), f('67 MPs', 67, 'mp', 'count')] },
      // https://archive.fairvote.org/?page=1661
      { sentence: 'Despite pre-election polls that demonstrated he had little chance to win, Perot gained 19% of the national vote and won over 15% of the vote in 38 states.',
        expected: [pct('19%', 19), pct('over 15%', 15, { qualifier: 'more_than' }), f('38 states', 38, 'state', 'count')] },
    ],
  },
  {
    topic: 'health',
    cases: [
      // https://www.dailymail.co.uk/health/article-13526145/NHS-isnt-getting-better-Hospital-waiting-lists-RISEN-health-service-slipping-targets-cancer-treatment-new-data-reveals.html
      { sentence: 'Around 6.33 million patients were waiting for 7.57 million treatments by the end of April in England, up from 6.29 million patients and 7.54 million treatments at the end of March.',
        expected: [f('Around 6.33 million patients', 6330000, 'patient', 'count', { qualifier: 'approx' }), f('7.57 million treatments', 7570000, 'treatment', 'count'),
          f('6.29 million patients', 6290000, 'patient', 'count'), f('7.54 million treatments', 7540000, 'treatment', 'count')] },
      { sentence: 'Official NHS performance data shows more than 300,000 people had been waiting for more than a year, compared to less than 2,000 before the pandemic.',
        expected: [f('more than 300,000 people', 300000, 'person', 'count', { qualifier: 'more_than' }), f('less than 2,000', 2000, null, 'count', { qualifier: 'less_than' })] },
      { sentence: 'Separate data showed the proportion of patients being treated within two months of an urgent cancer referral slipped from 68.7 per cent in March to 66.6 per cent in April.',
        expected: [f('two months', 2, 'month', 'duration'), pct('68.7 per cent', 68.7), pct('66.6 per cent', 66.6)] },
      { sentence: 'More than 5,000 patients had been waiting more than 18 months to start routine treatment, up from 4,770 in March.',
        expected: [f('More than 5,000 patients', 5000, 'patient', 'count', { qualifier: 'more_than' }), f('more than 18 months', 18, 'month', 'duration', { qualifier: 'more_than' }), f('4,770', 4770, null, 'count')] },
      { sentence: 'The number of people waiting more than 12 hours from a decision to admit to actually being admitted was 42,555 in May, up slightly from 42,078 in April.',
        expected: [f('more than 12 hours', 12, 'hour', 'duration', { qualifier: 'more_than' }), f('42,555', 42555, 'person', 'count'), f('42,078', 42078, 'person', 'count')] },
      // https://www.hsj.co.uk/quality-and-performance/year-plus-waiters-rise-75-per-cent-/7022542.article
      { sentence: 'In March this year there were 2,647 patients who had waited more than 52 weeks for treatment, up from 1,513 in March 2017.',
        expected: [f('2,647 patients', 2647, 'patient', 'count'), f('more than 52 weeks', 52, 'week', 'duration', { qualifier: 'more_than' }), f('1,513', 1513, null, 'count')] },
      { sentence: 'It showed an overall performance on the 18-week waiting time standard of 86.8 per cent, against a target of 92 per cent.',
        expected: [f('18-week', 18, 'week', 'duration'), pct('86.8 per cent', 86.8), pct('92 per cent', 92)] },
      { sentence: 'This was a fall of 3.2 percentage points on the previous year.',
        expected: [f('3.2 percentage points', 3.2, 'percentage point', 'measure', down)] },
      { sentence: 'The total national elective waiting list also reached 4.1m, higher than at any point since August 2007.',
        expected: [f('4.1m', 4100000, null, 'count')] },
      // https://www.nationalworld.com/health/nhs-treatment-waiting-list-hits-7-million-people-for-first-time-ever-3878373
      { sentence: 'NHS England data shows there were seven million people waiting to start routine hospital treatment at the end of August.',
        expected: [f('seven million people', 7e6, 'person', 'count')] },
      { sentence: 'A total of 71% of patients in England were seen within four hours at A&Es last month, the joint-worst performance on record, set against a target of 95%.',
        expected: [pct('71%', 71), f('four hours', 4, 'hour', 'duration'), pct('95%', 95)] },
      { sentence: 'The NHS England figures showed a record 255,055 urgent cancer referrals were made by GPs in England in August, the highest monthly total in records going back to 2009.',
        expected: [f('255,055 urgent cancer referrals', 255055, 'referral', 'count')] },
      { sentence: 'Elsewhere, a total of 387,257 people had been waiting more than 52 weeks to start hospital treatment at the end of August, which is up from 377,689 at the end of July, and is the equivalent of one in 18 people on the entire waiting list.',
        expected: [f('387,257 people', 387257, 'person', 'count'), f('more than 52 weeks', 52, 'week', 'duration', { qualifier: 'more_than' }), f('377,689', 377689, null, 'count'), pct('one in 18', 100 / 18)] },
      // https://www.shropshirestar.com/news/uk-news/2023/10/12/what-the-latest-nhs-performance-figures-show/
      { sentence: 'There were 8,998 people waiting more than 18 months to start routine hospital treatment at the end of August, up from 7,289 at the end of July.',
        expected: [f('8,998 people', 8998, 'person', 'count'), f('more than 18 months', 18, 'month', 'duration', { qualifier: 'more_than' }), f('7,289', 7289, null, 'count')] },
      { sentence: 'The proportion of patients seen by a cancer specialist within two weeks of being referred urgently by their GP fell from 77.5% in July to 74.8% in August, remaining below the target of 93%.',
        expected: [f('two weeks', 2, 'week', 'duration'), pct('77.5%', 77.5), pct('74.8%', 74.8), pct('93%', 93)] },
      // https://businessfast.co.uk/?p=1883511
      { sentence: 'Latest NHS data shows that the overall waiting list grew by 65,000 in August (0.8 per cent).',
        expected: [f('65,000', 65000, null, 'count', up), pct('0.8 per cent', 0.8)] },
      { sentence: 'More than 1,000 patients a day spent at least 12 hours in A&E in September in a trend that worsened over the course of the summer.',
        expected: [f('More than 1,000 patients', 1000, 'patient', 'count', { qualifier: 'more_than' }), f('at least 12 hours', 12, 'hour', 'duration', { qualifier: 'at_least' })] },
      // https://rifnote.com/headlines/2021/03/25/new-astrazeneca-report-says-vaccine-was-76-effective-in-preventing-covid-19-symptoms
      { sentence: 'The vaccine was 85% effective in preventing symptoms in volunteers 65 and older, the company said.',
        expected: [pct('85%', 85), f('65 and older', 65, 'year', 'age', { qualifier: 'at_least' })] },
    ],
  },
  {
    topic: 'technology and consumer prices',
    cases: [
      // https://www.dailymail.co.uk/sciencetech/article-6618977/Samsung-Galaxy-S10-price-revealed-1-400.html
      { sentence: 'They will cost between £700 and £1,400 depending on specification',
        expected: [f('£700 and £1,400', 700, 'GBP', 'money', { value_max: 1400 })] },
      { sentence: 'The S10 itself will have 512GB of memory and either 6GB of RAM or 8GB of RAM and be priced at approximately £820 and £1,040 respectively.',
        expected: [f('512GB', 512, 'gigabyte', 'measure'), f('6GB', 6, 'gigabyte', 'measure'), f('8GB', 8, 'gigabyte', 'measure'),
          f('approximately £820', 820, 'GBP', 'money', { qualifier: 'approx' }), f('£1,040', 1040, 'GBP', 'money')] },
      { sentence: 'Its big cousin, the S10 Plus, will price at between £930 and £1,400.',
        expected: [f('£930 and £1,400', 930, 'GBP', 'money', { value_max: 1400 })] },
      { sentence: 'According to the reports, the S10 Plus comes with either 128GB, 512GB or 1TB of internal storage and RAM options ranging from 6GB to 12GB.',
        expected: [f('128GB', 128, 'gigabyte', 'measure'), f('512GB', 512, 'gigabyte', 'measure'), f('1TB', 1, 'terabyte', 'measure'), f('6GB to 12GB', 6, 'gigabyte', 'measure', { value_max: 12 })] },
      // http://www.belfasttelegraph.co.uk/business/technology/new-budget-nokia-phone-with-onemonth-battery-life-unveiled-30500307.html
      { sentence: "The Nokia 130, due to go on sale for about £15, will target the growing 'second phone' market among people who need a back-up handset or don't want to risk their expensive smartphone at music festivals or on holidays.",
        expected: [f('about £15', 15, 'GBP', 'money', { qualifier: 'approx' })] },
      { sentence: 'Recent research suggests that more than half of adults in Northern Ireland use a smart phone compared to 21% in 2011.',
        expected: [pct('more than half', 50, { qualifier: 'more_than' }), pct('21%', 21)] },
      { sentence: "It's also estimated one in 10 smartphone users damage or lose their devices, with cracked screens being the most common complaint.",
        expected: [pct('one in 10', 10)] },
      { sentence: "The new budget device from Nokia can last on standby for 36 days, or 13 hours' continuous talk time.",
        expected: [f('36 days', 36, 'day', 'duration'), f('13 hours', 13, 'hour', 'duration')] },
      // https://www.independent.ie/regionals/herald/news/19-smartphone-has-36-day-battery-30502233.html
      { sentence: "At least 10pc of smartphone users damage or lose their devices on nights out or weekends away and battery life is also a widespread problem, with many devices requiring 'top up' charges during the day.",
        expected: [pct('At least 10pc', 10, { qualifier: 'at_least' })] },
      { sentence: 'Research from Irish operators and the telecoms regulator suggests that two-thirds of Irish people now use smartphones, with almost four in five new handset sales constituting touchscreen devices.',
        expected: [pct('two-thirds', 200 / 3), pct('almost four in five', 80, { qualifier: 'approx' })] },
      { sentence: 'However, high-end devices such as the iPhone or Samsung Galaxy S5 cost more than €500 to purchase outright.',
        expected: [f('more than €500', 500, 'EUR', 'money', { qualifier: 'more_than' })] },
    ],
  },
  {
    topic: 'sport',
    cases: [
      // https://thejjreport.com/sport/solanke-becomes-third-most-expensive-english-striker-ever-despite-scoring-one-premier-league-goal/
      { sentence: 'Solanke has joined Bournemouth in a shock deal which has seen Liverpool collect £19million – with a further £6m in add-ons agreed on top.',
        expected: [f('£19million', 19e6, 'GBP', 'money'), f('£6m', 6e6, 'GBP', 'money')] },
      { sentence: 'It means the 21-year-old has jumped up to third on the all-time list of transfer fees paid out for an English forward.',
        expected: [f('21-year-old', 21, 'year', 'age')] },
      { sentence: 'Only two strikers from the country have cost more – with Andy Carroll the most expensive following Liverpool paying Newcastle £35m to sign him in 2011.',
        expected: [f('two strikers', 2, 'striker', 'count'), f('£35m', 35e6, 'GBP', 'money')] },
      { sentence: 'When Owen joined Newcastle from Real Madrid it set them back £16m, a million more than they paid Blackburn for Shearer.',
        expected: [f('£16m', 16e6, 'GBP', 'money')] },
      // https://hk9919.com/author/h716a5-icu/page/26
      { sentence: 'The former Barcelona defender further helped Colombia take control of proceedings with a whopping 90 touches, from which he played a staggering 77 accurate passes from 79 attempts for a 97% completion rate, including four completed long balls from five attempts.',
        expected: [f('90 touches', 90, 'touch', 'count'), f('77 accurate passes', 77, 'pass', 'count'), f('79 attempts', 79, 'attempt', 'count'), pct('97%', 97),
          f('four completed long balls', 4, 'ball', 'count'), f('five attempts', 5, 'attempt', 'count')] },
      { sentence: 'The £18m-rated Everton ace, who has started each of the Toffees’ Premier League fixtures thus far this term, may not have officially registered any successful tackles against Venezuela but he managed to note five clearances, blocked four shots, made one interception and won two of his four aerial duels, per SofaScore.',
        expected: [f('£18m', 18e6, 'GBP', 'money'), f('five clearances', 5, 'clearance', 'count'), f('four shots', 4, 'shot', 'count'),
          f('two of his', 2, 'duel', 'count'), f('four aerial duels', 4, 'duel', 'count')] },
    ],
  },
  {
    topic: 'politics and defence',
    cases: [
      // https://www.tellerreport.com/news/2023-05-21-she-called-for-russia-to-be-held-accountable-and-criticized-china--hiroshima-summit-concludes-its-work-and-support-ukraine-with-aircraft--its-most-important-files.Bk9H_sDS2.html
      { sentence: 'The US president announced a new package of US military aid to Ukraine worth $ 375 million, according to what the Pentagon revealed.',
        expected: [f('$ 375 million', 375e6, 'USD', 'money')] },
      // https://qatar-tribune.com/article/65613/world/g7-sends-strong-messages-to-russia-china (DPA)
      { sentence: 'The group of seven leading industrialized democracies (G7) sent strong messages to Russia and China following three days of talks in Japan that also saw a significant increase in support for Ukraine.',
        expected: [f('seven leading industrialized democracies', 7, 'democracy', 'count'), f('three days', 3, 'day', 'duration')] },
      { sentence: 'The latest package includes ammunition, artillery and armoured vehicles, bringing the total value of US military support to Ukraine to more than $30 billion since the Kremlin launched its invasion of the neighbouring country last year.',
        expected: [f('more than $30 billion', 30e9, 'USD', 'money', { qualifier: 'more_than' })] },
      { sentence: 'At the end of the three-day summit, Biden noted that Zelensky had assured him the aircraft would not be used to advance into Russian territory.',
        expected: [f('three-day', 3, 'day', 'duration')] },
      { sentence: 'Kiev is counting on dozens of Western-made aircraft after Washington’s concession, Air Force spokesman Yuri Ihnat told Ukrainian television on Sunday.',
        expected: [f('dozens of Western-made aircraft', null, 'aircraft', 'count')] },
      // https://spamchronicles.com/the-turnaround-in-fighter-jets-on-the-other-side-of-the-world
      { sentence: 'The final 52-page declaration was brought forward by one day, and Sunday was dedicated exclusively to the guest from Kiev.',
        expected: [f('52-page', 52, 'page', 'count'), f('one day', 1, 'day', 'duration')] },
    ],
  },
  {
    topic: 'central banks: rate decisions (fresh sentences, annotated before the first run)',
    cases: [
      // https://www.radio.cz/en/section/news/central-bank-likely-to-hike-interest-rates-for-fourth-time-in-succession
      { sentence: 'The central bank is likely to increase the basic interest rate to 1.75 percent at a meeting of the bank‘s board on Thursday, according to financial experts.',
        expected: [pct('1.75 percent', 1.75)] },
      { sentence: 'The National Bank last raised the basic interest rate by a quarter of a percentage point to 1.5 percent in late September.',
        expected: [f('a quarter of a percentage point', 0.25, 'percentage point', 'measure', up), pct('1.5 percent', 1.5)] },
      { sentence: 'The board has raised interest rates by 25 basis points at the three rate-setting sessions since June, citing economic growth, inflation and wage development.',
        expected: [f('25 basis points', 25, 'basis point', 'measure', up), f('three rate-setting sessions', 3, 'session', 'count')] },
      // https://stylighter.com/2022/11/01/increasing-the-interest-rate-in-australia-is-25-basis-points
      { sentence: 'The Central Bank’s Monetary Policy Council voted to raise the interest rate by 25 basis points to 2.85%.',
        expected: [f('25 basis points', 25, 'basis point', 'measure', up), pct('2.85%', 2.85)] },
      // https://news.watchmtv.co/reserve-bank-keeps-official-cash-rate-at-5-5/
      { sentence: 'The Reserve Bank has kept the official cash rate unchanged at 5.5 percent for the seventh consecutive meeting.',
        expected: [pct('5.5 percent', 5.5)] },
      { sentence: 'According to the report, annual consumer price inflation remained above the target range of 1 to 3 percent and monetary policy needed to remain restrictive to ensure that inflation returns to target levels within a reasonable time frame.',
        expected: [pct('1 to 3 percent', 1, { value_max: 3 })] },
      { sentence: 'A series of forecasts accompanying the statement showed the OCR remaining at 5.5 percent through the end of 2025.',
        expected: [pct('5.5 percent', 5.5)] },
      // https://www.mnimarkets.com/articles/mni-brief-rba-holds-cash-rate-at-36percent-1762227791119
      { sentence: 'The Reserve Bank of Australia Board unanimously voted to leave the cash rate at 3.6% on Tuesday, citing inflation that remains materially higher than expected, with the trimmed mean rising 1% in the September quarter.',
        expected: [pct('3.6%', 3.6), pct('1%', 1, up)] },
      { sentence: 'In its updated forecasts, the Bank lifted its underlying inflation projection by 10 basis points to 2.6% by end-2027, based on a slightly higher assumed cash rate of 3.3%.',
        expected: [f('10 basis points', 10, 'basis point', 'measure', up), pct('2.6%', 2.6), pct('3.3%', 3.3)] },
      { sentence: 'The Bank also expects unemployment to be 10bp higher at 4.4% over the projection period.',
        expected: [f('10bp', 10, 'basis point', 'measure', up), pct('4.4%', 4.4)] },
      { sentence: 'Governor Michele Bullock will hold a press conference at 1530 AEDST.',
        expected: [] },
      // https://www.nation.com.pk/07-Feb-2024/australian-central-bank-holds-cash-rate-steady-at-4-35pc
      { sentence: 'SYDNEY - The Reserve Bank of Australia (RBA) on Tuesday kept cash rate unchanged at 4.35 percent, with interest rate paid on Exchange Settlement balances steady at 4.25 percent.',
        expected: [pct('4.35 percent', 4.35), pct('4.25 percent', 4.25)] },
      { sentence: 'The Consumer Price Index rose 0.6 percent in the December 2023 quarter and 4.1 percent annually, according to the Australian Bureau of Statistics.',
        expected: [pct('0.6 percent', 0.6, up), pct('4.1 percent', 4.1, up)] },
      { sentence: 'Despite progress of bringing down inflation from a peak of 7.8 percent in the December 2022 quarter, the highest level since 1990, the central bank said that inflation remained high, especially in the prices of services.',
        expected: [pct('7.8 percent', 7.8)] },
      { sentence: 'The central bank forecast inflation to return to the target range of 2-3 percent in 2025, and to the midpoint in 2026.',
        expected: [pct('2-3 percent', 2, { value_max: 3 })] },
      // https://retailbiz.com.au/topics/trends-research/cash-rate-on-hold-at-4-25
      { sentence: '“In underlying terms, inflation is around 2½ per cent.',
        expected: [pct('around 2½ per cent', 2.5, { qualifier: 'approx' })] },
    ],
  },
  {
    topic: 'courts: prison terms and restitution (fresh sentences, annotated before the first run)',
    cases: [
      // https://abcnews.go.com/TheLaw/story?id=5725200&page=1
      { sentence: 'Sept. 4, 2008— -- A federal judge has sentenced one-time Washington power broker Jack Abramoff to an additional four years in prison and ordered him to pay $23 million in restitution for his role in an influence-peddling scandal that rocked the political scene in the nation\'s capital.',
        expected: [f('four years', 4, 'year', 'duration'), f('$23 million', 23e6, 'USD', 'money')] },
      { sentence: 'Describing himself as "a broken man," a despondent Abramoff, 49, asked U.S. District Court Judge Ellen Segal Huvelle for a lenient sentence as his wife and children looked on.',
        expected: [f('49', 49, 'year', 'age')] },
      { sentence: 'In handing down the 48-month sentence, Huvelle acknowledged Abramoff\'s cooperation with the investigation, and the more than 350 letters of support filed with the court that painted him as a loving father who was involved in his community and generous with donations.',
        expected: [f('48-month', 48, 'month', 'duration'), f('more than 350 letters', 350, 'letter', 'count', { qualifier: 'more_than' })] },
      { sentence: 'He had faced a possible maximum of 11 years in prison.',
        expected: [f('a possible maximum of 11 years', 11, 'year', 'duration', { qualifier: 'at_most' })] },
      // https://offtopix.com/threads/former-rep-jesse-jackson-jr-to-serve-30-months-in-prison.21647/latest
      { sentence: 'Former Rep. Jesse Jackson Jr., D-Ill., will serve 30 months in prison for stealing $750,000 from his campaign funds, a district court judge ruled Wednesday after Jackson tearfully apologized for his wrongdoing.',
        expected: [f('30 months', 30, 'month', 'duration'), f('$750,000', 750000, 'USD', 'money')] },
      { sentence: 'Additionally, Jackson Jr. will have two years of supervised release and will have to serve 500 hours of community service.',
        expected: [f('two years', 2, 'year', 'duration'), f('500 hours', 500, 'hour', 'duration')] },
      { sentence: 'Federal prosecutors wanted Jackson Jr. to spend four years in jail, while the former congressman\'s attorney, Reid Weingarten, asked the judge to give him an 18-month sentence.',
        expected: [f('four years', 4, 'year', 'duration'), f('18-month', 18, 'month', 'duration')] },
      { sentence: 'He spent four weeks at the Mayo Clinic in Minnesota last summer in treatment for bipolar depression.',
        expected: [f('four weeks', 4, 'week', 'duration')] },
      // https://joshi-law.com/can-you-go-to-jail-for-failing-to-pay-restitution
      { sentence: 'After serving a 33-month federal prison sentence, the defendant was released and required to serve an additional 3 years of federal probation.',
        expected: [f('33-month', 33, 'month', 'duration'), f('3 years', 3, 'year', 'duration')] },
      { sentence: 'The trial court also ordered the defendant to pay $245,000 in restitution, and while on probation, he had to pay at least 10 percent of his monthly income towards this amount.',
        expected: [f('$245,000', 245000, 'USD', 'money'), pct('at least 10 percent', 10, { qualifier: 'at_least' })] },
      // https://garydemar.com/dont-send-tv-pitchman-kevin-trudeau-jail/
      { sentence: 'Meanwhile, U.S. District Judge Robert Gettleman has repeatedly found Trudeau in civil contempt for failing to pay anything toward a $37.6 million fine imposed by the Federal Trade Commission in spite of continuing to live a lavish lifestyle.',
        expected: [f('$37.6 million', 37.6e6, 'USD', 'money')] },
      { sentence: 'According to one study, the city of New York “paid $167,731 to feed, house and guard each inmate” in 2012.',
        expected: [f('$167,731', 167731, 'USD', 'money')] },
      // https://aepbuffalo.com/2021/07/maybe-you-can-get-it-right-the-second-time
      { sentence: 'Defendant was sentenced to 18 month’s imprisonment.',
        expected: [f('18 month', 18, 'month', 'duration')] },
      { sentence: 'He was ordered to pay restitution of $85,802.',
        expected: [f('$85,802', 85802, 'USD', 'money')] },
    ],
  },
  {
    topic: 'sport results (fresh sentences, annotated before the first run)',
    cases: [
      // https://m.rediff.com/sports/2003/apr/14nfl2.htm
      { sentence: 'Ghanian striker Yusif Yakubu scored a fine brace of goals as Churchill Brothers, Goa, outwitted Hindustan Aeronautics Sports Club 2-1 in an Oil PSU National Football League match in Bangalore on Monday.',
        expected: [] },
      { sentence: 'Yakubu, who had scored 15 of the 25 goals his team has scored going into this encounter, came out with a superb solo effort in the 30th minute to restore parity after the aircraftmen had drawn the first blood.',
        expected: [f('15 of the', 15, 'goal', 'count'), f('25 goals', 25, 'goal', 'count')] },
      { sentence: 'HAL remain on eight points from 20 outings.',
        expected: [f('eight points', 8, 'point', 'count'), f('20 outings', 20, 'outing', 'count')] },
      // https://www.eastcoastdaily.in/2023/10/30/haalands-double-secures-dominant-manchester-derby-victory.html
      { sentence: 'Manchester United suffered a resounding 3-0 defeat at the hands of Pep Guardiola’s treble-winning team.',
        expected: [] },
      { sentence: 'Currently, City holds the third position in the Premier League standings with 24 points from 10 games, just two points behind the leaders, Tottenham Hotspur.',
        expected: [f('24 points', 24, 'point', 'count'), f('10 games', 10, 'game', 'count'), f('two points', 2, 'point', 'count')] },
      { sentence: 'Meanwhile, this loss marked a setback for United, who had been on a positive streak, placing them in eighth position with 15 points.',
        expected: [f('15 points', 15, 'point', 'count')] },
      // https://www.goal.com/en-ke/lists/video-juan-mata-bruno-fernandes-screamer-melbourne-victory/blt57904c8026fb58fb
      { sentence: 'The 37-year-old\'s brace continues his fine form in Australia.',
        expected: [f('37-year-old', 37, 'year', 'age')] },
      { sentence: 'Ahead of the match, Mata had been named Shark Player of the Month for January after a fan vote following a run of form that had seen him bag five assists in five games for the Victory.',
        expected: [f('five assists', 5, 'assist', 'count'), f('five games', 5, 'game', 'count')] },
      // https://menafn.com/1108512530/Downtown-Heroes-Defeat-Indian-Air-Force-2-0-In-Durand-Cup
      { sentence: 'The 21-year-old forward from Liberia, , signed by the Heroes on July 20, was awarded player of the match award for his brace.',
        expected: [f('21-year-old', 21, 'year', 'age')] },
      // https://playcrazygame.com/2021/10/31/evanilson-ex-fluminense-scores-two-goals-in-portos-victory-against-boavista-in-derby-da-invicta-portuguese-football/
      { sentence: 'With 26 points, Porto took the lead of the Portuguese, with Sporting in second only on goal difference, 11 against 18, after the victory by 1-0 over Vitória de Guimarães also this Saturday.',
        expected: [f('26 points', 26, 'point', 'count'), f('11', 11, null, 'count'), f('18', 18, null, 'count')] },
    ],
  },
  {
    topic: 'election results (fresh sentences, annotated before the first run)',
    cases: [
      // https://civil.ge/archives/116373
      { sentence: 'With almost half of the votes already counted results show the ruling party will have at least 50 seats out of 75 available in the party-list, proportional contest.',
        expected: [pct('almost half', 50, { qualifier: 'approx' }), f('at least 50 seats', 50, 'seat', 'count', { qualifier: 'at_least' }), f('75', 75, 'seat', 'count')] },
      { sentence: 'According to these initial results only four political groups have managed to clear the 5% threshold needed to endorse MP candidates through the proportional, party-list system.',
        expected: [f('four political groups', 4, 'group', 'count'), pct('5%', 5)] },
      { sentence: 'Voter turnout, according to the Central Election Commission, was 55% meaning that 1,905,960 voters have cast their ballots out of total 3,465,736.',
        expected: [pct('55%', 55), f('1,905,960 voters', 1.90596e6, 'voter', 'count'), f('3,465,736', 3.465736e6, 'voter', 'count')] },
      // https://bdnews24.com/bangladesh/yholqcsjsh
      { sentence: 'Chief Election Commissioner Kazi Habibul Awal says the turnout for the 12th national parliamentary polls was 41.8 percent.',
        expected: [pct('41.8 percent', 41.8)] },
      // https://www.azerbaycan24.com/en/t-uuml-rkiye-s-ak-party-number-1-party-in-parliament-with-268-seats-supreme-election-council/
      { sentence: 'Yener also said voter turnout in the country was 88.92%, while abroad it stood at 53.80%, making for an overall participation rate of 87.05%.',
        expected: [pct('88.92%', 88.92), pct('53.80%', 53.8), pct('87.05%', 87.05)] },
      { sentence: 'But the subsequent May 28 runoff found a victor: Erdogan won the race with 52.14% of the vote, while opposition candidate Kemal Kilicdaroglu got 47.86%, according to the Supreme Election Council.',
        expected: [pct('52.14%', 52.14), pct('47.86%', 47.86)] },
      // https://tasnimnews.com/en/news/2015/06/08/762976/turkey-s-ruling-party-wins-parliamentary-polls-but-loses-majority/amp
      { sentence: 'Official results based on 99.9 percent of votes counted gave the AK Party got 41 percent of Sunday\'s votes, while the main opposition Republican People\'s Party (CHP) scored 25 percent.',
        expected: [pct('99.9 percent', 99.9), pct('41 percent', 41), pct('25 percent', 25)] },
      { sentence: 'About 54 million citizens were eligible to vote in the polls, with 86 percent of attendance rate, according to Turkey\'s semi-official Anatolia news agency.',
        expected: [f('About 54 million citizens', 54e6, 'citizen', 'count', { qualifier: 'approx' }), pct('86 percent', 86)] },
      { sentence: 'According to the official projections, the AK Party is set to secure 258 MPs, below the 276 seats necessary to form a single-party government in the 550-seat parliament.',
        expected: [f('258 MPs', 258, 'mp', 'count'), f('276 seats', 276, 'seat', 'count'), f('550-seat', 550, 'seat', 'count')] },
      { sentence: 'The CHP, MHP and HDP are projected to secure 132, 81 and 79 seats respectively.',
        expected: [f('132', 132, 'seat', 'count'), f('81', 81, 'seat', 'count'), f('79 seats', 79, 'seat', 'count')] },
    ],
  },
  {
    topic: 'weather: heat waves (fresh sentences, annotated before the first run)',
    cases: [
      // https://www.huffpost.com/impact/topic/heat-wave
      { sentence: 'Temperatures in the area reached 110 degrees Fahrenheit, breaking the previous record for the date by four degrees.',
        expected: [f('110 degrees Fahrenheit', 110, 'degree Fahrenheit', 'measure'), f('four degrees', 4, 'degree', 'measure')] },
      { sentence: 'The streak was finally broken Monday afternoon, when the high topped out at 108 degrees Fahrenheit.',
        expected: [f('108 degrees Fahrenheit', 108, 'degree Fahrenheit', 'measure')] },
      { sentence: 'Arizona, Nevada, New Mexico and Southern California were hit his week with 100-degree-plus temps and excessive heat warnings.',
        expected: [f('100-degree-plus', 100, 'degree', 'measure', { qualifier: 'more_than' })] },
      { sentence: 'As climate change accelerates, more than 100 million Americans will find themselves regularly facing heat index temperatures of 125 degrees.',
        expected: [f('more than 100 million Americans', 100e6, 'american', 'count', { qualifier: 'more_than' }), f('125 degrees', 125, 'degree', 'measure')] },
      // https://todayheadline.co/seattle-portland-break-daily-high-temperature-records-after-hottest-july-ever/
      { sentence: 'Portland, Oregon, saw a daily record high at 108, marking the city’s all-time hottest day in the month of August, while Houston, New Orleans, and Tallahassee also set daily record highs at 104, 100 and 100, respectively.',
        expected: [f('108', 108, null, 'count'), f('104', 104, null, 'count'), f('100', 100, null, 'count'), f('100', 100, null, 'count')] },
      { sentence: 'Seattle broke a daily record high at 96 degrees, as did Olympia, Washington at 96 degrees, and Tallahassee, Florida, set its second consecutive daily record high, at 100 degrees.',
        expected: [f('96 degrees', 96, 'degree', 'measure'), f('96 degrees', 96, 'degree', 'measure'), f('100 degrees', 100, 'degree', 'measure')] },
      // https://sn56-aem64-dev.scholastic.com/issues/2023-24/091823/5-big-questions-about-extreme-heat.html
      { sentence: 'In Phoenix, Arizona, for example, temperatures hit at least 110 degrees Fahrenheit for 31 days straight.',
        expected: [f('at least 110 degrees Fahrenheit', 110, 'degree Fahrenheit', 'measure', { qualifier: 'at_least' }), f('31 days', 31, 'day', 'duration')] },
      { sentence: 'A heat wave is a period of unusually hot weather that lasts at least two days.',
        expected: [f('at least two days', 2, 'day', 'duration', { qualifier: 'at_least' })] },
      // http://sdmg.forestry.oregonstate.edu/summer-heat-wave
      { sentence: 'Almost 9,000 daily records were broken or tied last month, including 2,755 highest maximum temperatures and 6,171 highest minimum temperatures (i.e., nighttime records).',
        expected: [f('Almost 9,000 daily records', 9000, 'record', 'count', { qualifier: 'approx' }), f('2,755 highest maximum temperatures', 2755, 'temperature', 'count'), f('6,171 highest minimum temperatures', 6171, 'temperature', 'count')] },
    ],
  },
  {
    topic: 'energy capacity and output (fresh sentences, annotated before the first run)',
    cases: [
      // https://www.renewableenergyworld.com/wind-power/new-global-solar-capacity-outpaced-wind-in-2016-irena-says/
      { sentence: 'Solar saw a record 71 GW of new capacity in 2016, while wind increased by 51 GW.',
        expected: [f('71 GW', 71, 'gigawatt', 'measure'), f('51 GW', 51, 'gigawatt', 'measure', up)] },
      { sentence: 'Global renewable energy generation capacity increased by 161 GW in 2016, making the strongest year ever for new capacity additions and bringing the global total capacity to 2,006 GW, according to the report Renewable Energy Capacity Statistics 2017.',
        expected: [f('161 GW', 161, 'gigawatt', 'measure', up), f('2,006 GW', 2006, 'gigawatt', 'measure')] },
      { sentence: 'Asia accounted for 58 percent of new renewable additions in 2016, according to the data, giving it a total of 812 GW or roughly 41 percent of the global capacity.',
        expected: [pct('58 percent', 58), f('812 GW', 812, 'gigawatt', 'measure'), pct('roughly 41 percent', 41, { qualifier: 'approx' })] },
      { sentence: 'Africa installed 4.1 GW of new capacity in 2016, twice as much as 2015.',
        expected: [f('4.1 GW', 4.1, 'gigawatt', 'measure')] },
      { sentence: 'The report for the first time included data for off-grid renewables, which reached 2,800 MW at the end of last year, serving approximately 300 million people.',
        expected: [f('2,800 MW', 2800, 'megawatt', 'measure'), f('approximately 300 million people', 300e6, 'person', 'count', { qualifier: 'approx' })] },
      // https://sources2458.rssing.com/chan-61983900/article12.html
      { sentence: 'Renewable generation capacity increased by 152 gigawatts (GW) or 8.3% during 2015, the highest annual growth rate on record, according to new data released by the International Renewable Energy Agency (IRENA).',
        expected: [f('152 gigawatts', 152, 'gigawatt', 'measure', up), pct('8.3%', 8.3, up)] },
      { sentence: '- Wind power grew 63 GW (17%) driven by declines in onshore turbine prices of up to 45% since 2010.',
        expected: [f('63 GW', 63, 'gigawatt', 'measure', up), pct('17%', 17, up), pct('up to 45%', 45, { qualifier: 'up_to', change: 'down' })] },
      { sentence: 'Capacity increased by 24 GW (5.2%) in Europe and 20 GW (6.3%) in North America.',
        expected: [f('24 GW', 24, 'gigawatt', 'measure', up), pct('5.2%', 5.2, up), f('20 GW', 20, 'gigawatt', 'measure', up), pct('6.3%', 6.3, up)] },
      // https://gwec.net/renewable-energy-represented-more-than-half-of-all-new-power-capacity-in-15/
      { sentence: 'The IEA projects global renewable electricity capacity will grow by 42%, or around 825GW by 2021.',
        expected: [pct('42%', 42, up), f('around 825GW', 825, 'gigawatt', 'measure', { qualifier: 'approx', change: 'up' })] },
      { sentence: 'In 2015, total utility-scale solar power capacity in the U.S. grew 43% over 2014, reaching nearly 14,000 megawatts (MW).',
        expected: [pct('43%', 43, up), f('nearly 14,000 megawatts', 14000, 'megawatt', 'measure', { qualifier: 'approx' })] },
      // https://globalenergyprize.org/en/2021/04/08/capacity-of-renewable-energy-sources-rose-more-than-10-in-2020-irena/
      { sentence: 'Growth in the United States of 29 GW was linked entirely to bringing wind and solar energy units on stream.',
        expected: [f('29 GW', 29, 'gigawatt', 'measure', up)] },
    ],
  },
  {
    topic: 'constructed cases isolating one rule',
    cases: [
      // constructed: currency codes after the number, euros by name, yen, yuan, rupees with crore
      { sentence: 'The ministry paid 37,500 USD, 2.5 million euros, 300 million yen, 1.2 billion yuan and Rs 500 crore.',
        expected: [f('37,500 USD', 37500, 'USD', 'money'), f('2.5 million euros', 2.5e6, 'EUR', 'money'), f('300 million yen', 300e6, 'JPY', 'money'),
          f('1.2 billion yuan', 1.2e9, 'CNY', 'money'), f('Rs 500 crore', 5e9, 'INR', 'money')] },
      // constructed: prefixed dollars of other countries and a "bn" abbreviation
      { sentence: 'HK$3.5bn was raised in Hong Kong and A$1.2m in Sydney, while 10 Australian dollars bought a ticket.',
        expected: [f('HK$3.5bn', 3.5e9, 'HKD', 'money'), f('A$1.2m', 1.2e6, 'AUD', 'money'), f('10 Australian dollars', 10, 'AUD', 'money')] },
      // constructed: a conversion of a speed, and a range of speeds sharing one unit
      { sentence: 'Gusts reached 87 mph (140 km/h) and sustained winds of 74-95 mph were forecast.',
        expected: [f('87 mph', 87, 'mile per hour', 'measure'), f('140 km/h', 140, 'kilometre per hour', 'measure', { equivalent_of: '87 mph' }), f('74-95 mph', 74, 'mile per hour', 'measure', { value_max: 95 })] },
      // constructed: a rise by a fraction, and a change in percentage points versus percent
      { sentence: 'Sales rose by a third while the jobless rate fell 0.3 percentage points to 4.1 percent.',
        expected: [pct('a third', 100 / 3, up), f('0.3 percentage points', 0.3, 'percentage point', 'measure', down), pct('4.1 percent', 4.1)] },
      // constructed: cents without any other currency in the sentence stay cents
      { sentence: 'The stock was up 19 cents in early trading.',
        expected: [f('19 cents', 19, 'cent', 'money', { currency: null, change: 'up' })] },
      // constructed: a vague amount of money
      { sentence: 'Officials said hundreds of thousands of pounds had been lost.',
        expected: [f('hundreds of thousands of pounds', null, 'GBP', 'money')] },
      // constructed: a vote count "52 to 48" is not a range (the second number is smaller)
      { sentence: 'The bill passed 52 to 48 in the Senate.',
        expected: [f('52', 52, null, 'count'), f('48', 48, null, 'count')] },
      // constructed: typographic characters (non-breaking space, en dash, curly quotes)
      { sentence: 'It costs \u00A3\u00A04\u00A0million and lasts 10\u201315\u00A0years, the minister\u2019s office said.',
        expected: [f('\u00A3\u00A04\u00A0million', 4e6, 'GBP', 'money'), f('10\u201315\u00A0years', 10, 'year', 'duration', { value_max: 15 })] },
      // constructed: an elided noun after "including" is the earlier count's, also for a number word
      { sentence: 'Police killed seven militants, including two in the capital, and counted 118 people in 2021 and 2022.',
        expected: [f('seven militants', 7, 'militant', 'count'), f('two', 2, 'militant', 'count'), f('118 people', 118, 'person', 'count')] },
      // constructed: without an earlier count, a number word after "including" is no figure
      { sentence: 'The team, including two from Leeds, arrived.', expected: [] },
      // constructed: a singular noun joined by "and" is one modifier; "gas" is singular
      { sentence: 'Five oil and gas companies and 7 gas stations were fined.',
        expected: [f('Five oil and gas companies', 5, 'company', 'count'), f('7 gas stations', 7, 'station', 'count')] },
      // constructed: "magnitude" with a copula and linking words before the number
      { sentence: 'The magnitude was later revised to 6.0, the agency said.',
        expected: [f('6.0', 6, 'magnitude', 'measure')] },
      // constructed: an opening quote before a number with a noun is not a clipped year
      { sentence: "'23 people died,' the mayor said.",
        expected: [f('23 people', 23, 'person', 'count')] },
      // constructed: "then" ages and physical measures with square and cubic units
      { sentence: 'The reservoir covers 12 square kilometres and holds 3 million cubic metres, a 64GB log shows.',
        expected: [f('12 square kilometres', 12, 'square kilometre', 'measure'), f('3 million cubic metres', 3e6, 'cubic metre', 'measure'), f('64GB', 64, 'gigabyte', 'measure')] },
    ],
  },
];

/**
 * Known gaps: fresh real sentences the extractor does not yet read right, with the figures it
 * should give. The test expects them to FAIL, so fixing one turns its test red: move it to TABLE.
 *   - a noun elided by gapping: "the Jatiya Party 11, the Workers Party one", "won five"
 *   - a number word followed by a hyphenated noun: "the nine-party opposition bloc"
 *   - "nine from 12 starts": an elided noun with no cue word before the number
 *   - "19 out of the 31 days": a partitive with "out of the"
 *   - "15% more than the previous year": a comparison read as a change
 */
export const KNOWN_GAPS: TableCase[] = [
  // https://www.royalgazette.com/?p=313371
    { sentence: 'This time last year Goater had ten goals but with nine from 12 starts he still has a chance to match his haul last season of 25 goals.',
      expected: [f('ten goals', 10, 'goal', 'count'), f('nine', 9, 'goal', 'count'), f('12 starts', 12, 'start', 'count'), f('25 goals', 25, 'goal', 'count')] },
  // https://civil.ge/archives/116373
    { sentence: 'The ruling party leads with 61.6%, followed by the nine-party opposition bloc with 14.9%; the Christian-Democratic Party – 7.9%; the Labor Party – 6.7%.',
      expected: [pct('61.6%', 61.6), f('nine-party', 9, 'party', 'count'), pct('14.9%', 14.9), pct('7.9%', 7.9), pct('6.7%', 6.7)] },
  // https://bdnews24.com/bangladesh/yholqcsjsh
    { sentence: 'He also confirmed that the Awami League had won 223 seats, the Jatiya Party 11, the Workers Party one, JaSaD one, the Kalyan Party one, and independent candidates 61 at a press conference at the Election Commission offices in Dhaka’s Agargaon on Monday.',
      expected: [f('223 seats', 223, 'seat', 'count'), f('11', 11, 'seat', 'count'), f('one', 1, 'seat', 'count'), f('one', 1, 'seat', 'count'), f('one', 1, 'seat', 'count'), f('61', 61, 'seat', 'count')] },
  // https://www.azerbaycan24.com/en/t-uuml-rkiye-s-ak-party-number-1-party-in-parliament-with-268-seats-supreme-election-council/
    { sentence: 'In addition to the AK Party, its People’s Alliance partners the Nationalist Movement Party (MHP) won 50 seats and the New Welfare Party (YRP) won five, securing a combined majority of 323 seats out of the total 600 in parliament.',
      expected: [f('50 seats', 50, 'seat', 'count'), f('five', 5, 'seat', 'count'), f('323 seats', 323, 'seat', 'count'), f('600', 600, 'seat', 'count')] },
  // http://sdmg.forestry.oregonstate.edu/summer-heat-wave
    { sentence: 'Some cities reached daily high temperatures 19 out of the 31 days in the month.',
      expected: [f('19', 19, 'day', 'duration'), f('31 days', 31, 'day', 'duration')] },
  // https://gwec.net/renewable-energy-represented-more-than-half-of-all-new-power-capacity-in-15/
    { sentence: 'Renewable energy represented more than half the new power capacity in the world in 2015, reaching a record 153 gigawatts (GW) -- 15% more than the previous year, according to a new report.',
      expected: [pct('more than half', 50, { qualifier: 'more_than' }), f('153 gigawatts', 153, 'gigawatt', 'measure'), pct('15%', 15, up)] },
];
