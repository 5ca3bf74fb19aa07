/**
 * Geometry checks used by the geodata build and its tests: ring validity (closure, length, duplicate
 * vertices, self-intersection via `turf.kinks`) and a global segment-conflict search over a set of lines
 * (e.g. all arcs of a topology), which proves that simplified neighbours neither cross nor overlap.
 */
import Flatbush from 'flatbush';
import { kinks, polygon } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

/** Rings of a Polygon or MultiPolygon, in order; an empty list for any other geometry type. */
export function polygonRings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** Same position (exact comparison of longitude and latitude). */
export function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * Problems of one linear ring, as readable strings (empty when valid): fewer than 4 positions, not closed,
 * duplicate consecutive positions, self-intersections (reported by `turf.kinks`).
 */
export function ringProblems(ring: Position[]): string[] {
  if (ring.length < 4) return [`ring has ${ring.length} positions (< 4)`];
  const problems: string[] = [];
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (!samePosition(first, last)) problems.push('ring not closed');
  for (let i = 1; i < ring.length; i++) {
    if (samePosition(ring[i] as Position, ring[i - 1] as Position)) {
      problems.push(`duplicate consecutive position at ${i}`);
      break;
    }
  }
  if (problems.length > 0) return problems;
  const found = kinks(polygon([ring])).features.length;
  if (found > 0) problems.push(`${found} self-intersection(s)`);
  return problems;
}

/** Problems of every ring of a (Multi)Polygon, prefixed with the ring's index. */
export function geometryProblems(geometry: Geometry): string[] {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [`not a polygon: ${geometry.type}`];
  return polygonRings(geometry).flatMap((ring, i) => ringProblems(ring).map((p) => `ring ${i}: ${p}`));
}

/** A pair of segments that cross, touch in the interior of one of them, or overlap collinearly. */
export interface SegmentConflict {
  /** Index of the first line and of the segment (its start vertex) in it. */
  a: [number, number];
  /** Index of the second line and of the segment in it. */
  b: [number, number];
  kind: 'cross' | 'touch' | 'overlap';
  /** A position near the conflict, for messages. */
  at: Position;
}

function orient(a: Position, b: Position, c: Position): number {
  const v = ((b[0] as number) - (a[0] as number)) * ((c[1] as number) - (a[1] as number))
    - ((b[1] as number) - (a[1] as number)) * ((c[0] as number) - (a[0] as number));
  return Math.sign(v);
}

function onSegment(p: Position, a: Position, b: Position): boolean {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  return px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by);
}

/** Classifies two segments; `null` when they are disjoint or only share an endpoint. */
export function segmentConflict(p1: Position, p2: Position, q1: Position, q2: Position): SegmentConflict['kind'] | null {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  if (d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0) {
    const overlaps = [p1, p2].some((p) => onSegment(p, q1, q2) && !samePosition(p, q1) && !samePosition(p, q2))
      || [q1, q2].some((q) => onSegment(q, p1, p2) && !samePosition(q, p1) && !samePosition(q, p2))
      || ((samePosition(p1, q1) && samePosition(p2, q2)) || (samePosition(p1, q2) && samePosition(p2, q1)));
    return overlaps ? 'overlap' : null;
  }
  if (d1 * d2 < 0 && d3 * d4 < 0) return 'cross';
  const touches: [number, Position, Position, Position][] = [[d1, p1, q1, q2], [d2, p2, q1, q2], [d3, q1, p1, p2], [d4, q2, p1, p2]];
  for (const [d, p, a, b] of touches) {
    if (d === 0 && onSegment(p, a, b) && !samePosition(p, a) && !samePosition(p, b)) return 'touch';
  }
  return null;
}

/**
 * Finds conflicting segment pairs among `lines` (each a list of positions). Any two segments may share an
 * endpoint (consecutive segments, ring closure, junctions of arcs); everything else that meets is a conflict:
 * a proper crossing, an endpoint touching the interior of another segment, or a collinear overlap.
 */
export function findSegmentConflicts(lines: readonly Position[][]): SegmentConflict[] {
  const segs: [number, number][] = [];
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as Position[];
    for (let s = 0; s + 1 < line.length; s++) segs.push([l, s]);
  }
  if (segs.length === 0) return [];
  const index = new Flatbush(segs.length);
  const ends = (seg: [number, number]): [Position, Position] => {
    const line = lines[seg[0]] as Position[];
    return [line[seg[1]] as Position, line[seg[1] + 1] as Position];
  };
  for (const seg of segs) {
    const [a, b] = ends(seg);
    index.add(Math.min(a[0] as number, b[0] as number), Math.min(a[1] as number, b[1] as number),
      Math.max(a[0] as number, b[0] as number), Math.max(a[1] as number, b[1] as number));
  }
  index.finish();
  const conflicts: SegmentConflict[] = [];
  segs.forEach((seg, i) => {
    const [p1, p2] = ends(seg);
    const hits = index.search(Math.min(p1[0] as number, p2[0] as number), Math.min(p1[1] as number, p2[1] as number),
      Math.max(p1[0] as number, p2[0] as number), Math.max(p1[1] as number, p2[1] as number));
    for (const j of hits) {
      if (j <= i) continue;
      const other = segs[j] as [number, number];
      const [q1, q2] = ends(other);
      const kind = segmentConflict(p1, p2, q1, q2);
      if (kind === null) continue;
      conflicts.push({ a: seg, b: other, kind, at: p1 });
    }
  });
  return conflicts;
}
