/**
 * Topology-preserving simplification (src/geo/build/simplify.ts) on small hand-made fixtures.
 * Fixtures are built by factory functions, so every test gets fresh objects.
 */
import { area, featureCollection, intersect, union } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { dissolve, roundTo, simplifyShared, triangleAreaM2, triangleHeightM, type PolyFeature } from '../../src/geo/build/simplify.ts';
import { findSegmentConflicts, polygonRings, ringProblems } from '../../src/geo/build/validate.ts';

const LON0 = 105;
const LAT0 = 28;
const KX = 111_320 * Math.cos((LAT0 * Math.PI) / 180);
const KY = 110_574;
/** Local metres → [lon, lat] near 105°E 28°N. */
const ll = (x: number, y: number): Position => [LON0 + x / KX, LAT0 + y / KY];

function poly(id: string, ring: Position[]): PolyFeature<{ id: string }> {
  return { type: 'Feature', id, properties: { id }, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] } };
}

/** A wiggly border from (5000, 0) to (5000, 5000): 20 m zigzags every 100 m plus one 400 m bulge. */
function wigglyBorder(): Position[] {
  const pts: Position[] = [];
  for (let i = 0; i <= 50; i++) {
    const y = i * 100;
    const bulge = i >= 20 && i <= 30 ? 400 * Math.sin(((i - 20) / 10) * Math.PI) : 0;
    pts.push(ll(5000 + (i % 2 === 0 ? 0 : 20) + bulge, y));
  }
  return pts;
}

/** Two 5 km squares sharing the wiggly border. */
function twoSquares(): PolyFeature<{ id: string }>[] {
  const border = wigglyBorder();
  const west = poly('west', [ll(0, 0), ...border, ll(0, 5000)]);
  const east = poly('east', [ll(10000, 0), ll(10000, 5000), ...border.slice().reverse()]);
  return [west, east];
}

/** Inner sector, a 30 m wide curved strip, and an outer block: simplifying each arc alone would cross. */
function curvedStrip(): PolyFeature<{ id: string }>[] {
  const R = 2000;
  const arc = (r: number): Position[] => Array.from({ length: 31 }, (_, k) => {
    const t = (k / 30) * (Math.PI / 2);
    return ll(r * Math.cos(t), r * Math.sin(t));
  });
  const inner = arc(R);
  const outer = arc(R + 30);
  return [
    poly('sector', [ll(0, 0), ...inner]),
    poly('strip', [...inner, ...outer.slice().reverse()]),
    poly('block', [...outer, ll(0, R + 1000), ll(R + 1000, R + 1000), ll(R + 1000, 0)]),
  ];
}

const options = { weight: 'height' as const, tolerance: 100, maxAreaDeviation: 0.01, decimals: 6 };
const vertexKeys = (f: PolyFeature<unknown>): Set<string> => new Set(polygonRings(f.geometry).flat().map((p) => p.join(',')));

describe('triangle weights', () => {
  it('measures the height of the middle vertex in metres and the area in m²', () => {
    expect(triangleHeightM([ll(0, 0), ll(50, 100), ll(100, 0)])).toBeCloseTo(100, 0);
    expect(triangleAreaM2([ll(0, 0), ll(50, 100), ll(100, 0)])).toBeCloseTo(5000, -1);
    expect(triangleHeightM([ll(0, 0), ll(50, 0), ll(100, 0)])).toBeCloseTo(0, 6);
  });

  it('roundTo rounds symmetrically around zero and never yields -0', () => {
    expect(roundTo(1.23456789, 5)).toBe(1.23457);
    expect(roundTo(-1.23456789, 5)).toBe(-1.23457);
    expect(roundTo(-0.000001, 5)).toBe(0);
    expect(Object.is(roundTo(-0.000001, 5), -0)).toBe(false);
  });
});

describe('simplifyShared', () => {
  it('two squares sharing an edge still share it exactly after simplification', () => {
    const input = twoSquares();
    const { features, stats } = simplifyShared(input, options);
    const [west, east] = features as [PolyFeature<{ id: string }>, PolyFeature<{ id: string }>];
    expect(stats.outputVertices).toBeLessThan(stats.inputVertices);
    // The border vertices of the west square (all but its two outer corners) are exactly those of the east one.
    const w = vertexKeys(west);
    const e = vertexKeys(east);
    const sharedW = [...w].filter((k) => !['0', '10000'].some((x) => k.startsWith(`${ll(Number(x), 0)[0]},`)));
    expect(sharedW.length).toBeGreaterThan(2);
    for (const k of sharedW) expect(e.has(k), k).toBe(true);
    // No overlap, no gap: the union is one polygon without holes and its area is the sum.
    const x = intersect(featureCollection([west, east]));
    expect(x === null ? 0 : area(x)).toBeLessThan(0.01);
    const u = union(featureCollection([west, east]));
    expect(u?.geometry.type).toBe('Polygon');
    expect((u?.geometry as Polygon).coordinates).toHaveLength(1);
    expect(Math.abs((u === null ? 0 : area(u)) - area(west) - area(east))).toBeLessThan(1);
  });

  it('removes the 20 m zigzag but keeps the 400 m bulge, within the area limit', () => {
    const input = twoSquares();
    const { features, stats } = simplifyShared(input, options);
    const west = features[0] as PolyFeature<unknown>;
    const ring = polygonRings(west.geometry)[0] as Position[];
    expect(ring.length).toBeLessThan(20);
    const maxX = Math.max(...ring.map((p) => ((p[0] as number) - LON0) * KX));
    expect(maxX).toBeGreaterThan(5300);
    expect(stats.maxAreaDeviation).toBeLessThan(0.01);
    const inputArea = area((input[0] as PolyFeature<unknown>).geometry);
    expect(Math.abs(area(west.geometry) - inputArea) / inputArea).toBeLessThan(0.01);
    const offsets = Object.values(stats.offsets);
    expect(offsets.length).toBe(1);
    expect(offsets[0]?.maxM).toBeLessThan(200);
  });

  it('every output ring is valid and no arcs cross, even where arcs alone would (curved 30 m strip)', () => {
    const { features, topology: topo, stats } = simplifyShared(curvedStrip(), options);
    for (const f of features) {
      for (const ring of polygonRings(f.geometry)) expect(ringProblems(ring)).toEqual([]);
    }
    expect(findSegmentConflicts(topo.arcs as Position[][])).toEqual([]);
    expect(stats.restoredVertices + stats.protectedArcs).toBeGreaterThan(0);
    // Re-deriving a topology from the output finds no crossings either.
    const again = topology({ u: featureCollection(features) });
    expect(findSegmentConflicts(again.arcs as Position[][])).toEqual([]);
    const strip = features.find((f) => f.id === 'strip') as PolyFeature<unknown>;
    expect(area(strip.geometry)).toBeGreaterThan(0.9 * area((curvedStrip()[1] as PolyFeature<unknown>).geometry));
  });

  it('is deterministic and does not mutate its input', () => {
    const input = twoSquares();
    const before = JSON.stringify(input);
    const a = simplifyShared(input, options);
    const b = simplifyShared(twoSquares(), options);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(a.features)).toBe(JSON.stringify(b.features));
    expect(a.stats).toEqual(b.stats);
  });

  it('uses the smallest per-feature tolerance for a shared arc', () => {
    const fine = simplifyShared(twoSquares(), { ...options, tolerance: 1000, featureTolerance: (f) => (f.id === 'west' ? 10 : 1000) });
    const coarse = simplifyShared(twoSquares(), { ...options, tolerance: 1000 });
    expect(fine.stats.outputVertices).toBeGreaterThan(coarse.stats.outputVertices);
    expect(Object.keys(fine.stats.offsets)).toEqual(['10', '1000']);
  });

  it('rejects bad options', () => {
    expect(() => simplifyShared([], options)).toThrow(/no features/);
    expect(() => simplifyShared(twoSquares(), { ...options, tolerance: -1 })).toThrow(/tolerance/);
  });
});

describe('dissolve', () => {
  it('merges neighbours along their shared arcs into one outline with the summed area', () => {
    const { topology: topo, features } = simplifyShared(twoSquares(), options);
    const merged = dissolve(topo, new Map([['both', [0, 1]]])).get('both') as MultiPolygon;
    expect(merged.type).toBe('MultiPolygon');
    expect(merged.coordinates).toHaveLength(1);
    expect(merged.coordinates[0]).toHaveLength(1);
    const sum = features.reduce((s, f) => s + area(f), 0);
    expect(Math.abs(area(merged) - sum) / sum).toBeLessThan(1e-9);
    expect(() => dissolve(topo, new Map([['none', []]]))).toThrow(/empty/);
  });
});
