// Stable ids. A claim id is a hash of what the claim is made of (document, sentence text, the
// figure or date it is built on, and which repeat of that sentence it is), never of its offset, so
// adding an unrelated paragraph elsewhere in the file does not change it.
import crypto from 'node:crypto';

// One-shot hashing (Node >= 20.12) skips the Hash object and its stream machinery: about a third
// cheaper per id. The bytes hashed are the same either way: each part, then a NUL.
const oneShot = (crypto as unknown as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function hashId(prefix: string, ...parts: string[]): string {
  if (oneShot) {
    let data = '';
    for (const p of parts) data += p + '\u0000';
    return prefix + oneShot('sha256', data, 'hex').slice(0, 16);
  }
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return prefix + h.digest('hex').slice(0, 16);
}

/** Whitespace runs as one space, trimmed. Most sentences have nothing to change: no whitespace but
 * single spaces inside (one character-class scan and one substring search) spares the new string. */
export function normalizeForId(text: string): string {
  const n = text.length;
  const clean = n === 0 || (text.charCodeAt(0) !== 32 && text.charCodeAt(n - 1) !== 32 && !text.includes('  ') && !OTHER_SPACE.test(text));
  return clean ? text : text.replace(/\s+/g, ' ').trim();
}
const OTHER_SPACE = /[^\S ]/;
