import { describe, expect, test } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { buildStyle } from '../../src/map/style/build';
import { diffStyle } from '../../src/map/style/diff';
import type { StyleInput } from '../../src/map/style/types';
import type { LayerId, PlanCollection } from '../../src/geo/types';

const empty: PlanCollection = { type: 'FeatureCollection', features: [] };
const noLabels: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

function input(over: Partial<StyleInput> = {}): StyleInput {
  return {
    lang: 'zh',
    visible: new Set<LayerId>(['counties', 'rivers', 'railways']),
    data: { counties: empty, rivers: empty, railways: empty },
    countyLabels: noLabels,
    hidden: [],
    measure: null,
    choropleth: null,
    fonts: { regular: 'http://x/r.woff2', bold: 'http://x/b.woff2' },
    ...over,
  };
}

describe('buildStyle', () => {
  test('draws fills under lines under labels, county names on top', () => {
    const ids = buildStyle(input()).layers.map((l) => l.id);
    expect(ids).toMatchInlineSnapshot(`
      [
        "background",
        "counties-fill",
        "counties-line",
        "counties-state-line",
        "rivers-line",
        "railways-line",
        "rivers-label",
        "railways-label",
        "counties-label",
      ]
    `);
  });

  test('layers without data contribute neither sources nor layers', () => {
    const style = buildStyle(input({ data: { counties: empty } }));
    expect(Object.keys(style.sources).sort()).toEqual(['counties', 'county-labels']);
    expect(style.layers.some((l) => l.id.startsWith('rivers'))).toBe(false);
  });

  test('ships the subset fonts through font-faces and never a glyph server', () => {
    const style = buildStyle(input());
    expect(style.glyphs).toBeUndefined();
    expect(style['font-faces']).toEqual({ 'Plan Sans': 'http://x/r.woff2', 'Plan Sans Bold': 'http://x/b.woff2' });
  });

  test('hiding a layer only flips visibility of its style layers', () => {
    const before = buildStyle(input());
    const after = buildStyle(input({ visible: new Set<LayerId>(['counties', 'rivers']) }));
    const ops = diffStyle(before, after);
    expect(ops.every((o) => o.op === 'setLayout' && o.key === 'visibility' && o.value === 'none')).toBe(true);
    expect(ops.map((o) => ('id' in o ? o.id : ''))).toEqual(
      ['railways-label', 'railways-line'],
    );
  });

  test('switching language changes only label text fields', () => {
    const ops = diffStyle(buildStyle(input()), buildStyle(input({ lang: 'en' })));
    expect(ops.length).toBeGreaterThan(0);
    expect(ops.every((o) => o.op === 'setLayout' && o.key === 'text-field')).toBe(true);
  });

  test('the phase view only changes filters of phased layers', () => {
    const ops = diffStyle(buildStyle(input()), buildStyle(input({ hidden: ['rail-a'] })));
    expect(ops.map((o) => ('id' in o ? o.id : '')).sort()).toEqual(['railways-label', 'railways-line']);
    for (const op of ops) {
      expect(op).toMatchObject({ op: 'setFilter' });
      expect(JSON.stringify(op)).toContain('rail-a');
    }
  });

  test('the coverage choropleth only changes the county fill colour', () => {
    const ops = diffStyle(buildStyle(input()), buildStyle(input({ choropleth: { '510525': '#8c1d18', '510524': '#f2f0ea' } })));
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ op: 'setPaint', id: 'counties-fill', key: 'fill-color' });
    expect(JSON.stringify(ops[0])).toContain('"510524","#f2f0ea","510525","#8c1d18"');
  });

  test('every source is GeoJSON with ids promoted for feature-state', () => {
    for (const source of Object.values(buildStyle(input()).sources)) {
      expect(source).toMatchObject({ type: 'geojson', promoteId: 'id' });
    }
  });
});

describe('line status in one layer', () => {
  test('each status has its own dash, opacity, width and cap, and lines without a status never look existing', () => {
    const line = buildStyle(input()).layers.find((l) => l.id === 'railways-line');
    expect(line?.type).toBe('line');
    const { paint, layout } = line as Extract<typeof line, { type: 'line' }> & object;
    expect(paint?.['line-dasharray']).toMatchInlineSnapshot(`
      [
        "match",
        [
          "get",
          "status",
        ],
        "existing",
        [
          "literal",
          [
            1,
            0,
          ],
        ],
        "under-construction",
        [
          "literal",
          [
            3,
            1.5,
          ],
        ],
        "planned",
        [
          "literal",
          [
            1,
            1.2,
          ],
        ],
        "proposed",
        [
          "literal",
          [
            0.6,
            2.2,
          ],
        ],
        [
          "literal",
          [
            2,
            1.5,
          ],
        ],
      ]
    `);
    expect(paint?.['line-opacity']).toMatchInlineSnapshot(`
      [
        "match",
        [
          "get",
          "status",
        ],
        "existing",
        1,
        "under-construction",
        0.95,
        "planned",
        0.75,
        "proposed",
        0.55,
        0.7,
      ]
    `);
    expect(layout?.['line-cap']).toMatchInlineSnapshot(`
      [
        "match",
        [
          "get",
          "status",
        ],
        "existing",
        "round",
        "under-construction",
        "butt",
        "planned",
        "butt",
        "proposed",
        "butt",
        "butt",
      ]
    `);
    expect(layout?.['line-sort-key']).toMatchInlineSnapshot(`
      [
        "match",
        [
          "get",
          "status",
        ],
        "existing",
        0,
        "under-construction",
        1,
        "planned",
        2,
        "proposed",
        3,
        4,
      ]
    `);
  });
});
