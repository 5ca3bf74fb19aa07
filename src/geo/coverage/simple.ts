/**
 * Whether a polygon's outline crosses itself: two of its edges cross properly, or overlap along a
 * stretch (a ring doubling back on itself, two rings sharing an edge). Touching at a single point (a
 * vertex on another edge, two rings meeting at a vertex) is allowed. The overlap module's boundary sum
 * assumes outlines that do not cross themselves; polygons that do go to `turf.intersect` instead.
 */
import Flatbush from 'flatbush';
import { orient2d } from 'robust-predicates';

/** Edges as flat arrays: edge i goes from (x0[i], y0[i]) to (x1[i], y1[i]). */
export interface FlatEdges {
  x0: ArrayLike<number>;
  y0: ArrayLike<number>;
  x1: ArrayLike<number>;
  y1: ArrayLike<number>;
}

/** Whether edges i and j cross properly or overlap along a stretch (exact). */
function edgesConflict(e: FlatEdges, i: number, j: number): boolean {
  const px = e.x0[i] as number, py = e.y0[i] as number, qx = e.x1[i] as number, qy = e.y1[i] as number;
  const ax = e.x0[j] as number, ay = e.y0[j] as number, bx = e.x1[j] as number, by = e.y1[j] as number;
  const o1 = orient2d(px, py, qx, qy, ax, ay), o2 = orient2d(px, py, qx, qy, bx, by);
  if (o1 !== 0 || o2 !== 0) {
    if (o1 === 0 || o2 === 0 || (o1 > 0) === (o2 > 0)) return false;
    const o3 = orient2d(ax, ay, bx, by, px, py), o4 = orient2d(ax, ay, bx, by, qx, qy);
    return o3 !== 0 && o4 !== 0 && (o3 > 0) !== (o4 > 0);
  }
  // Collinear: overlapping along a stretch of positive length?
  const rx = qx - px, ry = qy - py, rr = rx * rx + ry * ry;
  const ta = ((ax - px) * rx + (ay - py) * ry) / rr, tb = ((bx - px) * rx + (by - py) * ry) / rr;
  return Math.min(1, Math.max(ta, tb)) > Math.max(0, Math.min(ta, tb));
}

/**
 * True when the outline made of these edges crosses itself. Zero-length edges are ignored. Uses `index`
 * (a Flatbush over the same edges' boxes, in the same order) when given, else builds one.
 */
export function crossesItself(e: FlatEdges, index: Flatbush | null = null): boolean {
  const n = e.x0.length;
  if (n < 2) return false;
  let tree = index;
  if (!tree) {
    tree = new Flatbush(n);
    for (let i = 0; i < n; i++) {
      const x0 = e.x0[i] as number, y0 = e.y0[i] as number, x1 = e.x1[i] as number, y1 = e.y1[i] as number;
      tree.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
    }
    tree.finish();
  }
  for (let i = 0; i < n; i++) {
    const x0 = e.x0[i] as number, y0 = e.y0[i] as number, x1 = e.x1[i] as number, y1 = e.y1[i] as number;
    if (x0 === x1 && y0 === y1) continue;
    for (const j of tree.search(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1))) {
      if (j <= i) continue;
      if (e.x0[j] === e.x1[j] && e.y0[j] === e.y1[j]) continue;
      if (edgesConflict(e, i, j)) return true;
    }
  }
  return false;
}
