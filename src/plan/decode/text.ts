/**
 * Plain-text plans: UTF-8 (with or without a byte-order mark) or, when the bytes are not valid UTF-8,
 * GB18030 (a superset of GBK and GB2312, the usual encoding of Chinese text files saved on Windows).
 * The text is exactly the decoded bytes, the BOM removed. Pure.
 */
import type { TextEncoding } from './types';

/** Decodes a text file; the encoding says which way it was read. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not valid UTF-8: the only other encoding Chinese plan texts come in.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** True when a text holds nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
