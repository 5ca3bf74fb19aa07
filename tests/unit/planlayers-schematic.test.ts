/** Pure helpers of the plan-layer build: schematic lines, river following, rounding and serialisation. */
import { describe, expect, it } from 'vitest';
import { alongRiver, chainParts, lengthKm, resolveVia, schematicLine } from '../../src/geo/layers/schematic';
import { orderProperties, roundGeometry, roundTo, stringifyCollection } from '../../src/geo/layers/serialize';
import { countyRadiusKm, riverParts } from '../../src/geo/layers/build';
import type { Feature, FeatureCollection } from 'geojson';

describe('schematic lines', () => {
  const nodes = new Map([['a', [105, 28]], ['b', [105.1, 28]], ['c', [105.1, 28.1]]]);

  it('resolves via ids in order and names every unknown id', () => {
    expect(resolveVia(['a', 'c'], (id) => nodes.get(id))).toEqual([[105, 28], [105.1, 28.1]]);
    expect(() => resolveVia(['a', 'x', 'y'], (id) => nodes.get(id))).toThrow(/x, y/);
  });

  it('draws straight lines and measures them', () => {
    const line = schematicLine([[105, 28], [105.1, 28]]);
    expect(line).toEqual({ type: 'LineString', coordinates: [[105, 28], [105.1, 28]] });
    expect(lengthKm(line)).toBeCloseTo(9.8, 1);
    expect(() => schematicLine([[105, 28]])).toThrow();
  });

  it('chains river parts that meet, whatever their direction', () => {
    const chains = chainParts([[[1, 0], [2, 0]], [[0, 0], [1, 0]], [[3, 0], [2, 0]]]);
    expect(chains).toHaveLength(1);
    expect(chains[0]).toEqual([[0, 0], [1, 0], [2, 0], [3, 0]]);
    expect(chainParts([[[0, 0], [1, 0]], [[5, 5], [6, 5]]])).toHaveLength(2);
  });

  it('follows a river between two nodes, in the nodes\' order', () => {
    const river = [[[105, 28], [105.05, 28.01], [105.1, 28], [105.15, 28.01], [105.2, 28]]];
    const from = [105.04, 28.02];
    const to = [105.16, 28.02];
    const along = alongRiver(river, from, to) as number[][];
    expect(along[0]).toEqual(from);
    expect(along[along.length - 1]).toEqual(to);
    expect(along.slice(1, -1).some((p) => p[0] === 105.1 && p[1] === 28)).toBe(true);
    const back = alongRiver(river, to, from) as number[][];
    expect(back[0]).toEqual(to);
    expect(back.map((p) => p[0])).toEqual([...along.map((p) => p[0])].reverse());
    expect(alongRiver(river, [106, 29], to)).toBeNull();
    expect(alongRiver([], from, to)).toBeNull();
  });

  it('finds river parts by name or name_zh and keeps their sources', () => {
    const rivers: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: '赤水河', source: 'S1' }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } },
        { type: 'Feature', properties: { name_zh: '赤水河' }, geometry: { type: 'MultiLineString', coordinates: [[[1, 1], [2, 2]]] } },
        { type: 'Feature', properties: { name: '长江' }, geometry: { type: 'LineString', coordinates: [[5, 5], [6, 6]] } },
      ],
    };
    expect(riverParts(rivers, '赤水河')).toEqual({ parts: [[[0, 0], [1, 1]], [[1, 1], [2, 2]]], sources: ['S1'] });
    expect(riverParts(undefined, '赤水河').parts).toEqual([]);
  });
});

describe('deterministic output', () => {
  it('rounds to 5 decimals without -0 and drops duplicate vertices rounding creates', () => {
    expect(roundTo(105.123456789)).toBe(105.12346);
    expect(Object.is(roundTo(-0.000001), 0)).toBe(true);
    expect(roundGeometry({ type: 'LineString', coordinates: [[1.000001, 2], [1.000002, 2], [3, 4]] }).coordinates).toEqual([[1, 2], [3, 4]]);
  });

  it('orders properties and sorts features by id', () => {
    expect(Object.keys(orderProperties({ zeta: 1, name: 'n', id: 'x', kind: 'k', source: undefined }))).toEqual(['id', 'name', 'kind', 'zeta']);
    const f = (id: string): Feature => ({ type: 'Feature', id, properties: { kind: 'k', id }, geometry: { type: 'Point', coordinates: [1, 2] } });
    const text = stringifyCollection([f('b'), f('a')]);
    expect(text.endsWith(']}\n')).toBe(true);
    expect(text.indexOf('"id":"a"')).toBeLessThan(text.indexOf('"id":"b"'));
    expect(text).toBe(stringifyCollection([f('a'), f('b')]));
    expect(JSON.parse(text).features[0].properties).toEqual({ id: 'a', kind: 'k' });
  });

  it('derives the county-level uncertainty from the county area', () => {
    const county: Feature = { type: 'Feature', properties: { areaKm2: 3191 }, geometry: { type: 'Point', coordinates: [0, 0] } };
    expect(countyRadiusKm(county)).toBe(32);
  });
});
