/**
 * `npm run geodata` (first half): builds the committed base layers in `geodata/` from the source folder
 * (`geodata/sources/` in the repository, or `$GEODATA_SOURCES`) into `geodata/` (or `--out DIR`). Reads inputs, runs the
 * pure build (src/geo/build/base.ts), writes deterministic files, the manifest, SOURCES.md and the
 * attribution. Re-running on the same inputs rewrites identical bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { buildBase, DEFAULT_BASE_OPTIONS, type BaseInputs, type BaseOutput } from '../geo/build/base.ts';
import { ATTRIBUTION, sourcesMarkdown, toleranceText, type Manifest, type ManifestFile } from '../geo/build/docs.ts';
import { featureCollectionText, stableJsonText } from '../geo/build/serialize.ts';
import { buildTowns } from '../geo/build/towns.ts';
import { pinyin } from 'pinyin-pro';
import { argValue } from './args.ts';
import { featuresBounds } from '../geo/bounds.ts';
import { labelPoints } from '../geo/labels.ts';
import type { PlanCollection } from '../geo/types.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sourcesDir = resolve(repoRoot, process.env['GEODATA_SOURCES'] ?? 'geodata/sources');
const outDir = resolve(argValue('--out') ?? join(repoRoot, 'geodata'));

const INPUT_FILES = {
  zhaotong: 'counties_zhaotong.geojson',
  luzhou: 'counties_luzhou.geojson',
  context: 'counties_context.geojson',
  prefectures: 'prefectures.geojson',
  provinces: 'provinces.geojson',
  seats: 'county_seats.geojson',
  riversNe: 'rivers.geojson',
  riversWdb: 'rivers_wdb2.geojson',
  townsPlan: 'towns_plan_counties.geojson',
  townsArea: 'town_centres_area.geojson',
} as const;

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

function readCollection(name: string, inputs: Manifest['inputs']): FeatureCollection {
  const path = join(sourcesDir, name);
  if (!existsSync(path)) throw new Error(`missing input ${path} (set GEODATA_SOURCES to the sources folder)`);
  const bytes = readFileSync(path);
  inputs[name] = { sha256: sha256(bytes), bytes: bytes.length };
  const parsed = JSON.parse(bytes.toString('utf8')) as FeatureCollection;
  if (parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) throw new Error(`${name} is not a FeatureCollection`);
  return parsed;
}

function main(): void {
  const inputs: Manifest['inputs'] = {};
  const source: BaseInputs = {
    counties: [INPUT_FILES.zhaotong, INPUT_FILES.luzhou, INPUT_FILES.context].map((n) => readCollection(n, inputs)),
    prefectures: readCollection(INPUT_FILES.prefectures, inputs),
    provinces: readCollection(INPUT_FILES.provinces, inputs),
    seats: readCollection(INPUT_FILES.seats, inputs),
    riversNaturalEarth: readCollection(INPUT_FILES.riversNe, inputs),
    riversWdb: readCollection(INPUT_FILES.riversWdb, inputs),
  };
  const options = DEFAULT_BASE_OPTIONS;
  const started = Date.now();
  const out = buildBase(source, options);
  console.info(`geodata: built in ${((Date.now() - started) / 1000).toFixed(1)} s from ${sourcesDir}`);

  const layers: [string, BaseOutput[keyof Omit<BaseOutput, 'report'>]][] = [
    ['counties.geojson', out.counties],
    ['context-counties.geojson', out.contextCounties],
    ['prefectures.geojson', out.prefectures],
    ['provinces.geojson', out.provinces],
    ['rivers.geojson', out.rivers],
    ['seats.geojson', out.seats],
  ];
  const towns = buildTowns(
    readCollection(INPUT_FILES.townsPlan, inputs), readCollection(INPUT_FILES.townsArea, inputs),
    [...out.counties, ...out.contextCounties],
    (text) => pinyin(text, { toneType: 'none', type: 'array', v: false }),
  );
  layers.push(['towns.geojson', towns.towns as unknown as BaseOutput['seats']]);
  const tolerance = toleranceText(options);
  const files: Record<string, ManifestFile> = {};
  mkdirSync(outDir, { recursive: true });
  const texts = new Map<string, string>();
  const write = (name: string, text: string, features: number, tol: string): void => {
    writeFileSync(join(outDir, name), text);
    texts.set(name, text);
    files[name] = { features, bytes: Buffer.byteLength(text), sha256: sha256(text), tolerance: tol };
  };
  for (const [name, features] of layers) {
    const text = featureCollectionText(features as unknown as Feature<Geometry, Record<string, unknown>>[]);
    write(name, text, features.length, tolerance[name] ?? '');
  }
  write('attribution.json', stableJsonText(ATTRIBUTION), 0, '');
  // The plan counties' bbox as the app reads counties.geojson (rounded coordinates): the map's
  // first view, known before any layer is fetched.
  const countiesRead = JSON.parse(texts.get('counties.geojson') ?? '') as PlanCollection;
  const plan = featuresBounds(countiesRead.features);
  if (!plan) throw new Error('geodata: counties.geojson has no coordinates');
  write('extent.json', stableJsonText({ plan }), 0, '');
  // The county label points (labelPoints of counties.geojson), so the map can draw them before the app has
  // parsed the counties.
  const labels = labelPoints(countiesRead).features as unknown as Feature<Geometry, Record<string, unknown>>[];
  write('county-labels.json', featureCollectionText(labels), labels.length, tolerance['counties.geojson'] ?? '');

  const manifest: Manifest = {
    generator: 'npm run geodata (src/cli/geodata.ts)',
    inputs,
    parameters: { ...options, planAdcodes: [...options.planAdcodes] },
    files,
    report: out.report,
    towns: { ...towns.report, withoutPoint: towns.withoutPoint },
  };
  writeFileSync(join(outDir, 'manifest.json'), stableJsonText(manifest));
  writeFileSync(join(outDir, 'SOURCES.md'), sourcesMarkdown(manifest));

  const total = Object.entries(files).filter(([n]) => n.endsWith('.geojson')).reduce((s, [, f]) => s + f.bytes, 0);
  for (const [name, f] of Object.entries(files)) console.info(`  ${name.padEnd(26)} ${String(f.features).padStart(4)} features ${String(f.bytes).padStart(8)} B`);
  console.info(`  total geojson ${total} B; county area deviation max ${(out.report.areaDeviation.all * 100).toFixed(3)} % `
    + `(plan ${(out.report.areaDeviation.plan * 100).toFixed(3)} %)`);
}

main();
