// Running documents on worker threads. Each worker holds its running task and the next one, so that
// it starts the next document the moment it posts a result instead of idling for the round trip
// through the main thread (measured: ~1 ms per document, 15% of a worker's time on news-sized
// articles). A worker still runs one task at a time, in the order sent. A document that goes over
// --doc-timeout has its worker terminated and replaced, and the task waiting behind it goes to
// another worker; the others never notice. With --workers 0 everything runs on the main thread (no
// timeout possible there).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocJob, DocOutcome } from './document-job.js';
import type { Rendered, RenderRequest, Resolution } from './render-batch.js';

export interface DocRunner {
  run(job: DocJob): Promise<DocOutcome>;
  close(): Promise<void>;
}

export interface Renderer {
  /** the corpus-wide names, for every render that follows */
  setNames(entries: Resolution[]): void;
  render(request: RenderRequest): Promise<Rendered>;
  close(): Promise<void>;
}

export type ToWorker =
  | { type: 'doc'; job: DocJob }
  | { type: 'names'; entries: Resolution[] }
  | { type: 'render'; request: RenderRequest };

type FromWorker = { type: 'ready' } | { type: 'doc'; outcome: DocOutcome } | { type: 'render'; rendered: Rendered };

export interface PoolOptions {
  /** documents: read and process; render: spooled results to table text (no extractors loaded) */
  kind: 'documents' | 'render';
  size: number;
  maxBytes: number;
  docTimeoutMs?: number;
}

/**
 * Old-generation limit of a document worker. Without one V8 sizes a worker's heap from the
 * machine's memory and lets it grow far past what the work needs (measured: ~450 MB peak for two
 * workers, ~330 MB with this limit, same CPU time). A document that needs more (a multi-megabyte
 * file) runs again alone in a worker without the limit, so the limit never changes a result.
 */
export const WORKER_HEAP_MB = 256;
/**
 * Young-generation size of a document worker. V8's default lets each worker keep tens of megabytes of
 * short-lived garbage; 8 MB cut the peak of a two-worker run from ~300 MB to ~250 MB at no CPU cost
 * we could measure (the extractors' garbage dies young either way).
 */
export const WORKER_YOUNG_MB = 8;
/** The same for a render worker, which holds one batch of results at a time. */
export const RENDER_HEAP_MB = 96;
/** Tasks a worker holds at once: the one it runs and the one it starts next. */
export const TASKS_PER_WORKER = 2;

interface Task {
  message: ToWorker;
  resolve: (value: any) => void;
  reject: (e: Error) => void;
  /** already ran out of memory once (and now runs without the heap limit) */
  retried?: boolean;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** sent to this worker, in the order it runs them: the first is running */
  tasks: Task[];
  /** the --doc-timeout clock of the running task */
  timer: NodeJS.Timeout | null;
  /** a worker without the heap limit, for one document that ran out of memory */
  unlimited: boolean;
}

/**
 * The worker's entry point. The built CLI runs dist/pipeline/worker.js beside this file. Code run
 * from the TypeScript sources (vitest, tsx) has worker.ts there instead: a small bootstrap registers
 * tsx in the new thread first, since Node 20 applies no loader to a worker's own entry file.
 */
function workerEntry(kind: PoolOptions['kind']): { script: string | URL; eval: boolean } {
  const name = kind === 'render' ? 'render-worker' : 'worker';
  const js = new URL(`./${name}.js`, import.meta.url);
  if (existsSync(fileURLToPath(js))) return { script: js, eval: false };
  const ts = new URL(`./${name}.ts`, import.meta.url).href;
  // the ESM entry of tsx's API, found through its package.json (require.resolve would give the CommonJS one)
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!.import.default;
  const tsx = pathToFileURL(path.join(path.dirname(pkg), api)).href;
  return { script: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`, eval: true };
}

export class WorkerPool implements DocRunner, Renderer {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly entry: { script: string | URL; eval: boolean };
  private names: ToWorker | null = null;
  private closed = false;
  private fatal: Error | null = null;

  constructor(private readonly opts: PoolOptions) {
    this.entry = workerEntry(opts.kind);
    for (let i = 0; i < Math.max(1, opts.size); i++) this.slots.push(this.spawn());
  }

  run(job: DocJob): Promise<DocOutcome> {
    return this.submit({ type: 'doc', job });
  }

  setNames(entries: Resolution[]): void {
    this.names = { type: 'names', entries };
    // a busy worker reads it after its current task, before any render sent later
    for (const slot of this.slots) slot.worker.postMessage(this.names);
  }

  render(request: RenderRequest): Promise<Rendered> {
    return this.submit({ type: 'render', request });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private submit<T>(message: ToWorker): Promise<T> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ message, resolve, reject });
      this.pump();
    });
  }

  private spawn(unlimited = false): Slot {
    const worker = new Worker(this.entry.script, {
      eval: this.entry.eval,
      workerData: { maxBytes: this.opts.maxBytes },
      resourceLimits: unlimited
        ? undefined
        : this.opts.kind === 'documents'
          ? { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB }
          : { maxOldGenerationSizeMb: RENDER_HEAP_MB },
    });
    const slot: Slot = { worker, ready: false, tasks: [], timer: null, unlimited };
    if (this.names) worker.postMessage(this.names);
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') slot.ready = true;
      else this.settle(slot, msg.type === 'doc' ? msg.outcome : msg.rendered);
      this.pump();
    });
    worker.on('error', (err) => this.lost(slot, err));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.lost(slot, new Error(`worker stopped with exit code ${code}`));
    });
    return slot;
  }

  private pump(): void {
    // idle workers first, so that a short queue spreads over all of them before any takes a second task
    for (let depth = 0; depth < TASKS_PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (!slot.ready || slot.unlimited || slot.tasks.length !== depth || !this.queue.length) continue;
        this.start(slot, this.queue.shift()!);
      }
    }
  }

  private start(slot: Slot, task: Task): void {
    slot.tasks.push(task);
    if (slot.tasks.length === 1) this.startClock(slot);
    slot.worker.postMessage(task.message);
  }

  /** The running task's clock starts when it starts: when sent to an idle worker, or when the one before it settles. */
  private startClock(slot: Slot): void {
    const task = slot.tasks[0];
    if (this.opts.docTimeoutMs && task?.message.type === 'doc') slot.timer = setTimeout(() => this.timedOut(slot), this.opts.docTimeoutMs);
  }

  private settle(slot: Slot, value: unknown): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.tasks.shift();
    if (slot.unlimited) this.retire(slot);
    else this.startClock(slot);
    task?.resolve(value);
  }

  private timedOut(slot: Slot): void {
    const task = slot.tasks[0];
    if (!task || task.message.type !== 'doc') return;
    if (slot.unlimited) this.retire(slot);
    else this.replace(slot);
    task.resolve(failed(task.message.job, `took over ${this.opts.docTimeoutMs} ms, skipped`, 'pipeline/timeout'));
  }

  /** A worker died (an uncaught error, out of memory): its document fails, a new worker takes over. */
  private lost(slot: Slot, err: Error): void {
    if (this.closed || !this.slots.includes(slot)) return;
    const task = slot.tasks[0];
    if (!slot.ready) {
      // a worker that cannot even start would be replaced forever: stop the run instead
      this.fatal = new Error(`cannot start a worker thread: ${err.message}`);
      for (const t of [...this.queue.splice(0), ...this.slots.flatMap((s) => s.tasks)]) t.reject(this.fatal);
      void this.close();
      return;
    }
    if (slot.unlimited) this.retire(slot);
    else this.replace(slot);
    if (!task) return;
    const outOfMemory = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    if (outOfMemory && !task.retried) {
      task.retried = true;
      this.runUnlimited(task);
    } else if (task.message.type === 'doc') {
      const reason = outOfMemory ? 'out of memory, skipped' : `internal error: ${err.message}`;
      task.resolve(failed(task.message.job, reason, outOfMemory ? 'pipeline/out-of-memory' : 'pipeline/crash'));
    } else task.reject(err);
  }

  /** One document, alone, in a worker without the heap limit; the worker goes when it is done. */
  private runUnlimited(task: Task): void {
    const slot = this.spawn(true);
    this.slots.push(slot);
    slot.worker.once('message', () => this.start(slot, task));
  }

  /**
   * The tasks a lost worker had not started go back to the front of the queue, in their order, for
   * the next free worker: only the running one is charged with the loss.
   */
  private requeueWaiting(slot: Slot): void {
    this.queue.unshift(...slot.tasks.splice(1));
  }

  private retire(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    this.requeueWaiting(slot);
    this.slots.splice(this.slots.indexOf(slot), 1);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
  }

  private replace(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    this.requeueWaiting(slot);
    slot.tasks = [];
    const i = this.slots.indexOf(slot);
    slot.worker.removeAllListeners();
    // an 'error' after terminate() must not become an uncaught exception
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
    this.slots[i] = this.spawn();
    this.pump();
  }
}

function failed(job: DocJob, reason: string, rule: string): DocOutcome {
  return { seq: job.seq, kind: 'failed', bytes: 0, diagnostic: { path: job.input.file, reason, severity: 'error', rule } };
}

/** --workers 0: everything on the main thread, one task after another. */
export class InlineRunner implements DocRunner, Renderer {
  private jobs: typeof import('./document-job.js') | null = null;
  private renderer: typeof import('./render-batch.js') | null = null;
  private names: Resolution[] = [];
  private resolved: import('./render-batch.js').ResolvedNames | null = null;

  constructor(private readonly maxBytes: number) {}

  async run(job: DocJob): Promise<DocOutcome> {
    // loaded on first use, so that the main thread of a pooled run never loads the extractors
    this.jobs ??= await import('./document-job.js');
    return this.jobs.runDocJob(job, this.maxBytes);
  }

  setNames(entries: Resolution[]): void {
    this.names = entries;
    this.resolved = null;
  }

  async render(request: RenderRequest): Promise<Rendered> {
    this.renderer ??= await import('./render-batch.js');
    this.resolved ??= new this.renderer.ResolvedNames(this.names);
    return this.renderer.renderBodies(request, this.resolved);
  }

  async close(): Promise<void> {}
}
