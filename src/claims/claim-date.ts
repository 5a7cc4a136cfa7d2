// Which date a claim is about. Not merely the first date in the sentence: in "the number of cases
// has risen from 156 in 2021 to 297 in July this year" each figure has its own date; in "53% ...
// according to a 2023 global report" the date sits inside the attribution; and in "the watchdog
// said Monday that ... 148 videos ... over the past month" Monday dates the saying, the window
// dates the figure.
import type { DateMention, FigureMention, Sentence } from '../types.js';

const SPEECH_BEFORE = /\b(?:said|says|told|reported|announced|stated|confirmed|added|noted|revealed|disclosed|declared|wrote|tweeted|posted)\s+(?:on\s+|late\s+|early\s+)?$/i;

/**
 * Preference order:
 *  1. a date (or window) right after the figure, within four words and no punctuation, with no other
 *     figure in between ("156 in 2021", "297 in July this year", "148 videos to be taken down over
 *     the past month");
 *  2. the nearest date in the same clause (commas, semicolons and dashes bound a clause) that is
 *     closer to this figure than to any other, dates of saying ("said Monday") last;
 *  3. the same over the whole sentence;
 *  4. failing that, the sentence's own date, by the same preference.
 */
export function chooseClaimDate(sentence: Sentence, figure: FigureMention | null, dates: DateMention[], otherFigures: FigureMention[]): DateMention | null {
  if (!dates.length) return null;
  const isSpeechDate = (d: DateMention) => SPEECH_BEFORE.test(sentence.text.slice(Math.max(0, d.start - sentence.start - 30), d.start - sentence.start));
  const rank = (d: DateMention) => (isSpeechDate(d) ? 2 : d.grain === 'duration' ? 1 : 0);
  if (!figure) {
    return dates.slice().sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0] ?? null;
  }
  const local = (i: number) => i - sentence.start;
  const figures = [figure, ...otherFigures];

  for (const d of dates) {
    if (d.start < figure.end) continue;
    const between = sentence.text.slice(local(figure.end), local(d.start));
    const wordsBetween = between.trim() ? between.trim().split(/\s+/).length : 0;
    if (wordsBetween <= 4 && !/[,;:–—()]/.test(between) && !otherFigures.some((f) => f.start >= figure.end && f.end <= d.start)) return d;
  }
  const mine = dates.filter((d) => closestFigure(d, figures) === figure);
  const byPreference = (list: DateMention[]) =>
    list.slice().sort((a, b) => rank(a) - rank(b) || distance(a, figure) - distance(b, figure) || a.start - b.start)[0] ?? null;
  const clause = clauseBounds(sentence, figure);
  // a figure with no date of its own shares the sentence's ("96,000 videos last year, with 53 percent of them")
  return byPreference(mine.filter((d) => d.start >= clause.start && d.end <= clause.end)) ?? byPreference(mine) ?? byPreference(dates);
}

function distance(d: DateMention, f: FigureMention): number {
  return d.start >= f.end ? d.start - f.end : f.start >= d.end ? f.start - d.end : 0;
}

function closestFigure(d: DateMention, figures: FigureMention[]): FigureMention | undefined {
  // a date that contains a figure ("in the past five days") belongs to the figure before it
  const outside = figures.filter((f) => !(f.start >= d.start && f.end <= d.end));
  return outside.slice().sort((a, b) => distance(d, a) - distance(d, b) || a.start - b.start)[0];
}

function clauseBounds(sentence: Sentence, figure: FigureMention): { start: number; end: number } {
  const text = sentence.text;
  const isBoundary = (c: string) => c === ';' || c === '—' || c === '–' || c === ',';
  let s = figure.start - sentence.start;
  while (s > 0 && !isBoundary(text[s - 1]!)) s--;
  let e = figure.end - sentence.start;
  while (e < text.length && !isBoundary(text[e]!)) e++;
  return { start: sentence.start + s, end: sentence.start + e };
}
