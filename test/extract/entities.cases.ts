// Real news sentences with the entities they name. Each case is one passage from one source (its
// sentences in the source's order; "…" marks that sentences between them were left out), quoted as
// the stored page has it, typos and missing spaces included. `expected` lists EVERY entity of the
// passage: anything else the extractor returns fails the case. `optional` entries may be returned
// or not (a debatable span). `knownLimit` cases document what the extractor still gets wrong: they
// run as expected failures, so fixing one makes the suite say so.
import type { EntityLabel } from '../../src/types.js';

export interface ExpectedEntity {
  text: string;
  label: EntityLabel;
  /** defaults to `text` */
  canonical?: string;
  optional?: boolean;
}
export interface EntityCase {
  source: string;
  region: 'asia' | 'middle-east' | 'europe' | 'africa' | 'americas';
  topic: 'politics' | 'business' | 'sport' | 'courts' | 'disaster' | 'crime';
  text: string;
  expected: ExpectedEntity[];
  knownLimit?: string;
}

const P = (text: string, canonical?: string): ExpectedEntity => ({ text, label: 'PERSON', canonical });
const O = (text: string, canonical?: string): ExpectedEntity => ({ text, label: 'ORG', canonical });
const L = (text: string, canonical?: string): ExpectedEntity => ({ text, label: 'PLACE', canonical });
const M = (text: string, canonical?: string): ExpectedEntity => ({ text, label: 'MISC', canonical });
const opt = (e: ExpectedEntity): ExpectedEntity => ({ ...e, optional: true });
const US = L('U.S.', 'United States');

export const ENTITY_CASES: EntityCase[] = [
  // ---------------------------------------------------------------- Asia: Korea
  {
    source: 'https://news.yahoo.com/wh-using-every-tool-fix-215743148.html',
    region: 'asia', topic: 'politics',
    text: `SEOUL (Reuters) -South Korea's new president Yoon Suk-yeol said on Wednesday the security situation on the Korean peninsula was difficult, citing talk of a possible nuclear test by the North. Yoon made the comment during a meeting with secretaries, urging officials to stay alert to better respond in such situations, according to a pool report from the South Korean presidential office.`,
    expected: [L('SEOUL', 'Seoul'), O('Reuters'), L('South Korea'), P('Yoon Suk-yeol'), P('Yoon', 'Yoon Suk-yeol')],
  },
  {
    source: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188287',
    region: 'asia', topic: 'politics',
    text: `President Yoon Suk Yeol reportedly said that North Korea's recent disclosure of a nuclear facility was likely an attempt to draw attention from the United States and the international community ahead of the U.S. presidential election in November.Yoon made the remarks on Sunday in a written interview with the Associated Press ahead of his trip to the Philippines, Singapore and Laos.Yoon reportedly said that North Korea is likely to carry out additional provocations, such as nuclear tests and intercontinental ballistic missile launches, going forward.`,
    expected: [
      P('Yoon Suk Yeol'), L('North Korea'), L('United States'), US, P('Yoon', 'Yoon Suk Yeol'), O('Associated Press'),
      L('Philippines'), L('Singapore'), L('Laos'),
    ],
  },
  {
    source: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=177390',
    region: 'asia', topic: 'politics',
    text: `President Yoon Suk Yeol reportedly said that the relationship between South Korea and the United States will not be affected by the recent leak of classified U.S. military documents pertaining to the surveillance of Seoul.U.S. broadcaster NBC reported on Tuesday that Yoon made the remarks in an interview held the previous day. … On Taiwan, Yoon reiterated the importance of maintaining peace and stability across the Taiwan Strait and said that South Korea opposes any attempt to change the status quo by force.`,
    expected: [
      P('Yoon Suk Yeol'), L('South Korea'), L('United States'), US, L('Seoul'), O('NBC'), P('Yoon', 'Yoon Suk Yeol'),
      L('Taiwan'), L('Taiwan Strait'),
    ],
  },
  {
    source: 'https://m.koreaherald.com/amp/view.php?ud=20230710000150',
    region: 'asia', topic: 'politics',
    text: `President Yoon Suk Yeol has said the international community needs to show that its resolve to deter North Korea's nuclear weapons program is stronger than the regime's desire to develop such weapons, according to an interview published Monday. Yoon made the remark in a written interview with the Associated Press ahead of his participation in a North Atlantic Treaty Organization summit in Vilnius, Lithuania, on Tuesday and Wednesday. … Yoon told the AP he will have "several opportunities" to speak with US President Joe Biden in Vilnius on topics including the strengthening of the US security commitment and the expansion of trilateral security cooperation between Seoul, Washington and Tokyo.`,
    expected: [
      P('Yoon Suk Yeol'), L('North Korea'), P('Yoon', 'Yoon Suk Yeol'), O('Associated Press'),
      O('North Atlantic Treaty Organization'), L('Vilnius'), L('Lithuania'), O('AP', 'Associated Press'),
      L('US', 'United States'), P('Joe Biden'), L('Seoul'), L('Washington'), L('Tokyo'),
    ],
  },
  {
    source: 'https://m.koreaherald.com/amp/view.php?ud=20230710000150',
    region: 'asia', topic: 'politics',
    text: `President Yoon Suk Yeol speaks during a government meeting at the former presidential office, Cheong Wa Dae, in Seoul last Tuesday, to discuss economic policy directions for the second half of the year. (Yonhap)`,
    expected: [P('Yoon Suk Yeol'), L('Cheong Wa Dae'), L('Seoul'), O('Yonhap')],
    knownLimit: 'an unknown multi-word place named once after an apposition comma is guessed to be a person',
  },
  {
    source: 'https://muslimnetwork.tv/amid-reports-of-likely-nuke-test-by-north-south-korean-president-calls-security-situation-tough',
    region: 'asia', topic: 'politics',
    text: `Meanwhile, South Korea’s new defense minister has ordered a “stern and immediate” response in the event of a “direct” North Korean provocation. Lee Jong-sup, a retired three-star general who also assumed office recently, met with army commanders and discussed the current security situation in the region. “We have to maintain a solid defense posture in all domains – land, sea and air – so as to proactively respond to security threats from all directions,” Lee said.`,
    expected: [L('South Korea'), P('Lee Jong-sup'), P('Lee', 'Lee Jong-sup')],
  },
  {
    source: 'https://koreajoongangdaily.joins.com/2011/11/14/socialAffairs/Venue-change-approved-for-appeals-trial-of-judge/2944157.html',
    region: 'asia', topic: 'courts',
    text: `The Supreme Court yesterday accepted a request from prosecutors to change the venue for an appeals trial for suspended Judge Seon Jae-sung, 48, who was indicted in June for bribery, abuse of power and other wrongdoings. After Seon was found not guilty by the Gwangju District Court, where the defendant was the senior judge, prosecutors appealed the ruling and requested the Supreme Court move the second trial from the Gwangju High Court to the Seoul High Court.`,
    expected: [
      O('Supreme Court'), P('Seon Jae-sung'), P('Seon', 'Seon Jae-sung'), O('Gwangju District Court'),
      O('Gwangju High Court'), O('Seoul High Court'),
    ],
  },
  {
    source: 'http://www.koogle.tv/media/news/former-south-korean-judge-receives-reduced-sentence-from-bribery-conviction/',
    region: 'asia', topic: 'courts',
    text: `Overruling a lower court's decision, the Seoul High Court acknowledged that Choi Min-ho accepted only 168 million won (US$147,600), reduced from the 268 million won he was originally convicted of receiving. The 43-year-old, who worked at the Suwon District Court in the Seoul suburb, was convicted of amassing the kickbacks between 2009 and 2011 in exchange for helping a notorious loan shark receive reduced sentences for crimes related to drugs and blackmailing. "Due to the defendant's crime, the trust in the legal system has been severely damaged," Judge Choe Jae-hyeong said. … Choi resigned from office while under prosecutors' investigation.`,
    expected: [
      O('Seoul High Court'), P('Choi Min-ho'), O('Suwon District Court'), L('Seoul'), P('Choe Jae-hyeong'),
      P('Choi', 'Choi Min-ho'),
    ],
  },
  {
    source: 'http://www.theinvestor.co.kr/view.php?ud=20170706000725',
    region: 'asia', topic: 'courts',
    text: `Kim Soo-chun, a sitting judge on the Incheon District Court, was indicted in September for receiving some 180 million won (US$156,114) in kickbacks from Jung Woon-ho, then head of a local midsized cosmetics chain, to exert influence in Jung‘s favor on trials he had faced over illegal overseas gambling and business deals. Kim was sentenced to seven years in prison by the lower court. … “Regardless of whether the cases belonged to the defendant or someone else, it should not and cannot happen under any circumstances. It’s beyond imagination for any judge,” Judge Cho Young-chul noted.`,
    expected: [
      P('Kim Soo-chun'), O('Incheon District Court'), P('Jung Woon-ho'), P('Jung', 'Jung Woon-ho'),
      P('Kim', 'Kim Soo-chun'), P('Cho Young-chul'),
    ],
  },
  {
    source: 'https://biz.chosun.com/en/en-society/2025/10/30/TH36AVXGJVCW3IR235U6ED7T2A/?outputType=amp',
    region: 'asia', topic: 'courts',
    text: `They told the defendant they were close to the presiding judge in the first trial, who at the time was People Power Party leader Jang Dong-hyeok. The Democratic Party of Korea and others said prosecutors should investigate Jang for bribery.`,
    expected: [O('People Power Party'), P('Jang Dong-hyeok'), O('Democratic Party of Korea'), P('Jang', 'Jang Dong-hyeok')],
  },
  {
    source: 'http://koreabizwire.com/judge-acquitted-of-accepting-fake-golf-clubs-as-bribe/303051',
    region: 'asia', topic: 'courts',
    text: `SEOUL, Jan. 8 (Korea Bizwire) — The South Korean Supreme Court has upheld a lower court’s ruling acquitting a senior judge of bribery and related charges tied to receiving counterfeit golf clubs. According to legal sources on January 8, the Supreme Court’s third division, led by Justice Lee Heung-gu, dismissed the prosecution’s appeal, confirming the not-guilty verdict for Judge A, 56, who had been charged with accepting bribes and violating information network laws.`,
    expected: [L('SEOUL', 'Seoul'), O('Korea Bizwire'), O('Supreme Court'), P('Lee Heung-gu')],
  },
  // ---------------------------------------------------------------- Asia: China and Taiwan
  {
    source: 'http://belfast.china-consulate.gov.cn/eng/wjbfyrth_3/202406/t20240624_11440626.htm',
    region: 'asia', topic: 'politics',
    text: `Mao Ning: Peru is an important country in Latin America. … The visit will be President Boluarte’s first state visit to China. President Xi Jinping will have talks with her, and Premier Li Qiang and Chairman Zhao Leji will have separate meetings with her.`,
    expected: [P('Mao Ning'), L('Peru'), L('Latin America'), P('Boluarte'), L('China'), P('Xi Jinping'), P('Li Qiang'), P('Zhao Leji')],
  },
  {
    source: 'http://belfast.china-consulate.gov.cn/eng/wjbfyrth_3/202406/t20240624_11440626.htm',
    region: 'asia', topic: 'politics',
    text: `AFP: My question is about the South China Sea. Several incidents have happened recently between the vessels of China and the Philippines in the South China Sea. Philippine President Marcos said yesterday that the Philippines “will never be intimidated or oppressed by anyone.”`,
    expected: [O('AFP'), L('South China Sea'), L('China'), L('Philippines'), P('Marcos')],
  },
  {
    source: 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/202305/t20230531_11086783.html',
    region: 'asia', topic: 'politics',
    text: `At the invitation of the Chinese government, Her Royal Highness Princess Maha Chakri Sirindhorn of the Kingdom of Thailand will visit China from June 1 to 6.`,
    expected: [P('Maha Chakri Sirindhorn'), L('Kingdom of Thailand'), L('China')],
  },
  {
    source: 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/202305/t20230531_11086783.html',
    region: 'europe', topic: 'politics',
    text: `TASS: During his meeting with Chinese Ambassador to Belgrade Chen Bo yesterday, Serbian President Aleksandar Vucic asked the Chinese Ambassador to convey to the Chinese leadership the request to exert influence on the international community regarding Kosovo and Metohija.`,
    expected: [O('TASS'), L('Belgrade'), P('Chen Bo'), P('Aleksandar Vucic'), L('Kosovo'), L('Metohija')],
    knownLimit: 'an unknown place named once after "and" has no cue',
  },
  {
    source: 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202406/t20240603_11375936.html',
    region: 'americas', topic: 'politics',
    text: `At the invitation of Vice President Han Zheng, Vice President of the Federative Republic of Brazil Geraldo Alckmin will pay an official visit to China from June 4 to 8.`,
    expected: [P('Han Zheng'), L('Federative Republic of Brazil'), P('Geraldo Alckmin'), L('China')],
  },
  {
    source: 'https://www.mfa.gov.cn/mfa_eng/xwfw_665399/s2510_665401/202310/t20231023_11166320.html',
    region: 'americas', topic: 'politics',
    text: `Mao Ning: Colombia is an important country in Latin America. … President Petro’s visit will be his first state visit to China since he took office. President Xi Jinping will host a welcoming ceremony and a welcoming banquet for President Petro.`,
    expected: [P('Mao Ning'), L('Colombia'), L('Latin America'), P('Petro'), L('China'), P('Xi Jinping')],
  },
  {
    source: 'https://www.mfa.gov.cn/mfa_eng/xwfw_665399/s2510_665401/202310/t20231023_11166320.html',
    region: 'asia', topic: 'business',
    text: `AFP: Chinese media outlets reported yesterday that Chinese authorities have carried out investigation into the world’s biggest iPhone manufacturer Foxconn. Taiwan politician Zheng Wencan said that Taiwan companies should not be put under political review.`,
    expected: [O('AFP'), O('Foxconn'), L('Taiwan'), P('Zheng Wencan')],
  },
  {
    source: 'https://www.mfa.gov.cn/mfa_eng/xwfw_665399/s2510_665401/202310/t20231023_11166320.html',
    region: 'asia', topic: 'politics',
    text: `CCTV: It was reported that Australian Prime Minister Anthony Albanese said on October 22 that he will visit China and attend the sixth China International Import Expo from November 4 to 7. Can you confirm this? Mao Ning: China welcomes Prime Minister Albanese to visit China and attend the sixth China International Import Expo at the invitation of Premier Li Qiang.`,
    expected: [
      opt(O('CCTV')), P('Anthony Albanese'), L('China'), M('China International Import Expo'), P('Mao Ning'),
      P('Albanese', 'Anthony Albanese'), P('Li Qiang'),
    ],
  },
  {
    source: 'http://frankfurt.china-consulate.org/det/fyrth/t1375902.htm',
    region: 'asia', topic: 'politics',
    text: `Q: Japanese Vice Foreign Minister Shinsuke Sugiyama said yesterday that the Japanese side is closely watching the South China Sea arbitration, and believes that it would be appropriate to raise their voices on that in the international community individually, or jointly with the Group of Seven and the ASEAN nations.`,
    expected: [P('Shinsuke Sugiyama'), L('South China Sea'), O('Group of Seven'), O('ASEAN')],
  },
  {
    source: 'http://frankfurt.china-consulate.org/det/fyrth/t1375902.htm',
    region: 'middle-east', topic: 'politics',
    text: `Q: According to the spokesperson of the Russian president, Turkish President Tayyip Erdogan has written to Russian leader Vladimir Putin to apologize over Ankara's downing of a Russian military jet last year. Erdogan said he wanted to do "everything possible for the restoration of the traditionally friendly relations between Turkey and Russia".`,
    expected: [P('Tayyip Erdogan'), P('Vladimir Putin'), L('Ankara'), P('Erdogan', 'Tayyip Erdogan'), L('Turkey'), L('Russia')],
  },
  {
    source: 'https://thetransparency.uk/2023/08/30/china-hk-xinjiang-tibet-are-chinas-internal-affairs-others-have-no-right-to-interfere-mofa-spox-ahead-of-uk-foreign-secs-visit-2/',
    region: 'asia', topic: 'politics',
    text: `During British Foreign Secretary James Cleverly’s visit to China, Ministry of Foreign Affairs spokesperson Wang Wenbin emphasized that affairs relating to Hong Kong, Xinjiang and Tibet are China’s internal affairs, asserting that ‘other countries have no right to interfere’, speaking during a daily press briefing in Beijing on Wednesday. … The remark came after UK Foreign Secretary James Cleverly said he would raise issues such as Xinjiang and Hong Kong during his visit to China.`,
    expected: [
      P('James Cleverly'), L('China'), O('Ministry of Foreign Affairs'), P('Wang Wenbin'), L('Hong Kong'), L('Xinjiang'),
      L('Tibet'), L('Beijing'), L('UK', 'United Kingdom'),
    ],
  },
  {
    source: 'https://thetransparency.uk/2023/08/30/china-hk-xinjiang-tibet-are-chinas-internal-affairs-others-have-no-right-to-interfere-mofa-spox-ahead-of-uk-foreign-secs-visit-2/',
    region: 'americas', topic: 'politics',
    text: `The spokesperson also commented on the meeting between the Chinese Premier Li Qiang and the US Commerce Secretary Gina Raimondo, saying that Li Qiang pointed out that China and the USA should strengthen mutually beneficial cooperation, reduce friction and confrontation, jointly promote the recovery of the world economy and meet global challenges.`,
    expected: [P('Li Qiang'), L('US', 'United States'), P('Gina Raimondo'), L('China'), L('USA', 'United States')],
  },
  // ---------------------------------------------------------------- Asia: Japan, India
  {
    source: 'https://ajw-origin.potaufeu.asahi.com/ajw/articles/15443221',
    region: 'asia', topic: 'politics',
    text: `Shigeru Ishiba was elected president of the ruling Liberal Democratic Party on Sept. 27, reaching the top of the ladder in what he had said would be his “final political battle.” Ishiba, 67, a former LDP secretary-general, gained 215 votes in a runoff vote in the party’s election, compared with 194 for Sanae Takaichi, 63, the economic security minister. … Prime Minister Fumio Kishida cited the scandal as a key reason why he did not seek re-election. … He finished first in the first round of voting in the 2012 party election but was defeated by Shinzo Abe in the runoff.`,
    expected: [
      P('Shigeru Ishiba'), O('Liberal Democratic Party'), P('Ishiba', 'Shigeru Ishiba'), O('LDP', 'Liberal Democratic Party'),
      P('Sanae Takaichi'), P('Fumio Kishida'), P('Shinzo Abe'),
    ],
  },
  {
    source: 'https://hbbgroup.net/zh/japans-lack-of-visionary-statesmen-keeps-politics-adrift',
    region: 'asia', topic: 'politics',
    text: `TOKYO — Right before the start of the Tokyo International Conference on African Development this week, I called Prime Minister Shigeru Ishiba, hoping to gain insights into his thinking after the ruling Liberal Democratic Party’s routing in the upper house election.`,
    expected: [
      L('TOKYO', 'Tokyo'), opt(M('Tokyo International Conference on African Development')), opt(O('Tokyo International Conference on African Development')),
      P('Shigeru Ishiba'), O('Liberal Democratic Party'),
    ],
  },
  {
    source: 'https://www.daily8.com/en/hashtag/TominFirst',
    region: 'asia', topic: 'politics',
    text: `Prime Minister Shigeru Ishiba faces intense pressure within the Liberal Democratic Party to take responsibility for three election defeats by resigning. … In a meeting with party executives and angry LDP lawmakers on Monday, Ishiba resisted calls for him to resign, saying he would stay on as party president and prime minister in order to prevent a political vacuum from forming.`,
    expected: [P('Shigeru Ishiba'), O('Liberal Democratic Party'), O('LDP', 'Liberal Democratic Party'), P('Ishiba', 'Shigeru Ishiba')],
  },
  {
    source: 'https://arabnews.com/node/2570880/',
    region: 'asia', topic: 'politics',
    text: `WASHINGTON: Indian opposition leader Rahul Gandhi on Tuesday denounced an “ideological war” in the South Asian country, ruled by Prime Minister Narendra Modi and his Hindu nationalist party. Rahul Gandhi said there were “two completely different visions” between his Congress party and Modi’s Bharatiya Janata Party (BJP) as he spoke to the National Press Club in the US capital Washington. … “We’ve got Chinese troops occupying land the size of Delhi. I think that’s a disaster. I don’t think Mr.Modi’s handled China well at all,” he said.`,
    expected: [
      L('WASHINGTON', 'Washington'), P('Rahul Gandhi'), P('Narendra Modi'), O('Congress'), P('Modi', 'Narendra Modi'),
      O('Bharatiya Janata Party'), O('BJP', 'Bharatiya Janata Party'), O('National Press Club'), L('US', 'United States'),
      L('Washington'), L('Delhi'), L('China'),
    ],
  },
  {
    source: 'https://thenewsamerica.com/indian-opposition-leader-rahul-gandhi-calls-on-us-audience-to-stand-up-for-modern-india/',
    region: 'asia', topic: 'politics',
    text: `NEW YORK (AP) — Indian opposition leader Rahul Gandhi stepped up his criticism of the country’s leadership in a speech Sunday, calling on Indians in the United States and at home to stand up for democracy and the Indian constitution. Gandhi, a strong critic of Indian Prime Minister Narendra Modi, who was ousted from Parliament, accused Modi and his Bharativa Janata Party (BJP) of dividing the country and failing to focus on important issues such as unemployment and education. … Meanwhile, the leaders of the US Congress have invited Modi to address a joint meeting of Congress at the end of this month. House Speaker Kevin McCarthy, Senate Majority Leader Chuck Schumer and other leaders heralded the speech as an “opportunity to share their vision of India’s future and discuss the global challenges facing our countries”.`,
    expected: [
      L('NEW YORK', 'New York'), O('AP', 'Associated Press'), P('Rahul Gandhi'), L('United States'), P('Gandhi', 'Rahul Gandhi'),
      P('Narendra Modi'), P('Modi', 'Narendra Modi'), O('Bharativa Janata Party'), O('BJP', 'Bharativa Janata Party'),
      L('US', 'United States'), O('Congress'), P('Kevin McCarthy'), P('Chuck Schumer'), L('India'),
    ],
  },
  {
    source: 'https://thenewsamerica.com/indian-opposition-leader-rahul-gandhi-calls-on-us-audience-to-stand-up-for-modern-india/',
    region: 'asia', topic: 'politics',
    text: `The grandson of former Indian Prime Minister Indira Gandhi, Rahul Gandhi is a member of the Indian National Congress party.`,
    expected: [P('Indira Gandhi'), P('Rahul Gandhi'), O('Indian National Congress')],
  },
  // ---------------------------------------------------------------- Middle East
  {
    source: 'https://en.mehrnews.com/news/226662/Iraq-pursuing-implementation-of-joint-projects-with-Iran',
    region: 'middle-east', topic: 'politics',
    text: `Iraqi Prime Minister Mohammed Shia' Al Sudani said that his visit to Tehran took place within the framework of expanding cooperation and communication between the two countries. … Sudani noted that it is crucial to develop these relations at the regional level to achieve the interests of the two nations and create opportunities for realizing the interests of all countries in the region. … Iraq condemns the war crimes and mass killings currently being committed against Palestinians in Gaza, he added.`,
    expected: [P("Mohammed Shia' Al Sudani"), L('Tehran'), P('Sudani', "Mohammed Shia' Al Sudani"), L('Iraq'), L('Gaza')],
  },
  {
    source: 'https://www.kurdistan24.net/en/story/899809/iraqi-pm-holds-phone-call-with-iranian-president-discusses-security-developments',
    region: 'middle-east', topic: 'politics',
    text: `ERBIL (Kurdistan24) — Mohammed Shia' Al-Sudani, Prime Minister of Iraq, held a phone call with Masoud Pezeshkian, President of Iran, during which they discussed the latest security developments and bilateral relations between their countries. In a statement released by the Iraqi Prime Minister’s Office on Wednesday, Al-Sudani, on behalf of the Iraqi government and people, extended condolences to the Iranian president and the Iranian people over the killing of Supreme Leader Ali Khamenei, members of his family, and several Iranian citizens. … Addressing Iraq’s territorial sovereignty, Al-Sudani said the Iraqi government would not allow any party to use the country’s territory as a platform to launch attacks against Iran. … In response, Pezeshkian expressed appreciation for the Iraqi government’s firm stance in rejecting violence and supporting efforts to establish peace.`,
    expected: [
      L('ERBIL', 'Erbil'), O('Kurdistan24'), P("Mohammed Shia' Al-Sudani"), L('Iraq'), P('Masoud Pezeshkian'), L('Iran'),
      P('Al-Sudani', "Mohammed Shia' Al-Sudani"), P('Ali Khamenei'), P('Pezeshkian', 'Masoud Pezeshkian'),
    ],
  },
  {
    source: 'https://menafn.com/1110648352/Secretary-Rubios-Call-With-Iraqi-Prime-Minister-Mohammed-Shiaa-Al-Sudani',
    region: 'middle-east', topic: 'politics',
    text: `The below is attributable to Principal Deputy Spokesperson Tommy Pigott:\nSecretary of State Marco Rubio spoke today with Iraqi Prime Minister Mohammed Shiaa al-Sudani. The Secretary commended the Government of Iraq's initiative and leadership in expediting the transfer and detention of ISIS terrorists to secure facilities in Iraq, following recent instability in northeast Syria.`,
    expected: [
      P('Tommy Pigott'), P('Marco Rubio'), P('Mohammed Shiaa al-Sudani'), opt(O('Government of Iraq')),
      O('ISIS', 'Islamic State'), L('Iraq'), L('Syria'),
    ],
  },
  {
    source: 'https://turkiyetoday.com/turkiye/iraqi-pm-urges-peace-in-gaza-ahead-of-erdogans-visit-4281',
    region: 'middle-east', topic: 'politics',
    text: `Iraqi Prime Minister Mohammed Shia Sudani, speaking at the Atlantic Council, emphasized the significance of President Recep Tayyip Erdogan’s upcoming visit to Iraq, highlighting its indication of a sustained and meaningful engagement between the two nations. Sudani further reiterated Iraq’s strong commitment to preventing any use of its territory as a base for attacks against Türkiye, underlining the importance of mutual security cooperation. … During his visit, Sudani highlighted his intention to forge a fresh chapter in Iraq-U.S. relations following his meeting with U.S. President Joe Biden earlier this week.`,
    expected: [
      P('Mohammed Shia Sudani'), O('Atlantic Council'), P('Recep Tayyip Erdogan'), L('Iraq'),
      P('Sudani', 'Mohammed Shia Sudani'), L('Türkiye', 'Turkey'), US, P('Joe Biden'),
    ],
  },
  {
    source: 'https://newyorkparrot.com/2025/01/netanyahu-sends-top-officials-to-qatar-for-critical-gaza-ceasefire-talks/',
    region: 'middle-east', topic: 'politics',
    text: `Israeli Prime Minister Benjamin Netanyahu has dispatched senior officials to Qatar to negotiate a potential Gaza ceasefire and hostage release deal, his office announced on Saturday. The delegation includes leaders from Mossad, Shin Bet, General Nitzan Alon, and foreign policy adviser Ophir Falk, tasked with advancing the critical negotiations. Netanyahu, who faces accusations of war crimes by the International Criminal Court, convened in Jerusalem with U.S. President-elect Donald Trump’s Middle East envoy Steve Witkoff, a representative of current President Joe Biden, and senior Israeli officials before issuing the directive.`,
    expected: [
      P('Benjamin Netanyahu'), L('Qatar'), L('Gaza'), O('Mossad'), O('Shin Bet'), P('Nitzan Alon'), P('Ophir Falk'),
      P('Netanyahu', 'Benjamin Netanyahu'), O('International Criminal Court'), L('Jerusalem'), US, P('Donald Trump'),
      L('Middle East'), P('Steve Witkoff'), P('Joe Biden'),
    ],
  },
  {
    source: 'https://newyorkparrot.com/2025/01/netanyahu-sends-top-officials-to-qatar-for-critical-gaza-ceasefire-talks/',
    region: 'middle-east', topic: 'politics',
    text: `The talks, mediated by the United States alongside Qatar and Egypt, aim to end the devastating war in Gaza while securing the release of hostages held by Hamas. In exchange, Israel may release Palestinian detainees. The Hostages and Missing Families Forum hailed the announcement as “a historic opportunity to secure the release of all our loved ones,” urging negotiators to “leave no stone unturned.”`,
    expected: [L('United States'), L('Qatar'), L('Egypt'), L('Gaza'), O('Hamas'), L('Israel'), O('Hostages and Missing Families Forum')],
  },
  {
    source: 'https://zemsblog.com/2024/02/27/israeli-negotiators-prepare-to-swap-palestinians-in-hostage-deal',
    region: 'middle-east', topic: 'politics',
    text: `After meeting with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, Ismail Haniyeh, the reclusive Hamas leader, said his movement had embraced efforts to find an end to the war and accused Israel of stalling while Gazans die under siege. … Al Thani's office said Al Thani and the Hamas leader discussed Qatar's efforts to broker an “immediate and permanent ceasefire agreement in the Gaza Strip.” … A source told Reuters earlier that an Israeli working delegation flew to Qatar to establish an operations center to support the negotiations.`,
    expected: [
      L('Qatar'), P('Tamim bin Hamad Al Thani'), P('Ismail Haniyeh'), O('Hamas'), L('Israel'),
      P('Al Thani', 'Tamim bin Hamad Al Thani'), L('Gaza Strip'), O('Reuters'),
    ],
  },
  {
    source: 'https://wenewsenglish.com/netanyahu-orders-spy-chief-to-qatar-for-gaza-ceasefire-talks',
    region: 'middle-east', topic: 'politics',
    text: `TEL AVIV, Israel: Israeli Prime Minister Benjamin Netanyahu has instructed his spy chief, David Barnea, to travel to Qatar to engage in discussions with mediators concerning a potential ceasefire in the Gaza war. … Barnea, the Mossad chief, is leading the Israeli delegation in Qatar, where he is expected to meet with the Qatari Prime Minister, Mohammed bin Abdulrahman Al Thani. … US President Joe Biden has expressed support for the Israeli delegation’s engagement with the mediators, indicating optimism about a possible breakthrough.`,
    expected: [
      L('TEL AVIV', 'Tel Aviv'), L('Israel'), P('Benjamin Netanyahu'), P('David Barnea'), L('Qatar'), L('Gaza'),
      P('Barnea', 'David Barnea'), O('Mossad'), P('Mohammed bin Abdulrahman Al Thani'), L('US', 'United States'), P('Joe Biden'),
    ],
  },
  {
    source: 'http://digitaledition.carrollcountytimes.com/tribune/article_popover.aspx?guid=bfd3c8aa-8102-48d4-a454-d5c58cd5ec43',
    region: 'middle-east', topic: 'politics',
    text: `David Barnea, the head of Israel’s Mossad foreign intelligence service, led the Israeli delegation to Doha, Qatar’s capital, and met with Mohammed bin Abdulrahman bin Jassim Al Thani, the Qatari prime minister, according to an official familiar with the visit.`,
    expected: [P('David Barnea'), L('Israel'), O('Mossad'), L('Doha'), L('Qatar'), P('Mohammed bin Abdulrahman bin Jassim Al Thani')],
  },
  {
    source: 'https://antiquewhite-elephant-634158.hostingersite.com/?p=66949',
    region: 'middle-east', topic: 'politics',
    text: `ISRAEL is sending a negotiating team to Qatar for talks on a Gaza ceasefire proposal, Israeli Prime Minister Benjamin Netanyahu has confirmed. … Al Jazeera’s Hamdah Salhut explained that the captives’ families have accused the Israeli prime minister of “prioritising politics” over the lives of their loved ones. “His current right-wing allies – the reason why Netanyahu is in power – don’t want a deal,” she said, adding that United States President Donald Trump has also been pushing for an agreement between Israel and Hamas. Trump will host Netanyahu for talks at the White House in Washington, DC, on Monday. Earlier on Saturday, Israel’s far-right national security minister, Itamar Ben-Gvir, a key member of Netanyahu’s governing coalition, called on the Israeli prime minister to “abandon the path of surrender”.`,
    expected: [
      L('ISRAEL', 'Israel'), L('Qatar'), L('Gaza'), P('Benjamin Netanyahu'), O('Al Jazeera'), P('Hamdah Salhut'),
      P('Netanyahu', 'Benjamin Netanyahu'), L('United States'), P('Donald Trump'), L('Israel'), O('Hamas'),
      P('Trump', 'Donald Trump'), O('White House'), L('Washington'), opt(L('DC')), P('Itamar Ben-Gvir'),
    ],
  },
  {
    source: 'https://rehaabmedia.online/news/israeli-delegation-heads-to-qatar-amid-renewed-push-for-gaza-ceasefire-deal',
    region: 'middle-east', topic: 'politics',
    text: `The diplomatic move comes just hours ahead of Prime Minister Benjamin Netanyahu’s scheduled meeting with U.S. President Donald Trump in Washington. Mounting public pressure in Israel has increased calls for a permanent ceasefire, though some members of Netanyahu’s right-wing coalition remain opposed. Foreign Minister Gideon Saar and others have expressed conditional support for a negotiated settlement. … Meanwhile, on Saturday evening, thousands of protesters gathered in Tel Aviv near the defense ministry headquarters to demand a ceasefire and the release of the remaining hostages, estimated at around 50. Families of those held captive expressed fears that any agreement might only lead to a partial release. “I think unfortunately, it's going to be a partial deal,” said Dalia Cusnir, whose sister-in-law is among the hostages.`,
    expected: [
      P('Benjamin Netanyahu'), US, P('Donald Trump'), L('Washington'), L('Israel'), P('Netanyahu', 'Benjamin Netanyahu'),
      P('Gideon Saar'), L('Tel Aviv'), P('Dalia Cusnir'),
    ],
  },
  {
    source: 'https://www.radiotamazuj.org/en/news/article/sudans-prime-minister-urges-un-to-designate-rsf-as-terrorist-group',
    region: 'africa', topic: 'politics',
    text: `Sudan’s prime minister on Thursday urged the United Nations to designate the paramilitary Rapid Support Forces (RSF) as a terrorist group and to impose an arms embargo, accusing it of committing genocide and using foreign mercenaries in its war against the country’s military. Prime Minister Kamil Idris told the U.N. General Assembly that the Sudanese people “have faced existential threats and dangers because of the RSF, which he said has adopted a policy of terrorizing civilians. … Sudan plunged into chaos in April 2023 when long-simmering tensions between the military, led by Gen. Abdel-Fattah Burhan, and the RSF, commanded by Gen. Mohammed Hamdan Dagalo, exploded into open warfare.`,
    expected: [
      L('Sudan'), O('United Nations'), O('Rapid Support Forces'), O('RSF', 'Rapid Support Forces'), P('Kamil Idris'),
      O('U.N. General Assembly'), P('Abdel-Fattah Burhan'), P('Mohammed Hamdan Dagalo'),
    ],
  },
  {
    source: 'https://www.radiotamazuj.org/en/news/article/sudans-prime-minister-urges-un-to-designate-rsf-as-terrorist-group',
    region: 'africa', topic: 'politics',
    text: `Idris condemned the continued international silence over the siege of the city of El-Fasher and the shelling of displacement camps, mosques, and health facilities. He called for the siege to be lifted immediately, in line with U.N. Security Council resolutions. El-Fasher, the capital of North Darfur state, has witnessed intense fighting since May despite international warnings about the risks in a city that serves as a key humanitarian hub.`,
    expected: [opt(P('Idris')), L('El-Fasher'), O('U.N. Security Council'), L('North Darfur')],
  },
  // ---------------------------------------------------------------- Europe
  {
    source: 'https://turkiyescoop.com/kremlin-says-putin-supports-ceasefire-in-ukraine-but-nuances-remain',
    region: 'europe', topic: 'politics',
    text: `Russian President Vladimir Putin supports a ceasefire in Ukraine, but numerous factors must be addressed before taking this step, Kremlin spokesman Dmitry Peskov said on Friday. In a press briefing in Moscow, Peskov talked about media reports, claiming that advisers to US President Donald Trump advised him not to call Putin until Moscow agreed to a complete ceasefire. … Peskov added that the issues of strategic stability and arms control have yet to be discussed in the ongoing dialogue between Russia and the US. … Concerning Russia’s special envoy for foreign investment and economic cooperation, Kirill Dmitriev’s two-day visit to the US on Wednesday and Thursday, the Kremlin spokesman said: “The work is ongoing” and that, so far, “cautious optimism” can be expressed about its progress.`,
    expected: [
      P('Vladimir Putin'), L('Ukraine'), O('Kremlin'), P('Dmitry Peskov'), L('Moscow'), P('Peskov', 'Dmitry Peskov'),
      L('US', 'United States'), P('Donald Trump'), P('Putin', 'Vladimir Putin'), L('Russia'), P('Kirill Dmitriev'),
    ],
  },
  {
    source: 'https://silkway.news/peskov-announced-absence-of-mobilized-93195',
    region: 'europe', topic: 'politics',
    text: `Press Secretary of the President of the Russian Federation Dmitry Peskov told reporters that he did not know the facts of mobilization in the Kremlin. Peskov asked if there are employees in the Kremlin who, as some State Duma deputies, decided to mobilize.`,
    expected: [L('Russian Federation', 'Russia'), P('Dmitry Peskov'), O('Kremlin'), P('Peskov', 'Dmitry Peskov'), O('State Duma')],
  },
  {
    source: 'https://www.xtrempoint.com/kremlin-state-department-statements-once-again-confirm-that-washington-is-the-main-instigator-of-international-tension/',
    region: 'europe', topic: 'politics',
    text: `Kremlin spokesman Dmitry Peskov commented on statements by US Deputy Secretary of State Victoria Nuland about Washington’s support for Kyiv in attacking targets in Crimea. Peskov said that these statements are further proof that Washington is the main source of international tension.`,
    expected: [
      O('Kremlin'), P('Dmitry Peskov'), L('US', 'United States'), P('Victoria Nuland'), L('Washington'), L('Kyiv'),
      L('Crimea'), P('Peskov', 'Dmitry Peskov'),
    ],
  },
  {
    source: 'https://m-english.webdunia.com/article/deutsche-welle-news/no-one-can-predict-how-long-war-will-last-zelenskyy-122051400008_1.html',
    region: 'europe', topic: 'politics',
    text: `Ukrainian President Volodymyr Zelenskyy said in a nightly video address that "no-one today can predict how long this war will last." "This will depend, unfortunately, not only on our people, who are already giving their maximum," Zelenskyy said. "This will depend on our partners, on European countries, on the entire free world." Zelenskyy said he was thankful to countries who have imposed sanctions on Russia and given military and financial support to Kyiv.`,
    expected: [P('Volodymyr Zelenskyy'), P('Zelenskyy', 'Volodymyr Zelenskyy'), L('Russia'), L('Kyiv')],
  },
  {
    source: 'https://malaysia.news.yahoo.com/zelenskiy-hundreds-russians-killed-every-013630414.html',
    region: 'europe', topic: 'politics',
    text: `STORY: "The Donetsk region remains the epicenter of the greatest madness of the occupiers," Zelenskiy said in his nightly video address. "They are being killed in their hundreds every day. The ground in front of Ukrainian positions is littered with bodies of the occupiers." Citing the use of missiles, aviation, and multiple launch rocket systems, Zelenskiy said more than 50 settlements across Ukraine had been hit on Monday, including Zaporizhzhia and the Kherson region in the country's east.`,
    expected: [L('Donetsk'), P('Zelenskiy'), L('Ukraine'), L('Zaporizhzhia'), L('Kherson')],
  },
  {
    source: 'https://glavnoe.in.ua/en/news-en/zelenskiy-on-missile-strikes-and-new-sanctions-ukraine-strengthens-its-defense',
    region: 'europe', topic: 'politics',
    text: `President of Ukraine Volodymyr Zelenskiy, in his traditional evening address, reported on the aftermath of missile strikes launched today by Russian forces against Kyiv, Zaporizhzhia, and Kharkiv regions. … Additionally, the President announced upcoming sanctions decisions by the National Security and Defense Council (NSDC).`,
    expected: [
      L('Ukraine'), P('Volodymyr Zelenskiy'), L('Kyiv'), L('Zaporizhzhia'), L('Kharkiv'), O('National Security and Defense Council'),
      O('NSDC', 'National Security and Defense Council'),
    ],
  },
  {
    source: 'https://ukrinform.net/rubric-ato/3861571-zelensky-says-protection-of-people-and-communities-disruption-of-any-russian-attempted-offensive-among-priorities.html',
    region: 'europe', topic: 'politics',
    text: `This is how the Kremlin marks the end of World War II in Europe – with a massive attack, with its attempts to break the lives of our people, with its Nazism. … There were hits, and the State Emergency Service of Ukraine, power engineers, involved services and enterprises are facing many challenges.`,
    expected: [O('Kremlin'), M('World War II'), L('Europe'), O('State Emergency Service of Ukraine')],
  },
  {
    source: 'https://www.straitstimes.com/world/europe/new-eu-chief-ursula-von-der-leyen-makes-first-trip-to-brussels',
    region: 'europe', topic: 'politics',
    text: `BRUSSELS  (AFP) – EU president-elect Ursula von der Leyen on Thursday (July 4) made her first trip to Brussels since being nominated as senior officials sought to shore up support for her appointment in the European Parliament. After talks with Jean-Claude Juncker, the man she is to replace as European Commission president, current German defence minister von der Leyen tweeted she had come to seek “smart advice” as she prepares her plan for the next five years.`,
    expected: [
      L('BRUSSELS', 'Brussels'), O('AFP'), O('EU', 'European Union'), P('Ursula von der Leyen'), L('Brussels'),
      O('European Parliament'), P('Jean-Claude Juncker'), O('European Commission'), P('von der Leyen', 'Ursula von der Leyen'),
    ],
  },
  {
    source: 'https://www.straitstimes.com/world/europe/new-eu-chief-ursula-von-der-leyen-makes-first-trip-to-brussels',
    region: 'europe', topic: 'politics',
    text: `The EU's new president-elect Ursula von der Leyen with EU Commission President Jean-Claude Juncker at the EU Commission headquarters in Brussels on July 4, 2019. … “My priorities will be to seek smart advice, listen to all parliamentary groups and together work out the best plan for the future of Europe,” von der Leyen tweeted, a day after talks with MEPs at the Parliament in Strasbourg, eastern France. … Juncker, whose five-year term has been marked by Brexit and the migrant crisis – two of the biggest upheavals ever to hit the EU – tweeted that he was “delighted” to receive von der Leyen.`,
    expected: [
      O('EU', 'European Union'), P('Ursula von der Leyen'), O('EU Commission'), P('Jean-Claude Juncker'), L('Brussels'),
      L('Europe'), P('von der Leyen', 'Ursula von der Leyen'), L('Strasbourg'), L('France'),
      P('Juncker', 'Jean-Claude Juncker'), opt(M('Brexit')),
    ],
  },
  {
    source: 'https://www.infobalkans.com/social-tags/house-leyen',
    region: 'europe', topic: 'politics',
    text: `BELGRADE - In a phone call with European Commission President Ursula von der Leyen on Wednesday, Serbian President Aleksandar Vucic noted Serbia's determination to continue reform processes aimed at ensuring a better life to all citizens and achieving full EU membership status.`,
    expected: [
      L('BELGRADE', 'Belgrade'), O('European Commission'), P('Ursula von der Leyen'), P('Aleksandar Vucic'), L('Serbia'),
      O('EU', 'European Union'),
    ],
  },
  {
    source: 'https://www.infobalkans.com/social-tags/house-leyen',
    region: 'europe', topic: 'politics',
    text: `The head of the European Commission Ursula von der Leyen said on March 13 she wants to avoid economic dependence on Beijing, but not fully "decouple" the EU's economy from China.`,
    expected: [O('European Commission'), P('Ursula von der Leyen'), L('Beijing'), O('EU', 'European Union'), L('China')],
  },
  {
    source: 'https://www.parlementairemonitor.nl/9353000/1/j9tvgajcovz8izf_j9vvij5epmj1ey0/vl6tl5zbqjto?ctx=vl0ad5zb6tsr',
    region: 'europe', topic: 'politics',
    text: `This is one of the topics that I have discussed with Prime Minister Mitsotakis over and over, and I will discuss today with President Erdoğan. So not just the long-term relationship with Turkey, but also this very acute situation.`,
    expected: [P('Mitsotakis'), P('Erdoğan'), L('Turkey')],
  },
  {
    source: 'https://www.politico.eu/article/pre-written-olaf-scholz-sworn-in-as-german-chancellor/',
    region: 'europe', topic: 'politics',
    text: `BERLIN — New German Chancellor Olaf Scholz pledged continuity on Wednesday as he took over from Angela Merkel, who bowed out after 16 years in power. Scholz, who led the center-left Social Democrats (SPD) to a narrow victory in September’s general election, will govern in a three-party coalition with the environmentalist Greens and the liberal Free Democrats (FDP).`,
    expected: [
      L('BERLIN', 'Berlin'), P('Olaf Scholz'), P('Angela Merkel'), P('Scholz', 'Olaf Scholz'), O('Social Democrats'),
      O('SPD', 'Social Democrats'), O('Greens'), O('Free Democrats'), O('FDP', 'Free Democrats'),
    ],
    knownLimit: 'a party named once by a plural common word ("the Greens") has no cue',
  },
  {
    source: 'https://www.theguardian.com/world/2021/dec/08/olaf-scholz-to-be-voted-in-as-german-chancellor-as-merkel-era-ends',
    region: 'europe', topic: 'politics',
    text: `The 177-page coalition agreement, entitled Dare More Progress, was signed by the party leaders at a ceremony at Berlin’s Futurium Museum on Tuesday. It was “the moment the post-Merkel era begins for real”, tweeted the political editor of Deutsche Welle’s international channel, Michaela Kuefner.`,
    expected: [opt(M('Dare More Progress')), L('Berlin'), O('Futurium Museum'), O('Deutsche Welle'), P('Michaela Kuefner')],
  },
  {
    source: 'https://www.theguardian.com/world/2021/dec/08/olaf-scholz-to-be-voted-in-as-german-chancellor-as-merkel-era-ends',
    region: 'europe', topic: 'politics',
    text: `The 63-year old former mayor of the northern port city of Hamburg served as finance minister under Angela Merkel as part of the "grand coalition" between his SPD and her conservatives.`,
    expected: [L('Hamburg'), P('Angela Merkel'), O('SPD')],
  },
  // ---------------------------------------------------------------- Americas
  {
    source: 'https://pckukuvless.pckuku.workers.dev/news/search?form=000155&newsse=1&q=Brasil+Luiz+In%C3%A1cio+Lula+da+Silva',
    region: 'americas', topic: 'politics',
    text: `Brazil's President Luiz Inacio Lula da Silva said he hoped the United States would remain a "historical partner" of his country after Donald Trump's return to the White House Monday. … Ex-President Jair Bolsonaro, banned from leaving Brazil due to allegations he plotted a coup, has appealed to the Supreme Court to attend the Jan. 20 ceremony in Washington.`,
    expected: [
      L('Brazil'), P('Luiz Inacio Lula da Silva'), L('United States'), P('Donald Trump'), O('White House'),
      P('Jair Bolsonaro'), O('Supreme Court'), L('Washington'),
    ],
  },
  {
    source: 'http://dirs.info/find/mix/24?q=%22Luiz+Inacio+Lula+da+Silva%22',
    region: 'americas', topic: 'politics',
    text: `BRASILIA, Dec 7 (Reuters) - Brazil's leftsit President-elect Luiz Inacio Lula da Silva is expected to travel to the United States to meet U.S. President Joe Biden in January, three sources told Reuters on Wednesday. Lula was invited by U.S. National Security Advisor Jake Sullivan on Monday.`,
    expected: [
      L('BRASILIA', 'Brasilia'), O('Reuters'), L('Brazil'), P('Luiz Inacio Lula da Silva'), L('United States'), US,
      P('Joe Biden'), P('Lula', 'Luiz Inacio Lula da Silva'), P('Jake Sullivan'),
    ],
  },
  {
    source: 'http://dirs.info/find/mix/24?q=%22Luiz+Inacio+Lula+da+Silva%22',
    region: 'americas', topic: 'politics',
    text: `BRASILIA — Brazil’s Indigenous leaders were disappointed on Monday after President-elect Luiz Inacio Lula da Silva appeared to backtrack on a promise to create a ministry of Indigenous affairs to help restore rights and protections that were undermined by the current government. … Lula drew loud applause at the COP27 climate talks in Egypt last month when he told delegates he explicitly promised an Indigenous ministry to ensure “dignified survival, security, peace and sustainability” for some 300 Indigenous tribes that still exist in Brazil.`,
    expected: [
      L('BRASILIA', 'Brasilia'), L('Brazil'), P('Luiz Inacio Lula da Silva'), P('Lula', 'Luiz Inacio Lula da Silva'),
      opt(M('COP27')), L('Egypt'),
    ],
  },
  {
    source: 'https://mex.news.o-abroad.com/~/politics/114228-en-sheinbaum-addresses-us-tariff-threats-on-mexico.html',
    region: 'americas', topic: 'politics',
    text: `White House spokesperson Karoline Leavitt denied such reports, confirming that the imposition of tariffs remains in place. … In Canada, International Trade Minister Mary Ng pointed out that the Canadian government has not yet received an official communication from the U.S. regarding the possible implementation of tariffs starting Saturday. Canadian Prime Minister Justin Trudeau stated that Canada is at a critical moment facing the economic threat of tariffs, but assured he is prepared to respond vigorously yet reasonably.`,
    expected: [O('White House'), P('Karoline Leavitt'), L('Canada'), P('Mary Ng'), US, P('Justin Trudeau')],
  },
  {
    source: 'https://mex.news.o-abroad.com/~/economy/113978-en-trumps-tariffs-on-mexico-prompt-preparedness.html',
    region: 'americas', topic: 'business',
    text: `The president of Mexico, Claudia Sheinbaum, stated that there is constant communication and agreements with the White House, despite Donald Trump's statements about imposing a 25% tariff on Mexican products this Saturday. Sheinbaum urged to remain calm in light of the situation and to wait for upcoming events. … The Secretary of Economy, Marcelo Ebrard, pointed out that U.S. tariffs will severely affect the Mexican population in products such as cars, computers, televisions, and refrigerators.`,
    expected: [
      L('Mexico'), P('Claudia Sheinbaum'), O('White House'), P('Donald Trump'), P('Sheinbaum', 'Claudia Sheinbaum'),
      P('Marcelo Ebrard'), US,
    ],
  },
  {
    source: 'https://globalnewsx.com/?p=311628',
    region: 'americas', topic: 'business',
    text: `After presentations from Mexican officials, including Energy Minister Luz Elena González Escobar and Pemex CEO Víctor Rodríguez Padilla, President Claudia Sheinbaum responded to questions from reporters at her third press conference of the week. … Sheinbaum was asked about Economy Minister Marcelo Ebrard’s assertion that Mexico will impose retaliatory tariffs on imports from the United States if the incoming Trump administration slaps tariffs on Mexican exports. … That analysis, Sheinbaum said, is being carried out by the Economy Ministry in conjunction with the Finance Ministry and is “very advanced.” … Prompted by a reporter, Sheinbaum wished a happy birthday to her predecessor, former president Andrés Manuel López Obrador, who turned 71 on Wednesday.`,
    expected: [
      P('Luz Elena González Escobar'), O('Pemex'), P('Víctor Rodríguez Padilla'), P('Claudia Sheinbaum'),
      P('Sheinbaum', 'Claudia Sheinbaum'), P('Marcelo Ebrard'), L('Mexico'), L('United States'), P('Trump'),
      O('Economy Ministry'), O('Finance Ministry'), P('Andrés Manuel López Obrador'),
    ],
  },
  {
    source: 'https://riviera-maya-news.com/sheinbaum-discusses-u-s-tariffs-in-front-of-350000/2025.html',
    region: 'americas', topic: 'politics',
    text: `Mexico City, Mexico — President Claudia Sheinbaum held a public meeting Sunday before 350,000 in the Zócalo of Mexico City. The public address was announced after U.S. President Donald Trump confirmed export tariffs on Mexico. “Our strength is the people, our motive is the well-being of the people,” Sheinbaum said Sunday.`,
    expected: [
      L('Mexico City'), L('Mexico'), P('Claudia Sheinbaum'), L('Zócalo'), US, P('Donald Trump'),
      P('Sheinbaum', 'Claudia Sheinbaum'),
    ],
    knownLimit: 'a square named once with "the ... of" and no place word is not recognised',
  },
  {
    source: 'https://eir.news/2023/11/news/argentinas-milei-is-in-washington-to-meet-with-administration-oficials-imf-and-world-bank',
    region: 'americas', topic: 'politics',
    text: `Argentine President-elect Javier Milei is in the U.S. today for a two-day visit. He will first visit New York on a personal “spiritual” matter, and then go to Washington to meet with Biden administration officials, including Biden himself and National Security Adviser Jake Sullivan, and then with IMF and World Bank officials.`,
    expected: [
      P('Javier Milei'), US, L('New York'), L('Washington'), P('Biden'), P('Jake Sullivan'),
      O('IMF', 'International Monetary Fund'), O('World Bank'),
    ],
  },
  {
    source: 'https://eir.news/2023/11/news/argentinas-milei-is-in-washington-to-meet-with-administration-oficials-imf-and-world-bank',
    region: 'americas', topic: 'business',
    text: `Notably, one of the people accompanying Milei is Luis Caputo, who is considered his choice for finance minister, although he hasn’t yet been confirmed for that post. Milei asked him to come to Washington because he said he needed his “expertise.” A former JPMorgan executive, Caputo served both as finance minister and Central Bank governor in the 2015-19 Mauricio Macri government that wrecked the productive economy with the neoliberal policies that Caputo helped implement.`,
    expected: [
      P('Milei'), P('Luis Caputo'), L('Washington'), O('JPMorgan'), P('Caputo', 'Luis Caputo'), O('Central Bank'),
      P('Mauricio Macri'),
    ],
  },
  {
    source: 'https://buenosairesherald.com/politics/mileis-economy-minister-meets-with-the-imf',
    region: 'americas', topic: 'business',
    text: `Luis Caputo, president-elect Javier Milei’s appointed Economy Minister, had his first meeting with the International Monetary Fund (IMF) as a representative of the new administration. On Tuesday, Caputo met at the lender’s headquarters in Washington D.C. with its First Deputy Managing Director, Gita Gopinath, who called the encounter “a positive meeting.” … On Tuesday, Fund director Kristalina Georgieva said the lender is “very keen” to support Argentina and the country could even receive extra financing through its Resilience and Sustainability Trust (RST).`,
    expected: [
      P('Luis Caputo'), P('Javier Milei'), O('International Monetary Fund'), O('IMF', 'International Monetary Fund'),
      P('Caputo', 'Luis Caputo'), L('Washington D.C.'), P('Gita Gopinath'), P('Kristalina Georgieva'), L('Argentina'),
      O('Resilience and Sustainability Trust'), O('RST', 'Resilience and Sustainability Trust'),
    ],
  },
  {
    source: 'https://buenosairesherald.com/politics/mileis-economy-minister-meets-with-the-imf',
    region: 'americas', topic: 'business',
    text: `After former president Mauricio Macri took out a record US$44 billion loan in 2018, President Alberto Fernández’s team renegotiated the deal and reached an extended fund facility program in 2022.`,
    expected: [P('Mauricio Macri'), P('Alberto Fernández')],
  },
  // ---------------------------------------------------------------- Africa
  {
    source: 'https://www.pulse.ng/news/local/niger-crisis-tinubu-insists-military-intervention-last-resort/bvv72em',
    region: 'africa', topic: 'politics',
    text: `A statement on Thursday in Abuja by presidential spokesman, Ajuri Ngelale, said Tinubu also reiterated the non-acceptance of forceful removal of a democratic government. Tinubu stated this when he received the Nigeria Supreme Council of Islamic Affairs (NSCIA), led by the Sultan of Sokoto, Muhammad Sa’ad Abubakar III, at the State House. … Tinubu noted that Nigeria, under Gen. Abdulsalami Abubakar, instituted a nine-month transition programme in 1998 that led the country into a new era of democratic governance.`,
    expected: [
      L('Abuja'), P('Ajuri Ngelale'), P('Tinubu'), O('Nigeria Supreme Council of Islamic Affairs'),
      O('NSCIA', 'Nigeria Supreme Council of Islamic Affairs'), L('Sokoto'), P('Muhammad Sa’ad Abubakar III'),
      opt(O('State House')), opt(L('State House')), L('Nigeria'), P('Abdulsalami Abubakar'),
    ],
  },
  {
    source: 'https://capitaltimesnews.com/tag/tinubu/page/2',
    region: 'africa', topic: 'politics',
    text: `President Bola Tinubu has returned to Abuja after an 18-day working visit and retreat in France and London. … Tinubu was received by top government officials, including his Chief of Staff, Femi Gbajabiamila; the Minister of the Federal Capital Territory, Nyesom Wike; the National Security Adviser, Nuhu Ribadu; and the Secretary to the Government of the Federation, George Akume, among others. During his visit, Tinubu held talks with the United States Department of State’s Senior Advisor for Africa, Mr. Massad Boulos, in Paris.`,
    expected: [
      P('Bola Tinubu'), L('Abuja'), L('France'), L('London'), P('Tinubu', 'Bola Tinubu'), P('Femi Gbajabiamila'),
      L('Federal Capital Territory'), P('Nyesom Wike'), P('Nuhu Ribadu'), opt(O('Government of the Federation')),
      P('George Akume'), O('United States Department of State'), L('Africa'), P('Massad Boulos'), L('Paris'),
    ],
  },
  {
    source: 'https://capitaltimesnews.com/tag/tinubu/page/2',
    region: 'africa', topic: 'politics',
    text: `According to Bayo Onanuga, Tinubu’s Special Adviser on Information and Strategy, the discussions focused on deepening bilateral collaboration aimed at enhancing regional security and promoting sustainable economic development across Africa. Onanuga revealed that a key aspect of the meeting included joint efforts to advance lasting peace in the eastern Democratic Republic of Congo, with emphasis on multilateral cooperation and the role of regional stakeholders.`,
    expected: [P('Bayo Onanuga'), opt(P('Tinubu')), L('Africa'), P('Onanuga', 'Bayo Onanuga'), L('Democratic Republic of Congo')],
  },
  {
    source: 'https://thelagosmail.com/2024/02/07/tinubu-convenes-an-urgent-meeting-to-discuss-food-security-after-france-return',
    region: 'africa', topic: 'politics',
    text: `After spending two weeks in private travel in Paris, France, President Bola Tinubu returned to Nigeria on Tuesday night. At around 9:00 p.m., the presidential aircraft, NAF 001, made landfall at the Presidential Wing of the Nnamdi Azikiwe International Airport in Abuja.`,
    expected: [
      L('Paris'), L('France'), P('Bola Tinubu'), L('Nigeria'), opt(O('NAF')), L('Nnamdi Azikiwe International Airport'),
      L('Abuja'),
    ],
  },
  {
    source: 'https://thelagosmail.com/2024/02/07/tinubu-convenes-an-urgent-meeting-to-discuss-food-security-after-france-return',
    region: 'africa', topic: 'politics',
    text: `The governor of Kaduna State, Uba Sani, the minister of state for petroleum resources, Heineken Lokpobiri, and Yusuf Bichi, the director general of the Department of State Service, were also on the receiving queue. … Anger-filled women and youths protested against what they saw as the rising cost of living in the nation on Monday and Tuesday in the streets of Kano and Minna, the capital of Niger State. In Ondo State, in the southwest of Nigeria, comparable demonstrations also broke out.`,
    expected: [
      L('Kaduna State'), P('Uba Sani'), P('Heineken Lokpobiri'), P('Yusuf Bichi'), O('Department of State Service'),
      L('Kano'), L('Minna'), L('Niger State'), L('Ondo State'), L('Nigeria'),
    ],
  },
  {
    source: 'https://thesudantimes.com/africa/police-arrest-170-use-tear-gas-to-disperse-ruto-protest-in-kenya/',
    region: 'africa', topic: 'politics',
    text: `Kenyan police fired tear gas shells to disperse protesters demanding President William Ruto’s resignation, halting their planned march to the State House, where a new 19-member Cabinet was sworn in on Thursday. … Pockets of protesters flooded Nairobi’s central business district, chanting “Ruto must go” and demanding the president’s resignation. … There were also injuries in the pitched battles between police and protesters, said Hussein Khalid, a human rights activist and lawyer who condemned police use of force. … Despite the heightened tensions, little to no protests were reported in major opposition strongholds such as most of western Kenya, Kisumu, and Mombasa.`,
    expected: [
      P('William Ruto'), opt(O('State House')), opt(L('State House')), L('Nairobi'), P('Ruto', 'William Ruto'),
      P('Hussein Khalid'), L('Kenya'), L('Kisumu'), L('Mombasa'),
    ],
  },
  {
    source: 'https://mediatalkafrica.com/176653/ruto-warns-against-violent-protests-urges-kenyans-to-prioritize-peace',
    region: 'africa', topic: 'politics',
    text: `Nairobi, Kenya – President William Ruto has urged Kenyans to reject protests that could disrupt peace in the country, amid concerns over planned demonstrations on Thursday. … Acting Inspector General of Police Gilbert Masengeli is set to address a media conference on the planned protest, as security agencies remain on high alert in major cities. … He also promised adherence to the Rome Statute and the Kenyan Constitution, and asked police chiefs to deploy innovative strategies to identify and separate anarchists from peaceful protesters.`,
    expected: [L('Nairobi'), L('Kenya'), P('William Ruto'), P('Gilbert Masengeli'), M('Rome Statute')],
  },
  {
    source: 'https://www.daily8.com/en/article/1f27132cb639f2ad59439d281cd8e65a',
    region: 'africa', topic: 'politics',
    text: `Interior Minister Kipchumba Murkomen said on Sunday that the government would not tolerate violent protests and police would be deployed to ensure public safety. … Public Service Minister Geoffrey Ruku had urged all government employees to report to work on Monday, insisting that the demonstrations would not disrupt public services. In Kitengela town in Nairobi's outskirts, police fired tear gas to disperse protesters who had lit bonfires on the road that connects to neighboring Tanzania. … 'I am a roadside vendor and I am supposed to get to town and buy merchandise to sell along the road,' said protester Caleb Okoth.`,
    expected: [P('Kipchumba Murkomen'), P('Geoffrey Ruku'), L('Kitengela'), L('Nairobi'), L('Tanzania'), P('Caleb Okoth')],
  },
  // ---------------------------------------------------------------- Business
  {
    source: 'https://mywinet.com/samsung-electronics-says-q2-profit-likely-rose-53-beating-analyst-estimate/',
    region: 'asia', topic: 'business',
    text: `SEOUL (Reuters) – Samsung Electronics Co Ltd said on Wednesday second-quarter operating profit rose an estimated 53% as strong chip prices and demand buoyed results despite a decline in smartphone shipments from the previous quarter. … (Reporting by Joyce Lee & Heekyong Yang; editing by Richard Pullin)`,
    expected: [L('SEOUL', 'Seoul'), O('Reuters'), O('Samsung Electronics Co Ltd'), P('Joyce Lee'), P('Heekyong Yang'), P('Richard Pullin')],
  },
  {
    source: 'http://in.reuters.com/article/samsung-idINL4N0HS14120131003',
    region: 'asia', topic: 'business',
    text: `The semiconductor market further tightened after a fire in early September at a China plant owned by the world's No.2 memory chipmaker SK Hynix. "The semiconductor and mobile divisions may have performed better than expected in the third quarter, helping Samsung post better-than-expected earnings," said Choi Do-yeon, an analyst at Kyobo Securities.`,
    expected: [L('China'), O('SK Hynix'), O('Samsung'), P('Choi Do-yeon'), O('Kyobo Securities')],
  },
  {
    source: 'https://gadgets.ndtv.com/mobiles/news/samsung-q3-2021-profit-revenue-jump-28-percent-chip-shortage-smartphone-display-sales-2568080',
    region: 'asia', topic: 'business',
    text: `"The mobile business' operating margin might have been lower than the market expected," said Park Sung-soon, analyst at Cape Investment & Securities. "We will have to see marketing costs and what the mix of products Samsung sold was like." … The stock has fallen about 12 percent so far this year versus a 3 percent rise in the wider market, hurt by losses in September when US peer Micron said its memory chip shipments would slip in the near term.`,
    expected: [P('Park Sung-soon'), O('Cape Investment & Securities'), O('Samsung'), L('US', 'United States'), O('Micron')],
  },
  {
    source: 'https://www.business-standard.com/article/international/samsung-forecast-to-top-8-4-billion-in-operating-profit-in-third-quarter-120090800657_1.html',
    region: 'asia', topic: 'business',
    text: `In a research note, Kim Kyung-min, an analyst at Hana Financial Investment, said there is a growing possibility of Samsung's third-quarter operating profit surpassing 10 trillion won, estimating the figure at 10.15 trillion won, reports Yonhap news agency. Last week, DB Financial Investment Co. forecast Samsung's operating profit to be far above market estimates, floating a possibility of passing 10 trillion won. In a report published late last month, KB Securities analyst Kim Dong-won predicted Samsung's earnings surprise and estimated its third-quarter operating profit at around 10 trillion won.`,
    expected: [
      P('Kim Kyung-min'), O('Hana Financial Investment'), O('Samsung'), O('Yonhap'), O('DB Financial Investment Co.'),
      O('KB Securities'), P('Kim Dong-won'),
    ],
  },
  {
    source: 'https://www.sammobile.com/2017/10/10/samsung-electronics-shares-surge-record-profits-expected/',
    region: 'asia', topic: 'business',
    text: `Investors appear to be quite bullish as Samsung Electronics shares surged 4.5 percent today after the market opened in Seoul. … One of the conglomerate’s other affiliates, Samsung SDI, also surged 4.5 percent when the market opened today. Samsung SDI is the affiliate that manufactures displays and batteries.`,
    expected: [O('Samsung Electronics'), L('Seoul'), O('Samsung SDI')],
  },
  // ---------------------------------------------------------------- Sport
  {
    source: 'https://comsmedia.com/man-city-defeated-arsenal/',
    region: 'europe', topic: 'sport',
    text: `The first half at the Emirates Stadium was arguably best characterized as cagey, with both Manchester City and Arsenal keeping their cards close to their chests. The first significant goalmouth action didn’t occur for another 22 minutes, and it belonged to the unmarked Eddie Nketiah, who sent his header just wide.`,
    expected: [L('Emirates Stadium'), O('Manchester City'), O('Arsenal'), P('Eddie Nketiah')],
  },
  {
    source: 'http://www.dailymail.co.uk/sport/football/article-4045838/Manchester-City-2-1-Arsenal-PLAYER-RATINGS-Kevin-Bruyne-star-Pep-Guardiola-s-men-three-points-Etihad.html',
    region: 'europe', topic: 'sport',
    text: `Theo Walcott gave the visitors the lead early in the first half as he slid the ball pall Claudio Bravo, but German youngster Leroy Sane levelled soon after the break as he beat Petr Cech.`,
    expected: [P('Theo Walcott'), P('Claudio Bravo'), P('Leroy Sane'), P('Petr Cech')],
  },
  {
    source: 'http://www.dailymail.co.uk/sport/football/article-4045838/Manchester-City-2-1-Arsenal-PLAYER-RATINGS-Kevin-Bruyne-star-Pep-Guardiola-s-men-three-points-Etihad.html',
    region: 'europe', topic: 'sport',
    text: `Sportsmail's Chris Wheeler rated both sets of players at the Etihad Stadium.`,
    expected: [O('Sportsmail'), P('Chris Wheeler'), L('Etihad Stadium')],
    knownLimit: 'an unknown one-word outlet opening a sentence, named once, is dropped',
  },
  {
    source: 'http://www.teamtalk.com/news/sterling-strike-completes-turnaround-as-city-top-arsenal',
    region: 'europe', topic: 'sport',
    text: `Manchester City completed a second-half turnaround to beat Arsenal at the Etihad Stadium on Sunday afternoon. Arsenal took the lead within five minutes as Theo Walcott slotted home calmly after being found by Alexis Sanchez. … Raheem Sterling then ensured the points would stay in Manchester as he rifled a low shot home to make it 2-1 to Pep Guardiola’s men.`,
    expected: [
      O('Manchester City'), O('Arsenal'), L('Etihad Stadium'), P('Theo Walcott'), P('Alexis Sanchez'), P('Raheem Sterling'),
      L('Manchester'), P('Pep Guardiola'),
    ],
  },
  {
    source: 'http://www.dailymail.co.uk/sport/football/article-5051863/Manchester-City-3-1-Arsenal-Gunners-easily-beaten.html',
    region: 'europe', topic: 'sport',
    text: `Kevin de Bruyne put Manchester City ahead when he beat Petr Cech with a low drive in the first half\nMesut Ozil had a chance for Arsenal early on but he could not quite put a boot on Alexis Sanchez's ball across goal`,
    expected: [P('Kevin de Bruyne'), O('Manchester City'), P('Petr Cech'), P('Mesut Ozil'), O('Arsenal'), P('Alexis Sanchez')],
  },
];

// A second batch, annotated before the extractor was run on it (the first batch was used while the
// rules were written): what fails here was fixed only where the fix is general.
export const ENTITY_CASES_HELDOUT: EntityCase[] = [
  {
    source: 'https://japantoday.com/category/business/update1-boj-chief-ueda-says-he-met-with-pm-ishiba-to-discuss-foreign-exchange',
    region: 'asia', topic: 'business',
    text: `Bank of Japan Governor Kazuo Ueda said Wednesday that he met with Prime Minister Shigeru Ishiba and discussed foreign exchange issues as the yen weakened against the U.S. dollar amid speculation that the central bank remains cautious about interest rate hikes. Speaking to reporters after the meeting at the prime minister's office, Ueda said it is "desirable" for foreign exchange rates to "move stably, reflecting fundamentals." … Regarding monetary policy, Ueda said the BOJ maintains its stance of raising interest rates in accordance with improvements in economic activity and prices. Ueda's meeting with Ishiba comes a day after the yen weakened to the 148 range against the dollar, after remarks by BOJ Deputy Governor Ryozo Himino were perceived by the market as being cautious about raising interest rates.`,
    expected: [
      O('Bank of Japan'), P('Kazuo Ueda'), P('Shigeru Ishiba'), US, P('Ueda', 'Kazuo Ueda'), O('BOJ', 'Bank of Japan'),
      P('Ishiba', 'Shigeru Ishiba'), P('Ryozo Himino'),
    ],
  },
  {
    source: 'https://www.channelnewsasia.com/business/boj-governor-uedas-comments-news-conference-5878481',
    region: 'asia', topic: 'business',
    text: `At a two-day meeting that ended on Friday, the BOJ maintained its key policy rate at 0.75 per cent in a widely expected decision after having just hiked the rate from 0.5 per cent in December. Following are excerpts from BOJ Governor Kazuo Ueda's comments at his post-meeting news conference, which was conducted in Japanese, as translated by Reuters:`,
    expected: [O('BOJ'), P('Kazuo Ueda'), O('Reuters')],
  },
  {
    source: 'https://www.worldstockmarket.net/boj-we-will-increase-the-rates-if-we-have-enough-confidence-that-the-underlying-inflation-will-approach-2-kazuo-ueda',
    region: 'asia', topic: 'business',
    text: `The governor of the Bank of Japan (BOJ), Kazuo Ueda, said Tuesday: “We will raise interest rates if we have enough confidence that the underlying inflation is close to 2% or moves around 2%.” … The USD/JPY presents a solid rebound after these comments, currently negotiating 0.30% higher in the day in 145.00.`,
    expected: [O('Bank of Japan'), O('BOJ', 'Bank of Japan'), P('Kazuo Ueda')],
  },
  {
    source: 'https://nigerianeyenewspaper.com/2024/06/15/south-african-president-cyril-ramaphosa-re-elected-in-landmark-coalition-deal',
    region: 'africa', topic: 'politics',
    text: `Cyril Ramaphosa has been re-elected as the President of South Africa following a historic coalition deal between his African National Congress (ANC) party and opposition parties, including the Democratic Alliance (DA). … Ramaphosa’s ANC won 40% of the vote, while the DA came in second with 22%. … The DA leader, John Steenhuisen, also welcomed the new chapter in South African politics.`,
    expected: [
      P('Cyril Ramaphosa'), L('South Africa'), O('African National Congress'), O('ANC', 'African National Congress'),
      O('Democratic Alliance'), O('DA', 'Democratic Alliance'), P('Ramaphosa', 'Cyril Ramaphosa'), P('John Steenhuisen'),
    ],
  },
  {
    source: 'https://copperbeltkatangamining.com/cyril-ramaphosa-re-elected-as-south-africas-president-in-historic-coalition-deal',
    region: 'africa', topic: 'politics',
    text: `South Africa’s parliament has re-elected Cyril Ramaphosa as the country’s president following an unprecedented coalition deal between the governing African National Congress (ANC) and several opposition parties. … ANC Secretary-General Fikile Mbalula described the coalition agreement as a “remarkable step,” enabling Ramaphosa—who succeeded Jacob Zuma as both president and ANC leader after a tumultuous power struggle in 2018—to retain his position.`,
    expected: [
      L('South Africa'), P('Cyril Ramaphosa'), O('African National Congress'), O('ANC', 'African National Congress'),
      P('Fikile Mbalula'), P('Ramaphosa', 'Cyril Ramaphosa'), P('Jacob Zuma'),
    ],
  },
  {
    source: 'https://diplomaticdigest.com/ramaphosa-re-elected-as-south-african-president-in-historic-coalition-deal',
    region: 'africa', topic: 'politics',
    text: `The announcement came during a late-night session of the National Assembly at the Cape Town International Convention Center on June 14, 2024. … “This coalition represents a new chapter in our nation’s history,” said Ramaphosa, who took over the presidency amid a power struggle in 2018 following Jacob Zuma’s resignation.`,
    expected: [
      O('National Assembly'), opt(L('Cape Town International Convention Center')), opt(O('Cape Town International Convention Center')),
      P('Ramaphosa'), P('Jacob Zuma'),
    ],
  },
  {
    source: 'https://rahikirah.blogspot.com/search/label/Cyril%20Ramaphosa%20is%20Going%20to%20be%20President%20of%20South%20Africa%20Again%20Despite%20Losing%20the%20Election',
    region: 'africa', topic: 'politics',
    text: `On Friday, Ramaphosa struck a historic deal with the opposition, including the white-led Democratic Alliance (DA) and two smaller parties—the socially conservative Inkatha Freedom Party and the right-wing Patriotic Alliance.`,
    expected: [P('Ramaphosa'), O('Democratic Alliance'), O('DA', 'Democratic Alliance'), O('Inkatha Freedom Party'), O('Patriotic Alliance')],
    knownLimit: "an unknown surname named once, mid-sentence, with no full name, title or cue, is dropped",
  },
  {
    source: 'https://www.nbcnews.com/politics/politics-news/blinken-meets-crown-prince-mohammed-bin-salman-saudi-arabia-rcna88052',
    region: 'middle-east', topic: 'politics',
    text: `Secretary of State Antony Blinken met with Saudi Crown Prince Mohammed bin Salman on Tuesday in his first bilateral visit to Saudi Arabia as the top U.S. diplomat. State Department spokesperson Matt Miller said in a readout of the meeting in Jeddah that Blinken and the crown prince, known by his initials MBS, "affirmed their shared commitment to advance stability, security, and prosperity across the Middle East and beyond, including through a comprehensive political agreement to achieve peace, prosperity, and security in Yemen." … President Joe Biden met with MBS during a trip to Saudi Arabia in July 2022, a meeting and visit that was criticized after the U.S. concluded that the Saudi leader approved the gruesome 2018 killing of Jamal Khashoggi, a dissident journalist who lived in Virginia and wrote for The Washington Post.`,
    expected: [
      P('Antony Blinken'), P('Mohammed bin Salman'), L('Saudi Arabia'), US, O('State Department'), P('Matt Miller'),
      L('Jeddah'), P('Blinken', 'Antony Blinken'), P('MBS', 'Mohammed bin Salman'), L('Middle East'), L('Yemen'),
      P('Joe Biden'), P('Jamal Khashoggi'), L('Virginia'), O('The Washington Post'),
    ],
  },
  {
    source: 'https://generalworldnews.com/blinken-meets-with-crown-prince-mohammed-bin-salman-in-saudi-arabia',
    region: 'middle-east', topic: 'politics',
    text: `Ending the war in Yemen was one of the first expressed foreign policy goals of the Biden administration. The U.S. seeks to expand the United Nations-brokered cease-fire, which has largely held since April 2022, into a broader political agreement between Saudi Arabia and the Iran-backed Houthi rebels.`,
    expected: [L('Yemen'), P('Biden'), US, opt(O('United Nations')), L('Saudi Arabia'), opt(L('Iran')), opt(O('Houthi'))],
  },
  {
    source: 'https://themedialine.org/headlines/blinken-meets-with-saudi-crown-prince-advocates-for-normalization-with-israel/',
    region: 'middle-east', topic: 'politics',
    text: `US Secretary of State Antony Blinken met with Saudi Crown Prince Mohammed bin Salman Tuesday to discuss economic cooperation between Middle Eastern nations. In a statement, the US State Department said Blinken and the crown prince “affirmed their shared commitment to advance stability, security, and prosperity across the Middle East and beyond.” … Blinken is expected to meet with Saudi Foreign Minister Faisal bin Farhan Thursday to discuss the threat of the Islamic State group, before leaving Riyadh.`,
    expected: [
      L('US', 'United States'), P('Antony Blinken'), P('Mohammed bin Salman'), O('State Department'), P('Blinken', 'Antony Blinken'),
      L('Middle East'), P('Faisal bin Farhan'), O('Islamic State'), L('Riyadh'),
    ],
  },
  {
    source: 'https://menafn.com/1107813314/Blinken-Meets-Saudi-Crown-Prince-In-Riyadh',
    region: 'middle-east', topic: 'politics',
    text: `Riyadh, Feb 6 (IANS) Saudi Arabian Crown Prince Mohammed bin Salman Al Saud and visiting US Secretary of State Antony Blinken have met in the Saudi capital of Riyadh\nThe two sides reviewed regional developments and bilateral relations on Monday, Xinhua news agency reported, citing the Saudi Press Agency. Saudi Arabia is the first stop of Blinken's fifth tour in the region since the onset of the Israel-Hamas conflict on October 7, 2023, which has led to escalating tensions across the region. Blinken will also visit Israel, Egypt, Qatar, and the West Bank in his regional tour.`,
    expected: [
      L('Riyadh'), O('IANS'), P('Mohammed bin Salman Al Saud'), L('US', 'United States'), P('Antony Blinken'), O('Xinhua'),
      O('Saudi Press Agency'), L('Saudi Arabia'), P('Blinken', 'Antony Blinken'), L('Israel'), O('Hamas'), L('Egypt'),
      L('Qatar'), L('West Bank'),
    ],
  },
  {
    source: 'https://www.albawaba.com/news/saudi-crown-prince-holds-talk-blinken-1521922',
    region: 'middle-east', topic: 'politics',
    text: `ALBAWABA - Saudi Crown Prince Mohammed bin Salman held talks with U.S. Secretary of State Anthony Blinken, at al-Salam Royal Palace in Jeddah, on Tuesday. The Saudi Press Agency reported that the Saudi Crown Prince and the U.S. Secretary of State discussed bilateral relations between the two countries, developments in the regional and efforts exerted in this regard.`,
    expected: [
      opt(O('ALBAWABA')), P('Mohammed bin Salman'), US, P('Anthony Blinken'), L('al-Salam Royal Palace'), L('Jeddah'),
      O('Saudi Press Agency'),
    ],
  },
  {
    source: 'https://pakistanaffairs.pk/2023/05/11/the-shocking-case-begins-ptis-petition-challenges-imrans-arrest-before-the-sc/',
    region: 'asia', topic: 'courts',
    text: `The Pakistan Supreme Court is hearing a petition from the Pakistan Tehreek-e-Insaf (PTI) challenging the arrest of party chairman Imran Khan by the National Accountability Bureau (NAB) earlier this week. The petition was initially returned but was accepted after concerns were addressed. Following Khan’s arrest, several other PTI leaders were also detained and cities erupted with violent protests, leading to Punjab police arresting over 1,000 individuals in connection. Prime Minister Shehbaz Sharif described the protests as “unforgivable crimes” and warned that swift action would be taken against those who damaged public properties and state institutions.`,
    expected: [
      O('Pakistan Supreme Court'), O('Pakistan Tehreek-e-Insaf'), O('PTI', 'Pakistan Tehreek-e-Insaf'), P('Imran Khan'),
      O('National Accountability Bureau'), O('NAB', 'National Accountability Bureau'), P('Khan', 'Imran Khan'), L('Punjab'),
      P('Shehbaz Sharif'),
    ],
  },
  {
    source: 'http://khybernews.tv/nawaz-sharif-starts-confrontation-judges-imran-khan/',
    region: 'asia', topic: 'courts',
    text: `ISLAMABAD: Pakistan Tehreek-e-Insaf (PTI) Chairman Imran Khan accused that former prime minister Nawaz Sharif had started confrontation with judges over his Supreme Court’s decision of disqualification in Panama Papers case. … During the meeting in Islamabad, he claimed that people have admitted that the Sharif family was corrupt and spoke lies.`,
    expected: [
      L('ISLAMABAD', 'Islamabad'), O('Pakistan Tehreek-e-Insaf'), O('PTI', 'Pakistan Tehreek-e-Insaf'), P('Imran Khan'),
      P('Nawaz Sharif'), O('Supreme Court'), opt(M('Panama Papers')), L('Islamabad'), opt(P('Sharif', 'Nawaz Sharif')),
    ],
  },
  {
    source: 'https://www.wionews.com/south-asia/imran-khan-moves-high-court-to-oust-prime-minister-shehbaz-sharif-501423',
    region: 'asia', topic: 'courts',
    text: `Imran Khan, former Prime Minister of Pakistan and leader of the Pakistan Tehreek-e-Insaf party has moved the High Court attempting to dismiss current PM Shehbaz Sharif and his cabinet. The petition filed by senior PTI leaders Andleeb Abbas and Hassan Niazi attempts to corner PM Shehbaz and his principal secretary on money laundering charges. … Pervaiz Elahi, a Pakistan Muslim League (Q) leader who recently won the Chief Minister seat in the crucial province of Punjab by beating the PM's son has extended his support to Imran Khan and his petition.`,
    expected: [
      P('Imran Khan'), L('Pakistan'), O('Pakistan Tehreek-e-Insaf'), O('High Court'), P('Shehbaz Sharif'), O('PTI'),
      P('Andleeb Abbas'), P('Hassan Niazi'), P('Shehbaz', 'Shehbaz Sharif'), P('Pervaiz Elahi'), O('Pakistan Muslim League'),
      L('Punjab'),
    ],
  },
  // third batch (business, Africa), annotated before the run as well
  {
    source: 'https://americanewsdigest.com/?p=10539',
    region: 'americas', topic: 'business',
    text: `Analysts reacted cautiously to Tesla’s Q3 results, with some issuing lower price targets for the company’s stock. Wells Fargo analyst Colin Langan commented, “No more rose-colored glasses,” while Morgan Stanley’s Adam Jonas reduced his price target to $380 from $400. Despite the decline, some long-term believers in Tesla, including Jonas, see the Q3 results as a warning sign for the broader electric vehicle market. Chinese EV makers also saw their shares decline following Tesla’s cautious call.`,
    expected: [O('Tesla'), O('Wells Fargo'), P('Colin Langan'), O('Morgan Stanley'), P('Adam Jonas'), P('Jonas', 'Adam Jonas')],
  },
  {
    source: 'https://www.topbuzztrends.com/tesla-shares-drop-over-15-as-ceo-elon-musk-expresses-pessimism-on-macroeconomic-issues/',
    region: 'americas', topic: 'business',
    text: `This decline came after CEO Elon Musk expressed pessimism regarding macroeconomic issues during a third-quarter earnings call on Wednesday. … He acknowledged that Tesla is currently lagging behind competitors such as Cruise and Waymo in the development of autonomous vehicles. … Musk and Tesla’s new CFO Vaibhav Taneja both expressed concerns about the high-interest rate environment and its potential impact on car buyers.`,
    expected: [P('Elon Musk'), O('Tesla'), O('Cruise'), O('Waymo'), P('Musk', 'Elon Musk'), P('Vaibhav Taneja')],
    knownLimit: 'companies named once in a list after "such as" have no cue',
  },
  {
    source: 'https://www.scmp.com/tech/big-tech/article/3082572/tesla-shares-fall-musk-says-stock-too-high-2018-style-tweets',
    region: 'americas', topic: 'business',
    text: `Tesla shares plunged after Elon Musk said the electric car maker’s stock is too high in a stream of tweets reminiscent of the posts that securities regulators sued him over in 2018. … Musk, 48, told The Wall Street Journal in an email that he was not joking and his tweets were not vetted before he posted them. … “We view these comments as tongue-in-cheek and it’s Elon being Elon,” Dan Ives, a Wedbush Securities analyst with a hold rating on Tesla, said in an email.`,
    expected: [
      O('Tesla'), P('Elon Musk'), P('Musk', 'Elon Musk'), O('The Wall Street Journal'), P('Elon', 'Elon Musk'), P('Dan Ives'),
      O('Wedbush Securities'),
    ],
  },
  {
    source: 'https://www.winnmediaskn.com/ethiopias-pm-rejects-dialogue-in-meeting-with-au-envoys/',
    region: 'africa', topic: 'politics',
    text: `NAIROBI, Kenya (AP) — Ethiopian Prime Minister Abiy Ahmed again ruled out dialogue with the leaders of the defiant Tigray region Friday but said he is willing to speak to representatives “operating legally” there during a meeting with three African Union special envoys trying to end the deadly conflict between federal troops and the region’s forces. The meeting occurred as people fled the Tigray capital in fear of an imminent assault after Abiy said the army had been ordered to move in for the “final phase” of an offensive to arrest the leaders of the Tigray People’s Liberation Front who run the region. … There was no immediate word from the three AU envoys, former Liberian President Ellen Johnson Sirleaf, former Mozambique President Joaquim Chissano and former South African President Kgalema Motlanthe. AU spokeswoman Ebba Kalondo did not say whether the envoys can meet with TPLF leaders, something Abiy’s office has rejected.`,
    expected: [
      L('NAIROBI', 'Nairobi'), L('Kenya'), O('AP', 'Associated Press'), P('Abiy Ahmed'), L('Tigray'), O('African Union'),
      P('Abiy', 'Abiy Ahmed'), O('Tigray People’s Liberation Front'), O('AU', 'African Union'), P('Ellen Johnson Sirleaf'),
      L('Mozambique'), P('Joaquim Chissano'), P('Kgalema Motlanthe'), P('Ebba Kalondo'), O('TPLF', 'Tigray People’s Liberation Front'),
    ],
  },
  {
    source: 'http://annafrica.news/2020/11/ethiopia-pm-meets-au-envoys-but-bars-them-from-tigray/',
    region: 'africa', topic: 'politics',
    text: `After more than three weeks of military conflict in Ethiopia, the country’s prime minister Abiy Ahmed has on Friday met an African Union mission in Addis Ababa to try to mediate between his government and the Tigray People’s Liberation Front (TPLF). Initially, Abiy has refused to negotiate with the TPLF and has rebuffed calls for dialogue as “interference” in Ethiopia’s internal affairs as he branded international efforts to bring the two parties to the table as “unwelcome”.`,
    expected: [
      L('Ethiopia'), P('Abiy Ahmed'), O('African Union'), L('Addis Ababa'), O('Tigray People’s Liberation Front'),
      O('TPLF', 'Tigray People’s Liberation Front'), P('Abiy', 'Abiy Ahmed'),
    ],
  },
  {
    source: 'https://knowafrika.com/ethiopian-abiy-ahmed-set-to-meet-au-mediation-group/',
    region: 'africa', topic: 'politics',
    text: `Then, the Ethiopian National Defense Forces reported on Friday they had assumed responsibility for “key situations” around Mekelle, the local capital of Tigray, that would empower them “to hold onto individuals from the TPLF junta”.`,
    expected: [O('Ethiopian National Defense Forces'), L('Mekelle'), L('Tigray'), O('TPLF')],
  },
];
