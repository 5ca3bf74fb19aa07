import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importFixtures, parksShapefile, workspaceFixture, FIXTURE_DIR } from '../../src/cli/importfixtures';
import { WGS84_PRJ } from '../../src/cli/shpwriter';
import { importFile, MAX_FILE_BYTES, type ImportResult } from '../../src/import';
import type { ImportedLayer } from '../../src/import/types';
import { errorOf, layersOf } from './import-results';

const fixture = (name: string) => new Uint8Array(readFileSync(`${FIXTURE_DIR}/${name}`));
const run = (name: string, bytes: Uint8Array, gcj02 = false) => importFile({ name, bytes }, { layerId: 't1', gcj02, now: '2026-01-01T00:00:00Z' });

const names = (layer: ImportedLayer | undefined) => layer?.collection.features.map((f) => f.properties.name);
const codes = (result: ImportResult) => result.notes.map((n) => n.code);

describe('import pipeline on the fixtures', () => {
  test('the committed fixtures equal a fresh run of src/cli/importfixtures.ts', async () => {
    const fresh = { ...importFixtures(), 'workspace-v1.json': await workspaceFixture() };
    for (const [name, content] of Object.entries(fresh)) {
      const expected = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
      expect(Buffer.from(fixture(name)).equals(Buffer.from(expected)), name).toBe(true);
    }
  });

  test('GeoJSON: features on the contract, GeometryCollection split, ring closed, bad features reported, rest kept', async () => {
    const result = await run('parks.geojson', fixture('parks.geojson'));
    const [layer] = layersOf(result);
    expect(layer?.name).toBe('parks');
    expect(names(layer)).toEqual(['郎酒庄园', '叙永县工业园区', '赤水河旅游步道', '组合要素', '组合要素', '未闭合地块']);
    const first = layer?.collection.features[0];
    expect(first?.id).toBe('imp-t1-1');
    expect(first?.properties).toMatchObject({
      id: 'imp-t1-1', name: '郎酒庄园', nameEn: '郎酒庄园', kind: 'imported', geometrySource: 'dataset', source: 'parks.geojson',
      名称: '郎酒庄园', 类型: '产业', 投资亿元: 12.5,
    });
    // A reserved attribute name is kept under src_.
    expect(layer?.collection.features[1]?.properties.src_status).toBe('在建');
    expect(layer?.collection.features[1]?.properties.status).toBeUndefined();
    const ring = layer?.collection.features[5]?.geometry;
    expect(ring?.type === 'Polygon' && ring.coordinates[0]).toEqual([[103.7, 27.3], [103.76, 27.3], [103.76, 27.36], [103.7, 27.36], [103.7, 27.3]]);
    expect(result.notes).toContainEqual({ level: 'warning', code: 'collectionSplit', params: { n: 4, parts: 2 } });
    expect(result.notes).toContainEqual({ level: 'warning', code: 'ringClosed', params: { n: 5, count: 1 } });
    expect(result.notes).toContainEqual({ level: 'warning', code: 'featureDropped', params: { n: 6, reason: 'badPosition', detail: '["a",1]' } });
    expect(result.notes).toContainEqual({ level: 'warning', code: 'featureDropped', params: { n: 7, reason: 'noGeometry', detail: '' } });
  });

  test('KML: placemarks with Chinese names, MultiGeometry split, altitude dropped', async () => {
    const result = await run('sites.kml', fixture('sites.kml'));
    const [layer] = layersOf(result);
    expect(layer?.format).toBe('kml');
    expect(names(layer)).toEqual(['镇雄调研点', '威信调研点', '调研路线', '彝良片区', '盐津组合', '盐津组合']);
    expect(layer?.collection.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [104.87, 27.44] });
    expect(codes(result)).toContain('altitudeDropped');
  });

  test('GPX: waypoint and track', async () => {
    const [layer] = layersOf(await run('route.gpx', fixture('route.gpx')));
    expect(layer?.format).toBe('gpx');
    expect(new Set(names(layer))).toEqual(new Set(['古蔺县城', '古蔺—叙永踏勘']));
  });

  test('CSV in UTF-8 and in GBK: 经度/纬度 columns, Chinese text intact, rows without coordinates reported', async () => {
    for (const file of ['villages.csv', 'villages-gbk.csv']) {
      const result = await run(file, fixture(file));
      const [layer] = layersOf(result);
      expect(names(layer), file).toEqual(['太平镇', '二郎镇', '水尾镇']);
      expect(layer?.collection.features[0]?.properties.备注, file).toBe('红色旅游, 长征');
      expect(layer?.collection.features[0]?.geometry, file).toEqual({ type: 'Point', coordinates: [105.95, 28.15] });
      expect(result.notes.filter((n) => n.code === 'csvRowDropped').map((n) => n.params.row), file).toEqual([5, 6]);
    }
    const gbk = await run('villages-gbk.csv', fixture('villages-gbk.csv'));
    expect(gbk.notes).toContainEqual({ level: 'warning', code: 'encodingGuessed', params: { encoding: 'gb18030', from: 'guess', file: '' } });
  });

  test('zipped shapefile with GBK attributes and a .cpg: names and field names decoded', async () => {
    const result = await run('parks-gbk.zip', fixture('parks-gbk.zip'));
    const [layer] = layersOf(result);
    expect(layer?.format).toBe('shapefile');
    expect(names(layer)).toEqual(['叙永资源循环园', '古蔺白酒产业园', '太平红色旅游区']);
    expect(layer?.collection.features[1]?.properties).toMatchObject({ 名称: '古蔺白酒产业园', 类型: '酿酒', 面积: 20.25 });
    expect(result.notes).toContainEqual({ level: 'info', code: 'encoding', params: { encoding: 'gbk', from: 'cpg', file: '规划园区' } });
    const polygon = layer?.collection.features[0]?.geometry;
    expect(polygon?.type).toBe('Polygon');
  });

  test('shapefile encodings: .cpg "936" and "CP936", no .cpg with the GBK driver byte, no .cpg and no driver byte', async () => {
    const cases: [string, Buffer, string][] = [
      ['936', parksShapefile({ cpg: '936\r\n', prj: WGS84_PRJ }, 0), 'cpg'],
      ['CP936', parksShapefile({ cpg: 'CP936' }, 0), 'cpg'],
      ['ldid', parksShapefile({}, 0x4d), 'ldid'],
      ['guess', parksShapefile({}, 0), 'guess'],
    ];
    for (const [label, zip, from] of cases) {
      const result = await run(`${label}.zip`, new Uint8Array(zip));
      expect(names(layersOf(result)[0]), label).toEqual(['叙永资源循环园', '古蔺白酒产业园', '太平红色旅游区']);
      expect(result.notes.find((n) => n.code === 'encoding' || n.code === 'encodingGuessed')?.params.from, label).toBe(from);
    }
  });

  test('projected coordinates are refused, naming sample values', async () => {
    const error = errorOf(await run('projected.csv', fixture('projected.csv')));
    expect(error.code).toBe('projected');
    expect(error.params.samples).toBe('(35512345.6, 3102345.7); (35513345.6, 3103345.7); (35514345.6, 3104345.7)');
  });

  test("geojson-validation's message is the per-feature note of a feature that breaks the schema but can be read", async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'ok' }, geometry: { type: 'Point', coordinates: [105, 28] } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [105.2, 28.2] } },
      ],
    });
    const result = await run('schema.geojson', new TextEncoder().encode(text));
    expect(layersOf(result)[0]?.collection.features).toHaveLength(2);
    const note = result.notes.find((n) => n.code === 'featureRepaired');
    expect(note?.params.n).toBe(2);
    expect(String(note?.params.detail)).toMatch(/properties/);
  });

  test('one out-of-range feature among valid ones is dropped, not the file', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'a' }, geometry: { type: 'Point', coordinates: [105, 28] } },
        { type: 'Feature', properties: { name: 'b' }, geometry: { type: 'Point', coordinates: [105.1, 28.1] } },
        { type: 'Feature', properties: { name: 'c' }, geometry: { type: 'Point', coordinates: [500000, 3100000] } },
      ],
    });
    const result = await run('mixed.geojson', new TextEncoder().encode(text));
    expect(names(layersOf(result)[0])).toEqual(['a', 'b']);
    expect(result.notes).toContainEqual({ level: 'warning', code: 'featureDropped', params: { n: 3, reason: 'outOfRange', detail: '(500000, 3100000)' } });
  });

  test('the GCJ-02 switch converts with gcoord (hand-checked value for 105°E 28°N)', async () => {
    const text = JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [105, 28] } });
    const result = await run('p.geojson', new TextEncoder().encode(text), true);
    const [layer] = layersOf(result);
    const [x, y] = (layer?.collection.features[0]?.geometry as { coordinates: number[] }).coordinates;
    expect(x).toBeCloseTo(104.997106, 5);
    expect(y).toBeCloseTo(28.003439, 5);
    expect(layer?.fromGcj02).toBe(true);
    expect(codes(result)).toContain('gcj02');
  });

  test('errors: empty, unknown, broken JSON, not GeoJSON, lone .shp, too large (checked before parsing)', async () => {
    expect(errorOf(await run('a.geojson', new Uint8Array())).code).toBe('empty');
    expect(errorOf(await run('a.geojson', new TextEncoder().encode(' \n '))).code).toBe('empty');
    expect(errorOf(await run('a.bin', new Uint8Array([1, 2, 3, 4]))).code).toBe('unknownFormat');
    expect(errorOf(await run('broken.geojson', fixture('broken.geojson'))).code).toBe('jsonSyntax');
    expect(errorOf(await run('a.json', new TextEncoder().encode('{"type":"Topology"}'))).params).toEqual({ detail: 'type: Topology' });
    expect(errorOf(await run('a.shp', new Uint8Array([0, 0, 0x27, 0x0a]))).code).toBe('shpNotZipped');
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    huge[0] = 0x7b;
    expect(errorOf(await run('huge.geojson', huge))).toEqual({ level: 'error', code: 'tooLarge', params: { size: '50 MB', limit: '50 MB' } });
  });

  test('a file with only invalid features is an error with the per-feature reasons', async () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [null, 1] } }] });
    const result = await run('bad.geojson', new TextEncoder().encode(text));
    expect(errorOf(result).code).toBe('noFeatures');
    expect(codes(result)).toEqual(['featureDropped']);
  });
});

describe('hostile inputs', () => {
  test('script payloads stay plain text; __proto__ and reserved keys cannot reach the prototype or the contract', async () => {
    const [layer] = layersOf(await run('<img src=x onerror=alert(1)>.geojson', fixture('hostile.geojson')));
    const [a, b, c] = layer?.collection.features ?? [];
    expect(a?.properties.name).toBe('<img src=x onerror="window.__pwned=1">');
    expect(a?.properties.note).toBe('<script>window.__pwned=1</script>');
    expect(a?.properties.source).toBe('<img src=x onerror=alert(1)>.geojson');
    expect(layer?.name).toBe('<img src=x onerror=alert(1)>');
    expect(b?.id).toBe('imp-t1-2');
    expect(b?.properties.src_id).toBe('evil');
    expect(b?.properties.src_constructor).toBe('x');
    expect(b?.properties.src___proto__).toBe('{"polluted":"yes"}');
    expect(Object.getPrototypeOf(b?.properties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(c?.properties.name).toHaveLength(200);
    expect(c?.properties.long).toHaveLength(4000);
    expect(c?.properties.nested).toBe('{"html":"<img src=x onerror=\\"window.__pwned=1\\">"}');
    for (const f of layer?.collection.features ?? []) {
      for (const value of Object.values(f.properties)) expect(['string', 'number']).toContain(typeof value);
    }
  });

  test('KML: CDATA script stays text, entity bomb and external entity are not expanded', async () => {
    const [layer] = layersOf(await run('hostile.kml', fixture('hostile.kml')));
    expect(names(layer)).toEqual(['<img src=x onerror="window.__pwned=1">', '&lol3;&xxe;']);
    expect(layer?.collection.features[0]?.properties.description).toContain('<script>');
  });

  test('CSV: formulas and markup are kept as text', async () => {
    const [layer] = layersOf(await run('hostile.csv', fixture('hostile.csv')));
    expect(layer?.collection.features[0]?.properties.formula).toBe("=cmd|' /C calc'!A0");
    expect(names(layer)).toEqual(['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>']);
  });
});
