import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createPropertyExpression, featureFilter, isExpression, latest, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { buildStyle, FAMILIES } from '../../src/map/style/build';
import { perFeature, SHARED_DEFAULTS, variesByFeature } from '../../src/map/style/programs';
import { labelPoints } from '../../src/geo/labels';
import { LAYER_IDS, type LayerId, type PlanCollection } from '../../src/geo/types';
import type { StyleInput } from '../../src/map/style/types';

/** The real style: every committed layer, as the app builds it at start-up. */
function realStyle() {
  const data: Partial<Record<LayerId, PlanCollection>> = {};
  for (const id of LAYER_IDS) data[id] = JSON.parse(readFileSync(join('geodata', `${id}.geojson`), 'utf8')) as PlanCollection;
  const input: StyleInput = {
    lang: 'zh', visible: new Set(LAYER_IDS), data, countyLabels: labelPoints(data.counties), hidden: [],
    choropleth: null, measure: null, fonts: { regular: 'http://x/r.woff2', bold: 'http://x/b.woff2' },
  };
  return { style: buildStyle(input), data, input };
}

type Spec = Record<string, Record<string, StylePropertySpecification>>;
const spec = latest as unknown as Spec;

/** A paint value as an expression (a constant array such as a dash is a literal, not an expression). */
const asExpression = (value: unknown) => (Array.isArray(value) && !isExpression(value) ? ['literal', value] : value);

/** How MapLibre stores a paint value: 'constant'/'camera' as uniforms, 'source'/'composite' per vertex. */
function kindOf(type: string, key: string, value: unknown): string {
  const parsed = createPropertyExpression(asExpression(value), `layers[0].paint.${key}`, spec[`paint_${type}`]?.[key] as StylePropertySpecification);
  if (parsed.result !== 'success') throw new Error(`${key}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.kind;
}

/** Which paint properties of a layer MapLibre stores per vertex (its program's attributes), plus the dash. */
function signature(layer: LayerSpecification): string {
  const paint = (layer.paint ?? {}) as Record<string, unknown>;
  // MapLibre keys a program on each per-vertex property and on whether it also follows the zoom.
  const perVertex = Object.entries(paint)
    .map(([key, value]) => [key, kindOf(layer.type, key, value)] as const)
    .filter(([, kind]) => kind === 'source' || kind === 'composite')
    .map(([key, kind]) => `${key}:${kind}`).sort();
  return `${perVertex.join(',')}${paint['line-dasharray'] !== undefined ? ' dashed' : ''}`;
}

describe('shared shader programs', () => {
  test('the defaults the module restates are MapLibre\'s own', () => {
    for (const [type, defaults] of Object.entries(SHARED_DEFAULTS)) {
      expect(Object.keys(defaults).every((key) => spec[`paint_${type}`]?.[key]?.['property-type'] === 'data-driven'), type).toBe(true);
      for (const [key, value] of Object.entries(defaults)) {
        const def = key === 'fill-outline-color' ? undefined : spec[`paint_${type}`]?.[key]?.default;
        expect(typeof value === 'string' ? value.toLowerCase() : value, key).toEqual(def);
      }
    }
  });

  test('the built style is valid MapLibre style', () => {
    const { style } = realStyle();
    expect(validateStyleMin(style as never).map((e) => e.message)).toEqual([]);
  });

  test('layers of a type that vary by feature share one program; constant layers keep the plain one', () => {
    const { style } = realStyle();
    const byType = new Map<string, Set<string>>();
    for (const layer of style.layers) {
      if (!['line', 'circle', 'fill'].includes(layer.type)) continue;
      const sig = signature(layer);
      if (sig === '' || sig === ' dashed') continue; // all-constant: MapLibre's plain program
      byType.set(layer.type, (byType.get(layer.type) ?? new Set()).add(sig));
    }
    for (const [type, signatures] of byType) expect([...signatures], type).toEqual([[...signatures][0]]);
    expect([...byType.keys()].sort()).toEqual(['circle', 'fill', 'line']);
  });

  test('restating changes no drawn value: sample features at three zooms get what the original layer gave them', () => {
    const { style, data, input } = realStyle();
    const originals = new Map(FAMILIES.flatMap((f) => (data[f.id] ? f.layers(input) : [])).map((e) => [e.layer.id, e.layer]));
    let compared = 0;
    let restated = 0;
    for (const layer of style.layers) {
      const before = originals.get(layer.id);
      if (!before) continue;
      const source = (layer as { source?: string }).source as LayerId | undefined;
      // Sample features the layer draws (its filter), as MapLibre evaluates them.
      const filter = featureFilter((layer as { filter?: unknown }).filter as never, `layers[0].filter`);
      const asFeature = (f: Feature) => ({ type: f.geometry.type, properties: f.properties ?? {}, id: f.id });
      const features = ((source && data[source]?.features) || [])
        .filter((f) => filter.filter({ zoom: 8 }, asFeature(f as Feature) as never)).slice(0, 30);
      const beforePaint = (before.paint ?? {}) as Record<string, unknown>;
      for (const [key, value] of Object.entries((layer.paint ?? {}) as Record<string, unknown>)) {
        const propertySpec = spec[`paint_${layer.type}`]?.[key] as StylePropertySpecification;
        if (key === 'line-dasharray' && beforePaint[key] === undefined) {
          expect([['literal', [1, 0]], perFeature([1, 0])], `${layer.id}: a solid line is a dash without a gap`).toContainEqual(value);
          continue;
        }
        if (JSON.stringify(value) !== JSON.stringify(beforePaint[key])) restated++;
        // fill-outline-color unset means the fill colour (the specification has no default for it).
        const fallback = key === 'fill-outline-color' ? beforePaint['fill-color'] ?? '#000000' : propertySpec.default;
        const evaluate = (v: unknown, zoom: number, f: Feature) => {
          const parsed = createPropertyExpression(asExpression(v ?? fallback), `layers.${layer.id}.paint.${key}`, propertySpec);
          if (parsed.result !== 'success') throw new Error(`${layer.id} ${key}`);
          return JSON.stringify(parsed.value.evaluate({ zoom }, asFeature(f) as never));
        };
        for (const f of features as Feature[]) {
          for (const zoom of [5, 7.5, 10]) {
            expect(evaluate(value, zoom, f), `${layer.id} ${key}`).toBe(evaluate(beforePaint[key], zoom, f));
            compared++;
          }
        }
      }
    }
    expect(restated, 'values restated').toBeGreaterThan(10);
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('perFeature', () => {
  test('reads the feature and gives the same value', () => {
    expect(variesByFeature(perFeature(2))).toBe(true);
    expect(perFeature([2, 1])).toEqual(['case', ['has', 'id'], ['literal', [2, 1]], ['literal', [2, 1]]]);
  });

  test('keeps a zoom curve at the top, per-feature stops inside', () => {
    expect(perFeature(['interpolate', ['linear'], ['zoom'], 5, 1, 10, 3])).toEqual(
      ['interpolate', ['linear'], ['zoom'], 5, ['case', ['has', 'id'], 1, 1], 10, ['case', ['has', 'id'], 3, 3]],
    );
    expect(perFeature(['step', ['zoom'], 0, 8, 1])).toEqual(['step', ['zoom'], ['case', ['has', 'id'], 0, 0], 8, ['case', ['has', 'id'], 1, 1]]);
  });

  test('tells constant paint from paint that reads the feature', () => {
    expect(variesByFeature('#fff')).toBe(false);
    expect(variesByFeature(['literal', ['get', 'x']])).toBe(false);
    expect(variesByFeature(['interpolate', ['linear'], ['zoom'], 5, 1, 10, 3])).toBe(false);
    expect(variesByFeature(['case', ['boolean', ['feature-state', 'hover'], false], 1, 2])).toBe(true);
    expect(variesByFeature(['match', ['get', 'status'], 'a', 1, 2])).toBe(true);
  });
});
