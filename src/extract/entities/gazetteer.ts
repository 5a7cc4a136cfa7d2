// Word lists for the entity extractor: what compromise's lexicon does not know or knows wrongly for
// news. Keys are lower-case; canonical names are the form a reader expects in the entities table.
import type { EntityLabel } from '../../types.js';

export interface GazetteerEntry {
  label: EntityLabel;
  canonical: string;
}

const entries = (label: EntityLabel, names: string[]): [string, GazetteerEntry][] =>
  names.map((n) => [n.toLowerCase(), { label, canonical: n }]);
const aliases = (label: EntityLabel, canonical: string, forms: string[]): [string, GazetteerEntry][] =>
  forms.map((f) => [f.toLowerCase(), { label, canonical }]);

// Countries are also in compromise's lexicon; listing them keeps the canonical spelling ours.
const COUNTRIES = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin',
  'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Bosnia', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria',
  'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Central African Republic',
  'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Democratic Republic of Congo',
  'Democratic Republic of the Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia',
  'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic', 'East Timor', 'Timor-Leste', 'Ecuador', 'Egypt',
  'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland',
  'France', 'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea',
  'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq',
  'Ireland', 'Israel', 'Italy', 'Ivory Coast', "Cote d'Ivoire", 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan',
  'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia',
  'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali',
  'Malta', 'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro',
  'Morocco', 'Mozambique', 'Myanmar', 'Burma', 'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'New Zealand',
  'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau',
  'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar',
  'Romania', 'Russia', 'Rwanda', 'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles',
  'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa',
  'South Korea', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria',
  'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey',
  'Turkiye', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom',
  'United States', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia',
  'Zimbabwe', 'Korea', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'Hong Kong', 'Macau', 'Greenland', 'Puerto Rico',
];

// Regions the lexicon lacks or tags as plain nouns ("east asia" has no tag).
const REGIONS = [
  'East Asia', 'Southeast Asia', 'South Asia', 'Central Asia', 'West Asia', 'Northeast Asia', 'Asia',
  'Asia-Pacific', 'Asia Pacific', 'Middle East', 'Near East', 'Far East', 'Europe', 'Western Europe',
  'Eastern Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Africa', 'North Africa',
  'West Africa', 'East Africa', 'Southern Africa', 'Central Africa', 'Sub-Saharan Africa', 'Horn of Africa',
  'Sahel', 'Latin America', 'South America', 'North America', 'Central America', 'Caribbean', 'Americas',
  'Balkans', 'Baltics', 'Scandinavia', 'Nordics', 'Caucasus', 'Persian Gulf', 'Gulf', 'Arctic', 'Antarctica',
  'Oceania', 'Pacific', 'Atlantic', 'Mediterranean', 'Korean Peninsula', 'Gaza', 'Gaza Strip', 'West Bank',
  'Golan Heights', 'Crimea', 'Donbas', 'Donbass', 'Kashmir', 'Tibet', 'Xinjiang', 'Siberia', 'Darfur',
  'Kurdistan', 'Catalonia', 'Bavaria', 'Patagonia', 'Silicon Valley', 'Wall Street',
  'South China Sea', 'East China Sea', 'Taiwan Strait', 'Red Sea', 'Black Sea', 'Baltic Sea', 'Sea of Japan',
  'Yellow Sea', 'Strait of Hormuz', 'Gulf of Aden', 'Gulf of Mexico', 'Suez Canal', 'Panama Canal',
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Punjab', 'Sindh', 'Balochistan', 'Khyber Pakhtunkhwa',
  'Kerala', 'Karnataka', 'Tamil Nadu', 'Maharashtra', 'Uttar Pradesh', 'Bihar', 'West Bengal', 'Gujarat',
  'Ontario', 'Quebec', 'Alberta', 'British Columbia', 'Queensland', 'New South Wales', 'Victoria state',
  'Eurozone', 'Euro Zone', 'Gyeonggi', 'Gyeonggi Province', 'Jeju', 'Jeju Island', 'Gangwon', 'Gangnam',
  'Rafah', 'Khan Younis', 'Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Bakhmut', 'Avdiivka',
  'Pokrovsk', 'Kursk', 'Belgorod', 'Idlib', 'Aleppo', 'Homs', 'Mosul', 'Basra', 'Erbil', 'Kirkuk',
  'Najaf', 'Karbala', 'Fallujah', 'Sanaa', "Sana'a", 'Aden', 'Hodeidah', 'Tripoli', 'Benghazi', 'Khartoum',
  'Omdurman', 'El Fasher', 'Goma', 'Kinshasa', 'Mogadishu', 'Addis Ababa', 'Nairobi', 'Kampala',
  'Dar es Salaam', 'Abuja', 'Lagos', 'Accra', 'Dakar', 'Bamako', 'Johannesburg', 'Pretoria', 'Cape Town',
  'Harare', 'Lusaka', 'Luanda', 'Kigali', 'Juba', 'Sahara', 'Incheon', 'Busan', 'Daegu', 'Daejeon',
  'Gwangju', 'Ulsan', 'Sejong', 'Suwon', 'Changwon', 'Pyongyang', 'Panmunjom', 'Kaesong',
];

const CITIES = [
  'Seoul', 'Tokyo', 'Beijing', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Wuhan', 'Taipei', 'Osaka', 'Manila',
  'Jakarta', 'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Kuala Lumpur', 'New Delhi', 'Delhi', 'Mumbai',
  'Karachi', 'Islamabad', 'Lahore', 'Kabul', 'Dhaka', 'Colombo', 'Kathmandu', 'Tehran', 'Baghdad', 'Damascus',
  'Beirut', 'Amman', 'Jerusalem', 'Tel Aviv', 'Riyadh', 'Jeddah', 'Doha', 'Dubai', 'Abu Dhabi', 'Muscat',
  'Kuwait City', 'Ankara', 'Istanbul', 'Cairo', 'Moscow', 'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv',
  'Minsk', 'Warsaw', 'Berlin', 'Paris', 'London', 'Brussels', 'Strasbourg', 'The Hague', 'Amsterdam',
  'Madrid', 'Barcelona', 'Lisbon', 'Rome', 'Milan', 'Vienna', 'Geneva', 'Zurich', 'Davos', 'Stockholm',
  'Oslo', 'Copenhagen', 'Helsinki', 'Athens', 'Budapest', 'Prague', 'Bucharest', 'Sofia', 'Belgrade',
  'Washington', 'New York', 'New York City', 'Los Angeles', 'Chicago', 'San Francisco', 'Houston', 'Miami',
  'Boston', 'Seattle', 'Atlanta', 'Dallas', 'Detroit', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver',
  'Mexico City', 'Havana', 'Caracas', 'Bogota', 'Bogotá', 'Lima', 'Quito', 'Santiago', 'Buenos Aires',
  'Brasilia', 'Brasília', 'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Montevideo', 'La Paz', 'Sydney',
  'Melbourne', 'Canberra', 'Wellington', 'Auckland', 'Singapore', 'Hong Kong', 'Macau', 'Kisumu', 'Mombasa',
  'Port Harcourt', 'Maiduguri', 'Kumasi', 'Ouagadougou', 'Niamey', 'Ndjamena', "N'Djamena", 'Port Sudan',
  'Asmara', 'Bukavu', 'Lubumbashi', 'Maputo', 'Gaborone', 'Antananarivo', 'Casablanca', 'Alexandria', 'Aswan',
  'Peshawar', 'Quetta', 'Herat', 'Pune', 'Srinagar', 'Naypyitaw', 'Vientiane', 'Da Nang', 'Davao', 'Bali',
  'Lhasa', 'Fukuoka', 'Hiroshima', 'Okinawa', 'Astana', 'Bishkek', 'Ramallah', 'Hebron', 'Jenin', 'Nablus',
  'Manama', 'Dnipro', 'Mariupol', 'St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Kazan', 'Chisinau',
  'Pristina', 'Houston', 'Las Vegas', 'Monterrey', 'Santiago', 'Port-au-Prince', 'Panama City', 'Managua',
  'Guatemala City', 'Sydney', 'Adelaide', 'Suva', 'Port Moresby', 'Washington D.C.', 'Washington, D.C.',
];


// Organisations a news story names without any cue: agencies, outlets, blocs, companies.
const ORGS = [
  'Reuters', 'Yonhap', 'AFP', 'Agence France-Presse', 'Associated Press', 'AP', 'Xinhua', 'Kyodo', 'Kyodo News',
  'Jiji', 'Jiji Press', 'Bloomberg', 'BBC', 'CNN', 'CNBC', 'NPR', 'NHK', 'KBS', 'MBC', 'SBS', 'JTBC', 'YTN',
  'Al Jazeera', 'Al Arabiya', 'TASS', 'RIA Novosti', 'Interfax', 'Anadolu', 'Anadolu Agency', 'ANI', 'PTI',
  'IANS', 'dpa', 'EFE', 'ANSA', 'KCNA', 'Bernama', 'Antara', 'WAFA', 'IRNA', 'Tasnim', 'ISNA', 'Fars', 'Sputnik',
  'Euronews', 'Deutsche Welle', 'DW', 'France 24', 'Le Monde', 'Der Spiegel', 'The Guardian', 'Guardian',
  'New York Times', 'The New York Times', 'Washington Post', 'The Washington Post', 'Wall Street Journal',
  'The Wall Street Journal', 'Financial Times', 'The Economist', 'Politico', 'Axios', 'Fox News', 'Sky News',
  'JoongAng Ilbo', 'Chosun Ilbo', 'Dong-A Ilbo', 'Hankyoreh', 'Korea Herald', 'The Korea Herald', 'Korea Times',
  'The Korea Times', 'Nikkei', 'South China Morning Post', 'Global Times', "People's Daily", 'Times of India',
  'Hindustan Times', 'China Daily', 'Dawn', 'Haaretz', 'Times of Israel', 'The Times of Israel',
  'United Nations', 'UN', 'U.N.', 'European Union', 'EU', 'E.U.', 'NATO', 'Nato', 'World Health Organization',
  'WHO', 'World Bank', 'IMF', 'International Monetary Fund', 'OPEC', 'OPEC+', 'ASEAN', 'African Union', 'AU',
  'Arab League', 'G7', 'G20', 'BRICS', 'WTO', 'World Trade Organization', 'OECD', 'UNICEF', 'UNHCR', 'UNRWA',
  'UNESCO', 'IAEA', 'ICC', 'ICJ', 'Interpol', 'Europol', 'Red Cross', 'Red Crescent', 'Amnesty International',
  'Human Rights Watch', 'Greenpeace', 'Kremlin', 'Pentagon', 'White House', 'Congress', 'Knesset', 'Duma',
  'State Duma', 'Bundestag', 'Politburo', 'Hamas', 'Hezbollah', 'Taliban', 'Houthis', 'Islamic State', 'ISIS',
  'ISIL', 'al-Qaeda', 'al Qaeda', 'Al-Qaeda', 'al-Shabaab', 'Al-Shabaab', 'Boko Haram', 'Wagner', 'FBI',
  'CIA', 'NSA', 'NASA', 'SEC', 'FIFA', 'UEFA', 'IOC', 'Google', 'Alphabet', 'Microsoft', 'Meta', 'Facebook',
  'Instagram', 'WhatsApp', 'TikTok', 'ByteDance', 'YouTube', 'Twitter', 'OpenAI', 'Anthropic',
  'Nvidia', 'Intel', 'AMD', 'Qualcomm', 'Tesla', 'SpaceX', 'Huawei', 'Alibaba', 'Tencent', 'Baidu', 'Xiaomi',
  'Samsung', 'Hyundai', 'Kia', 'LG', 'SK Hynix', 'Kakao', 'Naver', 'Coupang', 'Toyota', 'Sony', 'Honda',
  'Nissan', 'SoftBank', 'Volkswagen', 'BMW', 'Mercedes-Benz', 'Airbus', 'Boeing', 'Aramco', 'Saudi Aramco',
  'Gazprom', 'Rosneft', 'HSBC', 'Barclays', 'JPMorgan', 'JPMorgan Chase', 'Goldman Sachs', 'Morgan Stanley',
  'Citigroup', 'BlackRock', 'Pfizer', 'Moderna', 'AstraZeneca', 'Netflix', 'Uber', 'Amazon', 'Apple',
  'Shell', 'BP', 'ExxonMobil', 'Chevron', 'TotalEnergies', 'Glencore', 'Vale', 'Petrobras', 'Pemex',
  'Reliance', 'Tata', 'Infosys', 'Emirates', 'Qatar Airways', 'Lufthansa', 'Ryanair', 'Arsenal',
  'Real Madrid', 'Juventus', 'Bayern Munich', 'Manchester City', 'Manchester United', 'Mossad', 'Shin Bet',
  'Kurdistan24', 'Hostages and Missing Families Forum', 'European Parliament', 'European Commission',
  'European Council', 'European Central Bank', 'European Court of Justice', 'European Court of Human Rights',
  // football clubs named "<town> City/Town/County": without them the place suffixes below would make
  // "Leicester City" a place
  'Leicester City', 'Stoke City', 'Hull City', 'Bristol City', 'Norwich City', 'Cardiff City', 'Swansea City',
  'Birmingham City', 'Coventry City', 'Bradford City', 'Exeter City', 'Lincoln City', 'Melbourne City',
  'Orlando City', 'Ipswich Town', 'Luton Town', 'Huddersfield Town', 'Derby County', 'Notts County',
  'Stockport County',
];

const MISC = ['Olympics', 'Olympic Games', 'Paralympics', 'World Cup', 'Champions League', 'Premier League', 'Nobel Prize'];

// Where the lexicon's entry clashes with news use (a city that is also a club, a bloc that is a word).
const OVERRIDES: [string, GazetteerEntry][] = [
  ...aliases('PLACE', 'United States', ['U.S.', 'US', 'USA', 'U.S.A.', 'United States of America']),
  ...aliases('PLACE', 'United Kingdom', ['U.K.', 'UK', 'Britain', 'Great Britain']),
  ...aliases('PLACE', 'South Korea', ['S. Korea', 'S.Korea', 'Republic of Korea', 'ROK']),
  ...aliases('PLACE', 'North Korea', ['N. Korea', 'N.Korea', 'DPRK']),
  ...aliases('PLACE', 'United Arab Emirates', ['UAE', 'U.A.E.']),
  ...aliases('PLACE', 'Democratic Republic of Congo', ['DRC', 'DR Congo', 'Democratic Republic of the Congo']),
  ...aliases('PLACE', 'Russia', ['Russian Federation']),
  ...aliases('PLACE', 'Turkey', ['Turkiye', 'Türkiye']),
  ...aliases('PLACE', 'Kyiv', ['Kiev']),
  ...aliases('PLACE', 'Washington D.C.', ['DC', 'D.C.', 'Washington, D.C.']),
  ...aliases('PLACE', 'Ivory Coast', ["Cote d'Ivoire", "Côte d'Ivoire"]),
  ...aliases('PLACE', 'Myanmar', ['Burma']),
  // US states in datelines ("RANDOLPH COUNTY, N.C. —"): only the dotted forms, which are no other word
  ...aliases('PLACE', 'North Carolina', ['N.C.']),
  ...aliases('PLACE', 'South Carolina', ['S.C.']),
  ...aliases('PLACE', 'New York', ['N.Y.']),
  ...aliases('PLACE', 'New Jersey', ['N.J.']),
  ...aliases('PLACE', 'New Hampshire', ['N.H.']),
  ...aliases('PLACE', 'New Mexico', ['N.M.']),
  ...aliases('PLACE', 'North Dakota', ['N.D.']),
  ...aliases('PLACE', 'South Dakota', ['S.D.']),
  ...aliases('PLACE', 'Rhode Island', ['R.I.']),
  ...aliases('ORG', 'United Nations', ['UN', 'U.N.']),
  ...aliases('ORG', 'European Union', ['EU', 'E.U.']),
  ...aliases('ORG', 'NATO', ['Nato']),
  ...aliases('ORG', 'AFP', ['Agence France-Presse', 'Agence France Presse']),
  ...aliases('ORG', 'Associated Press', ['AP']),
  ...aliases('ORG', 'Islamic State', ['ISIS', 'ISIL']),
  ...aliases('ORG', 'al-Qaeda', ['al Qaeda', 'Al-Qaeda', 'Al Qaeda']),
  ...aliases('ORG', 'al-Shabaab', ['Al-Shabaab', 'al Shabaab']),
  ...aliases('ORG', 'World Health Organization', ['WHO']),
  ...aliases('ORG', 'International Monetary Fund', ['IMF']),
  ...aliases('ORG', 'The New York Times', ['New York Times']),
  ...aliases('ORG', 'The Washington Post', ['Washington Post']),
  ...aliases('ORG', 'The Wall Street Journal', ['Wall Street Journal']),
  ...aliases('ORG', 'The Guardian', ['Guardian']),
  ...aliases('ORG', 'The Korea Herald', ['Korea Herald']),
  ...aliases('ORG', 'The Korea Times', ['Korea Times']),
  ...aliases('ORG', 'Saudi Aramco', ['Aramco']),
];

const GAZETTEER = new Map<string, GazetteerEntry>([
  ...entries('PLACE', COUNTRIES),
  ...entries('PLACE', REGIONS),
  ...entries('PLACE', CITIES),
  ...entries('ORG', ORGS),
  ...entries('MISC', MISC),
  ...OVERRIDES,
]);

/** A name the gazetteer knows, by its lower-cased surface form ("s. korea", "reuters", "east asia"). */
export const gazetteerLookup = (phrase: string): GazetteerEntry | undefined => GAZETTEER.get(phrase.toLowerCase());
/** The same for a phrase already lower-cased. */
export const gazetteerGet = (lower: string): GazetteerEntry | undefined => GAZETTEER.get(lower);

/** Longest gazetteer phrase, in words, worth trying. */
export const GAZETTEER_MAX_WORDS = 6;

/**
 * Gazetteer words that are also ordinary English words: they count only where the case is
 * telling (mid-sentence), never at the start of a sentence ("Apple shares", but "Amazon" the river).
 */
export const AMBIGUOUS_GAZETTEER = new Set([
  'amazon', 'apple', 'shell', 'meta', 'vale', 'reliance', 'dawn', 'emirates', 'guardian', 'gulf', 'pacific',
  'atlantic', 'chad', 'jordan', 'georgia', 'turkey', 'guinea', 'niger', 'congress', 'wagner', 'fars', 'sec',
  'eid', 'tata', 'uber', 'arsenal', 'liverpool', 'chelsea', 'barcelona', 'kia',
]);

// Last words that make a capitalised phrase an organisation: "National Police Agency", "Inha University".
export const ORG_SUFFIX = new Set([
  'ministry', 'commission', 'agency', 'university', 'union', 'party', 'office', 'bureau', 'court', 'bank',
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh', 'ag', 'sa',
  'group', 'holdings', 'company', 'companies', 'council', 'committee', 'association', 'institute',
  'institution', 'foundation', 'federation', 'confederation', 'league', 'club', 'fc', 'department', 'board',
  'authority', 'administration', 'organization', 'organisation', 'fund', 'assembly', 'parliament', 'senate',
  'congress', 'service', 'services', 'police', 'army', 'navy', 'force', 'forces', 'guard', 'guards', 'corps',
  'command', 'brigade', 'brigades', 'battalion', 'regiment', 'academy', 'college', 'school', 'hospital',
  'clinic', 'church', 'mosque', 'front', 'movement', 'alliance', 'coalition', 'exchange', 'reserve',
  'tribunal', 'prosecutors', 'prosecution', 'airlines', 'airline', 'airways', 'air', 'motors', 'motor',
  'electronics', 'technologies', 'technology', 'systems', 'networks', 'network', 'media', 'news', 'times',
  'post', 'herald', 'journal', 'ilbo', 'broadcasting', 'telecom', 'energy', 'petroleum', 'oil', 'steel',
  'chemical', 'chemicals', 'pharmaceuticals', 'pharma', 'bancorp', 'securities', 'capital', 'partners',
  'investments', 'insurance', 'industries', 'industry', 'labs', 'laboratories', 'studios', 'entertainment',
  'enterprises', 'electric', 'dynamics', 'mills', 'museum', 'forum', 'investment', 'investments', 'trust', 'society', 'centre', 'center', 'unit', 'squad', 'team', 'taskforce',
  'secretariat', 'directorate', 'inspectorate', 'observatory', 'watch',
  // "United States Geological Survey", "British Geological Survey" (weak: "Household Survey" is no name)
  'survey', 'products',
  'united', 'rovers', 'wanderers', 'athletic', 'hotspur', 'legislature',
]);

/**
 * Last words of administrative units. A single word before one of these is usually how the same
 * place is named again ("Haidong City" ... "in Haidong"); see aliases.ts. Not "state": "Niger State"
 * is not Niger, "Kaduna State" not the city of Kaduna.
 */
export const ADMIN_UNITS = new Set([
  'province', 'county', 'district', 'prefecture', 'region', 'oblast', 'governorate', 'territory', 'city',
  'town', 'township', 'village', 'municipality', 'borough', 'parish', 'commune', 'canton', 'emirate', 'krai',
  'kray', 'okrug', 'raion', 'rayon', 'tehsil', 'taluk', 'taluka', 'lga', 'barangay', 'regency', 'upazila',
  'subcounty', 'sub-county', 'constituency',
]);

/**
 * First words that make a capitalised phrase a place: "Barangay Masara" (a Philippine village),
 * "Mount Kenya", "Lake Chad", "River Tana", "Fort Bragg". Institutions named after them end in an
 * organisation word and are caught first ("Mount Sinai Hospital").
 */
export const PLACE_PREFIX = new Set(['barangay', 'brgy.', 'mount', 'mt.', 'lake', 'river', 'fort']);

// Last words that make a capitalised phrase a place: "Nnamdi Azikiwe International Airport", "Kaduna State".
export const PLACE_SUFFIX = new Set([
  'airport', 'square', 'bridge', 'river', 'mountains', 'mountain', 'island', 'islands', 'lake', 'valley',
  'peninsula', 'desert', 'canal', 'strait', 'province', 'county', 'district', 'state', 'region', 'prefecture',
  'oblast', 'governorate', 'territory', 'street', 'avenue', 'boulevard', 'stadium', 'arena', 'park', 'beach',
  'coast', 'bay', 'sea', 'ocean', 'gulf', 'harbour', 'harbor', 'hills', 'heights', 'plateau', 'basin', 'delta',
  'falls', 'station', 'highway', 'camp', 'mall', 'palace', 'villa', 'plaza',
  // administrative units: "Chenjia Village", "Haidong City", "Liugou Township" (China), "Bama Local
  // Government Area" (Nigeria), "Kaski District" (Nepal), "Talbot County" (US), "Primorsky Krai"
  // (Russia). A name that ends in one of these is a place whatever the words before it look like: an
  // unknown word before "Village" is not a person's name.
  ...ADMIN_UNITS,
  'area', 'subdistrict', 'sub-district', 'settlement', 'hamlet', 'suburb', 'creek', 'forest', 'reservoir',
  'dam', 'canyon', 'gorge', 'volcano', 'archipelago', 'atoll', 'lagoon', 'glacier', 'isles', 'highlands',
  'plains', 'straits', 'estuary', 'oasis', 'road',
]);

/** Suffixes that are also ordinary words and need a longer phrase: "Air" alone is not a company. */
export const WEAK_ORG_SUFFIX = new Set([
  'air', 'post', 'times', 'news', 'media', 'united', 'capital', 'energy', 'oil', 'steel', 'trust', 'watch', 'team',
  'unit', 'front', 'motor', 'investment', 'technology', 'industry', 'society', 'center', 'centre', 'network', 'service',
  'services', 'group', 'exchange', 'reserve', 'command', 'guard', 'force', 'forces', 'movement', 'alliance',
  'coalition', 'partners', 'labs', 'systems', 'insurance', 'chemical', 'police', 'army', 'navy', 'survey',
  'products',
]);

// Heads that take "of": "Ministry of Education", "Democratic Party of Korea", "Bank of Korea".
export const ORG_OF_HEADS = new Set([
  'ministry', 'department', 'university', 'bank', 'party', 'office', 'bureau', 'council', 'court', 'commission',
  'committee', 'institute', 'association', 'federation', 'league', 'union', 'agency', 'board', 'house', 'chamber',
  'college', 'academy', 'school', 'church', 'organization', 'organisation', 'society', 'fund', 'corps', 'army',
  'navy', 'command', 'centre', 'center', 'conference', 'congress', 'assembly', 'parliament', 'government',
  'cabinet', 'administration', 'authority', 'federal', 'secretariat', 'directorate', 'museum', 'friends',
  'coalition', 'alliance', 'movement', 'front', 'brotherhood', 'guardians', 'order', 'tribunal', 'service',
  'services', 'corporation', 'company', 'bar', 'group',
]);
/** Heads that take "on": "Committee on Foreign Relations", "Conference on African Development". */
export const ORG_ON_HEADS = new Set(['conference', 'committee', 'commission', 'council', 'forum', 'summit', 'convention', 'panel', 'subcommittee', 'institute', 'centre', 'center']);
export const PLACE_OF_HEADS = new Set([
  'republic', 'kingdom', 'gulf', 'bay', 'sea', 'strait', 'straits', 'isle', 'isles', 'islands', 'province',
  'state', 'states', 'city', 'county', 'district', 'region', 'cape', 'lake', 'mount', 'port', 'horn',
]);

// Last words of laws, treaties, wars and events (MISC): "Sexual Violence Prevention and Victim Protection Act".
export const MISC_SUFFIX = new Set([
  'act', 'treaty', 'accord', 'accords', 'agreement', 'convention', 'protocol', 'declaration', 'war', 'olympics',
  'games', 'cup', 'championship', 'championships', 'prize', 'award', 'awards', 'summit', 'festival', 'expo',
  'doctrine', 'initiative', 'plan', 'law', 'bill', 'code', 'constitution', 'charter', 'marathon', 'prix', 'statute',
  'revolution', 'uprising', 'papers', 'leaks', 'files',
]);
/** MISC suffixes that need at least two words before them ("Victim Protection Act" yes, "Open" no). */
export const MISC_SUFFIX_LONG = new Set(['plan', 'law', 'bill', 'code', 'initiative', 'summit', 'festival', 'constitution', 'charter', 'doctrine', 'revolution', 'uprising']);

// Roles and honorifics before a name: clues, never part of it ("President Yoon", "Commissioner Cho Ji-ho").
// Multi-word titles are matched first; all are compared lower-case on capitalised tokens.
export const TITLES: string[][] = [
  'president', 'vice president', 'vice-president', 'president-elect', 'prime minister', 'deputy prime minister',
  'minister', 'foreign minister', 'defence minister', 'defense minister', 'finance minister',
  'interior minister', 'justice minister', 'health minister', 'education minister', 'economy minister',
  'trade minister', 'energy minister', 'industry minister', 'labour minister', 'labor minister',
  'culture minister', 'unification minister', 'sports minister', 'environment minister', 'science minister',
  'agriculture minister', 'transport minister', 'finance secretary', 'home secretary', 'foreign secretary',
  'chief secretary', 'minister-president', 'secretary', 'secretary of state', 'secretary-general',
  'secretary general', 'under secretary', 'undersecretary', 'chancellor', 'vice chancellor', 'king', 'queen',
  'prince', 'princess', 'crown prince', 'emperor', 'empress', 'pope', 'sheikh', 'sheik', 'emir', 'sultan',
  'ayatollah', 'grand ayatollah', 'supreme leader', 'imam', 'rabbi', 'bishop', 'archbishop', 'cardinal',
  'reverend', 'rev', 'rev.', 'senator', 'sen', 'sen.', 'representative', 'rep', 'rep.', 'congressman',
  'congresswoman', 'assemblyman', 'assemblywoman', 'lawmaker', 'legislator', 'governor', 'gov', 'gov.',
  'lieutenant governor', 'mayor', 'lord mayor', 'deputy mayor', 'lt', 'lt.', 'lieutenant', 'general', 'gen',
  'gen.', 'lt. gen.', 'maj. gen.', 'brig. gen.', 'major general', 'lieutenant general', 'brigadier general',
  'colonel', 'col', 'col.', 'lieutenant colonel', 'lt. col.', 'major', 'maj', 'maj.', 'captain', 'capt',
  'capt.', 'sergeant', 'sgt', 'sgt.', 'admiral', 'adm', 'adm.', 'vice admiral', 'rear admiral', 'marshal',
  'field marshal', 'commander', 'cmdr', 'cmdr.', 'commissioner', 'police commissioner', 'chief',
  'police chief', 'army chief', 'chief executive', 'chief executive officer', 'ceo', 'cfo', 'coo', 'cto',
  'chief operating officer', 'chief financial officer', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'vice chairman', 'co-chair', 'director', 'director-general', 'director general', 'managing director',
  'executive director', 'judge', 'justice', 'chief justice', 'attorney general', 'attorney-general',
  'prosecutor', 'prosecutor general', 'prosecutor-general', 'public prosecutor', 'special counsel',
  'ambassador', 'envoy', 'special envoy', 'consul', 'spokesman', 'spokeswoman', 'spokesperson', 'speaker',
  'house speaker', 'leader', 'opposition leader', 'majority leader', 'minority leader', 'premier', 'deputy',
  'pm', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'mx.', 'miss', 'professor', 'prof', 'prof.',
  'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'countess', 'duke', 'duchess', 'coach',
  'head coach', 'manager', 'founder', 'co-founder', 'governor-general', 'inspector', 'chief inspector',
  'detective', 'superintendent', 'chief superintendent', 'constable', 'officer', 'agent', 'general secretary',
  'party secretary', 'party chief', 'mufti', 'grand mufti', 'patriarch', 'metropolitan', 'president and ceo',
  'chief economist', 'economist', 'analyst', 'editor', 'editor-in-chief', 'anchor', 'correspondent',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'skipper', 'captain',
  'chief of staff', 'national security adviser', 'national security advisor', 'adviser', 'advisor', 'first lady',
  'inspector general', 'inspector-general', 'inspector general of police', 'executive director', 'senior adviser',
  'senior advisor', 'special adviser', 'special advisor', 'ex-president', 'ex-prime minister', 'ex-minister',
  'activist', 'candidate', 'nominee', 'dictator', 'warlord', 'comrade', 'marshal', 'saint', 'st.',
  'his royal highness', 'her royal highness', 'his majesty', 'her majesty', 'his excellency', 'her excellency',
  'his holiness', 'royal highness', 'highness', 'majesty', 'excellency',
  // local officials in US, Indian and Kenyan news: "Rusk County Sheriff Johnwayne Valdez", "Graves County
  // Coroner Brad Jones", "Wayanad district Collector Meghasree", "Kerala Chief Minister Pinarayi Vijayan"
  'sheriff', 'coroner', 'collector', 'district collector', 'chief minister', 'deputy commissioner', 'county commissioner',
].map((t) => t.split(' '));

/** Words that may stand before a title and belong to it: "Former President", "Acting Mayor". */
export const TITLE_MODIFIERS = new Set([
  'former', 'acting', 'interim', 'deputy', 'vice', 'senior', 'assistant', 'associate', 'late', 'then',
  'ex', 'incoming', 'outgoing', 'new', 'chief', 'first', 'second', 'top', 'retired', 'current', 'sitting',
]);

/** Titles of office holders in government, whose modifier is a country or demonym ("South Korean President"). */
export const POLITICAL_TITLES = new Set([
  'president', 'vice', 'prime', 'deputy', 'minister', 'foreign', 'defence', 'defense', 'finance', 'interior',
  'justice', 'health', 'education', 'economy', 'trade', 'energy', 'secretary', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'crown', 'emperor', 'empress', 'his', 'her', 'royal', 'highness', 'majesty', 'excellency', 'senator', 'governor', 'mayor', 'ambassador', 'envoy', 'premier', 'leader',
  'supreme', 'general', 'lieutenant', 'colonel', 'major', 'admiral', 'marshal', 'commander', 'speaker',
  'president-elect', 'home', 'attorney', 'unification', 'culture', 'labour', 'labor', 'industry', 'sports',
  'environment', 'science', 'agriculture', 'transport', 'emir', 'sultan', 'sheikh', 'opposition', 'first',
  'national', 'presidential', 'lawmaker', 'legislator', 'ayatollah', 'grand', 'chief', 'army', 'police',
  'dictator', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'skipper', 'captain',
  'coach', 'head', 'manager', 'activist', 'candidate', 'nominee', 'analyst', 'economist', 'editor',
]);

// Capitalised institution words that name nothing in particular on their own ("the Cabinet", "Police").
export const GENERIC_INSTITUTIONS = new Set([
  'cabinet', 'government', 'parliament', 'president', 'presidency', 'police', 'army', 'navy', 'military',
  'court', 'ministry', 'committee', 'commission', 'agency', 'council', 'assembly', 'senate', 'legislature',
  'administration', 'department', 'office', 'bureau', 'union', 'party', 'state', 'republic', 'kingdom',
  'constitution', 'church', 'university', 'college', 'school', 'city', 'province', 'region', 'county',
  'district', 'capital', 'crown', 'opposition', 'coalition', 'regime', 'junta', 'prosecution',
  'prosecutors', 'authorities', 'authority', 'officials', 'justice', 'supreme', 'federal', 'national',
  'central', 'board', 'group', 'company', 'bank', 'exchange', 'internet', 'web', 'earth', 'moon', 'sun',
  'god', 'allah', 'lord', 'minister', 'premier', 'chancellor', 'mayor', 'governor', 'house', 'chamber',
  'tribunal', 'service', 'force', 'forces', 'guard', 'fund', 'institute', 'foundation', 'association',
  'prime', 'deputy', 'secretary', 'chairman', 'chair', 'director', 'commissioner', 'spokesman', 'spokeswoman',
  'spokesperson', 'speaker', 'leader', 'senator', 'ambassador', 'envoy', 'king', 'queen', 'prince',
  'princess', 'emperor', 'pope', 'sheikh', 'general', 'colonel', 'judge', 'chief', 'ceo', 'founder',
  'policy', 'nation', 'people', 'public',
]);

// All-caps words that are not organisations: units, currencies, tech and economics shorthand.
export const STOP_ACRONYMS = new Set([
  'AI', 'AGI', 'CEO', 'CFO', 'COO', 'CTO', 'CIO', 'VP', 'SVP', 'EVP', 'MD', 'PM', 'AM', 'TV', 'GDP', 'GNP', 'CPI',
  'PPI', 'PMI', 'IPO', 'ETF', 'NFT', 'EV', 'EVS', 'SUV', 'UAV', 'ICBM', 'IRBM', 'SLBM', 'DNA', 'RNA', 'HIV',
  'AIDS', 'COVID', 'SARS', 'MERS', 'CCTV', 'GPS', 'SMS', 'MMS', 'VPN', 'IP', 'IT', 'ID', 'IDS', 'PC', 'PCS',
  'OK', 'USB', 'LED', 'LCD', 'OLED', 'CPU', 'GPU', 'RAM', 'SSD', 'HDD', 'API', 'APP', 'URL', 'PDF', 'FAQ', 'HTML',
  'HTTP', 'HTTPS', 'WWW', 'QR', 'LGBT', 'LGBTQ', 'LGBTQ+', 'LGBTQI', 'MP', 'MPS', 'MEP', 'MEPS', 'NGO', 'NGOS',
  'VIP', 'VIPS', 'BC', 'AD', 'BCE', 'CE', 'UTC', 'GMT', 'EST', 'EDT', 'PST', 'PDT', 'KST', 'CET', 'CEST', 'BST',
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'KRW', 'INR', 'RUB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD',
  'THB', 'IDR', 'MYR', 'PHP', 'VND', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'ZAR', 'NGN', 'KES', 'EGP',
  'TRY', 'SAR', 'AED', 'QAR', 'KWD', 'ILS', 'IRR', 'IQD', 'PKR', 'BDT', 'UAH', 'PLN', 'CZK', 'HUF', 'SEK', 'NOK',
  'DKK', 'BTC', 'ETH', 'USDT', 'KM', 'KG', 'MM', 'CM', 'KW', 'MW', 'GW', 'KWH', 'MWH', 'GWH', 'MPH', 'KPH',
  'SQ', 'FT', 'LB', 'LBS', 'OZ', 'HR', 'PR', 'RSVP', 'ASAP', 'DIY', 'FYI', 'TBA', 'TBD', 'NB', 'PS', 'RIP',
  'OMG', 'LOL', 'ESG', 'B2B', 'B2C', 'M&A', 'R&D', 'Q&A', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'YOY',
  'MOU', 'FTA', 'VAT', 'GST', 'KPI', 'ROI', 'EPS', 'P2P', 'LNG', 'LPG', 'CO2', 'PPE', 'ICU', 'ER', 'OB', 'ADHD',
  'PTSD', 'STEM', 'MBA', 'PHD', 'BA', 'BSC', 'MSC', 'NB', 'ATM', 'POS', 'ISP', 'OS', 'IOS', 'SIM', 'ESIM',
  'VR', 'AR', 'XR', 'NSFW', 'CSAM', 'DM', 'DMS', 'FOMO', 'WIFI', 'BBQ', 'DJ', 'MC', 'TBC', 'ETA', 'AKA',
  'OTT', 'UHD', 'HD', 'SD', 'MRI', 'CT', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X',
  'XI', 'XII', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U',
  'W', 'Y', 'Z', 'AP-NORC',
  // road designations before their number: "CR 4125" (county road), "SR 20" (state road)
  'CR', 'SR',
]);

// Korean and Chinese surnames: a name that starts with one is written surname first ("Cho Ji-ho",
// "Yoon Suk Yeol", "Xi Jinping"), so its short form is the FIRST word.
export const EAST_ASIAN_SURNAMES = new Set([
  'kim', 'lee', 'yi', 'rhee', 'park', 'pak', 'bak', 'choi', 'choe', 'jung', 'jeong', 'chung', 'kang', 'cho', 'jo',
  'yoon', 'yun', 'jang', 'chang', 'lim', 'im', 'han', 'oh', 'seo', 'suh', 'shin', 'sin', 'kwon', 'hwang', 'ahn',
  'song', 'jeon', 'chun', 'hong', 'ryu', 'yoo', 'yu', 'ko', 'go', 'moon', 'mun', 'yang', 'son', 'sohn', 'bae',
  'baek', 'paik', 'heo', 'huh', 'nam', 'noh', 'roh', 'ha', 'kwak', 'woo', 'sung', 'min', 'ra', 'na', 'cha', 'ju',
  'joo', 'koo', 'gu', 'won', 'chae', 'shim', 'sim', 'pyo', 'byun', 'yeo', 'tak', 'jin', 'uhm', 'eom', 'ji',
  'maeng', 'ok', 'gil', 'kil', 'bang', 'gong', 'hyun', 'seol', 'jun', 'cheon', 'yeom', 'yim', 'ban', 'choo',
  'wang', 'li', 'zhang', 'liu', 'chen', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo',
  'he', 'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'tang', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao',
  'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen',
  'yao', 'xi', 'wen', 'hua', 'qin', 'bo', 'fu', 'mao', 'hou', 'kong', 'bai', 'cui', 'mo', 'qiu', 'lai', 'lam',
  'leung', 'wong', 'chan', 'cheung', 'ho', 'tsang', 'lau', 'ng', 'chow', 'kwok', 'tsai', 'hsu', 'chiang', 'chu',
  'teo', 'tan', 'goh', 'ong', 'koh', 'hun', 'seon', 'seong', 'yeon', 'hyeon', 'gwak', 'eun', 'so', 'pyeon',
]);

// Religious and ethnic adjectives written with a capital, like demonyms: "Indigenous tribes", "Hindu nationalist".
export const EXTRA_DEMONYMS = new Set([
  'indigenous', 'aboriginal', 'hindu', 'muslim', 'christian', 'catholic', 'protestant', 'orthodox', 'jewish',
  'sunni', 'shiite', "shi'ite", 'buddhist', 'sikh', 'arab', 'arabs', 'kurdish', 'kurds', 'latino', 'latina',
  'hispanic', 'western', 'eastern', 'baltic', 'nordic', 'slavic', 'gazan', 'gazans', 'palestinians', 'israelis',
  'anglophone', 'francophone', 'lusophone', 'evangelical', 'islamist', 'zionist', 'communist', 'marxist',
  'maoist', 'nazi', 'nazis', 'soviet', 'allied', 'confederate',
]);

/** Particles inside names, kept in the name: "Mohammed bin Salman", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set([
  'van', 'von', 'de', 'der', 'den', 'da', 'das', 'dos', 'du', 'di', 'del', 'della', 'la', 'le', 'bin', 'ibn',
  'bint', 'al', 'el', 'ben', 'abu', 'ter', 'ten', 'zu', 'y', 'st.',
]);
/** Arabic article prefixes written with a hyphen before a capital: "al-Sudani", "el-Sisi". */
export const ARABIC_PREFIX = /^(?:al|el|ad|ag|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu|ben)-\p{Lu}/u;

/** Corporate suffixes a company drops on second mention: "Samsung Electronics" -> "Samsung". */
export const CORPORATE_SUFFIX = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'holdings',
  'electronics', 'motor', 'motors', 'company', 'ag', 'sa', 'gmbh', 'technologies', 'international', 'airlines',
  'bank', 'entertainment',
]);

// Capitalised common words frequent at the start of news sentences that the lexicon does not know.
export const COMMON_CAPITALISED = new Set([
  'authorities', 'officials', 'official', 'police', 'prosecutors', 'investigators', 'protesters', 'residents',
  'experts', 'analysts', 'critics', 'lawmakers', 'researchers', 'scientists', 'doctors', 'witnesses', 'voters',
  'workers', 'students', 'teachers', 'women', 'men', 'children', 'people', 'victims', 'suspects', 'offenders',
  'advocates', 'activists', 'reports', 'deepfakes', 'deepfake', 'separately', 'recently', 'meanwhile',
  'additionally', 'furthermore', 'moreover', 'however', 'alarmingly', 'approximately', 'according', 'local',
  'national', 'special', 'image', 'illustration', 'photo', 'video', 'source', 'introduction', 'conclusion',
  'background', 'update', 'breaking', 'exclusive', 'analysis', 'opinion', 'editorial', 'comment', 'comments',
  'share', 'follow', 'subscribe', 'advertisement', 'related', 'read', 'more', 'also', 'watch', 'listen',
  'government', 'cabinet', 'parliament', 'ministers', 'minister', 'senior', 'former', 'deputy', 'acting',
  'several', 'many', 'most', 'some', 'other', 'others', 'both', 'each', 'every', 'all', 'any', 'few', 'one',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands',
  'millions', 'last', 'next', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'then',
  'still', 'yet', 'just', 'even', 'only', 'despite', 'amid', 'after', 'before', 'during', 'since', 'until',
  'while', 'when', 'where', 'why', 'how', 'what', 'which', 'who', 'whose', 'if', 'unless', 'although',
  'though', 'because', 'as', 'so', 'thus', 'therefore', 'instead', 'rather', 'indeed', 'overall', 'together',
  'internationally', 'globally', 'domestically', 'officially', 'reportedly', 'allegedly', 'apparently',
  'currently', 'previously', 'initially', 'finally', 'eventually', 'ultimately', 'notably', 'specifically',
  'particularly', 'especially', 'similarly', 'likewise', 'nonetheless', 'nevertheless', 'regardless',
  'elsewhere', 'here', 'there', 'data', 'figures', 'statistics', 'sources', 'source', 'news', 'breaking',
  'online', 'digital', 'cyber', 'global', 'international', 'domestic', 'foreign', 'federal', 'regional',
  'central', 'general', 'public', 'private', 'social', 'political', 'economic', 'financial', 'legal',
  'criminal', 'civil', 'military', 'security', 'defense', 'defence', 'health', 'education', 'energy', 'trade',
  'finance', 'justice', 'interior', 'economy', 'technology', 'science', 'culture', 'sport', 'sports',
  'business', 'markets', 'market', 'opinion', 'lifestyle', 'entertainment',
  'crime', 'politics', 'tech', 'deep', 'fake', 'dangerous', 'distribution', 'cases',
  'under', 'over', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'such', 'this', 'that', 'these',
  'those', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'we', 'they', 'he', 'she', 'it', 'i', 'you',
  'no', 'not', 'yes', 'please', 'thank', 'thanks', 'welcome', 'dear', 'hello', 'hi', 'click', 'sign',
  'log', 'login', 'register', 'home', 'top', 'back', 'previous', 'next', 'page', 'menu', 'search',
  'teenagers', 'teens', 'girls', 'boys', 'families', 'parents', 'citizens', 'users', 'members', 'fans',
  'players', 'soldiers', 'troops', 'forces', 'rebels', 'militants', 'fighters', 'refugees', 'migrants',
  'farmers', 'companies', 'firms', 'banks', 'investors', 'traders', 'shares', 'stocks', 'prices', 'sales',
  'exports', 'imports', 'inflation', 'unemployment', 'growth', 'revenue', 'profits', 'officers', 'agents',
  'judges', 'lawyers', 'attorneys', 'defendants', 'plaintiffs', 'jurors', 'senators', 'representatives',
  'delegates', 'diplomats', 'leaders', 'presidents', 'governors', 'mayors', 'chiefs', 'heads', 'staff',
  'employees', 'executives', 'directors', 'managers', 'owners', 'customers', 'consumers', 'patients',
  'survivors', 'families', 'relatives', 'friends', 'neighbours', 'neighbors', 'locals', 'villagers',
  'demonstrators', 'organisers', 'organizers', 'supporters', 'opponents', 'voters', 'candidates',
]);

/** Nouns that, just before or in apposition to an unknown name, make it an organisation. */
export const ORG_CUE_NOUNS = new Set([
  'startup', 'start-up', 'company', 'firm', 'app', 'platform', 'messenger', 'service', 'website', 'site',
  'network', 'group', 'giant', 'maker', 'manufacturer', 'carrier', 'airline', 'bank', 'lender', 'insurer',
  'retailer', 'broadcaster', 'newspaper', 'daily', 'weekly', 'outlet', 'agency', 'organisation',
  'organization', 'charity', 'nonprofit', 'non-profit', 'ngo', 'club', 'brand', 'conglomerate', 'automaker',
  'carmaker', 'chipmaker', 'developer', 'publisher', 'operator', 'provider', 'exchange', 'fund', 'regulator',
  'watchdog', 'union', 'party', 'militia', 'movement', 'coalition', 'outfit', 'studio', 'label', 'chain',
  'supermarket', 'portal', 'tabloid', 'magazine', 'broadcaster', 'institute', 'university', 'subsidiary',
  'affiliate', 'consultancy', 'producer', 'distributor', 'supplier', 'contractor', 'miner', 'refiner',
  'telecom', 'telecoms', 'conglomerate', 'unicorn', 'incumbent', 'rival', 'peer', 'competitor', 'rivals', 'messaging', 'marketplace',
  'e-commerce', 'operator', 'side', 'team', 'franchise', 'airport', 'utility', 'think-tank', 'thinktank',
  'foundation', 'association', 'federation', 'syndicate', 'cartel', 'gang', 'faction', 'bloc', 'alliance',
]);
/** Nouns in apposition that make a name a person ("Ryu Hee-lim, chair of ..."). */
export const PERSON_CUE_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'minister', 'president', 'chairman', 'chairwoman',
  'chair', 'chief', 'head', 'director', 'founder', 'co-founder', 'leader', 'professor', 'researcher',
  'analyst', 'economist', 'lawyer', 'attorney', 'prosecutor', 'judge', 'coach', 'player', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'captain', 'actor', 'actress', 'singer', 'author', 'writer',
  'journalist', 'reporter', 'activist', 'lawmaker', 'legislator', 'senator', 'governor', 'mayor',
  'ambassador', 'envoy', 'commander', 'general', 'officer', 'student', 'teacher', 'resident', 'mother',
  'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'executive', 'ceo', 'cfo',
  'secretary', 'deputy', 'adviser', 'advisor', 'aide', 'candidate', 'victim', 'suspect', 'survivor',
  'scientist', 'expert', 'doctor', 'nurse', 'owner', 'veteran', 'farmer', 'worker', 'manager', 'vice',
  'former', 'representative', 'commissioner', 'superintendent', 'inspector', 'detective', 'agent',
  'editor', 'correspondent', 'columnist', 'historian', 'philosopher', 'artist', 'designer', 'engineer',
  'entrepreneur', 'billionaire', 'investor', 'businessman', 'businesswoman', 'politician', 'diplomat',
  'negotiator', 'mediator', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'cleric',
  'priest', 'pastor', 'bishop', 'imam', 'rabbi', 'monk', 'rapper', 'musician', 'athlete', 'champion',
  'boxer', 'runner', 'swimmer', 'cyclist', 'driver', 'pilot', 'soldier', 'colonel', 'sergeant', 'policeman',
  'policewoman', 'defendant', 'plaintiff', 'witness', 'whistleblower', 'hacker', 'dissident', 'opposition',
  'member', 'fellow', 'lecturer', 'dean', 'principal', 'nominee', 'president-elect', 'speaker', 'co-chair',
]);
/** Lower-case words before an unknown name that make it a place: "the city of", "province". */
export const PLACE_CUE_BEFORE = new Set([
  'streets', 'outskirts', 'city', 'town', 'village', 'province', 'region', 'capital', 'port', 'district', 'county',
  'state', 'island', 'neighbourhood', 'neighborhood', 'suburb', 'enclave', 'territory', 'municipality', 'prefecture',
  // "the cities of Xining and Haidong", "the villages of Kukawa": plurals name places too
  'cities', 'towns', 'villages', 'provinces', 'regions', 'districts', 'counties', 'islands', 'townships',
  'prefectures', 'municipalities', 'communities',
]);
export const PLACE_CUE_AFTER = new Set([
  'province', 'region', 'city', 'county', 'district', 'prefecture', 'state', 'governorate', 'oblast', 'municipality',
  'township', 'village', 'town', 'area', 'border', 'airport', 'island', 'regency', 'hamlet', 'sub-county',
]);
/**
 * Plural place nouns that close or open a list of places: "Mundakkai, Chooralmala, Attamala, and
 * Noolpuzha villages", "Ishikawa, Toyama and Niigata prefectures", "the cities of Xining and Haidong".
 * Every name in the list is a place.
 */
export const PLACE_LIST_NOUNS = new Set([
  'villages', 'towns', 'cities', 'provinces', 'regions', 'districts', 'counties', 'prefectures', 'states',
  'townships', 'municipalities', 'islands', 'oblasts', 'governorates', 'regencies', 'hamlets', 'communities',
]);
/** Prepositions that put an unknown name on the map when nothing else does: "in Pokrovsk." */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'to', 'from', 'into', 'towards', 'toward', 'around', 'at']);
