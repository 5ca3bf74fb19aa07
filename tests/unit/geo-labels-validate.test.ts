import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { labelPoint } from '../../src/geo/build/labelPoint';
import { labelPoints } from '../../src/geo/labels';
import { checkCollection } from '../../src/geo/validate';
import type { PlanCollection } from '../../src/geo/types';

// A "U" shape: its centroid (2, 1.6) lies in the notch, outside the polygon.
const U: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [3, 4], [3, 1], [1, 1], [1, 4], [0, 4], [0, 0]]] };
const feature = (id: string, geometry: Polygon) => ({
  type: 'Feature' as const, id, geometry,
  properties: { id, name: `名${id}`, nameEn: `N${id}`, kind: 'county', geometrySource: 'dataset' as const, source: 't' },
});

describe('label points', () => {
  test('the build puts the label inside a concave polygon', () => {
    const at = labelPoint(U);
    if (!at) throw new Error('no label point');
    expect(booleanPointInPolygon(at, U)).toBe(true);
  });

  test('the app reads the stored label point and skips features without a valid one', () => {
    const withPoint = { ...feature('u', U), properties: { ...feature('u', U).properties, labelPoint: [0.5, 2] } };
    const broken = { ...feature('b', U), properties: { ...feature('b', U).properties, labelPoint: ['x', 1] } };
    const fc = { type: 'FeatureCollection', features: [withPoint, broken, feature('n', U)] } as unknown as PlanCollection;
    expect(labelPoints(fc).features.map((f) => [f.id, f.geometry.coordinates])).toEqual([['u', [0.5, 2]]]);
  });

  test('every committed plan county carries a label point inside it', () => {
    const counties = JSON.parse(readFileSync('geodata/counties.geojson', 'utf8')) as PlanCollection;
    const points = labelPoints(counties).features;
    expect(points).toHaveLength(13);
    for (const p of points) {
      const county = counties.features.find((f) => f.id === p.id);
      expect(county && booleanPointInPolygon(p.geometry.coordinates, county as never)).toBe(true);
    }
  });
});

describe('checkCollection', () => {
  test('keeps valid features and reports each invalid one', () => {
    const bad = { ...feature('b', U), properties: { ...feature('b', U).properties, geometrySource: 'guessed' } };
    const noId = { type: 'Feature', geometry: U, properties: { name: 'x' } };
    const result = checkCollection('counties', { type: 'FeatureCollection', features: [feature('a', U), bad, noId] });
    expect(result.collection?.features.map((f) => f.id)).toEqual(['a']);
    expect(result.problems).toEqual([
      { layer: 'counties', featureId: 'b', message: 'unknown geometrySource "guessed"' },
      { layer: 'counties', featureId: undefined, message: 'missing string property "id"' },
    ]);
  });

  test('refuses what is not a FeatureCollection', () => {
    expect(checkCollection('rivers', [1, 2]).problems[0]?.message).toBe('not a GeoJSON FeatureCollection');
  });

  test('an approximate feature must state its uncertainty', () => {
    const f = { ...feature('p', U), properties: { ...feature('p', U).properties, geometrySource: 'approximate' } };
    expect(checkCollection('places', { type: 'FeatureCollection', features: [f] }).problems[0]?.message).toBe(
      'approximate feature without uncertaintyKm',
    );
  });
});
