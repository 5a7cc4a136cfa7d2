// `runDiffCommand`: exit codes, diagnostics, --out, colour. The pipeline is replaced by the
// hand-built seed claims so that the command is tested on its own.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CorpusResult } from '../../src/pipeline/extract-corpus.js';
import type { Io } from '../../src/cli/io.js';
import { seedClaims, seedConversionMentions } from './seed-claims.js';

const corpus = vi.hoisted(() => ({ current: null as unknown as CorpusResult }));
vi.mock('../../src/pipeline/extract-corpus.js', () => ({
  extractCorpus: vi.fn(async () => corpus.current),
}));
const { runDiffCommand } = await import('../../src/cli/diff-command.js');

function fakeIo(tty = false): Io & { out: string; err: string[] } {
  const io = {
    out: '',
    err: [] as string[],
    stdout: async (s: string) => void (io.out += s),
    stderr: (s: string) => void io.err.push(s),
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
  };
  return io;
}

function result(claims = seedClaims(), diagnostics: CorpusResult['diagnostics'] = []): CorpusResult {
  return { docs: [], claims, mentions: seedConversionMentions(claims), entities: [], diagnostics };
}

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'claimtab-diff-'));
  corpus.current = result();
  vi.unstubAllEnvs();
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe('claimtab diff', () => {
  it('exits 1 when it finds a conflict, and writes the groups to stdout', async () => {
    const io = fakeIo();
    expect(await runDiffCommand(['fixtures'], { format: 'jsonl' }, io)).toBe(1);
    const lines = io.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].verdict).toBe('conflict');
    expect(io.err).toEqual([]);
  });

  it('exits 0 when nothing conflicts', async () => {
    corpus.current = result(seedClaims().filter((c) => !c.doc.startsWith('000')));
    const io = fakeIo();
    expect(await runDiffCommand(['fixtures'], { format: 'jsonl' }, io)).toBe(0);
    expect(io.out).not.toContain('"conflict"');
  });

  it('exits 2 on input errors, reports them as path: reason, and still writes the report', async () => {
    corpus.current = result(seedClaims(), [{ path: 'fixtures/broken.txt', reason: 'not text (binary content)', severity: 'error', rule: 'ingest/binary' }]);
    const io = fakeIo();
    expect(await runDiffCommand(['fixtures'], { format: 'csv' }, io)).toBe(2);
    expect(io.err).toEqual(['fixtures/broken.txt: not text (binary content)']);
    expect(io.out.split('\n')[0]).toMatch(/^group_id,verdict,topic,reason,kind,doc,/);
  });

  it('writes --out FILE atomically and nothing to stdout', async () => {
    const out = path.join(tmp, 'report.html');
    const io = fakeIo(true);
    expect(await runDiffCommand(['fixtures'], { format: 'html', out }, io)).toBe(1);
    expect(io.out).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    expect(readdirSync(tmp)).toEqual(['report.html']);
  });

  it('exits 2 when --out cannot be written', async () => {
    const io = fakeIo();
    const out = path.join(tmp, 'missing', 'report.jsonl');
    expect(await runDiffCommand(['fixtures'], { format: 'jsonl', out }, io)).toBe(2);
    expect(io.err).toEqual([`${out}: cannot write the report: no such file or directory`]);
  });

  it('colours text only on a terminal, and not with --no-color or NO_COLOR', async () => {
    const tty = fakeIo(true);
    await runDiffCommand(['fixtures'], { format: 'text' }, tty);
    expect(tty.out).toContain('\u001b[');

    const pipe = fakeIo(false);
    await runDiffCommand(['fixtures'], { format: 'text' }, pipe);
    expect(pipe.out).not.toContain('\u001b');

    const off = fakeIo(true);
    await runDiffCommand(['fixtures'], { format: 'text', color: false }, off);
    expect(off.out).not.toContain('\u001b');

    vi.stubEnv('NO_COLOR', '1');
    const env = fakeIo(true);
    await runDiffCommand(['fixtures'], { format: 'text', color: true }, env);
    expect(env.out).not.toContain('\u001b');
  });

  it('never colours a file', async () => {
    const out = path.join(tmp, 'report.txt');
    await runDiffCommand(['fixtures'], { format: 'text', out, color: true }, fakeIo(true));
    expect(readFileSync(out, 'utf8')).not.toContain('\u001b');
  });
});
