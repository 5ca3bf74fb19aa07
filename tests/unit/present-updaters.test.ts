import { describe, expect, test } from 'vitest';
import { addScene, deleteScene, moveScene, renameScene, setCaption, stepIndex } from '../../src/present/updaters';
import type { Deck, Scene } from '../../src/present/types';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-02T00:00:00.000Z';

function s(id: string, extra: Partial<Scene> = {}): Scene {
  return { id, title: id.toUpperCase(), caption: '', camera: { center: [105, 28], zoom: 8, bearing: 0, pitch: 0 }, layers: [], phase: 'all', filters: {}, highlighted: [], callouts: [], ...extra };
}
function deck(...ids: string[]): Deck {
  return { id: 'd', title: 'D', scenes: ids.map((id) => s(id)), createdAt: T0, updatedAt: T0 };
}
const ids = (d: Deck) => d.scenes.map((x) => x.id);

describe('deck updaters', () => {
  test('add goes after the given scene, or at the end', () => {
    expect(ids(addScene(deck('a', 'b'), s('n'), T1, 'a'))).toEqual(['a', 'n', 'b']);
    expect(ids(addScene(deck('a', 'b'), s('n'), T1))).toEqual(['a', 'b', 'n']);
    expect(ids(addScene(deck('a', 'b'), s('n'), T1, 'zz'))).toEqual(['a', 'b', 'n']);
    expect(addScene(deck('a'), s('n'), T1).updatedAt).toBe(T1);
  });

  test('move up/down, clamped at the ends (same deck when nothing moves)', () => {
    const d = deck('a', 'b', 'c');
    expect(ids(moveScene(d, 'c', -1, T1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveScene(d, 'a', 1, T1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveScene(d, 'a', -5, T1))).toEqual(['a', 'b', 'c']);
    expect(moveScene(d, 'a', -1, T1)).toBe(d);
    expect(moveScene(d, 'zz', 1, T1)).toBe(d);
    expect(ids(d)).toEqual(['a', 'b', 'c']);
  });

  test('rename trims and refuses empty titles', () => {
    const d = deck('a');
    expect(renameScene(d, 'a', '  新标题 ', T1).scenes[0]?.title).toBe('新标题');
    expect(renameScene(d, 'a', '   ', T1)).toBe(d);
    expect(renameScene(d, 'a', 'A', T1)).toBe(d);
  });

  test('an edited caption is no longer a quote of the plan', () => {
    const d: Deck = { ...deck(), scenes: [s('a', { caption: '原文', captionSource: { documentId: 'lz', start: 1, end: 3 } })] };
    const edited = setCaption(d, 'a', '我的说明', T1).scenes[0];
    expect(edited?.caption).toBe('我的说明');
    expect(edited?.captionSource).toBeUndefined();
    expect(setCaption(d, 'a', '原文', T1)).toBe(d);
  });

  test('delete removes one scene', () => {
    expect(ids(deleteScene(deck('a', 'b'), 'a', T1))).toEqual(['b']);
    const d = deck('a');
    expect(deleteScene(d, 'x', T1)).toBe(d);
  });

  test('the presenter steps inside the deck without wrapping', () => {
    expect(stepIndex(0, 1, 3)).toBe(1);
    expect(stepIndex(2, 1, 3)).toBe(2);
    expect(stepIndex(0, -1, 3)).toBe(0);
    expect(stepIndex(1, 99, 3)).toBe(2);
    expect(stepIndex(0, 1, 0)).toBe(0);
  });
});
