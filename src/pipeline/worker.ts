// A worker thread of the document pool: one job at a time, so that a document over --doc-timeout
// can be stopped by terminating its worker without losing any other document.
import { parentPort, workerData } from 'node:worker_threads';
import { runDocJob, type DocJob } from './document-job.js';

const { maxBytes } = workerData as { maxBytes: number };
const port = parentPort!;

port.on('message', (job: DocJob) => {
  void runDocJob(job, maxBytes).then((outcome) => port.postMessage(outcome));
});
// Loading the extractors (compromise's lexicon above all) takes a good part of a second; the pool
// starts a document's clock only once its worker has said it is ready.
port.postMessage('ready');
