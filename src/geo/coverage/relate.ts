/**
 * County × feature relations: the indexed computation the app uses ({@link buildCoverage}) and the plain
 * reference loop ({@link naiveCoverage}) that tests and the benchmark compare it with. Both run the same
 * exact tests (geometry.ts), so their results are identical, not merely close.
 *
 * The indexed version puts every feature's bbox into one flatbush, asks it for the candidates of each
 * county's bbox, and clips lines against the county's outline edges through a per-county edge index, so
 * cost grows with (features near a county) × (edges near a segment) instead of all pairs × all edges.
 * Points are located through the county's edge bands (bands.ts) and prepared counties are kept per
 * geometry object, so a coverage recomputed for another imported layer does not prepare them again.
 */
import Flatbush from 'flatbush';
import { area, polygon } from '@turf/turf';
import type { PlanCollection } from '../types';
import {
  geometryParts, partsBBox, partsClass, preparePolygon, relateParts,
  type GeometryParts, type PreparedPolygon,
} from './geometry';
import { lineLengthKm } from './geodesic';
import {
  COVERAGE_LAYERS, type Coverage, type CoverageCounty, type CoverageFeature, type CoverageLayers,
  type CoverageOptions, type FeatureCountyRelation,
} from './types';

/** Code-unit comparison of strings, for deterministic sorting. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted copy of the distinct strings. */
export function sortedUnique(ids: Iterable<string>): string[] {
  return sortInPlace([...new Set(ids)], compareIds);
}

/** Sorts `list` with `compare` unless it is already in order (a linear check: inputs often are). */
function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1] as T, list[i] as T) > 0) return list.sort(compare);
  }
  return list;
}

/** A county ready for exact tests. */
interface CountyEntry {
  info: CoverageCounty;
  poly: PreparedPolygon;
}

/** A feature ready for exact tests. */
interface FeatureEntry {
  info: CoverageFeature;
  parts: GeometryParts;
  bbox: [number, number, number, number] | null;
}

function featureId(f: PlanCollection['features'][number]): string {
  const id = f.id ?? f.properties?.id;
  if (id === undefined || id === null || id === '') throw new Error('coverage: a feature has no id');
  return String(id);
}

function prepareCounties(layers: CoverageLayers, options: CoverageOptions, indexed: boolean): CountyEntry[] {
  if (!layers.counties || !Array.isArray(layers.counties.features)) throw new Error('coverage: counties collection missing');
  const wanted = options.countyIds ? new Set(options.countyIds) : null;
  const out: CountyEntry[] = [];
  for (const f of layers.counties.features) {
    const id = featureId(f);
    if (wanted && !wanted.has(id)) continue;
    const { poly, areaKm2 } = indexed ? preparedCounty(f) : { poly: preparePolygon(f, false), areaKm2: -1 };
    out.push({
      info: { id, name: f.properties?.name ?? id, areaKm2: areaKm2 >= 0 ? areaKm2 : area(poly.feature) / 1e6, bbox: [...poly.bbox] },
      poly,
    });
  }
  return out.sort((a, b) => compareIds(a.info.id, b.info.id));
}

/**
 * Prepared county geometries (edge arrays, indexes, area) by geometry object: county outlines do not
 * change while the app runs, so a coverage recomputed for other features (an imported layer shown or
 * hidden) reuses them. Geometries are treated as immutable, as everywhere in the app.
 */
const preparedCache = new WeakMap<object, { poly: PreparedPolygon; areaKm2: number }>();

function preparedCounty(f: PlanCollection['features'][number]): { poly: PreparedPolygon; areaKm2: number } {
  const hit = f.geometry ? preparedCache.get(f.geometry) : undefined;
  if (hit) return hit;
  const poly = preparePolygon(f, true);
  const entry = { poly, areaKm2: area(poly.feature) / 1e6 };
  if (f.geometry) preparedCache.set(f.geometry, entry);
  return entry;
}

function prepareFeatures(layers: CoverageLayers): { entries: FeatureEntry[]; duplicateIds: string[] } {
  const entries: FeatureEntry[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const layer of COVERAGE_LAYERS) {
    const fc = layers[layer];
    if (!fc) continue;
    for (const f of fc.features) {
      const id = featureId(f);
      if (seen.has(id)) {
        duplicates.add(id);
        continue;
      }
      seen.add(id);
      const parts = geometryParts(f.geometry);
      const p = f.properties;
      let lengthKm = 0, areaKm2 = 0;
      for (const line of parts.lines) lengthKm += lineLengthKm(line);
      for (const rings of parts.polygons) areaKm2 += ringsAreaKm2(rings);
      const info: CoverageFeature = {
        id, layer, name: p?.name ?? id, kind: p?.kind ?? '', geometry: partsClass(parts), lengthKm, areaKm2,
      };
      if (p?.status) info.status = p.status;
      if (p?.countyId) info.countyId = p.countyId;
      entries.push({ info, parts, bbox: partsBBox(parts) });
    }
  }
  sortInPlace(entries, (a, b) => compareIds(a.info.id, b.info.id));
  return { entries, duplicateIds: sortedUnique(duplicates) };
}

/** Geodesic area of a polygon part (km²), as polygonInside measures it. */
function ringsAreaKm2(rings: GeometryParts['polygons'][number]): number {
  return area(polygon(rings)) / 1e6;
}

function toRelation(county: CountyEntry, feature: FeatureEntry): FeatureCountyRelation | null {
  const r = relateParts(feature.parts, county.poly);
  if (!r) return null;
  return { countyId: county.info.id, featureId: feature.info.id, layer: feature.info.layer, ...r };
}

function finish(counties: CountyEntry[], prepared: ReturnType<typeof prepareFeatures>, relations: FeatureCountyRelation[]): Coverage {
  sortInPlace(relations, (a, b) => compareIds(a.countyId, b.countyId) || compareIds(a.featureId, b.featureId));
  const countyIds = new Set(counties.map((c) => c.info.id));
  const related = new Map<string, string[]>();
  for (const r of relations) {
    const list = related.get(r.featureId);
    if (list) list.push(r.countyId);
    else related.set(r.featureId, [r.countyId]);
  }
  const countyMismatches = prepared.entries
    .filter((e) => e.bbox && e.info.countyId !== undefined && countyIds.has(e.info.countyId)
      && !(related.get(e.info.id) ?? []).includes(e.info.countyId))
    .map((e) => ({ featureId: e.info.id, countyId: e.info.countyId as string, relatedCounties: sortedUnique(related.get(e.info.id) ?? []) }));
  return {
    counties: counties.map((c) => c.info),
    features: prepared.entries.map((e) => e.info),
    relations,
    withoutGeometry: prepared.entries.filter((e) => !e.bbox).map((e) => e.info.id),
    duplicateIds: prepared.duplicateIds,
    countyMismatches,
  };
}

/**
 * Relates every feature of the coverage layers to every county it meets, through a flatbush index of
 * feature boxes and per-county edge indexes. Pure; memoise on the inputs.
 * @throws when `counties` is missing, a county is not a (Multi)Polygon, or a feature has no id.
 */
export function buildCoverage(layers: CoverageLayers, options: CoverageOptions = {}): Coverage {
  const counties = prepareCounties(layers, options, true);
  const prepared = prepareFeatures(layers);
  const located = prepared.entries.filter((e) => e.bbox !== null);
  const relations: FeatureCountyRelation[] = [];
  if (located.length === 0) return finish(counties, prepared, relations);
  const index = new Flatbush(located.length);
  for (const e of located) {
    const b = e.bbox as [number, number, number, number];
    index.add(b[0], b[1], b[2], b[3]);
  }
  index.finish();
  for (const county of counties) {
    const [minX, minY, maxX, maxY] = county.info.bbox;
    // Candidates in index order = feature id order, so the relations come out sorted (finish then only checks).
    const candidates = Uint32Array.from(index.search(minX, minY, maxX, maxY)).sort();
    for (const i of candidates) {
      const r = toRelation(county, located[i] as FeatureEntry);
      if (r) relations.push(r);
    }
  }
  return finish(counties, prepared, relations);
}

/**
 * Reference implementation: the same exact tests over every county × feature pair, no feature index, no
 * bbox pre-filter and no edge index (every segment against every outline edge). Slow on purpose; used to
 * check {@link buildCoverage} and as the benchmark's baseline.
 */
export function naiveCoverage(layers: CoverageLayers, options: CoverageOptions = {}): Coverage {
  const counties = prepareCounties(layers, options, false);
  const prepared = prepareFeatures(layers);
  const relations: FeatureCountyRelation[] = [];
  for (const county of counties) {
    for (const feature of prepared.entries) {
      const r = toRelation(county, feature);
      if (r) relations.push(r);
    }
  }
  return finish(counties, prepared, relations);
}

/** Relations grouped by county id (each list sorted by feature id). */
export function relationsByCounty(coverage: Coverage): Map<string, FeatureCountyRelation[]> {
  const out = new Map<string, FeatureCountyRelation[]>(coverage.counties.map((c) => [c.id, []]));
  for (const r of coverage.relations) out.get(r.countyId)?.push(r);
  return out;
}

/** Relations grouped by feature id (each list sorted by county id). */
export function relationsByFeature(coverage: Coverage): Map<string, FeatureCountyRelation[]> {
  const out = new Map<string, FeatureCountyRelation[]>();
  for (const r of coverage.relations) {
    const list = out.get(r.featureId);
    if (list) list.push(r);
    else out.set(r.featureId, [r]);
  }
  return out;
}
