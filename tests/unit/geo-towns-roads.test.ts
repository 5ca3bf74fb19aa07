/** The towns build (src/geo/build/towns.ts) and the road follower (src/geo/layers/roads.ts) on inline fixtures. */
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildTowns, extentKm, townNameEn } from '../../src/geo/build/towns';
import { alongRoads, roadGraph } from '../../src/geo/layers/roads';

const square = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const fc = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });
const py = (text: string): string[] => [...text].map((ch) => ({ 摩: 'mo', 尼: 'ni', 水: 'shui', 潦: 'liao', 永: 'yong', 乐: 'le', 甲: 'jia' } as Record<string, string>)[ch] ?? 'x');

describe('buildTowns', () => {
  const counties = [
    { properties: { id: '510524', name: '叙永县', areaKm2: 300 }, geometry: square(105, 27.5, 105.5, 28) },
    { properties: { id: '520502', name: '七星关区', areaKm2: 3000 }, geometry: square(105, 27, 105.5, 27.5) },
  ];
  const plan = fc([
    { type: 'Feature', properties: { name_2023: '摩尼镇', code_2023: '510524109000', county: '叙永县', coord_source: 'adcode:name', geonames: { dist_to_adcode_m: 700 } }, geometry: { type: 'Point', coordinates: [105.2, 27.8] } },
    { type: 'Feature', properties: { name_2023: '水潦彝族乡', code_2023: '510524213000', county: '叙永县', coord_source: 'geonames' }, geometry: { type: 'Point', coordinates: [105.3, 27.7] } },
    { type: 'Feature', properties: { name_2023: '永乐街道', code_2023: '510524003000', county: '叙永县', coord_source: null }, geometry: null as unknown as Polygon },
  ]);
  const area = fc([
    { type: 'Feature', properties: { code: '520502100000', name: '甲镇', level: 'town', county: '七星关区' }, geometry: { type: 'Point', coordinates: [105.2, 27.2] } },
    // A 2016 town of a plan county: taken from the 2023 list, not from here.
    { type: 'Feature', properties: { code: '510524109000', name: '摩尼镇', level: 'town', county: '叙永县' }, geometry: { type: 'Point', coordinates: [105.2, 27.8] } },
  ]);
  const out = buildTowns(plan, area, counties, py);

  it('keeps plan-county towns from the 2023 list and context towns from the area list, and lists towns without a point', () => {
    expect(out.towns.map((t) => t.id)).toEqual(['town-510524109000', 'town-510524213000', 'town-520502100000']);
    expect(out.withoutPoint).toEqual([{ name: '永乐街道', code: '510524003000', county: '叙永县', countyId: '510524' }]);
    expect(out.report).toEqual({ planTowns: 3, planWithPoint: 2, contextTowns: 1, amap: 2, geonames: 1 });
  });

  it('names the source, says the point is a seat, and states the extent', () => {
    const moni = out.towns[0]?.properties;
    expect(moni).toMatchObject({ name: '摩尼镇', nameEn: 'Moni Town', countyId: '510524', planCounty: true, pointSource: 'amap', geonamesOffsetM: 700 });
    expect(moni?.source).toMatch(/AMap.*Vonng\/adcode.*town seat.*not the extent/);
    expect(out.towns[1]?.properties.source).toMatch(/GeoNames.*CC BY/);
    expect(out.towns[1]?.properties.nameEn).toBe('Shuiliao Ethnic Township');
    expect(out.towns[2]?.properties.planCounty).toBe(false);
  });

  it('extent: the larger of 1.5 × the mean town radius and the nearest neighbour', () => {
    expect(extentKm(300, 3, 2)).toBe(Math.ceil(1.5 * Math.sqrt(100 / Math.PI) * 2) / 2);
    expect(extentKm(0, 1, 12.2)).toBe(12.5);
    expect(townNameEn('北闸街道', () => ['bei', 'zha'])).toBe('Beizha Subdistrict');
  });
});

describe('alongRoads', () => {
  const roads = fc([
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[105.0, 28.0], [105.1, 28.0], [105.2, 28.0]] } },
    // A tile cut: this piece starts 100 m from the end of the first.
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[105.2009, 28.0], [105.3, 28.05]] } },
  ]);
  const g = roadGraph(roads);

  it('follows a connected road path that passes near every node, joined to the end nodes', () => {
    const r = alongRoads(g, [[104.99, 28.01], [105.1, 28.02], [105.31, 28.06]]);
    // 4 road vertices (the tile-cut ends joined into one) between the two end nodes.
    expect('coords' in r ? r.coords : r).toEqual([[104.99, 28.01], [105.0, 28.0], [105.1, 28.0], [105.2, 28.0], [105.3, 28.05], [105.31, 28.06]]);
  });

  it('refuses when a node is far from the road path or an end has no road', () => {
    expect(alongRoads(g, [[104.99, 28.01], [105.1, 28.3], [105.31, 28.06]])).toMatchObject({ reason: expect.stringMatching(/from a node/) });
    expect(alongRoads(g, [[104.99, 28.01], [106, 29]])).toMatchObject({ reason: expect.stringMatching(/both ends/) });
  });
});
