/**
 * The workspace's newer records: notes (model), scenes that name imported layers (format and the
 * scene ⇄ state translation), and the imported-layer helpers scenes and details use.
 */
import { describe, expect, test } from 'vitest';
import type { Geometry } from 'geojson';
import { MAX_NOTE_CHARS, checkNote, noteFor, notesById } from '../../src/notes/model';
import { parseDeckFile, serializeDeck } from '../../src/present/format';
import { sceneToState, stateToScene } from '../../src/present/scene';
import type { Deck, Scene } from '../../src/present/types';
import type { ImportedFeature } from '../../src/import/types';
import { importedEntry, showImportedLayers, useImports } from '../../src/state/imports';
import type { StoredLayer } from '../../src/storage';

const NOW = '2026-11-22T00:00:00.000Z';
const SCREEN = { viewport: { width: 800, height: 600 }, padding: { top: 0, right: 0, bottom: 0, left: 0 } };

function scene(extra: Partial<Scene> = {}): Scene {
  return {
    id: 's1', title: '导入视图', caption: '', camera: { center: [105.8, 28], zoom: 9, bearing: 0, pitch: 0 },
    layers: ['counties'], phase: 'all', filters: {}, highlighted: [], callouts: [], ...extra,
  };
}

function feature(id: string, geometry: Geometry): ImportedFeature {
  return { type: 'Feature', id, geometry, properties: { id, name: id, nameEn: id, kind: 'imported', geometrySource: 'dataset', source: '' } };
}

function layer(id: string, features: ImportedFeature[], visible = true): StoredLayer {
  return { id, name: id, fileName: `${id}.geojson`, format: 'geojson', fromGcj02: false, importedAt: NOW, visible, collection: { type: 'FeatureCollection', features } };
}

describe('notes', () => {
  test('blank text deletes; long text is cut to the limit; records are checked', () => {
    expect(noteFor('510525', '  \n', NOW)).toBeNull();
    expect(noteFor('510525', '核查', NOW)).toEqual({ id: '510525', text: '核查', updatedAt: NOW });
    expect(noteFor('x', 'a'.repeat(MAX_NOTE_CHARS + 5), NOW)?.text).toHaveLength(MAX_NOTE_CHARS);
    expect(checkNote({ id: '', text: 'a' })).toEqual({ why: 'id' });
    expect(checkNote({ id: 'a', text: 3 })).toEqual({ why: 'text' });
    const { notes, invalid } = notesById([{ id: 'a', text: '一', updatedAt: NOW }, { id: 'b' }, 'junk', { id: 'a', text: '二' }]);
    expect(notes).toEqual({ a: { id: 'a', text: '二', updatedAt: '' } });
    expect(invalid).toEqual([{ id: 'b', why: 'text' }, { id: '?', why: 'id' }]);
  });
});

describe('scenes with imported layers', () => {
  test('a scene saved with imported layers lists them sorted; one saved without none leaves them alone', () => {
    const base = { camera: scene().camera, layers: scene().layers, phase: 'all' as const, filters: {}, highlighted: [] };
    expect(stateToScene({ ...base, imported: ['b', 'a'] }, { id: 's', title: 't' }).imported).toEqual(['a', 'b']);
    expect('imported' in stateToScene(base, { id: 's', title: 't' })).toBe(false);
    expect(sceneToState(scene(), { layerOf: () => undefined, ...SCREEN }).state.imported).toBeUndefined();
  });

  test('imported layers this browser lacks are reported as missing, the rest applied', () => {
    const { state, missing } = sceneToState(scene({ imported: ['have', 'gone'], highlighted: ['imp-have-1'] }), {
      layerOf: (id) => (id === 'imp-have-1' ? 'imp-have' : undefined), hasImported: (id) => id === 'have', ...SCREEN,
    });
    expect(state.imported).toEqual(['have']);
    expect(state.highlighted).toEqual([{ layer: 'imp-have', id: 'imp-have-1' }]);
    expect(missing).toEqual(['imp-gone']);
  });

  test('the deck format keeps valid imported ids and names the bad ones', () => {
    const deck: Deck = { id: 'd', title: '', createdAt: NOW, updatedAt: NOW, scenes: [scene({ imported: ['k1', 'bad id!', 'k2'] })] };
    const parsed = parseDeckFile(JSON.parse(JSON.stringify(serializeDeck(deck, NOW))), NOW);
    expect(parsed.deck?.scenes[0]?.imported).toEqual(['k1', 'k2']);
    expect(parsed.problems).toEqual([{ code: 'bad-field', scene: 1, field: 'imported', detail: 'bad id!' }]);
  });
});

describe('imported layer helpers', () => {
  test('importedEntry finds a feature by id even when layer ids share a prefix', () => {
    const layers = [layer('ab', [feature('imp-ab-1', { type: 'Point', coordinates: [105, 28] })]), layer('ab-c', [feature('imp-ab-c-1', { type: 'Point', coordinates: [105, 28] })])];
    expect(importedEntry(layers, 'imp-ab-c-1')?.layer.id).toBe('ab-c');
    expect(importedEntry(layers, 'imp-ab-1')?.layer.id).toBe('ab');
    expect(importedEntry(layers, 'imp-zz-1')).toBeUndefined();
  });

  test('showing a scene sets exactly its imported layers visible (same state when nothing changes)', () => {
    useImports.setState({ layers: [layer('a', []), layer('b', [], false)] });
    showImportedLayers(['b']);
    expect(useImports.getState().layers.map((l) => [l.id, l.visible])).toEqual([['a', false], ['b', true]]);
    const before = useImports.getState();
    showImportedLayers(['b']);
    expect(useImports.getState()).toBe(before);
  });
});
