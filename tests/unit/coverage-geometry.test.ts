/**
 * Exact county × feature tests of the coverage module on hand-computed fixtures: two 1° squares side by
 * side at the equator, A = [0,1]×[0,1] and B = [1,2]×[0,1]. Expected lengths come from turf.distance on
 * the same points, expected areas from turf.area.
 */
import { describe, expect, it } from 'vitest';
import { collection, feature, square } from './coverage-fixtures';
import { area, distance, length, lineSplit, lineString, polygon, booleanPointInPolygon, along } from '@turf/turf';
import type { Position } from 'geojson';
import { buildCoverage, naiveCoverage, type CoverageLayers, type FeatureCountyRelation } from '../../src/geo/coverage';
import type { PlanFeature } from '../../src/geo/types';


function twoSquares(others: Partial<CoverageLayers> = {}): CoverageLayers {
  return {
    counties: collection([
      feature('A', { type: 'Polygon', coordinates: square(0, 0, 1, 1) }, { kind: 'county' }),
      feature('B', { type: 'Polygon', coordinates: square(1, 0, 2, 1) }, { kind: 'county' }),
    ]),
    ...others,
  };
}

function relationsOf(layers: CoverageLayers, featureId: string): FeatureCountyRelation[] {
  return buildCoverage(layers).relations.filter((r) => r.featureId === featureId);
}

const km = (a: Position, b: Position): number => distance(a, b, { units: 'kilometers' });

describe('coverage geometry: lines', () => {
  it('splits a straight line crossing both squares at the shared border', () => {
    const start: Position = [0.5, 0.5], cross: Position = [1, 0.5], end: Position = [1.5, 0.5];
    const layers = twoSquares({ railways: collection([feature('R', { type: 'LineString', coordinates: [start, end] })]) });
    const [a, b] = relationsOf(layers, 'R');
    expect(a?.countyId).toBe('A');
    expect(b?.countyId).toBe('B');
    expect(a?.lengthKm).toBeCloseTo(km(start, cross), 6);
    expect(Math.abs((a?.lengthKm ?? 0) / km(start, cross) - 1)).toBeLessThan(1e-6);
    expect(Math.abs((b?.lengthKm ?? 0) / km(cross, end) - 1)).toBeLessThan(1e-6);
    expect(a?.contact).toBe('partial');
    expect(a?.onBoundary).toBe(false);
  });

  it('splits a diagonal line at the computed crossing point', () => {
    const start: Position = [0.2, 0.1], end: Position = [1.7, 0.9];
    const t = (1 - 0.2) / 1.5;
    const cross: Position = [1, 0.1 + t * 0.8];
    const layers = twoSquares({ railways: collection([feature('R', { type: 'LineString', coordinates: [start, end] })]) });
    const [a, b] = relationsOf(layers, 'R');
    expect(Math.abs((a?.lengthKm ?? 0) / km(start, cross) - 1)).toBeLessThan(1e-6);
    expect(Math.abs((b?.lengthKm ?? 0) / km(cross, end) - 1)).toBeLessThan(1e-6);
    expect(Math.abs(((a?.lengthKm ?? 0) + (b?.lengthKm ?? 0)) / length(lineString([start, end])) - 1)).toBeLessThan(1e-6);
  });

  it('sums several pieces of a line that leaves and re-enters a county', () => {
    const pts: Position[] = [[0.5, 0.2], [1.5, 0.2], [1.5, 0.8], [0.5, 0.8]];
    const layers = twoSquares({ railways: collection([feature('R', { type: 'LineString', coordinates: pts })]) });
    const [a, b] = relationsOf(layers, 'R');
    const expectedA = km([0.5, 0.2], [1, 0.2]) + km([1, 0.8], [0.5, 0.8]);
    const expectedB = km([1, 0.2], [1.5, 0.2]) + km([1.5, 0.2], [1.5, 0.8]) + km([1.5, 0.8], [1, 0.8]);
    expect(Math.abs((a?.lengthKm ?? 0) / expectedA - 1)).toBeLessThan(1e-6);
    expect(Math.abs((b?.lengthKm ?? 0) / expectedB - 1)).toBeLessThan(1e-6);
  });

  it('agrees with turf.lineSplit + midpoint test', () => {
    const line = lineString([[0.2, 0.1], [0.9, 0.7], [1.7, 0.9], [1.2, 0.3]]);
    const layers = twoSquares({ railways: collection([feature('R', line.geometry)]) });
    for (const rel of relationsOf(layers, 'R')) {
      const county = polygon(rel.countyId === 'A' ? square(0, 0, 1, 1) : square(1, 0, 2, 1));
      const pieces = lineSplit(line, county).features;
      const inside = pieces
        .filter((p) => booleanPointInPolygon(along(p, length(p) / 2), county))
        .reduce((s, p) => s + length(p), 0);
      // lineSplit re-snaps split points (nearest point on line), so it agrees to ~2e-6, not to 1e-9.
      expect(Math.abs(rel.lengthKm / inside - 1)).toBeLessThan(1e-5);
    }
  });

  it('gives no relation to a line that only touches a corner (zero length inside)', () => {
    // x + y = 3 meets B = [1,2]×[0,1] only at its corner (2, 1).
    const layers = twoSquares({ railways: collection([feature('R', { type: 'LineString', coordinates: [[2.5, 0.5], [1.5, 1.5]] })]) });
    expect(relationsOf(layers, 'R')).toEqual([]);
  });

  it('counts a line running along the shared border in both counties, flagged as boundary', () => {
    const p: Position = [1, 0.2], q: Position = [1, 0.8];
    const layers = twoSquares({ railways: collection([feature('R', { type: 'LineString', coordinates: [p, q] })]) });
    const rels = relationsOf(layers, 'R');
    expect(rels.map((r) => r.countyId)).toEqual(['A', 'B']);
    for (const r of rels) {
      expect(r.contact).toBe('boundary');
      expect(r.onBoundary).toBe(true);
      expect(Math.abs(r.lengthKm / km(p, q) - 1)).toBeLessThan(1e-9);
      expect(r.boundaryLengthKm).toBe(r.lengthKm);
    }
  });

  it('excludes the part of a line inside a hole', () => {
    const ring = square(0, 0, 1, 1)[0] as Position[];
    const hole: Position[] = [[0.4, 0.4], [0.4, 0.6], [0.6, 0.6], [0.6, 0.4], [0.4, 0.4]];
    const layers: CoverageLayers = {
      counties: collection([feature('H', { type: 'Polygon', coordinates: [ring, hole] })]),
      railways: collection([feature('R', { type: 'LineString', coordinates: [[0.2, 0.5], [0.8, 0.5]] })]),
    };
    const [r] = buildCoverage(layers).relations;
    const expected = km([0.2, 0.5], [0.4, 0.5]) + km([0.6, 0.5], [0.8, 0.5]);
    expect(Math.abs((r?.lengthKm ?? 0) / expected - 1)).toBeLessThan(1e-6);
    expect(r?.contact).toBe('partial');
  });
});

describe('coverage geometry: points', () => {
  it('puts a point exactly on the shared border in both counties, contact "boundary"', () => {
    const layers = twoSquares({ places: collection([feature('P', { type: 'Point', coordinates: [1, 0.5] })]) });
    const rels = relationsOf(layers, 'P');
    expect(rels.map((r) => [r.countyId, r.contact, r.onBoundary, r.points])).toEqual([
      ['A', 'boundary', true, 1],
      ['B', 'boundary', true, 1],
    ]);
  });

  it('puts an interior point in one county only', () => {
    const layers = twoSquares({ places: collection([feature('P', { type: 'Point', coordinates: [0.25, 0.75] })]) });
    expect(relationsOf(layers, 'P').map((r) => [r.countyId, r.contact, r.onBoundary])).toEqual([['A', 'inside', false]]);
  });

  it('reports features without geometry instead of dropping them silently', () => {
    const empty = { ...feature('X', { type: 'Point', coordinates: [0.5, 0.5] }), geometry: null } as unknown as PlanFeature;
    const coverage = buildCoverage(twoSquares({ places: collection([empty]) }));
    expect(coverage.withoutGeometry).toEqual(['X']);
    expect(coverage.relations).toEqual([]);
  });
});

describe('coverage geometry: polygons', () => {
  it('splits an overlapping polygon by area', () => {
    const park = square(0.8, 0.4, 1.2, 0.6);
    const layers = twoSquares({ parks: collection([feature('K', { type: 'Polygon', coordinates: park })]) });
    const [a, b] = relationsOf(layers, 'K');
    const total = area(polygon(park)) / 1e6;
    expect(Math.abs(((a?.areaKm2 ?? 0) + (b?.areaKm2 ?? 0)) / total - 1)).toBeLessThan(1e-6);
    expect(Math.abs((a?.areaKm2 ?? 0) / (area(polygon(square(0.8, 0.4, 1, 0.6))) / 1e6) - 1)).toBeLessThan(1e-6);
    expect(a?.contact).toBe('partial');
    expect(b?.contact).toBe('partial');
  });

  it('marks a polygon wholly inside as "inside" and ignores one sharing only an edge', () => {
    const layers = twoSquares({
      parks: collection([
        feature('IN', { type: 'Polygon', coordinates: square(0.1, 0.1, 0.3, 0.3) }),
        feature('EDGE', { type: 'Polygon', coordinates: square(-0.5, 0, 0, 1) }),
      ]),
    });
    const coverage = buildCoverage(layers);
    expect(coverage.relations.map((r) => [r.countyId, r.featureId, r.contact])).toEqual([['A', 'IN', 'inside']]);
  });

  it('clips a polygon that covers a hole of the county (outlines never meet)', () => {
    const ring = square(0, 0, 1, 1)[0] as Position[];
    const hole: Position[] = [[0.4, 0.4], [0.4, 0.6], [0.6, 0.6], [0.6, 0.4], [0.4, 0.4]];
    const layers: CoverageLayers = {
      counties: collection([feature('H', { type: 'Polygon', coordinates: [ring, hole] })]),
      parks: collection([
        feature('AROUND', { type: 'Polygon', coordinates: square(0.3, 0.3, 0.7, 0.7) }),
        feature('WORLD', { type: 'Polygon', coordinates: square(-1, -1, 2, 2) }),
      ]),
    };
    const rels = buildCoverage(layers).relations;
    const km2 = (rings: Position[][]): number => area(polygon(rings)) / 1e6;
    const around = rels.find((r) => r.featureId === 'AROUND');
    expect(Math.abs((around?.areaKm2 ?? 0) / (km2(square(0.3, 0.3, 0.7, 0.7)) - km2([hole])) - 1)).toBeLessThan(1e-6);
    const world = rels.find((r) => r.featureId === 'WORLD');
    expect(Math.abs((world?.areaKm2 ?? 0) / km2([ring, hole]) - 1)).toBeLessThan(1e-6);
    expect(world?.contact).toBe('partial');
  });

  it('gives the same result with the index and with the naive loop', () => {
    const layers = twoSquares({
      parks: collection([feature('K', { type: 'Polygon', coordinates: square(0.8, 0.4, 1.2, 0.6) })]),
      railways: collection([feature('R', { type: 'LineString', coordinates: [[0.2, 0.1], [1.7, 0.9]] })]),
      places: collection([feature('P', { type: 'Point', coordinates: [1, 0.5] })]),
    });
    expect(buildCoverage(layers)).toEqual(naiveCoverage(layers));
  });
});
