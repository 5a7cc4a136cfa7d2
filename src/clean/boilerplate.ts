// Finding what in a scraped page is not the article: share lines, related headlines, comment
// footers, credits, URLs, message-board frames in another script, repeated copies. Nothing is
// deleted: each finding is an excluded span, and `maskExcluded` blanks those spans with spaces so
// that every later stage keeps offsets into the original text.
//
// The rules describe kinds of page furniture seen across news sites, not strings of one page.
import type { ExcludedSpan } from '../types.js';

interface Line {
  start: number;
  end: number; // exclusive, before the newline
  text: string;
}

/**
 * A line ends at LF, or at a CR that no LF follows (files saved with classic Mac line ends, which
 * would otherwise read as one line: a short one is then taken whole as the title and lost). In CRLF
 * the LF ends the line and the CR is trimmed.
 */
export function isLineEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10);
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isLineEnd(text, i)) {
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === 13) end--; // CRLF files
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

// "Also read:", "READ MORE:", "Related:", "See also" — links to other stories dropped mid-text.
const RELATED_PREFIX = /^\s*(?:[-•*]\s*)?(?:also read|read also|read more|more reading|related(?: stories| articles| news| coverage)?|see also|recommended(?: for you)?|more from\b|you may also like|you might also like|don'?t miss|must read|trending|editor'?s picks?|watch|listen)\b\s*[:|\-–—]?/i;
// Lines that are entirely a list heading of links at the end of a page.
const RELATED_HEADING = /^\s*(?:you may also like|you might also like|more from (?:the )?author|related (?:posts|articles|stories|news)|recommended(?: stories)?|latest news|most read|popular posts|more stories|read next|top stories)\s*$/i;
// Share/follow/subscribe furniture.
const SHARE_FOLLOW = /^\s*(?:follow us|follow (?:@|on )|share (?:this|on|via)\b|share:|subscribe (?:to|now)|sign up (?:for|to)|join (?:our|us on)|like us on|click here|tap here|download (?:our|the) app|get (?:our|the) newsletter)/i;
// Calls to action addressed to the reader, anywhere in the line.
const CALL_TO_ACTION = /\b(?:share your thoughts|in the comments? (?:section )?below|comments? section below|follow our (?:blog|page|channel)|subscribe to our|sign up for our newsletter|turn on notifications|all rights reserved|copyright ©|©\s*\d{4})/i;
// Comment sections: the rest of the page after one is never the article.
const COMMENT_FOOTER = /^\s*(?:leave a (?:reply|replay|comment)|post a comment|add (?:a )?comment|comments are closed|comments? \(\d+\)|\d+\s+comments?$|no comments(?: yet)?|your email address will not be published|join the (?:conversation|discussion)|be the first to comment|required fields are marked)/i;
// Image and video credits and captions labelled as such.
const CREDIT = /^\s*(?:image|photo|picture|video|graphic|illustration|file photo|caption|source)(?:\s+(?:source|credit|courtesy|by))?\s*[:–—-]/i;
// A wire credit closing the article: "(BBC/Z-3)", "(AFP)", "(Reporting by ...; Editing by ...)".
const WIRE_CREDIT_AT_END = /\((?:reporting by [^()]{0,300}|(?:[A-Z][A-Za-z&]{1,15})(?:\/[A-Za-z0-9.-]{1,15}){0,3})\)\s*$/;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”)]+[^\s<>"“”).,;:!?]/g;
const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g;
const TERMINAL = /[.!?"”’')\]…:;]\s*$/;

type Script = 'latin' | 'hangul' | 'cjk' | 'kana' | 'cyrillic' | 'arabic' | 'other';
const SCRIPTS: readonly Script[] = ['latin', 'hangul', 'cjk', 'kana', 'cyrillic', 'arabic', 'other'];
const NO_SCRIPT = -1;
const LETTER = /\p{L}/u;

/** Index into SCRIPTS of a UTF-16 code unit's script, or NO_SCRIPT (digits, punctuation, spaces). */
function scriptIndexOf(code: number): number {
  // ASCII first: nearly every character of an English story
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 0 : NO_SCRIPT;
  if (code >= 0xc0 && code <= 0x24f) return 0;
  if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) return 1;
  if (code >= 0x3040 && code <= 0x30ff) return 3;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 2;
  if (code >= 0x400 && code <= 0x4ff) return 4;
  if (code >= 0x600 && code <= 0x6ff) return 5;
  // typographic punctuation (’ “ ” – —, U+2000–U+206F) is in every English story: not a script
  if (code >= 0x2000 && code <= 0x206f) return NO_SCRIPT;
  if (code > 0x24f && LETTER.test(String.fromCharCode(code))) return 6;
  return NO_SCRIPT;
}

function scriptOf(code: number): Script | null {
  const i = scriptIndexOf(code);
  return i === NO_SCRIPT ? null : SCRIPTS[i]!;
}

/**
 * Letters per script of each line, counted in one pass over the text (a typed array, no Map or
 * string per character: this was the cleaner's hottest loop), and the order in which the scripts
 * first appear, which breaks ties for the dominant script.
 */
interface ScriptCounts {
  /** counts[line * SCRIPTS.length + script] */
  perLine: Int32Array;
  total: Int32Array;
  firstSeen: number[];
}

function countScripts(text: string, lines: Line[]): ScriptCounts {
  const k = SCRIPTS.length;
  const perLine = new Int32Array(lines.length * k);
  const total = new Int32Array(k);
  const firstSeen: number[] = [];
  for (let l = 0; l < lines.length; l++) {
    const { start, end } = lines[l]!;
    for (let i = start; i < end; i++) {
      const s = scriptIndexOf(text.charCodeAt(i));
      if (s === NO_SCRIPT) continue;
      perLine[l * k + s]! += 1;
      if (total[s] === 0) firstSeen.push(s);
      total[s]! += 1;
    }
  }
  return { perLine, total, firstSeen };
}

function dominantScript(counts: ScriptCounts): number {
  let best = 0;
  let bestCount = -1;
  for (const s of counts.firstSeen) if (counts.total[s]! > bestCount) { best = s; bestCount = counts.total[s]!; }
  return best;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** The number of whitespace-separated words holding a letter or digit, without building them. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c < 0x80 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s[i]!);
    if (space) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted) {
      const wordChar = c < 0x80 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : WORD_CHAR.test(s[i]!);
      if (wordChar) {
        n++;
        counted = true;
      }
    }
  }
  return n;
}

/**
 * A line that reads like a headline or section heading rather than prose: short, and not closed by
 * sentence punctuation. Related-story headlines inserted mid-article ("Telegram CEO Pavel Durov
 * Banned from Leaving France") and page labels ("More From Author") look like this; so do section
 * headings, which carry no claims of their own.
 */
function isHeadingLike(line: string): boolean {
  const t = line.trim();
  if (!t || TERMINAL.test(t)) return false;
  const n = wordCount(t);
  return n > 0 && n <= 14;
}

/** A line made mostly of hashtags: "#Telegram #Apologizes #South #Korean". */
function isHashtagLine(line: string): boolean {
  if (!line.includes('#')) return false;
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  const tags = tokens.filter((t) => /^#[\p{L}\p{N}_]/u.test(t)).length;
  return tags >= 2 && tags / tokens.length >= 0.5;
}

/** A line in another script than the article's: a message-board frame around a scraped story. */
function isForeignScriptLine(line: string, counts: Int32Array, at: number, dominant: number): boolean {
  let total = 0;
  let foreign = 0;
  for (let s = 0; s < SCRIPTS.length; s++) {
    const n = counts[at + s]!;
    total += n;
    if (s !== dominant) foreign += n;
  }
  if (total === 0 || foreign === 0) return false;
  if (foreign / total >= 0.3) return true;
  // a board's list item starts with its own label ("- 이전글Understanding ...")
  const first = line.replace(/^[\s\-–—•*·>|]+/, '');
  const s = first.length ? scriptOf(first.charCodeAt(0)) : null;
  return s !== null && s !== SCRIPTS[dominant];
}

export interface CleanResult {
  excluded: ExcludedSpan[];
  /** the text with excluded spans replaced by spaces (newlines kept), same length as the input */
  masked: string;
}

export function stripBoilerplate(text: string): CleanResult {
  const lines = splitLines(text);
  const scripts = countScripts(text, lines);
  const dominant = dominantScript(scripts);
  const excluded: ExcludedSpan[] = [];
  const seenLines = new Set<string>();
  let tailFrom = -1;
  let firstContent = true;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (!t) continue;
    const whole = (rule: string) => excluded.push({ start: line.start, end: line.end, rule });

    if (COMMENT_FOOTER.test(t)) {
      tailFrom = i;
      break;
    }
    const key = t.replace(/\s+/g, ' ').toLowerCase();
    const isRepeat = seenLines.has(key) && wordCount(t) >= 4;
    seenLines.add(key);
    if (firstContent) {
      firstContent = false;
      // the first line of a scraped article is its title: metadata, not a statement of the story
      if (!TERMINAL.test(t) || wordCount(t) <= 20) { whole('title'); continue; }
    }
    if (isRepeat) whole('repeated-line');
    else if (isForeignScriptLine(t, scripts.perLine, i * SCRIPTS.length, dominant)) whole('foreign-script');
    else if (isHashtagLine(t)) whole('hashtags');
    else if (RELATED_PREFIX.test(t) && wordCount(t) <= 40) whole('related-link');
    else if (RELATED_HEADING.test(t)) whole('related-link');
    else if (SHARE_FOLLOW.test(t)) whole('share-follow');
    else if (CALL_TO_ACTION.test(t)) whole('call-to-action');
    else if (CREDIT.test(t)) whole('credit');
    else if (isHeadingLike(t)) whole('heading');
    else {
      const credit = WIRE_CREDIT_AT_END.exec(line.text);
      if (credit) excluded.push({ start: line.start + credit.index, end: line.end, rule: 'wire-credit' });
      for (const re of [URL, EMAIL]) {
        // the e-mail pattern tries up to 64 characters at every word start: run it only where it can match
        if (re === EMAIL ? !line.text.includes('@') : !/:\/\/|www\./.test(line.text)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
          excluded.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, rule: re === URL ? 'url' : 'email' });
        }
      }
    }
  }
  if (tailFrom >= 0) excluded.push({ start: lines[tailFrom]!.start, end: text.length, rule: 'comment-footer' });

  const merged = mergeSpans(excluded);
  return { excluded: merged, masked: maskExcluded(text, merged) };
}

/** Sort and merge overlapping spans; a span inside another keeps the outer span's rule. */
function mergeSpans(spans: ExcludedSpan[]): ExcludedSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ExcludedSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function maskExcluded(text: string, excluded: ExcludedSpan[]): string {
  if (!excluded.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const span of excluded) {
    parts.push(text.slice(at, span.start));
    parts.push(text.slice(span.start, span.end).replace(/[^\n]/g, ' '));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
