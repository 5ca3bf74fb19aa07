/**
 * Topology-preserving simplification of polygon features for display.
 *
 * All features go into one TopoJSON topology (topojson-server, no quantisation), so a border shared by two
 * neighbours is one arc. Each arc is simplified once (Visvalingam effective area, topojson-simplify
 * `presimplify`, with a planar weight in square metres), which keeps neighbours in contact: no slivers, no
 * gaps. The result is then checked, and arcs involved in a problem are simplified less and the check
 * repeated: (1) no two arc segments cross, touch or overlap (so no ring self-intersects and no neighbours
 * overlap), (2) every ring has ≥ 4 positions, is closed and has no duplicate consecutive positions,
 * (3) every feature's area stays within `maxAreaDeviation` of its input area.
 */
import { area } from '@turf/turf';
import { topology } from 'topojson-server';
import { presimplify } from 'topojson-simplify';
import { feature, merge } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Objects, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { findSegmentConflicts, polygonRings, ringProblems } from './validate.ts';
import { pointSegmentDistanceM } from './reconcile.ts';

/** A polygon feature with a string id. */
export type PolyFeature<P> = Feature<Polygon | MultiPolygon, P> & { id: string };

/** Options of {@link simplifyShared}. */
export interface SimplifyOptions {
  /** How the elimination weight of a vertex is measured: triangle height (m) or triangle area (m²). */
  weight: 'height' | 'area';
  /** Vertices whose effective weight stays below this (metres or m², see `weight`) are removed. */
  tolerance: number;
  /**
   * Optional per-feature tolerance (same unit), e.g. coarser for far-away context. An arc shared by several
   * features uses the smallest tolerance among them, so a shared border is simplified once.
   */
  featureTolerance?: (feature: PolyFeature<unknown>, index: number) => number;
  /** Largest allowed relative area change per feature (e.g. 0.01 = 1 %). */
  maxAreaDeviation: number;
  /** Coordinates are rounded to this many decimals (degrees) before the checks. */
  decimals: number;
  /** Rounds of "simplify less where it failed"; each divides the local threshold by 4. */
  maxIterations?: number;
}

/** Measurements of one {@link simplifyShared} run. */
export interface SimplifyStats {
  inputVertices: number;
  outputVertices: number;
  arcs: number;
  /** Arcs that had to be simplified less than the threshold asks. */
  protectedArcs: number;
  /** Original vertices put back locally to resolve a conflict between two simplified segments. */
  restoredVertices: number;
  /** Pairs of arcs that already cross or overlap in the unsimplified input (kept as they are). */
  inputConflicts: number;
  /** Ids of the features those arcs belong to, sorted. */
  inputConflictIds: string[];
  iterations: number;
  /** Largest |simplified − input| / input area over all features. */
  maxAreaDeviation: number;
  /** Feature id of that largest deviation. */
  maxAreaDeviationId: string;
  /**
   * Per tolerance class (key: the arc tolerance): distance of removed vertices from the simplified segment
   * that replaced them, metres — largest and 95th percentile — and how many vertices were removed.
   */
  offsets: Record<string, { maxM: number; p95M: number; removed: number }>;
}

/** Result of {@link simplifyShared}. */
export interface SimplifyResult<P> {
  features: PolyFeature<P>[];
  /** The simplified topology (object `units`), e.g. for {@link dissolve}. */
  topology: Topology;
  stats: SimplifyStats;
}

/** Planar triangle area in m² (equirectangular at the triangle's mean latitude). */
export function triangleAreaM2(t: readonly (readonly number[])[]): number {
  const [a, b, c] = t as [number[], number[], number[]];
  const lat0 = (((a[1] as number) + (b[1] as number) + (c[1] as number)) / 3) * (Math.PI / 180);
  const kx = 111_320 * Math.cos(lat0);
  const ky = 110_574;
  const cross = ((b[0] as number) - (a[0] as number)) * kx * ((c[1] as number) - (a[1] as number)) * ky
    - ((b[1] as number) - (a[1] as number)) * ky * ((c[0] as number) - (a[0] as number)) * kx;
  return Math.abs(cross) / 2;
}

/**
 * Effective weight used for the elimination order: distance in metres of a triangle's middle vertex from
 * the segment joining the other two (planar, equirectangular at their mean latitude), i.e. how far the line
 * moves at that vertex if it is removed.
 */
export function triangleHeightM(t: readonly (readonly number[])[]): number {
  const [a, b, c] = t as [number[], number[], number[]];
  return pointSegmentDistanceM(b, a, c);
}

/** Rounds a number to `decimals` places (half away from zero, then normalises −0). */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(x) * f) / f;
  return x < 0 && r !== 0 ? -r : r;
}

type Units = GeometryCollection;

function unitGeometries(topo: Topology): (TopoPolygon | TopoMultiPolygon)[] {
  const units = topo.objects['units'] as Units | undefined;
  if (units === undefined) throw new Error('topology has no object "units"');
  return units.geometries as (TopoPolygon | TopoMultiPolygon)[];
}

/** Arc indices (non-negative) per flattened ring of a topology polygon, in topojson-client ring order. */
function ringArcs(g: TopoPolygon | TopoMultiPolygon): number[][] {
  const rings = g.type === 'Polygon' ? g.arcs : g.arcs.flat();
  return rings.map((ring) => ring.map((a) => (a < 0 ? ~a : a)));
}

/**
 * Keeps the points of a presimplified arc whose boosted weight reaches the threshold, rounds them, and drops
 * interior points that then coincide with, or lie exactly on the line through, their neighbours (rounding
 * can turn a 0.1 m notch into a zero-width spike). Collinearity is tested on integer grid coordinates.
 */
function selectArc(arc: readonly Position[], threshold: number, decimals: number): { coords: Position[]; src: number[] } {
  const f = 10 ** decimals;
  const kept: [number, number, number][] = [];
  const last = arc.length - 1;
  arc.forEach((p, i) => {
    if (i !== 0 && i !== last && (p[2] as number) < threshold) return;
    kept.push([Math.round((p[0] as number) * f), Math.round((p[1] as number) * f), i]);
  });
  const out: [number, number, number][] = [];
  for (let i = 0; i < kept.length; i++) {
    const q = kept[i] as [number, number, number];
    const isLast = i === kept.length - 1;
    while (out.length >= 1) {
      const b = out[out.length - 1] as [number, number, number];
      if (b[0] === q[0] && b[1] === q[1] && (out.length > 1 || !isLast)) { out.pop(); continue; }
      const a = out[out.length - 2];
      if (a === undefined || out.length < 2) break;
      const cross = (b[0] - a[0]) * (q[1] - a[1]) - (b[1] - a[1]) * (q[0] - a[0]);
      if (cross !== 0) break;
      out.pop();
    }
    out.push(q);
  }
  if (out.length === 1) out.push(out[0] as [number, number, number]);
  return { coords: out.map(([x, y]) => [roundTo(x / f, decimals), roundTo(y / f, decimals)]), src: out.map((q) => q[2]) };
}

/** Marks the removed original vertices under one simplified segment as kept; returns how many. */
function restoreSpan(arcs: Position[][], selected: readonly { src: number[] }[], seg: readonly [number, number]): number {
  const arc = arcs[seg[0]] as Position[];
  const src = (selected[seg[0]] as { src: number[] }).src;
  const from = src[seg[1]] as number;
  const to = src[seg[1] + 1] as number;
  let n = 0;
  for (let k = Math.min(from, to) + 1; k < Math.max(from, to); k++) {
    const p = arc[k] as Position;
    if (p[2] !== Infinity) { p[2] = Infinity; n++; }
  }
  return n;
}

/** Distances (m) of removed vertices from the kept segment spanning them. */
function offsets(arc: readonly Position[], threshold: number): number[] {
  const result: number[] = [];
  let start = 0;
  for (let i = 1; i < arc.length; i++) {
    const keep = i === arc.length - 1 || (arc[i]?.[2] as number) >= threshold;
    if (!keep) continue;
    for (let k = start + 1; k < i; k++) {
      result.push(pointSegmentDistanceM(arc[k] as Position, arc[start] as Position, arc[i] as Position));
    }
    start = i;
  }
  return result;
}

/**
 * Simplifies polygon features together so shared borders stay shared, then verifies the result and
 * simplifies less wherever a check fails. Throws if the checks still fail after `maxIterations` rounds.
 */
export function simplifyShared<P>(features: readonly PolyFeature<P>[], options: SimplifyOptions): SimplifyResult<P> {
  if (features.length === 0) throw new Error('simplifyShared: no features');
  if (!(options.tolerance >= 0)) throw new Error('simplifyShared: tolerance must be ≥ 0');
  const maxIterations = options.maxIterations ?? 10;
  const collection: FeatureCollection<Polygon | MultiPolygon, P> = { type: 'FeatureCollection', features: features.slice() };
  const topo: Topology = topology({ units: collection });
  const pre = presimplify(topo as Topology<Objects>, options.weight === 'height' ? triangleHeightM : triangleAreaM2);
  const geoms = unitGeometries(pre);
  const inputAreas = features.map((f) => area(f.geometry));
  const boost = new Array<number>(pre.arcs.length).fill(1);
  const base = new Array<number>(pre.arcs.length).fill(Infinity);
  geoms.forEach((g, k) => {
    const t = options.featureTolerance?.(features[k] as PolyFeature<unknown>, k) ?? options.tolerance;
    for (const a of ringArcs(g).flat()) base[a] = Math.min(base[a] as number, t);
  });
  const arcThreshold = (i: number): number => (base[i] as number) / (boost[i] as number);
  const pairKey = (a: number, b: number): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  // Conflicts already present in the unsimplified input are not the simplifier's to fix: their arcs are
  // kept in full and the conflicts are reported, not retried.
  const baseline = new Set<string>();
  const baselineArcs = new Set<number>();
  for (const c of findSegmentConflicts(pre.arcs.map((arc) => selectArc(arc, 0, options.decimals).coords))) {
    baseline.add(pairKey(c.a[0], c.b[0]));
    for (const a of [c.a[0], c.b[0]]) { boost[a] = Infinity; baselineArcs.add(a); }
  }
  const inputConflictIds = features
    .filter((_, k) => ringArcs(geoms[k] as TopoPolygon | TopoMultiPolygon).flat().some((a) => baselineArcs.has(a)))
    .map((f) => f.id)
    .sort();

  let totalRestored = 0;
  for (let iteration = 1; iteration <= maxIterations + 1; iteration++) {
    const selected = pre.arcs.map((arc, i) => selectArc(arc, arcThreshold(i), options.decimals));
    const arcs = selected.map((s) => s.coords);
    const simplified: Topology = { ...pre, arcs };
    const bad = new Set<number>();
    const problems: string[] = [];
    let restored = 0;
    for (const c of findSegmentConflicts(arcs)) {
      if (baseline.has(pairKey(c.a[0], c.b[0]))) continue;
      // Restore the original vertices under both conflicting segments; if there are none, simplify the
      // whole arcs less.
      const n = restoreSpan(pre.arcs, selected, c.a) + restoreSpan(pre.arcs, selected, c.b);
      restored += n;
      if (n === 0) { bad.add(c.a[0]); bad.add(c.b[0]); }
      problems.push(`arcs ${c.a[0]}/${c.b[0]}: ${c.kind} at ${c.at.join(',')}`);
    }
    const out: PolyFeature<P>[] = [];
    let worst = 0;
    let worstId = '';
    geoms.forEach((g, k) => {
      const src = features[k] as PolyFeature<P>;
      const geometry = (feature(simplified, g) as Feature<Polygon | MultiPolygon>).geometry;
      const rings = polygonRings(geometry);
      const ringArcList = ringArcs(g);
      rings.forEach((ring, r) => {
        const ringIssues = ringProblems(ring);
        if (ringIssues.length === 0) return;
        for (const a of ringArcList[r] ?? []) bad.add(a);
        problems.push(`${src.id} ring ${r}: ${ringIssues.join('; ')}`);
      });
      const dev = Math.abs(area(geometry) - (inputAreas[k] as number)) / (inputAreas[k] as number);
      if (dev > options.maxAreaDeviation) {
        for (const a of ringArcList.flat()) bad.add(a);
        problems.push(`${src.id}: area changed by ${(dev * 100).toFixed(2)} %`);
      }
      if (dev > worst) { worst = dev; worstId = src.id; }
      out.push({ ...src, geometry });
    });
    if (bad.size === 0 && restored === 0) {
      const byClass = new Map<number, number[]>();
      pre.arcs.forEach((arc, i) => {
        const list = byClass.get(base[i] as number) ?? [];
        for (const d of offsets(arc, arcThreshold(i))) list.push(d);
        byClass.set(base[i] as number, list);
      });
      const offsetStats: SimplifyStats['offsets'] = {};
      for (const [tol, list] of [...byClass].sort((a, b) => a[0] - b[0])) {
        list.sort((a, b) => a - b);
        offsetStats[String(tol)] = {
          maxM: Math.round((list[list.length - 1] ?? 0) * 10) / 10,
          p95M: Math.round((list[Math.floor(list.length * 0.95)] ?? 0) * 10) / 10,
          removed: list.length,
        };
      }
      const stats: SimplifyStats = {
        inputVertices: features.reduce((s, f) => s + polygonRings(f.geometry).reduce((t, r) => t + r.length, 0), 0),
        outputVertices: out.reduce((s, f) => s + polygonRings(f.geometry).reduce((t, r) => t + r.length, 0), 0),
        arcs: arcs.length,
        protectedArcs: boost.filter((b) => b > 1).length,
        restoredVertices: totalRestored,
        inputConflicts: baseline.size,
        inputConflictIds,
        iterations: iteration,
        maxAreaDeviation: worst,
        maxAreaDeviationId: worstId,
        offsets: offsetStats,
      };
      return { features: out, topology: simplified, stats };
    }
    totalRestored += restored;
    if (iteration > maxIterations) {
      throw new Error(`simplifyShared: checks still fail after ${maxIterations} rounds: ${problems.slice(0, 10).join(' | ')}`);
    }
    for (const a of bad) boost[a] = iteration === maxIterations ? Infinity : (boost[a] as number) * 4;
  }
  throw new Error('simplifyShared: unreachable');
}

/**
 * Dissolves groups of features of a simplified topology (topojson-client `merge`), so group outlines reuse
 * exactly the simplified arcs of their members. `groups` maps a group key to member indices.
 */
export function dissolve(topo: Topology, groups: ReadonlyMap<string, readonly number[]>): Map<string, MultiPolygon> {
  const geoms = unitGeometries(topo);
  const result = new Map<string, MultiPolygon>();
  for (const [groupKey, members] of groups) {
    if (members.length === 0) throw new Error(`dissolve: group ${groupKey} is empty`);
    const objects = members.map((i) => {
      const g = geoms[i];
      if (g === undefined) throw new Error(`dissolve: no feature ${i}`);
      return g;
    });
    result.set(groupKey, merge(topo, objects));
  }
  return result;
}
