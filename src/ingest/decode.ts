// Turning bytes into article text, or saying plainly why not.
import { TextDecoder } from 'node:util';

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string; rule: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/**
 * Decode a file's bytes. UTF-8 with or without a byte-order mark; UTF-16 only with its BOM
 * (Windows tools still write it). The BOM is removed so offsets count from the first character.
 * Binary files are refused: a NUL byte in the first 8 KiB is the same test git and grep use.
 */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file', rule: 'ingest/empty' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(utf16le, bytes.subarray(2), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(utf16be, bytes.subarray(2), 'UTF-16BE');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const probe = body.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'binary file (NUL bytes), not text', rule: 'ingest/binary' };
  const decoded = decodeWith(utf8, body, 'UTF-8');
  if (decoded.ok && decoded.text.trim() === '') return { ok: false, reason: 'empty file (whitespace only)', rule: 'ingest/empty' };
  return decoded;
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, name: string): DecodeResult {
  try {
    const text = decoder.decode(bytes);
    if (text.trim() === '') return { ok: false, reason: 'empty file', rule: 'ingest/empty' };
    return { ok: true, text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = name === 'UTF-8' && at >= 0 ? ` at byte ${at}` : '';
    return { ok: false, reason: `invalid ${name}${where}`, rule: 'ingest/encoding' };
  }
}

/** Offset of the first byte that breaks UTF-8, for a diagnostic a person can act on. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}
