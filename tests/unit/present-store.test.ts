/**
 * The deck store. Each test loads fresh store modules (vi.resetModules) with its own in-memory
 * storage and plan data, so no test depends on another's state or on the order they run in.
 */
import { describe, expect, test, vi } from 'vitest';
import type { PlanCollection } from '../../src/geo/types';
import type { PlanModel } from '../../src/plan/types';
import { LocalDeckStorage } from '../../src/present/deckStorage';
import { memoryStore } from './memory-store';

// A one-chapter plan: enough for the generator to make an overview and one scene.
const TEXT = '四、重点任务\n(一)建设甲带。\n以甲为纲。\n';
const MODEL = {
  version: 1,
  documents: [{ id: 'lz', title: '方案', issuer: '', date: '2022', area: '', areaCounties: [], file: 'lz.txt', sha256: '', length: TEXT.length }],
  sections: [
    { id: 'lz-4', documentId: 'lz', parentId: null, level: 1, kind: 'part', label: '四、', title: '重点任务', span: { start: 0, end: TEXT.length }, titleSpan: { start: 0, end: 6 } },
    { id: 'lz-4-1', documentId: 'lz', parentId: 'lz-4', level: 2, kind: 'chapter', label: '(一)', title: '建设甲带', span: { start: 7, end: TEXT.length }, titleSpan: { start: 7, end: 15 } },
  ],
  tasks: [], indicators: [], flaws: [], nonTargets: [], gazetteer: { files: [], terms: 0 }, unresolvedMentions: [],
} as unknown as PlanModel;

const PARKS = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', id: 'park-a', geometry: { type: 'Point', coordinates: [105, 28] }, properties: { id: 'park-a', name: '甲园' } }],
} as unknown as PlanCollection;

/** Fresh store modules over a storage holding `stored`, with the one-chapter plan (and one park) loaded. */
async function freshStores(stored: Record<string, string> = {}) {
  vi.resetModules();
  const present = await import('../../src/state/present');
  const { useData } = await import('../../src/state/data');
  const store = memoryStore(stored);
  present.setDeckStorage(new LocalDeckStorage(store));
  useData.setState({ status: 'ready', model: MODEL, texts: { lz: TEXT }, collections: { parks: PARKS } });
  return {
    ...present,
    store,
    useCamera: (await import('../../src/state/camera')).useCamera,
    useExplore: (await import('../../src/state/explore')).useExplore,
    useLayers: (await import('../../src/state/layers')).useLayers,
    useSelection: (await import('../../src/state/selection')).useSelection,
  };
}

describe('deck store', () => {
  test('unreadable stored data → a clear notice and the default deck; edits then persist', async () => {
    const { store, bootPresent, usePresent, deckActions, useCamera, useLayers, addCurrentView } = await freshStores({ 'planmap.deck': '{"version":1,"deck":' });
    await expect(bootPresent()).resolves.toBeUndefined();
    const state = usePresent.getState();
    expect(state.status).toBe('ready');
    expect(state.generated).toBe(true);
    expect(state.notice?.key).toBe('present.notice.storedUnreadable');
    expect(state.deck?.scenes.map((s) => [s.id, s.caption])).toEqual([['overview', '《方案》（2022）'], ['lz-4-1', '以甲为纲。']]);
    // Nothing was overwritten yet: the damaged data stays until the planner edits.
    expect(store.data['planmap.deck']).toBe('{"version":1,"deck":');

    deckActions.rename('lz-4-1', '甲带');
    await Promise.resolve();
    const { deck: reloaded } = await new LocalDeckStorage(store).load();
    expect(reloaded?.scenes[1]?.title).toBe('甲带');
    expect(usePresent.getState().generated).toBe(false);

    useCamera.setState({ view: { center: [105.8, 28.04], zoom: 9.5, bearing: 0, pitch: 0 } });
    useLayers.setState({ visible: new Set(['counties', 'railways'] as const) });
    const id = addCurrentView('视图 3');
    expect(id).not.toBeNull();
    const { deck: again } = await new LocalDeckStorage(store).load();
    expect(again?.scenes.map((s) => s.title)).toEqual(['昭通·泸州南翼：两份规划的空间布局', '甲带', '视图 3']);
    expect(again?.scenes[2]).toMatchObject({ id, camera: { center: [105.8, 28.04], zoom: 9.5 }, layers: ['counties', 'railways'] });
  });

  test('applying a scene sets layers, highlights, phase, filters and asks for the camera', async () => {
    const { applyScene, usePresent, useCamera, useExplore, useLayers, useSelection } = await freshStores();
    useSelection.setState({ selected: { layer: 'parks', id: 'park-a' } });
    applyScene(
      { id: 's', title: 'S', caption: '', camera: { center: [105, 28], zoom: 8, bearing: 0, pitch: 0 }, layers: ['parks'], phase: '2035', filters: { theme: 'energy' }, highlighted: ['nope', 'park-a'], callouts: [] },
      { viewport: { width: 800, height: 600 }, padding: { top: 0, right: 0, bottom: 0, left: 0 }, duration: 0 },
    );
    expect([...useLayers.getState().visible]).toEqual(['parks']);
    expect(useSelection.getState()).toMatchObject({ selected: null, highlighted: [{ layer: 'parks', id: 'park-a' }], highlightOwner: 'scene' });
    expect(useExplore.getState()).toMatchObject({ phase: '2035', filters: { theme: 'energy' }, compare: null });
    expect(useCamera.getState().jump?.camera).toEqual({ center: [105, 28], zoom: 8, bearing: 0, pitch: 0 });
    expect(usePresent.getState().notice).toMatchObject({ key: 'present.notice.missingFeatures', params: { list: 'nope' } });
  });

  test('importing a damaged file keeps its valid scenes and lists what was skipped', async () => {
    const { importDeckText, usePresent, store } = await freshStores();
    const file = JSON.stringify({ version: 1, deck: { id: 'd', title: 'x', scenes: [
      { id: 'a', title: 'A', camera: { center: [105, 28], zoom: 8 } },
      { id: 'b', title: 'B', camera: { center: [999, 28], zoom: 8 } },
    ] } });
    expect(importDeckText(file)).toBe(true);
    const state = usePresent.getState();
    expect(state.deck?.scenes.map((s) => s.id)).toEqual(['a']);
    expect(state.notice?.key).toBe('present.notice.importedPartly');
    expect(state.notice?.details).toEqual(['第 2 个场景无效（缺少或错误：camera），已跳过 B']);
    expect(importDeckText('nonsense')).toBe(false);
    expect(usePresent.getState().deck?.scenes.map((s) => s.id)).toEqual(['a']);
    await Promise.resolve();
    expect(JSON.parse(store.data['planmap.deck'] ?? '{}').deck?.scenes.map((s: { id: string }) => s.id)).toEqual(['a']);
  });
});
