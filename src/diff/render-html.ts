// A report a journalist opens in a browser: one self-contained file (inline CSS, no scripts, no
// external assets), conflicts first, each group's sentences side by side with outlet, publication
// date and the compared span marked. Every piece of article text is HTML-escaped; the page's own
// Content-Security-Policy forbids scripts and remote loads even if something slipped through.
import type { DiffGroup, DiffMember, Verdict } from './types.js';

export interface HtmlOptions {
  title?: string;
}

const VERDICT_NAME: Record<Verdict, string> = { conflict: 'Conflict', agree: 'Agree', single: 'Single' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
:root{--ink:#1d232b;--muted:#5b6673;--line:#d9dee4;--bg:#f6f7f9;--conflict:#b42318;--conflict-bg:#fdecea;--agree:#1a7f4b;--agree-bg:#e8f5ee;--single:#6b7280;--mark-conflict:#ffd8d3;--mark-agree:#cfeedd}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main,.page-head{max-width:1180px;margin:0 auto;padding:0 20px}
.page-head{padding-top:24px;padding-bottom:8px}
h1{font-size:22px;margin:0 0 4px}
.summary{color:var(--muted);margin:0}
.summary b.conflict{color:var(--conflict)}
.summary b.agree{color:var(--agree)}
.group{background:#fff;border:1px solid var(--line);border-left:6px solid var(--single);border-radius:8px;margin:16px 0;padding:14px 16px}
.group.conflict{border-left-color:var(--conflict)}
.group.agree{border-left-color:var(--agree)}
.group h2{font-size:16px;margin:0;display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.badge{font-size:12px;font-weight:700;letter-spacing:.04em;text-transform:uppercase;padding:2px 8px;border-radius:10px;background:#eef0f3;color:var(--single)}
.conflict .badge{background:var(--conflict-bg);color:var(--conflict)}
.agree .badge{background:var(--agree-bg);color:var(--agree)}
.gid{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--muted)}
.reason{margin:6px 0 12px;color:var(--muted);font-size:14px}
.members{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:12px}
.member{border:1px solid var(--line);border-radius:6px;padding:10px 12px;background:#fcfcfd;display:flex;flex-direction:column;gap:6px;min-width:0}
.member header{display:flex;justify-content:space-between;gap:8px;flex-wrap:wrap}
.outlet{font-weight:700}
.member time,.nodate{color:var(--muted);font-size:13px}
.sentence{margin:0;font-size:15px;overflow-wrap:anywhere}
mark{padding:0 2px;border-radius:3px;background:#fff3bf;font-weight:700;color:inherit}
.conflict mark{background:var(--mark-conflict)}
.agree mark{background:var(--mark-agree)}
.meta{margin:0;color:var(--muted);font-size:12px;overflow-wrap:anywhere}
.meta code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
.repeat{font-size:12px;color:var(--muted)}
details.singles{margin:24px 0 40px}
details.singles>summary{cursor:pointer;font-weight:700;font-size:16px}
.empty{color:var(--muted);margin:24px 0}
`.trim();

export function renderHtml(groups: readonly DiffGroup[], opts: HtmlOptions = {}): string {
  const n = (v: Verdict) => groups.filter((g) => g.verdict === v).length;
  const docs = new Set(groups.flatMap((g) => g.members.map((m) => m.doc))).size;
  const title = opts.title ?? 'Claims across outlets';
  const shared = groups.filter((g) => g.verdict !== 'single');
  const singles = groups.filter((g) => g.verdict === 'single');
  const plural = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const parts = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="page-head">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="summary">${plural(docs, 'document', 'documents')} · <b class="conflict">${plural(n('conflict'), 'conflict', 'conflicts')}</b> · <b class="agree">${plural(n('agree'), 'agreement', 'agreements')}</b> · ${plural(n('single'), 'figure', 'figures')} only one document gives</p>`,
    '</header>',
    '<main>',
  ];
  if (!shared.length) parts.push('<p class="empty">No figure or date is reported by more than one document.</p>');
  for (const g of shared) parts.push(groupHtml(g));
  if (singles.length) {
    parts.push(`<details class="singles"><summary>${plural(singles.length, 'figure', 'figures')} only one document gives</summary>`);
    for (const g of singles) parts.push(groupHtml(g));
    parts.push('</details>');
  }
  parts.push('</main>', '</body>', '</html>', '');
  return parts.join('\n');
}

function groupHtml(g: DiffGroup): string {
  // a document that repeats a sentence (a page carrying the article twice) shows it once
  const shown: { m: DiffMember; times: number }[] = [];
  for (const m of g.members) {
    const same = shown.find((s) => s.m.doc === m.doc && s.m.sentence === m.sentence && s.m.text === m.text);
    if (same) same.times++;
    else shown.push({ m, times: 1 });
  }
  return [
    `<section class="group ${g.verdict}" id="${escapeHtml(g.group_id)}" data-verdict="${g.verdict}" data-kind="${g.kind}">`,
    `<h2><span class="badge">${VERDICT_NAME[g.verdict]}</span><span class="topic">${escapeHtml(g.topic)}</span><span class="gid">${escapeHtml(g.group_id)}</span></h2>`,
    `<p class="reason">${escapeHtml(g.reason)}</p>`,
    '<div class="members">',
    ...shown.map(({ m, times }) => memberHtml(m, times)),
    '</div>',
    '</section>',
  ].join('\n');
}

function memberHtml(m: DiffMember, times: number): string {
  const outlet = m.outlet ?? baseName(m.doc);
  const when = m.published ? `<time datetime="${escapeHtml(m.published)}">${escapeHtml(m.published)}</time>` : '<span class="nodate">no publication date</span>';
  const value = m.value === null ? 'vague' : `${formatValue(m.value)}${m.value_max !== null ? `–${formatValue(m.value_max)}` : ''}${m.unit ? ' ' + m.unit : ''}`;
  return [
    `<article class="member" data-doc="${escapeHtml(m.doc)}" data-claim="${escapeHtml(m.claim_id)}">`,
    `<header><span class="outlet">${escapeHtml(outlet)}</span>${when}</header>`,
    `<p class="sentence">${highlighted(m)}</p>`,
    `<p class="meta"><code>${escapeHtml(m.doc)}</code> · ${m.start}–${m.end} · ${escapeHtml(value)}${m.date ? ` · about ${escapeHtml(m.date)}` : ''}${times > 1 ? ` <span class="repeat">· repeated ${times}×</span>` : ''}</p>`,
    '</article>',
  ].join('');
}

/** The sentence, escaped, with the compared span in <mark>. */
function highlighted(m: DiffMember): string {
  const rel = m.start - m.sentence_start;
  const len = m.end - m.start;
  if (rel < 0 || m.sentence.slice(rel, rel + len) !== m.text) return escapeHtml(m.sentence) + ` <mark>${escapeHtml(m.text)}</mark>`;
  return `${escapeHtml(m.sentence.slice(0, rel))}<mark>${escapeHtml(m.text)}</mark>${escapeHtml(m.sentence.slice(rel + len))}`;
}

/** 50000000 -> "50,000,000": grouped by hand, so that no locale decides the output. */
export function formatValue(v: number | string): string {
  if (typeof v === 'string' || !Number.isFinite(v)) return String(v);
  const [int, frac] = String(Math.abs(v)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${v < 0 ? '-' : ''}${grouped}${frac ? '.' + frac : ''}`;
}

function baseName(doc: string): string {
  return doc.split(/[\\/]/).pop() ?? doc;
}
