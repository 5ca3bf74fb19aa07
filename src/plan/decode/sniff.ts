/**
 * Tells what a file is from its first bytes and its name: PDF (`%PDF-`), Office Open XML
 * (`PK\x03\x04` holding `word/document.xml`), old binary Office (OLE, `D0 CF 11 E0 A1 B1 1A E1`),
 * text, binary or empty. Pure.
 */
import type { SniffedKind } from './types';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/** True when `needle` (ASCII) occurs in the bytes. */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const codes = [...needle].map((c) => c.charCodeAt(0));
  const first = codes[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i >= 0 && i <= bytes.length - codes.length; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let k = 1; k < codes.length; k++) if (bytes[i + k] !== codes[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * True when the bytes do not look like text: a NUL byte, or more than 5 % control characters (other
 * than tab, line feed, carriage return, form feed and escape) in the first 64 KB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** The lower-case extension of a file name ("" without one). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['txt', 'text', '']);

/** What the file is. The content decides over the name; a text file must be named .txt (or have no extension). */
export function sniff(name: string, bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE)) return 'doc';
  if (startsWith(bytes, PDF) || (bytes.length > 5 && containsAscii(bytes.subarray(0, 1024), '%PDF-'))) return 'pdf';
  if (startsWith(bytes, ZIP)) return extensionOf(name) === 'docx' || containsAscii(bytes, 'word/document.xml') ? 'docx' : 'unknown';
  if (looksBinary(bytes)) return 'binary';
  return TEXT_EXTENSIONS.has(extensionOf(name)) ? 'txt' : 'unknown';
}
