import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DeckStorageError, LocalDeckStorage } from '../../src/state/present';
import { memoryStore } from './memory-store';

const NOW = '2026-03-02T00:00:00.000Z';

describe('localStorage deck adapter', () => {
  test('nothing stored → null; saved deck → the same deck, as a versioned file', async () => {
    const store = memoryStore();
    const storage = new LocalDeckStorage(store, 'k', () => NOW);
    expect((await storage.load()).deck).toBeNull();
    const deck = JSON.parse(readFileSync('tests/fixtures/deck-v1.json', 'utf8')).deck;
    await storage.save(deck);
    expect(JSON.parse(store.data.k ?? '{}')).toMatchObject({ version: 1, info: { app: 'planmap', kind: 'deck', savedAt: NOW } });
    await expect(storage.load()).resolves.toEqual({ deck, problems: [], migrated: false, protect: false });
  });

  test('unreadable data rejects with a DeckStorageError naming the problems (nothing else thrown)', async () => {
    const storage = new LocalDeckStorage(memoryStore({ k: '{not json' }), 'k', () => NOW);
    const error = await storage.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeckStorageError);
    expect((error as DeckStorageError).problems[0]?.code).toBe('not-json');
  });

  test('a partly damaged deck loads its valid part and keeps the problems', async () => {
    const raw = JSON.parse(readFileSync('tests/fixtures/deck-v1.json', 'utf8'));
    raw.deck.scenes[0].title = '';
    const storage = new LocalDeckStorage(memoryStore({ k: JSON.stringify(raw) }), 'k', () => NOW);
    const read = await storage.load();
    expect(read.deck?.scenes.length).toBe(2);
    expect(read.problems).toEqual([{ code: 'bad-scene', scene: 1, field: 'title' }]);
  });

  test('no localStorage at all is an error on load and save, not a crash', async () => {
    const storage = new LocalDeckStorage(null);
    await expect(storage.load()).rejects.toBeInstanceOf(DeckStorageError);
    await expect(storage.save({ id: 'd', title: '', scenes: [], createdAt: NOW, updatedAt: NOW })).rejects.toBeInstanceOf(DeckStorageError);
  });
});
