/**
 * Format detection by content first, extension second: a zip signature, a JSON start, an XML root
 * element (kml / gpx), else a delimited text with a header line. The extension decides only when the
 * content says nothing, and a disagreement is reported.
 */
import type { ImportFormat } from './types';

/** What the content looks like; `zip` is resolved to shapefile or KMZ by looking inside. */
export type Sniffed = ImportFormat | 'zip';

const EXTENSIONS: Readonly<Record<string, Sniffed>> = {
  geojson: 'geojson', json: 'geojson', kml: 'kml', kmz: 'kmz', gpx: 'gpx', csv: 'csv', tsv: 'csv', txt: 'csv', zip: 'zip',
};

/** Lower-case extension of a file name without the dot ('' when none). */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The file name without directories and extension. */
export function baseName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The format an extension suggests, or null. */
export function formatOfExtension(name: string): Sniffed | null {
  return EXTENSIONS[extensionOf(name)] ?? null;
}

function head(bytes: Uint8Array): string {
  const slice = bytes.subarray(0, 4096);
  if (slice[0] === 0xff && slice[1] === 0xfe) return new TextDecoder('utf-16le').decode(slice.subarray(2));
  if (slice[0] === 0xfe && slice[1] === 0xff) return new TextDecoder('utf-16be').decode(slice.subarray(2));
  return new TextDecoder('utf-8').decode(slice).replace(/^\uFEFF/, '');
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** Office documents people drop instead of map data; each gets its own advice. */
export type OfficeKind = 'excelWorkbook' | 'wordDocument' | 'officeDocument';

/** True for an OLE compound file (Excel 97–2003 .xls, Word .doc, …). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** The kind of an OLE compound file by its extension (the container does not say). */
export function compoundKind(name: string): OfficeKind {
  const ext = extensionOf(name);
  if (['xls', 'xlt', 'et'].includes(ext)) return 'excelWorkbook';
  if (['doc', 'dot', 'wps'].includes(ext)) return 'wordDocument';
  return 'officeDocument';
}

/**
 * The kind of Office Open XML package a zip is (xlsx, docx, pptx…), from its member names, or null
 * when it is not one (no `[Content_Types].xml`).
 */
export function officeKind(members: readonly string[]): OfficeKind | null {
  if (!members.includes('[Content_Types].xml')) return null;
  if (members.some((m) => m.startsWith('xl/'))) return 'excelWorkbook';
  if (members.some((m) => m.startsWith('word/'))) return 'wordDocument';
  return 'officeDocument';
}

/** True when the first line looks like a header of a delimited table. */
function looksDelimited(text: string): boolean {
  const lines = text.split(/\r?\n/, 3);
  const first = lines[0] ?? '';
  return lines.length >= 2 && /[,;\t]/.test(first) && !/^\s*[{[<]/.test(first);
}

/** The format of the content, or null when neither content nor extension tells. */
export function sniffFormat(bytes: Uint8Array, name: string): Sniffed | null {
  if (isZip(bytes)) return extensionOf(name) === 'kmz' ? 'kmz' : 'zip';
  const text = head(bytes).trimStart();
  const byExtension = formatOfExtension(name);
  if (text.startsWith('{') || text.startsWith('[')) return 'geojson';
  if (text.startsWith('<')) {
    if (/<(?:\w+:)?kml[\s>]/i.test(text)) return 'kml';
    if (/<(?:\w+:)?gpx[\s>]/i.test(text)) return 'gpx';
    return byExtension === 'kml' || byExtension === 'gpx' ? byExtension : null;
  }
  if (byExtension === 'csv' || looksDelimited(text)) return 'csv';
  return byExtension;
}
