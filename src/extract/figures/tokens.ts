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

export function foldTypography(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const rep = FOLD[text[i]!];
    if (rep !== undefined) {
      out += text.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
}

// One pass, no nested ambiguous quantifiers: a number is digit runs joined by single separators
// (so "1,1,1,1..." or "....." cannot backtrack), a word is a run of letters, anything else is one
// character. A leading "." makes a number only where no letter or digit precedes (".7%").
const TOKEN_RE = /(?<![\p{L}\p{N}])\.\d+|\d+(?:[.,:/]\d+)*|[\p{L}\p{M}]+|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind: TokenKind = (c >= 48 && c <= 57) || (c === 46 && t.length > 1) ? 'num' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    tokens.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase(), kind });
  }
  return tokens;
}

// URLs, e-mail addresses and handles carry digits that are never figures ("hub420.shop",
// "press@bls.gov", "@rhafizoglu"). Whitespace-separated chunks are tested one by one, so the cost
// stays linear even on a 100,000-character line without spaces.
const URLISH = /:\/\/|@|^www\.|[\p{L}\d]\.(?:com|org|net|gov|edu|shop|info|io|co|kr|uk|de|fr|jp|cn|in|au|ca|ru|br|it|es|nl|eu|us|news|tv|me|ly|app|dev|html?|php|aspx?)(?:[/?#:]|\W*$)/iu;

/** Spans (local offsets) of URL-like chunks whose tokens must not be read as figures. */
export function urlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length > 4 && URLISH.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** A view over the tokens of one sentence with the look-ups every rule needs. */
export class TokenView {
  constructor(readonly tokens: Token[]) {}

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
