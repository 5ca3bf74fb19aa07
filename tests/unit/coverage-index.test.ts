/**
 * Property tests of the coverage's county indexes (bands.ts, grid.ts, geodesic.ts): on random polygons
 * whose vertices sit on a coarse lattice (so test points often fall exactly on a vertex or an edge,
 * where point-in-polygon is hardest), the indexed answers are identical to turf's, not merely close.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distance } from '@turf/turf';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { lineInside, locatePoint, preparePolygon } from '../../src/geo/coverage';
import { gridClear } from '../../src/geo/coverage/grid';
import { distanceKm } from '../../src/geo/coverage/geodesic';

/** Lattice coordinate: multiples of 0.25 in [0, 4], so edges and vertices are hit exactly. */
const lattice = fc.integer({ min: 0, max: 16 }).map((i) => i / 4);
const latticePoint = fc.tuple(lattice, lattice).map(([x, y]): Position => [x, y]);
/** A closed ring of 3–9 lattice vertices (possibly self-intersecting, with repeated vertices: pip copes). */
const ring = fc.array(latticePoint, { minLength: 3, maxLength: 9 }).map((ps): Position[] => [...ps, ps[0] as Position]);
/** One to three polygon parts of one to two rings each (holes, overlapping parts). */
const multiPolygon = fc.array(fc.array(ring, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
  .map((coordinates): Feature<MultiPolygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } }));
/** Points on the lattice, on half-lattice (edge midpoints) and anywhere. */
const anyPoint = fc.oneof(
  latticePoint,
  fc.tuple(fc.integer({ min: -1, max: 33 }), fc.integer({ min: -1, max: 33 })).map(([x, y]): Position => [x / 8, y / 8]),
  fc.tuple(fc.double({ min: -0.5, max: 4.5, noNaN: true }), fc.double({ min: -0.5, max: 4.5, noNaN: true })).map(([x, y]): Position => [x, y]),
);

/** A MultiPolygon feature from its coordinates. */
function mp(coordinates: Position[][][]): Feature<MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } };
}
/** Runs per property: 400 in CI; `FC_RUNS=100000` explores further (minutes). */
const RUNS = Number(process.env.FC_RUNS ?? 400);
const TIMEOUT = Math.max(5_000, RUNS * 2);

describe('coverage indexes agree with turf exactly', () => {
  it('locates points with the edge bands as turf.booleanPointInPolygon does', () => {
    fc.assert(fc.property(multiPolygon, fc.array(anyPoint, { minLength: 1, maxLength: 30 }), (f, points) => {
      const indexed = preparePolygon(f, true);
      const naive = preparePolygon(f, false);
      expect(indexed.bands).not.toBeNull();
      for (const p of points) expect(locatePoint(p, indexed)).toBe(locatePoint(p, naive));
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('clips lines with the edge grid and bands as the plain loop does, to a micrometre', () => {
    // Not bit for bit: the plain loop tries every edge, and its cut parameters round (a cut at t = 1 − ε
    // from an edge the segment misses by 5e-324°, a piece whose midpoint rounds onto a vertex), while the
    // indexes skip such edges by exact box tests. Counterexamples fast-check found are kept as examples.
    const line = fc.array(anyPoint, { minLength: 2, maxLength: 6 });
    const examples: [Feature<MultiPolygon>, Position[]][] = [
      [mp([[[[0.25, 0], [0, 0], [0, 0], [0, 0.25], [0.25, 0]]]]), [[4.4990125553364555, -5e-324], [0, -5e-324], [0, 0], [0, 0]]],
      [mp([[[[0, 0], [0.25, 0.25], [0, 0], [0, 0]]], [[[0, 0], [0, 0], [0, 0], [0, 0]]]]), [[-0.4999999999996592, 0], [-5e-324, 0], [0, 0]]],
    ];
    fc.assert(fc.property(multiPolygon, line, (f, coords) => {
      const indexed = lineInside(coords, preparePolygon(f, true));
      const plain = lineInside(coords, preparePolygon(f, false));
      for (const key of ['insideKm', 'boundaryKm', 'totalKm'] as const) {
        expect(Math.abs(indexed[key] - plain[key]), key).toBeLessThanOrEqual(1e-9);
      }
    }), { numRuns: RUNS, examples });
  }, TIMEOUT);

  it('says a box is clear of edges only when the edge index finds none there', () => {
    const box = fc.tuple(anyPoint, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(fc.property(multiPolygon, fc.array(box, { minLength: 1, maxLength: 20 }), (f, boxes) => {
      const poly = preparePolygon(f, true);
      if (!poly.grid || !poly.edgeIndex) throw new Error('indexed polygon without grid');
      for (const [[x, y], w, h] of boxes) {
        const x0 = x as number, y0 = y as number;
        if (gridClear(poly.grid, x0, y0, x0 + w, y0 + h)) expect(poly.edgeIndex.search(x0, y0, x0 + w, y0 + h)).toEqual([]);
      }
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('measures distances bit for bit as turf.distance', () => {
    const lonLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
    fc.assert(fc.property(lonLat, lonLat, ([x0, y0], [x1, y1]) => {
      expect(distanceKm(x0, y0, x1, y1)).toBe(distance([x0, y0], [x1, y1], { units: 'kilometers' }));
    }), { numRuns: 2000 });
  });
});
