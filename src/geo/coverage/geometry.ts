/**
 * Exact tests of one feature against one county polygon: point in polygon, length of a line inside the
 * polygon, area of a polygon inside the polygon.
 *
 * Line clipping follows the rule "split the line where it meets the county outline, keep the pieces whose
 * midpoint is inside": every segment is cut at its intersections with the outline's edges (edges found
 * through a per-county flatbush index, or by a plain loop for the naive reference), and each piece is
 * measured geodesically with `turf.distance` between its end points. The pieces of a segment therefore add
 * up to slightly more than the segment's own `turf.distance` (a segment straight in lon/lat is not a great
 * circle): ~1e-7 relative for segments of tens of km, so per-county km sum to the line's `turf.length`
 * within 1e-6. Splitting the length in proportion to the lon/lat parameter instead would be off by
 * 1e-5 to 1e-3 along slanted segments (the lon/lat scale changes with latitude). This is what
 * `turf.lineSplit(line, outline)` + midpoint test does, without its re-snapping of split points; a unit
 * test checks both agree. Pieces collinear with an outline edge
 * are "on the boundary" and count as inside (so as touching both neighbours).
 *
 * The indexed variant (what the app runs) answers the same questions with less work, never differently:
 * point location through horizontal edge bands (bands.ts, turf's own test on the few edges near the
 * point's latitude), segments far from the outline recognised in constant time by an edge grid (grid.ts),
 * and geodesic lengths by geodesic.ts (turf.distance's arithmetic without its argument handling). The
 * naive variant keeps turf's `booleanPointInPolygon` and the plain loop over every edge; a property test
 * (coverage-index.test.ts) checks they agree on random polygons with points on vertices and edges.
 */
import Flatbush from 'flatbush';
import { area, bboxClip, booleanPointInPolygon, featureCollection, intersect, polygon as turfPolygon } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { buildBands, locateInBands, type EdgeArrays, type EdgeBands } from './bands';
import { distanceKm } from './geodesic';
import { buildEdgeGrid, gridClear, type EdgeGrid } from './grid';
import { overlapKm2 } from './overlap';
import { partsClass, type GeometryParts } from './parts';
import type { Contact, PartsRelation } from './types';

export { geometryParts, partsBBox, partsClass, type GeometryParts } from './parts';

/**
 * A county geometry prepared for repeated tests: outline edges as flat arrays (edge i goes from
 * (ex0[i], ey0[i]) to (ex1[i], ey1[i])) and, for the indexed variant, edge indexes.
 */
export interface PreparedPolygon extends EdgeArrays {
  feature: Feature<Polygon | MultiPolygon>;
  /** Ring of each edge (numbered across all parts). */
  edgeRing: Int32Array;
  /** Per ring: true for a part's outer ring, false for a hole. */
  ringOuter: readonly boolean[];
  bbox: [number, number, number, number];
  /** Flatbush over the edges' boxes; null for the naive (plain loop) variant. */
  edgeIndex: Flatbush | null;
  /** Edges by horizontal band, for point location; null for the naive variant (turf's test). */
  bands: EdgeBands | null;
  /** Which parts of the box no edge comes near (skips the edge index); null for the naive variant. */
  grid: EdgeGrid | null;
}

/** Relative tolerance under which an outside length / missing area is treated as zero. */
const REL_EPS = 1e-9;

/**
 * Prepares a county polygon. With `indexed` the outline edges go into a flatbush index so a segment
 * only meets the few edges near it; without, every edge is tested (the naive reference).
 * @throws when the geometry is not a Polygon or MultiPolygon.
 */
export function preparePolygon(feature: Feature<Geometry | null>, indexed: boolean): PreparedPolygon {
  const g = feature.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    throw new Error(`county ${String(feature.id)}: geometry is ${g ? g.type : 'null'}, expected (Multi)Polygon`);
  }
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const n = polygons.reduce((s, rings) => s + rings.reduce((t, r) => t + Math.max(0, r.length - 1), 0), 0);
  if (n === 0) throw new Error(`county ${String(feature.id)}: empty polygon`);
  const ex0 = new Float64Array(n), ey0 = new Float64Array(n), ex1 = new Float64Array(n), ey1 = new Float64Array(n);
  const edgePart = new Int32Array(n), edgeRing = new Int32Array(n);
  const ringOuter: boolean[] = [];
  let k = 0;
  polygons.forEach((rings, part) => {
    rings.forEach((ring, r) => {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as Position, b = ring[i + 1] as Position;
        ex0[k] = a[0] as number; ey0[k] = a[1] as number; ex1[k] = b[0] as number; ey1[k] = b[1] as number;
        edgePart[k] = part;
        edgeRing[k] = ringOuter.length;
        k++;
      }
      ringOuter.push(r === 0);
    });
  });
  const edges: EdgeArrays = { ex0, ey0, ex1, ey1, edgePart, partCount: polygons.length };
  let edgeIndex: Flatbush | null = null;
  if (indexed) {
    edgeIndex = new Flatbush(n);
    for (let i = 0; i < n; i++) {
      edgeIndex.add(
        Math.min(ex0[i] as number, ex1[i] as number), Math.min(ey0[i] as number, ey1[i] as number),
        Math.max(ex0[i] as number, ex1[i] as number), Math.max(ey0[i] as number, ey1[i] as number),
      );
    }
    edgeIndex.finish();
  }
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    bbox[0] = Math.min(bbox[0], ex0[i] as number);
    bbox[1] = Math.min(bbox[1], ey0[i] as number);
    bbox[2] = Math.max(bbox[2], ex0[i] as number);
    bbox[3] = Math.max(bbox[3], ey0[i] as number);
  }
  const bands = indexed ? buildBands(edges) : null;
  return {
    feature: { type: 'Feature', properties: {}, geometry: g }, bbox, ...edges, edgeRing, ringOuter, edgeIndex, bands,
    grid: bands ? buildEdgeGrid(edges, [bands.minX, bands.minY, bands.maxX, bands.maxY]) : null,
  };
}

const WHERE = ['out', 'boundary', 'in'] as const;

/**
 * Where a position is relative to the polygon: interior, outline, or outside. The indexed variant looks
 * at the edges of one band (bands.ts), the naive one asks `turf.booleanPointInPolygon`; same answers.
 */
export function locatePoint(p: Position, poly: PreparedPolygon): 'in' | 'boundary' | 'out' {
  return WHERE[locateXY(p[0] as number, p[1] as number, poly)];
}

/** {@link locatePoint} on plain numbers: 0 outside, 1 on the outline, 2 interior. */
function locateXY(x: number, y: number, poly: PreparedPolygon): 0 | 1 | 2 {
  if (poly.bands) return locateInBands(x, y, poly, poly.bands);
  const p = [x, y];
  if (!booleanPointInPolygon(p, poly.feature)) return 0;
  return booleanPointInPolygon(p, poly.feature, { ignoreBoundary: true }) ? 2 : 1;
}

/** Cut parameters of segment P→Q against one edge; collinear overlaps are pushed to `collinear`. */
function cutSegment(
  px: number, py: number, qx: number, qy: number,
  ax: number, ay: number, bx: number, by: number,
  cuts: number[], collinear: [number, number][],
): void {
  const rx = qx - px, ry = qy - py, sx = bx - ax, sy = by - ay;
  const denom = rx * sy - ry * sx;
  const wx = ax - px, wy = ay - py;
  if (denom !== 0) {
    const t = (wx * sy - wy * sx) / denom;
    const u = (wx * ry - wy * rx) / denom;
    if (t > 0 && t < 1 && u >= 0 && u <= 1) cuts.push(t);
    return;
  }
  if (wx * ry - wy * rx !== 0) return; // parallel, not collinear
  const rr = rx * rx + ry * ry;
  const ta = (wx * rx + wy * ry) / rr;
  const tb = ((bx - px) * rx + (by - py) * ry) / rr;
  const lo = Math.max(0, Math.min(ta, tb)), hi = Math.min(1, Math.max(ta, tb));
  if (hi <= lo) return;
  if (lo > 0) cuts.push(lo);
  if (hi < 1) cuts.push(hi);
  collinear.push([lo, hi]);
}

/** Length of one line inside the polygon (km), and the part of it running along the outline. */
export function lineInside(
  line: Position[], poly: PreparedPolygon,
): { insideKm: number; boundaryKm: number; totalKm: number } {
  let insideKm = 0, boundaryKm = 0, totalKm = 0;
  for (let s = 0; s + 1 < line.length; s++) {
    const p = line[s] as Position, q = line[s + 1] as Position;
    const px = p[0] as number, py = p[1] as number, qx = q[0] as number, qy = q[1] as number;
    if (px === qx && py === qy) continue;
    if (poly.bands && !segmentMeetsBox(px, py, qx, qy, poly.bands)) {
      // Indexed shortcut: a segment whose box misses the county's box meets no edge and lies outside.
      totalKm += distanceKm(px, py, qx, qy);
      continue;
    }
    if (poly.grid && gridClear(poly.grid, Math.min(px, qx), Math.min(py, qy), Math.max(px, qx), Math.max(py, qy))) {
      // No edge box near the segment: the edge index would return nothing, so the segment is one piece.
      const km = distanceKm(px, py, qx, qy);
      totalKm += km;
      const where = locateXY(px + 0.5 * (qx - px), py + 0.5 * (qy - py), poly);
      if (where === 0) continue;
      insideKm += km;
      if (where === 1) boundaryKm += km;
      continue;
    }
    const cuts: number[] = [0, 1];
    const collinear: [number, number][] = [];
    const edges = poly.edgeIndex
      ? poly.edgeIndex.search(Math.min(px, qx), Math.min(py, qy), Math.max(px, qx), Math.max(py, qy))
      : null;
    const count = edges ? edges.length : poly.ex0.length;
    for (let j = 0; j < count; j++) {
      const e = edges ? (edges[j] as number) : j;
      cutSegment(px, py, qx, qy, poly.ex0[e] as number, poly.ey0[e] as number, poly.ex1[e] as number,
        poly.ey1[e] as number, cuts, collinear);
    }
    cuts.sort((a, b) => a - b);
    // The segment's whole length counts once; pieces only split it into outside / inside / along the outline.
    // A segment whose pieces all fall one way counts its whole length there, so a cut that rounding alone
    // produced (the plain loop finds one where the indexes rightly skip the edge) changes no sum.
    const segKm = distanceKm(px, py, qx, qy);
    totalKm += segKm;
    let segIn = 0, segAlong = 0, anyOut = false, anyInterior = false;
    for (let i = 0; i + 1 < cuts.length; i++) {
      const t0 = cuts[i] as number, t1 = cuts[i + 1] as number;
      if (t1 <= t0) continue;
      const ax = t0 === 0 ? px : px + t0 * (qx - px), ay = t0 === 0 ? py : py + t0 * (qy - py);
      const bx = t1 === 1 ? qx : px + t1 * (qx - px), by = t1 === 1 ? qy : py + t1 * (qy - py);
      const km = distanceKm(ax, ay, bx, by);
      const tm = (t0 + t1) / 2;
      const along = collinear.length > 0 && collinear.some(([lo, hi]) => tm > lo && tm < hi);
      const where = along ? 1 : locateXY(px + tm * (qx - px), py + tm * (qy - py), poly);
      if (where === 0) { anyOut = true; continue; }
      segIn += km;
      if (where === 1) segAlong += km; else anyInterior = true;
    }
    if (!anyOut && segIn > 0) {
      insideKm += segKm;
      boundaryKm += anyInterior ? segAlong : segKm;
    } else {
      insideKm += segIn;
      boundaryKm += segAlong;
    }
  }
  return { insideKm, boundaryKm, totalKm };
}

/** Whether segment P→Q meets edge A→B at all (closed segments: crossing, touching, collinear overlap). */
function segmentsMeet(
  px: number, py: number, qx: number, qy: number, ax: number, ay: number, bx: number, by: number,
): boolean {
  const rx = qx - px, ry = qy - py, sx = bx - ax, sy = by - ay;
  const denom = rx * sy - ry * sx;
  const wx = ax - px, wy = ay - py;
  if (denom !== 0) {
    const t = (wx * sy - wy * sx) / denom;
    const u = (wx * ry - wy * rx) / denom;
    return t >= 0 && t <= 1 && u >= 0 && u <= 1;
  }
  if (wx * ry - wy * rx !== 0) return false;
  const rr = rx * rx + ry * ry;
  if (rr === 0) return px === ax && py === ay;
  const ta = (wx * rx + wy * ry) / rr;
  const tb = ((bx - px) * rx + (by - py) * ry) / rr;
  return Math.max(ta, tb) >= 0 && Math.min(ta, tb) <= 1;
}

/** Whether any edge of the rings meets any outline edge of the county. */
function outlinesMeet(rings: Position[][], poly: PreparedPolygon): boolean {
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const p = ring[i] as Position, q = ring[i + 1] as Position;
      const px = p[0] as number, py = p[1] as number, qx = q[0] as number, qy = q[1] as number;
      const edges = poly.edgeIndex
        ? poly.edgeIndex.search(Math.min(px, qx), Math.min(py, qy), Math.max(px, qx), Math.max(py, qy))
        : null;
      const count = edges ? edges.length : poly.ex0.length;
      for (let j = 0; j < count; j++) {
        const e = edges ? (edges[j] as number) : j;
        if (segmentsMeet(px, py, qx, qy, poly.ex0[e] as number, poly.ey0[e] as number, poly.ex1[e] as number,
          poly.ey1[e] as number)) return true;
      }
    }
  }
  return false;
}

/**
 * Geodesic area (km²) of one polygon part inside the county, and the part's own area. When the outlines
 * do not meet and no county ring lies inside the part, the answer is topological (the part is wholly
 * inside, or disjoint). Otherwise the overlap is `turf.area(turf.intersect(county, part))`, computed
 * without building the intersection by overlap.ts's boundary sum; the few degenerate cases it declines
 * (overlapping edges, ambiguous vertices, invalid rings) are clipped with `turf.intersect`.
 */
export function polygonInside(rings: Position[][], poly: PreparedPolygon): { insideKm2: number; totalKm2: number } {
  const part = turfPolygon(rings);
  const totalKm2 = area(part) / 1e6;
  if (!outlinesMeet(rings, poly)) {
    // No edge contact: either the part is inside the county, or outside it, unless a county ring
    // (an outer ring or a hole) lies inside the part; only then is clipping needed.
    const countyRingInPart = poly.ex0.length > 0 && ringStarts(poly).some((p) => booleanPointInPolygon(p, part));
    if (!countyRingInPart) {
      const first = rings[0]?.[0];
      const inside = first !== undefined && locatePoint(first, poly) === 'in';
      return { insideKm2: inside ? totalKm2 : 0, totalKm2 };
    }
  }
  const km2 = overlapKm2(rings, poly, (x, y) => locateXY(x, y, poly));
  return { insideKm2: km2 ?? clippedKm2(rings, part, poly), totalKm2 };
}

/** `turf.area(turf.intersect(county, part))` in km², the fallback of {@link polygonInside}. */
function clippedKm2(rings: Position[][], part: Feature<Polygon>, poly: PreparedPolygon): number {
  // Clip the county to the part's box (slightly enlarged, so Sutherland–Hodgman's zero-width edges along
  // the box stay outside the part) before the exact intersection: same area, a fraction of the vertices.
  const [minX, minY, maxX, maxY] = ringsBox(rings);
  const pad = 1e-6;
  const clipped = bboxClip(poly.feature, [minX - pad, minY - pad, maxX + pad, maxY + pad]) as Feature<Polygon | MultiPolygon>;
  const pieces = clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
  const kept = pieces.filter((rings) => rings.length > 0);
  if (kept.length === 0) return 0;
  const county: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: kept } };
  const overlap = intersect(featureCollection<Polygon | MultiPolygon>([county, part]));
  return overlap ? area(overlap) / 1e6 : 0;
}

function ringsBox(rings: Position[][]): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of rings[0] ?? []) {
    minX = Math.min(minX, p[0] as number); minY = Math.min(minY, p[1] as number);
    maxX = Math.max(maxX, p[0] as number); maxY = Math.max(maxY, p[1] as number);
  }
  return [minX, minY, maxX, maxY];
}

/** First vertex of every ring of the county. */
function ringStarts(poly: PreparedPolygon): Position[] {
  const g = poly.feature.geometry;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  return rings.map((r) => r[0]).filter((p): p is Position => p !== undefined);
}

/** Whether the box of segment P→Q meets the box of every edge end (closed). */
function segmentMeetsBox(px: number, py: number, qx: number, qy: number, box: EdgeBands): boolean {
  return Math.min(px, qx) <= box.maxX && Math.max(px, qx) >= box.minX
    && Math.min(py, qy) <= box.maxY && Math.max(py, qy) >= box.minY;
}

/** Whether two boxes intersect (closed). */
export function boxesMeet(a: readonly number[], b: readonly number[]): boolean {
  return (a[0] as number) <= (b[2] as number) && (b[0] as number) <= (a[2] as number)
    && (a[1] as number) <= (b[3] as number) && (b[1] as number) <= (a[3] as number);
}

/**
 * Relates the parts of one feature to one prepared county with the rules of {@link Contact}.
 * Returns null when they do not meet (or meet with zero length / area only).
 */
export function relateParts(parts: GeometryParts, poly: PreparedPolygon): PartsRelation | null {
  const cls = partsClass(parts);
  if (!cls) return null;
  let pointsIn = 0, pointsOnBoundary = 0;
  for (const p of parts.points) {
    const where = locatePoint(p, poly);
    if (where === 'in') pointsIn++;
    else if (where === 'boundary') pointsOnBoundary++;
  }
  let lengthKm = 0, boundaryLengthKm = 0, lineTotal = 0;
  for (const line of parts.lines) {
    const r = lineInside(line, poly);
    lengthKm += r.insideKm;
    boundaryLengthKm += r.boundaryKm;
    lineTotal += r.totalKm;
  }
  let areaKm2 = 0, areaTotal = 0;
  for (const rings of parts.polygons) {
    const r = polygonInside(rings, poly);
    areaKm2 += r.insideKm2;
    areaTotal += r.totalKm2;
  }
  const points = pointsIn + pointsOnBoundary;
  const hasLength = lengthKm > lineTotal * REL_EPS && lengthKm > 0;
  const hasArea = areaKm2 > areaTotal * REL_EPS && areaKm2 > 0;
  if (points === 0 && !hasLength && !hasArea) return null;
  const interiorLength = lengthKm - boundaryLengthKm > lineTotal * REL_EPS;
  const anyInterior = pointsIn > 0 || interiorLength || hasArea;
  const allIn = points === parts.points.length
    && lineTotal - lengthKm <= lineTotal * REL_EPS
    && areaTotal - areaKm2 <= areaTotal * REL_EPS;
  const contact: Contact = !anyInterior ? 'boundary' : allIn ? 'inside' : 'partial';
  return {
    geometry: cls,
    contact,
    onBoundary: pointsOnBoundary > 0 || boundaryLengthKm > 0,
    lengthKm: hasLength ? lengthKm : 0,
    boundaryLengthKm: hasLength ? boundaryLengthKm : 0,
    areaKm2: hasArea ? areaKm2 : 0,
    points,
  };
}
