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

/** Whitespace runs as one space, trimmed. Most sentences have nothing to change: checked first without
 * building a new string. */
export function normalizeForId(text: string): string {
  const n = text.length;
  let clean = n === 0 || (!isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(n - 1)));
  for (let i = 0; clean && i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) clean = !isSpace(text.charCodeAt(i + 1));
    else if (isSpace(c)) clean = false;
  }
  return clean ? text : text.replace(/\s+/g, ' ').trim();
}

// what /\s/ matches, as a table: every such character is at most U+3000 but U+FEFF
const SPACE_TABLE = (() => {
  const t = new Uint8Array(0x3001);
  for (let c = 0; c <= 0x3000; c++) if (/\s/.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();
function isSpace(c: number): boolean {
  return c <= 0x3000 ? SPACE_TABLE[c] === 1 : c === 0xfeff;
}
