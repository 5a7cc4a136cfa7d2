// Tokens of one sentence, with offsets local to the sentence text.
//
// Matching runs on a normalised copy of the sentence in which typographic characters are mapped
// one-to-one (same UTF-16 length), so every token offset is also an offset into the original text.

/** Typographic characters folded for matching. One code unit in, one code unit out. */
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'", // ’ in "KCSC’s"
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  // hyphens and the en dash behave like "-" ("10–15", "2019–20"); the em dash does not: in
  // "Over 100 channels—one with ..." it separates clauses and must not glue "channels" to "one".
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2212': '-', '\uFE63': '-', '\uFF0D': '-',
  '\u2015': '\u2014',
  // non-breaking and thin spaces ("50\u00A0million", "10\u202F000")
  '\u00A0': ' ', '\u2007': ' ', '\u2008': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u3000': ' ',
  '\uFF04': '$', '\uFFE1': '\u00A3', '\uFFE5': '\u00A5', '\uFFE6': '\u20A9',
  // The Lancet's decimal point ("91·6%")
  '\u00B7': '.',
};

const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

export function foldTypography(text: string): string {
  return text.replace(FOLD_RE, (c) => FOLD[c]!);
}

/** A lookup table without prototype keys: "constructor" must not be a currency or a number word. */
export function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
}

// One pass by character codes, no regex per token (the tokenizer was the figure stage's hottest
// function): a number is digit runs joined by single separators ("1,200", "2.5", "24.11.10",
// "10:30"), a word is a run of letters and marks, anything else that is not a space is one code
// point. It tokenizes exactly as /(\d+(?:[.,:/]\d+)*)|([\p{L}\p{M}]+)|\S/gu would (checked in
// test/extract/figures.tokens.test.ts), and cannot backtrack on "1,1,1,1..." or ".....". ".7%" is a
// decimal where no letter or digit precedes the point.
const ALNUM = /[\p{L}\p{N}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const SPACE = /\s/;

const isDigit = (c: number) => c >= 48 && c <= 57;
// . , : /
const isNumberJoint = (c: number) => c === 46 || c === 44 || c === 58 || c === 47;

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]!);
}

/** Code units of the letter or mark at i (2 for one outside the BMP), 0 if there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_MARK.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_OR_MARK.test(text[i]!) ? 1 : 0;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // lower-case once; per token only where lower-casing changed the length ("\u0130")
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      while (i + 1 < n && isNumberJoint(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
        i += 2;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      const t = text.slice(start, i);
      const prev = tokens[tokens.length - 1];
      if (prev !== undefined && prev.text === '.' && prev.end === start && (prev.start === 0 || !ALNUM.test(text[prev.start - 1]!))) {
        tokens[tokens.length - 1] = { start: prev.start, end: i, text: `.${t}`, lower: `.${t}`, kind: 'num' };
      } else {
        tokens.push({ start, end: i, text: t, lower: t, kind: 'num' });
      }
      continue;
    }
    let len = letterAt(text, i);
    if (len > 0) {
      i += len;
      while (i < n && (len = letterAt(text, i)) > 0) i += len;
      const t = text.slice(start, i);
      tokens.push({ start, end: i, text: t, lower: sameLength ? lowered.slice(start, i) : t.toLowerCase(), kind: 'word' });
      continue;
    }
    // one code point: a surrogate pair stays whole
    const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    const t = text.slice(start, i);
    tokens.push({ start, end: i, text: t, lower: t, kind: 'punct' });
  }
  return tokens;
}

// URLs, e-mail addresses and handles carry digits that are never figures ("hub420.shop",
// "press@bls.gov", "@rhafizoglu"). Whitespace-separated chunks are tested one by one, so the cost
// stays linear even on a 100,000-character line without spaces.
const TLD = 'com|org|net|gov|edu|shop|info|io|co|kr|uk|de|fr|jp|cn|in|au|ca|ru|br|it|es|nl|eu|us|news|tv|me|ly|app|dev|html?|php|aspx?';
const URLISH = new RegExp(`://|@|^www\\.|[\\p{L}\\d]\\.(?:${TLD})(?:[/?#:]|\\W*$)`, 'iu');
/** cheap whole-text test first: most sentences have no URL at all */
const MAYBE_URL = new RegExp(`://|@|www\\.|\\.(?:${TLD})\\b`, 'i');

/** Spans (local offsets) of URL-like chunks whose tokens must not be read as figures. */
export function urlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!MAYBE_URL.test(text)) return spans;
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length > 4 && URLISH.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** A view over the tokens of one sentence with the look-ups every rule needs. */
export class TokenView {
  private readonly memo = new Map<RegExp, boolean>();
  constructor(readonly tokens: Token[]) {}

  /** Does any token of the sentence match `re`? Computed once per sentence and pattern. */
  anyToken(re: RegExp): boolean {
    let hit = this.memo.get(re);
    if (hit === undefined) {
      hit = this.tokens.some((t) => re.test(t.text));
      this.memo.set(re, hit);
    }
    return hit;
  }

  get length(): number {
    return this.tokens.length;
  }
  at(i: number): Token | undefined {
    return this.tokens[i];
  }
  low(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }
  text(i: number): string {
    return this.tokens[i]?.text ?? '';
  }
  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }
  isNum(i: number): boolean {
    return this.tokens[i]?.kind === 'num';
  }
  is(i: number, text: string): boolean {
    return this.tokens[i]?.text === text;
  }
  /** true when token i starts exactly where token i-1 ends (no space between) */
  glued(i: number): boolean {
    const a = this.tokens[i - 1];
    const b = this.tokens[i];
    return a !== undefined && b !== undefined && a.end === b.start;
  }
  isCapitalized(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind !== 'word') return false;
    const c = t.text[0]!;
    return c !== c.toLowerCase();
  }
  /** Only opening punctuation (quotes, brackets, dashes, bullets) before token i. */
  startsSentence(i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
      if (!/^["'([{\-\u2014\u2022*#>:]$/.test(this.tokens[k]!.text)) return false;
    }
    return true;
  }
  /** Does the token sequence `words` (lower-case) start at i? */
  seqAt(i: number, words: readonly string[]): boolean {
    for (let k = 0; k < words.length; k++) if (this.low(i + k) !== words[k]) return false;
    return true;
  }
  /** Does the sequence `words` end right before token i (at i-1)? */
  seqBefore(i: number, words: readonly string[]): boolean {
    return i - words.length >= 0 && this.seqAt(i - words.length, words);
  }
}
