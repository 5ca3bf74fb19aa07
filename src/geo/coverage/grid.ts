/**
 * A coarse grid over a county's box that says, in constant time, whether any outline edge's box could
 * meet a query box: per cell, the number of edge boxes overlapping it, as a summed-area table.
 *
 * It answers exactly the question the edge index (flatbush over edge boxes) answers for "is the result
 * empty?", only conservatively: cell numbers come from `floor((v - min) * scale)` clamped to the grid,
 * which is monotonic, so when an edge box overlaps the query box their cell ranges overlap too. A zero
 * count therefore proves that the edge index would return nothing; a non-zero count only means "ask the
 * index". Line clipping uses it to skip the index for the many segments far from the outline.
 */
import type { EdgeArrays } from './bands';

/** Cells per axis. */
const SIZE = 64;

/** The summed-area table of edge boxes per cell. */
export interface EdgeGrid {
  minX: number;
  minY: number;
  scaleX: number;
  scaleY: number;
  /** sat[(j) * (SIZE + 1) + i] = edge boxes counted over cells [0, i) × [0, j) (an edge counted once per cell). */
  sat: Int32Array;
}

function cell(v: number, min: number, scale: number): number {
  const c = Math.floor((v - min) * scale);
  return c < 0 ? 0 : c >= SIZE ? SIZE - 1 : c;
}

/** Builds the grid over `bbox` ([minX, minY, maxX, maxY], the box of every edge). */
export function buildEdgeGrid(edges: EdgeArrays, bbox: readonly [number, number, number, number]): EdgeGrid {
  const [minX, minY, maxX, maxY] = bbox;
  const scaleX = maxX > minX ? SIZE / (maxX - minX) : 0;
  const scaleY = maxY > minY ? SIZE / (maxY - minY) : 0;
  const counts = new Int32Array(SIZE * SIZE);
  const { ex0, ey0, ex1, ey1 } = edges;
  for (let e = 0; e < ex0.length; e++) {
    const x0 = ex0[e] as number, x1 = ex1[e] as number, y0 = ey0[e] as number, y1 = ey1[e] as number;
    const i0 = cell(Math.min(x0, x1), minX, scaleX), i1 = cell(Math.max(x0, x1), minX, scaleX);
    const j0 = cell(Math.min(y0, y1), minY, scaleY), j1 = cell(Math.max(y0, y1), minY, scaleY);
    for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) counts[j * SIZE + i] = (counts[j * SIZE + i] as number) + 1;
    }
  }
  const w = SIZE + 1;
  const sat = new Int32Array(w * w);
  for (let j = 0; j < SIZE; j++) {
    let row = 0;
    for (let i = 0; i < SIZE; i++) {
      row += counts[j * SIZE + i] as number;
      sat[(j + 1) * w + i + 1] = (sat[j * w + i + 1] as number) + row;
    }
  }
  return { minX, minY, scaleX, scaleY, sat };
}

/** True when no outline edge's box can meet the closed box [minX, maxX] × [minY, maxY]. */
export function gridClear(grid: EdgeGrid, minX: number, minY: number, maxX: number, maxY: number): boolean {
  const i0 = cell(minX, grid.minX, grid.scaleX), i1 = cell(maxX, grid.minX, grid.scaleX) + 1;
  const j0 = cell(minY, grid.minY, grid.scaleY), j1 = cell(maxY, grid.minY, grid.scaleY) + 1;
  const w = SIZE + 1, sat = grid.sat;
  return (sat[j1 * w + i1] as number) - (sat[j0 * w + i1] as number) - (sat[j1 * w + i0] as number) + (sat[j0 * w + i0] as number) === 0;
}
