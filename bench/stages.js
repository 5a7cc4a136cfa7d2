// `node bench/stages.js [SECONDS]` (after `npm run build`): each stage of processDocument, in process,
// on the repository's real articles (the bench corpus, one copy), after a warm-up pass. Prints the
// MB/s of each stage over the whole text, so that a change to one extractor can be measured in a
// few seconds without the CLI's start-up, files and threads. Stages run in pipeline order on fresh
// objects each round (no cache carries over between rounds, as none carries between documents).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseArticles } from './corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.argv[2] ?? 5);
const dist = (p) => import(path.join(root, 'dist', p));
const { stripBoilerplate } = await dist('clean/boilerplate.js');
const { segmentSentences } = await dist('segment/sentences.js');
const { figureExtractor } = await dist('extract/figures/index.js');
const { dateExtractor } = await dist('extract/dates/index.js');
const { extractEntities } = await dist('extract/entities/index.js');
const { assembleClaims } = await dist('claims/assemble.js');
const { processDocument } = await dist('pipeline/process-document.js');
const { toArticle } = await dist('pipeline/read-article.js');

const articles = baseArticles(root).map((a) => toArticle(a.name, a.text, { published: a.published ?? null, outlet: a.outlet ?? null, title: a.title ?? null, url: null }));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const stages = ['clean', 'segment', 'figures', 'dates', 'entities', 'claims', 'processDocument', 'JSON.stringify'];
const ms = Object.fromEntries(stages.map((s) => [s, 0]));

function round() {
  for (const article of articles) {
    let t = performance.now();
    const lap = (stage) => {
      const now = performance.now();
      ms[stage] += now - t;
      t = now;
    };
    const { masked } = stripBoilerplate(article.text);
    lap('clean');
    const sentences = segmentSentences(masked);
    lap('segment');
    const ctx = { doc: article.doc, text: masked, published: article.meta.published };
    const figures = sentences.map((s) => figureExtractor.extract(s, ctx));
    lap('figures');
    const dates = sentences.map((s) => dateExtractor.extract(s, ctx));
    lap('dates');
    const entities = extractEntities(sentences, ctx);
    lap('entities');
    assembleClaims(article.doc, article.meta, article.text, sentences.map((sentence, i) => ({ sentence, figures: figures[i], dates: dates[i] })), entities);
    lap('claims');
    const result = processDocument(article);
    lap('processDocument');
    JSON.stringify(result);
    lap('JSON.stringify');
  }
}

round(); // warm-up: lexicons, caches of word look-ups, JIT
for (const s of stages) ms[s] = 0;
let rounds = 0;
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  round();
  rounds++;
}
const mb = (bytes * rounds) / 1e6;
console.log(`${articles.length} articles, ${(bytes / 1024).toFixed(1)} KiB, ${rounds} rounds`);
for (const s of stages) console.log(`${s.padEnd(16)} ${(ms[s] / 1000 / mb).toFixed(3)} s/MB  ${(mb / (ms[s] / 1000)).toFixed(2).padStart(7)} MB/s`);
console.log('(figures and dates run here on every sentence; processDocument gates them by cheap tests)');
