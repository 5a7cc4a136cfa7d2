// The batch pipeline's parts on their own: shards, the spool, JSONL records, the progress line,
// Parquet column types. No worker threads, no timing.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseShard, shardOf, inShard } from '../../src/pipeline/shard.js';
import { LocationIndex, SpoolReader, SpoolWriter, scanSpool, spoolBytes, spoolLine, splitSpoolLine } from '../../src/pipeline/spool.js';
import { readJsonlRecords, readLines } from '../../src/pipeline/jsonl-input.js';
import { Progress, formatDuration, formatProgress } from '../../src/pipeline/progress.js';
import { parquetColumnTypes } from '../../src/output/parquet.js';
import { ClaimRow, EntityRow, MentionRow, csvColumns } from '../../src/output/schema.js';
import { ResolvedNames } from '../../src/pipeline/render-batch.js';
import { EntityRegistry } from '../../src/corpus/entity-registry.js';
import { contentHash } from '../../src/pipeline/read-article.js';
import { scratch } from './helpers.js';

describe('--shard', () => {
  it('parses K/N with 1 <= K <= N', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '1/0', '1', '1/2/3', 'a/b', '-1/3', '1.5/3']) expect(parseShard(bad), bad).toBeNull();
  });

  it('splits by the document name: stable, disjoint, covering, and roughly even', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `copy-${Math.floor(i / 10)}/${i}_story.txt`);
    const counts = [0, 0, 0, 0];
    for (const n of names) {
      const k = shardOf(n, 4);
      expect(k).toBeGreaterThanOrEqual(1);
      expect(k).toBeLessThanOrEqual(4);
      expect(shardOf(n, 4)).toBe(k);
      expect([1, 2, 3, 4].filter((i) => inShard(n, { index: i, count: 4 }))).toEqual([k]);
      counts[k - 1]!++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(600);
    // the same on every machine: the hash of a name, nothing else
    expect(shardOf('000_2314629feeea04ab.txt', 3)).toBe(shardOf('000_2314629feeea04ab.txt', 3));
    expect(inShard('anything', undefined)).toBe(true);
  });
});

describe('spool', () => {
  const entities: [string, string, string][] = [['ORG', 'Telegram', 'Telegram']];

  it('writes lines of three parts that each reader splits without decoding the others', () => {
    const line = spoolLine({ doc: 'a\tb.txt', hash: 'h1' }, entities as any, { claims: [{ text: 'tab\there' }], mentions: [] });
    expect(line.split('\n')).toHaveLength(1);
    const parts = splitSpoolLine(line);
    expect(JSON.parse(parts.key)).toEqual({ doc: 'a\tb.txt', hash: 'h1' });
    expect(JSON.parse(parts.entities)).toEqual(entities);
    expect(JSON.parse(parts.body)).toEqual({ claims: [{ text: 'tab\there' }], mentions: [] });
  });

  it('finds complete lines again, keeps the latest per document and cuts a torn last line', () => {
    const file = path.join(scratch(), 'spool.jsonl');
    const w = SpoolWriter.create(file, 'build-1');
    const a = w.append(spoolBytes({ doc: 'a.txt', hash: 'h1' }, [], { claims: [], mentions: [] }));
    w.append(spoolBytes({ doc: 'b.txt', hash: 'h2' }, [], { claims: [], mentions: [] }));
    const a2 = w.append(spoolBytes({ doc: 'a.txt', hash: 'h3' }, [], { claims: [{ n: 1 }], mentions: [] }));
    w.close();
    const complete = readFileSync(file).length;
    appendFileSync(file, '{"doc":"c.txt","hash":"h4"}\t[]\t{"claims":[');
    const scanned = scanSpool(file, 'build-1');
    if (!scanned || scanned === 'other-build') throw new Error('expected a spool');
    expect(scanned.validBytes).toBe(complete);
    expect([...scanned.byDoc.keys()]).toEqual(['a.txt', 'b.txt']);
    expect(scanned.byDoc.get('a.txt')).toMatchObject({ hash: 'h3', offset: a2.offset, length: a2.length });
    expect(a.offset).toBeGreaterThan(0); // after the header

    // continuing cuts the torn line off and appends after the last complete one
    const w2 = SpoolWriter.continue(file, scanned.validBytes);
    const c = w2.append(spoolBytes({ doc: 'c.txt', hash: 'h4' }, [], { claims: [], mentions: [] }));
    w2.close();
    expect(c.offset).toBe(complete);
    const reader = new SpoolReader(file, 64);
    expect(JSON.parse(splitSpoolLine(reader.read(a2)).body).claims).toEqual([{ n: 1 }]);
    expect(JSON.parse(splitSpoolLine(reader.read(c)).key).doc).toBe('c.txt');
    expect(JSON.parse(splitSpoolLine(reader.read(a)).key).hash).toBe('h1');
    reader.close();
  });

  it('refuses a spool of another build, and takes shards concatenated under one header each', () => {
    const dir = scratch();
    const one = path.join(dir, 'one.jsonl');
    const two = path.join(dir, 'two.jsonl');
    for (const [file, doc] of [[one, 'a.txt'], [two, 'b.txt']] as const) {
      const w = SpoolWriter.create(file, 'build-1');
      w.append(spoolBytes({ doc, hash: 'h' }, [], { claims: [], mentions: [] }));
      w.close();
    }
    expect(scanSpool(one, 'build-2')).toBe('other-build');
    expect(scanSpool(path.join(dir, 'missing.jsonl'), 'build-1')).toBeNull();
    const both = path.join(dir, 'both.jsonl');
    writeFileSync(both, Buffer.concat([readFileSync(one), readFileSync(two)]));
    const scanned = scanSpool(both, 'build-1');
    if (!scanned || scanned === 'other-build') throw new Error('expected a spool');
    expect([...scanned.byDoc.keys()]).toEqual(['a.txt', 'b.txt']);
  });

  it('indexes locations by input position, with gaps for failed inputs', () => {
    const index = new LocationIndex();
    index.set(0, { offset: 10, length: 5 });
    index.set(2500, { offset: 99, length: 1 });
    expect(index.size).toBe(2501);
    expect(index.get(0)).toEqual({ offset: 10, length: 5 });
    expect(index.get(1)).toBeNull();
    expect(index.get(2500)).toEqual({ offset: 99, length: 1 });
  });

  it('hashes what a result depends on: the text and the manifest entry', () => {
    const entry = { published: '2024-09-02', outlet: 'Reuters', title: null, url: null };
    expect(contentHash('text', entry)).toBe(contentHash('text', { ...entry }));
    expect(contentHash('text', entry)).not.toBe(contentHash('text ', entry));
    expect(contentHash('text', entry)).not.toBe(contentHash('text', { ...entry, published: '2024-09-03' }));
    expect(contentHash('text', null)).not.toBe(contentHash('text', { published: null, outlet: null, title: '', url: null }));
  });
});

describe('JSONL records', () => {
  const stream = (chunks: (string | Buffer)[]) => Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));

  it('splits lines across chunk boundaries, CRLF and a last line without newline included', async () => {
    const lines: string[] = [];
    for await (const { line, bytes } of readLines(stream(['{"a":', '1}\r\n{"b"', ':2}\n\n', '{"c":3}']))) lines.push(`${line}:${bytes.toString()}`);
    expect(lines).toEqual(['1:{"a":1}\r', '2:{"b":2}', '3:', '4:{"c":3}']);
  });

  it('gives records, and a diagnostic with the line for each bad one', async () => {
    const input = [
      '\uFEFF{"id": "a", "text": "Police said 118.", "published": "2024-09-02", "outlet": "Yonhap"}',
      '{"id": 7, "text": "Seven.", "title": "T", "url": "https://example.org/7"}',
      '{"id": "", "text": "x"}',
      '{"id": "b", "text": 5}',
      '{"id": "a", "text": "again"}',
      '{"id": "c", "text": "C.", "outlet": 3}',
    ].join('\n');
    const items = [];
    for await (const item of readJsonlRecords(stream([input, '\n', Buffer.from([0xff, 0x0a])]), 'stdin')) items.push(item);
    expect(items.map((i) => i.record?.id ?? null)).toEqual(['a', '7', null, null, null, 'c', null]);
    expect(items[0]!.record).toMatchObject({ line: 1, text: 'Police said 118.', entry: { published: '2024-09-02', outlet: 'Yonhap', title: null, url: null } });
    expect(items[1]!.record!.entry).toEqual({ published: null, outlet: null, title: 'T', url: 'https://example.org/7' });
    const reasons = items.flatMap((i) => i.diagnostics.map((d) => `${d.path}:${d.line}: ${d.severity} ${d.reason}`));
    expect(reasons).toEqual([
      'stdin:3: error no "id" (a non-empty string), record skipped',
      'stdin:4: error no "text" (a string) for id "b", record skipped',
      'stdin:5: error duplicate id "a", record skipped',
      'stdin:6: warning "outlet" for id "c" is not a string, left unset',
      'stdin:7: error invalid UTF-8, record skipped',
    ]);
  });
});

describe('progress line', () => {
  it('redraws in place at most every 100 ms, with files, MB/s and ETA', () => {
    let t = 0;
    const out: string[] = [];
    const p = new Progress((s) => out.push(s), () => t, () => 200);
    p.update({ done: 1, total: 10, bytes: 1_000_000 });
    t = 50;
    p.update({ done: 2, total: 10, bytes: 2_000_000 });
    t = 1000;
    p.update({ done: 5, total: 10, bytes: 5_000_000 });
    expect(out).toEqual([
      '\rclaimtab: 1/10 files  0.00 MB/s\x1b[K',
      '\rclaimtab: 5/10 files  5.00 MB/s  ETA 0:01\x1b[K',
    ]);
    p.clear();
    expect(out.at(-1)).toBe('\r\x1b[K');
    p.clear();
    expect(out).toHaveLength(3);
    // after a clear (a diagnostic printed), the next update draws at once
    t = 1010;
    p.update({ done: 6, total: 10, bytes: 6_000_000 });
    expect(out).toHaveLength(4);
  });

  it('formats an unknown total (records from standard input) without ETA, and fits the terminal', () => {
    expect(formatProgress({ done: 12, total: null, bytes: 3e6 }, 2)).toBe('claimtab: 12 files  1.50 MB/s');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(65)).toBe('1:05');
    const out: string[] = [];
    new Progress((s) => out.push(s), () => 0, () => 20).update({ done: 1, total: 100000, bytes: 1 });
    expect(out[0]).toBe('\rclaimtab: 1/100000 \x1b[K');
  });
});

describe('Parquet columns', () => {
  it('are the CSV columns, typed from the schema', () => {
    for (const schema of [ClaimRow, MentionRow, EntityRow]) expect(parquetColumnTypes(schema).map((c) => c.name)).toEqual(csvColumns(schema));
    const types = Object.fromEntries(parquetColumnTypes(MentionRow).map((c) => [c.name, c.type]));
    expect(types).toMatchObject({ start: 'INT32', value: 'STRING', value_max: 'DOUBLE', equivalent_of: 'INT32', doc: 'STRING' });
    const claims = Object.fromEntries(parquetColumnTypes(ClaimRow).map((c) => [c.name, c.type]));
    expect(claims).toMatchObject({ figure_value: 'DOUBLE', figure_start: 'INT32', quoted: 'BOOLEAN', subject_text: 'STRING' });
  });
});

describe('corpus-wide names for the render workers', () => {
  it('answer as the registry does, for seen and unseen names', () => {
    const registry = new EntityRegistry();
    const m = (text: string, canonical: string) => ({ type: 'entity', label: 'PERSON', text, canonical }) as any;
    registry.observe([m('Pavel Durov', 'Pavel Durov'), m('Durov', 'Pavel Durov')]);
    registry.observe([m('Durov', 'Durov')]);
    const names = new ResolvedNames(ResolvedNames.from(registry, ['PERSON\u0000Durov', 'PERSON\u0000Pavel Durov']));
    expect(names.resolve('PERSON', 'Durov')).toEqual(registry.resolve('PERSON', 'Durov'));
    expect(names.resolve('PERSON', 'Durov').canonical).toBe('Pavel Durov');
    expect(names.resolve('ORG', 'Nobody')).toEqual(registry.resolve('ORG', 'Nobody'));
  });

  it('count each document once per corpus-wide entity, whichever of its names the document used', () => {
    const registry = new EntityRegistry();
    const m = (text: string, canonical: string, label = 'PERSON') => ({ type: 'entity', label, text, canonical }) as any;
    const docs = [
      [m('Pavel Durov', 'Pavel Durov'), m('Durov', 'Pavel Durov'), m('Telegram', 'Telegram', 'ORG')],
      // "Durov" alone here becomes Pavel Durov corpus-wide; a document naming both forms counts once
      [m('Durov', 'Durov'), m('Pavel Durov', 'Pavel Durov')],
      [m('Telegram', 'Telegram', 'ORG'), m('Telegram', 'Telegram', 'ORG')],
    ];
    for (const d of docs) registry.observe(d);
    for (const d of docs) registry.countDocument(d.map((x: any) => [x.label, x.canonical] as const));
    const rows = Object.fromEntries(registry.table().map((r) => [r.canonical, r]));
    expect(rows['Pavel Durov']).toMatchObject({ docs: 2, mentions: 4 });
    expect(rows['Telegram']).toMatchObject({ docs: 2, mentions: 3 });
    expect(Object.keys(rows).sort()).toEqual(['Pavel Durov', 'Telegram']);
  });
});
