/**
 * Area of a polygon part inside a county without building the intersection polygon.
 *
 * `turf.area` sums, per ring, R²/2 · Σ (λ[i+1] − λ[i−1]) · sin φ[i] (radians), which on a closed ring is
 * the edge sum R²/2 · Σ (λ[i+1] − λ[i]) · (sin φ[i] + sin φ[i+1]): for a counter-clockwise ring it is minus
 * the ring's area, so `turf.area(P)` = −R²/2 · (edge sum over ∂P, outer rings counter-clockwise, holes
 * clockwise). The boundary of A ∩ B (A the part, B the county, both oriented so, each ring by its own
 * signed area) is made of
 * - the pieces of ∂A inside B,
 * - the pieces of ∂B inside A,
 * - the pieces where ∂A runs along ∂B in the same direction (counted once; opposite directions: none),
 * so the same edge sum over these pieces is `turf.area(turf.intersect(A, B))`, once pieces are measured
 * as `turf.intersect` outputs them: its rings drop every vertex where the outline goes straight on, and
 * the edge term is not additive when a straight piece is cut in two (sin φ is not linear in φ), so runs
 * of collinear pieces are merged before they are summed.
 *
 * Contacts between the two outlines are classified exactly (robust `orient2d`): a proper crossing gets
 * one computed point shared by both edges, a touch or a collinear overlap cuts at the existing vertex.
 * Pieces are then classified by a point-in-polygon test of their midpoint (pieces along the other outline
 * by the overlap records, never by a midpoint test). Whether the outline goes straight on is decided on
 * the input edges the pieces lie on, i.e. as polyclip-ts would decide in exact arithmetic. polyclip-ts
 * itself tests its decimal coordinates (the shortest decimal of each double, crossings rounded to 20
 * places), so it keeps a straight-through vertex next to a crossing whose decimal does not terminate,
 * and sees a vertex on an edge where the doubles are not: there the two differ by turf.area's curvature
 * term, seen up to ~4e-5 of the overlap. Where polyclip's decimals are exact (vertices and crossings
 * short binary fractions, as in the unit test's lattice cells) the two agree to rounding (checked to 1e-9),
 * and on the committed geodata too.
 *
 * Cases whose answer would depend on how polyclip-ts chains rings are declined (null), and the caller
 * falls back to `turf.intersect`: a piece along two edges of the other outline (overlapping edges), a
 * midpoint that rounds onto the other outline, a vertex where the outline passes more than once with a
 * straight continuation, pieces that do not close into rings, a degenerate (zero-area) ring, an outline
 * that crosses itself or runs along itself (simple.ts; checked once per county, per call for the part).
 * Beyond that, input polygons are expected to be valid (holes inside their outer ring, parts of a
 * MultiPolygon not overlapping), as `turf.intersect` expects.
 */
import type Flatbush from 'flatbush';
import type { Position } from 'geojson';
import { orient2d } from 'robust-predicates';
import { buildBands, locateInBands, type EdgeArrays, type EdgeBands, type Where } from './bands';
import { EARTH_RADIUS_M } from './geodesic';
import { crossesItself } from './simple';

/** The county as prepared by geometry.ts: its edges with their rings, optional edge index. */
export interface OutlineEdges extends EdgeArrays {
  /** Ring of each edge (numbered across all parts). */
  edgeRing: Int32Array;
  /** Per ring: true for a part's outer ring, false for a hole. */
  ringOuter: readonly boolean[];
  edgeIndex: Flatbush | null;
}

/** Locates a point against the county: 0 outside, 1 on the outline, 2 interior. */
export type Locate = (x: number, y: number) => Where;

/** turf's `earthRadius` (m) squared over 2, as in `turf.area`. */
const FACTOR = (EARTH_RADIUS_M * EARTH_RADIUS_M) / 2;
const RAD = Math.PI / 180;

/** A cut of an edge: its parameter along the edge (for ordering) and its exact point. */
interface Cut { t: number; x: number; y: number }
/** A stretch [lo, hi] of an edge that runs along the other outline, and whether in the same direction. */
interface Along { lo: number; hi: number; same: boolean }
/** Cuts and overlap stretches of one edge. */
interface EdgeContacts { cuts: Cut[]; along: Along[] }

/** Oriented edges of one polygon: outer rings counter-clockwise, holes clockwise. */
interface Oriented { x0: number[]; y0: number[]; x1: number[]; y1: number[] }

/**
 * Orientation per county edge (same order as geometry.ts's edge arrays): 1 as given, −1 reversed,
 * 0 on a degenerate ring or a zero-length edge; null when the outline crosses itself. Counties are
 * prepared once, so this is cached.
 */
const flipCache = new WeakMap<OutlineEdges, Int8Array | null>();

/** Twice the signed area (counter-clockwise positive) of a ring, relative to its first vertex. */
function ringSign(ring: Position[]): number {
  const first = ring[0];
  if (!first) return 0;
  const x0 = first[0] as number, y0 = first[1] as number;
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position, b = ring[i + 1] as Position;
    s += ((a[0] as number) - x0) * ((b[1] as number) - y0) - ((b[0] as number) - x0) * ((a[1] as number) - y0);
  }
  return Math.sign(s);
}

/** +1 when a ring (outer when `index` is 0, else a hole) already has the wanted orientation, −1 if not, 0 if flat. */
function ringFlip(ring: Position[], index: number): number {
  return ringSign(ring) * (index === 0 ? 1 : -1);
}

/**
 * Per county edge: +1 when its ring already has the orientation the edge sum wants (outer rings
 * counter-clockwise, holes clockwise), −1 when not, 0 for a flat ring or a zero-length edge; null when the
 * outline crosses itself. Read from the edges and their ring numbers alone.
 */
function countyFlips(poly: OutlineEdges): Int8Array | null {
  const hit = flipCache.get(poly);
  if (hit !== undefined) return hit;
  if (crossesItself({ x0: poly.ex0, y0: poly.ey0, x1: poly.ex1, y1: poly.ey1 }, poly.edgeIndex)) {
    flipCache.set(poly, null);
    return null;
  }
  const { ex0, ey0, ex1, ey1, edgeRing, ringOuter } = poly;
  // Twice each ring's signed area (counter-clockwise positive), relative to the ring's first vertex.
  const area = new Float64Array(ringOuter.length);
  const origin = new Map<number, [number, number]>();
  for (let e = 0; e < ex0.length; e++) {
    const r = edgeRing[e] as number;
    let o = origin.get(r);
    if (!o) { o = [ex0[e] as number, ey0[e] as number]; origin.set(r, o); }
    const ax = (ex0[e] as number) - o[0], ay = (ey0[e] as number) - o[1];
    const bx = (ex1[e] as number) - o[0], by = (ey1[e] as number) - o[1];
    area[r] = (area[r] as number) + ax * by - bx * ay;
  }
  const flips = new Int8Array(ex0.length);
  for (let e = 0; e < ex0.length; e++) {
    const r = edgeRing[e] as number;
    const zero = ex0[e] === ex1[e] && ey0[e] === ey1[e];
    flips[e] = zero ? 0 : Math.sign(area[r] as number) * (ringOuter[r] ? 1 : -1);
  }
  flipCache.set(poly, flips);
  return flips;
}

/** The part's edges, oriented; null when a ring is degenerate. Zero-length edges are left out. */
function orientPart(rings: Position[][]): Oriented | null {
  const out: Oriented = { x0: [], y0: [], x1: [], y1: [] };
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r] as Position[];
    const f = ringFlip(ring, r);
    if (f === 0) return null;
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = (f > 0 ? ring[i] : ring[i + 1]) as Position, b = (f > 0 ? ring[i + 1] : ring[i]) as Position;
      if (a[0] === b[0] && a[1] === b[1]) continue;
      out.x0.push(a[0] as number); out.y0.push(a[1] as number); out.x1.push(b[0] as number); out.y1.push(b[1] as number);
    }
  }
  return out;
}

/** Parameter of point (x, y) projected on segment P→Q (0 at P, 1 at Q exactly). */
function param(px: number, py: number, qx: number, qy: number, x: number, y: number): number {
  const rx = qx - px, ry = qy - py;
  return ((x - px) * rx + (y - py) * ry) / (rx * rx + ry * ry);
}

/** Records a cut of segment P→Q at (x, y) unless it is an end point. */
function cutAt(c: EdgeContacts, px: number, py: number, qx: number, qy: number, x: number, y: number): void {
  if ((x === px && y === py) || (x === qx && y === qy)) return;
  c.cuts.push({ t: param(px, py, qx, qy, x, y), x, y });
}

/** The contacts of part edge P→Q with county edge F0→F1 (county direction `flip`), added to both records. */
function contact(
  px: number, py: number, qx: number, qy: number, fx0: number, fy0: number, fx1: number, fy1: number,
  flip: number, a: EdgeContacts, b: EdgeContacts,
): void {
  const o1 = orient2d(px, py, qx, qy, fx0, fy0), o2 = orient2d(px, py, qx, qy, fx1, fy1);
  if ((o1 > 0 && o2 > 0) || (o1 < 0 && o2 < 0)) return;
  const o3 = orient2d(fx0, fy0, fx1, fy1, px, py), o4 = orient2d(fx0, fy0, fx1, fy1, qx, qy);
  if ((o3 > 0 && o4 > 0) || (o3 < 0 && o4 < 0)) return;
  if (o1 === 0 && o2 === 0) {
    // Collinear: the overlap (if any) runs between two of the four end points.
    const t0 = param(px, py, qx, qy, fx0, fy0), t1 = param(px, py, qx, qy, fx1, fy1);
    const [lo, lx, ly] = t0 < t1 ? [t0, fx0, fy0] : [t1, fx1, fy1];
    const [hi, hx, hy] = t0 < t1 ? [t1, fx1, fy1] : [t0, fx0, fy0];
    const sx = lo > 0 ? lx : px, sy = lo > 0 ? ly : py, ex = hi < 1 ? hx : qx, ey = hi < 1 ? hy : qy;
    if (Math.min(hi, 1) <= Math.max(lo, 0)) return;
    cutAt(a, px, py, qx, qy, sx, sy);
    cutAt(a, px, py, qx, qy, ex, ey);
    cutAt(b, fx0, fy0, fx1, fy1, sx, sy);
    cutAt(b, fx0, fy0, fx1, fy1, ex, ey);
    const same = ((qx - px) * (fx1 - fx0) + (qy - py) * (fy1 - fy0)) * flip > 0;
    a.along.push({ lo: param(px, py, qx, qy, sx, sy), hi: param(px, py, qx, qy, ex, ey), same });
    const u0 = param(fx0, fy0, fx1, fy1, sx, sy), u1 = param(fx0, fy0, fx1, fy1, ex, ey);
    b.along.push({ lo: Math.min(u0, u1), hi: Math.max(u0, u1), same });
    return;
  }
  if (o1 === 0) cutAt(a, px, py, qx, qy, fx0, fy0);
  if (o2 === 0) cutAt(a, px, py, qx, qy, fx1, fy1);
  if (o3 === 0) cutAt(b, fx0, fy0, fx1, fy1, px, py);
  if (o4 === 0) cutAt(b, fx0, fy0, fx1, fy1, qx, qy);
  if (o1 === 0 || o2 === 0 || o3 === 0 || o4 === 0) return;
  // Proper crossing: one point, shared by both edges so their pieces meet exactly.
  const rx = qx - px, ry = qy - py, sx = fx1 - fx0, sy = fy1 - fy0;
  const t = ((fx0 - px) * sy - (fy0 - py) * sx) / (rx * sy - ry * sx);
  const x = px + t * rx, y = py + t * ry;
  cutAt(a, px, py, qx, qy, x, y);
  cutAt(b, fx0, fy0, fx1, fy1, x, y);
}

/**
 * Directed pieces of the intersection's outline, as flat coordinate lists, each with the (oriented)
 * input edge it lies on: collinearity is decided on the input vertices, never on computed crossings.
 */
interface Pieces { x0: number[]; y0: number[]; x1: number[]; y1: number[]; src: number[] }

/**
 * Splits segment P→Q at its cuts and keeps the pieces `keep` accepts (given the piece's midpoint and
 * the overlap stretches covering it); `keep` returns 'in', 'out' or 'fail'. Pieces are added in the
 * direction `dir` (1 as P→Q, −1 reversed). Returns false on 'fail'.
 */
function addPieces(
  px: number, py: number, qx: number, qy: number, c: EdgeContacts | undefined, dir: number, out: Pieces,
  keep: (mx: number, my: number, along: Along[]) => 'in' | 'out' | 'fail',
): boolean {
  const cuts = c ? c.cuts.sort((u, v) => u.t - v.t || u.x - v.x || u.y - v.y) : [];
  let ax = px, ay = py, ta = 0;
  for (let i = 0; i <= cuts.length; i++) {
    const cut = cuts[i];
    const bx = cut ? cut.x : qx, by = cut ? cut.y : qy, tb = cut ? cut.t : 1;
    if (bx === ax && by === ay) continue;
    const tm = (ta + tb) / 2;
    const along = c ? c.along.filter((s) => tm > s.lo && tm < s.hi) : [];
    const k = keep((ax + bx) / 2, (ay + by) / 2, along);
    if (k === 'fail') return false;
    if (k === 'in') {
      out.x0.push(dir > 0 ? ax : bx); out.y0.push(dir > 0 ? ay : by);
      out.x1.push(dir > 0 ? bx : ax); out.y1.push(dir > 0 ? by : ay);
      if (dir > 0) out.src.push(px, py, qx, qy); else out.src.push(qx, qy, px, py);
    }
    ax = bx; ay = by; ta = tb;
  }
  return true;
}

/** A part's oriented edges with their latitude bands (whose box is the part's box). */
interface PreparedPart { part: Oriented; edges: EdgeArrays; bands: EdgeBands }

/** Parts by their rings: a part straddling several counties is prepared once (null: degenerate, declined). */
const partCache = new WeakMap<Position[][], PreparedPart | null>();

function preparePart(rings: Position[][]): PreparedPart | null {
  const hit = partCache.get(rings);
  if (hit !== undefined) return hit;
  const part = orientPart(rings);
  let prepared: PreparedPart | null = null;
  if (part && part.x0.length > 0 && !crossesItself(part)) {
    const edges: EdgeArrays = {
      ex0: Float64Array.from(part.x0), ey0: Float64Array.from(part.y0), ex1: Float64Array.from(part.x1),
      ey1: Float64Array.from(part.y1), edgePart: new Int32Array(part.x0.length), partCount: 1,
    };
    prepared = { part, edges, bands: buildBands(edges) };
  }
  partCache.set(rings, prepared);
  return prepared;
}

/**
 * Area (km²) of the part (rings: outer ring then holes) inside the county, as
 * `turf.area(turf.intersect(county, part)) / 1e6` measures it; null when the case is degenerate (see
 * the module comment) and the caller should clip. `locate` is the county's point location.
 */
export function overlapKm2(rings: Position[][], poly: OutlineEdges, locate: Locate): number | null {
  const flips = countyFlips(poly);
  if (!flips) return null;
  const prepared = preparePart(rings);
  if (!prepared) return null;
  const { part, edges: partEdges, bands: partBands } = prepared;
  const n = part.x0.length;
  const { ex0, ey0, ex1, ey1 } = poly;
  const aContacts: EdgeContacts[] = [];
  const bContacts = new Map<number, EdgeContacts>();
  for (let i = 0; i < n; i++) {
    const px = part.x0[i] as number, py = part.y0[i] as number, qx = part.x1[i] as number, qy = part.y1[i] as number;
    const a: EdgeContacts = { cuts: [], along: [] };
    aContacts.push(a);
    for (const e of edgesInBox(poly, Math.min(px, qx), Math.min(py, qy), Math.max(px, qx), Math.max(py, qy))) {
      const flip = flips[e] as number;
      if (flip === 0) continue;
      let b = bContacts.get(e);
      if (!b) { b = { cuts: [], along: [] }; bContacts.set(e, b); }
      contact(px, py, qx, qy, ex0[e] as number, ey0[e] as number, ex1[e] as number, ey1[e] as number, flip, a, b);
    }
  }
  const pieces: Pieces = { x0: [], y0: [], x1: [], y1: [], src: [] };
  // Pieces of the part's outline inside the county, or along it in the same direction.
  for (let i = 0; i < n; i++) {
    const ok = addPieces(part.x0[i] as number, part.y0[i] as number, part.x1[i] as number, part.y1[i] as number,
      aContacts[i], 1, pieces, (mx, my, along) => {
        if (along.length > 1) return 'fail';
        if (along.length === 1) return along[0]?.same ? 'in' : 'out';
        const where = locate(mx, my);
        return where === 2 ? 'in' : where === 0 ? 'out' : 'fail';
      });
    if (!ok) return null;
  }
  // Pieces of the county's outline inside the part (those along the part's outline are counted above).
  for (const e of edgesInBox(poly, partBands.minX, partBands.minY, partBands.maxX, partBands.maxY)) {
    const flip = flips[e] as number;
    if (flip === 0) continue;
    const ok = addPieces(ex0[e] as number, ey0[e] as number, ex1[e] as number, ey1[e] as number, bContacts.get(e),
      flip, pieces, (mx, my, along) => {
        if (along.length > 1) return 'fail';
        if (along.length === 1) return 'out';
        const where = locateInBands(mx, my, partEdges, partBands);
        return where === 2 ? 'in' : where === 0 ? 'out' : 'fail';
      });
    if (!ok) return null;
  }
  const sum = edgeSum(pieces, Math.sin((part.y0[0] as number) * RAD));
  return sum === null ? null : Math.max(0, -sum * FACTOR) / 1e6;
}

/** County edges whose box meets the closed box, ascending (same set and order with or without the index). */
function edgesInBox(poly: OutlineEdges, minX: number, minY: number, maxX: number, maxY: number): number[] {
  if (poly.edgeIndex) return poly.edgeIndex.search(minX, minY, maxX, maxY).sort((a, b) => a - b);
  const out: number[] = [];
  const { ex0, ey0, ex1, ey1 } = poly;
  for (let e = 0; e < ex0.length; e++) {
    const x0 = ex0[e] as number, x1 = ex1[e] as number, y0 = ey0[e] as number, y1 = ey1[e] as number;
    if (Math.min(x0, x1) <= maxX && Math.max(x0, x1) >= minX && Math.min(y0, y1) <= maxY && Math.max(y0, y1) >= minY) out.push(e);
  }
  return out;
}

/**
 * The edge sum Σ (λ1 − λ0)(sin φ0 + sin φ1 − 2 sin φref) over the pieces, with runs of collinear pieces
 * merged as `turf.intersect` merges them; null when the pieces do not close into rings or a vertex is
 * ambiguous. The reference term adds nothing over closed rings; it only keeps the terms small.
 */
function edgeSum(p: Pieces, sinRef: number): number | null {
  const m = p.x0.length;
  const ids = new Map<string, number>();
  const outs: number[][] = [], ins: number[][] = [];
  const vertex = (x: number, y: number): number => {
    const key = `${x},${y}`;
    let v = ids.get(key);
    if (v === undefined) { v = outs.length; ids.set(key, v); outs.push([]); ins.push([]); }
    return v;
  };
  const start: number[] = [], end: number[] = [];
  for (let i = 0; i < m; i++) {
    const a = vertex(p.x0[i] as number, p.y0[i] as number), b = vertex(p.x1[i] as number, p.y1[i] as number);
    start.push(a); end.push(b);
    (outs[a] as number[]).push(i); (ins[b] as number[]).push(i);
  }
  // A vertex is dropped when the outline goes straight on through it: 1 when piece j continues piece i
  // straight on, −1 when it turns back along the same line, 0 otherwise. Exact on the input edges.
  const s = p.src;
  const straight = (i: number, j: number): number => {
    const ax = s[4 * i] as number, ay = s[4 * i + 1] as number, bx = s[4 * i + 2] as number, by = s[4 * i + 3] as number;
    const cx = s[4 * j] as number, cy = s[4 * j + 1] as number, dx = s[4 * j + 2] as number, dy = s[4 * j + 3] as number;
    if (orient2d(ax, ay, bx, by, cx, cy) !== 0 || orient2d(ax, ay, bx, by, dx, dy) !== 0) return 0;
    return (bx - ax) * (dx - cx) + (by - ay) * (dy - cy) > 0 ? 1 : -1;
  };
  const merged = new Uint8Array(outs.length);
  for (let v = 0; v < outs.length; v++) {
    const o = outs[v] as number[], n = ins[v] as number[];
    if (o.length !== n.length) return null;
    if (o.length === 1) {
      const st = straight(n[0] as number, o[0] as number);
      if (st < 0) return null;
      merged[v] = st;
      continue;
    }
    for (const i of n) for (const j of o) if (straight(i, j) !== 0) return null;
  }
  const sinOf = (y: number): number => Math.sin(y * RAD) - sinRef;
  let sum = 0, visited = 0;
  for (let i = 0; i < m; i++) {
    if (merged[start[i] as number] === 1) continue;
    let j = i;
    visited++;
    while (merged[end[j] as number] === 1) {
      j = (outs[end[j] as number] as number[])[0] as number;
      visited++;
      if (visited > m) return null;
    }
    const x0 = p.x0[i] as number, y0 = p.y0[i] as number, x1 = p.x1[j] as number, y1 = p.y1[j] as number;
    sum += (x1 - x0) * RAD * (sinOf(y0) + sinOf(y1));
  }
  return visited === m ? sum : null;
}
