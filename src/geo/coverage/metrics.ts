/**
 * Per-county figures: km of railway and expressway by status, parks and plan projects in the county,
 * the share of the county within N km of a railway or expressway, planned generating capacity stated by
 * indicators, and the number of tasks and indicators that name / reach / cover the county.
 */
import { area, bbox, bboxClip, buffer, distance, featureCollection, intersect, lineString, union } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Indicator, PlanModel } from '../../plan/types';
import { STATUSES, type Status } from '../types';
import { boxesMeet, geometryParts } from './geometry';
import { buildCoverage, relationsByCounty, relationsByFeature, sortedUnique } from './relate';
import { resolveContext, resolveIndicator, resolveTask, taskFeatureIds } from './resolve';
import type { Coverage, CoverageLayers } from './types';

/** Status key of a length table: a plan status, or `unknown` when the feature has none. */
export type StatusKey = Status | 'unknown';

/** Kilometres by status (every key present, 0 when none). */
export type KmByStatus = Record<StatusKey, number>;

/** Units of generating capacity and their factor to 万千瓦 (10 MW). */
export const CAPACITY_UNITS: Readonly<Record<string, number>> = { 万千瓦: 1, 千瓦: 1e-4, 兆瓦: 0.1 };

/** Capacity stated by indicators whose own linked features lie in (or are) the county. */
export interface CapacityTotal {
  /** Sum of `value` (lower bound of a range) in 万千瓦. */
  totalWan: number;
  /** Indicators summed, sorted. */
  indicatorIds: string[];
  /** Those whose features lie in more than one county: their whole value is counted in each. */
  sharedIndicatorIds: string[];
}

/** Distinct tasks or indicators of any theme, by the three-way split of resolve.ts. */
export interface SplitCounts {
  named: number;
  spatial: number;
  documentArea: number;
}

/** Result row of {@link countyMetrics}. */
export interface CountyMetrics {
  countyId: string;
  name: string;
  /** Geodesic area of the county geometry used, km². */
  areaKm2: number;
  /** Railway km inside the county by status (lines of the `railways` layer). */
  railwayKm: KmByStatus;
  /** Expressway km inside the county by status (`highways` features of kind "expressway"). */
  expresswayKm: KmByStatus;
  /**
   * Features of the `parks` layer in the county, sorted: by `countyId` when the feature has one of the
   * coverage counties (points and areas "inside one county"), else every county its geometry meets.
   */
  parkIds: string[];
  /** Features of any coverage layer in the county (same rule as parkIds) that some task or indicator links, sorted. */
  projectIds: string[];
  /** Features of the `imported` collection (the planner's own files) in the county (same rule as parkIds), sorted. */
  importedIds: string[];
  /** Share (0–1) of the county area within `accessKm` of a line of `accessStatuses`. */
  accessShare: number;
  accessKm: number;
  capacity: CapacityTotal;
  tasks: SplitCounts;
  indicators: SplitCounts;
}

/** Options of {@link countyMetrics}. */
export interface MetricsOptions {
  /** Reuse a coverage of the same layers. */
  coverage?: Coverage;
  /** Buffer distance for {@link CountyMetrics.accessShare}, km (default 10). */
  accessKm?: number;
  /** Statuses whose railways/expressways count for access (default existing, under-construction, planned). */
  accessStatuses?: readonly Status[];
  /** Densify lines to at most this step (km) before buffering, so long schematic segments buffer evenly (default 5). */
  densifyKm?: number;
}

function zeroKm(): KmByStatus {
  return { existing: 0, 'under-construction': 0, planned: 0, proposed: 0, unknown: 0 };
}

/**
 * Inserts points along each segment so that no step is longer than `stepKm`. Points are interpolated
 * linearly in longitude/latitude: segments are straight in lon/lat everywhere in this module (as drawn).
 */
export function densifyLine(line: Position[], stepKm: number): Position[] {
  if (!(stepKm > 0)) throw new Error(`densifyLine: step must be > 0, got ${stepKm}`);
  const out: Position[] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as Position, b = line[i + 1] as Position;
    out.push(a);
    const km = distance(a, b);
    const n = Math.ceil(km / stepKm);
    if (n <= 1) continue;
    for (let k = 1; k < n; k++) {
      const f = k / n;
      out.push([(a[0] as number) + f * ((b[0] as number) - (a[0] as number)), (a[1] as number) + f * ((b[1] as number) - (a[1] as number))]);
    }
  }
  const last = line[line.length - 1];
  if (last) out.push(last);
  return out;
}

/**
 * Union of `radiusKm` buffers around the given lines (turf.buffer, then turf.union), or null when
 * there are no lines.
 */
export function bufferUnion(lines: Position[][], radiusKm: number, densifyKm = 5): Feature<Polygon | MultiPolygon> | null {
  if (!(radiusKm > 0)) throw new Error(`bufferUnion: radius must be > 0 km, got ${radiusKm}`);
  const buffers: Feature<Polygon | MultiPolygon>[] = [];
  for (const line of lines) {
    const b = buffer(lineString(densifyLine(line, densifyKm)), radiusKm, { units: 'kilometers', steps: 16 });
    if (!b) throw new Error(`bufferUnion: turf.buffer returned nothing for a line of ${line.length} positions`);
    buffers.push(b);
  }
  if (buffers.length === 0) return null;
  if (buffers.length === 1) return buffers[0] as Feature<Polygon | MultiPolygon>;
  return union(featureCollection(buffers));
}

/**
 * Metrics of every county of the coverage, sorted by county id. Pure; the buffer union is computed once
 * for all counties.
 * @throws on a non-positive `accessKm`, or an indicator referring to an unknown task.
 */
export function countyMetrics(model: PlanModel, layers: CoverageLayers, options: MetricsOptions = {}): CountyMetrics[] {
  const accessKm = options.accessKm ?? 10;
  if (!(accessKm > 0)) throw new Error(`countyMetrics: accessKm must be > 0, got ${accessKm}`);
  const statuses = new Set(options.accessStatuses ?? STATUSES.filter((s) => s !== 'proposed'));
  const coverage = options.coverage ?? buildCoverage(layers);
  const ctx = resolveContext(model, coverage);
  const featureById = new Map(coverage.features.map((f) => [f.id, f]));

  const linked = new Set<string>();
  for (const t of model.tasks) taskFeatureIds(t).forEach((id) => linked.add(id));
  for (const i of model.indicators ?? []) taskFeatureIds(i).forEach((id) => linked.add(id));

  const taskSplit = new Map<string, { named: Set<string>; spatial: Set<string>; documentArea: Set<string> }>();
  const indSplit = new Map<string, { named: Set<string>; spatial: Set<string>; documentArea: Set<string> }>();
  for (const c of coverage.counties) {
    taskSplit.set(c.id, { named: new Set(), spatial: new Set(), documentArea: new Set() });
    indSplit.set(c.id, { named: new Set(), spatial: new Set(), documentArea: new Set() });
  }
  for (const t of model.tasks) {
    const r = resolveTask(ctx, t);
    for (const c of r.named.keys()) taskSplit.get(c)?.named.add(t.id);
    for (const c of r.spatial.keys()) taskSplit.get(c)?.spatial.add(t.id);
    for (const c of r.documentArea) taskSplit.get(c)?.documentArea.add(t.id);
  }
  const capacity = new Map<string, { total: number; ids: string[]; shared: string[] }>(
    coverage.counties.map((c) => [c.id, { total: 0, ids: [], shared: [] }]),
  );
  for (const ind of model.indicators ?? []) {
    const r = resolveIndicator(ctx, ind);
    for (const c of r.named.keys()) indSplit.get(c)?.named.add(ind.id);
    for (const c of r.spatial.keys()) indSplit.get(c)?.spatial.add(ind.id);
    for (const c of r.documentArea) indSplit.get(c)?.documentArea.add(ind.id);
    addCapacity(ind, resolveIndicator(ctx, ind, true), capacity);
  }

  const accessLines: Position[][] = [];
  for (const key of ['railways', 'highways'] as const) {
    for (const f of layers[key]?.features ?? []) {
      const p = f.properties;
      if (key === 'highways' && p?.kind !== 'expressway') continue;
      if (!p?.status || !statuses.has(p.status)) continue;
      accessLines.push(...geometryParts(f.geometry).lines);
    }
  }
  const reach = bufferUnion(accessLines, accessKm, options.densifyKm ?? 5);
  const reachBox = reach ? bbox(reach) : [];
  const countyGeometry = new Map<string, Feature<Geometry | null>>(
    layers.counties.features.map((f) => [String(f.id ?? f.properties?.id), f]),
  );

  // Parks and projects: a feature with a countyId of the coverage counts in that county only (as in the
  // matrix); others count in every county they meet.
  const located = new Map<string, string[]>(coverage.counties.map((c) => [c.id, []]));
  for (const [featureId, rels] of relationsByFeature(coverage)) {
    const own = featureById.get(featureId)?.countyId;
    if (own !== undefined && located.has(own)) continue;
    for (const r of rels) located.get(r.countyId)?.push(featureId);
  }
  for (const f of coverage.features) if (f.countyId !== undefined) located.get(f.countyId)?.push(f.id);

  const byCounty = relationsByCounty(coverage);
  return coverage.counties.map((county) => {
    const railwayKm = zeroKm();
    const expresswayKm = zeroKm();
    for (const r of byCounty.get(county.id) ?? []) {
      const f = featureById.get(r.featureId);
      if (!f) continue;
      const status: StatusKey = f.status ?? 'unknown';
      if (r.layer === 'railways') railwayKm[status] += r.lengthKm;
      if (r.layer === 'highways' && f.kind === 'expressway') expresswayKm[status] += r.lengthKm;
    }
    const here = located.get(county.id) ?? [];
    const parkIds = here.filter((id) => featureById.get(id)?.layer === 'parks');
    const projectIds = here.filter((id) => linked.has(id));
    const importedIds = here.filter((id) => featureById.get(id)?.layer === 'imported');
    const cap = capacity.get(county.id) ?? { total: 0, ids: [], shared: [] };
    const ts = taskSplit.get(county.id);
    const is = indSplit.get(county.id);
    return {
      countyId: county.id,
      name: county.name,
      areaKm2: county.areaKm2,
      railwayKm,
      expresswayKm,
      parkIds: sortedUnique(parkIds),
      projectIds: sortedUnique(projectIds),
      importedIds: sortedUnique(importedIds),
      accessShare: accessShare(countyGeometry.get(county.id), reach, reachBox, county.areaKm2),
      accessKm,
      capacity: { totalWan: cap.total, indicatorIds: sortedUnique(cap.ids), sharedIndicatorIds: sortedUnique(cap.shared) },
      tasks: { named: ts?.named.size ?? 0, spatial: ts?.spatial.size ?? 0, documentArea: ts?.documentArea.size ?? 0 },
      indicators: { named: is?.named.size ?? 0, spatial: is?.spatial.size ?? 0, documentArea: is?.documentArea.size ?? 0 },
    };
  });
}

function addCapacity(
  ind: Indicator,
  own: ReturnType<typeof resolveIndicator>,
  capacity: Map<string, { total: number; ids: string[]; shared: string[] }>,
): void {
  if (ind.value === null || ind.unit === null) return;
  const factor = CAPACITY_UNITS[ind.unit];
  if (factor === undefined) return;
  const counties = sortedUnique([...own.named.keys(), ...own.spatial.keys()]);
  for (const c of counties) {
    const entry = capacity.get(c);
    if (!entry) continue;
    entry.total += ind.value * factor;
    entry.ids.push(ind.id);
    if (counties.length > 1) entry.shared.push(ind.id);
  }
}

function accessShare(
  county: Feature<Geometry | null> | undefined,
  reach: Feature<Polygon | MultiPolygon> | null,
  reachBox: number[],
  countyAreaKm2: number,
): number {
  if (!reach || !county || countyAreaKm2 <= 0) return 0;
  const g = county.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return 0;
  const box = bbox(g);
  if (!boxesMeet(box, reachBox)) return 0;
  // Clip the reach to the county's (padded) box first: same intersection, far fewer vertices.
  const pad = 1e-6;
  const clipped = bboxClip(reach, [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad]) as Feature<Polygon | MultiPolygon>;
  const pieces = clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
  const kept = pieces.filter((rings) => rings.length > 0);
  if (kept.length === 0) return 0;
  const shape: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: g };
  const near: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: kept } };
  const overlap = intersect(featureCollection([shape, near]));
  return overlap ? Math.min(1, area(overlap) / 1e6 / countyAreaKm2) : 0;
}
