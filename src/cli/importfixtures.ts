/**
 * Writes the import test fixtures into tests/fixtures/import/ (small, committed, deterministic):
 * GeoJSON, KML, GPX, CSV (UTF-8 and GBK) with Chinese names in the plan area, a zipped shapefile with
 * GBK attributes and a .cpg, and hostile inputs (script payloads in values and keys, an entity bomb,
 * projected coordinates, broken JSON). Run with `npx tsx src/cli/importfixtures.ts`; a unit test
 * checks the committed files equal a fresh run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile } from '../import/pipeline';
import { serializeWorkspace } from '../storage/workspace';
import { WGS84_PRJ, gbkEncoder, zippedShapefile } from './shpwriter';

/** Script payloads used in the hostile fixtures and the browser tests. */
export const PAYLOADS = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  svg: '"><svg onload="window.__pwned=1">',
  link: 'javascript:window.__pwned=1',
} as const;

const fc = (features: unknown[]) => `${JSON.stringify({ type: 'FeatureCollection', features }, null, 1)}\n`;
const feature = (geometry: unknown, properties: Record<string, unknown>) => ({ type: 'Feature', geometry, properties });

function parksGeojson(): string {
  return fc([
    feature({ type: 'Point', coordinates: [105.86, 28.05] }, { 名称: '郎酒庄园', 类型: '产业', 投资亿元: 12.5 }),
    feature(
      { type: 'Polygon', coordinates: [[[105.4, 28.12], [105.46, 28.12], [105.46, 28.17], [105.4, 28.17], [105.4, 28.12]]] },
      { name: '叙永县工业园区', status: '在建' },
    ),
    feature({ type: 'LineString', coordinates: [[105.7, 28.0], [105.8, 28.06], [105.9, 28.1]] }, { name: '赤水河旅游步道' }),
    feature(
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [104.87, 27.44] }, { type: 'LineString', coordinates: [[104.8, 27.4], [104.9, 27.5]] }] },
      { name: '组合要素' },
    ),
    feature({ type: 'Polygon', coordinates: [[[103.7, 27.3], [103.76, 27.3], [103.76, 27.36], [103.7, 27.36]]] }, { name: '未闭合地块' }),
    feature({ type: 'Point', coordinates: ['a', 1] }, { name: '坏坐标' }),
    feature(null, { name: '无几何' }),
  ]);
}

function sitesKml(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
<Document><name>调研点位</name>
<Placemark><name>镇雄调研点</name><description>县城东侧</description><Point><coordinates>104.87,27.44,0</coordinates></Point></Placemark>
<Placemark><name>威信调研点</name><Point><coordinates>105.05,27.84</coordinates></Point></Placemark>
<Placemark><name>调研路线</name><LineString><coordinates>104.87,27.44 105.05,27.84</coordinates></LineString></Placemark>
<Placemark><name>彝良片区</name><Polygon><outerBoundaryIs><LinearRing><coordinates>104.0,27.6 104.1,27.6 104.1,27.7 104.0,27.7 104.0,27.6</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
<Placemark><name>盐津组合</name><MultiGeometry><Point><coordinates>104.23,28.1</coordinates></Point><Point><coordinates>104.25,28.12</coordinates></Point></MultiGeometry></Placemark>
</Document>
</kml>
`;
}

function routeGpx(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="planmap fixtures" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="28.04" lon="105.81"><name>古蔺县城</name></wpt>
<trk><name>古蔺—叙永踏勘</name><trkseg>
<trkpt lat="28.04" lon="105.81"><ele>700</ele></trkpt>
<trkpt lat="28.10" lon="105.62"><ele>650</ele></trkpt>
<trkpt lat="28.16" lon="105.44"><ele>400</ele></trkpt>
</trkseg></trk>
</gpx>
`;
}

const VILLAGES = [
  '名称,经度,纬度,人口,备注',
  '太平镇,105.95,28.15,21000,"红色旅游, 长征"',
  '二郎镇,106.05,28.05,30000,郎酒产地',
  '水尾镇,105.10,28.05,18000,',
  '无坐标村,,28.1,100,缺经度',
  '麻城镇,"105,52",27.98,15000,坐标写错',
].join('\r\n');

function hostileGeojson(): string {
  return fc([
    feature({ type: 'Point', coordinates: [105.5, 28.0] }, { name: PAYLOADS.img, note: PAYLOADS.script, url: PAYLOADS.link }),
    // JSON.parse makes "__proto__" an own property (an object literal would set the prototype instead).
    feature({ type: 'Point', coordinates: [105.6, 28.0] }, JSON.parse(`{"name":${JSON.stringify(PAYLOADS.svg)},"__proto__":{"polluted":"yes"},"constructor":"x","id":"evil"}`)),
    feature({ type: 'Point', coordinates: [105.7, 28.0] }, { name: 'x'.repeat(300), long: 'y'.repeat(10_000), nested: { html: PAYLOADS.img } }),
  ]);
}

function hostileKml(): string {
  return `<?xml version="1.0"?>
<!DOCTYPE kml [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "http://127.0.0.1:9/xxe">]>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>&lt;img src=x onerror="window.__pwned=1"&gt;</name><description><![CDATA[<script>window.__pwned=1</script><a href="javascript:window.__pwned=1">x</a>]]></description><Point><coordinates>105.5,28.05</coordinates></Point></Placemark>
<Placemark><name>&lol3;&xxe;</name><Point><coordinates>105.6,28.05</coordinates></Point></Placemark>
</Document></kml>
`;
}

const HOSTILE_CSV = [
  'name,lon,lat,formula',
  `"${PAYLOADS.img.replace(/"/g, '""')}",105.5,28.1,=cmd|' /C calc'!A0`,
  `"${PAYLOADS.script}",105.6,28.1,"=HYPERLINK(""http://127.0.0.1:9"")"`,
].join('\n');

/** Gauss-Krüger (CGCS2000 3° zone 35) metres: must be refused as projected. */
const PROJECTED_CSV = ['名称,x,y', '点一,35512345.6,3102345.7', '点二,35513345.6,3103345.7', '点三,35514345.6,3104345.7'].join('\n');

/** The zipped shapefile with GBK attributes (polygons near 叙永 and 古蔺). */
export function parksShapefile(extra: { cpg?: string; prj?: string } = { cpg: 'GBK', prj: WGS84_PRJ }, ldid = 0x4d): Buffer {
  const square = (x: number, y: number, d: number): [number, number][] => [[x, y], [x, y + d], [x + d, y + d], [x + d, y], [x, y]];
  return zippedShapefile('规划园区', {
    shapes: [
      { type: 'polygon', rings: [square(105.42, 28.13, 0.04)] },
      { type: 'polygon', rings: [square(105.83, 28.02, 0.05)] },
      { type: 'polygon', rings: [square(105.95, 28.12, 0.03)] },
    ],
    fields: [{ name: '名称', type: 'C', length: 40 }, { name: '类型', type: 'C', length: 20 }, { name: '面积', type: 'N', length: 10, decimals: 2 }],
    records: [['叙永资源循环园', '工业', 12.5], ['古蔺白酒产业园', '酿酒', 20.25], ['太平红色旅游区', '旅游', 8]],
    encode: gbkEncoder(),
    ldid,
  }, extra);
}

/** Every fixture file by name. */
export function importFixtures(): Record<string, string | Uint8Array> {
  const gbk = gbkEncoder();
  return {
    'parks.geojson': parksGeojson(),
    'sites.kml': sitesKml(),
    'route.gpx': routeGpx(),
    'villages.csv': `\uFEFF${VILLAGES}\r\n`,
    'villages-gbk.csv': gbk(`${VILLAGES}\r\n`),
    'parks-gbk.zip': parksShapefile(),
    'hostile.geojson': hostileGeojson(),
    'hostile.kml': hostileKml(),
    'hostile.csv': `${HOSTILE_CSV}\n`,
    'projected.csv': `${PROJECTED_CSV}\n`,
    'broken.geojson': parksGeojson().slice(0, 180),
  };
}

/** A version-1 workspace file: the GeoJSON fixture as a layer, one scene, one note, one setting. */
export async function workspaceFixture(): Promise<string> {
  const result = await importFile(
    { name: 'parks.geojson', bytes: new TextEncoder().encode(parksGeojson()) },
    { layerId: 'ws1', gcj02: false, now: '2026-01-05T08:00:00.000Z' },
  );
  if (!result.ok) throw new Error(`fixture import failed: ${result.error.code}`);
  const layers = result.layers.map((layer) => ({ ...layer, visible: true }));
  const current = serializeWorkspace({
    importedLayers: layers,
    scenes: [{ id: 'scene-1', title: '古蔺概览', camera: { center: [105.8, 28.05], zoom: 9 }, layers: ['counties', 'imp-ws1'] }],
    notes: [{ id: 'note-1', text: '郎酒庄园：待核实边界', featureId: 'imp-ws1-1', createdAt: '2026-01-05T08:10:00.000Z' }],
    meta: [{ key: 'importGcj02', value: false }],
  }, '2026-01-05T08:30:00.000Z');
  // Written as version 1 (before added plans existed), so reading it tests the file migration.
  const { plans: _plans, ...v1 } = JSON.parse(current) as Record<string, unknown> & { plans?: unknown };
  return `${JSON.stringify({ ...v1, version: 1 })}\n`;
}

export const FIXTURE_DIR = 'tests/fixtures/import';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const files = { ...importFixtures(), 'workspace-v1.json': await workspaceFixture() };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(FIXTURE_DIR, name), content);
    console.log(`wrote ${join(FIXTURE_DIR, name)}`);
  }
}
