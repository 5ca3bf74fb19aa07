/**
 * The pure base build (src/geo/build/base.ts) on a small hand-made input: contract, dissolve, rivers,
 * seats, error handling, and determinism (same input → same bytes). Needs no source folder.
 */
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildBase, DEFAULT_BASE_OPTIONS, type BaseInputs, type BaseOptions } from '../../src/geo/build/base.ts';
import { featureCollectionText } from '../../src/geo/build/serialize.ts';
import { polygonRings, ringProblems } from '../../src/geo/build/validate.ts';

const KX = 111_320 * Math.cos((28 * Math.PI) / 180);
const KY = 110_574;
const ll = (x: number, y: number): Position => [105.5 + x / KX, 28 + y / KY];
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** Three 10 km squares in a row with a wiggly shared border; 叙永/古蔺 are the plan counties. */
function inputs(): BaseInputs {
  const border = (x: number): Position[] => Array.from({ length: 41 }, (_, i) => ll(x + (i % 2 === 0 ? 0 : 40), i * 250));
  const square = (id: string, name: string, x0: number): Feature => {
    const west = border(x0);
    const east = border(x0 + 10000);
    return {
      type: 'Feature',
      id,
      properties: { adcode: id, name, prefecture: '泸州市', province: '四川省' },
      geometry: { type: 'Polygon', coordinates: [[...west.slice().reverse(), ...east, west[west.length - 1] as Position]] },
    };
  };
  const counties = [square('510524', '叙永县', 0), square('510525', '古蔺县', 10000), square('510502', '江阳区', 20000)];
  const outline = (adcode: string, name: string, extra: Record<string, string>): Feature => ({
    type: 'Feature',
    properties: { adcode, name, ...extra },
    geometry: { type: 'Polygon', coordinates: [[ll(0, 0), ll(30000, 0), ll(30000, 10000), ll(0, 10000), ll(0, 0)]] },
  });
  const seat = (id: string, x: number): Feature => ({
    type: 'Feature', id, properties: { adcode: id }, geometry: { type: 'Point', coordinates: ll(x, 5000) },
  });
  const river = (zh: string, coords: Position[]): Feature => ({ type: 'Feature', properties: { name_zh: zh }, geometry: { type: 'LineString', coordinates: coords } });
  return {
    counties: [fc(...counties.slice(0, 2)), fc(counties[2] as Feature)],
    prefectures: fc(outline('510500', '泸州市', { province: '四川省' })),
    provinces: fc(outline('510000', '四川省', {})),
    seats: fc(seat('510524', 5000), seat('510525', 15000), seat('510502', 25000)),
    riversNaturalEarth: fc(river('金沙江', [ll(-5000, 12000), ll(40000, 12000)])),
    riversWdb: fc(river('赤水河', [ll(-5000, -1000), ll(18000, -1000)]), river('赤水河', [ll(18100, -1000), ll(40000, -2000)])),
  };
}
const options = (): BaseOptions => ({ ...DEFAULT_BASE_OPTIONS, planAdcodes: ['510524', '510525'] });
const text = (fs: readonly Feature[]): string => featureCollectionText(fs as Feature<Geometry, Record<string, unknown>>[]);

describe('buildBase on a hand-made input', () => {
  it('splits plan and context counties and fills the county contract', () => {
    const out = buildBase(inputs(), options());
    expect(out.counties.map((f) => f.id)).toEqual(['510524', '510525']);
    expect(out.contextCounties.map((f) => f.id)).toEqual(['510502']);
    const gulin = out.counties[1];
    expect(gulin?.properties).toMatchObject({
      id: '510525', name: '古蔺县', nameEn: 'Gulin County', kind: 'county', geometrySource: 'dataset',
      adcode: '510525', prefecture: '泸州市', province: '四川省', planCounty: true,
    });
    const srcArea = area(inputs().counties[0]?.features[1] as Feature) / 1e6;
    expect(gulin?.properties.sourceAreaKm2).toBeCloseTo(srcArea, 3);
    expect(gulin?.properties.areaKm2).toBeCloseTo(srcArea, 1);
    for (const f of [...out.counties, ...out.contextCounties]) {
      for (const ring of polygonRings(f.geometry)) expect(ringProblems(ring)).toEqual([]);
      expect(Math.abs(area(f) / 1e6 - f.properties.sourceAreaKm2) / f.properties.sourceAreaKm2).toBeLessThan(0.02);
    }
  });

  it('dissolves the prefecture from the counties and builds provinces, rivers and seats', () => {
    const out = buildBase(inputs(), options());
    expect(out.prefectures.map((f) => f.id)).toEqual(['prefecture-510500']);
    const sum = [...out.counties, ...out.contextCounties].reduce((s, f) => s + area(f), 0);
    expect(Math.abs(area(out.prefectures[0] as Feature) - sum) / sum).toBeLessThan(1e-9);
    expect(out.provinces.map((f) => f.properties.id)).toEqual(['province-510000']);
    expect(out.rivers.map((r) => r.properties.id)).toEqual(['river-chishui', 'river-jinsha']);
    expect(out.rivers[0]?.properties.source).toMatch(/WDBII/);
    expect(out.rivers[1]?.properties.source).toMatch(/Natural Earth/);
    expect(out.seats.map((s) => s.properties.id)).toEqual(['seat-510524', 'seat-510525', 'seat-510502']);
    expect(out.seats[0]?.properties).toMatchObject({ kind: 'seat', geometrySource: 'sourced', source: 'AMap district centre (cp)', countyId: '510524' });
  });

  it('is deterministic: two runs give the same bytes for every layer and the same report', () => {
    const a = buildBase(inputs(), options());
    const b = buildBase(inputs(), options());
    for (const k of ['counties', 'contextCounties', 'prefectures', 'provinces', 'rivers', 'seats'] as const) {
      expect(text(a[k])).toBe(text(b[k]));
    }
    expect(JSON.stringify(a.report)).toBe(JSON.stringify(b.report));
  });

  it('throws on inconsistent input instead of guessing', () => {
    expect(() => buildBase(inputs(), { ...options(), planAdcodes: ['510524', '530602'] })).toThrow(/530602 missing/);
    const badSeat = inputs();
    (badSeat.seats.features[0]?.geometry as { coordinates: Position }).coordinates = ll(15000, 5000);
    expect(() => buildBase(badSeat, options())).toThrow(/outside its county/);
    const unknownName = inputs();
    (unknownName.counties[1]?.features[0]?.properties as Record<string, string>)['adcode'] = '999999';
    (unknownName.counties[1]?.features[0] as Feature).id = '999999';
    expect(() => buildBase(unknownName, options())).toThrow(/no English name/);
  });
});
