import { describe, expect, test } from 'vitest';
import { newSceneId, sceneToState, stateToScene } from '../../src/present/scene';
import type { Scene, SceneState } from '../../src/present/types';
import { formatUrl, parseUrl } from '../../src/state/urlCodec';

const PADDING = { top: 10, right: 10, bottom: 10, left: 10 };
const layerOf = (id: string) => (id === '510525' ? 'counties' : id.startsWith('park-') ? 'parks' : undefined);

function scene(extra: Partial<Scene> = {}): Scene {
  return {
    id: 's1', title: '酱酒', caption: '说明', camera: { center: [105.8, 28], zoom: 9, bearing: 10, pitch: 20 },
    layers: ['parks', 'counties'], phase: '2025', filters: { documentId: 'lz' }, highlighted: ['510525', 'park-a'], callouts: ['ind-1'],
    ...extra,
  };
}

describe('sceneToState / stateToScene', () => {
  test('a saved view is restored exactly, highlights resolved to their layers', () => {
    const { state, missing } = sceneToState(scene(), { layerOf, viewport: { width: 800, height: 600 }, padding: PADDING });
    expect(missing).toEqual([]);
    expect(state).toEqual({
      camera: { center: [105.8, 28], zoom: 9, bearing: 10, pitch: 20 },
      layers: ['parks', 'counties'],
      phase: '2025',
      filters: { documentId: 'lz' },
      highlighted: [{ layer: 'counties', id: '510525' }, { layer: 'parks', id: 'park-a' }],
    });
  });

  test('a fitted scene is framed for the screen it is shown on', () => {
    const fitted = scene({ fit: [105, 27.5, 106, 28.5] });
    const small = sceneToState(fitted, { layerOf, viewport: { width: 800, height: 600 }, padding: PADDING }).state.camera;
    const big = sceneToState(fitted, { layerOf, viewport: { width: 1600, height: 1200 }, padding: PADDING }).state.camera;
    expect(big.zoom).toBeGreaterThan(small.zoom);
    expect(big.bearing).toBe(0);
    expect(big.center[0]).toBeCloseTo(105.5, 5);
  });

  test('ids no loaded layer has are reported, not applied', () => {
    const { state, missing } = sceneToState(scene({ highlighted: ['gone', 'park-b'] }), { layerOf, viewport: { width: 800, height: 600 }, padding: PADDING });
    expect(missing).toEqual(['gone']);
    expect(state.highlighted).toEqual([{ layer: 'parks', id: 'park-b' }]);
  });

  test('state → scene → state round-trips (camera rounded, layers sorted)', () => {
    const state: SceneState = {
      camera: { center: [105.123456789, 28.987654321], zoom: 8.123456, bearing: 12.34, pitch: 0 },
      layers: ['railways', 'counties'],
      phase: 'existing',
      filters: { theme: 'transport' },
      highlighted: [{ layer: 'parks', id: 'park-x' }],
    };
    const saved = stateToScene(state, { id: 'u-1', title: '视图 1' });
    expect(saved).toEqual({
      id: 'u-1', title: '视图 1', caption: '',
      camera: { center: [105.123457, 28.987654], zoom: 8.123, bearing: 12.3, pitch: 0 },
      layers: ['counties', 'railways'], phase: 'existing', filters: { theme: 'transport' }, highlighted: ['park-x'], callouts: [],
    });
    expect(saved.fit).toBeUndefined();
    const back = sceneToState(saved, { layerOf, viewport: { width: 800, height: 600 }, padding: PADDING }).state;
    expect(back).toEqual({ ...state, camera: saved.camera, layers: ['counties', 'railways'] });
  });

  test('new scene ids are URL-safe and never collide', () => {
    const a = newSceneId(new Set(), 1_700_000_000_000, 0.5);
    expect(a).toMatch(/^[\w.-]{1,80}$/);
    expect(newSceneId(new Set([a]), 1_700_000_000_000, 0.5)).toBe(`${a}-2`);
    expect(newSceneId(new Set([a, `${a}-2`]), 1_700_000_000_000, 0.5)).toBe(`${a}-3`);
  });
});

describe('scene links', () => {
  test('?scene=<id> is parsed, kept and refused when unsafe', () => {
    expect(parseUrl('?scene=zt-s2.cor-jinsha-clean-energy').state).toEqual({ scene: 'zt-s2.cor-jinsha-clean-energy' });
    expect(parseUrl('?scene=%3Cscript%3E')).toEqual({ state: {}, notices: ['scene=<script>'] });
    expect(formatUrl({ scene: 'lz-4-2', panel: 'present' })).toBe('panel=present&scene=lz-4-2');
  });
});
