/** robust-predicates ships no types; only the predicate the coverage uses is declared. */
declare module 'robust-predicates' {
  /**
   * Exact orientation of (ax, ay), (bx, by), (cx, cy): positive when counter-clockwise, negative when
   * clockwise, 0 when collinear (the sign is exact; the magnitude is an approximation).
   */
  export function orient2d(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number;
}
