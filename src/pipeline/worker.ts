// A worker thread of the document pool: one document at a time, so that a document over
// --doc-timeout can be stopped by terminating its worker without losing any other document.
import { parentPort, workerData } from 'node:worker_threads';
import { runDocJob } from './document-job.js';
import type { ToWorker } from './pool.js';

const { maxBytes } = workerData as { maxBytes: number };
const port = parentPort!;

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'doc') void runDocJob(msg.job, maxBytes).then((outcome) => port.postMessage({ type: 'doc', outcome }));
});
// Loading the extractors (compromise's lexicon above all) takes a good part of a second; the pool
// starts a document's clock only once its worker has said it is ready.
port.postMessage({ type: 'ready' });
