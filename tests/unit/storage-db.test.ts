import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { MIGRATIONS, WorkspaceDb, parseWorkspace, schemaVersion, type Migration, type StoredLayer } from '../../src/storage';

const NAME = 'planmap-test';

/** Opens a raw database at a version, letting `upgrade` create stores and records (the "fixture"). */
function rawDb(factory: IDBFactory, version: number, upgrade: (db: IDBDatabase, tx: IDBTransaction) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.open(NAME, version);
    req.onupgradeneeded = () => upgrade(req.result, req.transaction as IDBTransaction);
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

/** The layer of the committed workspace fixture, as v1 stores it. */
function fixtureLayer(): StoredLayer {
  const { data } = parseWorkspace(readFileSync('tests/fixtures/import/workspace-v1.json', 'utf8'));
  const layer = data?.importedLayers[0];
  if (!layer) throw new Error('fixture has no layer');
  return layer;
}

async function open(factory: IDBFactory, migrations?: readonly Migration[]): Promise<{ db: WorkspaceDb; problems: unknown[] }> {
  const opened = await WorkspaceDb.open({ factory, name: NAME, ...(migrations ? { migrations } : {}) });
  if (!opened.db) throw new Error(`not opened: ${JSON.stringify(opened.problems)}`);
  return { db: opened.db, problems: opened.problems };
}

describe('workspace database', () => {
  test('v0 → current: a new database gets every store and round-trips records', async () => {
    const factory = new IDBFactory();
    const { db, problems } = await open(factory);
    expect(problems).toEqual([]);
    expect(db.version).toBe(schemaVersion());
    const layer = fixtureLayer();
    await db.putLayer(layer);
    await db.putRecord('scenes', { id: 's1', title: '场景' });
    await db.putRecord('notes', { id: 'n1', text: '备注' });
    await db.setMeta({ key: 'importGcj02', value: true });
    db.close();
    const again = await open(factory);
    const read = await again.db.readAll();
    expect(read.problems).toEqual([]);
    expect(read.data.importedLayers).toEqual([layer]);
    expect(read.data.scenes).toEqual([{ id: 's1', title: '场景' }]);
    expect(read.data.notes).toEqual([{ id: 'n1', text: '备注' }]);
    expect(read.data.meta).toEqual([{ key: 'importGcj02', value: true }]);
    await again.db.deleteLayer(layer.id);
    expect((await again.db.readAll()).data.importedLayers).toEqual([]);
  });

  test('a v1 fixture with damaged records: the damage is reported, everything readable is kept', async () => {
    const factory = new IDBFactory();
    const good = fixtureLayer();
    const damagedFeature = { type: 'Feature', id: `imp-${good.id}-99`, properties: { name: 'x' }, geometry: { type: 'Point', coordinates: [999, 0] } };
    await rawDb(factory, 1, (db) => {
      const layers = db.createObjectStore('importedLayers', { keyPath: 'id' });
      db.createObjectStore('scenes', { keyPath: 'id' }).put({ id: 's1', title: 'ok' });
      db.createObjectStore('notes', { keyPath: 'id' }).put({ id: 'n1', text: 'ok' });
      db.createObjectStore('meta', { keyPath: 'key' }).put({ key: 'k', value: 1 });
      layers.put({ ...good, collection: { ...good.collection, features: [...good.collection.features, damagedFeature] } });
      layers.put({ id: 'bad-format', name: 'x', fileName: 'x', importedAt: 't', format: 'exe', collection: { type: 'FeatureCollection', features: [] } });
      layers.put({ id: 'no-collection', name: 'x', fileName: 'x', importedAt: 't', format: 'csv' });
    });
    const { db } = await open(factory);
    const read = await db.readAll();
    expect(read.data.importedLayers.map((l) => l.id)).toEqual([good.id]);
    expect(read.data.importedLayers[0]?.collection.features).toEqual(good.collection.features);
    expect(read.data.scenes).toEqual([{ id: 's1', title: 'ok' }]);
    expect(read.problems).toEqual([
      { code: 'invalidRecord', params: { store: 'importedLayers', id: 'bad-format', why: 'format' } },
      { code: 'invalidRecord', params: { store: 'importedLayers', id: 'no-collection', why: 'collection' } },
      { code: 'featuresDropped', params: { layer: good.name, count: 1 } },
    ]);
  });

  test('the registry runs only the migrations above the stored version, in order, on existing data', async () => {
    const factory = new IDBFactory();
    const { db } = await open(factory);
    await db.putRecord('notes', { id: 'n1', text: 'old' });
    db.close();
    const ran: number[] = [];
    const next = MIGRATIONS.length + 1;
    const v2: Migration = {
      version: next,
      description: 'test: notes get a default author',
      upgrade: (_db, tx) => {
        ran.push(next);
        const cursorReq = tx.objectStore('notes').openCursor();
        cursorReq.onsuccess = () => {
          const cursor = cursorReq.result;
          if (!cursor) return;
          cursor.update({ ...cursor.value, author: '规划师' });
          cursor.continue();
        };
      },
    };
    const upgraded = await open(factory, [...MIGRATIONS, v2]);
    expect(upgraded.db.version).toBe(next);
    expect(ran).toEqual([next]);
    expect((await upgraded.db.readAll()).data.notes).toEqual([{ id: 'n1', text: 'old', author: '规划师' }]);
  });

  test('a failing migration is reported and the data is still read at the old version', async () => {
    const factory = new IDBFactory();
    const first = await open(factory);
    await first.db.putRecord('scenes', { id: 's1' });
    first.db.close();
    const broken: Migration = { version: MIGRATIONS.length + 1, description: 'throws', upgrade: () => { throw new Error('boom'); } };
    const opened = await WorkspaceDb.open({ factory, name: NAME, migrations: [...MIGRATIONS, broken] });
    expect(opened.problems).toEqual([{ code: 'migrationFailed', params: { detail: 'Error: boom' } }]);
    expect(opened.db?.version).toBe(MIGRATIONS.length);
    expect((await opened.db?.readAll())?.data.scenes).toEqual([{ id: 's1' }]);
  });

  test('a database from a newer app version is opened as it is; unknown stores are ignored, missing ones reported', async () => {
    const factory = new IDBFactory();
    await rawDb(factory, 7, (db) => {
      db.createObjectStore('scenes', { keyPath: 'id' }).put({ id: 's9' });
      db.createObjectStore('futureStore');
    });
    const opened = await WorkspaceDb.open({ factory, name: NAME });
    expect(opened.problems).toEqual([{ code: 'newerVersion', params: { version: schemaVersion() } }]);
    const read = await opened.db?.readAll();
    expect(read?.data.scenes).toEqual([{ id: 's9' }]);
    expect(read?.problems.map((p) => p.params.store)).toEqual(['importedLayers', 'notes', 'meta']);
  });

  test('no IndexedDB at all: a problem, no exception', async () => {
    const opened = await WorkspaceDb.open({ factory: undefined, name: NAME });
    expect(opened).toEqual({ db: null, problems: [{ code: 'unavailable', params: {} }] });
  });
});
