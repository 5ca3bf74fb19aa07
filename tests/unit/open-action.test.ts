/**
 * The one "open a feature / focus a plan item" path: the pure actions (explore/open.ts) and the
 * bbox helper they share (geo/bounds.ts); search picks and the panels' buttons both go through them.
 */
import { describe, expect, test } from 'vitest';
import type { Feature } from 'geojson';
import { focusAction, openAction, OPEN_ZOOM, type FeatureLookup } from '../../src/explore/open';
import { featuresBounds } from '../../src/geo/bounds';
import type { BaseProps, PlanFeature } from '../../src/geo/types';

const feature = (id: string, geometry: Feature['geometry']): PlanFeature<BaseProps> =>
  ({ type: 'Feature', id, geometry, properties: { id, name: id } }) as unknown as PlanFeature<BaseProps>;

const PARK = feature('park-a', { type: 'Point', coordinates: [105, 28] });
const ROAD = feature('hwy-a', { type: 'LineString', coordinates: [[104, 27.5], [105.5, 28.5]] });
const LOOKUP: FeatureLookup = new Map([
  ['park-a', { layer: 'parks', feature: PARK }],
  ['hwy-a', { layer: 'highways', feature: ROAD }],
]);

describe('feature bounds', () => {
  test('the union of the features, skipping features without coordinates; null when none has any', () => {
    expect(featuresBounds([PARK, ROAD])).toEqual([104, 27.5, 105.5, 28.5]);
    expect(featuresBounds([feature('x', null as unknown as Feature['geometry']), PARK])).toEqual([105, 28, 105, 28]);
    expect(featuresBounds([])).toBeNull();
  });

  test('a 3D bbox gives the same west/south/east/north', () => {
    expect(featuresBounds([feature('z', { type: 'LineString', coordinates: [[104, 27, 100], [105, 28, 300]] })])).toEqual([104, 27, 105, 28]);
  });
});

describe('open and focus actions', () => {
  test('opening a feature selects it, clears focus and highlight and fits it; areas to zoom 9, others to 10.5', () => {
    expect(openAction({ layer: 'parks', id: 'park-a' }, PARK)).toEqual({
      selected: { layer: 'parks', id: 'park-a' }, highlighted: [], bounds: [105, 28, 105, 28], maxZoom: OPEN_ZOOM.feature, focus: null,
    });
    for (const layer of ['counties', 'context-counties', 'prefectures', 'provinces'] as const) {
      expect(openAction({ layer, id: 'x' }, PARK).maxZoom).toBe(OPEN_ZOOM.area);
    }
    expect(openAction({ layer: 'imp-k', id: 'imp-k-1' }, null, [1, 2, 3, 4])).toMatchObject({ bounds: [1, 2, 3, 4], maxZoom: 10.5 });
    expect(openAction({ layer: 'parks', id: 'gone' }, null).bounds).toBeNull();
  });

  test('focusing a task highlights its loaded features once each and fits them all at zoom 10, keeping the selection', () => {
    const action = focusAction({ kind: 'task', id: 't' }, ['hwy-a', 'gone', 'park-a', 'hwy-a'], LOOKUP);
    expect(action).toEqual({
      highlighted: [{ layer: 'highways', id: 'hwy-a' }, { layer: 'parks', id: 'park-a' }],
      bounds: [104, 27.5, 105.5, 28.5], maxZoom: OPEN_ZOOM.features, focus: { kind: 'task', id: 't' },
    });
    expect('selected' in action).toBe(false);
  });
});
