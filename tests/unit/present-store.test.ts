import { describe, expect, test } from 'vitest';
import type { PlanModel } from '../../src/plan/types';
import { useCamera } from '../../src/state/camera';
import { useData } from '../../src/state/data';
import { useExplore } from '../../src/state/explore';
import { useLayers } from '../../src/state/layers';
import {
  addCurrentView, applyScene, bootPresent, deckActions, importDeckText, LocalDeckStorage, setDeckStorage, usePresent,
} from '../../src/state/present';
import { useSelection } from '../../src/state/selection';
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

describe('deck store', () => {
  test('unreadable stored data → a clear notice and the default deck; edits then persist', async () => {
    const store = memoryStore({ 'planmap.deck': '{"version":1,"deck":' });
    setDeckStorage(new LocalDeckStorage(store));
    useData.setState({ status: 'ready', model: MODEL, texts: { lz: TEXT }, collections: {} });
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

  test('applying a scene sets layers, highlights, phase, filters and asks for the camera', () => {
    applyScene(
      { id: 's', title: 'S', caption: '', camera: { center: [105, 28], zoom: 8, bearing: 0, pitch: 0 }, layers: ['parks'], phase: '2035', filters: { theme: 'energy' }, highlighted: ['nope'], callouts: [] },
      { viewport: { width: 800, height: 600 }, padding: { top: 0, right: 0, bottom: 0, left: 0 }, duration: 0 },
    );
    expect([...useLayers.getState().visible]).toEqual(['parks']);
    expect(useSelection.getState().highlighted).toEqual([]);
    expect(useExplore.getState()).toMatchObject({ phase: '2035', filters: { theme: 'energy' }, compare: null });
    expect(useCamera.getState().jump?.camera).toEqual({ center: [105, 28], zoom: 8, bearing: 0, pitch: 0 });
    expect(usePresent.getState().notice).toMatchObject({ key: 'present.notice.missingFeatures', params: { list: 'nope' } });
  });

  test('importing a damaged file keeps its valid scenes and lists what was skipped', () => {
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
  });
});
