import { describe, expect, test } from 'vitest';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { diffStyle, sameValue } from '../../src/map/style/diff';

const fc = (n: number) => ({ type: 'FeatureCollection', features: Array.from({ length: n }, () => null) });

function style(layers: LayerSpecification[], sources: StyleSpecification['sources'] = { a: { type: 'geojson', data: 'a.json' } }): StyleSpecification {
  return { version: 8, sources, layers };
}
const line = (id: string, paint: Record<string, unknown> = {}, layout: Record<string, unknown> = {}): LayerSpecification =>
  ({ id, type: 'line', source: 'a', paint, layout }) as LayerSpecification;

describe('diffStyle', () => {
  test('identical styles need no operation', () => {
    const s = style([line('x', { 'line-width': 2 })]);
    expect(diffStyle(s, structuredClone(s))).toEqual([]);
  });

  test('only the changed paint and layout keys are set', () => {
    const a = style([line('x', { 'line-width': 2, 'line-color': '#000' }, { visibility: 'visible' })]);
    const b = style([line('x', { 'line-width': 3, 'line-color': '#000' }, { visibility: 'none' })]);
    expect(diffStyle(a, b)).toMatchInlineSnapshot(`
      [
        {
          "id": "x",
          "key": "visibility",
          "op": "setLayout",
          "value": "none",
        },
        {
          "id": "x",
          "key": "line-width",
          "op": "setPaint",
          "value": 3,
        },
      ]
    `);
  });

  test('a removed source goes after its layers', () => {
    const a = style([line('x'), line('y')]);
    const b = style([], {});
    expect(diffStyle(a, b).map((o) => o.op)).toEqual(['removeLayer', 'removeLayer', 'removeSource']);
  });

  test('new layers are inserted before their successor in the target order', () => {
    const a = style([line('x'), line('z')]);
    const b = style([line('x'), line('y'), line('z')]);
    expect(diffStyle(a, b)).toMatchInlineSnapshot(`
      [
        {
          "beforeId": "z",
          "layer": {
            "id": "y",
            "layout": {},
            "paint": {},
            "source": "a",
            "type": "line",
          },
          "op": "addLayer",
        },
      ]
    `);
  });

  test('a reordered layer is moved, not re-added', () => {
    const a = style([line('x'), line('y'), line('z')]);
    const b = style([line('y'), line('x'), line('z')]);
    const ops = diffStyle(a, b);
    expect(ops.filter((o) => o.op === 'addLayer' || o.op === 'removeLayer')).toEqual([]);
    expect(ops.filter((o) => o.op === 'moveLayer').length).toBe(1);
  });

  test('a changed layer type rebuilds the layer', () => {
    const a = style([line('x')]);
    const b = style([{ id: 'x', type: 'fill', source: 'a', paint: {} } as LayerSpecification]);
    expect(diffStyle(a, b).map((o) => o.op)).toEqual(['removeLayer', 'addLayer']);
  });

  test('new GeoJSON data is set on the existing source, not a new source', () => {
    const a = style([line('x')], { a: { type: 'geojson', data: fc(1) as never } });
    const b = style([line('x')], { a: { type: 'geojson', data: fc(2) as never } });
    expect(diffStyle(a, b).map((o) => o.op)).toEqual(['setData']);
  });

  test('a changed source option rebuilds the source and its layers', () => {
    const a = style([line('x')], { a: { type: 'geojson', data: 'a.json' } });
    const b = style([line('x')], { a: { type: 'geojson', data: 'a.json', promoteId: 'id' } });
    expect(diffStyle(a, b).map((o) => o.op)).toEqual(['removeLayer', 'removeSource', 'addSource', 'addLayer']);
  });

  test('filter and zoom range changes are their own operations', () => {
    const a = style([{ ...line('x'), filter: ['==', 'a', 1], minzoom: 2 } as LayerSpecification]);
    const b = style([{ ...line('x'), filter: ['==', 'a', 2], minzoom: 3 } as LayerSpecification]);
    expect(diffStyle(a, b).map((o) => o.op)).toEqual(['setFilter', 'setZoomRange']);
  });
});

describe('sameValue', () => {
  test('compares nested arrays and objects by value', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
  });
});
