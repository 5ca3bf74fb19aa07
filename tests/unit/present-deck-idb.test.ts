import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import {
  DeckStorageError, IndexedDeckStorage, LocalDeckStorage, deckFromRecords, deckHeader, deckRecords, putDeck,
} from '../../src/present/deckStorage';
import type { Deck } from '../../src/present/types';
import { WorkspaceDb, parseWorkspace, serializeWorkspace } from '../../src/storage';
import { workspaceDeck } from '../../src/state/workspaceFile';
import { memoryStore } from './memory-store';

const NOW = '2026-03-02T00:00:00.000Z';


const fixtureText = () => readFileSync('tests/fixtures/deck-v1.json', 'utf8');
const fixtureDeck = (): Deck => JSON.parse(fixtureText()).deck as Deck;

async function database(): Promise<WorkspaceDb> {
  const { db } = await WorkspaceDb.open({ factory: new IDBFactory(), name: 'deck-test' });
  if (!db) throw new Error('no database');
  return db;
}

function storageOn(db: WorkspaceDb | null, local = memoryStore()): { storage: IndexedDeckStorage; local: ReturnType<typeof memoryStore> } {
  return { storage: new IndexedDeckStorage(async () => db, new LocalDeckStorage(local, 'planmap.deck', () => NOW), () => NOW), local };
}

describe('deck in IndexedDB', () => {
  test('nothing stored → null; a saved deck reads back equal, one record per scene in order', async () => {
    const db = await database();
    const { storage } = storageOn(db);
    await expect(storage.load()).resolves.toEqual({ deck: null, problems: [], migrated: false, protect: false });
    const deck = fixtureDeck();
    await storage.save(deck);
    await expect(storage.load()).resolves.toEqual({ deck, problems: [], migrated: false, protect: false });
    const { data } = await db.readAll();
    const stored = data.scenes.map((s) => [s.id, s.position] as const).sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(stored).toEqual(deck.scenes.map((s, i) => [s.id, i]));
    expect(data.meta.find((m) => m.key === 'deck')?.value).toMatchObject({ id: deck.id, title: deck.title });
  });

  test('reordering and deleting replace the stored scenes (no stale records left)', async () => {
    const db = await database();
    const { storage } = storageOn(db);
    const deck = fixtureDeck();
    await storage.save(deck);
    const [first, second] = deck.scenes;
    if (!first || !second) throw new Error('fixture too short');
    const next = { ...deck, scenes: [second, first] };
    await storage.save(next);
    expect((await storage.load()).deck).toEqual(next);
    await storage.save({ ...deck, scenes: [] });
    expect((await storage.load()).deck).toEqual({ ...deck, scenes: [] });
  });

  test('a deck left in localStorage moves into IndexedDB once; the old key is removed', async () => {
    const db = await database();
    const { storage, local } = storageOn(db, memoryStore({ 'planmap.deck': fixtureText() }));
    const read = await storage.load();
    expect(read.deck).toEqual(fixtureDeck());
    expect(read.migrated).toBe(true);
    expect(local.data['planmap.deck']).toBeUndefined();
    const again = await storageOn(db).storage.load();
    expect(again.deck).toEqual(fixtureDeck());
    expect(again.migrated).toBe(false);
  });

  test('an unreadable localStorage deck is reported and left where it is', async () => {
    const db = await database();
    const { storage, local } = storageOn(db, memoryStore({ 'planmap.deck': '{"version":1,"deck":' }));
    await expect(storage.load()).rejects.toBeInstanceOf(DeckStorageError);
    expect(local.data['planmap.deck']).toBe('{"version":1,"deck":');
  });

  test('a damaged scene record is dropped and named; the other scenes load', async () => {
    const db = await database();
    const deck = fixtureDeck();
    const records = deckRecords(deck);
    const damaged = { ...records[1], camera: { center: ['x', 28], zoom: 9 } };
    await putDeck(db, { id: deck.id, title: deck.title }, [records[0], damaged, ...records.slice(2)] as typeof records);
    const { storage } = storageOn(db);
    const loaded = await storage.load();
    expect(loaded.deck?.scenes.map((s) => s.id)).toEqual(deck.scenes.filter((_, i) => i !== 1).map((s) => s.id));
    expect(loaded.problems).toEqual([{ code: 'bad-scene', scene: 2, field: 'camera', detail: deck.scenes[1]?.title }]);
    // Invalid records are gone for good; nothing unread is left to protect.
    expect(loaded.protect).toBe(false);
  });

  test('a header from a newer app version is refused with a message, and protected from being overwritten', async () => {
    expect(deckFromRecords({ version: 99 }, deckRecords(fixtureDeck()), NOW)).toEqual({ deck: null, problems: [{ code: 'newer-version', detail: '99' }] });
    const db = await database();
    await putDeck(db, { version: 99 }, deckRecords(fixtureDeck()));
    const error = await storageOn(db).storage.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeckStorageError);
    expect((error as DeckStorageError).protect).toBe(true);
  });

  test('without IndexedDB the deck stays in localStorage', async () => {
    const { storage, local } = storageOn(null);
    await storage.save(fixtureDeck());
    expect(JSON.parse(local.data['planmap.deck'] ?? '{}')).toMatchObject({ version: 1, deck: { id: fixtureDeck().id } });
    expect((await storage.load()).deck).toEqual(fixtureDeck());
  });

  test('the workspace file carries the deck: export, a fresh database, import → the same deck', async () => {
    const db = await database();
    await storageOn(db).storage.save(fixtureDeck());
    const text = serializeWorkspace((await db.readAll()).data, NOW);
    const parsed = parseWorkspace(text);
    if (!parsed.data) throw new Error('workspace not read');
    const other = await database();
    await putDeck(other, { id: 'old' }, deckRecords({ ...fixtureDeck(), scenes: fixtureDeck().scenes.slice(0, 1).map((s) => ({ ...s, id: 'stale' })) }));
    // As importing a workspace file does: the file's deck, validated, replaces the stored one.
    const { deck } = workspaceDeck(parsed.data, NOW);
    if (!deck) throw new Error('no deck in the file');
    await putDeck(other, deckHeader(deck), deckRecords(deck));
    expect((await storageOn(other).storage.load()).deck).toEqual(fixtureDeck());
  });
});

describe("a workspace file's deck", () => {
  const data = (scenes: unknown[], header?: unknown) => ({
    importedLayers: [], notes: [], scenes: scenes as never[], meta: header === undefined ? [] : [{ key: 'deck', value: header }],
  });

  test('no scenes and no header: no deck, the current one stays', () => {
    expect(workspaceDeck(data([]), NOW)).toEqual({ deck: null, problems: [] });
  });

  test('valid scenes replace the deck; broken ones are named', () => {
    const records = deckRecords(fixtureDeck());
    const { deck, problems } = workspaceDeck(data([...records, { id: 'x', position: 9 }], { id: 'd', title: '会' }), NOW);
    expect(deck?.scenes.map((s) => s.id)).toEqual(fixtureDeck().scenes.map((s) => s.id));
    expect(deck?.title).toBe('会');
    expect(problems).toEqual([{ code: 'invalidRecord', params: { store: 'scenes', id: `#${records.length + 1}`, why: 'bad-scene: camera, title' } }]);
  });

  test('a deck from a newer version, or with no usable scene, is refused and the current deck kept', () => {
    expect(workspaceDeck(data(deckRecords(fixtureDeck()), { version: 99 }), NOW)).toEqual({
      deck: null,
      problems: [{ code: 'invalidRecord', params: { store: 'scenes', id: '99', why: 'newer-version' } }, { code: 'deckKept', params: {} }],
    });
    expect(workspaceDeck(data([{ id: 'x' }]), NOW).problems.at(-1)).toEqual({ code: 'deckKept', params: {} });
  });
});
