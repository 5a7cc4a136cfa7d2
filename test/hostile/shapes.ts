// Hostile text shapes: what a scraper, a mis-saved file or a prankster can put in a .txt. Each
// makes a string of about n characters. The extractors must stay linear in all of them; the
// generator (generate.ts) writes them as articles, the linear-time test feeds them to each stage.

const repeat = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export interface Shape {
  name: string;
  /** what it probes */
  why: string;
  make: (n: number) => string;
}

export const SHAPES: readonly Shape[] = [
  // long digit runs and repeated separators
  { name: 'digit-run', why: 'one number of n digits', make: (n) => repeat('1234567890', n) },
  { name: 'comma-numbers', why: '"1,1,1,...": thousands separators without end', make: (n) => repeat('1,', n) },
  { name: 'dot-numbers', why: '"1.1.1...": decimals and dotted dates without end', make: (n) => repeat('1.', n) },
  { name: 'dots', why: 'a run of full stops', make: (n) => repeat('.', n) },
  { name: 'dots-then-word', why: 'a run of stops before a lower-case word (segmenter)', make: (n) => 'x' + repeat('.', n - 4) + ' y' },
  { name: 'dots-then-capital', why: 'a run of stops before a capital (segmenter)', make: (n) => 'x' + repeat('.', n - 6) + ' The' },
  { name: 'dashes', why: 'a rule line of hyphens', make: (n) => repeat('-', n) },
  { name: 'hyphen-numbers', why: '"1-1-1...": ranges and dates without end', make: (n) => repeat('1-', n) },
  { name: 'slash-numbers', why: '"1/1/1...": numeric dates without end', make: (n) => repeat('1/', n) },
  { name: 'ellipses', why: '"a... a... ": stops and spaces alternating', make: (n) => repeat('a... ', n) },
  { name: 'initials', why: '"A. A. A.": initials that never end a sentence', make: (n) => repeat('A. ', n) },
  { name: 'spaces', why: 'a stop, then n spaces', make: (n) => 'a.' + repeat(' ', n - 3) + 'b' },
  // long words
  { name: 'lower-word', why: 'one lower-case word of n letters', make: (n) => repeat('a', n) },
  { name: 'upper-word', why: 'one capitalised word of n letters (an acronym?)', make: (n) => 'B' + repeat('a', n - 1) },
  { name: 'caps-word', why: 'one all-capitals word of n letters', make: (n) => repeat('A', n) },
  { name: 'url-word', why: 'a URL that never ends', make: (n) => 'www.' + repeat('a.', n - 4) },
  { name: 'email-word', why: 'an e-mail address that never ends', make: (n) => repeat('a.', n - 2) + '@b' },
  // nesting
  { name: 'parentheses', why: 'n/2 opening, then n/2 closing parentheses', make: (n) => repeat('(', n / 2) + repeat(')', n / 2) },
  { name: 'quotes', why: 'straight double quotes', make: (n) => repeat('"', n) },
  { name: 'curly-quotes', why: 'n/2 opening, then n/2 closing curly quotes', make: (n) => repeat('“', n / 2) + repeat('”', n / 2) },
  { name: 'mixed-nesting', why: 'quotes and brackets nested, a word at the bottom', make: (n) => repeat('("[‘«', n / 2) + 'x' + repeat('»’]")', n / 2) },
  // mixed scripts
  {
    name: 'mixed-scripts',
    why: 'Latin, Hangul, Cyrillic, Arabic, CJK, astral letters, emoji, combining marks, bidi and zero-width characters',
    make: (n) => repeat('Seoul 서울 Москва 東京 القاهرة 𝒜😀 é\u0301 \u202eabc\u202c a\u200bb\u00a0c ', n),
  },
  // prose that is hostile only by its length: the full pipeline on one endless line
  { name: 'prose-one-line', why: 'ordinary sentences, no line break', make: (n) => repeat('Police said 5 people were arrested on Monday in Seoul. ', n) },
  { name: 'prose-no-stop', why: 'one sentence that never ends, with figures in it', make: (n) => repeat('about 5 people and 6 cars and ', n) },
  { name: 'lower-words', why: 'lower-case words, no stop', make: (n) => repeat('the police were there and ', n) },
  // shapes found superlinear in an extractor (KNOWN_SUPERLINEAR below)
  { name: 'title-case-run', why: 'one run of capitalised words (a Title Case line of n words)', make: (n) => repeat('Korea Communications Standards Commission ', n) },
  { name: 'known-name-run', why: 'known names back to back ("Seoul Telegram Seoul Telegram ...")', make: (n) => repeat('Seoul Telegram ', n) },
  { name: 'reporting-verbs', why: 'many reporting verbs ("he said he said ...")', make: (n) => repeat('he said ', n) },
  { name: 'according-to', why: 'many "according to" phrases', make: (n) => repeat('according to police, ', n) },
  { name: 'month-run', why: 'month abbreviations without end ("Jan. Jan. ...")', make: (n) => repeat('Jan. ', n) },
  { name: 'hyphen-word-hashtag', why: 'one hyphenated word without end, then a hashtag ("a-a-a-...-a #x")', make: (n) => repeat('a-', n - 3) + ' #x' },
];

/**
 * Stages that cost more than linear time (or stack) on a shape when it comes as ONE sentence. The
 * segmenter never makes a sentence longer than MAX_SENTENCE_CHARS (src/segment/sentences.ts), so a
 * whole document stays linear; the stage itself still needs the fix named in `where` (see
 * docs/limits.md). The linear-time test skips these pairs; delete an entry once fixed.
 */
export const KNOWN_SUPERLINEAR: readonly { shape: string; stages: readonly string[]; where: string }[] = [
  // none: every stage is linear on every shape above (the last ones fixed: entity chains, the
  // non-prose scanner, attribution frames and clauses, dates' push of a parser's candidates)
];
