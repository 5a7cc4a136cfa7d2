// The terminal rendering: each group with its verdict, why, and each member's sentence with the
// compared span marked. Colour only when asked for (the caller decides: a TTY, not NO_COLOR).
import type { DiffGroup, DiffMember, Verdict } from './types.js';

export interface TextOptions {
  color: boolean;
}

const ESC = '\u001b[';
const paint = (on: boolean, code: string, s: string) => (on ? `${ESC}${code}m${s}${ESC}0m` : s);

const VERDICT_LABEL: Record<Verdict, string> = { conflict: 'CONFLICT', agree: 'AGREE', single: 'SINGLE' };
const VERDICT_COLOR: Record<Verdict, string> = { conflict: '1;31', agree: '1;32', single: '2' };
const EXCERPT = 70;

/** Article text must not drive the terminal: control characters (ESC above all) become spaces. */
export function terminalSafe(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

export function renderText(groups: readonly DiffGroup[], opts: TextOptions): string {
  const lines: string[] = [summaryLine(groups, opts.color), ''];
  for (const g of groups) {
    lines.push(`${paint(opts.color, VERDICT_COLOR[g.verdict], VERDICT_LABEL[g.verdict].padEnd(8))}  ${terminalSafe(g.topic)}  ${paint(opts.color, '2', g.group_id)}`);
    lines.push(`  ${terminalSafe(g.reason)}`);
    for (const m of g.members) {
      const who = [m.outlet, m.doc].filter(Boolean).map((s) => terminalSafe(s!)).join(', ');
      lines.push(`  - ${who} (${m.published ?? 'no date'}): ${excerpt(m, g.verdict, opts.color)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function summaryLine(groups: readonly DiffGroup[], color: boolean): string {
  const n = (v: Verdict) => groups.filter((g) => g.verdict === v).length;
  const docs = new Set(groups.flatMap((g) => g.members.map((m) => m.doc))).size;
  const conflicts = n('conflict');
  const c = `${conflicts} conflict${conflicts === 1 ? '' : 's'}`;
  return `${docs} document${docs === 1 ? '' : 's'}: ${conflicts ? paint(color, '1;31', c) : c}, ${n('agree')} agreement${n('agree') === 1 ? '' : 's'}, ${n('single')} single`;
}

/** The sentence around the compared span, the span marked. */
function excerpt(m: DiffMember, verdict: Verdict, color: boolean): string {
  const rel = m.start - m.sentence_start;
  const len = m.end - m.start;
  const sentence = m.sentence;
  if (rel < 0 || sentence.slice(rel, rel + len) !== m.text) return `"${terminalSafe(m.text)}"`;
  let before = sentence.slice(0, rel);
  let after = sentence.slice(rel + len);
  if (before.length > EXCERPT) before = '…' + before.slice(before.length - EXCERPT).replace(/^\S*\s/, '');
  if (after.length > EXCERPT) after = after.slice(0, EXCERPT).replace(/\s\S*$/, '') + '…';
  const span = terminalSafe(m.text);
  const marked = color ? paint(true, verdict === 'conflict' ? '1;33' : '1', span) : `[${span}]`;
  return `${terminalSafe(before)}${marked}${terminalSafe(after)}`.replace(/\s+/g, ' ').trim();
}
