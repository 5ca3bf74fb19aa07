import { describe, expect, test } from 'vitest';
import { area, distance, length, lineString, polygon } from '@turf/turf';
import { measureFeatures, pathLengthKm, polygonAreaKm2 } from '../../src/geo/measure';

describe('measure', () => {
  test('path length is the sum of the geodesic legs', () => {
    const a = [105.0, 28.0];
    const b = [105.5, 28.0];
    const c = [105.5, 28.5];
    const expected = distance(a, b, { units: 'kilometers' }) + distance(b, c, { units: 'kilometers' });
    expect(pathLengthKm([a, b, c])).toBeCloseTo(expected, 9);
    expect(pathLengthKm([a])).toBe(0);
  });

  test('one degree of latitude is about 111 km', () => {
    expect(pathLengthKm([[105, 27], [105, 28]])).toBeCloseTo(111.19, 1);
  });

  test('area of a 0.1° square near 28°N matches the spherical value within 0.5%', () => {
    const km2 = polygonAreaKm2([[105, 28], [105.1, 28], [105.1, 28.1], [105, 28.1]]);
    const R = 6371.0088;
    const rad = Math.PI / 180;
    const expected = R * R * 0.1 * rad * (Math.sin(28.1 * rad) - Math.sin(28 * rad));
    expect(Math.abs(km2 - expected) / expected).toBeLessThan(0.005);
    expect(polygonAreaKm2([[105, 28], [105.1, 28]])).toBe(0);
  });

  test('length and area agree with turf on an irregular path and polygon', () => {
    const pts = [[103.7, 27.3], [104.1, 27.9], [105.2, 28.1], [105.9, 27.6]];
    expect(pathLengthKm(pts)).toBeCloseTo(length(lineString(pts), { units: 'kilometers' }), 9);
    const ring = [...pts, pts[0] as number[]];
    expect(polygonAreaKm2(pts)).toBeCloseTo(area(polygon([ring])) / 1e6, 6);
  });

  test('the overlay closes the polygon in area mode and draws a path otherwise', () => {
    const pts = [[105, 28], [105.1, 28], [105.1, 28.1]];
    expect(measureFeatures(pts, 'area').features[0]?.geometry.type).toBe('Polygon');
    expect(measureFeatures(pts, 'distance').features[0]?.geometry.type).toBe('LineString');
    expect(measureFeatures(pts, 'area').features.length).toBe(4);
  });
});
