// What must NOT come out as an entity: demonyms used as adjectives, words capitalised because they
// open a sentence, generic institutions, titles, common acronyms and currency codes, hashtags, URLs,
// dates, headline words, shouted labels, garbled words. Real sentences (seed articles and stored news
// pages, quoted as found); `forbidden` lists substrings no entity mention may overlap, `none` says the
// passage names no entity at all.
export interface NegativeCase {
  source: string;
  text: string;
  forbidden: string[];
  none?: boolean;
}

const SEED = (n: string): string => `shared/corpus/seeds/${n}`;

export const NEGATIVE_CASES: NegativeCase[] = [
  // demonyms are adjectives
  {
    source: SEED('000_2314629feeea04ab.txt'),
    text: `The apology comes days after South Korean police announced an investigation into Telegram for allegedly “assisting” the distribution of such images.`,
    forbidden: ['South Korean', 'police'],
  },
  {
    source: SEED('002_12ed873904415339.txt'),
    text: `This initiative coincides with a French investigation into Pavel Durov, Telegram’s Russian-born founder, as French authorities look into organized crime activities on the platform.`,
    forbidden: ['French', 'Russian-born'],
  },
  {
    source: SEED('001_3b104a98e4dc540f.txt'),
    text: `The issue gained national attention after media reports revealed that Telegram chat rooms were suspected of creating and distributing deepfake porn content using manipulated photos of Korean women, leading to a preliminary police investigation into Telegram’s legal entity for alleged complicity in deepfake sex crimes.`,
    forbidden: ['Korean'],
  },
  {
    source: 'https://glavnoe.in.ua/en/news-en/zelenskiy-on-missile-strikes-and-new-sanctions-ukraine-strengthens-its-defense',
    text: `President of Ukraine Volodymyr Zelenskiy, in his traditional evening address, reported on the aftermath of missile strikes launched today by Russian forces against Kyiv, Zaporizhzhia, and Kharkiv regions.`,
    forbidden: ['Russian', 'President'],
  },
  {
    source: 'https://www.channelnewsasia.com/business/boj-governor-uedas-comments-news-conference-5878481',
    text: `Following are excerpts from BOJ Governor Kazuo Ueda's comments at his post-meeting news conference, which was conducted in Japanese, as translated by Reuters:`,
    forbidden: ['Japanese', 'Governor', 'Following'],
  },
  {
    source: 'https://arabnews.com/node/2570880/',
    text: `WASHINGTON: Indian opposition leader Rahul Gandhi on Tuesday denounced an “ideological war” in the South Asian country, ruled by Prime Minister Narendra Modi and his Hindu nationalist party.`,
    forbidden: ['Indian', 'Tuesday', 'South Asian', 'Prime Minister', 'Hindu'],
  },
  {
    source: 'http://dirs.info/find/mix/24?q=%22Luiz+Inacio+Lula+da+Silva%22',
    text: `BRASILIA — Brazil’s Indigenous leaders were disappointed on Monday after President-elect Luiz Inacio Lula da Silva appeared to backtrack on a promise to create a ministry of Indigenous affairs to help restore rights and protections that were undermined by the current government.`,
    forbidden: ['Indigenous', 'Monday', 'President-elect'],
  },
  {
    source: 'https://mediatalkafrica.com/176653/ruto-warns-against-violent-protests-urges-kenyans-to-prioritize-peace',
    text: `He also promised adherence to the Rome Statute and the Kenyan Constitution, and asked police chiefs to deploy innovative strategies to identify and separate anarchists from peaceful protesters.`,
    forbidden: ['Kenyan', 'Constitution'],
  },
  {
    source: 'https://themedialine.org/headlines/blinken-meets-with-saudi-crown-prince-advocates-for-normalization-with-israel/',
    text: `US Secretary of State Antony Blinken met with Saudi Crown Prince Mohammed bin Salman Tuesday to discuss economic cooperation between Middle Eastern nations.`,
    forbidden: ['Middle Eastern', 'Saudi', 'Crown Prince', 'Secretary of State', 'Tuesday'],
  },
  {
    source: SEED('001_3b104a98e4dc540f.txt'),
    text: `South Koran President Yoon Suk Yeol said during a recent televised cabinet meeting: “It is an exploitation of technology while relying on the protection of anonymity. It is a clear criminal act.”`,
    forbidden: ['South Koran', 'President', 'It'],
  },
  // words capitalised because they open a sentence
  {
    source: SEED('000_2314629feeea04ab.txt'),
    text: `Deepfakes are generated using artificial intelligence and often combine a person’s face with a fake body.`,
    forbidden: [],
    none: true,
  },
  {
    source: SEED('000_2314629feeea04ab.txt'),
    text: `Police have received 118 reports of such videos in the past five days. Seven suspects, six of whom are teenagers, have been questioned by police in the past week.`,
    forbidden: [],
    none: true,
  },
  {
    source: SEED('000_2314629feeea04ab.txt'),
    text: `Authorities said Telegram has since removed the videos from its platform.`,
    forbidden: ['Authorities'],
  },
  {
    source: SEED('003_b0d9257e10af1894.txt'),
    text: `Deepfake technology is becoming the main tool for producing sexually explicit content. It uses artificial intelligence to superimpose a person’s face onto another’s body in videos or photographs.`,
    forbidden: [],
    none: true,
  },
  {
    source: 'https://www.daily8.com/en/article/1f27132cb639f2ad59439d281cd8e65a',
    text: `'They have blocked the roads, blocking us from our work. I am a roadside vendor and I am supposed to get to town and buy merchandise to sell along the road,' said protester Caleb Okoth.`,
    forbidden: ['They', 'I am'],
  },
  {
    source: 'https://hbbgroup.net/zh/japans-lack-of-visionary-statesmen-keeps-politics-adrift',
    text: `TOKYO — Right before the start of the Tokyo International Conference on African Development this week, I called Prime Minister Shigeru Ishiba, hoping to gain insights into his thinking after the ruling Liberal Democratic Party’s routing in the upper house election.`,
    forbidden: ['Right', 'Prime Minister'],
  },
  // generic institutions and titles alone
  {
    source: SEED('003_b0d9257e10af1894.txt'),
    text: `President Yoon underlined during a Cabinet meeting how urgent it is to fight the rapid proliferation of deepfake videos on social media and how anyone might become a victim of these crimes.`,
    forbidden: ['Cabinet', 'President'],
  },
  {
    source: 'https://thesudantimes.com/africa/police-arrest-170-use-tear-gas-to-disperse-ruto-protest-in-kenya/',
    text: `Kenyan police fired tear gas shells to disperse protesters demanding President William Ruto’s resignation, halting their planned march to the State House, where a new 19-member Cabinet was sworn in on Thursday.`,
    forbidden: ['Kenyan', 'Cabinet', 'Thursday', 'President'],
  },
  {
    source: 'https://www.straitstimes.com/world/europe/new-eu-chief-ursula-von-der-leyen-makes-first-trip-to-brussels',
    text: `“My priorities will be to seek smart advice, listen to all parliamentary groups and together work out the best plan for the future of Europe,” von der Leyen tweeted, a day after talks with MEPs at the Parliament in Strasbourg, eastern France.`,
    forbidden: ['MEPs', 'Parliament', 'My'],
  },
  {
    source: 'https://menafn.com/1110648352/Secretary-Rubios-Call-With-Iraqi-Prime-Minister-Mohammed-Shiaa-Al-Sudani',
    text: `The Secretary and Prime Minister also discussed Iraq's ongoing deliberations to form a government, emphasizing their shared commitment to ensuring that Iraq can fully realize its potential as a force for stability, prosperity, and security in the Middle East.`,
    forbidden: ['Secretary', 'Prime Minister'],
  },
  {
    source: 'https://buenosairesherald.com/politics/mileis-economy-minister-meets-with-the-imf',
    text: `On Tuesday, Fund director Kristalina Georgieva said the lender is “very keen” to support Argentina and the country could even receive extra financing through its Resilience and Sustainability Trust (RST).`,
    forbidden: ['Fund', 'Tuesday', 'On'],
  },
  {
    source: 'https://pckukuvless.pckuku.workers.dev/news/search?form=000155&newsse=1&q=Brasil+Luiz+In%C3%A1cio+Lula+da+Silva',
    text: `Ex-President Jair Bolsonaro, banned from leaving Brazil due to allegations he plotted a coup, has appealed to the Supreme Court to attend the Jan. 20 ceremony in Washington.`,
    forbidden: ['Ex-President', 'Jan.'],
  },
  {
    source: 'http://koreabizwire.com/judge-acquitted-of-accepting-fake-golf-clubs-as-bribe/303051',
    text: `According to legal sources on January 8, the Supreme Court’s third division, led by Justice Lee Heung-gu, dismissed the prosecution’s appeal, confirming the not-guilty verdict for Judge A, 56, who had been charged with accepting bribes and violating information network laws.`,
    forbidden: ['According', 'January', 'Justice', 'Judge A'],
  },
  {
    source: 'https://thelagosmail.com/2024/02/07/tinubu-convenes-an-urgent-meeting-to-discuss-food-security-after-france-return',
    text: `At around 9:00 p.m., the presidential aircraft, NAF 001, made landfall at the Presidential Wing of the Nnamdi Azikiwe International Airport in Abuja.`,
    forbidden: ['Presidential Wing', 'p.m.'],
  },
  // common acronyms, currencies, numbers
  {
    source: SEED('000_2314629feeea04ab.txt'),
    text: `Offenders are subject to imprisonment for up to five years and hefty fines up to 50 million won  (approximately USD 37,500 or GBP 28,300).`,
    forbidden: ['USD', 'GBP', 'Offenders'],
    none: true,
  },
  {
    source: SEED('000_2314629feeea04ab.txt'),
    text: `In South Korea, those found guilty of making pornographic deepfakes can be jailed for up to five years and fined up to 50 million won (US$37,500; £28,300).`,
    forbidden: ['US$', 'In'],
  },
  {
    source: SEED('004_d133ada682a55495.txt'),
    text: `In August, media and authorities uncovered a sprawling network of Telegram chatrooms in South Korea, often set up within schools and universities, in which users shared AI-generated deepfake porn depicting female students and staff.`,
    forbidden: ['August', 'AI-generated', 'In'],
  },
  {
    source: 'https://www.worldstockmarket.net/boj-we-will-increase-the-rates-if-we-have-enough-confidence-that-the-underlying-inflation-will-approach-2-kazuo-ueda',
    text: `The USD/JPY presents a solid rebound after these comments, currently negotiating 0.30% higher in the day in 145.00.`,
    forbidden: [],
    none: true,
  },
  {
    source: 'https://www.channelnewsasia.com/news/business/samsung-electronics-says-q2-profit-likely-rose-53per-cent--beating-analyst-estimate-15170244',
    text: `(US$1 = 1,136.7800 won)`,
    forbidden: [],
    none: true,
  },
  {
    source: 'http://in.reuters.com/article/samsung-idINL4N0HS14120131003',
    text: `The semiconductor market further tightened after a fire in early September at a China plant owned by the world's No.2 memory chipmaker SK Hynix.`,
    forbidden: ['September', 'No.2', 'No'],
  },
  {
    source: 'https://generalworldnews.com/blinken-meets-with-crown-prince-mohammed-bin-salman-in-saudi-arabia',
    text: `The U.S. seeks to expand the United Nations-brokered cease-fire, which has largely held since April 2022, into a broader political agreement between Saudi Arabia and the Iran-backed Houthi rebels.`,
    forbidden: ['Iran-backed', 'April', 'Houthi'],
  },
  // hashtags, URLs, domains, shouted labels, boilerplate
  {
    source: SEED('000_2314629feeea04ab.txt'),
    text: `#Telegram #Apologizes #South #Korean #Authorities #Pornography #Deepfake #Case`,
    forbidden: [],
    none: true,
  },
  {
    source: SEED('004_d133ada682a55495.txt'),
    text: `The KCSC said the company claimed to "deeply understand the situation in Korea where deepfake sex crimes have become a social problem" and https://hub420.shop/product/sunday-driver/ pledged a zero-tolerance policy for such content.`,
    forbidden: ['https://hub420.shop/product/sunday-driver/'],
  },
  {
    source: SEED('003_b0d9257e10af1894.txt'),
    text: `Image Source: newsx.com`,
    forbidden: [],
    none: true,
  },
  {
    source: SEED('002_12ed873904415339.txt'),
    text: `Follow us on our social media platforms here:  Twitter   WHATSAPP CHANNEL  FACEBOOK PAGE`,
    forbidden: ['CHANNEL', 'PAGE', 'Follow'],
  },
  {
    source: SEED('002_12ed873904415339.txt'),
    text: `Comments are closed, but trackbacks and pingbacks are open.`,
    forbidden: [],
    none: true,
  },
  {
    source: 'https://malaysia.news.yahoo.com/zelenskiy-hundreds-russians-killed-every-013630414.html',
    text: `STORY: "The Donetsk region remains the epicenter of the greatest madness of the occupiers," Zelenskiy said in his nightly video address.`,
    forbidden: ['STORY'],
  },
  {
    source: 'http://frankfurt.china-consulate.org/det/fyrth/t1375902.htm',
    text: `Q: According to the spokesperson of the Russian president, Turkish President Tayyip Erdogan has written to Russian leader Vladimir Putin to apologize over Ankara's downing of a Russian military jet last year.`,
    forbidden: ['Q', 'According', 'Turkish', 'Russian'],
  },
  // garbled words seen once, headline words
  {
    source: SEED('003_b0d9257e10af1894.txt'),
    text: `With the aim of arresting and identifying individuals involved in the creation and dissemination of this material, the Special 7 months of the Deep Fark content crime has begun to be suppressed by the National Police Agency (KNPA).`,
    forbidden: ['Special', 'Deep Fark', 'With'],
  },
  {
    source: 'https://ukrinform.net/rubric-ato/3861571-zelensky-says-protection-of-people-and-communities-disruption-of-any-russian-attempted-offensive-among-priorities.html',
    text: `This is how the Kremlin marks the end of World War II in Europe – with a massive attack, with its attempts to break the lives of our people, with its Nazism.`,
    forbidden: ['Nazism', 'This'],
  },
  {
    source: SEED('000_2314629feeea04ab.txt'),
    text: `Telegram Issues Apology to South Korean Officials Regarding Deepfake Pornography Incident\n\nTELEGRAM has apologized to South Korean authorities over its handling of deepfake pornographic material shared through its app, amid an epidemic of digital sexual crimes in the country.`,
    forbidden: ['Issues Apology', 'Officials', 'Regarding', 'Deepfake Pornography Incident', 'South Korean'],
  },
  // month and weekday abbreviations with their period (a dateline's "Dec." came out as an organisation)
  {
    source: 'http://en.people.cn/n3/2023/1219/c90000-20112393.html',
    text: `XINING, Dec. 19 (Xinhua) -- The 6.2-magnitude earthquake that rattled an ethnic county in northwest China's Gansu Province around midnight Monday has killed 13 people in the neighboring Qinghai Province, according to a press conference Tuesday afternoon.`,
    forbidden: ['Dec.', 'Monday', 'Tuesday'],
  },
  {
    source: 'http://www.poynter.org/2008/page-one-today-sept-1-sept-11-2008/91213/',
    text: `Mayor Michael Bloomberg, who has spearheaded fund-raising for the memorial, has called on the Port Authority to set a firm deadline when it delivers a major progress report on Sept. 30.`,
    forbidden: ['Sept.', 'Mayor'],
  },
  {
    source: 'https://headlinescurator.com/tag/september/page/14/?amp',
    text: `The moon will be 98% full on Sunday, 100% full Monday and Tuesday, and 98% full on Wednesday, Sept. 22 — the first official day of fall, known as the autumn equinox or autumnal equinox.`,
    forbidden: ['Sept.'],
    none: true,
  },
  // a listed common acronym spelled out is a term, not an organisation
  {
    source: 'https://meritalk.com/tag/artificial-intelligence/page/3',
    text: `The Stanford Institute for Human-Centered Artificial Intelligence (AI)  is calling for a national research cloud led by the Federal government to fuel innovation and collaboration between academia, the public sector, and industry.`,
    forbidden: ['(AI)', 'Federal'],
  },
  {
    source: 'https://meritalk.com/tag/artificial-intelligence/page/3',
    text: `Anil Chaudhry and Krista Kinnard from the Artificial Intelligence (AI) Center of Excellence (CoE) within the General Services Administration (GSA) reminded attendees at an April 16 AI in Government webinar to continuously put people first during AI implementation at the Federal level.`,
    forbidden: ['(AI)', 'AI in', 'AI implementation', 'April'],
  },
];
