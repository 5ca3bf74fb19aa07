/**
 * Following the Natural Earth roads (public domain; generalised 1–3 km, no names or route numbers): a
 * named expressway is drawn along them only where a connected road path runs from near its first node
 * to near its last and passes near every node in between, so the match is checked, not assumed.
 */
import { distance } from '@turf/turf';
import type { FeatureCollection, Position } from 'geojson';

/** How close (km) the road must come to each node of the line for the route to count as matching. */
export const ROAD_MATCH_KM = 6;

const key = (p: Position): string => `${(p[0] as number).toFixed(4)},${(p[1] as number).toFixed(4)}`;
const km = (a: Position, b: Position): number => distance(a, b, { units: 'kilometers' });

interface Graph {
  points: Map<string, Position>;
  edges: Map<string, Map<string, number>>;
}

/** A graph of the road vertices; segments whose ends lie within `joinKm` are joined (tile cuts). */
export function roadGraph(roads: FeatureCollection | undefined, joinKm = 0.3): Graph {
  const points = new Map<string, Position>();
  const edges = new Map<string, Map<string, number>>();
  const canon = (p: Position): string => {
    for (const [k, q] of points) if (km(p, q) <= joinKm) return k;
    const k = key(p);
    points.set(k, p);
    return k;
  };
  const link = (a: string, b: string): void => {
    if (a === b) return;
    const d = km(points.get(a) as Position, points.get(b) as Position);
    (edges.get(a) ?? edges.set(a, new Map()).get(a) as Map<string, number>).set(b, d);
    (edges.get(b) ?? edges.set(b, new Map()).get(b) as Map<string, number>).set(a, d);
  };
  for (const f of roads?.features ?? []) {
    const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [];
    for (const line of lines) {
      let prev: string | null = null;
      for (const p of line) {
        const k = canon(p);
        if (prev !== null) link(prev, k);
        prev = k;
      }
    }
  }
  return { points, edges };
}

function nearest(g: Graph, at: Position): { key: string; km: number } | null {
  let best: { key: string; km: number } | null = null;
  for (const [k, p] of g.points) {
    const d = km(at, p);
    if (!best || d < best.km) best = { key: k, km: d };
  }
  return best;
}

/** Shortest path (Dijkstra, few hundred vertices) between two vertices; null when not connected. */
function shortestPath(g: Graph, from: string, to: string): string[] | null {
  const dist = new Map<string, number>([[from, 0]]);
  const prev = new Map<string, string>();
  const open = new Set<string>([from]);
  while (open.size > 0) {
    let cur = '';
    let best = Number.POSITIVE_INFINITY;
    for (const k of open) {
      const d = dist.get(k) as number;
      if (d < best) { best = d; cur = k; }
    }
    open.delete(cur);
    if (cur === to) break;
    for (const [next, w] of g.edges.get(cur) ?? []) {
      const nd = best + w;
      if (nd < (dist.get(next) ?? Number.POSITIVE_INFINITY)) { dist.set(next, nd); prev.set(next, cur); open.add(next); }
    }
  }
  if (!dist.has(to)) return null;
  const path = [to];
  while (path[0] !== from) path.unshift(prev.get(path[0] as string) as string);
  return path;
}

/**
 * The road path between the first and last of `nodes` (positions), joined to them, when it passes within
 * {@link ROAD_MATCH_KM} of every node; otherwise null with the reason.
 */
export function alongRoads(g: Graph, nodes: readonly Position[]): { coords: Position[] } | { reason: string } {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || !last) return { reason: 'no nodes' };
  const a = nearest(g, first);
  const b = nearest(g, last);
  if (!a || !b || a.km > ROAD_MATCH_KM || b.km > ROAD_MATCH_KM) return { reason: `no Natural Earth road within ${ROAD_MATCH_KM} km of both ends` };
  const path = shortestPath(g, a.key, b.key);
  if (!path) return { reason: 'the roads near the two ends are not connected' };
  const coords = path.map((k) => g.points.get(k) as Position);
  for (const n of nodes) {
    const off = Math.min(...coords.map((c) => km(n, c)));
    if (off > ROAD_MATCH_KM) return { reason: `the road path passes ${off.toFixed(1)} km from a node (more than ${ROAD_MATCH_KM} km)` };
  }
  return { coords: [first, ...coords, last] };
}
