/**
 * River layer transforms (src/geo/build/rivers.ts) on hand-made lines.
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildRivers, douglasPeucker, joinLines, wdbName, type RiverOptions } from '../../src/geo/build/rivers.ts';

const KX = 111_320 * Math.cos((28 * Math.PI) / 180);
const KY = 110_574;
const ll = (x: number, y: number): Position => [105 + x / KX, 28 + y / KY];
const key = (p: Position): string => p.join(',');

function line(props: Record<string, unknown>, coords: Position[]): Feature<LineString> {
  return { type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates: coords } };
}
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const options = (): RiverOptions => ({
  bbox: [104.9, 27.9, 105.5, 28.5], joinToleranceM: 300, simplifyToleranceM: 50, minPartKm: 1, decimals: 5, jinshaEndLon: 104.61,
});

describe('joinLines', () => {
  it('joins tile-cut pieces in any orientation across small gaps and drops zero-length stubs', () => {
    const a = [ll(0, 0), ll(1000, 0)];
    const b = [ll(2000, 0), ll(1100, 0)]; // reversed, 100 m gap
    const c = [ll(2000, 0), ll(3000, 500)];
    const stub = [ll(5000, 5000), ll(5000, 5000)];
    const out = joinLines([a, b, c, stub], 300);
    expect(out).toHaveLength(1);
    expect((out[0] as Position[]).map(key)).toEqual([ll(0, 0), ll(1000, 0), ll(1100, 0), ll(2000, 0), ll(3000, 500)].map(key));
  });

  it('keeps pieces apart when the gap exceeds the tolerance', () => {
    expect(joinLines([[ll(0, 0), ll(1000, 0)], [ll(2000, 0), ll(3000, 0)]], 300)).toHaveLength(2);
  });
});

describe('douglasPeucker', () => {
  it('drops deviations under the tolerance and keeps larger ones and the endpoints', () => {
    const l = [ll(0, 0), ll(500, 20), ll(1000, 0), ll(1500, 300), ll(2000, 0)];
    expect(douglasPeucker(l, 50).map(key)).toEqual([ll(0, 0), ll(1000, 0), ll(1500, 300), ll(2000, 0)].map(key));
    expect(douglasPeucker(l.slice(0, 2), 50)).toHaveLength(2);
  });
});

describe('wdbName', () => {
  it('counts WDBII "长江" pieces upstream of the 岷江 mouth as 金沙江 and leaves others alone', () => {
    expect(wdbName(line({ name_zh: '长江' }, [[104.42, 28.64], [104.6, 28.78]]), 104.61)).toBe('金沙江');
    expect(wdbName(line({ name_zh: '长江' }, [[104.6, 28.78], [105.4, 28.9]]), 104.61)).toBe('长江');
    expect(wdbName(line({ name_zh: null }, [[104.6, 28.78], [105.4, 28.9]]), 104.61)).toBeNull();
  });
});

describe('buildRivers', () => {
  const ne = (): FeatureCollection => fc(
    line({ name_zh: '赤水河' }, [ll(0, 0), ll(30000, 0)]),
    line({ name_zh: '沱江' }, [ll(0, 10000), ll(30000, 10000)]),
  );
  const wdb = (): FeatureCollection => fc(
    line({ name_zh: '赤水河' }, [ll(0, 0), ll(15000, 1000)]),
    line({ name_zh: '赤水河' }, [ll(15100, 1000), ll(30000, 0)]),
    line({ name_zh: '沱江' }, [ll(0, 10000), ll(0, 10000)]),
    line({ name_zh: null }, [ll(0, 20000), ll(30000, 20000)]),
  );

  it('takes WDBII where it carries the river, Natural Earth otherwise, drops unnamed lines', () => {
    const rivers = buildRivers(ne(), wdb(), options());
    expect(rivers.map((r) => r.properties.id)).toEqual(['river-chishui', 'river-tuo']);
    const chishui = rivers[0];
    expect(chishui?.properties).toMatchObject({ name: '赤水河', nameEn: 'Chishui River', kind: 'river', geometrySource: 'dataset' });
    expect(chishui?.properties.source).toMatch(/WDBII/);
    expect(chishui?.geometry.type).toBe('LineString');
    expect(rivers[1]?.properties.source).toMatch(/Natural Earth/);
    expect(chishui?.properties.lengthKm).toBeGreaterThan(29);
  });

  it('clips to the box, rounds and is deterministic', () => {
    const o = { ...options(), bbox: [104.9, 27.9, 105.15, 28.5] as RiverOptions['bbox'] };
    const a = buildRivers(ne(), wdb(), o);
    const b = buildRivers(ne(), wdb(), o);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const r of a) {
      const coords = r.geometry.type === 'LineString' ? r.geometry.coordinates : r.geometry.coordinates.flat();
      for (const [x, y] of coords as [number, number][]) {
        expect(x).toBeLessThanOrEqual(105.15);
        expect(Math.round(x * 1e5) / 1e5).toBe(x);
        expect(Math.round(y * 1e5) / 1e5).toBe(y);
      }
    }
  });
});
