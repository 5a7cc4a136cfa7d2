// Real news passages naming places by their administrative units: counties, districts, villages,
// townships, prefectures, oblasts, barangays, local government areas. The first group comes from the
// gansu-quake-2023 fixture (fixtures/SOURCES.md) and other outlets' reports of the same earthquake;
// the rest from news in other regions. Same conventions as entities.cases.ts: `expected` lists every
// entity, `knownLimit` documents what the extractor still gets wrong.
import type { EntityCase, ExpectedEntity } from './entities.cases.js';

const P = (text: string, canonical?: string): ExpectedEntity => ({ text, label: 'PERSON', canonical });
const O = (text: string, canonical?: string): ExpectedEntity => ({ text, label: 'ORG', canonical });
const L = (text: string, canonical?: string): ExpectedEntity => ({ text, label: 'PLACE', canonical });
const opt = (e: ExpectedEntity): ExpectedEntity => ({ ...e, optional: true });

export const ENTITY_CASES_PLACES: EntityCase[] = [
  // ---------------------------------------------------------------- the Jishishan earthquake (Dec 2023)
  {
    source: 'http://en.people.cn/n3/2023/1219/c90000-20111940.html',
    region: 'asia', topic: 'disaster',
    text: `This photo taken on Dec. 19, 2023 shows houses damaged by earthquake at Chenjia Village in Jishishan Bao'an, Dongxiang, Sala Autonomous County in Linxia Hui Autonomous Prefecture, northwest China's Gansu Province. (Xinhua/Ma Xiping)`,
    expected: [
      L('Chenjia Village'), L("Jishishan Bao'an, Dongxiang, Sala Autonomous County"),
      L('Linxia Hui Autonomous Prefecture'), L('China'), L('Gansu Province'), O('Xinhua'), P('Ma Xiping'),
    ],
  },
  {
    source: 'http://en.people.cn/n3/2023/1219/c90000-20111940.html',
    region: 'asia', topic: 'disaster',
    text: `JISHISHAN, Gansu Province/XINING, Dec. 19 (Xinhua) -- The 6.2-magnitude earthquake that jolted an ethnic county in northwest China's Gansu Province midnight Monday has killed 111 people in Gansu and neighboring Qinghai Province, according to local earthquake relief headquarters.`,
    expected: [
      L('JISHISHAN', 'Jishishan'), L('Gansu Province'), L('XINING', 'Xining'), O('Xinhua'), L('China'), L('Gansu'),
      L('Qinghai Province'),
    ],
  },
  {
    source: 'http://en.people.cn/n3/2023/1219/c90000-20111940.html',
    region: 'asia', topic: 'disaster',
    text: `According to China Earthquake Networks Center, the quake jolted at 11:59 p.m. Monday and has a focal depth of 10 km. The epicenter Liugou Township is about 8 km from the county seat of Jishishan Bao'an, Dongxiang, Sala Autonomous County in Linxia Hui Autonomous Prefecture, Gansu. … According to local meteorological authorities, the daily low temperature in Jishishan is reported to reach minus 10 degrees Celsius on Tuesday. … Hu Changsheng, Party chief of Gansu, and Ren Zhenhe, governor of Gansu, have rushed to the disaster area to command rescue and relief.`,
    expected: [
      O('China Earthquake Networks Center'), L('Liugou Township'),
      L("Jishishan Bao'an, Dongxiang, Sala Autonomous County"), L('Linxia Hui Autonomous Prefecture'), L('Gansu'),
      L('Jishishan', "Jishishan Bao'an, Dongxiang, Sala Autonomous County"), P('Hu Changsheng'), P('Ren Zhenhe'),
    ],
  },
  {
    source: 'http://en.people.cn/n3/2023/1219/c90000-20112393.html',
    region: 'asia', topic: 'disaster',
    text: `Xinhua) 15:49, December 19, 2023 … XINING, Dec. 19 (Xinhua) -- The 6.2-magnitude earthquake that rattled an ethnic county in northwest China's Gansu Province around midnight Monday has killed 13 people in the neighboring Qinghai Province, according to a press conference Tuesday afternoon. In Qinghai, the quake has left 182 people injured and 20 missing, with rescue efforts continuing, said Wang Wen, vice mayor of Haidong City, Qinghai, at the press conference held by the earthquake relief headquarters in Haidong. … Wang said local departments will carry out safety checks on infrastructure like the supplies of power, water and gas, as well as communications to ensure that people's basic necessities are met.`,
    expected: [
      O('Xinhua'), L('XINING', 'Xining'), L('China'), L('Gansu Province'), L('Qinghai Province'), L('Qinghai'),
      P('Wang Wen'), L('Haidong City'), L('Haidong', 'Haidong City'), P('Wang', 'Wang Wen'),
    ],
  },
  {
    source: 'https://tibetanreview.net/gansu-earthquake-kills-at-least-118-including-13-in-neigbouring-qinghai/',
    region: 'asia', topic: 'disaster',
    text: `(TibetanReview.net, Dec19’23) – A magnitude-6.2 earthquake which rocked an ethnic county in China’s Gansu Province around midnight on Dec 18 has killed at least 118 people as of Dec 19 morning, including 13 in neighbouring Qinghai province, reported China’s official Xinhua news agency. … China Earthquake Networks Centre has said the quake jolted at 11:59 pm Dec 18 and had a focal depth of 10 km. The epicentre is about 8 km from the county seat of Jishishan Bao’an, Dongxiang, Salar Autonomous County in Linxia Hui Autonomous Prefecture, Gansu. … The tremor was stated to have been also felt strongly in the cities of Xining and Haidong in Qinghai, where some houses collapsed and cracked.`,
    expected: [
      L('China'), L('Gansu Province'), L('Qinghai'), O('Xinhua'), O('China Earthquake Networks Centre'),
      L('Jishishan Bao’an, Dongxiang, Salar Autonomous County'), L('Linxia Hui Autonomous Prefecture'), L('Gansu'),
      L('Xining'), L('Haidong'), opt(O('TibetanReview.net')),
    ],
  },
  {
    source: 'http://en.people.cn/n3/2023/1220/c90000-20112701.html',
    region: 'asia', topic: 'disaster',
    text: `XINING, Dec. 20 (Xinhua) -- The 6.2-magnitude earthquake that jolted northwest China at midnight Monday has killed 18 people in Qinghai Province, local authorities said on Wednesday morning. … The epicenter Liugou Township is about 8 km from the county seat of the Bonan-Dongxiang-Salar Autonomous County of Jishishan in Gansu Province. … (Web editor: Zhang Kaiwei, Liang Jun)`,
    expected: [
      L('XINING', 'Xining'), O('Xinhua'), L('China'), L('Qinghai Province'), L('Liugou Township'),
      L('Bonan-Dongxiang-Salar Autonomous County of Jishishan'), L('Gansu Province'), P('Zhang Kaiwei'),
      P('Liang Jun'),
    ],
  },
  {
    source: 'https://inews24.eu/china-shaken-by-the-nations-deadliest-quake-in-a-decade',
    region: 'asia', topic: 'disaster',
    text: `It struck just before midnight on Monday near the boundary between the two provinces at a relatively shallow depth of 10km (6 miles), the China Earthquake Networks Center said. China said the quake had a magnitude of 6.2, while the United States Geological Survey reported the magnitude was 5.9, and the European Mediterranean Seismological Centre said it was a magnitude 6.1 earthquake.`,
    expected: [
      O('China Earthquake Networks Center'), L('China'), O('United States Geological Survey'),
      O('European Mediterranean Seismological Centre'),
    ],
  },
  {
    source: 'https://inews24.eu/china-shaken-by-the-nations-deadliest-quake-in-a-decade',
    region: 'asia', topic: 'disaster',
    text: `The magnitude 6.2 quake struck in Gansu’s Jishishan county, about 5km (3 miles) from the provincial boundary with Qinghai. The epicentre was about 1,300km (800 miles) southwest of Beijing, the Chinese capital.`,
    expected: [L('Gansu'), L('Jishishan'), L('Qinghai'), L('Beijing')],
  },
  {
    source: 'https://thegulfobserver.com/death-count-climbs-to-111-in-midnight-earthquake-in-northwest-china/',
    region: 'asia', topic: 'disaster',
    text: `Ding Xiaolong, a resident of Chenjia Village, was asleep at home when the quake struck. The strong tremor woke him up, and he quickly rushed out of the house. Ma Shijun, a student at Dahejia Middle School, ran out of the dormitory barefoot and without even putting on a coat. … “Watching more and more rescue personnel, I’m not as frightened as I was when the quake first occurred,” said Ma.`,
    expected: [
      P('Ding Xiaolong'), L('Chenjia Village'), P('Ma Shijun'), O('Dahejia Middle School'), P('Ma', 'Ma Shijun'),
    ],
  },
  {
    source: 'https://www.kt.kz/eng/video/video1377959639.html',
    region: 'asia', topic: 'disaster',
    text: `Rescue efforts are underway in earthquake-affected regions in Jishishan County, Gansu Province.`,
    expected: [L('Jishishan County'), L('Gansu Province')],
  },
  {
    source: 'https://kahawatungu.com/earthquake-kills-more-than-100-in-north-west-china/',
    region: 'asia', topic: 'disaster',
    text: `Gansu lies between the Tibetan and Loess plateaus and borders Mongolia. The Monday night quake struck the Linxia Hui Autonomous Prefecture, an administrative region for China’s Muslim Hui people. The US Geological Survey (USGS) said it had a magnitude of 5.9 and depth of 10km (six miles).`,
    expected: [
      L('Gansu'), L('Mongolia'), L('Linxia Hui Autonomous Prefecture'), L('China'), O('US Geological Survey'),
      O('USGS', 'US Geological Survey'), opt(L('Loess')),
    ],
  },
  // ---------------------------------------------------------------- US counties
  {
    source: 'https://www.newsbreak.com/news/2745168750383/sheriff-1-dead-after-officer-involved-shooting-in-rusk-county',
    region: 'americas', topic: 'crime',
    text: `RUSK COUNTY, Texas ( KETK ) – One person is dead after an officer-involved shooting in Rusk County. According to Rusk County Sheriff Johnwayne Valdez, at 1:26 a.m. on Wednesday, a deputy conducted a traffic stop at Highway 64 and CR 4125.`,
    expected: [L('RUSK COUNTY', 'Rusk County'), L('Texas'), O('KETK'), L('Rusk County'), P('Johnwayne Valdez')],
  },
  {
    source: 'https://www.wkms.org/public-safety/2021-12-11/a-very-dire-situation-officials-react-in-aftermath-of-deadly-tornado-system-in-west-kentucky',
    region: 'americas', topic: 'disaster',
    text: `The storm system’s path of destruction stretches across 19 counties – from the southwestern tip of Fulton County eastward to Breckinridge County. One of the communities hit the hardest was Mayfield in Graves County. … Gov. Andy Beshear was on the ground Saturday morning surveying the fallout and gave a press conference at CFSB outside Mayfield’s downtown area.`,
    expected: [
      L('Fulton County'), L('Breckinridge County'), L('Mayfield'), L('Graves County'), P('Andy Beshear'), O('CFSB'),
    ],
  },
  {
    source: 'https://www.murrayledger.com/news/mayfield-graves-officials-react-to-tornado-response-efforts/article_9909e9c6-5c26-11ec-8bd8-572aeaf1b94a.html',
    region: 'americas', topic: 'disaster',
    text: `Standing near the collapsed Mayfield Consumer Products candle factory where emergency personnel were still working to find any possible survivors Saturday afternoon, Graves County Coroner Brad Jones talked about the emotional toll the last 24 hours had taken on the community.`,
    expected: [O('Mayfield Consumer Products'), L('Graves County'), P('Brad Jones')],
  },
  {
    source: 'http://www.foxcarolina.com/story/35606403/sheriff-rutherford-county-deputy-shot-in-hospital',
    region: 'americas', topic: 'crime',
    text: `Sheriff Chris Francis of Rutherford County confirms a deputy was shot at least once Tuesday night.`,
    expected: [P('Chris Francis'), L('Rutherford County')],
  },
  {
    source: 'https://www.wfmynews2.com/article/news/local/tractor-slams-into-randolph-county-patrol-car-prompting-deadly-deputy-involved-shooting-sheriff/83-b1585534-4c2b-40f9-8c73-fd0bf1e1e295',
    region: 'americas', topic: 'crime',
    text: `RANDOLPH COUNTY, N.C. — One person is dead in a deputy-involved shooting on Joe Branson Road in rural Randolph County.`,
    expected: [
      L('RANDOLPH COUNTY', 'Randolph County'), L('N.C.', 'North Carolina'), L('Joe Branson Road'),
      L('Randolph County'),
    ],
  },
  {
    source: 'http://crittendenpress.blogspot.com/2016/05/a-storm-system-passed-over-western.html',
    region: 'americas', topic: 'disaster',
    text: `The National Weather Service office in Paducah issued a severe thunderstorm warning around 2:30 p.m. for Graves, Carlisle and Hickman counties. About 15 minutes later, the office issued a tornado warning for Graves County after a tornado was spotted about four miles from Fancy Farm.`,
    expected: [
      O('National Weather Service'), L('Paducah'), L('Graves'), L('Carlisle'), L('Hickman'), L('Graves County'),
      L('Fancy Farm'),
    ],
    knownLimit: "county names listed before a lower-case \"counties\" are found only when no word of them is ordinary English (\"Graves\"), and a place named once after \"in\" or \"from\" with no unit word has no cue",
  },
  // ---------------------------------------------------------------- Indian districts
  {
    source: 'https://dailypioneer.com/2024/trending-news/kerala-landslides--toll-climbs-to-45--rescue-ops-underway.html',
    region: 'asia', topic: 'disaster',
    text: `Heavy rains triggered a series of massive landslides in the hilly areas of Kerala's Wayanad district early on Tuesday, leaving at least 45 persons dead and sparking apprehensions of possible increase in fatalities due to hundreds of people feared trapped under the debris. … Mundakkai, Chooralmala, Attamala, and Noolpuzha villages were among the areas affected and cut off by the landslides, authorities said.`,
    expected: [L('Kerala'), L('Wayanad'), L('Mundakkai'), L('Chooralmala'), L('Attamala'), L('Noolpuzha')],
  },
  {
    source: 'https://www.siasat.com/wayanad-landslide-death-toll-rises-to-23-rescue-operations-ongoing-3070454/',
    region: 'asia', topic: 'disaster',
    text: `Wayanad: The toll rose to 23 in the landslides that hit Kerala’s hilly Wayanad district on Tuesday, according to state Health Minister Veena George. George, speaking to reporters, said 23 bodies have been recovered so far and were kept in various hospital morgues. Of those killed, four people, including a child, died in Chooralmala town of the district, while a one-year-old child of a family from Nepal died in Thondernad village, according to the Wayanad district authorities.`,
    expected: [
      L('Wayanad'), L('Kerala'), P('Veena George'), P('George', 'Veena George'), L('Chooralmala'), L('Nepal'),
      L('Thondernad'),
    ],
  },
  {
    source: 'https://onmanorama.com/news/kerala/2019/08/09/wayanad-landslide-death-traffic-disruption-rescue-operation.amp.html',
    region: 'asia', topic: 'disaster',
    text: `Kerala Chief Minister Pinarayi Vijayan had termed the landslide as the 'deadliest in Kerala so far.'`,
    expected: [L('Kerala'), P('Pinarayi Vijayan')],
  },
  {
    source: 'https://onmanorama.com/news/kerala/2019/08/09/wayanad-landslide-death-traffic-disruption-rescue-operation.amp.html',
    region: 'asia', topic: 'disaster',
    text: `Landslide struck Puthumala – which lies 20km north-east of Wayanad district headquarters Kalpetta - on Thursday evening.`,
    expected: [L('Puthumala'), L('Wayanad'), L('Kalpetta')],
    knownLimit: "a village opening a sentence and a town named once after its district, both with no cue, are dropped",
  },
  // ---------------------------------------------------------------- Philippine provinces and barangays
  {
    source: 'https://www.manila-shimbun.com/category/english/news275342.html',
    region: 'asia', topic: 'disaster',
    text: `Maco Municipal Disaster Risk Reduction and Management Office (MDRRMO) said a landslide occurred in the vicinity of Barangay Masara, Maco around 7 to 8 pm.`,
    expected: [
      O('Maco Municipal Disaster Risk Reduction and Management Office'),
      O('MDRRMO', 'Maco Municipal Disaster Risk Reduction and Management Office'), L('Barangay Masara'), L('Maco'),
    ],
  },
  {
    source: 'https://philstar.com/nation/2024/02/08/2331697/davao-de-oro-landslide-buries-2-buses-6-dead/amp',
    region: 'asia', topic: 'disaster',
    text: `MANILA, Philippines — Two buses were buried in a landslide in Barangay Masara in Maco, Davao de Oro on Tuesday night, leaving six people dead and 46 others missing.`,
    expected: [L('MANILA', 'Manila'), L('Philippines'), L('Barangay Masara'), L('Maco'), L('Davao de Oro')],
  },
  {
    source: 'https://mb.com.ph/2024/2/7/massive-search-rescue-under-way-in-davao-de-oro-landslide-6-dead-46-missing',
    region: 'asia', topic: 'disaster',
    text: `Edward Macapili, executive assistant on communications and public relations of the provincial government of Davao de Oro, said responders recovered the bodies and 31 others were rescued and taken to the hospital as of 12:30 p.m. on Wednesday, February 7.`,
    expected: [P('Edward Macapili'), L('Davao de Oro')],
  },
  {
    source: 'https://newsinfo.inquirer.net/1900410/evacuation-up-as-landslide-buries-people-in-davao-de-oro-mining-village/amp',
    region: 'asia', topic: 'disaster',
    text: `The city disaster office in Tagum, Davao del Norte likewise ordered a pre-emptive evacuation of residents near the Hijo River as a precaution.`,
    expected: [L('Tagum'), L('Davao del Norte'), L('Hijo River')],
    knownLimit: "a city named once before its province, with no comma after the province, has no cue",
  },
  {
    source: 'https://www.daytondailynews.com/nation-world/philippines-warns-of-flooding-landslide-potential-as-typhoon-mawar-slowly-passes-to-north/XQVEQ2G5EVHJPB2SUOBAQY667I/',
    region: 'asia', topic: 'disaster',
    text: `More than 400 villagers have been evacuated to emergency shelters by Monday in the high-risk coastal communities of Gonzaga and Santa Ana in Cagayan and outlying provinces ahead of the expected onslaught. Other emergency shelters in several northern provinces have been prepared with the expected influx of displaced residents from flood-prone villages, officials said. Classes and office work, except those involved in disaster-preparedness, have been suspended in most of Cagayan and Batanes provinces, where occasional downpours and gusty wind were reported Sunday night.`,
    expected: [L('Gonzaga'), L('Santa Ana'), L('Cagayan'), L('Batanes')],
  },
  // ---------------------------------------------------------------- Nigerian states and local government areas
  {
    source: 'https://punchng.com/gunmen-kill-six-in-fresh-benue-attack/',
    region: 'africa', topic: 'crime',
    text: `Gunmen suspected to be local militias, on Tuesday, launched an attack on the Gugur community in Katsina-Ala Local Government Area of Benue State and killed six people.`,
    expected: [L('Gugur'), L('Katsina-Ala Local Government Area'), L('Benue State')],
    knownLimit: "a village named once as \"the X community\" has no cue (\"community\" also follows ethnic and religious groups)",
  },
  {
    source: 'https://savingpointmedia.com/gunmen-attack-plateau-village-leaving-four-dead-burn-monarchs-house',
    region: 'africa', topic: 'crime',
    text: `Gunmen attacked Dungwel village in Mangu Local Government Area of Plateau State on Sunday evening, resulting in the tragic death of at least four individuals. Shedrack Gambo, a relative of the victims, confirmed the fatalities and noted that others sustained injuries in the attack.`,
    expected: [L('Dungwel'), L('Mangu Local Government Area'), L('Plateau State'), P('Shedrack Gambo')],
  },
  {
    source: 'https://www.mangalorean.com/gunmen-kill-12-villagers-in-nigeria/',
    region: 'africa', topic: 'crime',
    text: `The gunmen, locally known as bandits, raided the Gakurdi village in the Jibia local government area of Katsina on Tuesday morning, said Gambo Isa, the police spokesperson in Katsina, while addressing media in the city of Katsina, the state capital.`,
    expected: [L('Gakurdi'), L('Jibia'), L('Katsina'), P('Gambo Isa')],
  },
  // ---------------------------------------------------------------- Russian oblasts
  {
    source: 'https://tass.com/politics/1834857/amp',
    region: 'europe', topic: 'politics',
    text: `BELGOROD, August 28. /TASS/. The Ukrainian army carried out a drone attack on the village of Novostroyevka-Pervaya in Russia’s borderline Belgorod Region, causing two homes to burn down, Governor Vyacheslav Gladkov said.`,
    expected: [
      L('BELGOROD', 'Belgorod'), O('TASS'), L('Novostroyevka-Pervaya'), L('Russia'), L('Belgorod Region'),
      P('Vyacheslav Gladkov'),
    ],
  },
  {
    source: 'https://euromaidanpress.com/2024/06/25/russia-claims-downing-30-drones-from-ukraine-in-attack-targeting-belgorod-oblast/',
    region: 'europe', topic: 'politics',
    text: `The Russian Ministry of Defense claimed that last night, Ukraine carried out a drone attack on Russia’s two regions, with 29 drones allegedly shot down in Belgorod Oblast adjacent to northwestern Ukraine, and one in the skies of Voronezh Oblast. Vyacheslav Gladkov, the Governor of Belgorod Oblast, stated that the city of Belgorod and the Belgorod district were subjected to a “massive UAV attack,” claiming that one civilian was killed and 15 more were injured, with three in critical condition in intensive care.`,
    expected: [
      O('Ministry of Defense'), L('Ukraine'), L('Russia'), L('Belgorod Oblast'), L('Voronezh Oblast'),
      P('Vyacheslav Gladkov'), L('Belgorod'),
    ],
  },
  {
    source: 'https://european-resilience.org/analytics/visiting-ukraine-occupied-russian-kursk-oblast',
    region: 'europe', topic: 'politics',
    text: `Sudzha is a Russian town and a center of Sudzha district, Kursk oblast, in just 10 kiometers from Ukraine.`,
    expected: [L('Sudzha'), L('Kursk'), L('Ukraine')],
  },
  // ---------------------------------------------------------------- Kenyan counties, South African villages
  {
    source: 'https://www.standardmedia.co.ke/article/2001278656/13-more-killed-in-floods-mudslide',
    region: 'africa', topic: 'disaster',
    text: `In Tana River County, Governor Dhadho Godhana said 11 people were killed in floods. Mr Godhana yesterday revealed the identities of the victims and said power generating company KenGen had caused flooding by opening the gates of their dams at River Tana.`,
    expected: [
      L('Tana River County'), P('Dhadho Godhana'), P('Godhana', 'Dhadho Godhana'), O('KenGen'), L('River Tana'),
    ],
  },
  {
    source: 'https://kenyanews.go.ke/oljorai-flash-flood-victims-resettled',
    region: 'africa', topic: 'disaster',
    text: `Seven people, including four children were killed and six injured in a flash flood that rocked Kambi Hindi village in Ol-jorai in Gilgil Sub County on Monday.`,
    expected: [L('Kambi Hindi'), L('Ol-jorai'), L('Gilgil Sub County')],
  },
  {
    source: 'http://www.nation.co.ke/News/Two-drown-as-floods-death-toll-rises-/-/1056/1762250/-/db4tsk/-/index.html',
    region: 'africa', topic: 'disaster',
    text: `Two people drowned in Turkana County as the death toll from the raging floods climbed to 76 people and 50,000 others left homeless countrywide. The two died after drowning in the seasonal River Kachoda in Turkana North District.`,
    expected: [L('Turkana County'), L('River Kachoda'), L('Turkana North District')],
  },
  {
    source: 'https://newszetu.com/nine-dead-hundreds-displaced-as-rains-wreak-havoc',
    region: 'africa', topic: 'disaster',
    text: `The heavy rains pounding the region left five people dead in Bomet County, two in Bungoma, and one each in Trans Nzoia and West Pokot.`,
    expected: [L('Bomet County'), L('Bungoma'), L('Trans Nzoia'), L('West Pokot')],
    knownLimit: "counties named once after \"in\" with no unit word: \"Bungoma\" is dropped and \"Trans Nzoia\" guessed to be a person",
  },
  {
    source: 'http://www.enca.com/south-africa/limpopo-cops-condemn-ritual-related-crime-incidents',
    region: 'africa', topic: 'crime',
    text: `This followed the illegal exhumation of the body of a 50-year-old man in Tours village in the Sekororo region of the Maake policing area outside Tzaneen, Colonel Moatshe Ngoepe said.`,
    expected: [L('Tours'), L('Sekororo'), L('Maake'), L('Tzaneen'), P('Moatshe Ngoepe')],
    knownLimit: "a village whose name is an English word (\"Tours village\"), a \"policing area\" and a town named once after \"outside\" are not recognised",
  },
  // ---------------------------------------------------------------- Japanese prefectures, Indonesian regencies
  {
    source: 'https://asianews.network/?p=128360',
    region: 'asia', topic: 'disaster',
    text: `A more than 1.2-meter tsunami was observed at 4:21 p.m. in Wajima, Ishikawa Prefecture, according to the Japan Meteorological Agency.`,
    expected: [L('Wajima'), L('Ishikawa Prefecture'), O('Japan Meteorological Agency')],
  },
  {
    source: 'https://japannews.yomiuri.co.jp/society/noto-peninsula-earthquake/20240102-159388/',
    region: 'asia', topic: 'disaster',
    text: `A powerful earthquake with an estimated magnitude of 7.6 hit the Noto area of Ishikawa Prefecture on Monday, centered in the town of Shika. A total of 64 people were confirmed dead in the prefecture, according the Ishikawa prefectural government and the Wajima city government.`,
    expected: [L('Noto'), L('Ishikawa Prefecture'), L('Shika'), L('Ishikawa', 'Ishikawa Prefecture'), L('Wajima')],
  },
  {
    source: 'https://www.japantimes.co.jp/news/2007/03/26/news/hokuriku-quake-kills-one-injures-170/',
    region: 'asia', topic: 'disaster',
    text: `The quake started under the ocean about 30 km southwest of Wajima, shaking up Ishikawa, Toyama and Niigata prefectures and cutting electricity to some 160,000 households. … Wajima resident Kiyomi Miyakoshi, 52, died at a hospital after a stone lantern in her garden collapsed on her during the quake, police in the city said.`,
    expected: [L('Wajima'), L('Ishikawa'), L('Toyama'), L('Niigata'), P('Kiyomi Miyakoshi')],
  },
  {
    source: 'https://observerid.com/cianjur-earthquake-kills-62-not-162-bnpb-clarifies/',
    region: 'asia', topic: 'disaster',
    text: `Most of the deaths were reported from the villages of Rancagoong in Cilau District, Limbagansari in Cianjur District, and Cugenang District. In addition, 25 people are reportedly still being buried under collapsed buildings in Cijedil Village, Cugenang District.`,
    expected: [
      L('Rancagoong'), L('Cilau District'), L('Limbagansari'), L('Cianjur District'), L('Cugenang District'),
      L('Cijedil Village'),
    ],
  },
  {
    source: 'https://www.medcom.id/english/national/4KZPBz0b-death-toll-from-cianjur-earthquake-reaches-56-peoples',
    region: 'asia', topic: 'disaster',
    text: `Bandung: The Indonesian Red Cross (PMI) recorded the death toll from an earthquake with a magnitude of 5.6 in Cianjur Regency, West Java, to 56 peoples.`,
    expected: [L('Bandung'), O('Red Cross'), O('PMI', 'Red Cross'), L('Cianjur Regency'), L('West Java')],
  },
  {
    source: 'https://24newsbulletin.com/world/28223.html',
    region: 'asia', topic: 'disaster',
    text: `The United States Geological Survey (USGS), which tracks seismic activity around the world, recorded the earthquake at 1:21 p.m. (6:21 a.m. in Lisbon), placing the epicenter at 10.2 miles (16.7 kilometers) from the city of Cianjur, which has a population of about 170,000 people.`,
    expected: [
      O('United States Geological Survey'), O('USGS', 'United States Geological Survey'), L('Lisbon'), L('Cianjur'),
    ],
  },
];
