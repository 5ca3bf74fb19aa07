/**
 * Border clean-up before simplification: reconciliation of differently generalised borders, enclave
 * resolution, spike collapse and noding (src/geo/build/reconcile.ts, src/geo/build/snap.ts).
 */
import { area, featureCollection, intersect } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cleanOpenRing, directedHausdorffM, reconcileBorders, resolveEnclaves } from '../../src/geo/build/reconcile.ts';
import { collapseSpikes, snapToEarlier } from '../../src/geo/build/snap.ts';
import { polygonRings, ringProblems } from '../../src/geo/build/validate.ts';
import type { PolyFeature } from '../../src/geo/build/simplify.ts';

const KX = 111_320 * Math.cos((28 * Math.PI) / 180);
const KY = 110_574;
const ll = (x: number, y: number): Position => [105 + x / KX, 28 + y / KY];
const key = (p: Position): string => p.join(',');

function poly(id: string, ...rings: Position[][]): PolyFeature<{ id: string }> {
  return { type: 'Feature', id, properties: { id }, geometry: { type: 'Polygon', coordinates: rings.map((r) => [...r, r[0] as Position]) } };
}
function multi(id: string, ...parts: Position[][]): PolyFeature<{ id: string }> {
  return { type: 'Feature', id, properties: { id }, geometry: { type: 'MultiPolygon', coordinates: parts.map((r) => [[...r, r[0] as Position]]) } };
}
const keys = (f: PolyFeature<unknown>): Set<string> => new Set(polygonRings(f.geometry).flat().map(key));

/** West square with a detailed east border (30 m wiggles); east square whose west border keeps every 3rd vertex. */
function coarseNeighbour(): { west: PolyFeature<{ id: string }>; east: PolyFeature<{ id: string }>; border: Position[] } {
  const border = Array.from({ length: 31 }, (_, i) => ll(1000 + (i % 2 === 0 ? 0 : 30), i * 100));
  const coarse = border.filter((_, i) => i % 3 === 0 || i === 30);
  return {
    west: poly('west', [ll(0, 0), ...border, ll(0, 3000)]),
    east: poly('east', [ll(2000, 0), ll(2000, 3000), ...coarse.slice().reverse()]),
    border,
  };
}

describe('reconcileBorders', () => {
  it('makes the later county follow the earlier one where both share anchor vertices', () => {
    const { west, east, border } = coarseNeighbour();
    const before = intersect(featureCollection([west, east]));
    expect(before === null ? 0 : area(before)).toBeGreaterThan(1);
    const { features, report } = reconcileBorders([west, east], { toleranceM: 500, maxSteps: 80 });
    const [w2, e2] = features as [PolyFeature<{ id: string }>, PolyFeature<{ id: string }>];
    for (const p of border) expect(keys(e2).has(key(p)), key(p)).toBe(true);
    expect(report.replaced['east']).toBeGreaterThan(0);
    expect(report.replaced['west']).toBeUndefined();
    expect(report.maxDistanceM).toBeLessThan(40);
    expect(JSON.stringify(w2.geometry)).toBe(JSON.stringify(west.geometry));
    const after = intersect(featureCollection([w2, e2]));
    expect(after === null ? 0 : area(after)).toBeLessThan(0.01);
    for (const ring of polygonRings(e2.geometry)) expect(ringProblems(ring)).toEqual([]);
  });

  it('priority decides: with the order reversed the detailed county takes the coarse border', () => {
    const { west, east } = coarseNeighbour();
    const { features } = reconcileBorders([east, west], { toleranceM: 500, maxSteps: 80 });
    const w2 = features[1] as PolyFeature<unknown>;
    expect(keys(w2).size).toBeLessThan(keys(west).size);
  });

  it('leaves stretches alone that differ by more than the tolerance', () => {
    const { west, east } = coarseNeighbour();
    const { features, report } = reconcileBorders([west, east], { toleranceM: 5, maxSteps: 80 });
    expect(report.replaced).toEqual({});
    expect(JSON.stringify(features[1]?.geometry)).toBe(JSON.stringify(east.geometry));
  });

  it('rejects bad options', () => {
    const { west, east } = coarseNeighbour();
    expect(() => reconcileBorders([west, east], { toleranceM: 0, maxSteps: 1 })).toThrow(/bad options/);
  });
});

describe('resolveEnclaves', () => {
  const big = (): Position[] => [ll(0, 0), ll(1000, 0), ll(1000, 1000), ll(0, 1000)];
  const island = (): Position[] => [ll(400, 400), ll(500, 400), ll(500, 500), ll(400, 500)];

  it('drops a stray part of a later county lying inside an earlier one', () => {
    const host = poly('host', big());
    const later = multi('later', [ll(2000, 0), ll(3000, 0), ll(3000, 1000), ll(2000, 1000)], island());
    const { features, report } = resolveEnclaves([host, later]);
    expect(report.droppedParts).toEqual(['later']);
    expect((features[1]?.geometry as MultiPolygon).coordinates).toHaveLength(1);
  });

  it('cuts a hole into a later county for an exclave of an earlier one', () => {
    const earlier = multi('earlier', [ll(2000, 0), ll(3000, 0), ll(3000, 1000), ll(2000, 1000)], island());
    const later = poly('later', big());
    const { features, report } = resolveEnclaves([earlier, later]);
    expect(report.punchedHoles).toEqual(['later']);
    const holed = features[1]?.geometry as Polygon;
    expect(holed.coordinates).toHaveLength(2);
    const x = intersect(featureCollection([features[0] as PolyFeature<{ id: string }>, features[1] as PolyFeature<{ id: string }>]));
    expect(x === null ? 0 : area(x)).toBeLessThan(0.01);
  });
});

describe('collapseSpikes and snapToEarlier', () => {
  it('collapses a 0.1 m wide tongue at a junction in every ring that has the tip', () => {
    // a: ... (0,0) → tip (100, 0.1 m) → (60, 0) …  b shares the tip vertex.
    const tip = ll(100, 0.1);
    const a = poly('a', [ll(0, 0), tip, ll(60, 0), ll(60, -500), ll(0, -500)]);
    const b = poly('b', [ll(100, 0.1), ll(100, -500), ll(60, -500), ll(60, 0)]);
    const { features, moved } = collapseSpikes([a, b], 0.5);
    expect(moved).toBe(1);
    expect(keys(features[0] as PolyFeature<unknown>).has(key(tip))).toBe(false);
    expect(keys(features[1] as PolyFeature<unknown>).has(key(tip))).toBe(false);
    for (const f of features) for (const r of polygonRings(f.geometry)) expect(ringProblems(r)).toEqual([]);
  });

  it('inserts an earlier county\'s vertex lying on a later county\'s edge (T-junction)', () => {
    const t = ll(500, 0);
    const earlier = poly('earlier', [ll(0, 0), t, ll(500, 500), ll(0, 500)]);
    const later = poly('later', [ll(0, 0), ll(0, -500), ll(1000, -500), ll(1000, 0)]);
    const { features, report } = snapToEarlier([earlier, later], 2);
    expect(report.inserted).toBe(1);
    expect(keys(features[1] as PolyFeature<unknown>).has(key(t))).toBe(true);
    expect(JSON.stringify(features[0]?.geometry)).toBe(JSON.stringify(earlier.geometry));
  });

  it('moves a later county\'s vertex lying within the tolerance beside an earlier edge onto it', () => {
    const earlier = poly('earlier', [ll(0, 0), ll(1000, 0), ll(1000, 500), ll(0, 500)]);
    const near = ll(500, -1);
    const later = poly('later', [ll(0, 0), ll(0, -500), ll(1000, -500), ll(1000, 0), near]);
    const { features, report } = snapToEarlier([earlier, later], 2);
    expect(report.moved).toBe(1);
    expect(report.maxMoveM).toBeLessThan(2);
    expect(keys(features[1] as PolyFeature<unknown>).has(key(near))).toBe(false);
    expect(keys(features[0] as PolyFeature<unknown>).size).toBe(5);
  });

  it('cleanOpenRing removes repeats and A-B-A spikes; directedHausdorffM measures metres', () => {
    const p = ll(0, 0);
    const q = ll(100, 0);
    const r = ll(100, 100);
    expect(cleanOpenRing([p, q, q, r, ll(200, 200), r]).map(key)).toEqual([p, q, r].map(key));
    expect(directedHausdorffM([ll(50, 30)], [p, q])).toBeCloseTo(30, 0);
  });
});
