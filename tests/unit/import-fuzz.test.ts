/**
 * Property-based test of the import pipeline: generated malformed inputs (broken JSON, wrong types,
 * NaN / infinite / out-of-range coordinates, unclosed rings, GeometryCollections, huge property values,
 * empty files, random bytes as zip / KML / CSV) must never throw, and every input must end as layers on
 * the app's feature contract plus notes, or as a clear (non-internal) error. Prints the count and the
 * breakdown of outcomes. Seed: FUZZ_SEED (fixed by default so CI is reproducible).
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { writeZip } from '../../src/cli/shpwriter';
import { featureProblem } from '../../src/geo/validate';
import { importFile, NOTE_CODES, type ImportResult } from '../../src/import';

const RUNS = 1500;
const enc = (s: string) => new TextEncoder().encode(s);

/** A number as JSON text, including values JSON.parse turns into Infinity or that are out of range. */
const numberText = fc.oneof(
  { weight: 12, arbitrary: fc.double({ min: -90, max: 90, noNaN: true }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('1e999', '-1e999', '0', '-0', '90.0000001', '181', '3123456.78', '35512345.6', '1e-320') },
  { weight: 1, arbitrary: fc.integer().map(String) },
);
const rawValue = fc.oneof(numberText, fc.constantFrom('null', 'true', '"105"', '"NaN"', '[]', '{}', '[1]', '[[1,2]]'));
const position = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(numberText, numberText).map(([x, y]) => `[${x},${y}]`) },
  { weight: 1, arbitrary: fc.array(rawValue, { maxLength: 4 }).map((a) => `[${a.join(',')}]`) },
  { weight: 1, arbitrary: rawValue },
);
const positions = fc.array(position, { maxLength: 7 }).map((a) => `[${a.join(',')}]`);
const rings = fc.array(positions, { maxLength: 3 }).map((a) => `[${a.join(',')}]`);
const TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'Circle', 'point', ''];
const polygons = fc.array(rings, { maxLength: 2 }).map((a) => `[${a.join(',')}]`);
const typed = (type: string, coords: fc.Arbitrary<string>) => coords.map((c) => `{"type":"${type}","coordinates":${c}}`);

const geometry: fc.Arbitrary<string> = fc.letrec<{ g: string }>((tie) => ({
  g: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 2, arbitrary: typed('Point', position) },
    { weight: 1, arbitrary: typed('MultiPoint', positions) },
    { weight: 2, arbitrary: typed('LineString', positions) },
    { weight: 1, arbitrary: typed('MultiLineString', rings) },
    { weight: 2, arbitrary: typed('Polygon', rings) },
    { weight: 1, arbitrary: typed('MultiPolygon', polygons) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...TYPES), fc.oneof(position, positions, rings, polygons))
        .map(([type, coords]) => `{"type":${JSON.stringify(type)},"coordinates":${coords}}`),
    },
    { weight: 1, arbitrary: fc.array(tie('g'), { maxLength: 3 }).map((gs) => `{"type":"GeometryCollection","geometries":[${gs.join(',')}]}`) },
    { weight: 1, arbitrary: rawValue },
  ),
})).g;

const hugeValue = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.integer({ min: 1, max: 60_000 }).map((n) => JSON.stringify('界'.repeat(n))),
  fc.constantFrom('{"a":{"b":[1,2,{"c":null}]}}', '"<script>window.__pwned=1</script>"', '[1,"x",null]', '1e999'),
);
const properties = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 12 }), hugeValue, { maxKeys: 8 }).map((d) => `{${Object.entries(d).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  fc.integer({ min: 90, max: 300 }).map((n) => `{${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',')}}`),
  fc.constantFrom('null', '[]', '"props"', '{"__proto__":{"polluted":1},"name":"x"}'),
);
const feature = fc.tuple(geometry, properties, fc.constantFrom('Feature', 'Feature', 'Feature', 'Feature', 'feature', 'Bogus'))
  .map(([g, p, t]) => `{"type":"${t}","geometry":${g},"properties":${p}}`);
const collection = fc.array(feature, { maxLength: 6 }).map((fs) => `{"type":"FeatureCollection","features":[${fs.join(',')}]}`);

/** An input with the category it came from. */
type Case = { category: string; name: string; bytes: Uint8Array };
const text = (category: string, name: string) => (s: string): Case => ({ category, name, bytes: enc(s) });

const cases: fc.Arbitrary<Case> = fc.oneof(
  { weight: 6, arbitrary: collection.map(text('feature collection', 'f.geojson')) },
  { weight: 2, arbitrary: geometry.map(text('bare geometry', 'g.geojson')) },
  { weight: 2, arbitrary: fc.tuple(collection, fc.nat()).map(([s, n]) => s.slice(0, n % (s.length + 1))).map(text('broken JSON', 'cut.json')) },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? '').map(text('wrong types', 'w.json')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\r\t', '\uFEFF', '{}', '[]', 'null').map(text('empty', 'e.geojson')) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom('lon,lat,name', '经度,纬度,名称', 'x;y;名称', 'a,b'), fc.array(fc.tuple(numberText, numberText, fc.string({ maxLength: 8 })), { maxLength: 6 }))
      .map(([h, rows]) => [h, ...rows.map((r) => r.join(h.includes(';') ? ';' : ','))].join('\n'))
      .map(text('CSV', 'c.csv')),
  },
  {
    weight: 2,
    arbitrary: fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.array(fc.tuple(numberText, numberText), { maxLength: 4 })), { maxLength: 4 })
      .map((pms) => `<kml><Document>${pms.map(([n, cs]) => `<Placemark><name>${n.replace(/[<&]/g, '')}</name><LineString><coordinates>${cs.map((c) => c.join(',')).join(' ')}</coordinates></LineString></Placemark>`).join('')}</Document></kml>`)
      .map(text('KML', 'k.kml')),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('a.zip', 'a.kml', 'a.gpx', 'a.csv', 'a.geojson', 'a'), fc.uint8Array({ maxLength: 300 }))
      .map(([name, bytes]) => ({ category: 'random bytes', name, bytes })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('x.shp', 'x.dbf', 'x.cpg', 'doc.kml', 'x.prj'), fc.uint8Array({ maxLength: 200 }))
      .map(([member, bytes]) => ({ category: 'random zip member', name: 'z.zip', bytes: new Uint8Array(writeZip([{ name: member, bytes }])) })),
  },
);

function outcome(result: ImportResult): string {
  return result.ok ? 'layer(s) + notes' : `error: ${result.error.code}`;
}

function checkResult(result: ImportResult): void {
  for (const note of result.notes) expect(NOTE_CODES).toContain(note.code);
  if (!result.ok) {
    expect(result.error.level).toBe('error');
    expect(result.error.code).not.toBe('internal');
    return;
  }
  expect(result.layers.length).toBeGreaterThan(0);
  const ids = new Set<string>();
  for (const layer of result.layers) {
    expect(layer.collection.features.length).toBeGreaterThan(0);
    for (const f of layer.collection.features) {
      expect(featureProblem(f)).toBeNull();
      expect(ids.has(f.id)).toBe(false);
      ids.add(f.id);
      for (const value of Object.values(f.properties)) expect(['string', 'number']).toContain(typeof value);
      const coords = JSON.stringify(f.geometry).match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? [];
      for (const c of coords) expect(Number.isFinite(Number(c))).toBe(true);
    }
  }
}

test(`fuzz: ${RUNS} generated malformed inputs end as layers + notes or as a clear error`, async () => {
  const seed = Number(process.env.FUZZ_SEED ?? 20_260_105);
  const byCategory = new Map<string, Map<string, number>>();
  let count = 0;
  await fc.assert(
    fc.asyncProperty(cases, async (input) => {
      const result = await importFile({ name: input.name, bytes: input.bytes }, { layerId: 'fz', gcj02: count % 2 === 0, now: 'T' });
      checkResult(result);
      count++;
      const tally = byCategory.get(input.category) ?? new Map<string, number>();
      tally.set(outcome(result), (tally.get(outcome(result)) ?? 0) + 1);
      byCategory.set(input.category, tally);
    }),
    { numRuns: RUNS, seed },
  );
  const lines = [...byCategory].sort().map(([category, tally]) => {
    const parts = [...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
    return `  ${category} (${[...tally.values()].reduce((a, b) => a + b, 0)}): ${parts.join(', ')}`;
  });
  console.log(`import fuzz: ${count} inputs (seed ${seed}), no exception escaped, no internal error\n${lines.join('\n')}`);
  expect(count).toBeGreaterThanOrEqual(1000);
}, 120_000);
