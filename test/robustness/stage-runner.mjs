// A worker thread that runs one pipeline stage of the built code on one text at a time and reports
// how long it took. The linear-time test runs stages here so that a stage that never returns can be
// stopped (worker.terminate) instead of freezing the test runner.
import { parentPort } from 'node:worker_threads';

const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;
const [{ stripBoilerplate }, { segmentSentences }, { figureExtractor }, { dateExtractor }, { extractEntities }, { analyzeClaim }, { processDocument }] = await Promise.all([
  import(dist('clean/boilerplate.js')),
  import(dist('segment/sentences.js')),
  import(dist('extract/figures/index.js')),
  import(dist('extract/dates/index.js')),
  import(dist('extract/entities/index.js')),
  import(dist('extract/attribution/index.js')),
  import(dist('pipeline/process-document.js')),
]);

/** The whole text as one sentence: the extractors' worst case (the segmenter never gives them more than MAX_SENTENCE_CHARS). */
const whole = (text) => ({ index: 0, paragraph: 0, start: 0, end: text.length, text });
const ctx = (text) => ({ doc: 'hostile.txt', text, published: '2024-09-02' });

const STAGES = {
  clean: (t) => stripBoilerplate(t),
  segment: (t) => segmentSentences(t),
  figures: (t) => figureExtractor.extract(whole(t), ctx(t)),
  dates: (t) => dateExtractor.extract(whole(t), ctx(t)),
  entities: (t) => extractEntities([whole(t)], ctx(t)),
  // as claims assembly asks: once for the sentence's speaker, then once per figure (here: 16 spread out)
  attribution: (t) => {
    const s = whole(t);
    analyzeClaim(s, 0, 0, { previousSpeaker: null });
    for (let k = 0; k < 16; k++) {
      const at = Math.floor((t.length * k) / 16);
      analyzeClaim(s, at, Math.min(t.length, at + 3), { previousSpeaker: null });
    }
  },
  document: (t) =>
    processDocument({
      doc: 'hostile.txt',
      text: t,
      meta: { published: '2024-09-02', publishedSource: 'manifest', outlet: null, title: null, url: null, datelinePlace: null },
    }),
};

parentPort.on('message', ({ id, stage, text }) => {
  const started = performance.now();
  let error = null;
  try {
    STAGES[stage](text);
  } catch (err) {
    error = `${err?.name ?? 'Error'}: ${err?.message ?? String(err)}`;
  }
  parentPort.postMessage({ id, ms: performance.now() - started, error });
});
parentPort.postMessage({ ready: true });
