/**
 * The committed plan layers in geodata/ (written by `tsx src/cli/planlayers.ts`): valid GeoJSON, pass the
 * full validator against the committed base layers, and are byte-identical to a fresh pure build.
 * `PLANLAYERS_GEODATA=<dir>` points the test at another geodata folder (development only).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import { buildPlanLayers, PLAN_LAYER_NAMES, serializePlanLayers, type BaseLayers, type PlanLayerName } from '../../src/geo/layers/build';
import { checkPlanLayers } from '../../src/geo/layers/check';
import { gjv } from '../../src/geo/layers/gjv';
import { otherLayerIds, readSeeds } from '../../src/geo/layers/io';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = process.env.PLANLAYERS_GEODATA ?? join(ROOT, 'geodata');

function read(name: string): FeatureCollection | undefined {
  const file = join(DIR, `${name}.geojson`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection) : undefined;
}

function base(): BaseLayers {
  const counties = read('counties');
  const seats = read('seats');
  if (!counties || !seats) throw new Error(`base layers missing in ${DIR}: run npm run geodata`);
  const stationsFile = join(DIR, 'sources', 'railway_stations_osm.geojson');
  const stations = existsSync(stationsFile) ? (JSON.parse(readFileSync(stationsFile, 'utf8')) as FeatureCollection) : undefined;
  const roadsFile = join(DIR, 'sources', 'roads_ne10m.geojson');
  const roads = existsSync(roadsFile) ? (JSON.parse(readFileSync(roadsFile, 'utf8')) as FeatureCollection) : undefined;
  const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { towns?: { withoutPoint?: BaseLayers['townsWithoutPoint'] } };
  return {
    counties, seats, contextCounties: read('context-counties'), rivers: read('rivers'), towns: read('towns'), stations, roads,
    townsWithoutPoint: manifest.towns?.withoutPoint,
  };
}

function committed(name: string): string {
  const file = join(DIR, name);
  if (!existsSync(file)) throw new Error(`${file} missing: run tsx src/cli/planlayers.ts`);
  return readFileSync(file, 'utf8');
}

describe('committed plan layers', () => {
  it('are byte-identical to a fresh build, and the build is pure', () => {
    const first = serializePlanLayers(buildPlanLayers(base()));
    const second = serializePlanLayers(buildPlanLayers(base()));
    expect(second).toEqual(first);
    for (const [name, text] of Object.entries(first)) expect(committed(name), `${name} is stale`).toBe(text);
  });

  it('are valid GeoJSON (geojson-validation)', () => {
    for (const name of PLAN_LAYER_NAMES) {
      const fc: unknown = JSON.parse(committed(`${name}.geojson`));
      expect(gjv.valid(fc, true), name).toEqual([]);
      expect(gjv.valid(fc)).toBe(true);
    }
  });

  it('pass every contract check against the base layers and the seeds', () => {
    const b = base();
    const layers = Object.fromEntries(PLAN_LAYER_NAMES.map((n) => [n, JSON.parse(committed(`${n}.geojson`))])) as Record<PlanLayerName, unknown>;
    const problems = checkPlanLayers(layers, JSON.parse(committed('unplaced.json')), {
      seeds: readSeeds(ROOT),
      counties: [...(b.contextCounties?.features ?? []), ...b.counties.features] as Feature[],
      provinces: read('provinces')?.features,
      seats: b.seats.features,
      otherIds: otherLayerIds(DIR),
    });
    expect(problems).toEqual([]);
  });

  it('have the expected content', () => {
    const layer = (n: PlanLayerName): Feature[] => (JSON.parse(committed(`${n}.geojson`)) as FeatureCollection).features;
    expect(layer('places').length).toBeGreaterThanOrEqual(25);
    expect(layer('parks').length).toBeGreaterThanOrEqual(40);
    expect(layer('railways').map((f) => f.id).sort()).toEqual([
      'rail-chenggui-hsr', 'rail-dacun-zunyi', 'rail-longhuang-longxu', 'rail-longxu-upgrade', 'rail-neikun', 'rail-xubi', 'rail-xuyong-dacun', 'rail-yukun-hsr',
    ]);
    for (const n of ['railways', 'highways', 'corridors'] as const) {
      for (const f of layer(n)) {
        expect(f.geometry.type).toBe('LineString');
        expect((f.properties as { lengthKm: number }).lengthKm, String(f.id)).toBeGreaterThan(1);
      }
    }
    const loop = layer('corridors').find((f) => f.id === 'cor-sidu-loop') as Feature;
    const c = (loop.geometry as { coordinates: number[][] }).coordinates;
    expect(c[0]).toEqual(c[c.length - 1]);
    const sourced = layer('places').filter((f) => (f.properties as { geometrySource: string }).geometrySource === 'sourced');
    // 6 cited points (places.csv, 茅台) became 4 plus 19 places on town seats (issue 15).
    expect(sourced).toHaveLength(23);
    expect(sourced.filter((f) => (f.properties as { townId?: string }).townId !== undefined)).toHaveLength(19);
    const unplaced = JSON.parse(committed('unplaced.json')) as { items: { name: string }[] };
    expect(unplaced.items.map((i) => i.name)).toEqual(expect.arrayContaining(['洞庭湖水系', '鄱阳湖水系']));
  });
});
