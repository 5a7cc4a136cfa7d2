// Running documents on worker threads, one document per worker at a time. A document that goes over
// --doc-timeout has its worker terminated and replaced; the others never notice. With --workers 0
// documents run on the main thread (no timeout possible there).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocJob, DocOutcome } from './document-job.js';

export interface DocRunner {
  run(job: DocJob): Promise<DocOutcome>;
  close(): Promise<void>;
}

export interface PoolOptions {
  size: number;
  maxBytes: number;
  docTimeoutMs?: number;
}

interface Task {
  job: DocJob;
  resolve: (o: DocOutcome) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/**
 * The worker's entry point. The built CLI runs dist/pipeline/worker.js beside this file; tests run
 * the TypeScript sources, where the worker is worker.ts loaded through tsx.
 */
function workerEntry(): { file: string; execArgv: string[] } {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { file: fileURLToPath(js), execArgv: [] };
  return { file: fileURLToPath(new URL('./worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
}

export class WorkerPool implements DocRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly entry = workerEntry();
  private closed = false;
  private fatal: Error | null = null;

  constructor(private readonly opts: PoolOptions) {
    for (let i = 0; i < Math.max(1, opts.size); i++) this.slots.push(this.spawn());
  }

  run(job: DocJob): Promise<DocOutcome> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry.file, { workerData: { maxBytes: this.opts.maxBytes }, execArgv: this.entry.execArgv });
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    worker.on('message', (msg: DocOutcome | 'ready') => {
      if (msg === 'ready') slot.ready = true;
      else this.settle(slot, msg);
      this.pump();
    });
    worker.on('error', (err) => this.lost(slot, err));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.lost(slot, new Error(`worker stopped with exit code ${code}`));
    });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task || !this.queue.length) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      if (this.opts.docTimeoutMs) slot.timer = setTimeout(() => this.timedOut(slot), this.opts.docTimeoutMs);
      slot.worker.postMessage(task.job);
    }
  }

  private settle(slot: Slot, outcome: DocOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.task;
    slot.task = null;
    task?.resolve(outcome);
  }

  private timedOut(slot: Slot): void {
    const task = slot.task;
    if (!task) return;
    this.replace(slot);
    const { job } = task;
    task.resolve({
      seq: job.seq,
      kind: 'failed',
      bytes: 0,
      diagnostic: { path: job.input.file, reason: `took over ${this.opts.docTimeoutMs} ms, skipped`, severity: 'error', rule: 'pipeline/timeout' },
    });
  }

  /** A worker died (an uncaught error, out of memory): its document fails, a new worker takes over. */
  private lost(slot: Slot, err: Error): void {
    if (this.closed || !this.slots.includes(slot)) return;
    const task = slot.task;
    if (!slot.ready) {
      // a worker that cannot even start would be replaced forever: stop the run instead
      this.fatal = new Error(`cannot start a worker thread: ${err.message}`);
      for (const t of [...this.queue.splice(0), ...this.slots.map((s) => s.task).filter((t): t is Task => t !== null)]) t.reject(this.fatal);
      void this.close();
      return;
    }
    this.replace(slot);
    if (task) {
      task.resolve({
        seq: task.job.seq,
        kind: 'failed',
        bytes: 0,
        diagnostic: { path: task.job.input.file, reason: `internal error: ${err.message}`, severity: 'error', rule: 'pipeline/crash' },
      });
    }
  }

  private replace(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    const i = this.slots.indexOf(slot);
    slot.worker.removeAllListeners();
    // an 'error' after terminate() must not become an uncaught exception
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
    const fresh = this.spawn();
    this.slots[i] = fresh;
    this.pump();
  }
}

/** --workers 0: documents run one after another on the main thread. */
export class InlineRunner implements DocRunner {
  private runDocJob: typeof import('./document-job.js').runDocJob | null = null;

  constructor(private readonly maxBytes: number) {}

  async run(job: DocJob): Promise<DocOutcome> {
    // loaded on first use, so that the main thread of a pooled run never loads the extractors
    this.runDocJob ??= (await import('./document-job.js')).runDocJob;
    return this.runDocJob(job, this.maxBytes);
  }

  async close(): Promise<void> {}
}
