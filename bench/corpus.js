// Benchmark corpora: the repository's real news articles (fixtures/*.txt and the article texts kept
// under test/), copied 1x, 10x, 100x... under distinct names, with a manifest so that relative dates
// resolve as they do in real use. Copies are byte-identical articles under other names: claimtab
// keeps no cache keyed by text across documents, so they cost what new articles of that size cost.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TextDecoder } from 'node:util';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** [{ name, text, bytes, published, outlet, title }] of the distinct real articles in the repo. */
export function baseArticles(root) {
  const manifest = readManifest(path.join(root, 'fixtures/manifest.csv'));
  const fixtures = path.join(root, 'fixtures');
  const files = [...walk(fixtures)].filter((f) => f.endsWith('.txt'));
  // other article texts in the repo: CLI case inputs and standard inputs (duplicates of fixtures drop out below)
  for (const f of walk(path.join(root, 'test'))) if (/\.(txt|md)$|\/stdin$/.test(f)) files.push(f);
  const seen = new Set();
  const out = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    let text;
    try {
      text = utf8.decode(bytes);
    } catch {
      continue;
    }
    // a real article, not a one-line test input
    if (bytes.length < 1000 || bytes.includes(0)) continue;
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    // the name relative to fixtures/ (the manifest's key); other texts by their case folder's name
    const name = file.startsWith(fixtures + path.sep) ? path.relative(fixtures, file).split(path.sep).join('/') : `${path.basename(path.dirname(file))}.txt`;
    const meta = manifest.get(name) ?? {};
    out.push({ name, text, bytes: bytes.length, ...meta });
  }
  return out;
}

/** Writes `scale` copies of the base articles under dir/copy-NNN/ and a manifest; returns totals. */
export function buildCorpus(dir, base, scale) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rows = ['file,published,outlet,title'];
  let bytes = 0;
  let docs = 0;
  for (let c = 0; c < scale; c++) {
    const sub = `copy-${String(c).padStart(4, '0')}`;
    mkdirSync(path.join(dir, sub));
    for (const a of base) {
      mkdirSync(path.dirname(path.join(dir, sub, a.name)), { recursive: true });
      writeFileSync(path.join(dir, sub, a.name), a.text);
      rows.push([`${sub}/${a.name}`, a.published ?? '', a.outlet ?? '', a.title ?? ''].map(csvCell).join(','));
      bytes += a.bytes;
      docs++;
    }
  }
  writeFileSync(path.join(dir, 'manifest.csv'), rows.join('\n') + '\n');
  return { dir, manifest: path.join(dir, 'manifest.csv'), bytes, docs };
}

function csvCell(v) {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function readManifest(file) {
  const map = new Map();
  if (!existsSync(file)) return map;
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  for (const cells of rows) {
    const rec = Object.fromEntries(header.map((c, i) => [c, cells[i] ?? '']));
    map.set(rec.file, { published: rec.published || null, outlet: rec.outlet || null, title: rec.title || null });
  }
  return map;
}

/** RFC 4180, enough for a manifest (quoted fields, doubled quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((c) => c !== ''));
}

function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}
