// Stable ids. A claim id is a hash of what the claim is made of (document, sentence text, the
// figure or date it is built on, and which repeat of that sentence it is), never of its offset, so
// adding an unrelated paragraph elsewhere in the file does not change it.
import { createHash } from 'node:crypto';

export function hashId(prefix: string, ...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return prefix + h.digest('hex').slice(0, 16);
}

export function normalizeForId(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
