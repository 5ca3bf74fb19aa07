import { describe, expect, test } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { labelPoints } from '../../src/geo/labels';
import { checkCollection } from '../../src/geo/validate';
import type { PlanCollection } from '../../src/geo/types';

// A "U" shape: its centroid (2, 1.6) lies in the notch, outside the polygon.
const U: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [3, 4], [3, 1], [1, 1], [1, 4], [0, 4], [0, 0]]] };
const feature = (id: string, geometry: Polygon) => ({
  type: 'Feature' as const, id, geometry,
  properties: { id, name: `名${id}`, nameEn: `N${id}`, kind: 'county', geometrySource: 'dataset' as const, source: 't' },
});

describe('labelPoints', () => {
  test('puts the label inside a concave polygon', () => {
    const fc = { type: 'FeatureCollection', features: [feature('u', U)] } as PlanCollection;
    const [point] = labelPoints(fc).features;
    if (!point) throw new Error('no label point');
    expect(point.id).toBe('u');
    expect(booleanPointInPolygon(point.geometry.coordinates, U)).toBe(true);
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
