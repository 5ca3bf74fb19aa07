/**
 * Horizontal bands of a county's outline edges: exact point location that looks only at the edges near
 * the point's latitude instead of every edge of the outline.
 *
 * The test is the one `turf.booleanPointInPolygon` runs (point-in-polygon-hao: a crossing count with
 * robust `orient2d`, and exact "on the outline" detection), evaluated edge by edge with the same
 * arithmetic, so the answers are identical, not merely close. That test only ever looks at an edge whose
 * y-range contains the point's y (`v1`, `v2` of opposite signs or zero; the sign of a difference of two
 * doubles is exact), so skipping every other edge changes nothing. Band numbers are computed with
 * `floor((y - minY) * scale)`, which is monotonic in y, so an edge whose y-range contains y is always
 * filed in the band of y.
 */
import { orient2d } from 'robust-predicates';

/** Edges of a polygon as flat arrays, with the polygon part (outer ring + holes) each edge belongs to. */
export interface EdgeArrays {
  /** Edge i goes from (ex0[i], ey0[i]) to (ex1[i], ey1[i]). */
  ex0: Float64Array;
  ey0: Float64Array;
  ex1: Float64Array;
  ey1: Float64Array;
  /** Index of the polygon part (of a MultiPolygon; 0 for a Polygon) of each edge. */
  edgePart: Int32Array;
  /** Number of polygon parts. */
  partCount: number;
}

/** The edges filed by horizontal band. */
export interface EdgeBands {
  minY: number;
  maxY: number;
  minX: number;
  maxX: number;
  /** Bands per degree of latitude. */
  scale: number;
  count: number;
  /** Edges of band b are `edges[offsets[b]] … edges[offsets[b + 1] - 1]`. */
  offsets: Int32Array;
  edges: Int32Array;
  /** Scratch per polygon part: crossings and "on the outline" flags (reused between calls). */
  crossings: Int32Array;
  onOutline: Uint8Array;
}

/** Where a point is: 0 outside, 1 on the outline, 2 in the interior. */
export type Where = 0 | 1 | 2;

function bandOf(bands: Pick<EdgeBands, 'minY' | 'scale' | 'count'>, y: number): number {
  const b = Math.floor((y - bands.minY) * bands.scale);
  return b < 0 ? 0 : b >= bands.count ? bands.count - 1 : b;
}

/**
 * Files every edge under each band its y-range overlaps. About one band per edge keeps the lists short
 * (an edge spans few bands; a band holds the few edges crossing it plus those starting in it).
 */
export function buildBands(edges: EdgeArrays): EdgeBands {
  const { ex0, ey0, ex1, ey1 } = edges;
  const n = ex0.length;
  let minY = Infinity, maxY = -Infinity, minX = Infinity, maxX = -Infinity;
  for (let i = 0; i < n; i++) {
    const y0 = ey0[i] as number, y1 = ey1[i] as number, x0 = ex0[i] as number, x1 = ex1[i] as number;
    if (y0 < minY) minY = y0;
    if (y1 < minY) minY = y1;
    if (y0 > maxY) maxY = y0;
    if (y1 > maxY) maxY = y1;
    if (x0 < minX) minX = x0;
    if (x1 < minX) minX = x1;
    if (x0 > maxX) maxX = x0;
    if (x1 > maxX) maxX = x1;
  }
  const count = Math.max(1, n);
  const height = maxY - minY;
  const scale = height > 0 ? count / height : 0;
  const shape = { minY, scale, count };
  const sizes = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) {
    const a = ey0[i] as number, b = ey1[i] as number;
    const lo = bandOf(shape, a < b ? a : b), hi = bandOf(shape, a < b ? b : a);
    for (let k = lo; k <= hi; k++) sizes[k + 1] = (sizes[k + 1] as number) + 1;
  }
  const offsets = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) offsets[k + 1] = (offsets[k] as number) + (sizes[k + 1] as number);
  const list = new Int32Array(offsets[count] as number);
  const fill = offsets.slice(0, count);
  for (let i = 0; i < n; i++) {
    const a = ey0[i] as number, b = ey1[i] as number;
    const lo = bandOf(shape, a < b ? a : b), hi = bandOf(shape, a < b ? b : a);
    for (let k = lo; k <= hi; k++) {
      list[fill[k] as number] = i;
      fill[k] = (fill[k] as number) + 1;
    }
  }
  return {
    minY, maxY, minX, maxX, scale, count, offsets, edges: list,
    crossings: new Int32Array(edges.partCount), onOutline: new Uint8Array(edges.partCount),
  };
}

/**
 * Locates (x, y) against the polygon with the answers of `turf.booleanPointInPolygon` (with and without
 * `ignoreBoundary`): interior of some part → 2; else on the outline of some part → 1; else 0.
 */
export function locateInBands(x: number, y: number, edges: EdgeArrays, bands: EdgeBands): Where {
  if (!(y >= bands.minY && y <= bands.maxY && x >= bands.minX && x <= bands.maxX)) return 0;
  const { ex0, ey0, ex1, ey1, edgePart } = edges;
  const { crossings, onOutline, offsets, edges: list } = bands;
  crossings.fill(0);
  onOutline.fill(0);
  const b = bandOf(bands, y);
  const end = offsets[b + 1] as number;
  for (let j = offsets[b] as number; j < end; j++) {
    const e = list[j] as number;
    const v1 = (ey0[e] as number) - y, v2 = (ey1[e] as number) - y;
    if (v1 === 0 && v2 === 0) {
      const u1 = (ex0[e] as number) - x, u2 = (ex1[e] as number) - x;
      if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) onOutline[edgePart[e] as number] = 1;
    } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
      const u1 = (ex0[e] as number) - x, u2 = (ex1[e] as number) - x;
      const f = orient2d(u1, u2, v1, v2, 0, 0);
      const part = edgePart[e] as number;
      if (f === 0) onOutline[part] = 1;
      else if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) crossings[part] = (crossings[part] as number) + 1;
    }
  }
  let boundary = false;
  for (let p = 0; p < crossings.length; p++) {
    if (onOutline[p] === 1) boundary = true;
    else if (((crossings[p] as number) & 1) === 1) return 2;
  }
  return boundary ? 1 : 0;
}
