// A corpus through the pipeline with flat memory and every core busy:
//
//   inputs (files, or JSONL records) --> worker threads: read, decode, process one document each
//        --> main thread, in input order: append the document's result to the spool, note its
//            entity names in the registry (one entry per distinct name, none per document), report
//            its diagnostics
//   end  --> stream the spool once: corpus-wide canonicals per document (applyRegistry), rows to
//            the tables, each a temporary file, documents counted per entity; all renamed into
//            place once all are complete
//
// Only a window of documents is in flight at a time, so memory does not grow with the corpus. The
// output does not depend on the number of workers: results are taken in input order whatever order
// they finish in.
import { manifestFileExists } from '../ingest/manifest.js';
import { createReadStream, promises as fs, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../types.js';
import { describeFsError, expandInputs, type InputRef } from '../ingest/inputs.js';
import { readManifest, type Manifest } from '../ingest/manifest.js';
import { EntityRegistry } from '../corpus/entity-registry.js';
import { ClaimRow, EntityRow, ErrorRow, MentionRow } from '../output/schema.js';
import type { DocJob, DocOutcome, EntitySighting } from './document-job.js';
import { overMaxBytes, readStreamAtMost, type MetaEntry } from './read-article.js';
import { InlineRunner, WorkerPool, type DocRunner, type Renderer } from './pool.js';
import { readJsonlRecords } from './jsonl-input.js';
import { inShard, type Shard } from './shard.js';
import { LocationIndex, SPOOL_NAME, SpoolReader, SpoolWriter, scanSpool, splitSpoolLine, type ExistingSpool, type SpoolBody } from './spool.js';
import { AtomicFileOut, StdoutOut, tableSink, type OutputFormat, type TableSink } from './table-sink.js';
import type { ProgressState } from './progress.js';
import { ResolvedNames, type Rendered } from './render-batch.js';
import { syncDir } from '../output/atomic.js';

/** Characters of spooled results per render task: large enough to amortise the message, small enough to keep both workers busy. */
const RENDER_BATCH_CHARS = 256 << 10;
const INLINE_RENDER_DOCS = 64;

export interface BatchOptions {
  paths: string[];
  manifest?: string;
  inputFormat: 'text' | 'jsonl';
  format: OutputFormat;
  /** tables into this folder; without it the claims table goes to standard output */
  out?: string;
  escapeFormulas: boolean;
  maxBytes: number;
  /** worker threads; 0 runs documents on the main thread */
  workers: number;
  shard?: Shard;
  resume: boolean;
  docTimeoutMs?: number;
}

export interface BatchIo {
  stdout(s: string): Promise<void>;
  stdin(): AsyncIterable<Buffer | string>;
  /** each diagnostic as it happens, in input order */
  diagnostic(d: Diagnostic): void;
  progress?(state: ProgressState, final: boolean): void;
}

export interface BatchResult {
  diagnostics: Diagnostic[];
  /** documents with rows in the tables */
  documents: number;
  /** of those, taken unchanged from the spool (--resume) */
  reused: number;
}

/** What one position of the input order holds before it is processed. */
interface SourceItem {
  job: Omit<DocJob, 'seq' | 'spooledHash'> | null;
  diagnostics: Diagnostic[];
  /** a JSONL record: where it came from, for its diagnostics */
  record?: { name: string; line: number; id: string };
}

const tempDirs = new Set<string>();

/** Removes the spool of a run without --out (on SIGINT/SIGTERM). */
export function removeTempSpools(): void {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

export async function runBatch(opts: BatchOptions, io: BatchIo): Promise<BatchResult> {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic) => {
    diagnostics.push(d);
    io.diagnostic(d);
  };

  let manifest: Manifest | null = null;
  if (opts.manifest) {
    const found: Diagnostic[] = [];
    manifest = await readManifest(opts.manifest, found);
    found.forEach(report);
  }
  const source = opts.inputFormat === 'jsonl' ? jsonlSource(opts, io) : await fileSource(opts, manifest, io, report);

  // the spool lives with the tables (so --resume finds it), or in a temporary folder removed at the end
  let tmpDir: string | null = null;
  let spoolPath: string;
  if (opts.out) {
    await fs.mkdir(opts.out, { recursive: true });
    spoolPath = path.join(opts.out, SPOOL_NAME);
  } else {
    tmpDir = mkdtempSync(path.join(os.tmpdir(), 'claimtab-'));
    tempDirs.add(tmpDir);
    spoolPath = path.join(tmpDir, 'spool.jsonl');
  }

  const build = buildFingerprint();
  let existing: ExistingSpool | null = null;
  if (opts.resume) {
    const scanned = scanSpool(spoolPath, build);
    if (scanned === 'other-build') {
      report({ path: spoolPath, reason: 'the spool was written by another build of claimtab; starting afresh', severity: 'warning', rule: 'resume/other-build' });
    } else existing = scanned;
  }

  const registry = new EntityRegistry();
  // every (label, canonical) seen: the registry's answer for each is worked out once, at the end
  const pairs = new Set<string>();
  const observe = (entities: EntitySighting[]) => {
    registry.observe(sightings(entities));
    for (const [label, canonical] of entities) pairs.add(`${label}\u0000${canonical}`);
  };
  const index = new LocationIndex();
  let spool: SpoolWriter | null = null;
  let reader: SpoolReader | null = null;
  let runner: DocRunner | null = null;
  let renderer: Renderer | null = null;
  const sinks: TableSink[] = [];
  let documents = 0;
  let reused = 0;
  try {
    spool = existing ? SpoolWriter.continue(spoolPath, existing.validBytes) : SpoolWriter.create(spoolPath, build);
    reader = new SpoolReader(spoolPath);
    const getRunner = (): DocRunner => {
      runner ??= opts.workers === 0
        ? new InlineRunner(opts.maxBytes)
        : new WorkerPool({ kind: 'documents', size: Math.min(opts.workers, source.total ?? opts.workers), maxBytes: opts.maxBytes, docTimeoutMs: opts.docTimeoutMs });
      return runner;
    };

    // --- documents, in input order ---------------------------------------------------------------
    const progress: ProgressState = { done: 0, total: source.total, bytes: 0 };
    const take = (item: SourceItem, outcome: DocOutcome | null, seq: number) => {
      for (const d of item.diagnostics) report(d);
      progress.done++;
      if (!outcome) return index.set(seq, null);
      progress.bytes += outcome.bytes;
      if (outcome.kind === 'failed') {
        const d = outcome.diagnostic;
        report(item.record ? { ...d, path: item.record.name, line: item.record.line, reason: `id "${item.record.id}": ${d.reason}` } : d);
        index.set(seq, null);
      } else if (outcome.kind === 'done') {
        index.set(seq, spool!.append(outcome.line));
        observe(outcome.entities);
        documents++;
      } else {
        const loc = existing!.byDoc.get(item.job!.input.doc)!;
        index.set(seq, loc);
        observe(JSON.parse(splitSpoolLine(reader!.read(loc)).entities) as EntitySighting[]);
        documents++;
        reused++;
      }
      io.progress?.(progress, false);
    };

    // a slow document holds back the writing of those after it, never more than `window` of them
    const window = Math.max(16, opts.workers * 16);
    const inflight = new Map<number, { item: SourceItem; outcome: Promise<DocOutcome> | null }>();
    let seq = 0;
    let next = 0;
    const takeNext = async () => {
      const slot = inflight.get(next)!;
      inflight.delete(next);
      take(slot.item, slot.outcome ? await slot.outcome : null, next);
      next++;
    };
    for await (const item of source.items) {
      const s = seq++;
      let outcome: Promise<DocOutcome> | null = null;
      if (item.job) {
        const job: DocJob = { ...item.job, seq: s, spooledHash: existing?.byDoc.get(item.job.input.doc)?.hash };
        outcome = getRunner().run(job);
        // rejected only when no worker can start; the error surfaces when its turn comes
        outcome.catch(() => {});
      }
      inflight.set(s, { item, outcome });
      while (seq - next >= window) await takeNext();
    }
    while (next < seq) await takeNext();
    // the document workers hold the extractors (the bulk of the memory): gone before the tables
    if (runner) await (runner as DocRunner).close();
    runner = null;
    io.progress?.(progress, true);
    source.after().forEach(report);

    // --- tables --------------------------------------------------------------------------------------
    spool.close();
    spool = null;
    const out = opts.out;
    const open = (schema: typeof ClaimRow | typeof MentionRow | typeof EntityRow | typeof ErrorRow, name: string) => {
      const sink = tableSink(schema, opts.format, opts.escapeFormulas, out ? new AtomicFileOut(path.join(out, `${name}.${opts.format}`)) : new StdoutOut(io.stdout));
      sinks.push(sink);
      return sink;
    };
    // names are fixed, so nothing from the input can steer a write outside DIR
    const claims = open(ClaimRow, 'claims');
    const mentions = out ? open(MentionRow, 'mentions') : null;
    const names = ResolvedNames.from(registry, pairs);
    if (opts.format === 'parquet') {
      // row groups are encoded in order on this thread; parsing and naming are the cheap part
      const resolved = new ResolvedNames(names);
      for (let s = 0; s < index.size; s++) {
        const loc = index.get(s);
        if (!loc) continue;
        const line = splitSpoolLine(reader.read(loc));
        registry.countDocument(JSON.parse(line.entities) as EntitySighting[]);
        const body = resolved.apply(JSON.parse(line.body) as SpoolBody);
        await claims.write(body.claims as unknown as Record<string, unknown>[]);
        await mentions?.write(body.mentions as unknown as Record<string, unknown>[]);
      }
    } else {
      // CSV and JSONL are rendered by the workers, batches of documents in parallel, written in order;
      // a few documents render faster here than it takes to start threads for them
      renderer = opts.workers === 0 || documents <= INLINE_RENDER_DOCS ? new InlineRunner(opts.maxBytes) : new WorkerPool({ kind: 'render', size: opts.workers, maxBytes: opts.maxBytes });
      renderer.setNames(names);
      const pendingRenders: Promise<Rendered>[] = [];
      const writeOldest = async () => {
        const r = await pendingRenders.shift()!;
        await claims.writeRendered(r.claims);
        await mentions?.writeRendered(r.mentions);
      };
      let bodies: string[] = [];
      let batchChars = 0;
      const flush = async () => {
        if (!bodies.length) return;
        const p = renderer!.render({ bodies, format: opts.format as 'csv' | 'jsonl', escapeFormulas: opts.escapeFormulas, mentions: Boolean(mentions) });
        p.catch(() => {});
        pendingRenders.push(p);
        bodies = [];
        batchChars = 0;
        while (pendingRenders.length > opts.workers + 1) await writeOldest();
      };
      for (let s = 0; s < index.size; s++) {
        const loc = index.get(s);
        if (!loc) continue;
        const line = splitSpoolLine(reader.read(loc));
        // the entities table's document counts, from each document's own list (a small part of its line)
        registry.countDocument(JSON.parse(line.entities) as EntitySighting[]);
        const body = line.body;
        bodies.push(body);
        batchChars += body.length;
        if (batchChars >= RENDER_BATCH_CHARS) await flush();
      }
      await flush();
      while (pendingRenders.length) await writeOldest();
      await renderer.close();
      renderer = null;
    }
    if (out) {
      const entities = open(EntityRow, 'entities');
      await entities.write(registry.table() as unknown as Record<string, unknown>[]);
      const errors = open(ErrorRow, 'errors');
      await errors.write(diagnostics.map((d) => ({ path: d.path, line: d.line ?? null, severity: d.severity, rule: d.rule, reason: d.reason })));
    }
    // The tables are one result: every one is written and synced before any is renamed, so a write
    // that fails (a full disk) leaves all the previous tables, never new claims beside old mentions.
    // A rename needs no space and does not fail for want of it.
    for (const sink of sinks) await sink.finish();
    for (const sink of sinks) sink.commit();
    sinks.length = 0;
    if (out) syncDir(out);
    return { diagnostics, documents, reused };
  } finally {
    for (const sink of sinks) sink.abort();
    if (runner) await (runner as DocRunner).close();
    if (renderer) await (renderer as Renderer).close();
    spool?.close();
    reader?.close();
    if (tmpDir) {
      rmSync(tmpDir, { recursive: true, force: true });
      tempDirs.delete(tmpDir);
    }
  }
}

/** The registry reads a mention's type, label, canonical and text; a sighting carries just those. */
function sightings(list: EntitySighting[]): MentionRow[] {
  return list.map(([label, canonical, text]) => ({ type: 'entity', label, canonical, text }) as MentionRow);
}

interface Source {
  items: AsyncIterable<SourceItem>;
  /** documents to come, when known (for the progress line and the pool size) */
  total: number | null;
  /** diagnostics once every input has been seen */
  after(): Diagnostic[];
}

async function fileSource(opts: BatchOptions, manifest: Manifest | null, io: BatchIo, report: (d: Diagnostic) => void): Promise<Source> {
  const found: Diagnostic[] = [];
  const inputs = await expandInputs(opts.paths, found);
  found.forEach(report);
  // standard input named twice is read once, as a file named twice is: a second read would find it
  // at its end, or closed after passing --max-bytes
  const firstStdin = inputs.findIndex((i) => i.file === '-');
  const mine = inputs.filter((i, k) => (i.file !== '-' || k === firstStdin) && inShard(i.doc, opts.shard));
  async function* items(): AsyncGenerator<SourceItem> {
    for (const input of mine) {
      const entry = manifest?.lookup(input.file) ?? null;
      let bytes: Uint8Array | undefined;
      if (input.file === '-') {
        let read: Buffer | null;
        try {
          // only the main thread can read standard input; it stops at the limit, as a file is refused by its size
          read = await readStreamAtMost(io.stdin(), opts.maxBytes);
        } catch (err) {
          yield { job: null, diagnostics: [{ path: '-', reason: describeFsError(err), severity: 'error', rule: 'ingest/unreadable' }] };
          continue;
        }
        if (!read) {
          yield { job: null, diagnostics: [{ path: '-', reason: overMaxBytes(opts.maxBytes), severity: 'error', rule: 'ingest/too-large' }] };
          continue;
        }
        bytes = read;
      }
      yield { job: { input, entry: entry && metaOf(entry), bytes }, diagnostics: [] };
    }
  }
  return {
    items: items(),
    total: mine.length,
    after: () => {
      if (!manifest) return [];
      // against every input, not only this shard's: the other shards take the rest of the manifest
      const used = new Set(inputs.map((i) => manifest.lookup(i.file)).filter(Boolean));
      return manifest.entries
        .filter((e) => !used.has(e) && !manifestFileExists(manifest.path, e.file))
        .map((e) => ({ path: manifest.path, line: e.line, reason: `manifest names ${e.file}, which does not exist`, severity: 'warning' as const, rule: 'manifest/unknown-file' }));
    },
  };
}

function jsonlSource(opts: BatchOptions, io: BatchIo): Source {
  return {
    items: (async function* () {
      const paths = opts.paths.length ? opts.paths : ['-'];
      for (const p of paths) {
        const name = p === '-' ? 'stdin' : p;
        // as for article files: /dev/zero holds no line end and would be read for ever
        if (p !== '-' && isDeviceOrSocket(p)) {
          yield { job: null, diagnostics: [{ path: name, reason: 'not a regular file (a device or socket), skipped', severity: 'error', rule: 'ingest/not-a-file' }] };
          continue;
        }
        const stream = p === '-' ? io.stdin() : createReadStream(p);
        try {
          for await (const { line, record, diagnostics } of readJsonlRecords(stream, name, opts.maxBytes)) {
            if (!record) {
              yield { job: null, diagnostics };
              continue;
            }
            if (!inShard(record.id, opts.shard)) continue;
            const input: InputRef = { doc: record.id, file: `${name}:${record.line}` };
            yield { job: { input, entry: record.entry, text: record.text }, diagnostics, record: { name, line, id: record.id } };
          }
        } catch (err) {
          yield { job: null, diagnostics: [{ path: name, reason: `cannot read: ${describeFsError(err)}`, severity: 'error', rule: 'input/unreadable' }] };
        }
      }
    })(),
    total: null,
    after: () => [],
  };
}

function isDeviceOrSocket(p: string): boolean {
  try {
    const st = statSync(p);
    return st.isCharacterDevice() || st.isBlockDevice() || st.isSocket();
  } catch {
    // a missing or unreadable file: reading it gives the diagnostic
    return false;
  }
}

function metaOf(e: MetaEntry): MetaEntry {
  return { published: e.published, outlet: e.outlet, title: e.title, url: e.url };
}

let fingerprint: string | null = null;

/**
 * A hash of the code that makes the results (every module of this build). --resume reuses spooled
 * results only from the same build: new extractors must not leave old rows in the tables.
 */
export function buildFingerprint(): string {
  if (fingerprint) return fingerprint;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(?:js|ts|mjs|json)$/.test(name) && !name.endsWith('.d.ts')) files.push(p);
    }
  };
  walk(root);
  const h = createHash('sha256');
  for (const f of files) h.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  fingerprint = h.digest('hex').slice(0, 16);
  return fingerprint;
}
