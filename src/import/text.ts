/**
 * Text decoding for the text formats (GeoJSON, KML, GPX, CSV): byte-order marks, a declared encoding
 * (XML prolog, shapefile .cpg), strict UTF-8, and GB18030 as the fallback for Chinese files saved by
 * Excel or older GIS tools (GB18030 is a superset of GBK and GB2312).
 */

/** Decoded text and how it was decoded. */
export interface DecodedText {
  text: string;
  /** The WHATWG encoding name used ("utf-8", "gb18030", …). */
  encoding: string;
  /** True when the bytes were not valid UTF-8 and GB18030 was assumed. */
  guessed: boolean;
}

/** The WHATWG name of an encoding label, or null when this platform has no decoder for it. */
export function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** True when the bytes are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

/**
 * Decodes bytes: a BOM wins, then a declared encoding this platform knows, then UTF-8 when the bytes
 * are valid UTF-8, else GB18030 (flagged as guessed).
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding, guessed: false };
  const named = declared ? encodingName(declared) : null;
  if (named && named !== 'utf-8') return { text: new TextDecoder(named).decode(bytes), encoding: named, guessed: false };
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', guessed: false };
  const fallback = encodingName('gb18030') ?? 'utf-8';
  return { text: new TextDecoder(fallback).decode(bytes), encoding: fallback, guessed: true };
}

/** The encoding an XML prolog declares (`<?xml … encoding="GBK"?>`), or null. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(head);
  return match ? (match[1] ?? null) : null;
}
