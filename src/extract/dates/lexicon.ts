// Words the date parsers share. Regex sources here are plain alternations (no nested quantifiers),
// so every pattern built from them runs in linear time.

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Full month names and their abbreviations (with optional period), longest first. */
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?';

/** Full month names only: abbreviations alone ("Mar", "Jan") are too often words or names. */
export const FULL_MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
/** Full names only: "Sun", "Sat", "Wed", "Mon" are a newspaper, verbs and a name. */
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
  hundred: 100,
};
/** A small cardinal: digits or a number word ("24", "five", "a"). */
export const AMOUNT_RE = '(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)';

export function amountValue(word: string): number | undefined {
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w];
}

export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

/**
 * Prepositions absorbed into a date mention ("On Tuesday", "in 2021", "since 2020"): the gold and the
 * claim builder both want to know that a figure is "since 2020", not "in 2020".
 */
export const ABSORBED_PREPOSITIONS = new Set([
  'in', 'on', 'since', 'during', 'by', 'until', 'till', 'before', 'after', 'through', 'throughout', 'from',
]);
