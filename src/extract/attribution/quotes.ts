// Quotation spans of one sentence: “curly”, "straight", ‘single’, 'single', ``LaTeX-style'' and «guillemets».
//
// Traps: ’ is also the apostrophe ("Telegram’s", "We’ve", "students’ union"); a sentence may be one part
// of a quotation that spans several sentences, so an opening mark without its closer quotes to the end
// of the sentence and a closer without its opener quotes from the start.

export interface Span {
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const QUOTE_CHARS = /[“”«»„"'‘’`]/g;
// the opening marks each closing mark accepts
const TICKS = ['``'];
const CLOSES_CURLY = ['“', '«', '„', '"'];
const CLOSES_GUILLEMET = ['“', '«', '„'];
const CLOSES_STRAIGHT = ['"', '“'];
const CLOSES_SINGLE = ['‘', "'"];

/** Quoted spans (offsets relative to `text`, quote marks included), in order, possibly nested. */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open: { mark: string; at: number }[] = [];
  // for each kind of mark, the positions in `open` that hold it (ascending): the topmost open mark a
  // closer accepts is the highest of the tops of its kinds, found without scanning the whole stack
  const byMark = new Map<string, number[]>();
  const push = (mark: string, at: number) => {
    let list = byMark.get(mark);
    if (!list) byMark.set(mark, (list = []));
    list.push(open.length);
    open.push({ mark, at });
  };
  const closeLast = (marks: readonly string[], at: number, len: number): boolean => {
    let k = -1;
    for (const mark of marks) {
      const list = byMark.get(mark);
      if (list && list.length && list[list.length - 1]! > k) k = list[list.length - 1]!;
    }
    if (k < 0) return false;
    spans.push({ start: open[k]!.at, end: at + len });
    open.length = k;
    for (const list of byMark.values()) while (list.length && list[list.length - 1]! >= k) list.pop();
    return true;
  };
  // only quotation characters matter: jump from one to the next
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(text); m; m = QUOTE_CHARS.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    if (c === '`') {
      if (next === '`') { push('``', i); QUOTE_CHARS.lastIndex = i + 2; }
      continue;
    }
    if (c === "'" && next === "'") {
      if (!closeLast(TICKS, i, 2)) spans.push({ start: 0, end: i + 2 });
      QUOTE_CHARS.lastIndex = i + 2;
      continue;
    }
    switch (c) {
      case '“': case '«': case '„':
        push(c, i);
        break;
      case '”': case '»':
        if (!closeLast(c === '”' ? CLOSES_CURLY : CLOSES_GUILLEMET, i, 1)) spans.push({ start: 0, end: i + 1 });
        break;
      case '"':
        if (!closeLast(CLOSES_STRAIGHT, i, 1)) push('"', i);
        break;
      case '‘':
        push('‘', i);
        break;
      case '’': case "'": {
        // an apostrophe inside a word ("it’s") or after a plural ("students’") is not a quote mark
        if (LETTER.test(next)) {
          if (!LETTER.test(prev) && c === "'") push("'", i);
          break;
        }
        closeLast(CLOSES_SINGLE, i, 1);
        break;
      }
      default:
        break;
    }
  }
  // a quotation that continues into the next sentence
  for (const o of open) {
    if (o.mark === "'" || o.mark === '‘') continue; // too ambiguous to run to the end
    spans.push({ start: o.at, end: text.length });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True when [start, end) lies inside one quoted span. */
export function isQuoted(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}
