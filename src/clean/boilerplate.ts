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

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
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

function scriptOf(code: number): Script | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) return 'latin';
  if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) return 'hangul';
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 'cjk';
  if (code >= 0x400 && code <= 0x4ff) return 'cyrillic';
  if (code >= 0x600 && code <= 0x6ff) return 'arabic';
  // typographic punctuation (’ “ ” – —, U+2000–U+206F) is in every English story: not a script
  if (code >= 0x2000 && code <= 0x206f) return null;
  if (code > 0x24f && /\p{L}/u.test(String.fromCharCode(code))) return 'other';
  return null;
}

function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (let i = 0; i < text.length; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

function dominantScript(text: string): Script {
  let best: Script = 'latin';
  let bestCount = -1;
  for (const [s, n] of scriptCounts(text)) if (n > bestCount) { best = s; bestCount = n; }
  return best;
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * A line that reads like a headline or section heading rather than prose: short, and not closed by
 * sentence punctuation. Related-story headlines inserted mid-article ("Telegram CEO Pavel Durov
 * Banned from Leaving France") and page labels ("More From Author") look like this; so do section
 * headings, which carry no claims of their own.
 */
function isHeadingLike(line: string): boolean {
  const t = line.trim();
  if (!t || TERMINAL.test(t)) return false;
  const n = words(t).length;
  return n > 0 && n <= 14;
}

/** A line made mostly of hashtags: "#Telegram #Apologizes #South #Korean". */
function isHashtagLine(line: string): boolean {
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  const tags = tokens.filter((t) => /^#[\p{L}\p{N}_]/u.test(t)).length;
  return tags >= 2 && tags / tokens.length >= 0.5;
}

/** A line in another script than the article's: a message-board frame around a scraped story. */
function isForeignScriptLine(line: string, dominant: Script): boolean {
  const counts = scriptCounts(line);
  let total = 0;
  let foreign = 0;
  for (const [s, n] of counts) {
    total += n;
    if (s !== dominant) foreign += n;
  }
  if (total === 0 || foreign === 0) return false;
  if (foreign / total >= 0.3) return true;
  // a board's list item starts with its own label ("- 이전글Understanding ...")
  const first = line.replace(/^[\s\-–—•*·>|]+/, '');
  const s = first.length ? scriptOf(first.charCodeAt(0)) : null;
  return s !== null && s !== dominant;
}

export interface CleanResult {
  excluded: ExcludedSpan[];
  /** the text with excluded spans replaced by spaces (newlines kept), same length as the input */
  masked: string;
}

export function stripBoilerplate(text: string): CleanResult {
  const lines = splitLines(text);
  const dominant = dominantScript(text);
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
    const isRepeat = seenLines.has(key) && words(t).length >= 4;
    seenLines.add(key);
    if (firstContent) {
      firstContent = false;
      // the first line of a scraped article is its title: metadata, not a statement of the story
      if (!TERMINAL.test(t) || words(t).length <= 20) { whole('title'); continue; }
    }
    if (isRepeat) whole('repeated-line');
    else if (isForeignScriptLine(t, dominant)) whole('foreign-script');
    else if (isHashtagLine(t)) whole('hashtags');
    else if (RELATED_PREFIX.test(t) && (words(t).length <= 40)) whole('related-link');
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
