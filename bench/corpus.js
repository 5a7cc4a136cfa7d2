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
  const files = readdirSync(path.join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(root, 'fixtures', f));
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
    const name = path.basename(file) === 'stdin' ? `${path.basename(path.dirname(file))}.txt` : path.basename(file);
    const meta = manifest.get(path.basename(file)) ?? {};
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
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = header.split(',');
  for (const line of lines) {
    // the fixtures' manifest has no quoted commas except in titles, which come last
    const cells = line.split(',');
    const rec = {};
    cols.forEach((c, i) => (rec[c] = i === cols.length - 1 ? cells.slice(i).join(',') : cells[i]));
    map.set(rec.file, { published: rec.published || null, outlet: rec.outlet || null, title: rec.title || null });
  }
  return map;
}

function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}
