/**
 * Checks the committed base layers in geodata/ (built by src/cli/geodata.ts): GeoJSON validity, the property
 * contract, polygon validity, shared borders, areas against the source, plan-area facts, provenance files,
 * and determinism of the pure build. Runs on a clean clone; the comparisons with the raw sources run in
 * addition when the sources folder is present (and are reported as skipped otherwise).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { area, booleanPointInPolygon, intersect, bbox as turfBbox, featureCollection, pointToPolygonDistance, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { PLAN_COUNTY_ADCODES } from '../../src/geo/types.ts';
import { buildBase, DEFAULT_BASE_OPTIONS, type BaseInputs } from '../../src/geo/build/base.ts';
import { ATTRIBUTION, type Manifest } from '../../src/geo/build/docs.ts';
import { featureCollectionText } from '../../src/geo/build/serialize.ts';
import { findSegmentConflicts, polygonRings, ringProblems } from '../../src/geo/build/validate.ts';

interface Gjv { isFeatureCollection(obj: unknown, trace: true): string[] }
const gjv = createRequire(import.meta.url)('geojson-validation') as Gjv;

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const geodata = join(repo, 'geodata');
const sourcesDir = resolve(repo, process.env['GEODATA_SOURCES'] ?? 'geodata/sources');
const hasSources = existsSync(join(sourcesDir, 'counties_zhaotong.geojson'));

const LAYERS = {
  'counties.geojson': 'county',
  'context-counties.geojson': 'county',
  'prefectures.geojson': 'prefecture',
  'provinces.geojson': 'province',
  'rivers.geojson': 'river',
  'seats.geojson': 'seat',
} as const;
type LayerFile = keyof typeof LAYERS;
type Props = Record<string, unknown> & { id: string; name: string; nameEn: string; kind: string };

/** Fresh parse on every call: no shared mutable fixtures between tests. */
function load(file: LayerFile): FeatureCollection<Geometry, Props> {
  return JSON.parse(readFileSync(join(geodata, file), 'utf8')) as FeatureCollection<Geometry, Props>;
}
const polys = (file: LayerFile): Feature<Polygon | MultiPolygon, Props>[] =>
  load(file).features as Feature<Polygon | MultiPolygon, Props>[];
const manifest = (): Manifest => JSON.parse(readFileSync(join(geodata, 'manifest.json'), 'utf8')) as Manifest;

const PLAN_NAMES: Record<string, string> = {
  '530602': '昭阳区', '530621': '鲁甸县', '530622': '巧家县', '530623': '盐津县', '530624': '大关县', '530625': '永善县',
  '530626': '绥江县', '530627': '镇雄县', '530628': '彝良县', '530629': '威信县', '530681': '水富市', '510524': '叙永县',
  '510525': '古蔺县',
};
const [W, S, E, N] = DEFAULT_BASE_OPTIONS.bbox;

function allPositions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point': return [g.coordinates];
    case 'LineString': case 'MultiPoint': return g.coordinates;
    case 'Polygon': case 'MultiLineString': return g.coordinates.flat();
    case 'MultiPolygon': return g.coordinates.flat(2);
    default: throw new Error(`unexpected ${g.type}`);
  }
}

function readInputs(): BaseInputs {
  const rd = (n: string): FeatureCollection => JSON.parse(readFileSync(join(sourcesDir, n), 'utf8')) as FeatureCollection;
  return {
    counties: ['counties_zhaotong.geojson', 'counties_luzhou.geojson', 'counties_context.geojson'].map(rd),
    prefectures: rd('prefectures.geojson'),
    provinces: rd('provinces.geojson'),
    seats: rd('county_seats.geojson'),
    riversNaturalEarth: rd('rivers.geojson'),
    riversWdb: rd('rivers_wdb2.geojson'),
  };
}

describe('geodata base layers: format and contract', () => {
  it.each(Object.keys(LAYERS) as LayerFile[])('%s is valid GeoJSON with the property contract', (file) => {
    const text = readFileSync(join(geodata, file), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const fc = JSON.parse(text) as FeatureCollection<Geometry, Props>;
    expect(gjv.isFeatureCollection(fc, true)).toEqual([]);
    expect(fc.features.length).toBeGreaterThan(0);
    const ids = fc.features.map((f) => f.properties.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const f of fc.features) {
      const p = f.properties;
      expect(f.id, p.id).toBe(p.id);
      expect(typeof p.id === 'string' && p.id.length > 0).toBe(true);
      expect(p.name, p.id).toMatch(/\S/);
      expect(p.nameEn, p.id).toMatch(/^[A-Z][A-Za-z' ,-]+$/);
      expect(p.kind, p.id).toBe(LAYERS[file]);
      expect(p['geometrySource'], p.id).toBe(file === 'seats.geojson' ? 'sourced' : 'dataset');
      expect(String(p['source']), p.id).toMatch(/\S{3}/);
      for (const [x, y] of allPositions(f.geometry) as [number, number][]) {
        expect(x >= -180 && x <= 180 && y >= -90 && y <= 90, `${p.id} ${x},${y}`).toBe(true);
      }
    }
  });

  it('ids are unique across all base layers and follow the naming scheme', () => {
    const ids = (Object.keys(LAYERS) as LayerFile[]).flatMap((file) => load(file).features.map((f) => f.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of load('prefectures.geojson').features) expect(f.properties.id).toMatch(/^prefecture-\d{6}$/);
    for (const f of load('provinces.geojson').features) expect(f.properties.id).toMatch(/^province-\d{6}$/);
    for (const f of load('rivers.geojson').features) expect(f.properties.id).toMatch(/^river-[a-z]+$/);
    for (const f of load('seats.geojson').features) expect(f.properties.id).toMatch(/^seat-\d{6}$/);
  });

  it('counties.geojson holds exactly the 13 plan counties with their adcodes and names', () => {
    const counties = load('counties.geojson').features;
    expect(counties.map((f) => f.properties.id).sort()).toEqual([...PLAN_COUNTY_ADCODES].sort());
    for (const f of counties) {
      expect(f.properties.name).toBe(PLAN_NAMES[f.properties.id]);
      expect(f.properties['adcode']).toBe(f.properties.id);
      expect(f.properties['planCounty']).toBe(true);
      expect(typeof f.properties['prefecture'] === 'string' && typeof f.properties['province'] === 'string').toBe(true);
    }
    expect(counties.find((f) => f.id === '510525')?.properties.nameEn).toBe('Gulin County');
    expect(counties.find((f) => f.id === '530681')?.properties.nameEn).toBe('Shuifu City');
  });

  it('context-counties.geojson holds the other 5 泸州 units and the 96 neighbours, none of them a plan county', () => {
    const ctx = load('context-counties.geojson').features;
    expect(ctx).toHaveLength(101);
    expect(ctx.every((f) => f.properties['planCounty'] === false && /^\d{6}$/.test(f.properties.id))).toBe(true);
    expect(ctx.filter((f) => f.properties['prefecture'] === '泸州市').map((f) => f.id).sort())
      .toEqual(['510502', '510503', '510504', '510521', '510522']);
  });
});

describe('geodata base layers: geometry', () => {
  const polygonFiles: LayerFile[] = ['counties.geojson', 'context-counties.geojson', 'prefectures.geojson', 'provinces.geojson'];

  it.each(polygonFiles)('every ring in %s is closed, has ≥ 4 positions, no repeats and no kinks', (file) => {
    for (const f of polys(file)) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      const problems = polygonRings(f.geometry).flatMap((r, i) => ringProblems(r).map((p) => `${f.id} ring ${i}: ${p}`));
      expect(problems).toEqual([]);
    }
  });

  it('plan counties lie inside the plan box', () => {
    for (const f of polys('counties.geojson')) {
      const [w, s, e, n] = turfBbox(f);
      expect(w >= W && s >= S && e <= E && n <= N, `${f.id} ${[w, s, e, n].join(',')}`).toBe(true);
    }
  });

  it('county borders are shared: no crossing or overlapping arcs except the pair reported from the source', () => {
    const all = [...polys('counties.geojson'), ...polys('context-counties.geojson')];
    const topo = topology({ units: featureCollection(all) });
    const owners = new Map<number, string[]>();
    const units = topo.objects['units'] as unknown as { geometries: { id: string; arcs: unknown }[] };
    for (const g of units.geometries) {
      const walk = (a: unknown): void => {
        if (Array.isArray(a)) { a.forEach(walk); return; }
        const i = (a as number) < 0 ? ~(a as number) : (a as number);
        owners.set(i, [...(owners.get(i) ?? []), g.id]);
      };
      walk(g.arcs);
    }
    const allowed = new Set(manifest().report.counties.inputConflictIds);
    const conflicts = findSegmentConflicts(topo.arcs as Position[][]).map((c) => [...(owners.get(c.a[0]) ?? []), ...(owners.get(c.b[0]) ?? [])]);
    const plan = new Set(PLAN_COUNTY_ADCODES);
    expect(conflicts.filter((ids) => ids.some((id) => plan.has(id)))).toEqual([]);
    expect(conflicts.filter((ids) => ids.some((id) => !allowed.has(id)))).toEqual([]);
    expect(allowed.size).toBeLessThanOrEqual(3);
  });

  it('plan counties do not overlap any other county (no slivers)', () => {
    const plan = polys('counties.geojson');
    const all = [...plan, ...polys('context-counties.geojson')];
    for (const a of plan) {
      const [aw, as, ae, an] = turfBbox(a);
      for (const b of all) {
        if (b.id === a.id) continue;
        const [bw, bs, be, bn] = turfBbox(b);
        if (bw > ae || be < aw || bs > an || bn < as) continue;
        const x = intersect(featureCollection([a, b]));
        expect(x === null ? 0 : area(x), `${a.id}/${b.id}`).toBeLessThan(1);
      }
    }
  });

  it('county areas stay within 2 % of the stored source areas, and the stored areas match the known facts', () => {
    const all = [...polys('counties.geojson'), ...polys('context-counties.geojson')];
    for (const f of all) {
      const src = f.properties['sourceAreaKm2'] as number;
      expect(src).toBeGreaterThan(0);
      expect(Math.abs((f.properties['areaKm2'] as number) - src), f.id as string).toBeLessThanOrEqual(0.0501);
      expect(Math.abs(area(f) / 1e6 - src) / src, f.id as string).toBeLessThan(0.02);
    }
    const byId = new Map(all.map((f) => [f.id, f.properties['sourceAreaKm2'] as number]));
    const zhaotong = all.filter((f) => f.properties['prefecture'] === '昭通市').reduce((s, f) => s + (f.properties['sourceAreaKm2'] as number), 0);
    expect(Math.abs(zhaotong - 22477)).toBeLessThan(1);
    expect(Math.abs((byId.get('510525') ?? 0) - 3191)).toBeLessThan(1);
    expect(Math.abs((byId.get('510524') ?? 0) - 2976)).toBeLessThan(1);
  });

  it.skipIf(!hasSources)('areas are within 2 % of the raw source polygons (needs the sources folder)', () => {
    const raw = readInputs().counties.flatMap((fc) => fc.features);
    const committed = new Map([...polys('counties.geojson'), ...polys('context-counties.geojson')].map((f) => [String(f.id), f]));
    expect(committed.size).toBe(raw.length);
    for (const r of raw) {
      const c = committed.get(String(r.id));
      expect(c, String(r.id)).toBeDefined();
      const srcKm2 = area(r) / 1e6;
      expect(c?.properties['sourceAreaKm2'] as number).toBeCloseTo(srcKm2, 2);
      expect(Math.abs(area(c as Feature) / 1e6 - srcKm2) / srcKm2, String(r.id)).toBeLessThan(0.02);
    }
  });
});

describe('geodata base layers: rivers, seats, prefectures', () => {
  it('rivers include 金沙江 and 赤水河, inside the plan box; 赤水河 runs along 古蔺县', () => {
    const rivers = load('rivers.geojson').features;
    const jinsha = rivers.find((f) => f.id === 'river-jinsha');
    const chishui = rivers.find((f) => f.id === 'river-chishui');
    expect(jinsha?.properties.name).toBe('金沙江');
    expect(chishui?.properties.name).toBe('赤水河');
    expect(chishui?.properties.nameEn).toBe('Chishui River');
    for (const f of rivers) {
      expect(['LineString', 'MultiLineString']).toContain(f.geometry.type);
      expect(f.properties['lengthKm'] as number).toBeGreaterThan(5);
      for (const [x, y] of allPositions(f.geometry) as [number, number][]) expect(x >= W && x <= E && y >= S && y <= N).toBe(true);
    }
    const gulin = polys('counties.geojson').find((f) => f.id === '510525') as Feature<Polygon | MultiPolygon>;
    const near = allPositions((chishui as Feature).geometry).filter((p) => pointToPolygonDistance(point(p), gulin, { units: 'kilometers' }) < 2);
    expect(near.length).toBeGreaterThan(20);
  });

  it('seats: one per plan county, inside its county; others inside the plan box', () => {
    const seats = load('seats.geojson').features;
    const counties = new Map([...polys('counties.geojson'), ...polys('context-counties.geojson')].map((f) => [String(f.id), f]));
    for (const a of PLAN_COUNTY_ADCODES) expect(seats.some((s) => s.id === `seat-${a}`), a).toBe(true);
    for (const s of seats) {
      const countyId = s.properties['countyId'] as string;
      expect(s.properties['source']).toBe('AMap district centre (cp)');
      expect(s.geometry.type).toBe('Point');
      const pos = allPositions(s.geometry)[0] as [number, number];
      if (s.properties['planCounty'] === true) {
        expect(booleanPointInPolygon(pos, counties.get(countyId) as Feature<Polygon | MultiPolygon>), countyId).toBe(true);
      } else {
        expect(pos[0] >= W && pos[0] <= E && pos[1] >= S && pos[1] <= N, countyId).toBe(true);
      }
    }
  });

  it('prefectures are the dissolved counties: 8 units, areas within 0.5 % of the sums of their counties', () => {
    const prefs = polys('prefectures.geojson');
    expect(prefs.map((f) => f.id).sort()).toEqual(['prefecture-500000', 'prefecture-510500', 'prefecture-511500', 'prefecture-513400',
      'prefecture-520300', 'prefecture-520500', 'prefecture-530300', 'prefecture-530600']);
    const counties = [...polys('counties.geojson'), ...polys('context-counties.geojson')];
    for (const p of prefs) {
      const sum = counties.filter((c) => c.properties['prefecture'] === p.properties.name).reduce((s, c) => s + area(c), 0);
      expect(Math.abs(area(p) - sum) / sum, p.id as string).toBeLessThan(0.005);
    }
  });
});

describe('geodata provenance files', () => {
  it('attribution.json carries the required text', () => {
    const attr = JSON.parse(readFileSync(join(geodata, 'attribution.json'), 'utf8')) as { zh: string; en: string };
    expect(attr.en).toBe('© AMap/高德 (boundaries, town seats) · © OpenStreetMap contributors (ODbL, stations) · GeoNames (CC BY 4.0) · Natural Earth · GSHHG/WDBII (LGPL-3+)');
    expect(attr).toEqual(ATTRIBUTION);
    expect(attr.zh).toMatch(/AMap/);
  });

  it('manifest.json matches the files on disk and states the tolerances; SOURCES.md repeats them', () => {
    const m = manifest();
    for (const file of Object.keys(LAYERS) as LayerFile[]) {
      const bytes = readFileSync(join(geodata, file));
      const entry = m.files[file];
      expect(entry, file).toBeDefined();
      expect(entry?.bytes).toBe(bytes.length);
      expect(entry?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(entry?.features).toBe(load(file).features.length);
      expect(entry?.tolerance).toMatch(/\d/);
    }
    expect(Object.keys(m.inputs)).toHaveLength(10);
    const sources = readFileSync(join(geodata, 'SOURCES.md'), 'utf8');
    expect(sources).toContain(`**${m.parameters.planToleranceM} m**`);
    expect(sources).toContain(ATTRIBUTION.en);
    expect(sources).toMatch(/2016/);
    expect(sources).toMatch(/gcoord/);
    expect(m.report.areaDeviation.all).toBeLessThan(0.02);
  });
});

describe('geodata build determinism', () => {
  it.skipIf(!hasSources)('rebuilding from the sources reproduces the committed files byte for byte', () => {
    const out = buildBase(readInputs(), DEFAULT_BASE_OPTIONS);
    const text = (fs: readonly Feature[]): string => featureCollectionText(fs as Feature<Geometry, Record<string, unknown>>[]);
    expect(text(out.counties)).toBe(readFileSync(join(geodata, 'counties.geojson'), 'utf8'));
    expect(text(out.contextCounties)).toBe(readFileSync(join(geodata, 'context-counties.geojson'), 'utf8'));
    expect(text(out.prefectures)).toBe(readFileSync(join(geodata, 'prefectures.geojson'), 'utf8'));
    expect(text(out.provinces)).toBe(readFileSync(join(geodata, 'provinces.geojson'), 'utf8'));
    expect(text(out.rivers)).toBe(readFileSync(join(geodata, 'rivers.geojson'), 'utf8'));
    expect(text(out.seats)).toBe(readFileSync(join(geodata, 'seats.geojson'), 'utf8'));
  }, 120_000);
});
