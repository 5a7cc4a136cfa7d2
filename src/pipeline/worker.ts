// A worker thread of the document pool: one task at a time (a document, or a batch of spooled
// results to render), so that a document over --doc-timeout can be stopped by terminating its
// worker without losing any other document.
import { parentPort, workerData } from 'node:worker_threads';
import { runDocJob } from './document-job.js';
import { ResolvedNames, renderBodies } from './render-batch.js';
import type { ToWorker } from './pool.js';

const { maxBytes } = workerData as { maxBytes: number };
const port = parentPort!;
let names = new ResolvedNames([]);

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'names') names = new ResolvedNames(msg.entries);
  else if (msg.type === 'render') port.postMessage({ type: 'render', rendered: renderBodies(msg.request, names) });
  else void runDocJob(msg.job, maxBytes).then((outcome) => port.postMessage({ type: 'doc', outcome }));
});
// Loading the extractors (compromise's lexicon above all) takes a good part of a second; the pool
// starts a document's clock only once its worker has said it is ready.
port.postMessage({ type: 'ready' });
