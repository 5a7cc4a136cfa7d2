// A worker thread of the render pool: batches of spooled results -> corpus-wide names -> CSV or
// JSONL text. It loads no extractor, so it starts in milliseconds and stays small; the document
// workers are gone by the time it runs.
import { parentPort } from 'node:worker_threads';
import { ResolvedNames, renderBodies } from './render-batch.js';
import type { ToWorker } from './pool.js';

const port = parentPort!;
let names = new ResolvedNames([]);

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'names') names = new ResolvedNames(msg.entries);
  else if (msg.type === 'render') port.postMessage({ type: 'render', rendered: renderBodies(msg.request, names) });
});
port.postMessage({ type: 'ready' });
