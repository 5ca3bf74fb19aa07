/**
 * The deck store against a storage whose loads the test resolves by hand: overlapping loads (a
 * workspace import while the first load runs) and a protected stored deck (not overwritten by edits).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { PlanModel } from '../../src/plan/types';
import type { DeckRead, DeckStorage } from '../../src/present/deckStorage';
import type { Deck } from '../../src/present/types';
import { useData } from '../../src/state/data';
import { bootPresent, deckActions, resetDeck, setDeckStorage, usePresent } from '../../src/state/present';
import { bumpWorkspaceRevision } from '../../src/state/workspaceDb';

const TEXT = '四、重点任务\n(一)建设甲带。\n以甲为纲。\n';
const MODEL = {
  version: 1,
  documents: [{ id: 'lz', title: '方案', issuer: '', date: '2022', area: '', areaCounties: [], file: 'lz.txt', sha256: '', length: TEXT.length }],
  sections: [], tasks: [], indicators: [], flaws: [], nonTargets: [], gazetteer: { files: [], terms: 0 }, unresolvedMentions: [],
} as unknown as PlanModel;

/** A storage whose loads wait until the test resolves them, in any order. */
class HandStorage implements DeckStorage {
  readonly loads: ((read: DeckRead) => void)[] = [];
  readonly saved: Deck[] = [];
  load(): Promise<DeckRead> {
    return new Promise((resolve) => this.loads.push(resolve));
  }
  async save(deck: Deck): Promise<void> {
    this.saved.push(deck);
  }
}

const deck = (title: string): Deck => ({ ...(JSON.parse(readFileSync('tests/fixtures/deck-v1.json', 'utf8')).deck as Deck), title });
const read = (d: Deck, protect = false): DeckRead => ({ deck: d, problems: [], migrated: false, protect });
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('deck store reloads', () => {
  test('a load that finishes after a newer one does not replace the newer deck', async () => {
    const storage = new HandStorage();
    setDeckStorage(storage);
    useData.setState({ status: 'ready', model: MODEL, texts: { lz: TEXT }, collections: {} });
    void bootPresent();
    bumpWorkspaceRevision(); // a workspace file was imported while the first load runs
    expect(storage.loads).toHaveLength(2);
    storage.loads[1]?.(read(deck('来自工作区')));
    await settled();
    expect(usePresent.getState().deck?.title).toBe('来自工作区');
    storage.loads[0]?.(read(deck('旧的')));
    await settled();
    expect(usePresent.getState()).toMatchObject({ status: 'ready', deck: { title: '来自工作区' } });
  });

  test('a protected stored deck is not overwritten by edits; an explicit reset saves', async () => {
    const storage = new HandStorage();
    setDeckStorage(storage);
    bumpWorkspaceRevision();
    expect(usePresent.getState().status).toBe('loading');
    deckActions.rename('overview', '加载中改名'); // ignored while loading
    storage.loads[0]?.(read(deck('新版本的'), true));
    await settled();
    expect(usePresent.getState().protect).toBe(true);
    deckActions.rename('overview', '改名');
    expect(usePresent.getState().deck?.scenes[0]?.title).toBe('改名');
    expect(usePresent.getState().notice?.key).toBe('present.notice.notSaved');
    expect(storage.saved).toEqual([]);
    await resetDeck();
    expect(storage.saved).toHaveLength(1);
    expect(usePresent.getState().protect).toBe(false);
  });
});
