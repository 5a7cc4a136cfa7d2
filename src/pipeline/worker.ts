// A worker thread of the document pool: one document at a time, so that a document over
// --doc-timeout can be stopped by terminating its worker without losing any other document (the
// pool sends the one waiting behind it to another worker).
import { parentPort, workerData } from 'node:worker_threads';
import { runDocJob } from './document-job.js';
import type { ToWorker } from './pool.js';

const { maxBytes } = workerData as { maxBytes: number };
const port = parentPort!;

// The pool sends a task while the one before it still runs: they run one after the other, in the
// order sent, so that the pool's clock for --doc-timeout times one document, and a result never
// overtakes an earlier one.
let last: Promise<void> = Promise.resolve();
port.on('message', (msg: ToWorker) => {
  if (msg.type !== 'doc') return;
  last = last
    .then(() => runDocJob(msg.job, maxBytes))
    .then((outcome) => port.postMessage({ type: 'doc', outcome }, outcome.kind === 'done' ? [outcome.line.buffer as ArrayBuffer] : []));
});
// Loading the extractors (compromise's lexicon above all) takes a good part of a second; the pool
// starts a document's clock only once its worker has said it is ready.
port.postMessage({ type: 'ready' });
