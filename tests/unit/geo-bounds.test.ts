import { bbox } from '@turf/turf';
import fc from 'fast-check';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresBounds } from '../../src/geo/bounds';

const pos = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));
const line = fc.array(pos, { minLength: 2, maxLength: 6 });
const geometry: fc.Arbitrary<Geometry> = fc.oneof(
  pos.map((coordinates) => ({ type: 'Point', coordinates }) as Geometry),
  line.map((coordinates) => ({ type: 'LineString', coordinates }) as Geometry),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((coordinates) => ({ type: 'MultiLineString', coordinates }) as Geometry),
  fc.array(fc.array(line, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 })
    .map((coordinates) => ({ type: 'MultiPolygon', coordinates }) as Geometry),
);
const feature = (g: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry: g });

describe('featuresBounds', () => {
  it('equals the union of turf bboxes for any mix of geometries', () => {
    fc.assert(fc.property(fc.array(geometry, { minLength: 1, maxLength: 5 }), (geoms) => {
      const boxes = geoms.map((g) => bbox(feature(g)));
      const expected = [
        Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])),
        Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3])),
      ];
      expect(featuresBounds(geoms.map(feature))).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('skips features without geometry or finite positions; null when nothing is left', () => {
    const empty: Feature = { type: 'Feature', properties: {}, geometry: null as unknown as Geometry };
    expect(featuresBounds([empty])).toBeNull();
    expect(featuresBounds([feature({ type: 'Point', coordinates: [Number.NaN, 1] })])).toBeNull();
    expect(featuresBounds([feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [104, 28] }] })]))
      .toEqual([104, 28, 104, 28]);
  });
});
