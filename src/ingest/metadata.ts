// What the text itself says about the article: its title, a wire dateline, a closing credit.
// Used where the manifest is silent. The machine's clock is never a source of dates.
import { parsePublished } from './manifest.js';

export interface TextMeta {
  title: string | null;
  outlet: string | null;
  datelinePlace: string | null;
  /** a full date found in the dateline or a "Published:" line, or null */
  published: string | null;
}

// LF, CRLF, or a lone CR (classic Mac files)
const LINE_END = /\r\n|\r|\n/;
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// "SEOUL, Sept 2 (Reuters) –", "WASHINGTON, March 3, 2024 (AP) —", "PARIS (AFP) -"
const DATELINE = /^\s*([A-Z][A-Z.'’\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.]{1,20})?)\s*,?\s*(?:([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*)?\((Reuters|AP|AFP|Bloomberg|Yonhap|Xinhua|UPI|dpa|ANSA|EFE|Kyodo|PTI|IANS|ANI|Bernama|AAP|CNA|BBC|CNN|Al Jazeera|[A-Z][A-Za-z]{1,20})\)\s*[-–—]/;
// a closing credit: "(BBC/Z-3)", "(AFP)", "(Reporting by ...)" is not an outlet
const CLOSING_CREDIT = /\(([A-Z][A-Za-z&]{1,15})(?:\/[A-Za-z0-9.-]{1,15}){0,3}\)\s*$/m;
// "Published: 2 September 2024", "Updated 2024-09-02"
const PUBLISHED_LINE = /^\s*(?:published|posted|updated|date)\s*(?:on)?\s*:?\s*(.{6,40})$/im;

export function readTextMeta(text: string, published: string | null): TextMeta {
  const firstLine = text.split(LINE_END).find((l) => l.trim())?.trim() ?? null;
  let outlet: string | null = null;
  let datelinePlace: string | null = null;
  let datelineDate: string | null = null;
  for (const line of text.split(LINE_END, 40)) {
    const m = DATELINE.exec(line);
    if (!m) continue;
    datelinePlace = m[1]!.trim();
    outlet = m[5]!;
    if (m[2] && m[3] && m[4]) {
      const month = MONTHS[m[2].toLowerCase().slice(0, m[2].toLowerCase().startsWith('sept') ? 4 : 3)];
      if (month) datelineDate = parsePublished(`${m[4]}-${String(month).padStart(2, '0')}-${m[3].padStart(2, '0')}`);
    }
    break;
  }
  if (!outlet) {
    const credit = CLOSING_CREDIT.exec(text);
    if (credit && credit[1] && !/^(?:Reporting|Editing|Writing)$/i.test(credit[1])) outlet = credit[1];
  }
  let textDate: string | null = null;
  const pub = PUBLISHED_LINE.exec(text.slice(0, 2000));
  if (pub) textDate = parseLooseDate(pub[1]!);
  return {
    title: firstLine,
    outlet,
    datelinePlace,
    // a dateline without a year says nothing certain about the year: only a full date counts
    published: published ?? datelineDate ?? textDate,
  };
}

/** "2024-09-02", "2 September 2024", "September 2, 2024": a full date only. */
function parseLooseDate(s: string): string | null {
  const iso = /(\d{4}-\d{2}-\d{2})/.exec(s);
  if (iso) return parsePublished(iso[1]!);
  const dmy = /(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(s);
  const mdy = /([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s);
  const pick = dmy ? { d: dmy[1]!, m: dmy[2]!, y: dmy[3]! } : mdy ? { d: mdy[2]!, m: mdy[1]!, y: mdy[3]! } : null;
  if (!pick) return null;
  const key = pick.m.toLowerCase();
  const month = MONTHS[key.startsWith('sept') ? 'sept' : key.slice(0, 3)];
  if (!month) return null;
  return parsePublished(`${pick.y}-${String(month).padStart(2, '0')}-${pick.d.padStart(2, '0')}`);
}
