import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPinyin } from '../../src/search/pinyin';
import { buildCoverage } from '../../src/geo/coverage';
import type { LayerId, PlanCollection } from '../../src/geo/types';
import { en } from '../../src/i18n/en';
import { ZH, loadLang } from '../../src/i18n/strings';

const STRINGS = { zh: ZH, en };

beforeAll(() => loadLang('en'));
import { GEOMETRY_REASONS } from '../../src/import/geometry';
import { NOTE_CODES, type ImportedFeature, type ImportNote } from '../../src/import/types';
import { buildStyle } from '../../src/map/style/build';
import { diffStyle } from '../../src/map/style/diff';
import { importedColor, IMPORTED_COLORS } from '../../src/map/style/imported';
import type { StyleInput } from '../../src/map/style/types';
import { noteMessage, problemMessage } from '../../src/panels/import/messages';
import { buildSearchIndex, MAX_IMPORTED_ENTRIES, type FeatureEntry } from '../../src/search/index';
import { searchIndex } from '../../src/search/match';
import { pickAction } from '../../src/search/pick';
import { finishedJob, mergeImported, newLayerId, toggledImported, withLayers, withoutLayer, type ImportsState } from '../../src/state/imports';
import { STORAGE_PROBLEM_CODES, type StoredLayer } from '../../src/storage';

beforeAll(() => loadPinyin());

function feature(id: string, name: string, coordinates: [number, number]): ImportedFeature {
  return {
    type: 'Feature', id, geometry: { type: 'Point', coordinates },
    properties: { id, name, nameEn: '', kind: 'imported', geometrySource: 'dataset', source: 'a.csv' },
  };
}

function layer(id: string, features: ImportedFeature[], visible = true): StoredLayer {
  return { id, name: `layer ${id}`, fileName: `${id}.csv`, format: 'csv', fromGcj02: false, importedAt: 'T', visible, collection: { type: 'FeatureCollection', features } };
}

const state = (layers: StoredLayer[]): ImportsState => ({ layers, jobs: [], gcj02: false, storage: { status: 'ready', problems: [] }, workspaceImported: null });

describe('imported layers store', () => {
  test('add replaces by id and keeps order; toggle and remove never mutate the input', () => {
    const a = layer('a', []);
    const b = layer('b', []);
    const start = state([a]);
    const added = withLayers(start, [b, { ...a, name: 'renamed' }]);
    expect(added.layers.map((l) => [l.id, l.name])).toEqual([['a', 'renamed'], ['b', 'layer b']]);
    expect(start.layers).toEqual([a]);
    expect(toggledImported(added, 'b').layers.map((l) => l.visible)).toEqual([true, false]);
    expect(withoutLayer(added, 'a').layers.map((l) => l.id)).toEqual(['b']);
    expect(withLayers(start, [])).toBe(start);
  });

  test('the merged collection holds the visible layers only, and is the same object for the same list', () => {
    const layers = [layer('a', [feature('imp-a-1', '甲', [105, 28])]), layer('b', [feature('imp-b-1', '乙', [105.1, 28])], false)];
    const merged = mergeImported(layers);
    expect(merged.features.map((f) => f.id)).toEqual(['imp-a-1']);
    expect(mergeImported(layers)).toBe(merged);
  });

  test('job results and layer ids', () => {
    const error: ImportNote = { level: 'error', code: 'empty', params: {} };
    expect(finishedJob({ ok: false, error, notes: [] })).toMatchObject({ status: 'error', error });
    expect(newLayerId(0)).toMatch(/^[a-z0-9]+$/);
    expect(newLayerId(0)).not.toBe(newLayerId(0));
  });
});

describe('imported layers join coverage, search and the map', () => {
  test('coverage counts the merged imported collection per county', () => {
    const square = (x: number): PlanCollection['features'][number] => ({
      type: 'Feature', id: `c${x}`, geometry: { type: 'Polygon', coordinates: [[[x, 28], [x + 1, 28], [x + 1, 29], [x, 29], [x, 28]]] },
      properties: { id: `c${x}`, name: `c${x}`, nameEn: '', kind: 'county', geometrySource: 'dataset', source: 't' },
    });
    const counties: PlanCollection = { type: 'FeatureCollection', features: [square(104), square(105)] };
    const imported = mergeImported([layer('a', [feature('imp-a-1', '甲', [104.5, 28.5]), feature('imp-a-2', '乙', [105.5, 28.5])])]);
    const coverage = buildCoverage({ counties, imported });
    expect(coverage.relations.map((r) => [r.countyId, r.featureId, r.layer, r.contact])).toEqual([
      ['c104', 'imp-a-1', 'imported', 'inside'], ['c105', 'imp-a-2', 'imported', 'inside'],
    ]);
  });

  test('search finds imported features by name and pinyin; picking selects it on its own source and fits the map', () => {
    const index = buildSearchIndex({}, null, [{ id: 'a', name: '调研点位', collection: { type: 'FeatureCollection', features: [feature('imp-a-1', '郎酒庄园', [105.86, 28.05])] } }]);
    const [hit] = searchIndex(index, 'langjiu');
    const entry = hit?.entry as FeatureEntry;
    expect([entry.id, entry.layer, entry.where]).toEqual(['imp-a-1', 'imported', '调研点位']);
    const action = pickAction(entry, new Map());
    expect(action).toEqual({
      selected: { layer: 'imp-a', id: 'imp-a-1' }, highlighted: [], bounds: [105.86, 28.05, 105.86, 28.05], maxZoom: 10.5, focus: null,
    });
    // Layer ids may contain '-': the source is everything before the last one.
    expect(pickAction({ ...entry, id: 'imp-k-2-15' }, new Map()).selected).toEqual({ layer: 'imp-k-2', id: 'imp-k-2-15' });
  });

  test('at most MAX_IMPORTED_ENTRIES imported features are indexed (the index is rebuilt on the main thread)', () => {
    const features = Array.from({ length: MAX_IMPORTED_ENTRIES + 5 }, (_, i) => feature(`imp-a-${i + 1}`, `p${i}`, [105, 28]));
    const index = buildSearchIndex({}, null, [{ id: 'a', name: 'a', collection: { type: 'FeatureCollection', features } }]);
    expect(index.entries).toHaveLength(MAX_IMPORTED_ENTRIES);
  });

  const base: StyleInput = {
    lang: 'zh', visible: new Set<LayerId>(['counties']), data: { counties: { type: 'FeatureCollection', features: [] } },
    countyLabels: { type: 'FeatureCollection', features: [] } as FeatureCollection<Point>, hidden: [], measure: null, choropleth: null,
    fonts: { regular: 'http://x/r.woff2', bold: 'http://x/b.woff2' },
  };

  test('each imported layer is its own source imp-<id>, drawn above the plan areas and below the labels', () => {
    const collection = { type: 'FeatureCollection' as const, features: [feature('imp-k1-1', '点', [105, 28])] };
    const style = buildStyle({ ...base, imported: [{ id: 'k1', name: 'k1', collection, visible: true }] });
    expect(style.sources['imp-k1']).toEqual({ type: 'geojson', data: collection, promoteId: 'id' });
    const ids = style.layers.map((l) => l.id);
    expect(ids.filter((id) => id.startsWith('imp-k1'))).toEqual(['imp-k1-fill', 'imp-k1-outline', 'imp-k1-line', 'imp-k1-circle', 'imp-k1-label']);
    expect(ids.indexOf('imp-k1-fill')).toBeGreaterThan(ids.indexOf('counties-fill'));
    expect(ids.indexOf('imp-k1-label')).toBeGreaterThan(ids.indexOf('imp-k1-circle'));
    // Fill, line and circle are picked (hover, click → details); outline and label are not.
    const meta = (id: string) => style.layers.find((l) => l.id === id)?.metadata;
    expect(meta('imp-k1-circle')).toEqual({ 'planmap:layer': 'imp-k1', 'planmap:imported': true, 'planmap:interactive': true });
    expect(meta('imp-k1-label')).toEqual({ 'planmap:layer': 'imp-k1', 'planmap:imported': true });
    expect(buildStyle(base).sources['imp-k1']).toBeUndefined();
  });

  test('hiding an imported layer is a layout change, not a new source', () => {
    const collection = { type: 'FeatureCollection' as const, features: [feature('imp-k1-1', '点', [105, 28])] };
    const on = buildStyle({ ...base, imported: [{ id: 'k1', name: 'k1', collection, visible: true }] });
    const off = buildStyle({ ...base, imported: [{ id: 'k1', name: 'k1', collection, visible: false }] });
    const ops = diffStyle(on, off);
    expect(new Set(ops.map((o) => o.op))).toEqual(new Set(['setLayout']));
    expect(ops).toHaveLength(5);
  });

  test('layer colours come from the palette and do not depend on the list order', () => {
    expect(IMPORTED_COLORS).toContain(importedColor('abc'));
    expect(importedColor('abc')).toBe(importedColor('abc'));
  });
});

describe('report wording', () => {
  test('every note code, geometry reason and storage problem has zh and en words', () => {
    for (const lang of ['zh', 'en'] as const) {
      const table = STRINGS[lang] as Record<string, string>;
      for (const code of NOTE_CODES) expect(table[`import.note.${code}`], code).toBeTruthy();
      for (const reason of GEOMETRY_REASONS) expect(table[`import.reason.${reason}`], reason).toBeTruthy();
      for (const code of STORAGE_PROBLEM_CODES) expect(table[`storage.problem.${code}`], code).toBeTruthy();
    }
  });

  test('notes read as sentences with translated reasons; file text goes in verbatim', () => {
    const dropped: ImportNote = { level: 'warning', code: 'featureDropped', params: { n: 6, reason: 'badPosition', detail: '["a",1]' } };
    expect(noteMessage('zh', dropped)).toBe('第 6 个要素已舍弃：坐标不是有效数字（["a",1]）');
    expect(noteMessage('en', dropped)).toBe('Feature 6 dropped: coordinates are not valid numbers (["a",1])');
    const encoding: ImportNote = { level: 'info', code: 'encoding', params: { encoding: 'gbk', from: 'cpg', file: 'x' } };
    expect(noteMessage('zh', encoding)).toBe('属性编码：gbk（依据：.cpg 文件）');
    const projected: ImportNote = { level: 'error', code: 'projected', params: { samples: '(1, 2)' } };
    expect(noteMessage('en', projected)).toContain('(e.g. (1, 2))');
    expect(problemMessage('zh', { code: 'featuresDropped', params: { layer: '<b>x</b>', count: 2 } })).toBe('图层“<b>x</b>”有 2 个要素无法读取，已跳过。');
  });
});

describe('security', () => {
  test('index.html carries the strict Content-Security-Policy', () => {
    const html = readFileSync('index.html', 'utf8');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(policy?.split('; ')).toEqual([
      "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
      // The two optional online basemaps (off by default) are the only hosts beyond the app's own origin.
      "img-src 'self' data: blob: https://tile.openstreetmap.org https://t0.tianditu.gov.cn",
      "worker-src 'self' blob:", "connect-src 'self' data: blob: https://tile.openstreetmap.org https://t0.tianditu.gov.cn",
      "font-src 'self' data: blob:", "object-src 'none'",
      "base-uri 'none'", "form-action 'none'",
    ]);
  });

  test('no source file renders strings as HTML or evaluates strings as code', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(name)) files.push(path);
      }
    };
    walk('src');
    const sinks = /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;
    expect(files.filter((f) => sinks.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
