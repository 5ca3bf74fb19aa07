/**
 * A tiny writer of shapefiles (points and polygons with a .dbf in a chosen encoding) and zip archives,
 * for the import test fixtures (src/cli/importfixtures.ts) and for unit tests that need variants made
 * in memory (a .cpg of "936", no .cpg, a hostile .dbf header). Node only. Not a general writer: ASCII
 * field types C and N only, no Z/M values.
 */
import { deflateRawSync } from 'node:zlib';

/** A shape: a point or a polygon of closed rings (outer rings clockwise, as shapefiles want). */
export type Shape = { type: 'point'; x: number; y: number } | { type: 'polygon'; rings: [number, number][][] };

/** One attribute column: character (C) or numeric (N). */
export interface Field {
  name: string;
  type: 'C' | 'N';
  length: number;
  decimals?: number;
}

export interface ShapefileSpec {
  shapes: Shape[];
  fields: Field[];
  records: (string | number)[][];
  /** Encodes text for the .dbf (UTF-8 by default; see {@link gbkEncoder}). */
  encode?: (text: string) => Uint8Array;
  /** DBF language driver id (byte 29): 0x4d for GBK, 0 for none. */
  ldid?: number;
}

let gbkTable: Map<string, number> | null = null;

/** An encoder to GBK built by inverting TextDecoder('gbk') over the double-byte range. */
export function gbkEncoder(): (text: string) => Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, (lead << 8) | trail);
      }
    }
  }
  const table = gbkTable;
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0) ?? 0x3f;
      if (code < 0x80) out.push(code);
      else {
        const pair = table.get(ch);
        if (pair === undefined) throw new Error(`no GBK code for ${ch}`);
        out.push(pair >> 8, pair & 0xff);
      }
    }
    return Uint8Array.from(out);
  };
}

function bboxOf(points: readonly [number, number][]): [number, number, number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function shapeContent(shape: Shape): Buffer {
  if (shape.type === 'point') {
    const b = Buffer.alloc(20);
    b.writeInt32LE(1, 0);
    b.writeDoubleLE(shape.x, 4);
    b.writeDoubleLE(shape.y, 12);
    return b;
  }
  const points = shape.rings.flat();
  const b = Buffer.alloc(44 + 4 * shape.rings.length + 16 * points.length);
  b.writeInt32LE(5, 0);
  bboxOf(points).forEach((v, i) => b.writeDoubleLE(v, 4 + 8 * i));
  b.writeInt32LE(shape.rings.length, 36);
  b.writeInt32LE(points.length, 40);
  let start = 0;
  shape.rings.forEach((ring, i) => {
    b.writeInt32LE(start, 44 + 4 * i);
    start += ring.length;
  });
  const at = 44 + 4 * shape.rings.length;
  points.forEach(([x, y], i) => {
    b.writeDoubleLE(x, at + 16 * i);
    b.writeDoubleLE(y, at + 16 * i + 8);
  });
  return b;
}

function mainHeader(shapeType: number, fileBytes: number, bbox: [number, number, number, number]): Buffer {
  const h = Buffer.alloc(100);
  h.writeInt32BE(9994, 0);
  h.writeInt32BE(fileBytes / 2, 24);
  h.writeInt32LE(1000, 28);
  h.writeInt32LE(shapeType, 32);
  bbox.forEach((v, i) => h.writeDoubleLE(v, 36 + 8 * i));
  return h;
}

/** The .shp and .shx of a list of shapes of one type. */
export function writeShp(shapes: readonly Shape[]): { shp: Buffer; shx: Buffer } {
  const contents = shapes.map(shapeContent);
  const points = shapes.flatMap((s) => (s.type === 'point' ? [[s.x, s.y] as [number, number]] : s.rings.flat()));
  const bbox = bboxOf(points);
  const type = shapes[0]?.type === 'polygon' ? 5 : 1;
  const records: Buffer[] = [];
  const index: Buffer[] = [];
  let offset = 100;
  contents.forEach((content, i) => {
    const rh = Buffer.alloc(8);
    rh.writeInt32BE(i + 1, 0);
    rh.writeInt32BE(content.length / 2, 4);
    records.push(rh, content);
    const ix = Buffer.alloc(8);
    ix.writeInt32BE(offset / 2, 0);
    ix.writeInt32BE(content.length / 2, 4);
    index.push(ix);
    offset += 8 + content.length;
  });
  const shp = Buffer.concat([mainHeader(type, offset, bbox), ...records]);
  const shx = Buffer.concat([mainHeader(type, 100 + 8 * shapes.length, bbox), ...index]);
  return { shp, shx };
}

function fit(bytes: Uint8Array, length: number, right: boolean): Buffer {
  const out = Buffer.alloc(length, 0x20);
  const cut = bytes.subarray(0, length);
  Buffer.from(cut).copy(out, right ? length - cut.length : 0);
  return out;
}

/** A dBase III table with the given fields and records. */
export function writeDbf(spec: Pick<ShapefileSpec, 'fields' | 'records' | 'encode' | 'ldid'>): Buffer {
  const encode = spec.encode ?? ((text: string) => new TextEncoder().encode(text));
  const headerLen = 32 + 32 * spec.fields.length + 1;
  const recLen = 1 + spec.fields.reduce((sum, f) => sum + f.length, 0);
  const header = Buffer.alloc(headerLen);
  header.writeUInt8(0x03, 0);
  header.writeUInt8(124, 1);
  header.writeUInt8(1, 2);
  header.writeUInt8(1, 3);
  header.writeUInt32LE(spec.records.length, 4);
  header.writeUInt16LE(headerLen, 8);
  header.writeUInt16LE(recLen, 10);
  header.writeUInt8(spec.ldid ?? 0, 29);
  spec.fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    Buffer.from(encode(f.name).subarray(0, 10)).copy(header, at);
    header.write(f.type, at + 11, 'latin1');
    header.writeUInt8(f.length, at + 16);
    header.writeUInt8(f.decimals ?? 0, at + 17);
  });
  header.writeUInt8(0x0d, headerLen - 1);
  const rows = spec.records.map((record) =>
    Buffer.concat([
      Buffer.from([0x20]),
      ...spec.fields.map((f, i) => {
        const value = record[i] ?? '';
        return f.type === 'N'
          ? fit(new TextEncoder().encode(typeof value === 'number' ? value.toFixed(f.decimals ?? 0) : String(value)), f.length, true)
          : fit(encode(String(value)), f.length, false);
      }),
    ]),
  );
  return Buffer.concat([header, ...rows, Buffer.from([0x1a])]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive (deflate) of the given files. */
export function writeZip(files: readonly { name: string; bytes: Uint8Array }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const data = deflateRawSync(file.bytes);
    const crc = crc32(file.bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(file.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(file.bytes.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** WKT of WGS-84 geographic coordinates, as ArcGIS writes it. */
export const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** A zipped shapefile: `<stem>.shp/.shx/.dbf` plus optional .cpg and .prj. */
export function zippedShapefile(stem: string, spec: ShapefileSpec, extra: { cpg?: string; prj?: string } = {}): Buffer {
  const { shp, shx } = writeShp(spec.shapes);
  const files = [
    { name: `${stem}.shp`, bytes: shp },
    { name: `${stem}.shx`, bytes: shx },
    { name: `${stem}.dbf`, bytes: writeDbf(spec) },
  ];
  if (extra.cpg !== undefined) files.push({ name: `${stem}.cpg`, bytes: Buffer.from(extra.cpg, 'latin1') });
  if (extra.prj !== undefined) files.push({ name: `${stem}.prj`, bytes: Buffer.from(extra.prj, 'latin1') });
  return writeZip(files);
}
