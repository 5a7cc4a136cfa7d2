// Real attributed sentences from news pages (quoted verbatim, source URL on each row), with what the
// attribution stage must find for the figure or date named in `focus`.
//
// `attribution`: a string the source must contain (case-insensitive, in its text or, for a resolved
// pronoun, its canonical name); null: no source may be found.
// `previous`: the speaker carried from the sentence before, for "he added".
// `predicate`: the lemma (or the lemmas accepted) of the main verb of the figure's clause.

export interface AttributionCase {
  url: string;
  sentence: string;
  /** the figure or date mention (first occurrence in the sentence, or the `nth`) */
  focus: string;
  nth?: number;
  attribution: string | null;
  predicate?: string | readonly string[];
  hedged: boolean;
  negated: boolean;
  quoted?: boolean;
  previous?: string;
  subject?: string;
}

export const ATTRIBUTED: AttributionCase[] = [
  // ---------------------------------------------------------------- disasters
  {
    url: 'http://ecns.cn/news/2021-06-29/detail-ihansikz8718453.shtml',
    sentence: 'The death toll rose to 11 from the collapse of a residential building in Surfside, the U.S. state of Florida, Miami-Dade County Mayor Daniella Levine Cava said Monday.',
    focus: '11', attribution: 'Miami-Dade County Mayor Daniella Levine Cava', predicate: 'rise', hedged: false, negated: false, subject: 'death toll',
  },
  {
    url: 'http://ecns.cn/news/2021-06-29/detail-ihansikz8718453.shtml',
    sentence: 'Cava said during a news conference that the number of people accounted for now stands at 136, and that rescuers are still searching for 150 people who remain unaccounted for.',
    focus: '136', attribution: 'Cava', predicate: 'stand', hedged: false, negated: false,
  },
  {
    url: 'http://ecns.cn/news/2021-06-29/detail-ihansikz8718453.shtml',
    sentence: 'Cava said during a news conference that the number of people accounted for now stands at 136, and that rescuers are still searching for 150 people who remain unaccounted for.',
    focus: '150 people', attribution: 'Cava', predicate: 'search', hedged: false, negated: false, subject: 'rescuers',
  },
  {
    url: 'https://business-standard.com/amp/article/international/philippines-typhoon-toll-touches-2-275-113111300604_1.html',
    sentence: 'The death toll in typhoon Haiyan that hit the Philippines last week has risen to 2,275, Eduardo del Rosario, the executive director of National Disaster Risk Reduction and Management Council (NDRRMC) said Wednesday.',
    focus: '2,275', attribution: 'Eduardo del Rosario', predicate: 'rise', hedged: false, negated: false, subject: 'death toll in typhoon Haiyan',
  },
  {
    // nested reporting: the outermost source ("according to Xinhua") wins
    url: 'https://business-standard.com/amp/article/international/philippines-typhoon-toll-touches-2-275-113111300604_1.html',
    sentence: 'Del Rosario told a press briefing that 3,665 people were injured and 80 others were still missing, according to Xinhua.',
    focus: '3,665 people', attribution: 'Xinhua', predicate: 'injure', hedged: false, negated: false,
  },
  {
    url: 'https://business-standard.com/amp/article/international/philippines-typhoon-toll-touches-2-275-113111300604_1.html',
    sentence: 'Philippine President Benigno Aquino III said Tuesday that the projected number of the dead from the typhoon is 2,000 to 2,500, lowering an earlier estimate by a local police official that the death toll might top 10,000 in Tacloban City alone.',
    focus: '2,000 to 2,500', attribution: 'Philippine President Benigno Aquino III', predicate: 'be', hedged: true, negated: false,
  },
  {
    url: 'https://www.anews.com.tr/africa/2023/09/17/death-toll-in-devastating-libya-floods-climbs-to-3283-minister',
    sentence: "Amid confusion over the death toll in Libya's devastating floods, the eastern government's health minister said Sunday that the number of dead has climbed to 3,283.",
    focus: '3,283', attribution: "the eastern government's health minister", predicate: 'climb', hedged: false, negated: false, subject: 'number of dead',
  },
  {
    url: 'https://www.anews.com.tr/africa/2023/09/17/death-toll-in-devastating-libya-floods-climbs-to-3283-minister',
    sentence: 'In the midst of the uncertainty surrounding the casualty count resulting from the devastating floods in Libya, the health minister of the eastern government announced on Sunday that the death toll has now risen to 3,283.',
    focus: '3,283', attribution: 'the health minister of the eastern government', predicate: 'rise', hedged: false, negated: false,
  },
  {
    url: 'http://www.china.org.cn/world/2011-12/19/content_24195701.htm',
    sentence: 'The death toll from tropical storm Washi in the Philippines has risen to 684 with still undetermined missing, National Disaster Risk Reduction and Management Council ( NDRRMC) said Monday.',
    focus: '684', attribution: 'National Disaster Risk Reduction and Management Council', predicate: 'rise', hedged: false, negated: false,
  },
  {
    url: 'http://www.china.org.cn/world/2011-12/19/content_24195701.htm',
    sentence: 'According to NDRRMC executive director Benito Ramos, 336 died in Cagayan de Oro city, 279 in Iligan City, 17 in Bukidnon, 38 in Negros Oriental, one in Mandaue City, three from Zamboanga del Norte, five from Compostela Valley and five from Autonomous Region in Muslim Mindanao.',
    focus: '336', attribution: 'NDRRMC executive director Benito Ramos', predicate: 'die', hedged: false, negated: false,
  },
  {
    url: 'https://www.journalducameroun.com/en/tornado-kills-14-in-us-state-of-alabama-officials/',
    sentence: 'A tornado killed 14 people and caused “catastrophic” damage in the southern US state of Alabama on Sunday, local officials said.',
    focus: '14 people', attribution: 'local officials', predicate: 'kill', hedged: false, negated: false, quoted: false, subject: 'tornado',
  },
  {
    url: 'https://www.journalducameroun.com/en/tornado-kills-14-in-us-state-of-alabama-officials/',
    sentence: '“At this time, we have 14 confirmed fatalities,” Lee County Sheriff Jay Jones said in a video posted on Facebook by a journalist from a local CBS affiliate.',
    focus: '14 confirmed fatalities', attribution: 'Lee County Sheriff Jay Jones', predicate: 'have', hedged: false, negated: false, quoted: true,
  },
  {
    // "he told MSNBC": the pronoun is the sentence's own speaker, not the previous one
    url: 'https://www.journalducameroun.com/en/tornado-kills-14-in-us-state-of-alabama-officials/',
    sentence: 'Lee County coroner Bill Harris confirmed the death toll: “We’ve got 14 people dead at this time and I expect that number to go higher,” he told MSNBC.',
    focus: '14 people', attribution: 'Bill Harris', predicate: 'get', hedged: false, negated: false, quoted: true, previous: 'Lee County Sheriff Jay Jones',
  },
  {
    url: 'https://www.journalducameroun.com/en/tornado-kills-14-in-us-state-of-alabama-officials/',
    sentence: 'More than 5,000 people were left without power in Lee County, according to electricity outage tracker PowerOutage.US.',
    focus: '5,000 people', attribution: 'PowerOutage.US', predicate: 'leave', hedged: false, negated: false, subject: 'More than 5,000 people',
  },
  {
    url: 'https://www.journalducameroun.com/en/tornado-kills-14-in-us-state-of-alabama-officials/',
    sentence: 'The swath of destruction left by the storm was a quarter mile (0.4 kilometers) wide and stretched for the “several miles that it traveled on the ground,” according to Jones.',
    focus: '0.4 kilometers', attribution: 'Jones', predicate: 'be', hedged: false, negated: false, quoted: false,
  },
  {
    url: 'http://wyomingpublicmedia.org/post/tsunami-hits-indonesia-leaving-more-300-dead',
    sentence: 'The number of people confirmed killed after a tsunami and earthquake in Indonesia rose dramatically to 844 on Monday, Indonesian authorities said.',
    focus: '844', attribution: 'Indonesian authorities', predicate: 'rise', hedged: false, negated: false, subject: 'number of people',
  },
  {
    url: 'http://wyomingpublicmedia.org/post/tsunami-hits-indonesia-leaving-more-300-dead',
    sentence: 'Officials warned that the number of people killed could even reach into the thousands as rescuers reach more affected areas.',
    focus: 'thousands', attribution: 'Officials', predicate: 'reach', hedged: true, negated: false,
  },
  {
    url: 'http://wyomingpublicmedia.org/post/tsunami-hits-indonesia-leaving-more-300-dead',
    sentence: 'Authorities said that "tens to hundreds" of people were by the ocean in the hard-hit city Palu for a beach festival when the tsunami struck on Friday just after 5:02 PM Western Indonesian Time.',
    focus: 'tens to hundreds', attribution: 'Authorities', predicate: 'be', hedged: false, negated: false, quoted: true,
  },
  {
    url: 'http://5newsonline.com/2013/07/07/death-toll-expected-to-rise-in-canadian-train-explosion/',
    sentence: 'At least five people were killed and around 40 people are listed as missing in the tiny lakeside town of Lac-Megantic, Quebec, local police spokesman Lt. Michel Brunet said Sunday.',
    focus: 'five people', attribution: 'local police spokesman Lt. Michel Brunet', predicate: 'kill', hedged: false, negated: false, subject: 'At least five people',
  },
  {
    url: 'http://5newsonline.com/2013/07/07/death-toll-expected-to-rise-in-canadian-train-explosion/',
    sentence: 'At least five people were killed and around 40 people are listed as missing in the tiny lakeside town of Lac-Megantic, Quebec, local police spokesman Lt. Michel Brunet said Sunday.',
    focus: '40 people', attribution: 'Michel Brunet', predicate: 'list', hedged: false, negated: false,
  },
  {
    url: 'http://5newsonline.com/2013/07/07/death-toll-expected-to-rise-in-canadian-train-explosion/',
    sentence: 'The train, pulling more than 70 tankers of crude oil, had been parked for the night 7 miles away from Lac-Megantic, according to a statement from the Montreal, Maine & Atlantic Railway.',
    focus: '7 miles', attribution: 'a statement from the Montreal, Maine & Atlantic Railway', predicate: 'park', hedged: false, negated: false, subject: 'train',
  },
  {
    url: 'https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/twelve-kashmiris-shot-dead-ahead-of-talks-1.983301',
    sentence: 'P.L. Gupta, inspector general of police for the Jammu region, said the dead included a 17-year-old girl and four children aged three, four, eight and 13.',
    focus: 'four children', attribution: 'P.L. Gupta', predicate: 'include', hedged: false, negated: false,
  },
  {
    url: 'https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/twelve-kashmiris-shot-dead-ahead-of-talks-1.983301',
    sentence: 'Ten people were also wounded in the attack, four of them critically, he added.',
    focus: 'Ten people', attribution: 'P.L. Gupta', previous: 'P.L. Gupta, inspector general of police for the Jammu region', predicate: 'wound', hedged: false, negated: false,
  },
  {
    url: 'https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/twelve-kashmiris-shot-dead-ahead-of-talks-1.983301',
    sentence: '"The seven men killed were all members of the local village defence committee," Mr Gupta said, referring to groups of villagers who are armed and trained by Indian security forces to guard remote hamlets from militant attacks.',
    focus: 'seven men', attribution: 'Mr Gupta', predicate: 'be', hedged: false, negated: false, quoted: true,
  },
  {
    url: 'https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/twelve-kashmiris-shot-dead-ahead-of-talks-1.983301',
    sentence: 'The attack, one of the biggest to target civilians in the troubled region in recent months, took place near a remote hilly village in Poonch district, about 160 miles north of Jammu, winter capital of Indian Kashmir, police said.',
    focus: '160 miles', attribution: 'police', predicate: 'take', hedged: false, negated: false, subject: 'attack',
  },
  {
    url: 'https://en.trend.az/world/other/1646713.html',
    sentence: "Local villagers have found the bodies of 17 suspected Taliban fighters in Pakistan's troubled north-western region, a security official said Sunday.",
    focus: '17 suspected Taliban fighters', attribution: 'a security official', predicate: 'find', hedged: true, negated: false,
  },
  {
    url: 'https://en.trend.az/world/other/1646713.html',
    sentence: 'A local security official who spoke on condition of anonymity said the "all 17 bodies had bullet wounds," adding that these were the "terrorists wanted by the government for involvement in terror activities."',
    focus: '17 bodies', attribution: 'A local security official', predicate: 'have', hedged: false, negated: false, quoted: true,
  },
  {
    url: 'http://covid-19.chinadaily.com.cn/world/2006-05/01/content_581820.htm',
    sentence: 'Suspected Islamic militants shot dead at least 22 Hindus in two small villages in Indian-administered Kashmir on Monday, officials said.',
    focus: '22 Hindus', attribution: 'officials', predicate: 'shoot', hedged: true, negated: false, subject: 'Suspected Islamic militants',
  },
  {
    url: 'http://covid-19.chinadaily.com.cn/world/2006-05/01/content_581820.htm',
    sentence: '"In the first village they killed 12 people and in the second they killed 10," a police official said.',
    focus: '12 people', attribution: 'a police official', predicate: 'kill', hedged: false, negated: false, quoted: true,
  },
  {
    url: 'http://covid-19.chinadaily.com.cn/world/2006-05/01/content_581820.htm',
    sentence: "The militants struck the Hindu-dominated remote mountainous villages in Doda district, some 170 km (100 miles) from Jammu, Kashmir's winter capital, early on Monday, police said.",
    focus: '170 km', attribution: 'police', predicate: 'strike', hedged: false, negated: false,
  },
  {
    url: 'https://wwrn.org./articles/18076',
    sentence: "The killings occurred in the village of Dhoob, in a remote area about 120 miles northwest of Jammu, the winter capital of India's Jammu-Kashmir state, said Deputy Inspector General V.K. Singh.",
    focus: '120 miles', attribution: 'Deputy Inspector General V.K. Singh', predicate: 'occur', hedged: false, negated: false,
  },
  {
    url: 'https://tradearabia.com/news/INTNEWS_214328.html',
    sentence: 'Another security official who requested anonymity said the operations - conducted since Monday against the banned militant organisation Lashkar-e-Islam (LeI) - had killed 25 militants and four troops.',
    focus: '25 militants', attribution: 'Another security official', predicate: 'kill', hedged: false, negated: false,
  },
  {
    url: 'https://turkishpress.com/south-sudan-floods-affect-over-1m-people-since-july/',
    sentence: 'Floods caused by heavy rains in South Sudan have affected more than a million people since July, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said on Thursday.',
    focus: 'a million people', attribution: 'OCHA', predicate: 'affect', hedged: false, negated: false, subject: 'Floods',
  },
  {
    url: 'https://turkishpress.com/south-sudan-floods-affect-over-1m-people-since-july/',
    sentence: '“Of those people affected, some 481,000 were estimated to have displaced,” the report said.',
    focus: '481,000', attribution: 'the report', predicate: 'displace', hedged: true, negated: false, quoted: true,
  },
  {
    url: 'https://turkishpress.com/south-sudan-floods-affect-over-1m-people-since-july/',
    sentence: '“Over the past decade, 83% of all disasters were caused by extreme weather and climate-related events such as floods, storms, and heatwaves,” said a report by the International Federation of Red Cross and Red Crescent Societies (IFRC) — titled World Disasters Report 2020: Come Heat, or High Water.',
    focus: '83%', attribution: 'International Federation of Red Cross and Red Crescent Societies', predicate: 'cause', hedged: false, negated: false, quoted: true,
  },
  {
    url: 'https://turkishpress.com/south-sudan-floods-affect-over-1m-people-since-july/',
    sentence: 'Together, these disasters killed more than 410,000 people and affected a staggering 1.7 billion people and thus struggle to protect people from the aggravating effects of climate change, according to the report.',
    focus: '410,000 people', attribution: 'the report', predicate: 'kill', hedged: false, negated: false,
  },
  {
    url: 'https://africa.cgtn.com/2020/10/02/1-million-ethiopians-affected-by-floods-un/',
    sentence: 'Floods in various parts of Ethiopia have affected around one million Ethiopians, the United Nations Office for the Coordination of Humanitarian Affairs (UNOCHA) disclosed on Friday.',
    focus: 'one million Ethiopians', attribution: 'UNOCHA', predicate: 'affect', hedged: false, negated: false,
  },
  {
    url: 'https://africa.cgtn.com/2020/10/02/1-million-ethiopians-affected-by-floods-un/',
    sentence: 'In a Humanitarian Bulletin published on Friday, UNOCHA also said close to 315,00 people have been displaced due to the floods.',
    focus: '315,00 people', attribution: 'UNOCHA', predicate: 'displace', hedged: false, negated: false,
  },
  {
    url: 'https://africa.cgtn.com/2020/10/02/1-million-ethiopians-affected-by-floods-un/',
    sentence: 'The UNOCHA report further said around 10 million U.S. dollars is required to provide relief aid and rehabilitate displaced persons of which only 2.7 million U.S. dollars have been mobilized so far.',
    focus: '10 million U.S. dollars', attribution: 'The UNOCHA report', predicate: 'require', hedged: false, negated: false,
  },
  {
    url: 'https://africa.cgtn.com/2020/10/02/1-million-ethiopians-affected-by-floods-un/',
    sentence: 'In September, Muferiat Kamil, Ethiopia Minister of Peace, said various parts of Ethiopia have experienced floods caused by rainfall levels that haven’t been seen for more than 30 years.',
    focus: '30 years', attribution: 'Muferiat Kamil', predicate: 'see', hedged: false, negated: true,
  },
  {
    url: 'https://africa.cgtn.com/2020/10/02/1-million-ethiopians-affected-by-floods-un/',
    sentence: 'Kamil said the floods which in some areas have been the most damaging in more than a century have displaced 217,000 people and affected another 363,000 people.',
    focus: '217,000 people', attribution: 'Kamil', predicate: 'displace', hedged: false, negated: false, subject: 'floods',
  },
  {
    url: 'https://africa.cgtn.com/2020/10/02/1-million-ethiopians-affected-by-floods-un/',
    sentence: '“These floods have affected hundreds of thousands of people living in 23 zones of five regional states, causing immense damage to private and public properties,” Kamil told Xinhua.',
    focus: 'hundreds of thousands of people', attribution: 'Kamil', predicate: 'affect', hedged: false, negated: false, quoted: true,
  },
  {
    url: 'https://mg.co.za/article/2007-09-19-un-15million-affected-by-africa-floods/',
    sentence: 'The number of people affected by Africa’s worst floods in decades has risen from one million to 1,5-million, the United Nations World Food Programme (WFP) said on Wednesday.',
    focus: '1,5-million', attribution: 'United Nations World Food Programme', predicate: 'rise', hedged: false, negated: false,
  },
  {
    url: 'https://mg.co.za/article/2007-09-19-un-15million-affected-by-africa-floods/',
    sentence: 'The UN Office for the Coordination of Humanitarian Affairs had earlier this week put the figure of affected people at one million since the floods hit parts of the continent in July.',
    focus: 'one million', attribution: 'The UN Office for the Coordination of Humanitarian Affairs', predicate: 'put', hedged: false, negated: false,
  },
  {
    url: 'https://mg.co.za/article/2007-09-19-un-15million-affected-by-africa-floods/',
    sentence: 'At least 270 people have died as result of the floods, according to figures compiled by Agence France-Presse from tolls given by governments and humanitarian aid organisations.',
    focus: '270 people', attribution: 'Agence France-Presse', predicate: 'die', hedged: false, negated: false,
  },
  {
    url: 'http://allnetafrica.com/2018/10/21/nigeria-floods-kill-hundreds-displace-2-million-people',
    sentence: 'The Government of Nigeria announced that to date, some 200 people have died, a further 1,310 injured, and some two million people have been directly affected.',
    focus: '200 people', attribution: 'The Government of Nigeria', predicate: 'die', hedged: false, negated: false,
  },
  {
    url: 'https://mediabypassnews.com/un-chief-saddens-consoles-nigerians-government-over-flooding',
    sentence: 'According to Guterres, “Hundreds of lives and livelihoods have been lost, 1.3 million people have been displaced, and more than 2.8 million people have been impacted by the floods.',
    focus: '1.3 million people', attribution: 'Guterres', predicate: 'displace', hedged: false, negated: false, quoted: true,
  },
  {
    url: 'https://www.legit.ng/nigeria/1500772-flooding-medical-supports-199-lgas-25-state-minister/',
    sentence: 'FCT, Abuja - Hajiya Sadiya Farouq, minister of humanitarian affairs, disaster management and social development, says medical support has been provided to 199 local government areas affected by flooding across the country.',
    focus: '199 local government areas', attribution: 'Hajiya Sadiya Farouq', predicate: 'provide', hedged: false, negated: false,
  },
  {
    // "no fewer than" is a qualifier, not a negation; "She" is the previous speaker
    url: 'https://www.legit.ng/nigeria/1500772-flooding-medical-supports-199-lgas-25-state-minister/',
    sentence: 'She said that as at Friday, October 21, records indicated that no fewer than 3.2 million persons were affected by flooding in Nigeria.',
    focus: '3.2 million persons', attribution: 'Farouq', previous: 'Minister Farouq', predicate: 'affect', hedged: false, negated: false,
  },
  {
    url: 'https://www.dailyherald.com/news/20190817/police-shots-fired-in-arlington-heights-park',
    sentence: "It's believed six to eight shots were fired before the men fled the area, police said.",
    focus: 'six to eight shots', attribution: 'police', predicate: 'fire', hedged: true, negated: false,
  },
  {
    url: 'https://www.dailyherald.com/news/20190817/police-shots-fired-in-arlington-heights-park',
    sentence: 'Police were called to Creekside Park, 4100 N. Schaefer Road, at 2:04 p.m. after witnesses reported that a man was chasing two other men through the retention basin of the park when they all began shooting at each other, according to a news release from the Arlington Heights Police Department.',
    focus: '2:04 p.m.', attribution: 'a news release from the Arlington Heights Police Department', predicate: 'call', hedged: false, negated: false,
  },
  {
    url: 'https://y95country.com/no-arrests-made-after-shots-fired-in-cheyenne-wednesday-afternoon/',
    sentence: 'No arrests have been made in connection with a shots fired incident in Cheyenne Wednesday afternoon, police said Thursday morning.',
    focus: 'Wednesday afternoon', attribution: 'police', predicate: 'make', hedged: false, negated: true,
  },
  {
    url: 'https://y95country.com/no-arrests-made-after-shots-fired-in-cheyenne-wednesday-afternoon/',
    sentence: 'Public Information Officer Alex Farkas says police were called around 3:15 p.m. to a report of shots fired in the southwest area of Cheyenne.',
    focus: '3:15 p.m.', attribution: 'Public Information Officer Alex Farkas', predicate: 'call', hedged: false, negated: false,
  },
  {
    url: 'https://y95country.com/no-arrests-made-after-shots-fired-in-cheyenne-wednesday-afternoon/',
    sentence: '"It is alleged that the occupants of at least two passenger vehicles were traveling through areas that included Fox Farm Road, Walterscheid Boulevard and W. College Drive while exchanging gunfire," she said.',
    focus: 'two passenger vehicles', attribution: 'Alex Farkas', previous: 'Public Information Officer Alex Farkas', predicate: 'travel', hedged: true, negated: false, quoted: true,
  },
  {
    url: 'https://www.thv11.com/article/news/local/little-rock-police-no-shots-fired-during-fight-panic-at-war-memorial-stadium/91-587676968',
    sentence: 'According to Officer Steve Moore with the Little Rock Police Department, several people were treated for leg and ankle injuries suffered during the incident.',
    focus: 'several people', attribution: 'Officer Steve Moore', predicate: 'treat', hedged: false, negated: false,
  },
  {
    url: 'https://www.wdrb.com/news/police-say-no-shots-fired-after-false-reports-of-a-shooter-at-jefferson-mall/article_6b66bd24-bc80-11ea-83b4-8ba1e6a4ab68.html',
    sentence: 'According to Louisville Metro Police spokesman Dwight Mitchell, the incident took place shortly after 11 a.m. when a fight broke out at the mall that led to someone pulling out a gun.',
    focus: '11 a.m.', attribution: 'Louisville Metro Police spokesman Dwight Mitchell', predicate: 'take', hedged: false, negated: false,
  },
  {
    url: 'https://www.king5.com/article/news/crime/shots-fired-near-seattles-nova-high-school/480526046',
    sentence: 'The Seattle Police Department says witnesses began calling 911 to report gunfire near Powell Barnett Park, about four blocks from the school.',
    focus: 'four blocks', attribution: 'The Seattle Police Department', predicate: 'begin', hedged: false, negated: false,
  },

  // ---------------------------------------------------------------- courts and crime
  {
    url: 'https://newsdiaryonline.com/employee-in-court-over-alleged-theft-of-n1-8m/',
    sentence: 'The Prosecutor, Insp. Lucky Ihiehie, told the court that the defendant committed the offence in Ikeja, Lagos, between Jan. 30 and Feb. 3.',
    focus: 'Jan. 30', attribution: 'Lucky Ihiehie', predicate: 'commit', hedged: false, negated: false, subject: 'defendant',
  },
  {
    url: 'https://newsdiaryonline.com/employee-in-court-over-alleged-theft-of-n1-8m/',
    sentence: 'The offence, Ihiehie said, violated Section 287 of the Criminal Law of Lagos State, 2015.',
    focus: '2015', attribution: 'Ihiehie', predicate: 'violate', hedged: false, negated: false, subject: 'offence',
  },
  {
    url: 'https://newsdiaryonline.com/employee-in-court-over-alleged-theft-of-n1-8m/',
    sentence: 'The News Agency of Nigeria (NAN) reports that the section stipulates three years imprisonment for stealing.',
    focus: 'three years', attribution: 'The News Agency of Nigeria', predicate: 'stipulate', hedged: false, negated: false, subject: 'section',
  },
  {
    url: 'http://www.globalpost.com/dispatch/news/afp/130822/chinas-bo-denies-first-bribery-charge-against-him',
    sentence: 'Prosecutors said Bo had received bribes totalling more than one million yuan ($163,300) from businessman Tang Xiaolin but he told the court: "Tang Xiaolin\'s allegation that he gave me money three times is not true."',
    focus: 'one million yuan', attribution: 'Prosecutors', predicate: 'receive', hedged: false, negated: false, subject: 'Bo',
  },
  {
    url: 'http://www.globalpost.com/dispatch/news/afp/130822/chinas-bo-denies-first-bribery-charge-against-him',
    sentence: 'Fallen Chinese politician Bo Xilai denied the first bribery charge against him at his corruption and abuse-of-power trial on Thursday, the court said.',
    focus: 'first', attribution: 'the court', predicate: 'deny', hedged: false, negated: true,
  },
  {
    url: 'https://www.dariennewsonline.com/news/crime/article/Second-sentencing-set-for-ex-New-York-state-13331878.php',
    sentence: 'Prosecutors had urged at least 6½ years in prison for the elder Skelos while his lawyers said he should get no more than two years.',
    focus: 'two years', attribution: 'his lawyers', predicate: 'get', hedged: false, negated: false,
  },
  {
    url: 'https://www.dariennewsonline.com/news/crime/article/Second-sentencing-set-for-ex-New-York-state-13331878.php',
    sentence: 'She said she would have given him only four years in prison, except he lied and distorted truth on the witness stand.',
    focus: 'four years', attribution: 'Kimba M. Wood', previous: 'U.S. District Judge Kimba M. Wood', predicate: 'give', hedged: false, negated: false,
  },
  {
    url: 'http://en.chinagate.cn/2015-01/07/content_34497642.htm',
    sentence: "A jury found unanimously that the couple used the governor's office to help a wealthy dietary supplement company executive advance his business interests, and in exchange, the businessman gave the McDonnells 177,000 dollars in loans, gifts and luxury goods.",
    focus: '177,000 dollars', attribution: 'A jury', predicate: 'give', hedged: false, negated: false, subject: 'businessman',
  },
  {
    url: 'https://will.illinois.edu/news/story/blagojevich-sentenced-to-14-years-in-prison',
    sentence: 'His attorneys had said the sentence of 15 to 20 years prosecutors wanted was too harsh.',
    focus: '15 to 20 years', attribution: 'His attorneys', predicate: 'be', hedged: false, negated: false,
  },
  {
    url: 'http://www.ibtimes.com/pennsylvania-judge-sentenced-prison-corruption-charges-832191',
    sentence: 'For more than a decade, federal prosecutors in Pennsylvania claim that former Judge Mark Ciavarella unjustly sentenced juveniles as young as 10-years-old to hard time as part of a scheme to fatten his bank account.',
    focus: '10-years-old', attribution: 'federal prosecutors in Pennsylvania', predicate: 'sentence', hedged: true, negated: false,
  },
  {
    url: 'https://mynewstimeblog.blogspot.com/2020/11/dasukis-accomplice-reveals-how-he-spent.html',
    sentence: 'Led in evidence by the EFCC counsel, Rotimi Jacobs, Mr Micheal said N750 million was allegedly transferred from the ONSA special account to Reliance Referral Hospital Limited’s account with First Bank.',
    focus: 'N750 million', attribution: 'Mr Micheal', predicate: 'transfer', hedged: true, negated: false,
  },
  {
    url: 'https://mynewstimeblog.blogspot.com/2020/11/dasukis-accomplice-reveals-how-he-spent.html',
    sentence: 'He added that N650 million was also transferred to Acacia Holding Limited’s account with EcoBank, while another N600 million and N200 million were transferred to the company’s account with UBA.',
    focus: 'N650 million', attribution: 'Mr Micheal', previous: 'Mr Micheal', predicate: 'transfer', hedged: false, negated: false,
  },
  {
    url: 'http://ynaija.com/saraki-transferred-3m-foreign-accounts-governor-witness/',
    sentence: 'Nwachukwu Amazu, a staff of GTB on Tuesday said Senate President, Bukola Saraki transfered over $3 million to foreign accounts while he was governor of Kwara State.',
    focus: '$3 million', attribution: 'Nwachukwu Amazu', predicate: 'transfer', hedged: false, negated: false,
  },
  {
    url: 'https://tribuneonlineng.com/witness-tells-court-how-money-was-transferred-in-turakis-bank-account/',
    sentence: 'N50 million, he said, also moved from the account to that of Titus Okunriboye on January 27, 2015, while Samtee Essentials Limited got N20 million.',
    focus: 'N50 million', attribution: 'Remigius Ugwu', previous: 'Remigius Ugwu', predicate: 'move', hedged: false, negated: false,
  },
  {
    url: 'https://tribuneonlineng.com/witness-tells-court-how-money-was-transferred-in-turakis-bank-account/',
    sentence: 'N50 million, he said, also moved from the account to that of Titus Okunriboye on January 27, 2015, while Samtee Essentials Limited got N20 million.',
    focus: 'N20 million', attribution: 'Remigius Ugwu', previous: 'Remigius Ugwu', predicate: 'get', hedged: false, negated: false, subject: 'Samtee Essentials Limited',
  },
  {
    url: 'https://tribuneonlineng.com/witness-tells-court-how-money-was-transferred-in-turakis-bank-account/',
    sentence: 'According to the witness, between 2018 and 2019, Zenith Bank received a letter from EFCC, requesting to be furnished with Turaki’s account details, including the account opening package, statement of account and bank instruments of eight customers, which the bank obliged the EFCC.',
    focus: '2018', attribution: 'the witness', predicate: 'receive', hedged: false, negated: false,
  },
  {
    url: 'https://rizefmradio.blogspot.com/2020/10/how-n851m-was-deposited-in-accounts-of.html',
    sentence: 'A prosecution witness on Monday told the Federal High Court, Lagos, how N851 million was allegedly deposited in tranches into First Bank accounts of two companies owned by former Ekiti State Governor, Ayodele Fayose.',
    focus: 'N851 million', attribution: 'A prosecution witness', predicate: 'deposit', hedged: true, negated: false,
  },
  {
    url: 'https://rizefmradio.blogspot.com/2020/10/how-n851m-was-deposited-in-accounts-of.html',
    sentence: 'The EFCC had accused the ex-governor of procuring the companies to retain in their accounts aggregate sums of N851 million.',
    focus: 'N851 million', attribution: 'The EFCC', predicate: 'accuse', hedged: true, negated: false,
  },
  {
    url: 'https://tarenews.com/?p=41754',
    sentence: 'The first witness, Eucharia Ezeobi, a Zenith Bank staff, told the court that she opened four company accounts—Temeeo Synergy Concept Limited, Turge Global Investment Limited, Laptev Bridge Limited, and Arafura Transnational Afro Limited—for contractors working with the defence ministry.',
    focus: 'four company accounts', attribution: 'Eucharia Ezeobi', predicate: 'open', hedged: false, negated: false,
  },
  {
    url: 'https://allafrica.com/stories/202601220008.html',
    sentence: 'But Mr Emefiele denied all eight counts during his arraignment in June 2025.',
    focus: 'eight counts', attribution: 'Mr Emefiele', predicate: 'deny', hedged: false, negated: true,
  },
  {
    url: 'https://www.pmnewsnigeria.com/2019/09/25/n9m-money-laundering-another-witness-testifies-against-masari/',
    sentence: 'He told the court that on November 27, 2014 he noticed a transaction involving the alleged N9 million, admitting that it was in favour of one Benjamin Aboho, adding that yet another N9 million transfer was carried out in favour of one Herman Hembe.',
    focus: 'N9 million', attribution: 'Tosin Olaniniyi', previous: 'Tosin Olaniniyi', predicate: 'notice', hedged: true, negated: false,
  },
  {
    url: 'https://www.americancrimes.tv/single-post/2014/07/01/something-is-killing-people-in-the-desert',
    sentence: 'CASA GRANDE, AZ – Since 1997, the US Border Patrol Agents suspect that more the 2000 people, mainly illegal immigrants and transient homeless travelers, have been murdered in the Arizona Desert.',
    focus: '2000 people', attribution: 'the US Border Patrol Agents', predicate: 'murder', hedged: true, negated: false,
  },
  {
    url: 'https://abovetopsecret.com/forum/thread825080/pg1',
    sentence: 'Patterson gave several figures, claiming that there were 135 victims.',
    focus: '135 victims', attribution: 'Patterson', predicate: 'be', hedged: true, negated: false,
  },

  // ---------------------------------------------------------------- economy and business
  {
    url: 'http://www01.koreaherald.com/view.php?mp=24&np=234&ud=20121102000896',
    sentence: 'The U.S. unemployment rate rose to 7.9 percent in October from 7.8 percent the prior month, the government said Friday in a highly anticipated report ahead of the November 6 election.',
    focus: '7.9 percent', attribution: 'the government', predicate: 'rise', hedged: false, negated: false, subject: 'U.S. unemployment rate',
  },
  {
    url: 'http://www01.koreaherald.com/view.php?mp=24&np=234&ud=20121102000896',
    sentence: 'The U.S. unemployment rate rose to 7.9 percent in October from 7.8 percent the prior month, the government said Friday in a highly anticipated report ahead of the November 6 election.',
    focus: 'November 6', attribution: 'the government', hedged: false, negated: false,
  },
  {
    url: 'https://wbjournal.com/article/unemployment-up-jobs-down',
    sentence: 'Unemployment rose from 5 percent to 5.5\npercent in May, while nonfarm payroll enrollment dropped by 49,000, according\nto the Bureau of Labor Statistics.',
    focus: '49,000', attribution: 'the Bureau of Labor Statistics', predicate: 'drop', hedged: false, negated: false, subject: 'nonfarm payroll enrollment',
  },
  {
    url: 'http://blog.thedailybeast.com/unemployment-rate-rises-to-96-percent',
    sentence: 'But the private sector added a net total of 67,000 jobs in August, according to Labor Department figures out Friday morning.',
    focus: '67,000 jobs', attribution: 'Labor Department figures', predicate: 'add', hedged: false, negated: false, subject: 'private sector',
  },
  {
    url: 'https://thehill.com/policy/finance/249750-economy-grew-23-percent-in-second-quarter',
    sentence: 'Previously, the government had reported the economy shrank by 0.2 percent to open the year.',
    focus: '0.2 percent', attribution: 'the government', predicate: 'shrink', hedged: false, negated: false, subject: 'economy',
  },
  {
    url: 'https://arabstoday.net/en/amp/90/us-economy-grows-37-in-second-quarter',
    sentence: 'The U.S. Commerce Department on Thursday revised up its estimate for the real gross domestic product (GDP) in the second quarter to a growth of 3.7 percent, much higher than a growth of 0.6 percent in the first quarter.',
    focus: '3.7 percent', attribution: 'The U.S. Commerce Department', predicate: 'revise', hedged: false, negated: false,
  },
  {
    // "does not have lasting damage" sits in an if-clause: the forecast is hedged, not negated
    url: 'https://arabstoday.net/en/amp/90/us-economy-grows-37-in-second-quarter',
    sentence: "Mark Zandi, chief economist at Moody's Analytics, expects the economy will slow to a growth of about 2.8 percent in the third quarter but accelerate to a 3.5 percent growth in the fourth quarter, if the recent market turbulence does not have lasting damage on the economy.",
    focus: '2.8 percent', attribution: 'Mark Zandi', predicate: 'slow', hedged: true, negated: false,
  },
  {
    url: 'http://www.professionalroofing.net/News/Details/443',
    sentence: 'The U.S. economy grew during the April-June quarter as gross domestic product (GDP) increased 4 percent, according to The Washington Post.',
    focus: '4 percent', attribution: 'The Washington Post', predicate: 'increase', hedged: false, negated: false,
  },
  {
    url: 'http://www.professionalroofing.net/News/Details/443',
    sentence: 'He also believes growth could accelerate to higher than 4 percent in 2015.',
    focus: '4 percent', attribution: 'Mark Zandi', previous: "Mark Zandi, chief economist at Moody's Analytics", predicate: 'accelerate', hedged: true, negated: false,
  },
  {
    url: 'http://www.professionalroofing.net/News/Details/443',
    sentence: 'The new figures showed growth of 2.2 percent in 2013; 2.3 percent in 2012; and 1.6 percent in 2011.',
    focus: '2.2 percent', attribution: 'The new figures', predicate: 'show', hedged: false, negated: false,
  },
  {
    // "than previously estimated" does not hedge
    url: 'http://www.professionalroofing.net/News/Details/443',
    sentence: 'However, the government said growth in 2011 and 2012 was slightly lower than previously estimated.',
    focus: '2011', attribution: 'the government', predicate: 'be', hedged: false, negated: false,
  },
  {
    url: 'https://www.usatoday.com/story/money/business/2013/09/26/gdp-revision/2875369/',
    sentence: 'Data released so far points to a 1.4% growth rate, reinforcing the idea that the economy is growing slowly, according to Moody\'s Analytics.',
    focus: '1.4%', attribution: "Moody's Analytics", predicate: 'point', hedged: false, negated: false,
  },
  {
    url: 'https://www.usatoday.com/story/money/business/2013/09/26/gdp-revision/2875369/',
    sentence: "``The key point is that growth is trending at about 2% or a little south of that, and the pattern is volatile,'' Moody's economist Scott Hoyt said.",
    focus: '2%', attribution: 'Scott Hoyt', predicate: 'trend', hedged: false, negated: false, quoted: true,
  },
  {
    url: 'https://www.foxbusiness.com/economy/us-economy-grew-3-second-quarter-line-expectations',
    sentence: "The U.S. economy grew at a 3% annual rate in the second quarter, in line with economists' expectations, according to new data from the Commerce Department's Bureau of Economic Analysis.",
    focus: '3%', attribution: "Bureau of Economic Analysis", predicate: 'grow', hedged: false, negated: false,
  },
  {
    url: 'https://www.foxbusiness.com/economy/us-economy-grew-3-second-quarter-line-expectations',
    sentence: 'Economists polled by LSEG projected an annual growth rate of 3% in the second quarter, after the second advance read came in at 2.8% in July.',
    focus: '3%', attribution: 'Economists polled by LSEG', predicate: 'project', hedged: true, negated: false,
  },
  {
    url: 'https://www.foxbusiness.com/economy/us-economy-grew-3-second-quarter-line-expectations',
    sentence: 'The report also revised first-quarter GDP growth to 1.6%, up from 1.4% in the prior reading.',
    focus: '1.6%', attribution: 'The report', predicate: 'revise', hedged: false, negated: false,
  },
  {
    url: 'https://www.businesstimes.com.sg/top-stories/q2-growth-bounces-back-at-a-healthy-4',
    sentence: 'Gross domestic product expanded at a 4 per cent annual rate as activity picked up broadly after shrinking at a revised 2.1 per cent pace in the first quarter, the Commerce Department said yesterday.',
    focus: '4 per cent', attribution: 'the Commerce Department', predicate: 'expand', hedged: false, negated: false, subject: 'Gross domestic product',
  },
  {
    url: 'https://www.usatoday.com/story/money/business/2013/09/26/gdp-revision/2875369/',
    sentence: 'The economy grew at a 2.5% annual rate in the second quarter, the government said Thursday, in a report already being overshadowed by a slowdown heading into the second half of the year.',
    focus: '2.5%', attribution: 'the government', predicate: 'grow', hedged: false, negated: false,
  },
  {
    url: 'https://www.benzinga.com/news/23/01/30454317/microsoft-reportedly-denies-plan-to-lay-off-thousands-calling-it-a-rumor',
    sentence: 'Microsoft Corporation MSFT has reportedly denied that it plans to lay off thousands of staff in its engineering and human resources departments.',
    focus: 'thousands of staff', attribution: 'Microsoft', predicate: ['plan', 'lay'], hedged: true, negated: true,
  },
  {
    url: 'https://www.benzinga.com/news/23/01/30454317/microsoft-reportedly-denies-plan-to-lay-off-thousands-calling-it-a-rumor',
    sentence: 'The tech giant employs more than 200,000 workers, and according to earlier reports, was planning to cut 11,000 positions or 5% of its workforce.',
    focus: '11,000 positions', attribution: 'earlier reports', predicate: ['plan', 'cut'], hedged: false, negated: false,
  },
  {
    url: 'https://www.benzinga.com/news/23/01/30454317/microsoft-reportedly-denies-plan-to-lay-off-thousands-calling-it-a-rumor',
    sentence: 'On Tuesday, Microsoft shares closed 0.5% higher at $240.35 in the regular session and fell 0.45% in the after-hours trading, according to data from Benzinga Pro.',
    focus: '0.45%', attribution: 'data from Benzinga Pro', predicate: 'fall', hedged: false, negated: false, subject: 'Microsoft shares',
  },
  {
    url: 'https://ibtimes.co.in/ibm-denies-forbes-massive-layoff-report-confirms-workforce-rebalancing-smaller-scale-621628',
    sentence: 'Meanwhile, Bernstein research analyst Toni Sacconaghi estimates that 8,000 employees could be affected by the current move, in line with recent years.',
    focus: '8,000 employees', attribution: 'Toni Sacconaghi', predicate: 'affect', hedged: true, negated: false,
  },
  {
    url: 'https://ibtimes.co.in/ibm-denies-forbes-massive-layoff-report-confirms-workforce-rebalancing-smaller-scale-621628',
    sentence: 'The report read that technology firm would cut about 26% of its workforce, which would be one of the largest-ever layoffs.',
    focus: '26%', attribution: 'The report', predicate: 'cut', hedged: false, negated: false,
  },
  {
    url: 'https://ibtimes.co.in/ibm-denies-forbes-massive-layoff-report-confirms-workforce-rebalancing-smaller-scale-621628',
    sentence: 'International Business Machines (IBM) on Monday, dismissed rumours surrounding a Forbes report claiming the company is to cut about 1,12,000 jobs.',
    focus: '1,12,000 jobs', attribution: 'International Business Machines', hedged: true, negated: true,
  },
  {
    url: 'http://www.cnet.com/news/apple-denies-second-round-of-layoff-rumors/',
    sentence: 'Earlier in the week Valleywag published a similar report that 50 sales employees were laid off from Apple.',
    focus: '50 sales employees', attribution: 'Valleywag', predicate: 'lay', hedged: false, negated: false,
  },
  {
    url: 'https://uk.investing.com/news/stock-market-news/rolls-royce-says-no-decisions-yet-about-workforce-change-newspaper-says-cuts-coming-3034712',
    sentence: '(Reuters) - British engine maker Rolls-Royce (LON:RR) has made no decisions regarding changes to its workforce, a company spokesperson said on Saturday, after a Sunday Times report said the company was expected to cut about 3,000 non-manufacturing staff.',
    focus: '3,000 non-manufacturing staff', attribution: 'a Sunday Times report', predicate: 'cut', hedged: true, negated: false,
  },
  {
    url: 'https://24newshd.tv/17-May-2020/emirates-airlines-says-no-announcement-made-on-mass-layoffs?version=amp',
    sentence: 'According to a report published in Khaleej Times, the statement came after Bloomberg News reported that the Emirates Group was planning to cut about 30,000 jobs to reduce costs.',
    focus: '30,000 jobs', attribution: 'Khaleej Times', predicate: ['plan', 'cut'], hedged: false, negated: false,
  },
  {
    url: 'https://chinaeconomicreview.com/alibaba-pledges-to-hire-15000-in-2023/',
    sentence: 'Chinese e-commerce giant Alibaba Group Holding has denied speculation that it is planning mass lay-offs and pledged to hire 15,000 new employees in 2023, after media reports that it is cutting 7% of jobs at its cloud unit, reports the South China Morning Post .',
    focus: '15,000 new employees', attribution: 'South China Morning Post', predicate: ['pledge', 'hire'], hedged: false, negated: false,
  },

  // ---------------------------------------------------------------- elections
  {
    url: 'https://english.pardafas.com/around-15-per-cent-votes-under-pr-yet-to-be-counted/',
    sentence: 'According to the EC, a total of 9,308,164 votes, or of the cast votes, 84.82 percent of votes have been counted so far.',
    focus: '84.82 percent', attribution: 'the EC', predicate: 'count', hedged: false, negated: false,
  },
  {
    url: 'https://english.pardafas.com/around-15-per-cent-votes-under-pr-yet-to-be-counted/',
    sentence: 'As per the preliminary details, out of a total of 10,798,850 voters, the voter turnout was 61 percent.',
    focus: '61 percent', attribution: 'the preliminary details', predicate: 'be', hedged: false, negated: false, subject: 'voter turnout',
  },
  {
    url: 'http://www.en.rahapress.af/iec-announced-initial-turnout-in-presidential-elections/',
    sentence: 'The IEC announced that over one million voters had voted in more than 2 thousand polling centers.',
    focus: 'one million voters', attribution: 'The IEC', predicate: 'vote', hedged: false, negated: false,
  },
  {
    url: 'http://www.en.rahapress.af/iec-announced-initial-turnout-in-presidential-elections/',
    sentence: 'According the electoral commissions, a total of 4905 polling centers have received electoral materials.',
    focus: '4905 polling centers', attribution: 'the electoral commissions', predicate: 'receive', hedged: false, negated: false,
  },
  {
    url: 'http://www.en.rahapress.af/iec-announced-initial-turnout-in-presidential-elections/',
    sentence: 'However, according to IECC, 2,275 complaints have been filed in the past 48 hours.',
    focus: '2,275 complaints', attribution: 'IECC', predicate: 'file', hedged: false, negated: false,
  },
  {
    url: 'https://www.newsonradar.com/total-voter-turnout-for-fifth-phase-of-ls-elections-stands-at-62-20-eci',
    sentence: 'According to the data, the voter turnout for males was recorded at 61.48 per cent and for females at 63 per cent and third gender at 21.96 per cent.',
    focus: '61.48 per cent', attribution: 'the data', predicate: 'record', hedged: false, negated: false,
  },
  {
    url: 'https://www.newsonradar.com/total-voter-turnout-for-fifth-phase-of-ls-elections-stands-at-62-20-eci',
    sentence: 'NEW DELHI: Three days after polling ended for the fifth phase of Lok Sabha elections, the Election Commission of India (ECI) on Thursday released the total voters’ turnout data showing a 62.2 per cent voter count.',
    focus: '62.2 per cent', attribution: 'Election Commission of India', predicate: ['release', 'show'], hedged: false, negated: false,
  },
  {
    url: 'https://www.business-standard.com/article/news-ani/innovative-it-helped-to-release-voters-turnout-data-within-few-days-ec-119060101040_1.html',
    sentence: 'The provisional voter turnout data shows that 67.11 per cent voter turnout was recorded across the country during the Elections 2019, which is the highest ever voter turnout in the history of general',
    focus: '67.11 per cent', attribution: 'The provisional voter turnout data', predicate: 'record', hedged: false, negated: false,
  },
  {
    url: 'https://neshifa.com/lp/65-68-percent-turnout-phase-3-election-revised-data-1715438358077',
    sentence: 'Previously reported figures showed a 64.40% turnout, but Saturday’s revised figures show a nearly 1% increase.',
    focus: '64.40%', attribution: 'Previously reported figures', predicate: 'show', hedged: false, negated: false,
  },
  {
    url: 'https://neshifa.com/lp/65-68-percent-turnout-phase-3-election-revised-data-1715438358077',
    sentence: 'Previously reported figures showed a 64.40% turnout, but Saturday’s revised figures show a nearly 1% increase.',
    focus: '1%', attribution: 'Saturday’s revised figures', predicate: 'show', hedged: false, negated: false,
  },
  {
    url: 'https://neshifa.com/lp/65-68-percent-turnout-phase-3-election-revised-data-1715438358077',
    sentence: 'Shortly after phase three voting concluded, the Election Commission announced a 64.40% turnout.',
    focus: '64.40%', attribution: 'the Election Commission', predicate: 'announce', hedged: false, negated: false,
  },
  {
    url: 'https://neshifa.com/lp/65-68-percent-turnout-phase-3-election-revised-data-1715438358077',
    sentence: 'Data from 2019 showed a 67.33% turnout, indicating nearly a 2% decrease this election cycle.',
    focus: '67.33%', attribution: 'Data from 2019', predicate: 'show', hedged: false, negated: false,
  },
  {
    url: 'http://alkhabarnewspaper.com/senegal-president-wins-re-election-58-percent-vote',
    sentence: "DAKAR (Reuters) - Senegal President Macky Sall won re-election with 58 percent of votes cast in last Sunday's poll, according to provisional results announced by the official counting body on Thursday.",
    focus: '58 percent', attribution: 'provisional results announced by the official counting body', predicate: 'win', hedged: false, negated: false, subject: 'Senegal President Macky Sall',
  },
  {
    url: 'https://presstv.ir/Detail/2016/11/07/492516/Nicaragua-Ortega-election',
    sentence: "With over 21 percent of polling stations counted in the six-candidate presidential race, Ortega had over 71 percent of the votes in the Central American nation's presidential election on Sunday, electoral official said.",
    focus: '71 percent', attribution: 'electoral official', predicate: 'have', hedged: false, negated: false, subject: 'Ortega',
  },
  {
    url: 'https://globoport.hu/101064/bissaus-gomes-junior-wins-disputed-first-round-vote',
    sentence: 'But runner-up Kumba Yala, an ex-president who scored 23 percent according to preliminary results read out by the election commission, immediately demanded the poll be annulled on grounds of fraud.',
    focus: '23 percent', attribution: 'preliminary results read out by the election commission', predicate: 'score', hedged: false, negated: false,
  },
  {
    url: 'https://globoport.hu/101064/bissaus-gomes-junior-wins-disputed-first-round-vote',
    sentence: '“We can’t go on to the second round when there is massive fraud,” he said, repeating opposition complaints that there had been more than 25,000 cases of fraudulent votes being cast around the country of 1.6 million people.',
    focus: '25,000 cases', attribution: 'Florentino Mendes Pereira', previous: 'Yala spokesman Florentino Mendes Pereira', predicate: 'be', hedged: false, negated: false, quoted: false,
  },
  {
    url: 'http://www.startribune.com/maldives-provisional-elections-results-show-opposition-win/494096901/',
    sentence: 'Solih won 58.3 percent of the vote over President Yameen Abdul Gayoom with 89.2 percent turnout, according to the Maldives Election Commission.',
    focus: '58.3 percent', attribution: 'the Maldives Election Commission', predicate: 'win', hedged: false, negated: false, subject: 'Solih',
  },
  {
    url: 'http://www.startribune.com/maldives-provisional-elections-results-show-opposition-win/494096901/',
    sentence: 'Commission spokesman Ahmed Akram says the final results will be released within the 7-day window parties have to challenge the results in court.',
    focus: '7-day', attribution: 'Commission spokesman Ahmed Akram', predicate: 'release', hedged: false, negated: false,
  },
  {
    url: 'https://www.taiwannews.com.tw/en/news/3536941',
    sentence: 'The results show 89.2 percent voter turnout.',
    focus: '89.2 percent', attribution: 'The results', predicate: 'show', hedged: false, negated: false,
  },
  {
    url: 'http://www.ionglobaltrends.com/2008/04/paraguay-leftist-former-bishop-wins.html',
    sentence: "Lino Oviedo, 64, a retired army chief who helped stage a coup that ended the 35-year miltiary dictatorship of Alfredo Stroessner, trailed in third place with 21 percent, according to the Electoral Tribunal's Quick Preliminary Result Broadcast hotline (TREP).",
    focus: '21 percent', attribution: "the Electoral Tribunal's Quick Preliminary Result Broadcast hotline", predicate: 'trail', hedged: false, negated: false, subject: 'Lino Oviedo',
  },
  {
    url: 'http://www.ionglobaltrends.com/2008/04/paraguay-leftist-former-bishop-wins.html',
    sentence: 'Exit polls earlier gave Lugo, 56, a 43-37 percent lead over Ovelar, 51, of the ruling Colorado Party who was vying to be Paraguay\'s first woman president.',
    focus: '43-37 percent', attribution: 'Exit polls', predicate: 'give', hedged: false, negated: false,
  },
  {
    url: 'http://www.ionglobaltrends.com/2008/04/paraguay-leftist-former-bishop-wins.html',
    sentence: 'Oviedo had 16 percent, according to ABC/Nanduti radio.',
    focus: '16 percent', attribution: 'ABC/Nanduti radio', predicate: 'have', hedged: false, negated: false, subject: 'Oviedo',
  },
  {
    url: 'http://www.ionglobaltrends.com/2008/04/paraguay-leftist-former-bishop-wins.html',
    sentence: 'Former Colombian President Alfredo Pastrana, one of the observers, said turnout in the election among the 2.9 million elegible voters was high: "it\'s going to reach 60, 65 and hopefully even 70 percent."',
    focus: '2.9 million', attribution: 'Alfredo Pastrana', predicate: 'be', hedged: false, negated: false,
  },

  // ---------------------------------------------------------------- sport
  {
    url: 'https://gossipspoorts.blogspot.com/2021/11/neymar-suffered-injury-during-paris-st.html',
    sentence: 'Paris St-Germain forward Neymar will be out for up to eight weeks after suffering ankle ligament damage, the French club have confirmed.',
    focus: 'eight weeks', attribution: 'the French club', predicate: 'be', hedged: false, negated: false,
  },
  {
    url: 'https://gossipspoorts.blogspot.com/2021/11/neymar-suffered-injury-during-paris-st.html',
    sentence: 'The club added that a further update would be made in 72 hours.',
    focus: '72 hours', attribution: 'The club', predicate: 'make', hedged: false, negated: false,
  },
  {
    url: 'https://yingyu.chazidian.com/show-292918',
    sentence: 'LONDON, March 22 -- Arsenal centre-half Johan Djourou will be sidelined for four weeks due to a shoulder injury, the club said on Tuesday.',
    focus: 'four weeks', attribution: 'the club', predicate: 'sideline', hedged: false, negated: false, subject: 'Arsenal centre-half Johan Djourou',
  },
  {
    // "isn't" negates another clause of the quotation, not the figure's
    url: 'https://yingyu.chazidian.com/show-292918',
    sentence: '"The club can confirm the positive news that there isn\'t a need for reconstructive surgery and he will now begin a period of rehabilitation on the shoulder before returning to training in around a month," it said.',
    focus: 'a month', attribution: 'the club', previous: 'the club', hedged: false, negated: false, quoted: true,
  },
  {
    url: 'https://igberetvnews.com/1403829/haaland-several-weeks-hip-injury',
    sentence: '“It’s an injury that needs some time to mend itself. It’s at least three to four weeks, maybe more.”',
    focus: 'three to four weeks', attribution: 'Ola Sand', previous: "Norway's team doctor Ola Sand", predicate: 'be', hedged: true, negated: false, quoted: true,
  },
  {
    url: 'https://www.adomonline.com/thomas-partey-will-be-out-for-few-weeks-due-to-muscle-injury-arsenal-coach/',
    sentence: '“He’s got a muscle injury and we are expecting him to be out for a few weeks,” he said ahead of their game against Sheffield United on Saturday.',
    focus: 'a few weeks', attribution: 'Mikel Arteta', previous: 'Arsenal manager, Mikel Arteta', hedged: true, negated: false, quoted: true,
  },
  {
    url: 'https://chinaeconomicreview.com/alibaba-pledges-to-hire-15000-in-2023/',
    sentence: 'In the post, the company said messages circulating on the internet–some of which say the Hangzhou-based company will lay off up to 25% of its workforce across various business units–were “rumours.”',
    focus: '25%', attribution: 'the company', predicate: 'lay', hedged: false, negated: false,
  },
  {
    url: 'https://www.explica.co/gustave-the-huge-alligator-that-lurks-in-africa-and-has-killed-more-than-300-people.html',
    sentence: 'According to some versions of locals in this African region, Gustave has been shot 3 times but has managed to survive and has the scars of these wounds.',
    focus: '3 times', attribution: 'some versions of locals', predicate: 'shoot', hedged: false, negated: false, subject: 'Gustave',
  },
  {
    url: 'https://www.explica.co/gustave-the-huge-alligator-that-lurks-in-africa-and-has-killed-more-than-300-people.html',
    sentence: '“I calculated that if it had been killing people for 20 years at this rate, it would have already eaten more than 300 people,” the hunter said.',
    focus: '300 people', attribution: 'the hunter', predicate: 'eat', negated: false, hedged: false, quoted: true,
  },
  {
    url: 'https://www.explica.co/gustave-the-huge-alligator-that-lurks-in-africa-and-has-killed-more-than-300-people.html',
    sentence: 'In the 3 months he was there, he concluded that the crocodile had eaten 17 people.',
    focus: '17 people', attribution: 'Faye', previous: 'Faye', predicate: 'eat', hedged: false, negated: false,
  },
  {
    url: 'https://www.premiumtimesng.com/news/560965-floods-un-pledges-to-support-nigeria.html',
    sentence: 'Nigeria’s minister of humanitarian affairs, Sadiya Farouk, said the floods have destroyed 108,392 hectares of farmland, and “completely damaged” 82,053 homes.',
    focus: '108,392 hectares', attribution: 'Sadiya Farouk', predicate: 'destroy', hedged: false, negated: false,
  },

  // ---------------------------------------------------------------- second batch: held out while the rules
  // were written, then added (inflation, mergers, wildfires)
  { url: 'https://news.insearchofchicas.org/forum/archive/index.php/t-406116.html', sentence: 'The Central Bank (BC) reports that the inflation rate for May, measured by the variation of the Consumer Price Index (IPC) was -0.27 compared to April, which influenced the accumulated inflation for the first five months of 2012 and made it 0.68%.', focus: '0.27', attribution: 'The Central Bank', predicate: 'be', hedged: false, negated: false },
  { url: 'https://news.insearchofchicas.org/forum/archive/index.php/t-406116.html', sentence: 'The institution said that the annual inflation rate measured from May 2011 to May 2012 was 3.54%.', focus: '3.54%', attribution: 'The institution', predicate: 'be', hedged: false, negated: false, subject: 'annual inflation rate' },
  { url: 'https://news.insearchofchicas.org/forum/archive/index.php/t-406116.html', sentence: 'The report from the Central Bank says that the annual underlying inflation rate for the last 12 months was 3.67%.', focus: '3.67%', attribution: 'The report from the Central Bank', predicate: 'be', hedged: false, negated: false },
  { url: 'https://www.romaniajournal.ro/top_news/bnrs-isarescu-says-romania-will-not-have-galloping-inflation-pleasant-surprise-possible-next-week/', sentence: 'Mugur Isărescu, appointed on Wednesday for the 7th term as Governor of the National Bank of Romania, said on Thursday that we will not have galloping inflation in Romania, and in June the inflation may fall below 4%.', focus: '4%', attribution: 'Mugur Isărescu', predicate: 'fall', hedged: true, negated: false },
  { url: 'https://www.romaniajournal.ro/top_news/bnrs-isarescu-says-romania-will-not-have-galloping-inflation-pleasant-surprise-possible-next-week/', sentence: 'BNR announced on Thursday that the annual CPI inflation rate remained constant at 4.10 percent (4.11 percent in April), but remained above the target range and slightly above the predicted level, informs.', focus: '4.10 percent', attribution: 'BNR', predicate: 'remain', hedged: false, negated: false },
  { url: 'https://www.oananews.org/content/news/bussiness/central-bank-sees-inflation-rate-below-20-iran', sentence: 'TEHRAN, Nov.29 (MNA) --The Central Bank of Iran governor Mahmoud Bahmani predicted that inflation rate would remain below 20 percent for the eighth calendar month of Aban (ended November 21), saying that the inflation rate will be officially announced by December 1.', focus: '20 percent', attribution: 'Mahmoud Bahmani', predicate: 'remain', hedged: true, negated: false },
  { url: 'https://www.oananews.org/content/news/bussiness/central-bank-sees-inflation-rate-below-20-iran', sentence: "The country's inflation rate increased by 0.8 percent to stand at 19.1 percent in the end of the seventh Iranian month of Mehr, Bahmani said.", focus: '0.8 percent', attribution: 'Bahmani', predicate: 'increase', hedged: false, negated: false },
  { url: 'https://www.oananews.org/content/news/bussiness/central-bank-sees-inflation-rate-below-20-iran', sentence: "He put last year's inflation rate at 12.4 percent.", focus: '12.4 percent', attribution: 'Bahmani', previous: 'Bahmani', predicate: 'put', hedged: false, negated: false },
  { url: 'https://capital-media.mu/?p=41486', sentence: 'In his presentation, Campos Neto’s figures showed a slight decline in consumer price index inflation in May 2021, to 11.73%.', focus: '11.73%', attribution: 'Campos Neto’s figures', predicate: 'show', hedged: false, negated: false },
  { url: 'https://www.staradvertiser.com/2014/06/04/breaking-news/sprint-and-t-mobile-agree-to-terms-of-merger/', sentence: 'Sprint and T-Mobile have settled on the terms of a $32 billion deal that would further reshape the telecommunications industry, according to a person briefed on the matter.', focus: '$32 billion', attribution: 'a person briefed on the matter', predicate: 'settle', hedged: false, negated: false },
  { url: 'https://www.staradvertiser.com/2014/06/04/breaking-news/sprint-and-t-mobile-agree-to-terms-of-merger/', sentence: 'Sprint would pay about $40 a share in cash and stock for T-Mobile, about a 17 percent premium to Wednesday’s price, according to the preliminary agreement.', focus: '$40', attribution: 'the preliminary agreement', predicate: 'pay', hedged: false, negated: false },
  { url: 'http://www.advfn.com/nasdaq/StockNews.asp?stocknews=YHOO&article=73910885', sentence: 'The companies have agreed to revise the $4.83 billion deal, cutting as much as $350 million off the price and evenly splitting costs from the breaches, according to people familiar with the matter.', focus: '$4.83 billion', attribution: 'people familiar with the matter', predicate: ['agree', 'revise'], hedged: false, negated: false },
  { url: 'http://www.modbee.com/news/local/article162341358.html', sentence: 'With better mapping, the California Department of Forestry and Fire Protection said the Willms Fire had burned 19 acres near Knights Ferry.', focus: '19 acres', attribution: 'California Department of Forestry and Fire Protection', predicate: 'burn', hedged: false, negated: false },
  { url: 'http://www.modbee.com/news/local/article162341358.html', sentence: 'Firefighters battled the blaze throughout the night and had 65 percent of the wildfire contained, according to Cal Fire.', focus: '65 percent', attribution: 'Cal Fire', predicate: 'have', hedged: false, negated: false },
  { url: 'http://www.modbee.com/news/local/article162341358.html', sentence: 'At 10 p.m., Cal Fire officials had estimated the fire had burned 35 acres and there was no containment.', focus: '35 acres', attribution: 'Cal Fire officials', predicate: 'burn', hedged: true, negated: false },
  { url: 'http://www.modbee.com/news/local/article162341358.html', sentence: 'State fire officials on Wednesday morning had a better understanding of how much terrain the blaze had covered, saying the Willms Fire burning near Highway 120 had scorched 19 acres.', focus: '19 acres', attribution: 'State fire officials', predicate: 'scorch', hedged: false, negated: false },
  { url: 'https://www.fox6now.com/news/calif-ponderosa-fire-threatens-900-homes-57-contained', sentence: 'The Ponderosa Fire, which is in a remote area of Shasta County, California, is just one of 42,750 wildfires that have burned 6,901,035 acres in the United States this year, according to the National Interagency Fire Center.', focus: '42,750 wildfires', attribution: 'the National Interagency Fire Center', predicate: 'be', hedged: false, negated: false, subject: 'Ponderosa Fire' },
  { url: 'https://www.fox6now.com/news/calif-ponderosa-fire-threatens-900-homes-57-contained', sentence: 'The fire, ignited by lightning five days ago, was 57% contained by Thursday, allowing some families forced from their homes are able to return, fire officials said.', focus: '57%', attribution: 'fire officials', predicate: ['contain', 'be'], hedged: false, negated: false },
  { url: 'https://www.fox6now.com/news/calif-ponderosa-fire-threatens-900-homes-57-contained', sentence: 'The 1,146 personnel fighting it have managed to gain 40% containment, according to officials.', focus: '40%', attribution: 'officials', predicate: ['manage', 'gain'], hedged: false, negated: false },
  { url: 'https://www.fox6now.com/news/calif-ponderosa-fire-threatens-900-homes-57-contained', sentence: 'A fire that has burned nearly 100,000 acres, mostly managed by the U.S. Forestry Service, in northern Idaho still just 5% contained three weeks after it began, officials said.', focus: '100,000 acres', attribution: 'officials', predicate: 'burn', hedged: false, negated: false },
  { url: 'https://pbdev.programbusiness.com/news/deadliest-fire-california-history-deemed-contained', sentence: 'The deadliest wildfire in California’s history, which killed at least 85 people and destroyed almost 19,000 buildings, was 100% contained Sunday, state fire officials said.', focus: '85 people', attribution: 'state fire officials', predicate: 'kill', hedged: false, negated: false },
  { url: 'https://pbdev.programbusiness.com/news/deadliest-fire-california-history-deemed-contained', sentence: 'By Sunday afternoon, officials couldn’t account for 267 people, said Butte County Sheriff’s spokeswoman Miranda Bowersox.', focus: '267 people', attribution: 'Miranda Bowersox', predicate: 'account', hedged: false, negated: true },
  { url: 'https://www.apdnews.com/article/bae80b1', sentence: 'The Sites Fire reportedly had reached 1,000 acres (about 4 square km) by Sunday night, but the acreage is estimated at 540 as of Monday morning, according to the California Department of Forestry and Fire Protection (Cal Fire).', focus: '1,000 acres', attribution: 'California Department of Forestry and Fire Protection', predicate: 'reach', hedged: true, negated: false },
  { url: 'https://www.apdnews.com/article/bae80b1', sentence: 'The Sites Fire reportedly had reached 1,000 acres (about 4 square km) by Sunday night, but the acreage is estimated at 540 as of Monday morning, according to the California Department of Forestry and Fire Protection (Cal Fire).', focus: '540', attribution: 'California Department of Forestry and Fire Protection', predicate: 'estimate', hedged: true, negated: false },
  { url: 'https://wvli927.com/2022/03/31/heartbreaking-wildfire-near-smoky-mountains-leaves-1-injured-sparks-mandatory-evacuations', sentence: 'The Forestry Department reported the fire covered approximately 250 acres and was 0 percent contained as of Wednesday evening.', focus: '250 acres', attribution: 'The Forestry Department', predicate: 'cover', hedged: false, negated: false },

  // ---------------------------------------------------------------- third batch: held out, then added
  // (sport, jury verdicts, polls)
  { url: 'https://www.allenandallen.com/news-0102-million-dollar-verdict/', sentence: 'Virginia juries returned 16 verdicts of $1 million or more last year, according to a survey by Virginia Lawyers Weekly, a newspaper for the legal profession.', focus: '16 verdicts', attribution: 'a survey by Virginia Lawyers Weekly', predicate: 'return', hedged: false, negated: false, subject: 'Virginia juries' },
  { url: 'https://www.allenandallen.com/news-0102-million-dollar-verdict/', sentence: 'Legal newspapers published by the Lawyers Weekly’s parent company in other states recorded 14 such verdicts in Michigan and Maryland and 54 in North Carolina, Tuerck said.', focus: '14 such verdicts', attribution: 'Tuerck', predicate: 'record', hedged: false, negated: false },
  { url: 'http://blogs.lawyers.com/2012/04/editors-choice-jury-awards-edition-28/', sentence: 'He said his client had practiced for 34 years and would appeal the judgment.', focus: '34 years', attribution: 'Peter Bertling', previous: 'Peter Bertling', predicate: 'practice', hedged: false, negated: false, subject: 'his client' },
  { url: 'https://valawyersweekly.com/2016/01/18/virginias-largest-verdicts-of-2015/', sentence: 'The 2015 survey features 14 verdicts, down from 22 last year.', focus: '14 verdicts', attribution: 'The 2015 survey', predicate: 'feature', hedged: false, negated: false },
  { url: 'https://www.surveyusa.com/client/PollReport_main.aspx?g=b58f8dfb-bf70-4ccf-88c4-145fc33f5e29', sentence: '40% of Georgians likely to vote in the November 2020 general election for US Senator say they are certain to back incumbent Republican David Perdue, according to research conducted by SurveyUSA exclusively for WXIA-TV in Atlanta.', focus: '40%', attribution: 'research conducted by SurveyUSA', predicate: 'say', hedged: false, negated: false },
  { url: 'http://perpetuaofcarthage.blogspot.com/2008/10/new-poll-shows-52-support-california.html', sentence: 'A new poll of California voters shows Proposition 8, a proposed constitutional amendment that would reserve marriage for opposite-sex couples, has a 9 percentage point lead among likely voters, 52% to 43%.', focus: '9 percentage point', attribution: 'A new poll of California voters', predicate: 'have', hedged: false, negated: false },
  { url: 'http://perpetuaofcarthage.blogspot.com/2008/10/new-poll-shows-52-support-california.html', sentence: 'The survey shows that Proposition 8 has majority support among men (53%), women (51%), whites (51%), Latinos (57%), those who are married (59%) and those age 45 and older (59%).', focus: '53%', attribution: 'The survey', predicate: 'have', hedged: false, negated: false, subject: 'Proposition 8' },
  { url: 'http://domesticworldx.blogspot.com/2012/05/reuters-us-poll-suggests-close-election.html', sentence: 'DiCamillo noted that California voters in 2006 rejected a ballot measure proposing a $2.60 tax increase to a pack of cigarettes by 52 percent to 48 percent - after the measure held substantial early leads in polls.', focus: '$2.60', attribution: 'DiCamillo', predicate: 'reject', hedged: false, negated: false },
  { url: 'http://domesticworldx.blogspot.com/2012/05/reuters-us-poll-suggests-close-election.html', sentence: 'The Field Poll conducted its latest survey from May 21 through May 29.', focus: 'May 21', attribution: 'The Field Poll', predicate: 'conduct', hedged: false, negated: false },

  // ---------------------------------------------------------------- fourth batch: held out, then added
  // (negations and denials)
  { url: 'https://sputnikglobe.com/20241221/drone-attack-on-russias-kazan-results-in-no-casualties-so-far-1121226615.html', sentence: 'The Russian city of Kazan in Tatarstan was attacked by eight drones on Saturday, including one that hit an industrial facility and six that hit residential buildings, with no casualties recorded so far, the office of Tatar leader Rustam Minnikhanov said.', focus: 'eight drones', attribution: 'the office of Tatar leader Rustam Minnikhanov', predicate: 'attack', hedged: false, negated: false },
  { url: 'https://www.newsbreak.com/news/2667152262103/officials-say-no-fatalities-all-accounted-for-after-southwest-virginia-flooding', sentence: 'Virginia officials confirmed on Thursday that no fatalities occurred amid flooding in southwestern Virginia on Tuesday night, after warning on Wednesday that 40 people were missing.', focus: 'Tuesday night', attribution: 'Virginia officials', predicate: 'occur', hedged: false, negated: true },
  { url: 'https://www.newsbreak.com/news/2667152262103/officials-say-no-fatalities-all-accounted-for-after-southwest-virginia-flooding', sentence: 'Virginia officials confirmed on Thursday that no fatalities occurred amid flooding in southwestern Virginia on Tuesday night, after warning on Wednesday that 40 people were missing.', focus: '40 people', attribution: 'Virginia officials', predicate: 'be', hedged: false, negated: false },
  { url: 'https://www.newsbreak.com/news/2667152262103/officials-say-no-fatalities-all-accounted-for-after-southwest-virginia-flooding', sentence: 'He said about 10 miles of area were affected, but that no significant injuries had been reported so far.', focus: '10 miles', attribution: 'Billy Chrimes', previous: 'Billy Chrimes, a search and rescue specialist for the Virginia Department of Emergency Management', predicate: 'affect', hedged: false, negated: false },
  { url: 'https://www.newsbreak.com/news/2667152262103/officials-say-no-fatalities-all-accounted-for-after-southwest-virginia-flooding', sentence: 'Breeding said at a press conference on Wednesday that authorities were following up on about 40 missing persons as a result of the flood, and that a hotline had been set up for people to report loved ones that are missing.', focus: '40 missing persons', attribution: 'Breeding', predicate: 'follow', hedged: false, negated: false, subject: 'authorities' },
  { url: 'https://www.duluthnewstribune.com/business/duluth-web-developer-files-for-chapter-11-bankruptcy', sentence: 'He said the company would not be forced to lay off any of its 250 employees, adding that 50 Below has been profitable, making $800,000 through the first part of 2012.', focus: '250 employees', attribution: 'Mike McGrath', previous: "The company's bankruptcy attorney, Mike McGrath", predicate: ['force', 'lay'], hedged: false, negated: true },
  { url: 'https://www.duluthnewstribune.com/business/duluth-web-developer-files-for-chapter-11-bankruptcy', sentence: 'He said the company would not be forced to lay off any of its 250 employees, adding that 50 Below has been profitable, making $800,000 through the first part of 2012.', focus: '$800,000', attribution: 'Mike McGrath', previous: "The company's bankruptcy attorney, Mike McGrath", hedged: false, negated: false },
  { url: 'https://www.duluthnewstribune.com/business/duluth-web-developer-files-for-chapter-11-bankruptcy', sentence: '"The taxing authorities haven\'t agreed to let us pay the tax debt over a five-year period.', focus: 'five-year period', attribution: 'McGrath', previous: 'McGrath', predicate: 'agree', hedged: false, negated: true, quoted: true },
  { url: 'https://dad29.blogspot.com/2018/04/tn-illegals-raid-employers-also.html', sentence: 'He alleged the facility failed to report $8.4 million in wages and to pay at least $2.5 million in payroll taxes for dozens of undocumented workers.', focus: '$8.4 million', attribution: 'Nicholas Worsham', previous: 'IRS Special Agent Nicholas Worsham', predicate: ['fail', 'report'], hedged: true, negated: false },
  { url: 'http://www.cnet.com/news/apple-denies-second-round-of-layoff-rumors/', sentence: 'For the second time in a week, Apple has denied rumors that it has laid off workers.', focus: 'second time', attribution: 'Apple', predicate: 'deny', hedged: false, negated: true },
  { url: 'https://24newshd.tv/17-May-2020/emirates-airlines-says-no-announcement-made-on-mass-layoffs?version=amp', sentence: "Dubai's flagship airline Emirates on Sunday said that it has not made any announcement regarding mass redundancies at the airline.", focus: 'Sunday', attribution: 'Emirates', predicate: 'say', hedged: false, negated: false },
  { url: 'https://www.oneindia.com/india/no-casualties-reported-so-far-due-to-cyclone-ndrf-chief-1323466.html', sentence: 'Chowdhary said yesterday five persons lost their lives in Odisha due to collapse of a building but the incident took place before the landfall of cyclone.', focus: 'five persons', attribution: 'Chowdhary', predicate: 'lose', hedged: false, negated: false },

  // ---------------------------------------------------------------- fifth batch: held out, then added
  // (health ministries, data breaches)
  { url: 'https://www.worldnewsnetwork.net/video/health-ministry-confirms-1334-new-covid-19-cases-and-27-deaths-last-24-hours/', sentence: 'Health Ministry Joint Secretary Lav Agarwal informed that 1334 new COVID-19 cases and 27 deaths have been reported in last 24 hours.', focus: '1334 new COVID-19 cases', attribution: 'Lav Agarwal', predicate: 'report', hedged: false, negated: false },
  { url: 'https://www.stabroeknews.com/2020/09/24/news/guyana/guyana-records-another-covid-19-death/', sentence: 'Ninety-eight new cases of the novel coronavirus (COVID-19) were confirmed by the Ministry of Health yesterday in addition to one new death.', focus: 'Ninety-eight new cases', attribution: 'the Ministry of Health', predicate: 'confirm', hedged: false, negated: false },
  { url: 'https://www.stabroeknews.com/2020/09/24/news/guyana/guyana-records-another-covid-19-death/', sentence: 'In a statement on Tuesday night, the Ministry disclosed that a 25-year-old man from Region Four had died.', focus: '25-year-old', attribution: 'the Ministry', predicate: 'die', hedged: false, negated: false },
  { url: 'https://www.stabroeknews.com/2020/09/24/news/guyana/guyana-records-another-covid-19-death/', sentence: 'The dashboard showed that there are 14 persons in the COVID-19 Intensive Care Unit (ICU), 160 persons in institutional isolation, 828 persons in home isolation and 67 persons in institutional quarantine.', focus: '14 persons', attribution: 'The dashboard', predicate: 'be', hedged: false, negated: false },
  { url: 'https://pledgetimes.com/3491-new-cases-of-corona-and-5-deaths/', sentence: 'The Ministry also announced that 3,311 new cases had been cured, bringing the total number of recoveries to 231,675 cases.', focus: '3,311 new cases', attribution: 'The Ministry', predicate: 'cure', hedged: false, negated: false },
  { url: 'https://www.inewsguyana.com/24-new-covid-19-cases-recorded/', sentence: 'The Ministry of Health has announced that 24 new cases of the novel coronavirus have been recorded.', focus: '24 new cases', attribution: 'The Ministry of Health', predicate: 'record', hedged: false, negated: false },
  { url: 'https://www.timesofisrael.com/liveblog_entry/over-760-new-virus-cases-in-last-24-hours-seriously-ill-tally-ramps-up/', sentence: 'The Health Ministry releases new coronavirus data showing 765 new infections over the last 24 hours, as the pandemic continues to trend upward.', focus: '765 new infections', attribution: 'The Health Ministry', predicate: ['release', 'show'], hedged: false, negated: false },
  { url: 'https://www.timesofisrael.com/liveblog_entry/over-760-new-virus-cases-in-last-24-hours-seriously-ill-tally-ramps-up/', sentence: 'The ministry says the number of patients in serious condition is up to 52, six more than the previous update this morning, though the number of people on ventilators remains steady at 24.', focus: '52', attribution: 'The ministry', predicate: 'be', hedged: false, negated: false },
  { url: 'https://newsday.co.tt/2021/05/24/15-deaths-250-covid19-cases-detected/', sentence: 'The Health Ministry said 15 people have died from the covid19 virus over the last 24 hours.', focus: '15 people', attribution: 'The Health Ministry', predicate: 'die', hedged: false, negated: false },
  { url: 'https://newsday.co.tt/2021/05/24/15-deaths-250-covid19-cases-detected/', sentence: 'In its covid19 update on Monday, the Health Ministry said the death toll now stood at 390 since March 2020.', focus: '390', attribution: 'the Health Ministry', predicate: 'stand', hedged: false, negated: false },
  { url: 'https://beaphoenix.eu/crypto-exchange-coinbase-faces-up-to-400m-hit-from-cyber-attack/', sentence: 'In a filing with the US Securities and Exchanges Commission, external, it estimated costs between $180m and $400m.', focus: '$180m', attribution: 'Coinbase', previous: 'Coinbase', predicate: 'estimate', hedged: true, negated: false },
  { url: 'https://beaphoenix.eu/crypto-exchange-coinbase-faces-up-to-400m-hit-from-cyber-attack/', sentence: '“We’re cooperating closely with law enforcement to pursue the harshest penalties possible and will not pay the $20 million ransom demand we received.', focus: '$20 million', attribution: 'Coinbase', previous: 'Coinbase', predicate: 'pay', hedged: false, negated: true, quoted: true },
  { url: 'https://pymnts-com-develop.go-vip.net/news/security-and-risk/2023/comcast-reports-hack-exposed-data-of-nearly-36-million-xfinity-customers', sentence: 'While the announcement does not provide a number for affected customers, a notice sent to the Maine Attorney General — flagged in a report by TechCrunch — says that 35.8 million people were impacted by the breach.', focus: '35.8 million people', attribution: 'a notice sent to the Maine Attorney General', predicate: 'impact', hedged: false, negated: false },
  { url: 'http://sbynews.blogspot.com/2014/04/michaels-says-nearly-3-million.html?m=0', sentence: 'Michaels, the craft store chain that confirmed a data breach earlier this year, said nearly 3 million customers’ information had been stolen from its point-of-sale system, including from several Washington-area stores.', focus: 'nearly 3 million', attribution: 'Michaels', predicate: 'steal', hedged: false, negated: false },
  { url: 'http://www.indiajournal.com/business/personal-information-of-about-2-mn-t-mobile-users-leaked', sentence: 'The carrier said three per cent of its customers were affected, or about two million to 2.5 million of its 77 million customers.', focus: 'three per cent', attribution: 'The carrier', predicate: 'affect', hedged: false, negated: false },
  { url: 'http://www.americaherald.com/staples-says-nearly-1-2-million-cards-exposed-in-security-breach/21579/', sentence: 'About 1.2 million customer payment cards information is expected to have exposed to the hackers during the security breach earlier this year, Staples Inc. said on Friday.', focus: '1.2 million', attribution: 'Staples Inc.', predicate: 'expose', hedged: true, negated: false },
  { url: 'https://firstbusinessnews.net/tag/clothing-company/', sentence: 'Mr. Hsieh said the company would send an e-mail notifying the more than 24 million accountholders of the incident, including details about the information that might have been obtained: names, e-mail addresses, billing and shipping addresses, phone numbers and the last four digits of credit cards.', focus: '24 million accountholders', attribution: 'Mr. Hsieh', predicate: 'send', hedged: false, negated: false },
];

/** Sentences with a figure but no source in them: the attribution must stay null (or come only from a
 * carried speaker when `previous` is given and the sentence is a quotation). */
export const UNATTRIBUTED: AttributionCase[] = [
  {
    url: 'https://newsdiaryonline.com/employee-in-court-over-alleged-theft-of-n1-8m/',
    sentence: 'A 36-year-old employee, Abiola Dauda, was on Thursday arraigned at an Ikeja Magistrates’ Court in Lagos for allegedly stealing N1.8 million belonging to Speedaf Express.',
    focus: 'N1.8 million', attribution: null, predicate: 'arraign', hedged: true, negated: false,
  },
  {
    url: 'https://beta.gothamist.com/news/former-saks-employee-on-trial-for-theft?betaRedirect=true',
    sentence: 'The 51-year-old faces 25 years in prison for grand larceny.',
    focus: '25 years', attribution: null, predicate: 'face', hedged: false, negated: false,
  },
  {
    url: 'http://en.chinagate.cn/2015-01/07/content_34497642.htm',
    sentence: 'Robert McDonnell, former governor of U.S. state of Virginia, was sentenced on Tuesday to two years in prison for taking bribes.',
    focus: 'two years', attribution: null, predicate: 'sentence', hedged: false, negated: false, subject: 'Robert McDonnell',
  },
  {
    url: 'https://talkingpointsmemo.com/?p=134892',
    sentence: 'Former Louisiana congressman William Jefferson was sentenced this afternoon to 13 years in federal prison for his conviction on public corruption charges.',
    focus: '13 years', attribution: null, predicate: 'sentence', hedged: false, negated: false,
  },
  {
    url: 'https://talkingpointsmemo.com/?p=134892',
    sentence: 'During a raid, the FBI famously found $90,000 in his freezer.',
    focus: '$90,000', attribution: null, predicate: 'find', hedged: false, negated: false, subject: 'FBI',
  },
  {
    url: 'https://tradearabia.com/news/INTNEWS_214328.html',
    sentence: 'Villagers found 14 bullet-ridden bodies scattered around the Bara area of the northwestern Khyber tribal region near the Afghanistan border on Sunday, as Pakistani security forces step up military offensives against militants.',
    focus: '14 bullet-ridden bodies', attribution: null, predicate: 'find', hedged: false, negated: false, subject: 'Villagers',
  },
  {
    url: 'https://www.newsonradar.com/total-voter-turnout-for-fifth-phase-of-ls-elections-stands-at-62-20-eci',
    sentence: 'West Bengal recorded the highest turnout at 78.45 per cent, followed by Odisha at 73.50 per cent and Ladakh at 71.82 per cent.',
    focus: '78.45 per cent', attribution: null, predicate: 'record', hedged: false, negated: false, subject: 'West Bengal',
  },
  {
    url: 'https://www.newsonradar.com/total-voter-turnout-for-fifth-phase-of-ls-elections-stands-at-62-20-eci',
    sentence: 'Uttar Pradesh recorded 58.02 per cent and Jammu and Kashmir 59.10 per cent, which was higher than Maharashtra including all Mumbai city seats, which recorded 56.89 per cent.',
    focus: '58.02 per cent', attribution: null, predicate: 'record', hedged: false, negated: false,
  },
  {
    url: 'http://www.ionglobaltrends.com/2008/04/paraguay-leftist-former-bishop-wins.html',
    sentence: 'But as 70 observers from the Organization of American States monitored ballot stations, electoral court chief Rafael Dendia said voting went smoothly.',
    focus: '70 observers', attribution: null, predicate: 'monitor', hedged: false, negated: false,
  },
  {
    url: 'https://kstp.com/associated-press/ap-national-sports/kenyas-edwin-kiptoo-wins-athens-marathon-in-a-course-record-of-21034/',
    sentence: 'As Kiptoo was crossing the finish line, about a 100 people in Athens’ Panathenaic stadium unfurled a banner saying “Free Palestine” and waved Palestinian flags.',
    focus: '100 people', attribution: null, predicate: 'unfurl', hedged: false, negated: false,
  },
  {
    url: 'https://kstp.com/associated-press/ap-national-sports/kenyas-edwin-kiptoo-wins-athens-marathon-in-a-course-record-of-21034/',
    sentence: 'The previous record of 2:10:37 had been set by Kenya’s Felix Kandie in 2014.',
    focus: '2:10:37', attribution: null, predicate: 'set', hedged: false, negated: false,
  },
  {
    url: 'http://www.ekathimerini.com/246322/article/ekathimerini/sports/kenyas-komen-wins-athens-marathon',
    sentence: 'The 42-year-old clocked 2 hours 16 minutes 34 seconds, beating Rwanda’s Felicien Muhitira, 17 years his junior, by 9 seconds.',
    focus: '2 hours', attribution: null, predicate: 'clock', hedged: false, negated: false,
  },
  {
    url: 'http://www.ekathimerini.com/246322/article/ekathimerini/sports/kenyas-komen-wins-athens-marathon',
    sentence: 'A record 20,041 runners lined up at the marathon’s start in the village of Marathon, near the battlefield where Athenians and their allies beat a far larger Persian army in 490 BC.',
    focus: '20,041 runners', attribution: null, predicate: 'line', hedged: false, negated: false,
  },
  {
    url: 'https://igberetvnews.com/1403829/haaland-several-weeks-hip-injury',
    sentence: 'The Norwegian has already scored nine goals this season, sitting atop the league’s goal-scoring charts alongside Bayern rival Robert Lewandowski.',
    focus: 'nine goals', attribution: null, predicate: 'score', hedged: false, negated: false,
  },
  {
    url: 'http://alkhabarnewspaper.com/senegal-president-wins-re-election-58-percent-vote',
    sentence: 'Opposition candidate Idrissa Seck came second with 21 percent of votes, while Ousmane Sonko placed third with 16 percent.',
    focus: '16 percent', attribution: null, predicate: 'place', hedged: false, negated: false, subject: 'Ousmane Sonko',
  },
  {
    url: 'http://alkhabarnewspaper.com/senegal-president-wins-re-election-58-percent-vote',
    sentence: 'More than 66 percent of 6.7 million registered voters took part in the election.',
    focus: '66 percent', attribution: null, predicate: 'take', hedged: false, negated: false,
  },
  {
    url: 'https://mynewstimeblog.blogspot.com/2020/11/dasukis-accomplice-reveals-how-he-spent.html',
    sentence: 'Mr Dasuki spent four years in detention, following his arrest in 2015 over alleged misappropriation of N2.2 billion meant for arms purchase during his time as National Security Adviser to former President Goodluck Jonathan',
    focus: 'four years', attribution: null, predicate: 'spend', hedged: false, negated: false,
  },
  {
    url: 'https://mynewstimeblog.blogspot.com/2020/11/dasukis-accomplice-reveals-how-he-spent.html',
    sentence: 'Mr Dasuki spent four years in detention, following his arrest in 2015 over alleged misappropriation of N2.2 billion meant for arms purchase during his time as National Security Adviser to former President Goodluck Jonathan',
    focus: 'N2.2 billion', attribution: null, hedged: true, negated: false,
  },
  {
    url: 'https://rizefmradio.blogspot.com/2020/10/how-n851m-was-deposited-in-accounts-of.html',
    sentence: 'Fayose was arraigned by the Economic and Financial Crimes Commission (EFCC) for alleged money laundering to the tune of N6.9 billion on October 22, 2018.',
    focus: 'N6.9 billion', attribution: null, predicate: 'arraign', hedged: true, negated: false, subject: 'Fayose',
  },
  {
    url: 'https://en.wikipedia.org/wiki/Man-eater',
    sentence: 'About 1,000 people were reportedly killed each year in India during the early 1900s, with one individual Bengal tigress killing 436 people in India.',
    focus: '1,000 people', attribution: null, predicate: 'kill', hedged: true, negated: false,
  },
  {
    url: 'https://presstv.ir/Detail/2016/11/07/492516/Nicaragua-Ortega-election',
    sentence: 'Full official results would reportedly be given at 11:00 am (1700 GMT) on Monday.',
    focus: '11:00 am', attribution: null, predicate: 'give', hedged: true, negated: false,
  },
  {
    url: 'https://www.explica.co/gustave-the-huge-alligator-that-lurks-in-africa-and-has-killed-more-than-300-people.html',
    sentence: 'African authorities, in particular from Burundi, have launched an arduous hunting effort to find George, an alligator believed to have been responsible for the deaths of around 300 people.',
    focus: '300 people', attribution: null, hedged: true, negated: false,
  },
  {
    url: 'https://www.benzinga.com/news/23/01/30454317/microsoft-reportedly-denies-plan-to-lay-off-thousands-calling-it-a-rumor',
    sentence: 'Microsoft was reportedly expected to cut one-third of its recruiting staff and put a freeze on hiring and not carry out normal hiring for one or two years.',
    focus: 'one-third', attribution: null, predicate: 'cut', hedged: true, negated: false,
  },
  {
    url: 'https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/twelve-kashmiris-shot-dead-ahead-of-talks-1.983301',
    sentence: 'Suspected militants shot dead at least 12 villagers, including four children, in their sleep in Indian Kashmir yesterday, a day ahead of talks between India and Pakistan over the disputed Himalayan region.',
    focus: '12 villagers', attribution: null, predicate: 'shoot', hedged: true, negated: false,
  },
  {
    url: 'http://covid-19.chinadaily.com.cn/world/2006-05/01/content_581820.htm',
    sentence: 'Tens of thousands of people have been killed in Kashmir since an Islamic insurgency began in 1989 against Indian rule.',
    focus: 'Tens of thousands of people', attribution: null, predicate: 'kill', hedged: false, negated: false,
  },
  {
    url: 'http://www.hrmonline.co.nz/news/spark-denies-mass-job-cuts-236006.aspx',
    sentence: "Spark's staff numbers have increased in the past year – in December 2016 it had 5,943 full-time workers, up from 5,324 in December 2015.",
    focus: '5,943 full-time workers', attribution: null, predicate: 'have', hedged: false, negated: false,
  },
  {
    url: 'https://www.startribune.com/maldives-provisional-elections-results-show-opposition-win/494096901/',
    sentence: 'Solih, 56, was a democracy activist during decades of autocratic rule and a former Parliament majority leader.',
    focus: '56', attribution: null, predicate: 'be', hedged: false, negated: false, subject: 'Solih',
  },
  {
    url: 'https://www.thv11.com/article/news/local/little-rock-police-no-shots-fired-during-fight-panic-at-war-memorial-stadium/91-587676968',
    sentence: 'During the 3rd quarter between Benton and Bryant, fans scrambled for the exits.',
    focus: '3rd quarter', attribution: null, predicate: 'scramble', hedged: false, negated: false, subject: 'fans',
  },

  // second batch (held out while the rules were written)
  { url: 'https://www.romaniajournal.ro/top_news/bnrs-isarescu-says-romania-will-not-have-galloping-inflation-pleasant-surprise-possible-next-week/', sentence: 'In its meeting of 4 July 2019, the Board of the National Bank of Romania decided to keep the monetary policy rate at 2.50 percent per annum.', focus: '2.50 percent', attribution: null, predicate: ['decide', 'keep'], hedged: false, negated: false },
  { url: 'https://capital-media.mu/?p=41486', sentence: 'The April figure was 12.13%.', focus: '12.13%', attribution: null, predicate: 'be', hedged: false, negated: false },
  { url: 'https://www.staradvertiser.com/2014/06/04/breaking-news/sprint-and-t-mobile-agree-to-terms-of-merger/', sentence: 'Deutsche Telekom currently owns about 67 percent of T-Mobile', focus: '67 percent', attribution: null, predicate: 'own', hedged: false, negated: false },
  { url: 'https://www.fox6now.com/news/calif-ponderosa-fire-threatens-900-homes-57-contained', sentence: 'In Plumas County, the Chips Fire has burned 63,147 acres, most of it in the Plumas National Forest.', focus: '63,147 acres', attribution: null, predicate: 'burn', hedged: false, negated: false, subject: 'Chips Fire' },
  { url: 'https://cbsnews.com/amp/news/firefighters-contain-fast-spreading-california-wildfire', sentence: 'About 125 people left their homes in voluntary evacuations.', focus: '125 people', attribution: null, predicate: 'leave', hedged: false, negated: false },
  { url: 'https://cbsnews.com/amp/news/firefighters-contain-fast-spreading-california-wildfire', sentence: 'A crew of at least 130 firefighters worked throughout the night to battle the blaze that could have been started by fireworks.', focus: '130 firefighters', attribution: null, predicate: 'work', hedged: false, negated: false },
  { url: 'https://cbsnews.com/amp/news/firefighters-contain-fast-spreading-california-wildfire', sentence: 'One blaze burned 25 acres after it was likely sparked by lightning near Somerset.', focus: '25 acres', attribution: null, predicate: 'burn', hedged: false, negated: false },
  { url: 'https://cbsnews.com/amp/news/firefighters-contain-fast-spreading-california-wildfire', sentence: 'The blaze had burned nearly 26,000 acres, or about 40 square miles, on the west side of the South Fork John Day River.', focus: '26,000 acres', attribution: null, predicate: 'burn', hedged: false, negated: false },
  { url: 'https://pbdev.programbusiness.com/news/deadliest-fire-california-history-deemed-contained', sentence: 'Many of those missing are from Paradise, a town of about 27,000 people that was devastated by the fire.', focus: '27,000 people', attribution: null, predicate: ['be', 'devastate'], hedged: false, negated: false },
  // third batch (held out while the rules were written)
  { url: 'http://www.dailymail.co.uk/sport/football/article-4927280/Manchester-United-boss-Jose-Mourinho-hails-Romelu-Lukaku.html', sentence: 'Following the 4-1 Champions League win in the Russian capital that took United to six points after two Group A games, Mourinho was full of praise for Lukaku, who took his tally to 10 goals from nine appearances.', focus: '10 goals', attribution: null, predicate: 'take', hedged: false, negated: false, subject: 'Lukaku' },
  { url: 'https://www.goal.com/en-sg/news/lukaku-enters-premier-leagues-top-20-scorers-with-double-against-/4l922zsztlfv1siq654rkdge7', sentence: "The goals take the 25-year-old's tally in the Premier League to an impressive 111 for his career, putting him joint-20th on the list of finishers in the division's history.", focus: '111', attribution: null, predicate: 'take', hedged: false, negated: false, subject: 'goals' },
  { url: 'https://www.goal.com/en-sg/news/lukaku-enters-premier-leagues-top-20-scorers-with-double-against-/4l922zsztlfv1siq654rkdge7', sentence: 'The striker needed just 245 appearances to hit the figure and put him level with ex-United star Dion Dublin.', focus: '245 appearances', attribution: null, predicate: 'need', hedged: false, negated: false, subject: 'striker' },
  { url: 'https://www.goal.com/en-sg/news/lukaku-enters-premier-leagues-top-20-scorers-with-double-against-/4l922zsztlfv1siq654rkdge7', sentence: "Alan Shearer remains the English top-flight's all-time top scorer with 260, with another former Red Devils star, Wayne Rooney, sitting second on 208.", focus: '260', attribution: null, predicate: 'remain', hedged: false, negated: false, subject: 'Alan Shearer' },
  { url: 'https://www.goal.com/en-sg/news/lukaku-enters-premier-leagues-top-20-scorers-with-double-against-/4l922zsztlfv1siq654rkdge7', sentence: 'With his first Premier League goals since the start of January, Lukaku is now on 10 for the season, making it the seventh straight season in which he has reached double figures.', focus: '10', attribution: null, predicate: 'be', hedged: false, negated: false, subject: 'Lukaku' },
  { url: 'https://thenationonlineng.net/osimhen-matches-etoos-record-to-secure-vital-win-for-napoli/', sentence: 'Eleven minutes later, Osimhen scored his eleventh Serie A goal of the season after latching on to a pass from Giovanni Di Lorenzo to make it 2-1 for Napoli.', focus: 'eleventh', attribution: null, predicate: 'score', hedged: false, negated: false, subject: 'Osimhen' },
  { url: 'https://www.goal.com/en-bh/news/crystal-palace-boss-roy-hodgson-lauds-wilfried-zahas-strikes/1qpyugtcbrxjo1frf6rqm96y47', sentence: 'Zaha has now scored seven goals in 23 league appearances for Crystal Palace this season.', focus: 'seven goals', attribution: null, predicate: 'score', hedged: false, negated: false, subject: 'Zaha' },
  { url: 'https://www.goal.com/en-bh/news/crystal-palace-boss-roy-hodgson-lauds-wilfried-zahas-strikes/1qpyugtcbrxjo1frf6rqm96y47', sentence: 'With the victory, Palace are 13th in the log after gathering 30 points from 27 games.', focus: '13th', attribution: null, predicate: 'be', hedged: false, negated: false, subject: 'Palace' },
  { url: 'https://punchng.com/forest-boss-backs-awoniyi-to-keep-scoring/', sentence: 'The brace at Stamford Bridge on Saturday means the striker has now scored eight goals in 28 league games, meaning in his last two appearances, he has equalled his tally of four goals in 26 games.', focus: 'eight goals', attribution: null, predicate: 'score', hedged: false, negated: false },
  { url: 'https://www.allenandallen.com/news-0102-million-dollar-verdict/', sentence: '“Juries can be moved to do great things for great people,” P. Christopher Guedri, a partner in the firm, said after a Richmond Circuit Court jury returned a $3.2 million verdict for the family of a 55-year-old Richmond woman.', focus: '$3.2 million', attribution: null, predicate: 'return', hedged: false, negated: false, quoted: false },
  { url: 'http://wislawjournal.com/2012/01/18/top-10-jury-verdicts-of-2011/', sentence: 'The average increased by $27 million, rising from nearly $157 million to just under $184 million.', focus: '$27 million', attribution: null, predicate: 'increase', hedged: false, negated: false, subject: 'average' },
  { url: 'http://wislawjournal.com/2012/01/18/top-10-jury-verdicts-of-2011/', sentence: 'In 2011, the top award was slightly lower — $482 million versus $505.1 million in 2010.', focus: '$482 million', attribution: null, predicate: 'be', hedged: false, negated: false, subject: 'top award' },
  { url: 'http://blogs.lawyers.com/2012/04/editors-choice-jury-awards-edition-28/', sentence: 'A California couple won $74 million in a jury trial against their doctor for negligence during the delivery that caused the baby to develop cerebral palsy.', focus: '$74 million', attribution: null, predicate: 'win', hedged: false, negated: false, subject: 'California couple' },
  { url: 'https://chrisearley.com/?p=48801', sentence: 'Today we won a $2,345,940.17 jury verdict against a Pennsylvania trucking company in the Superior Court of Gordon County, Calhoun, Georgia.', focus: '$2,345,940.17', attribution: null, predicate: 'win', hedged: false, negated: false },
  { url: 'https://chrisearley.com/?p=48801', sentence: 'The highest offer from defendant’s insurance company before trial was $125,000, going up to $400,000 on third day of trial.', focus: '$125,000', attribution: null, predicate: 'be', hedged: false, negated: false, subject: 'highest offer from defendant’s insurance company before trial' },
  { url: 'https://valawyersweekly.com/2016/01/18/virginias-largest-verdicts-of-2015/', sentence: 'A jury handed down a $25 million against an Internet service provider in an online music piracy case.', focus: '$25 million', attribution: null, predicate: 'hand', hedged: false, negated: false, subject: 'jury' },
  { url: 'https://www.surveyusa.com/client/PollReport_main.aspx?g=b58f8dfb-bf70-4ccf-88c4-145fc33f5e29', sentence: 'Perdue holds 86% of his Republican base, 82% of those who say they are "very conservative," 73% of those who say they are "conservative."', focus: '86%', attribution: null, predicate: 'hold', hedged: false, negated: false, subject: 'Perdue' },
  { url: 'https://www.surveyusa.com/client/PollReport_main.aspx?g=b58f8dfb-bf70-4ccf-88c4-145fc33f5e29', sentence: '42% statewide oppose the law, 38% support, a 4-point difference that may or may not be statistically significant.', focus: '42%', attribution: null, predicate: 'oppose', hedged: false, negated: false },
  // fourth batch (held out while the rules were written)
  { url: 'https://www.duluthnewstribune.com/business/duluth-web-developer-files-for-chapter-11-bankruptcy', sentence: "We've never had the government agree to a five-year plan, and now we have the statutory right to pay our taxes over five years.", focus: 'five-year plan', attribution: null, predicate: 'have', hedged: false, negated: true },
  // fifth batch (held out while the rules were written)
  { url: 'https://www.stabroeknews.com/2020/09/24/news/guyana/guyana-records-another-covid-19-death/', sentence: 'This brings the total number of confirmed COVID-19 cases in the country to 2,535 while the number of persons who died after contracting COVID-19 has risen to 71.', focus: '2,535', attribution: null, predicate: 'bring', hedged: false, negated: false },
  { url: 'https://www.stabroeknews.com/2020/09/24/news/guyana/guyana-records-another-covid-19-death/', sentence: 'So far, 1464 persons have recovered from COVID-19.', focus: '1464 persons', attribution: null, predicate: 'recover', hedged: false, negated: false },
  { url: 'https://www.inewsguyana.com/24-new-covid-19-cases-recorded/', sentence: 'The number of persons who have died from the virus is 177.', focus: '177', attribution: null, predicate: 'be', hedged: false, negated: false, subject: 'number of persons' },
  { url: 'https://firstbusinessnews.net/tag/clothing-company/', sentence: 'In 2009, Zappos was sold to Amazon.com for more than $1 billion.', focus: '$1 billion', attribution: null, predicate: 'sell', hedged: false, negated: false, subject: 'Zappos' },
];
