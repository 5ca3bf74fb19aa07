/**
 * `tsx src/cli/planlayers.ts [--geodata DIR]` — builds the plan layers (places, parks, railways, highways,
 * corridors, unplaced.json) from the tables in src/geo/layers and the base layers in geodata/ (counties,
 * context-counties, seats, rivers, provinces), validates them and writes them deterministically. Runs after
 * the base build (`npm run geodata`). Refuses to write anything when the validator reports a problem.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import { buildPlanLayers, PLAN_LAYER_NAMES, serializePlanLayers, type BaseLayers, type PlanLayerName } from '../geo/layers/build';
import { checkPlanLayers } from '../geo/layers/check';
import { otherLayerIds, readSeeds } from '../geo/layers/io';
import { argValue } from './args';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function readCollection(dir: string, name: string, required: boolean): FeatureCollection | undefined {
  const file = join(dir, `${name}.geojson`);
  if (!existsSync(file)) {
    if (required) throw new Error(`${file} is missing: run the base build first (tsx src/cli/geodata.ts)`);
    return undefined;
  }
  return JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
}

function main(): void {
  const dir = resolve(argValue('--geodata') ?? join(ROOT, 'geodata'));
  const counties = readCollection(dir, 'counties', true) as FeatureCollection;
  const seats = readCollection(dir, 'seats', true) as FeatureCollection;
  const contextCounties = readCollection(dir, 'context-counties', false);
  const rivers = readCollection(dir, 'rivers', false);
  const provinces = readCollection(dir, 'provinces', false);
  const towns = readCollection(dir, 'towns', false);

  const manifestFile = join(dir, 'manifest.json');
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) as { towns?: { withoutPoint?: BaseLayers['townsWithoutPoint'] } } : {};
  const sourcesDir = resolve(ROOT, process.env['GEODATA_SOURCES'] ?? 'geodata/sources');
  const stations = readCollection(sourcesDir, 'railway_stations_osm', true);
  const roads = readCollection(sourcesDir, 'roads_ne10m', true);
  const built = buildPlanLayers({ counties, contextCounties, seats, rivers, towns, stations, roads, townsWithoutPoint: manifest.towns?.withoutPoint });
  const files = serializePlanLayers(built);
  // Validate exactly what will be written (parsed back from the serialised text).
  const parsed = Object.fromEntries(PLAN_LAYER_NAMES.map((n) => [n, JSON.parse(files[`${n}.geojson`] as string)])) as Record<PlanLayerName, unknown>;
  const problems = checkPlanLayers(parsed, JSON.parse(files['unplaced.json'] as string), {
    seeds: readSeeds(ROOT),
    counties: [...(contextCounties?.features ?? []), ...counties.features] as Feature[],
    provinces: provinces?.features,
    seats: seats.features,
    otherIds: otherLayerIds(dir),
  });
  if (problems.length > 0) {
    console.error(`planlayers: ${problems.length} problem(s); nothing written:`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const count = (n: PlanLayerName): number => built.layers[n].features.length;
  const bySource = new Map<string, number>();
  for (const n of PLAN_LAYER_NAMES) {
    for (const f of built.layers[n].features) bySource.set(f.properties.geometrySource, (bySource.get(f.properties.geometrySource) ?? 0) + 1);
  }
  console.info(`planlayers: wrote ${PLAN_LAYER_NAMES.map((n) => `${n} ${count(n)}`).join(', ')}, unplaced ${built.unplaced.items.length} → ${dir}`);
  console.info(`planlayers: geometry ${[...bySource].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

main();
