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

/** Quoted spans (offsets relative to `text`, quote marks included), in order, possibly nested. */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open: { mark: string; at: number }[] = [];
  const closeLast = (accepts: (mark: string) => boolean, at: number, len: number): boolean => {
    for (let k = open.length - 1; k >= 0; k--) {
      if (accepts(open[k]!.mark)) {
        spans.push({ start: open[k]!.at, end: at + len });
        open.splice(k);
        return true;
      }
    }
    return false;
  };
  // only quotation characters matter: jump from one to the next
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(text); m; m = QUOTE_CHARS.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    if (c === '`') {
      if (next === '`') { open.push({ mark: '``', at: i }); QUOTE_CHARS.lastIndex = i + 2; }
      continue;
    }
    if (c === "'" && next === "'") {
      if (!closeLast((mk) => mk === '``', i, 2)) spans.push({ start: 0, end: i + 2 });
      QUOTE_CHARS.lastIndex = i + 2;
      continue;
    }
    switch (c) {
      case '“': case '«': case '„':
        open.push({ mark: c, at: i });
        break;
      case '”': case '»':
        if (!closeLast((m) => m === '“' || m === '«' || m === '„' || (c === '”' && m === '"'), i, 1)) spans.push({ start: 0, end: i + 1 });
        break;
      case '"':
        if (!closeLast((m) => m === '"' || m === '“', i, 1)) open.push({ mark: '"', at: i });
        break;
      case '‘':
        open.push({ mark: '‘', at: i });
        break;
      case '’': case "'": {
        // an apostrophe inside a word ("it’s") or after a plural ("students’") is not a quote mark
        if (LETTER.test(next)) {
          if (!LETTER.test(prev) && c === "'") open.push({ mark: "'", at: i });
          break;
        }
        closeLast((m) => m === '‘' || m === "'", i, 1);
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
