/**
 * Cross-store changes as pure updaters (state/compose.ts): showing a scene and applying a URL, from
 * one value of all the stores they touch to the next, without React or the stores.
 */
import { describe, expect, test } from 'vitest';
import { buildPlanIndex } from '../../src/explore/planIndex';
import type { FeatureLookup } from '../../src/explore/open';
import type { BaseProps, PlanFeature } from '../../src/geo/types';
import type { PlanModel } from '../../src/plan/types';
import type { SceneState } from '../../src/present/types';
import { sceneApplied, urlApplied, type Slices } from '../../src/state/compose';

const point = (id: string, lng: number, lat: number): PlanFeature<BaseProps> =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { id, name: id } }) as unknown as PlanFeature<BaseProps>;

const FEATURES: FeatureLookup = new Map([
  ['park-a', { layer: 'parks', feature: point('park-a', 105, 28) }],
  ['park-b', { layer: 'parks', feature: point('park-b', 106, 29) }],
]);

const PLAN = buildPlanIndex({
  documents: [{ id: 'lz' }], sections: [], indicators: [],
  tasks: [{ id: 'lz-1', documentId: 'lz', featureIds: ['park-a', 'gone'], links: [], themes: [], leadUnits: [], responsibleUnits: [] }],
} as unknown as PlanModel);

/** Every store at its start state, plus what a planner had on screen. */
function start(): Slices {
  return {
    layers: { visible: new Set(['counties', 'parks'] as const) },
    selection: { hovered: { layer: 'parks', id: 'park-b' }, selected: { layer: 'parks', id: 'park-b' }, highlighted: [{ layer: 'parks', id: 'park-b' }], highlightOwner: 'cell' },
    focus: { focus: { kind: 'agency', id: '市交通局' } },
    explore: { panel: 'coverage', doc: 'zt', readerTarget: null, filters: { theme: 'energy' }, phase: '2025', compare: '2035' },
    camera: { view: null, fit: null, jump: { camera: { center: [0, 0], zoom: 1, bearing: 0, pitch: 0 }, seq: 4 }, fly: null },
  };
}

const CAMERA = { center: [105.5, 28.2] as [number, number], zoom: 9, bearing: 0, pitch: 0 };
const SCENE: SceneState = { camera: CAMERA, layers: ['railways'], phase: 'existing', filters: { documentId: 'lz' }, highlighted: [{ layer: 'parks', id: 'park-a' }] };

describe('showing a scene', () => {
  test('layers, phase and filters from the scene; its highlight owned by the scene; no selection, focus or compare', () => {
    const before = start();
    const next = sceneApplied(before, SCENE, 0);
    expect([...next.layers.visible]).toEqual(['railways']);
    expect(next.selection).toEqual({ hovered: before.selection.hovered, selected: null, highlighted: SCENE.highlighted, highlightOwner: 'scene' });
    expect(next.focus.focus).toBeNull();
    expect(next.explore).toEqual({ ...before.explore, phase: 'existing', filters: { documentId: 'lz' }, compare: null });
    expect(next.camera.jump).toEqual({ camera: CAMERA, seq: 5 });
    expect(next.camera.fly).toBeNull();
    // The input is not touched.
    expect(before).toEqual(start());
  });

  test('a duration flies instead of jumping', () => {
    const next = sceneApplied(start(), SCENE, 800);
    expect(next.camera.fly).toEqual({ camera: CAMERA, duration: 800, seq: 1 });
    expect(next.camera.jump).toEqual(start().camera.jump);
  });
});

describe('applying a URL', () => {
  const ctx = { features: FEATURES, plan: PLAN, documentIds: ['lz', 'zt'] };

  test('a focused task highlights its loaded features; the selection, panel, phase and camera follow the URL', () => {
    const before = start();
    const { slices, notices } = urlApplied(before, { selected: 'park-b', focus: { kind: 'task', id: 'lz-1' }, panel: 'tasks', phase: '2035', camera: CAMERA }, ctx);
    expect(notices).toEqual([]);
    expect(slices.selection).toMatchObject({ selected: { layer: 'parks', id: 'park-b' }, highlighted: [{ layer: 'parks', id: 'park-a' }], highlightOwner: 'focus' });
    expect(slices.focus.focus).toEqual({ kind: 'task', id: 'lz-1' });
    expect(slices.explore).toMatchObject({ panel: 'tasks', doc: 'lz', filters: {}, phase: '2035', compare: null });
    expect(slices.camera.jump).toEqual({ camera: CAMERA, seq: 5 });
    // No `layers` key: the visible layers stay.
    expect(slices.layers).toBe(before.layers);
  });

  test('names that are not loaded become notices and are left out; no focus clears the highlight', () => {
    const before = start();
    const { slices, notices } = urlApplied(before, { selected: 'nowhere', focus: { kind: 'indicator', id: 'ind-x' }, doc: 'xx', layers: [] }, ctx);
    expect(notices).toEqual(['sel=nowhere', 'focus=indicator:ind-x', 'doc=xx']);
    expect(slices.selection).toMatchObject({ selected: null, highlighted: [], highlightOwner: null });
    expect(slices.focus.focus).toBeNull();
    expect(slices.explore.doc).toBe('lz');
    expect([...slices.layers.visible]).toEqual([]);
    // No camera: none is asked for.
    expect(slices.camera).toBe(before.camera);
  });
});
