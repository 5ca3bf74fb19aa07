/**
 * Border reconciliation before building a topology.
 *
 * The county polygons come from per-prefecture files of the same AMap family: inside a prefecture the
 * neighbours share their border vertex for vertex, but across some prefecture borders one side is a
 * differently generalised copy of the other (e.g. 泸州|重庆: 泸县 keeps every 2nd–5th vertex of 永川区;
 * 巧家县|会泽县 differ on a few hundred metres). Topology then sees two different arcs and leaves slivers.
 *
 * Rule (deterministic, priority-ordered): features are processed in the given order. For a feature B, any
 * stretch of a ring between two vertices u, v that both already exist in one ring R of an earlier feature
 * is replaced by R's own path from u to v, provided (1) R reaches v from u in at most `maxSteps` vertices,
 * (2) the vertices removed from B belong to no other feature and the vertices taken from R belong to R only,
 * and (3) both stretches stay within `toleranceM` metres of each other (symmetric Hausdorff, planar).
 * Stretches that fail any test are left alone and counted, so a test can measure what remains.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** Options of {@link reconcileBorders}. */
export interface ReconcileOptions {
  /** Largest allowed distance between the two versions of a border stretch, metres. */
  toleranceM: number;
  /** Largest number of steps along the earlier ring between the two anchor vertices. */
  maxSteps: number;
}

/** What {@link reconcileBorders} changed. */
export interface ReconcileReport {
  /** Number of replaced stretches per feature id (only features that changed). */
  replaced: Record<string, number>;
  /** Largest Hausdorff distance of an accepted replacement, metres. */
  maxDistanceM: number;
}

type PolyFeature<P> = Feature<Polygon | MultiPolygon, P> & { id: string };

interface RefOccurrence {
  feature: number;
  ring: Position[];
  index: number;
}

const key = (p: Position): string => `${p[0]},${p[1]}`;

/** Metres between point p and segment a–b in a local equirectangular plane. */
export function pointSegmentDistanceM(p: Position, a: Position, b: Position): number {
  const lat0 = (((a[1] as number) + (b[1] as number)) / 2) * (Math.PI / 180);
  const kx = 111_320 * Math.cos(lat0);
  const ky = 110_574;
  const ax = (a[0] as number) * kx;
  const ay = (a[1] as number) * ky;
  const dx = (b[0] as number) * kx - ax;
  const dy = (b[1] as number) * ky - ay;
  const px = (p[0] as number) * kx - ax;
  const py = (p[1] as number) * ky - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
  return Math.hypot(px - t * dx, py - t * dy);
}

/** Largest distance from any point of `points` to the polyline `line`, metres. */
export function directedHausdorffM(points: readonly Position[], line: readonly Position[]): number {
  let worst = 0;
  for (const p of points) {
    let best = Infinity;
    for (let i = 0; i + 1 < line.length; i++) {
      best = Math.min(best, pointSegmentDistanceM(p, line[i] as Position, line[i + 1] as Position));
    }
    if (line.length === 1) best = pointSegmentDistanceM(p, line[0] as Position, line[0] as Position);
    worst = Math.max(worst, best);
  }
  return worst;
}

function openRings(geometry: Polygon | MultiPolygon): Position[][][] {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((poly) => poly.map((ring) => ring.slice(0, -1)));
}

function closeRings(polys: Position[][][], type: 'Polygon' | 'MultiPolygon'): Polygon | MultiPolygon {
  const closed = polys.map((poly) => poly.map((ring) => [...ring, ring[0] as Position]));
  return type === 'Polygon' ? { type, coordinates: closed[0] as Position[][] } : { type, coordinates: closed };
}

/** Removes consecutive duplicates and A-B-A spikes from an open ring until none are left. */
export function cleanOpenRing(ring: Position[]): Position[] {
  let out = ring.slice();
  let changed = true;
  while (changed && out.length > 2) {
    changed = false;
    const next: Position[] = [];
    for (const p of out) {
      const prev = next[next.length - 1];
      if (prev !== undefined && key(prev) === key(p)) { changed = true; continue; }
      const prev2 = next[next.length - 2];
      if (prev2 !== undefined && key(prev2) === key(p)) { next.pop(); changed = true; continue; }
      next.push(p);
    }
    while (next.length > 2 && key(next[0] as Position) === key(next[next.length - 1] as Position)) { next.pop(); changed = true; }
    out = next;
  }
  return out;
}

interface Candidate { path: Position[]; distance: number }

function pathBetween(occ: RefOccurrence, vKey: string, maxSteps: number, dir: 1 | -1): Position[] | null {
  const n = occ.ring.length;
  const path: Position[] = [];
  for (let k = 1; k <= Math.min(maxSteps, n - 1); k++) {
    const p = occ.ring[(((occ.index + dir * k) % n) + n) % n] as Position;
    if (key(p) === vKey) return path;
    path.push(p);
  }
  return null;
}

/**
 * Makes borders of later features follow the borders of earlier ones where they are two versions of the
 * same line (see the module comment). Returns new features (inputs are not mutated) and a report.
 */
export function reconcileBorders<P>(features: readonly PolyFeature<P>[], options: ReconcileOptions): {
  features: PolyFeature<P>[];
  report: ReconcileReport;
} {
  if (options.toleranceM <= 0 || options.maxSteps < 1) throw new Error('reconcileBorders: bad options');
  const rings = features.map((f) => openRings(f.geometry));
  const owners = new Map<string, Set<number>>();
  rings.forEach((polys, fi) => polys.flat(2).forEach((p) => {
    const k = key(p);
    const set = owners.get(k) ?? new Set<number>();
    set.add(fi);
    owners.set(k, set);
  }));
  const refIndex = new Map<string, RefOccurrence[]>();
  const report: ReconcileReport = { replaced: {}, maxDistanceM: 0 };
  const onlyOwner = (p: Position, fi: number): boolean => {
    const set = owners.get(key(p));
    return set !== undefined && set.size === 1 && set.has(fi);
  };

  rings.forEach((polys, bi) => {
    let count = 0;
    const newPolys = polys.map((poly) => poly.map((ring) => {
      const anchors = ring.map((p, i) => (refIndex.has(key(p)) ? i : -1)).filter((i) => i >= 0);
      if (anchors.length < 2) return ring;
      const start = anchors[0] as number;
      const rotated = [...ring.slice(start), ...ring.slice(0, start)];
      const anchorSet = new Set(anchors.map((i) => (i - start + ring.length) % ring.length));
      const out: Position[] = [];
      let ringCount = 0;
      let i = 0;
      while (i < rotated.length) {
        const u = rotated[i] as Position;
        out.push(u);
        let j = i + 1;
        while (j < rotated.length && !anchorSet.has(j)) j++;
        const v = rotated[j % rotated.length] as Position;
        const run = rotated.slice(i + 1, j);
        const best = bestCandidate(u, v, run, bi, refIndex, onlyOwner, options);
        if (best !== null) {
          out.push(...best.path);
          ringCount++;
          report.maxDistanceM = Math.max(report.maxDistanceM, best.distance);
        } else {
          out.push(...run);
        }
        i = j;
      }
      if (ringCount === 0) return ring;
      count += ringCount;
      return cleanOpenRing(out);
    }));
    if (count > 0) {
      report.replaced[(features[bi] as PolyFeature<P>).id] = count;
      for (const p of polys.flat(2)) owners.get(key(p))?.delete(bi);
      for (const p of newPolys.flat(2)) {
        const set = owners.get(key(p)) ?? new Set<number>();
        set.add(bi);
        owners.set(key(p), set);
      }
    }
    rings[bi] = newPolys;
    for (const poly of newPolys) {
      for (const ring of poly) {
        ring.forEach((p, index) => {
          const list = refIndex.get(key(p)) ?? [];
          list.push({ feature: bi, ring, index });
          refIndex.set(key(p), list);
        });
      }
    }
  });

  const out = features.map((f, fi) => ({ ...f, geometry: closeRings(rings[fi] as Position[][][], f.geometry.type) }));
  return { features: out, report };
}

function bestCandidate(
  u: Position,
  v: Position,
  run: Position[],
  bi: number,
  refIndex: Map<string, RefOccurrence[]>,
  onlyOwner: (p: Position, fi: number) => boolean,
  options: ReconcileOptions,
): Candidate | null {
  const uKey = key(u);
  const vKey = key(v);
  if (uKey === vKey) return null;
  if (!run.every((p) => onlyOwner(p, bi))) return null;
  let best: Candidate | null = null;
  for (const occ of refIndex.get(uKey) ?? []) {
    for (const dir of [1, -1] as const) {
      const path = pathBetween(occ, vKey, options.maxSteps, dir);
      if (path === null) continue;
      if (path.length === run.length && path.every((p, k) => key(p) === key(run[k] as Position))) return null;
      if (!path.every((p) => onlyOwner(p, occ.feature))) continue;
      const distance = Math.max(
        directedHausdorffM(run, [u, ...path, v]),
        directedHausdorffM(path, [u, ...run, v]),
      );
      if (distance > options.toleranceM) continue;
      if (best === null || distance < best.distance) best = { path, distance };
    }
  }
  return best;
}

/** What {@link resolveEnclaves} changed: ids of features that lost a part or gained a hole. */
export interface EnclaveReport {
  droppedParts: string[];
  punchedHoles: string[];
}

/**
 * Resolves polygon parts that lie inside another feature without sharing a single vertex with it (an
 * inconsistency between differently generalised neighbours, e.g. a 0.03 km² island of 兴文县 inside 叙永县,
 * or a 0.5 km² exclave of 巧家县 inside 会泽县 that 会泽县 does not cut out). If the part belongs to the later
 * feature it is dropped (never the last part); if it belongs to the earlier feature, the later one gets a hole.
 */
export function resolveEnclaves<P>(features: readonly PolyFeature<P>[]): { features: PolyFeature<P>[]; report: EnclaveReport } {
  const polys = features.map((f) => openRings(f.geometry));
  const owners = new Map<string, Set<number>>();
  polys.forEach((ps, fi) => ps.flat(2).forEach((p) => {
    const set = owners.get(key(p)) ?? new Set<number>();
    set.add(fi);
    owners.set(key(p), set);
  }));
  const report: EnclaveReport = { droppedParts: [], punchedHoles: [] };
  polys.forEach((ps, xi) => {
    for (let pi = ps.length - 1; pi >= 0; pi--) {
      const outer = (ps[pi] as Position[][])[0] as Position[];
      if (outer.some((p) => (owners.get(key(p))?.size ?? 0) > 1)) continue;
      const host = findHost(outer, polys, xi);
      if (host === null) continue;
      const [yi, ypi] = host;
      if (xi > yi) {
        if (ps.length === 1) continue;
        ps.splice(pi, 1);
        report.droppedParts.push((features[xi] as PolyFeature<P>).id);
      } else {
        ((polys[yi] as Position[][][])[ypi] as Position[][]).push(outer.slice().reverse());
        report.punchedHoles.push((features[yi] as PolyFeature<P>).id);
      }
    }
  });
  const out = features.map((f, fi) => ({ ...f, geometry: closeRings(polys[fi] as Position[][][], f.geometry.type) }));
  return { features: out, report };
}

function findHost(outer: Position[], polys: Position[][][][], xi: number): [number, number] | null {
  for (let yi = 0; yi < polys.length; yi++) {
    if (yi === xi) continue;
    const parts = polys[yi] as Position[][][];
    for (let ypi = 0; ypi < parts.length; ypi++) {
      const part = parts[ypi] as Position[][];
      if (outer.every((p) => insideOpenPolygon(p, part))) return [yi, ypi];
    }
  }
  return null;
}

/** Even-odd point-in-polygon over open rings (first ring outer, others holes). */
function insideOpenPolygon(p: Position, rings: Position[][]): boolean {
  const [x, y] = p as [number, number];
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
