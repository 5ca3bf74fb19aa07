/**
 * Zipped shapefiles: one layer per .shp in the archive, attributes from the .dbf decoded in the
 * encoding the .cpg names (GBK / GB18030 / CP936 / UTF-8 …). shpjs itself would decode with the raw
 * .cpg text and falls back to UTF-8 for labels such as "936" or "CP936" that TextDecoder does not know,
 * and ignores a missing .cpg; here the label is resolved first, then the DBF language driver byte,
 * then a UTF-8 validity check with GB18030 as the fallback. A .prj with a projected system is used by
 * shpjs (proj4) to reproject to WGS-84; without one, projected coordinates are refused downstream.
 * A shapefile without its .dbf keeps its geometry, with a note that the attributes are missing.
 */
import { parseDbf, parseShp } from 'shpjs';
import { NoteList, noteText } from './notes';
import { encodingName, isUtf8 } from './text';
import type { ImportNote, RawFeature } from './types';
import type { ZipFile } from './zip';
import { errorText } from '../util/json';

/** Code-page labels seen in .cpg files, mapped to WHATWG encoding labels. */
const CPG_ALIASES: Readonly<Record<string, string>> = {
  '936': 'gbk', 'cp936': 'gbk', 'ms936': 'gbk', 'windows-936': 'gbk', 'ansi 936': 'gbk', 'gb2312': 'gbk', '20936': 'gbk',
  'gbk': 'gbk', '54936': 'gb18030', 'gb18030': 'gb18030', 'gb-18030': 'gb18030',
  'utf-8': 'utf-8', 'utf8': 'utf-8', '65001': 'utf-8',
  '950': 'big5', 'cp950': 'big5', 'big5': 'big5',
  '1252': 'windows-1252', 'ansi 1252': 'windows-1252', '88591': 'windows-1252', 'iso-8859-1': 'windows-1252',
};

/** DBF language driver ids (byte 29) that name a code page TextDecoder knows. */
const LDID: Readonly<Record<number, string>> = { 0x4d: 'gbk', 0x7a: 'gbk', 0x4f: 'big5', 0x78: 'big5', 0x4e: 'euc-kr', 0x03: 'windows-1252', 0x57: 'windows-1252' };

/** How the attribute encoding was decided. */
export interface DbfEncoding {
  /** WHATWG label passed to TextDecoder. */
  label: string;
  from: 'cpg' | 'ldid' | 'utf8' | 'guess';
}

/** The encoding of a .dbf from its .cpg text (if any) and its bytes. */
export function resolveDbfEncoding(cpg: string | null, dbf: Uint8Array): DbfEncoding {
  if (cpg !== null) {
    const key = cpg.trim().toLowerCase();
    const alias = CPG_ALIASES[key] ?? encodingName(key);
    if (alias) return { label: alias, from: 'cpg' };
  }
  const ldid = LDID[dbf[29] ?? 0];
  if (ldid && encodingName(ldid)) return { label: ldid, from: 'ldid' };
  const headerLen = dbf.length >= 12 ? (dbf[8] ?? 0) | ((dbf[9] ?? 0) << 8) : 0;
  if (isUtf8(dbf.subarray(Math.min(headerLen, dbf.length)))) return { label: 'utf-8', from: 'utf8' };
  return { label: 'gb18030', from: 'guess' };
}

/**
 * A copy of the DBF whose record count fits its size, or null when the header is unusable. Guards
 * parsedbf, which trusts the header and would loop over billions of records for a hostile count.
 */
export function saneDbf(dbf: Uint8Array): { bytes: Uint8Array; clamped: boolean } | null {
  if (dbf.length < 33) return null;
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const records = view.getUint32(4, true);
  const headerLen = view.getUint16(8, true);
  const recLen = view.getUint16(10, true);
  if (recLen === 0 || headerLen < 33 || headerLen > dbf.length) return null;
  const fits = Math.floor((dbf.length - headerLen) / recLen);
  if (records <= fits) return { bytes: dbf, clamped: false };
  const copy = dbf.slice();
  new DataView(copy.buffer).setUint32(4, fits, true);
  return { bytes: copy, clamped: true };
}

const stemOf = (name: string): string => name.slice(0, name.lastIndexOf('.')).toLowerCase();
const extOf = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

/** The name of the projected system a .prj declares, or null for geographic / unknown systems. */
export function projectedName(prj: string): string | null {
  const match = /^\s*PROJCS\s*\[\s*"([^"]{0,120})"/i.exec(prj);
  return match ? (match[1] ?? '') : null;
}

/** One shapefile read from an archive. */
export interface ShapefileDraft {
  stem: string;
  features: RawFeature[];
}

function decodeAttributes(dbfBytes: Uint8Array, cpg: string | null, stem: string, notes: NoteList): Record<string, unknown>[] {
  const encoding = resolveDbfEncoding(cpg, dbfBytes);
  notes.add(encoding.from === 'guess' ? 'warning' : 'info', encoding.from === 'guess' ? 'encodingGuessed' : 'encoding', {
    encoding: encoding.label, from: encoding.from, file: noteText(stem),
  });
  const dbf = saneDbf(dbfBytes);
  if (!dbf) {
    notes.add('warning', 'dbfInvalid', { file: noteText(stem), detail: 'header' });
    return [];
  }
  if (dbf.clamped) notes.add('warning', 'dbfInvalid', { file: noteText(stem), detail: 'record count' });
  try {
    return parseDbf(new DataView(dbf.bytes.buffer, dbf.bytes.byteOffset, dbf.bytes.byteLength), encoding.label);
  } catch (error) {
    notes.add('warning', 'dbfInvalid', { file: noteText(stem), detail: noteText(errorText(error)) });
    return [];
  }
}

/** Reads every shapefile of an archive; a broken .shp gives a file-level error note. */
export function readShapefiles(files: readonly ZipFile[], notes: NoteList): ShapefileDraft[] | ImportNote {
  const byStem = new Map<string, Map<string, ZipFile>>();
  for (const file of files) {
    const stem = stemOf(file.name);
    const parts = byStem.get(stem) ?? new Map<string, ZipFile>();
    parts.set(extOf(file.name), file);
    byStem.set(stem, parts);
  }
  const drafts: ShapefileDraft[] = [];
  for (const [stem, parts] of byStem) {
    const shp = parts.get('shp');
    if (!shp) continue;
    const display = shp.name.split('/').pop()?.replace(/\.shp$/i, '') ?? stem;
    const prjFile = parts.get('prj');
    const prj = prjFile ? new TextDecoder().decode(prjFile.bytes) : null;
    const projected = prj ? projectedName(prj) : null;
    let geometries: unknown[];
    try {
      geometries = parseShp(new DataView(shp.bytes.buffer, shp.bytes.byteOffset, shp.bytes.byteLength), projected !== null ? (prj ?? undefined) : undefined);
    } catch (error) {
      return { level: 'error', code: 'shpInvalid', params: { file: noteText(display), detail: noteText(errorText(error)) } };
    }
    if (projected !== null) notes.add('info', 'reprojected', { from: noteText(projected), file: noteText(display) });
    const dbf = parts.get('dbf');
    const cpg = parts.get('cpg');
    if (!dbf) notes.add('warning', 'dbfMissing', { file: noteText(display) });
    const records = dbf ? decodeAttributes(dbf.bytes, cpg ? new TextDecoder().decode(cpg.bytes) : null, display, notes) : [];
    drafts.push({ stem: display, features: geometries.map((geometry, i) => ({ geometry, properties: records[i] ?? {} })) });
  }
  return drafts;
}
