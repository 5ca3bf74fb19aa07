import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { WORKSPACE_VERSION, WorkspaceDb, parseWorkspace, serializeWorkspace } from '../../src/storage';

const FIXTURE = readFileSync('tests/fixtures/import/workspace-v1.json', 'utf8');
const EXPORTED_AT = '2026-01-05T08:30:00.000Z';
/** The v1 fixture as the current version writes it (version 2: an empty list of added plans). */
const FIXTURE_V2 = FIXTURE.replace('"version":1,', '"version":2,').replace(/\}\n$/, ',"plans":[]}\n');

describe('workspace file', () => {
  test('the v1 fixture reads completely', () => {
    const { data, problems } = parseWorkspace(FIXTURE);
    expect(problems).toEqual([]);
    expect(data?.importedLayers.map((l) => [l.id, l.name, l.format, l.visible, l.collection.features.length])).toEqual([['ws1', 'parks', 'geojson', true, 6]]);
    expect(data?.importedLayers[0]?.collection.features[0]?.properties.name).toBe('郎酒庄园');
    expect(data?.scenes.map((s) => s.id)).toEqual(['scene-1']);
    expect(data?.notes).toEqual([{ id: 'note-1', text: '郎酒庄园：待核实边界', featureId: 'imp-ws1-1', createdAt: '2026-01-05T08:10:00.000Z' }]);
    expect(data?.meta).toEqual([{ key: 'importGcj02', value: false }]);
  });

  test('export(import(file)) is the same file (migrated to the current version), also through IndexedDB', async () => {
    const { data } = parseWorkspace(FIXTURE);
    if (!data) throw new Error('fixture unreadable');
    expect(FIXTURE_V2).not.toBe(FIXTURE);
    expect(serializeWorkspace(data, EXPORTED_AT)).toBe(FIXTURE_V2);
    expect(serializeWorkspace(parseWorkspace(FIXTURE_V2).data ?? data, EXPORTED_AT)).toBe(FIXTURE_V2);
    const { db } = await WorkspaceDb.open({ factory: new IDBFactory(), name: 'ws' });
    if (!db) throw new Error('no db');
    await db.putAll(data);
    const read = await db.readAll();
    expect(read.problems).toEqual([]);
    expect(serializeWorkspace(read.data, EXPORTED_AT)).toBe(FIXTURE_V2);
    await db.putAll({ importedLayers: [], scenes: [{ id: 'only' }], notes: [], meta: [] }, true);
    expect((await db.readAll()).data).toEqual({ importedLayers: [], scenes: [{ id: 'only' }], notes: [], meta: [] });
  });

  test('refusals: not JSON, not a workspace, a newer version', () => {
    expect(parseWorkspace('{"format":').problems[0]?.code).toBe('jsonSyntax');
    expect(parseWorkspace('{"type":"FeatureCollection"}')).toEqual({ data: null, problems: [{ code: 'notWorkspace', params: {} }], rawPlans: [] });
    expect(parseWorkspace(`{"format":"planmap-workspace","version":${WORKSPACE_VERSION + 1}}`)).toEqual({
      data: null, problems: [{ code: 'newerVersion', params: { version: WORKSPACE_VERSION + 1 } }], rawPlans: [],
    });
  });

  test('invalid records are reported, the rest is kept', () => {
    const file = JSON.parse(FIXTURE) as Record<string, unknown[]>;
    file.scenes = [...(file.scenes ?? []), { title: 'no id' }, 'text'];
    file.importedLayers = [...(file.importedLayers ?? []), { id: '../../etc', name: 'x' }];
    file.meta = 'not a list' as unknown as unknown[];
    const { data, problems } = parseWorkspace(JSON.stringify(file));
    expect(data?.scenes.map((s) => s.id)).toEqual(['scene-1']);
    expect(data?.importedLayers.map((l) => l.id)).toEqual(['ws1']);
    expect(data?.meta).toEqual([]);
    expect(problems).toEqual([
      { code: 'invalidRecord', params: { store: 'importedLayers', id: '../../etc', why: 'id' } },
      { code: 'invalidRecord', params: { store: 'scenes', id: 'undefined', why: 'id' } },
      { code: 'invalidRecord', params: { store: 'scenes', id: '?', why: 'id' } },
    ]);
  });
});
