import { describe, expect, test } from 'vitest';
import { writeDbf, writeZip } from '../../src/cli/shpwriter';
import { detectDelimiter, findCoordinateColumns, parseCoordinate, splitCsv } from '../../src/import/csv';
import { sniffFormat } from '../../src/import/detect';
import { isFailure, normalizeGeometry, type GeometryOk } from '../../src/import/geometry';
import { flattenProperties, pickName } from '../../src/import/properties';
import { resolveDbfEncoding, saneDbf } from '../../src/import/shapefile';
import { decodeText } from '../../src/import/text';
import { readZip } from '../../src/import/zip';

const budget = () => ({ positions: 0, altitude: false });
const ok = (value: unknown): GeometryOk => {
  const result = normalizeGeometry(value, budget());
  if (isFailure(result)) throw new Error(`expected a geometry, got ${result.reason}`);
  return result;
};
const reason = (value: unknown) => {
  const result = normalizeGeometry(value, budget());
  return isFailure(result) ? result.reason : 'ok';
};

describe('CSV helpers', () => {
  test('quoted cells with delimiters, doubled quotes and line breaks; CRLF and CR line ends', () => {
    expect(splitCsv('a,b\r\n"x, y","say ""hi""\nthere"\r3,4\n', ',')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere'], ['3', '4']]);
  });

  test('delimiter: the most frequent of , ; tab outside quotes', () => {
    expect(detectDelimiter('名称;经度;纬度')).toBe(';');
    expect(detectDelimiter('"a,b"\tlon\tlat')).toBe('\t');
    expect(detectDelimiter('name')).toBe(',');
  });

  test('coordinate columns: lon/lat names win over x/y; units in brackets ignored', () => {
    expect(findCoordinateColumns(['名称', '经度（°）', '纬度(°)'])).toEqual({ lon: 1, lat: 2 });
    expect(findCoordinateColumns(['x', 'y', 'Longitude', 'Latitude'])).toEqual({ lon: 2, lat: 3 });
    expect(findCoordinateColumns(['POINT_X', 'POINT_Y'])).toEqual({ lon: 0, lat: 1 });
    expect(findCoordinateColumns(['name', 'lon'])).toBeNull();
  });

  test('coordinate values: decimals, hemispheres, degree-minute-second, decimal comma only with ; files', () => {
    expect(parseCoordinate(' 105.25 ', ',')).toBe(105.25);
    expect(parseCoordinate('105.5E', ',')).toBe(105.5);
    expect(parseCoordinate('28.5°S', ',')).toBe(-28.5);
    expect(parseCoordinate('105°30′36″E', ',')).toBeCloseTo(105.51, 10);
    expect(parseCoordinate('105度30分', ',')).toBe(105.5);
    expect(parseCoordinate('105,5', ';')).toBe(105.5);
    expect(parseCoordinate('105,5', ',')).toBeNull();
    expect(parseCoordinate('abc', ',')).toBeNull();
    expect(parseCoordinate('', ',')).toBeNull();
  });
});

describe('geometry normalisation', () => {
  test('altitude dropped, ring closed, bad parts of a MultiPolygon dropped', () => {
    const b = budget();
    const point = normalizeGeometry({ type: 'Point', coordinates: [105, 28, 900] }, b);
    expect(point).toMatchObject({ parts: [{ type: 'Point', coordinates: [105, 28] }] });
    expect(b.altitude).toBe(true);
    const multi = ok({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1]]], [[[0, 0], [1], [2, 2]]]] });
    expect(multi.parts[0]).toEqual({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] });
    expect(multi).toMatchObject({ closedRings: 1, droppedParts: 1, firstDrop: { reason: 'badPosition' } });
  });

  test('GeometryCollections are split (nested ones flattened), empty or too deep ones refused', () => {
    const gc = ok({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: [[0, 0], [1, 1]] }] }] });
    expect(gc.parts.map((p) => p.type)).toEqual(['Point', 'LineString']);
    expect(gc.split).toBe(true);
    expect(reason({ type: 'GeometryCollection', geometries: [] })).toBe('empty');
    let deep: unknown = { type: 'Point', coordinates: [1, 2] };
    for (let i = 0; i < 12; i++) deep = { type: 'GeometryCollection', geometries: [deep] };
    expect(reason(deep)).toBe('tooDeep');
  });

  test('reasons: NaN, strings, out of range, too few positions, unknown type, no geometry', () => {
    expect(reason({ type: 'Point', coordinates: [NaN, 1] })).toBe('badPosition');
    expect(reason({ type: 'Point', coordinates: ['105', '28'] })).toBe('badPosition');
    expect(reason({ type: 'Point', coordinates: [181, 0] })).toBe('outOfRange');
    expect(reason({ type: 'Point', coordinates: [0, -90.5] })).toBe('outOfRange');
    expect(reason({ type: 'LineString', coordinates: [[0, 0]] })).toBe('tooFewPositions');
    expect(reason({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] })).toBe('tooFewPositions');
    expect(reason({ type: 'Polygon', coordinates: [] })).toBe('empty');
    expect(reason({ type: 'Circle', coordinates: [0, 0] })).toBe('unknownType');
    expect(reason(null)).toBe('noGeometry');
    expect(reason('POINT(1 2)')).toBe('notObject');
  });
});

describe('attributes', () => {
  test('plain strings and numbers only; dates local; rich text as text; keys cleaned and deduplicated', () => {
    const flat = flattenProperties({
      a: 1, b: NaN, c: true, d: null, e: [1, 2], f: new Date(2024, 4, 6), g: { '@type': 'html', value: '<b>x</b>' },
      ' a ': 'dup', '\u0000': 'ctl', name: 'n',
    });
    expect(Object.fromEntries(flat.entries)).toEqual({
      a: 1, b: 'NaN', c: 'true', e: '[1,2]', f: '2024-05-06', g: '<b>x</b>', a_2: 'dup', field: 'ctl', src_name: 'n',
    });
  });

  test('names from the usual name fields, case-insensitive, first non-empty', () => {
    expect(pickName({ NAME: ' 古蔺县 ' })).toBe('古蔺县');
    expect(pickName({ name: '', 名称: '叙永' })).toBe('叙永');
    expect(pickName({ MC: 42 })).toBe('42');
    expect(pickName({ other: 'x' })).toBeNull();
    expect(pickName('not an object')).toBeNull();
  });
});

describe('formats, encodings, archives', () => {
  test('format by content before extension', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffFormat(enc('  {"type":"Feature"}'), 'a.csv')).toBe('geojson');
    expect(sniffFormat(enc('<?xml version="1.0"?><gpx>'), 'a.kml')).toBe('gpx');
    expect(sniffFormat(enc('name,lon,lat\na,1,2'), 'a.dat')).toBe('csv');
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 3, 4]), 'a.kmz')).toBe('kmz');
    expect(sniffFormat(enc('hello'), 'a.bin')).toBeNull();
  });

  test('text: BOM, declared encoding, UTF-8, GB18030 fallback', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad]))).toEqual({ text: '中', encoding: 'utf-8', guessed: false });
    expect(decodeText(new Uint8Array([0xd6, 0xd0]), 'GBK')).toEqual({ text: '中', encoding: 'gbk', guessed: false });
    expect(decodeText(new Uint8Array([0xd6, 0xd0]))).toEqual({ text: '中', encoding: 'gb18030', guessed: true });
  });

  test('.cpg labels and the driver byte', () => {
    const dbf = new Uint8Array(64);
    expect(resolveDbfEncoding('ANSI 936', dbf)).toEqual({ label: 'gbk', from: 'cpg' });
    expect(resolveDbfEncoding('UTF-8', dbf)).toEqual({ label: 'utf-8', from: 'cpg' });
    expect(resolveDbfEncoding('GB18030', dbf)).toEqual({ label: 'gb18030', from: 'cpg' });
    expect(resolveDbfEncoding('nonsense', dbf)).toEqual({ label: 'utf-8', from: 'utf8' });
  });

  test('a .dbf claiming more records than it holds is clamped; a zero record length is refused', () => {
    const dbf = writeDbf({ fields: [{ name: 'a', type: 'C', length: 4 }], records: [['x'], ['y']] });
    dbf.writeUInt32LE(0xffffffff, 4);
    const sane = saneDbf(new Uint8Array(dbf));
    expect(sane?.clamped).toBe(true);
    expect(new DataView(sane?.bytes.buffer ?? new ArrayBuffer(8)).getUint32(4, true)).toBe(2);
    dbf.writeUInt16LE(0, 10);
    expect(saneDbf(new Uint8Array(dbf))).toBeNull();
  });

  test('zip: members read; inflating past the limit is refused (zip bomb); garbage is an invalid zip', async () => {
    const zip = new Uint8Array(writeZip([{ name: 'a.kml', bytes: new Uint8Array(10_000) }, { name: '__MACOSX/._a.kml', bytes: new Uint8Array(1) }]));
    const files = await readZip(zip, () => true);
    expect(Array.isArray(files) && files.map((f) => [f.name, f.bytes.length])).toEqual([['a.kml', 10_000]]);
    expect(await readZip(zip, () => true, 5_000)).toEqual({ level: 'error', code: 'zipTooLarge', params: { limit: '5 KB' } });
    expect(await readZip(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), () => true)).toMatchObject({ code: 'zipInvalid' });
  });
});
