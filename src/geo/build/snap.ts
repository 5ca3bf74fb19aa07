/**
 * Noding of neighbouring polygons before the border reconciliation ({@link reconcileBorders}).
 *
 * Where two features from differently generalised files meet, one feature's vertex can lie on, or a few
 * metres beside, the other feature's edge (a T-junction the other side does not have), which later shows up
 * as crossing or overlapping arcs. Rule, for every vertex p within `toleranceM` of an edge s of features
 * that do not own p (priority = position in the input list, earlier wins):
 * - p belongs only to later features: p moves onto s (onto s's nearer endpoint if that is within the
 *   tolerance, otherwise onto its projection, which is then inserted into s);
 * - otherwise: p is inserted into s (or s's endpoint moves onto p if that endpoint is within the tolerance).
 * Every move is a global coordinate replacement, so vertices shared by several rings move together.
 */
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { cleanOpenRing, pointSegmentDistanceM } from './reconcile.ts';

type PolyFeature<P> = Feature<Polygon | MultiPolygon, P> & { id: string };

/** What {@link snapToEarlier} changed. */
export interface SnapReport {
  /** Vertices moved onto an earlier feature's vertex or edge. */
  moved: number;
  /** Vertices inserted into edges. */
  inserted: number;
  /** Largest move, metres. */
  maxMoveM: number;
}

interface Segment { a: Position; b: Position; owners: Set<number> }

const key = (p: Position): string => `${p[0]},${p[1]}`;
const segKey = (a: Position, b: Position): string => (key(a) < key(b) ? `${key(a)}|${key(b)}` : `${key(b)}|${key(a)}`);

function project(p: Position, a: Position, b: Position): { t: number; point: Position } {
  const dx = (b[0] as number) - (a[0] as number);
  const dy = (b[1] as number) - (a[1] as number);
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : (((p[0] as number) - (a[0] as number)) * dx + ((p[1] as number) - (a[1] as number)) * dy) / len2;
  return { t, point: [(a[0] as number) + t * dx, (a[1] as number) + t * dy] };
}

const distM = (p: Position, q: Position): number => pointSegmentDistanceM(p, q, q);

/** Moves later features' vertices onto earlier features' edges and nodes T-junctions (see module comment). */
export function snapToEarlier<P>(features: readonly PolyFeature<P>[], toleranceM: number): {
  features: PolyFeature<P>[];
  report: SnapReport;
} {
  if (!(toleranceM > 0)) throw new Error('snapToEarlier: toleranceM must be > 0');
  const polys = features.map((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
    .map((poly) => poly.map((ring) => ring.slice(0, -1))));
  const owners = new Map<string, Set<number>>();
  const segments = new Map<string, Segment>();
  polys.forEach((ps, fi) => ps.flat().forEach((ring) => ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length] as Position;
    const o = owners.get(key(p)) ?? new Set<number>();
    o.add(fi);
    owners.set(key(p), o);
    const s = segments.get(segKey(p, q)) ?? { a: p, b: q, owners: new Set<number>() };
    s.owners.add(fi);
    segments.set(segKey(p, q), s);
  })));
  const segList = [...segments.values()];
  const index = new Flatbush(Math.max(1, segList.length));
  const degLat = toleranceM / 110_574;
  for (const s of segList) {
    const degLon = toleranceM / (111_320 * Math.cos(((s.a[1] as number) * Math.PI) / 180));
    index.add(Math.min(s.a[0] as number, s.b[0] as number) - degLon, Math.min(s.a[1] as number, s.b[1] as number) - degLat,
      Math.max(s.a[0] as number, s.b[0] as number) + degLon, Math.max(s.a[1] as number, s.b[1] as number) + degLat);
  }
  if (segList.length === 0) index.add(0, 0, 0, 0);
  index.finish();

  const move = new Map<string, Position>();
  const splits = new Map<string, Position[]>();
  const report: SnapReport = { moved: 0, inserted: 0, maxMoveM: 0 };
  const first = (set: Set<number>): number => Math.min(...set);
  for (const [k, own] of owners) {
    if (move.has(k)) continue;
    const p = k.split(',').map(Number) as Position;
    let best: { s: Segment; d: number } | null = null;
    for (const si of index.search(p[0] as number, p[1] as number, p[0] as number, p[1] as number)) {
      const s = segList[si] as Segment;
      if ([...s.owners].some((o) => own.has(o))) continue;
      if (key(s.a) === k || key(s.b) === k) continue;
      const d = pointSegmentDistanceM(p, s.a, s.b);
      if (d <= toleranceM && (best === null || d < best.d)) best = { s, d };
    }
    if (best === null) continue;
    const { s } = best;
    const pLater = first(own) > first(s.owners);
    const end = distM(p, s.a) <= distM(p, s.b) ? s.a : s.b;
    if (distM(p, end) <= toleranceM) {
      const [from, to] = pLater ? [k, end] : [key(end), p];
      if (move.has(from) || from === key(to)) continue;
      move.set(from, to);
      report.moved++;
      report.maxMoveM = Math.max(report.maxMoveM, distM(p, end));
      continue;
    }
    const target = pLater ? project(p, s.a, s.b).point : p;
    if (pLater) {
      move.set(k, target);
      report.moved++;
      report.maxMoveM = Math.max(report.maxMoveM, best.d);
    }
    const list = splits.get(segKey(s.a, s.b)) ?? [];
    list.push(target);
    splits.set(segKey(s.a, s.b), list);
    report.inserted++;
  }

  const moved = (p: Position): Position => {
    let q = p;
    for (let hops = 0; hops < 8; hops++) {
      const next = move.get(key(q));
      if (next === undefined || key(next) === key(q)) return q;
      q = next;
    }
    return q;
  };
  const out = features.map((f, fi) => {
    const rebuilt = (polys[fi] as Position[][][]).map((poly) => poly.map((ring) => {
      const next: Position[] = [];
      ring.forEach((a, i) => {
        const b = ring[(i + 1) % ring.length] as Position;
        next.push(moved(a));
        const extra = (splits.get(segKey(a, b)) ?? [])
          .map((q) => ({ q, t: project(q, a, b).t }))
          .filter((x) => x.t > 0 && x.t < 1)
          .sort((x, y) => x.t - y.t);
        for (const x of extra) next.push(x.q);
      });
      const clean = cleanOpenRing(next);
      return [...clean, clean[0] as Position];
    }));
    const kept = rebuilt
      .filter((poly) => (poly[0]?.length ?? 0) >= 4)
      .map((poly) => poly.filter((ring) => ring.length >= 4));
    const firstPoly = kept[0];
    if (firstPoly === undefined) throw new Error(`snapToEarlier: ${f.id} collapsed`);
    const geometry: Polygon | MultiPolygon = f.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: firstPoly }
      : { type: 'MultiPolygon', coordinates: kept };
    return { ...f, geometry };
  });
  return { features: out, report };
}

/**
 * Collapses near-zero-width spikes: where a ring runs from a to b and straight back to c with c within
 * `epsM` of the segment a–b (or a within `epsM` of b–c), vertex b is moved onto c (or a) in every ring that
 * has it. The source has a few of these 0.05–0.1 m wide tongues at three-county junctions; rounding turns
 * them into self-intersections. Returns new features and the number of vertices moved.
 */
export function collapseSpikes<P>(features: readonly PolyFeature<P>[], epsM: number): { features: PolyFeature<P>[]; moved: number } {
  if (!(epsM > 0)) throw new Error('collapseSpikes: epsM must be > 0');
  let current = features.slice();
  let total = 0;
  for (let pass = 0; pass < 5; pass++) {
    const move = new Map<string, Position>();
    const targets = new Set<string>();
    for (const f of current) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polys.flat()) {
        const open = ring.slice(0, -1);
        open.forEach((b, i) => {
          const a = open[(i - 1 + open.length) % open.length] as Position;
          const c = open[(i + 1) % open.length] as Position;
          const kb = key(b);
          if (move.has(kb) || targets.has(kb)) return;
          const to = pointSegmentDistanceM(c, a, b) <= epsM ? c : pointSegmentDistanceM(a, b, c) <= epsM ? a : null;
          if (to === null || key(to) === kb || move.has(key(to))) return;
          move.set(kb, to);
          targets.add(key(to));
        });
      }
    }
    if (move.size === 0) break;
    total += move.size;
    current = current.map((f) => {
      const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
        .map((poly) => poly.map((ring) => {
          const clean = cleanOpenRing(ring.slice(0, -1).map((p) => move.get(key(p)) ?? p));
          return [...clean, clean[0] as Position];
        }).filter((ring, ri) => ri > 0 ? ring.length >= 4 : true))
        .filter((poly) => (poly[0]?.length ?? 0) >= 4);
      const firstPoly = polys[0];
      if (firstPoly === undefined) throw new Error(`collapseSpikes: ${f.id} collapsed`);
      const geometry: Polygon | MultiPolygon = f.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: firstPoly }
        : { type: 'MultiPolygon', coordinates: polys };
      return { ...f, geometry };
    });
  }
  return { features: current, moved: total };
}
