// Units: currencies (symbols, ISO codes, names), percent and points, physical units, time units.
//
// Every table maps a surface form to the contract's unit: the ISO 4217 code for money, `percent`,
// and the singular full name for physical units ("km/h" -> `kilometre per hour`).
//
// Watch out for: "won" (the verb, "won 52 seats") versus the currency ("50 million won"); "pounds"
// of weight ("weighing 200 pounds"); "m" (metre, or million in "$4.5m"); "C" and "F" only when glued
// ("38C", "100F": "Category C" is not a temperature); "per cent" is percent but "percentage points"
// is not; "US$37,500" and "HK$" are prefixes made of a word glued to "$".
import type { Measure } from '../../types.js';
import { table, tokenize, type TokenView } from './tokens.js';

export interface UnitMatch {
  /** token index after the unit */
  end: number;
  unit: string;
  measure: Measure;
  currency: string | null;
  /** multiply the number by this ("37 cents" -> 0.37 of the currency) */
  factor: number;
}

// ---------------------------------------------------------------------------------------------
// money

const SYMBOLS = table<string>({
  $: 'USD', '\u00A3': 'GBP', '\u20AC': 'EUR', '\u00A5': 'JPY', '\u20A9': 'KRW', '\u20B9': 'INR',
  '\u20BD': 'RUB', '\u20BA': 'TRY', '\u20AA': 'ILS', '\u20B1': 'PHP', '\u20AB': 'VND', '\u0E3F': 'THB',
  '\u20A6': 'NGN', '\u20B4': 'UAH', '\u20A8': 'PKR',
});
/** words glued before "$": "US$37,500", "HK$2bn", "A$1.2m" */
const DOLLAR_PREFIX = table<string>({
  US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', NZ: 'NZD', HK: 'HKD', S: 'SGD', SG: 'SGD',
  NT: 'TWD', R: 'BRL', MX: 'MXN', Z: 'ZWL',
});
/** ISO codes we accept as currency markers, upper case only (so "all" or "top" never match). */
const ISO = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'NZD', 'RUB',
  'TRY', 'BRL', 'MXN', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'IDR', 'MYR', 'THB', 'VND', 'NGN', 'KES',
  'EGP', 'SAR', 'AED', 'ILS', 'PKR', 'BDT', 'TWD', 'UAH', 'ARS', 'CLP', 'COP', 'HUF', 'CZK', 'QAR',
  'KWD', 'LKR', 'NPR', 'GHS', 'RON', 'ETB', 'IRR', 'IQD',
]);
/** other written prefixes: "Rs 500 crore", "RMB 3bn", "RM50" */
const WORD_PREFIX = table<string>({ Rs: 'INR', Rp: 'IDR', RM: 'MYR', RMB: 'CNY', KSh: 'KES', Tk: 'BDT' });

interface CurrencyName {
  iso: string | null;
  unit: string;
  /** nationality words before the name that pick another currency ("Hong Kong dollars") */
  adj?: ReadonlyMap<string, string>;
  /** the name alone is too ambiguous to be money without a large amount ("won", "dong") */
  needsAmount?: boolean;
  /** the name alone is not enough: it needs a nationality ("real") */
  needsAdj?: boolean;
}
const DOLLAR_ADJ: Record<string, string> = {
  us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD',
  'new zealand': 'NZD', singapore: 'SGD', singaporean: 'SGD', taiwan: 'TWD', 'new taiwan': 'TWD',
  taiwanese: 'TWD', zimbabwe: 'ZWL', zimbabwean: 'ZWL', namibian: 'NAD', jamaican: 'JMD', fijian: 'FJD',
  liberian: 'LRD', brunei: 'BND', 'east caribbean': 'XCD', bahamian: 'BSD',
};
const CURRENCY_NAMES = new Map<string, CurrencyName>();
function names(words: string[], spec: Omit<CurrencyName, 'adj'> & { adj?: Record<string, string> }): void {
  const entry: CurrencyName = { ...spec, adj: spec.adj ? table(spec.adj) : undefined };
  for (const w of words) CURRENCY_NAMES.set(w, entry);
}
names(['dollar', 'dollars'], { iso: 'USD', unit: 'dollar', adj: DOLLAR_ADJ });
names(['euro', 'euros'], { iso: 'EUR', unit: 'euro' });
names(['pound', 'pounds'], {
  iso: 'GBP', unit: 'pound',
  adj: { british: 'GBP', egyptian: 'EGP', lebanese: 'LBP', sudanese: 'SDG', syrian: 'SYP', 'south sudanese': 'SSP' },
});
names(['sterling'], { iso: 'GBP', unit: 'pound' });
names(['yen'], { iso: 'JPY', unit: 'yen' });
names(['yuan', 'renminbi'], { iso: 'CNY', unit: 'yuan' });
names(['won'], { iso: 'KRW', unit: 'won', needsAmount: true });
names(['rupee', 'rupees'], {
  iso: 'INR', unit: 'rupee',
  adj: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR', nepali: 'NPR', mauritian: 'MUR' },
});
names(['rouble', 'roubles', 'ruble', 'rubles'], { iso: 'RUB', unit: 'rouble', adj: { russian: 'RUB', belarusian: 'BYN' } });
names(['lira', 'liras', 'lire'], { iso: 'TRY', unit: 'lira' });
names(['reais'], { iso: 'BRL', unit: 'real' });
names(['real'], { iso: 'BRL', unit: 'real', needsAdj: true, adj: { brazilian: 'BRL' } });
names(['peso', 'pesos'], {
  iso: null, unit: 'peso',
  adj: { mexican: 'MXN', philippine: 'PHP', argentine: 'ARS', argentinian: 'ARS', chilean: 'CLP', colombian: 'COP', dominican: 'DOP', uruguayan: 'UYU', cuban: 'CUP' },
});
names(['franc', 'francs'], { iso: 'CHF', unit: 'franc', adj: { swiss: 'CHF', congolese: 'CDF', rwandan: 'RWF', guinean: 'GNF' } });
names(['rand'], { iso: 'ZAR', unit: 'rand' });
names(['naira'], { iso: 'NGN', unit: 'naira' });
names(['shilling', 'shillings'], { iso: null, unit: 'shilling', adj: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS' } });
names(['dirham', 'dirhams'], { iso: 'AED', unit: 'dirham', adj: { emirati: 'AED', uae: 'AED', moroccan: 'MAD' } });
names(['riyal', 'riyals'], { iso: 'SAR', unit: 'riyal', adj: { saudi: 'SAR', qatari: 'QAR' } });
names(['rial', 'rials'], { iso: 'IRR', unit: 'rial', adj: { iranian: 'IRR', omani: 'OMR', yemeni: 'YER' } });
names(['ringgit'], { iso: 'MYR', unit: 'ringgit' });
names(['baht'], { iso: 'THB', unit: 'baht' });
names(['dong'], { iso: 'VND', unit: 'dong', needsAmount: true });
names(['rupiah'], { iso: 'IDR', unit: 'rupiah' });
names(['krona', 'kronor'], { iso: 'SEK', unit: 'krona' });
names(['krone', 'kroner'], { iso: 'NOK', unit: 'krone', adj: { danish: 'DKK', norwegian: 'NOK' } });
names(['zloty', 'zlotys', 'zlotych'], { iso: 'PLN', unit: 'zloty' });
names(['hryvnia', 'hryvnias'], { iso: 'UAH', unit: 'hryvnia' });
names(['shekel', 'shekels'], { iso: 'ILS', unit: 'shekel' });
names(['taka'], { iso: 'BDT', unit: 'taka' });
names(['forint', 'forints'], { iso: 'HUF', unit: 'forint' });
names(['cedi', 'cedis'], { iso: 'GHS', unit: 'cedi' });
names(['birr'], { iso: 'ETB', unit: 'birr' });
names(['dinar', 'dinars'], {
  iso: null, unit: 'dinar',
  adj: { iraqi: 'IQD', kuwaiti: 'KWD', jordanian: 'JOD', bahraini: 'BHD', libyan: 'LYD', tunisian: 'TND', algerian: 'DZD', serbian: 'RSD' },
});
names(['tenge'], { iso: 'KZT', unit: 'tenge' });
names(['afghani', 'afghanis'], { iso: 'AFN', unit: 'afghani' });
names(['kyat'], { iso: 'MMK', unit: 'kyat' });

/** A currency written before the number: "$", "US$", "HK$", "£", "USD ", "Rs ". */
export function currencyBefore(v: TokenView, i: number): { start: number; iso: string } | null {
  const k = i - 1;
  const t = v.at(k);
  const n = v.at(i);
  if (!t || !n || n.start - t.end > 1) return null;
  const sym = SYMBOLS.get(t.text);
  if (sym !== undefined) {
    if (t.text === '$') {
      // "U.S.$" and "US$", "HK$", "A$"
      if (v.glued(k) && v.is(k - 1, '.') && v.text(k - 2) === 'S' && v.is(k - 3, '.') && v.text(k - 4) === 'U') return { start: k - 4, iso: 'USD' };
      const pre = DOLLAR_PREFIX.get(v.text(k - 1));
      if (pre !== undefined && v.glued(k)) return { start: k - 1, iso: pre };
    }
    if (t.text === '\u00A5' && v.glued(k) && (v.text(k - 1) === 'CN' || v.text(k - 1) === 'RMB')) return { start: k - 1, iso: 'CNY' };
    return { start: k, iso: sym };
  }
  if (t.kind === 'word') {
    if (ISO.has(t.text)) return { start: k, iso: t.text };
    const wp = WORD_PREFIX.get(t.text);
    if (wp !== undefined) return { start: k, iso: wp };
  }
  if (t.text === '.' && v.text(k - 1) === 'Rs' && v.glued(k)) return { start: k - 1, iso: 'INR' };
  return null;
}

/**
 * A currency written after the number: "37,500 USD", "50 million won", "1.2 billion US dollars",
 * "10 Australian dollars", "19 cents", "50p", "300 pence".
 */
export function currencyAfter(v: TokenView, j: number, amount: number | null, hasScale: boolean): UnitMatch | null {
  const t = v.at(j);
  if (!t || t.kind !== 'word') return null;
  if (ISO.has(t.text) && !v.isNum(j + 1)) return money(j + 1, t.text);
  if (t.text === 'p' && v.glued(j)) return { end: j + 1, unit: 'GBP', measure: 'money', currency: 'GBP', factor: 0.01 }; // "50p"
  if (t.lower === 'pence') return { end: j + 1, unit: 'GBP', measure: 'money', currency: 'GBP', factor: 0.01 };
  if (t.lower === 'cents' || (t.lower === 'cent' && amount === 1)) {
    // "per cent" never reaches here (percent is read first); the currency of the cents is
    // inferred later from the other amounts of the sentence ("fell 37 cents ... to $13.83")
    return { end: j + 1, unit: 'cent', measure: 'money', currency: null, factor: 0.01 };
  }
  // the currency name alone, or after a nationality ("U.S. dollars", "Hong Kong dollars")
  const tries: Array<{ name: number; phrase: string | null }> = [{ name: j, phrase: null }];
  if (v.low(j) === 'u' && v.is(j + 1, '.') && v.low(j + 2) === 's' && v.is(j + 3, '.')) tries.push({ name: j + 4, phrase: 'u.s.' });
  if (v.isWord(j + 1)) tries.push({ name: j + 2, phrase: `${v.low(j)} ${v.low(j + 1)}` });
  tries.push({ name: j + 1, phrase: v.low(j) });
  for (const { name: nameTok, phrase } of tries) {
    const name = v.isWord(nameTok) ? CURRENCY_NAMES.get(v.low(nameTok)) : undefined;
    if (name === undefined) continue;
    let iso = name.iso;
    if (phrase !== null) {
      const picked = name.adj?.get(phrase);
      if (picked === undefined) continue; // "5 million people dollars" is not a currency phrase
      iso = picked;
    } else if (name.needsAdj) {
      continue;
    }
    if (name.needsAmount && !hasScale && (amount === null || Math.abs(amount) < 100)) return null;
    // "weighing 200 pounds" is a weight, not sterling
    if (name.unit === 'pound' && phrase === null && [2, 3, 4, 5].some((b) => /^weigh/.test(v.low(j - b)))) {
      return { end: nameTok + 1, unit: 'pound', measure: 'measure', currency: null, factor: 1 };
    }
    let end = nameTok + 1;
    if (name.unit === 'pound' && v.low(end) === 'sterling') end++;
    return iso === null ? { end, unit: name.unit, measure: 'money', currency: null, factor: 1 } : money(end, iso);
  }
  return null;
}

function money(end: number, iso: string): UnitMatch {
  return { end, unit: iso, measure: 'money', currency: iso, factor: 1 };
}

/** "dollars" after "millions of": the currency of a vague amount */
export function currencyName(v: TokenView, j: number): UnitMatch | null {
  return currencyAfter(v, j, null, true);
}

// ---------------------------------------------------------------------------------------------
// percent and points

const pp = (end: number): UnitMatch => ({ end, unit: 'percentage point', measure: 'measure', currency: null, factor: 1 });
const bp = (end: number): UnitMatch => ({ end, unit: 'basis point', measure: 'measure', currency: null, factor: 1 });
function pctAt(v: TokenView, end: number): UnitMatch {
  // "2 percent points" / "percent-point" are percentage points too
  if (v.low(end) === 'point' || v.low(end) === 'points') return pp(end + 1);
  if (v.is(end, '-') && (v.low(end + 1) === 'point' || v.low(end + 1) === 'points')) return pp(end + 2);
  return { end, unit: 'percent', measure: 'percent', currency: null, factor: 1 };
}

/** "53%", "53 percent", "53 per cent", "10pc", "0.1 pct"; "0.4 percentage point"; "25 basis points". */
export function percentAfter(v: TokenView, j: number): UnitMatch | null {
  const l = v.low(j);
  if (l === '%') return pctAt(v, j + 1);
  if (l === 'percent' || l === 'pct' || (v.text(j) === 'pc' && v.isWord(j))) return pctAt(v, j + 1);
  if (l === 'per' && v.low(j + 1) === 'cent') return pctAt(v, j + 2);
  if (l === 'per' && v.is(j + 1, '-') && v.low(j + 2) === 'cent') return pctAt(v, j + 3);
  if (l === 'percentage') {
    if (v.low(j + 1) === 'point' || v.low(j + 1) === 'points') return pp(j + 2);
    if (v.is(j + 1, '-') && (v.low(j + 2) === 'point' || v.low(j + 2) === 'points')) return pp(j + 3);
    return null;
  }
  if (v.text(j) === 'pp' || v.text(j) === 'ppt' || v.text(j) === 'ppts') return pp(j + 1);
  if (l === 'basis') {
    if (v.low(j + 1) === 'point' || v.low(j + 1) === 'points') return bp(j + 2);
    if (v.is(j + 1, '-') && (v.low(j + 2) === 'point' || v.low(j + 2) === 'points')) return bp(j + 3);
    return null;
  }
  if (v.text(j) === 'bps' || v.text(j) === 'bp') return bp(j + 1);
  return null;
}

// ---------------------------------------------------------------------------------------------
// physical units

// A form prefixed with "=" is case-sensitive ("GB", "MW", "m"); "^" means it must be glued to the
// number ("38C", "60W"). Forms are tokenised like sentences, so "km/h" is ["km", "/", "h"].
const PHYSICAL: Array<[string, string[]]> = [
  ['kilometre per hour', ['=km/h', '=kph', '=kmh', '=km/hr', 'km per hour', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour', 'kilometre per hour', 'kilometer per hour']],
  ['mile per hour', ['=mph', '=MPH', 'miles per hour', 'miles an hour', 'mile per hour', 'mile an hour']],
  ['metre per second', ['=m/s', 'metres per second', 'meters per second']],
  ['knot', ['knots', 'knot']],
  ['barrel per day', ['barrels per day', 'barrels a day', 'barrel per day', 'barrels of oil per day', 'barrels of oil a day', 'barrels of crude per day', 'barrels of crude a day', '=bpd', '=b/d', '=bbl/d']],
  ['cubic metre', ['cubic metres', 'cubic meters', 'cubic metre', 'cubic meter', '=m3', '=m\u00B3']],
  ['cubic foot', ['cubic feet', 'cubic foot']],
  ['square kilometre', ['square kilometres', 'square kilometers', 'square kilometre', 'square kilometer', 'sq km', 'sq. km', '=km2', '=km\u00B2']],
  ['square mile', ['square miles', 'square mile', 'sq miles', 'sq mi']],
  ['square metre', ['square metres', 'square meters', 'square metre', 'square meter', 'sq m', '=m2', '=m\u00B2']],
  ['square foot', ['square feet', 'square foot', 'sq ft']],
  ['nautical mile', ['nautical miles', 'nautical mile']],
  ['kilometre', ['=km', '=kms', '=Km', '=KM', 'kilometres', 'kilometers', 'kilometre', 'kilometer']],
  ['metre', ['=m', 'metres', 'meters', 'metre', 'meter']],
  ['centimetre', ['=cm', 'centimetres', 'centimeters', 'centimetre', 'centimeter']],
  ['millimetre', ['=mm', 'millimetres', 'millimeters', 'millimetre', 'millimeter']],
  ['mile', ['miles', 'mile']],
  ['yard', ['yards', 'yard', '=yds', '=yd']],
  ['foot', ['feet', 'foot', '=ft']],
  ['inch', ['inches', 'inch']],
  ['light year', ['light years', 'light-years', 'light year', 'light-year']],
  ['kilogram', ['=kg', '=kgs', '=Kg', 'kilograms', 'kilogram', 'kilogrammes', 'kilogramme', 'kilos', 'kilo']],
  ['gram', ['=g', 'grams', 'gram', 'grammes', 'gramme']],
  ['milligram', ['=mg', 'milligrams', 'milligram']],
  ['microgram', ['=\u00B5g', '=\u03BCg', 'micrograms', 'microgram']],
  ['tonne', ['tonnes', 'tonne', 'metric tons', 'metric ton', 'metric tonnes']],
  ['ton', ['tons', 'ton']],
  ['pound', ['=lb', '=lbs']],
  ['ounce', ['ounces', 'ounce', '=oz']],
  ['litre', ['litres', 'liters', 'litre', 'liter']],
  ['millilitre', ['=ml', 'millilitres', 'milliliters', 'millilitre', 'milliliter']],
  ['gallon', ['gallons', 'gallon']],
  ['barrel', ['barrels', 'barrel', '=bbl']],
  ['hectare', ['hectares', 'hectare', '=ha']],
  ['acre', ['acres', 'acre']],
  ['kilowatt hour', ['=kWh', 'kilowatt hours', 'kilowatt-hours', 'kilowatt hour', 'kilowatt-hour']],
  ['megawatt hour', ['=MWh', 'megawatt hours', 'megawatt-hours', 'megawatt hour', 'megawatt-hour']],
  ['gigawatt hour', ['=GWh', 'gigawatt hours', 'gigawatt-hours', 'gigawatt hour', 'gigawatt-hour']],
  ['terawatt hour', ['=TWh', 'terawatt hours', 'terawatt-hours', 'terawatt hour', 'terawatt-hour']],
  ['watt', ['^=W', 'watts', 'watt']],
  ['kilowatt', ['=kW', '=KW', 'kilowatts', 'kilowatt']],
  ['megawatt', ['=MW', 'megawatts', 'megawatt']],
  ['gigawatt', ['=GW', 'gigawatts', 'gigawatt']],
  ['terawatt', ['=TW', 'terawatts', 'terawatt']],
  ['volt', ['volts', '^=V']],
  ['kilovolt', ['=kV', 'kilovolts']],
  ['kilobyte', ['=KB', '=kB', 'kilobytes', 'kilobyte']],
  ['megabyte', ['=MB', 'megabytes', 'megabyte']],
  ['gigabyte', ['=GB', 'gigabytes', 'gigabyte']],
  ['terabyte', ['=TB', 'terabytes', 'terabyte']],
  ['petabyte', ['=PB', 'petabytes', 'petabyte']],
  ['megabit per second', ['=Mbps', '=Mb/s', 'megabits per second']],
  ['gigabit per second', ['=Gbps', '=Gb/s', 'gigabits per second']],
  ['megapixel', ['megapixels', 'megapixel']],
  ['milliampere hour', ['=mAh']],
  ['degree Celsius', ['=\u00B0C', 'degrees Celsius', 'degree Celsius', 'degrees C', 'degrees centigrade', 'Celsius', 'centigrade', '^=C']],
  ['degree Fahrenheit', ['=\u00B0F', 'degrees Fahrenheit', 'degree Fahrenheit', 'degrees F', 'Fahrenheit', '^=F']],
  ['degree', ['degrees', 'degree', '=\u00B0']],
  ['magnitude', ['magnitude', 'magnitudes', 'on the Richter scale']],
  ['millibar', ['millibars', 'millibar', '=mb', '=mbar']],
  ['hectopascal', ['=hPa', 'hectopascals']],
  ['decibel', ['decibels', 'decibel', '=dB']],
  ['kilocalorie', ['=kcal', 'kilocalories']],
  ['calorie', ['calories', 'calorie']],
  ['horsepower', ['horsepower', '=hp']],
  ['kiloton', ['kilotons', 'kilotonnes', 'kiloton']],
  ['megaton', ['megatons', 'megatonnes', 'megaton']],
  ['part per million', ['=ppm', 'parts per million']],
  ['millisievert', ['=mSv', 'millisieverts']],
  ['microsievert', ['=\u03BCSv', '=\u00B5Sv', 'microsieverts']],
];

interface UnitForm {
  tokens: string[];
  unit: string;
  caseSensitive: boolean;
  gluedOnly: boolean;
}
const FORMS_BY_FIRST = new Map<string, UnitForm[]>();
for (const [unit, forms] of PHYSICAL) {
  for (let f of forms) {
    const gluedOnly = f.startsWith('^');
    if (gluedOnly) f = f.slice(1);
    const caseSensitive = f.startsWith('=');
    if (caseSensitive) f = f.slice(1);
    const tokens = tokenize(f).map((t) => (caseSensitive ? t.text : t.lower));
    const key = tokens[0]!.toLowerCase();
    const list = FORMS_BY_FIRST.get(key) ?? [];
    list.push({ tokens, unit, caseSensitive, gluedOnly });
    FORMS_BY_FIRST.set(key, list);
  }
}
for (const list of FORMS_BY_FIRST.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

/** A physical unit starting at token j: "87 mph", "140 km/h", "38C", "2 GW", "1.2 million barrels per day". */
export function physicalAfter(v: TokenView, j: number): UnitMatch | null {
  const list = FORMS_BY_FIRST.get(v.low(j));
  if (!list) return null;
  for (const f of list) {
    if (f.gluedOnly && !v.glued(j)) continue;
    let ok = true;
    for (let k = 0; k < f.tokens.length && ok; k++) {
      ok = (f.caseSensitive ? v.text(j + k) : v.low(j + k)) === f.tokens[k];
    }
    // a one-letter abbreviation must end there: "5 m." yes, "5 m-long" yes, "5 miles" is another form
    if (ok && f.tokens.length === 1 && f.tokens[0]!.length === 1 && v.isWord(j + 1) && v.glued(j + 1)) ok = false;
    if (ok) return { end: j + f.tokens.length, unit: f.unit, measure: 'measure', currency: null, factor: 1 };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// time units

const TIME_UNITS = table<string>({
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', year: 'year', years: 'year', yr: 'year', yrs: 'year',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
});

/** The time unit at token j ("five days", "36 hours", "42 years"), or null. */
export function timeUnitAt(v: TokenView, j: number): string | null {
  return v.isWord(j) ? TIME_UNITS.get(v.low(j)) ?? null : null;
}
