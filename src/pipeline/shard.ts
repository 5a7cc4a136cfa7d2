// --shard K/N: which inputs this job takes. By a hash of the document's name, not its position, so
// that adding or removing a file moves only that file between shards, and N machines that each
// expand the same folders agree on the split without talking to each other.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based: 1..count */
  index: number;
  count: number;
}

/** "2/8" -> { index: 2, count: 8 }; null when malformed. */
export function parseShard(value: string): Shard | null {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(value);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

/** The shard (1..count) a document name falls in. */
export function shardOf(doc: string, count: number): number {
  const digest = createHash('sha256').update(doc).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(doc: string, shard: Shard | undefined): boolean {
  return !shard || shard.count === 1 || shardOf(doc, shard.count) === shard.index;
}
