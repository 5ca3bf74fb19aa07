/**
 * Import messages that used to mislead or were missing: attributes with names that break the map,
 * latitude/longitude swapped, Office files, the zip-bomb limit, a shapefile without its .dbf.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { writeShp, writeZip } from '../../src/cli/shpwriter';
import { en } from '../../src/i18n/en';
import { loadLang } from '../../src/i18n/strings';
import { importFile, type ImportResult } from '../../src/import';
import { flattenProperties } from '../../src/import/properties';
import { chinaWhenSwapped, validWhenSwapped } from '../../src/import/swap';
import type { ImportNote } from '../../src/import/types';
import { readZip } from '../../src/import/zip';
import { noteMessage } from '../../src/panels/import/messages';
import { withLayers, type ImportsState } from '../../src/state/imports';
import type { StoredLayer } from '../../src/storage';
import { errorOf, layersOf } from './import-results';

beforeAll(() => loadLang('en'));

const run = (name: string, bytes: Uint8Array) => importFile({ name, bytes }, { layerId: 't1', gcj02: false, now: '2026-01-01T00:00:00Z' });
const text = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const points = (coordinates: [number, number][], properties: Record<string, unknown> = {}) => text({
  type: 'FeatureCollection',
  features: coordinates.map((c, i) => ({ type: 'Feature', properties: { name: `p${i + 1}`, ...properties }, geometry: { type: 'Point', coordinates: c } })),
});

const notesOf = (result: ImportResult, code: string) => result.notes.filter((n) => n.code === code);

describe('attribute names that break the map', () => {
  test('hasOwnProperty and $name are kept under src_, the prototype method stays intact', () => {
    const flat = flattenProperties({ hasOwnProperty: 'yes', $name: 'Color', toString: 't', 名称: 'a' });
    const props = Object.fromEntries(flat.entries) as Record<string, unknown>;
    expect(props).toEqual({ src_hasOwnProperty: 'yes', src_$name: 'Color', src_toString: 't', 名称: 'a' });
    expect(Object.hasOwn(props, 'hasOwnProperty')).toBe(false);
    expect(props.hasOwnProperty).toBe(Object.prototype.hasOwnProperty);
    expect(flat.renamed).toEqual([
      { from: 'hasOwnProperty', to: 'src_hasOwnProperty', why: 'builtin' },
      { from: '$name', to: 'src_$name', why: 'builtin' },
      { from: 'toString', to: 'src_toString', why: 'builtin' },
    ]);
  });

  test('one note per shielded attribute and layer, saying why; the value is kept; contract names stay silent', async () => {
    const result = await run('shield.geojson', points([[105, 28], [105.1, 28.1]], { hasOwnProperty: '是', status: '在建' }));
    const [layer] = layersOf(result);
    const feature = layer?.collection.features[0];
    expect(feature?.properties.src_hasOwnProperty).toBe('是');
    expect(Object.hasOwn(feature?.properties ?? {}, 'hasOwnProperty')).toBe(false);
    const renamed = notesOf(result, 'attributeRenamed');
    expect(feature?.properties.src_status).toBe('在建');
    expect(renamed).toEqual([
      { level: 'warning', code: 'attributeRenamed', params: { layer: 'shield', key: 'hasOwnProperty', renamed: 'src_hasOwnProperty' } },
    ]);
    expect(noteMessage('zh', renamed[0] as ImportNote)).toBe(
      '“shield”：属性“hasOwnProperty”已改名为“src_hasOwnProperty”：它与 JavaScript 内置名称同名，原样保留会使整个图层无法在地图上显示。属性值不变，可在要素详情中查看。');
    expect(noteMessage('en', renamed[0] as ImportNote)).toContain('attribute “hasOwnProperty” was renamed “src_hasOwnProperty”: it is a JavaScript built-in name');
  });

  test('a layer stored before the shield is shielded when it is loaded; a clean layer is kept as it is', () => {
    const stored = (properties: Record<string, string>): StoredLayer => ({
      id: 'old', name: 'old', fileName: 'old.geojson', format: 'geojson', fromGcj02: false, importedAt: 'T', visible: true,
      collection: {
        type: 'FeatureCollection',
        features: [{
          type: 'Feature', id: 'imp-old-1', geometry: { type: 'Point', coordinates: [105, 28] },
          properties: { id: 'imp-old-1', name: 'a', nameEn: 'a', kind: 'imported', geometrySource: 'dataset', source: 'old.geojson', ...properties },
        }],
      },
    });
    const empty: ImportsState = { layers: [], jobs: [], gcj02: false, storage: { status: 'ready', problems: [] }, workspaceImported: null };
    const [loaded] = withLayers(empty, [stored({ hasOwnProperty: '旧值', src_hasOwnProperty: '已有' })]).layers;
    const props = loaded?.collection.features[0]?.properties ?? {};
    expect(Object.hasOwn(props, 'hasOwnProperty')).toBe(false);
    expect(props).toMatchObject({ src_hasOwnProperty: '已有', src_hasOwnProperty_2: '旧值', name: 'a' });
    const clean = stored({ 类型: '产业' });
    expect(withLayers(empty, [clean]).layers[0]).toBe(clean);
  });
});

describe('latitude/longitude swapped', () => {
  test('the signs: valid only when swapped; in China only when swapped', () => {
    expect(validWhenSwapped(28.1, 105.4)).toBe(true);
    expect(validWhenSwapped(500000, 3100000)).toBe(false);
    expect(validWhenSwapped(105.4, 28.1)).toBe(false);
    expect(chinaWhenSwapped(28.1, 80.2)).toBe(true);
    expect(chinaWhenSwapped(80.2, 28.1)).toBe(false);
    expect(chinaWhenSwapped(2.35, 48.85)).toBe(false);
  });

  test('GeoJSON with [lat, lon] is refused as swapped, not as projected, naming sample values', async () => {
    const error = errorOf(await run('swapped.geojson', points([[28.1, 105.4], [27.33, 103.72]])));
    expect(error).toEqual({ level: 'error', code: 'swapped', params: { samples: '(28.1000, 105.4000); (27.3300, 103.7200)', count: 2, total: 2 } });
    expect(noteMessage('zh', error)).toContain('经度、纬度像是写反了（例如 (28.1000, 105.4000); (27.3300, 103.7200)');
    expect(noteMessage('en', error)).toContain('Latitude and longitude look swapped');
  });

  test('a CSV whose longitude and latitude columns are swapped is refused as swapped', async () => {
    const error = errorOf(await run('villages.csv', text('名称,经度,纬度\n太平镇,28.15,105.95\n二郎镇,28.08,105.82\n')));
    expect(error.code).toBe('swapped');
    expect(error.params.samples).toBe('(28.1500, 105.9500); (28.0800, 105.8200)');
  });

  test('projected metres are still reported as projected', async () => {
    expect(errorOf(await run('utm.geojson', points([[523456.1, 3123456.7]]))).code).toBe('projected');
  });

  test('a layer in the Arctic that would lie in China when swapped is kept with a warning', async () => {
    const result = await run('tibet.geojson', points([[28.1, 80.2], [29.6, 88.5], [105, 28]]));
    expect(layersOf(result)[0]?.collection.features).toHaveLength(3);
    expect(notesOf(result, 'swappedChina')).toEqual([
      { level: 'warning', code: 'swappedChina', params: { layer: 'tibet', samples: '(28.1000, 80.2000); (29.6000, 88.5000)', count: 2, total: 3 } },
    ]);
    const clean = await run('china.geojson', points([[105, 28], [103.7, 27.3]]));
    expect(notesOf(clean, 'swappedChina')).toEqual([]);
  });
});

describe('Office files', () => {
  const zip = (names: string[]) => new Uint8Array(writeZip(names.map((name) => ({ name, bytes: text('<x/>') }))));

  test('an .xlsx is named an Excel workbook, with what to do', async () => {
    const error = errorOf(await run('项目表.xlsx', zip(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])));
    expect(error.code).toBe('excelWorkbook');
    expect(noteMessage('zh', error)).toContain('这是 Excel 工作簿');
    expect(noteMessage('zh', error)).toContain('CSV UTF-8');
    expect(noteMessage('en', error)).toContain('Save As “CSV UTF-8 (Comma delimited)” with a longitude and a latitude column');
  });

  test('a .docx, a .pptx, an old .xls; a zip with other files keeps its message', async () => {
    expect(errorOf(await run('a.docx', zip(['[Content_Types].xml', 'word/document.xml']))).code).toBe('wordDocument');
    expect(errorOf(await run('a.pptx', zip(['[Content_Types].xml', 'ppt/presentation.xml']))).code).toBe('officeDocument');
    const compound = new Uint8Array(512);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(errorOf(await run('old.xls', compound)).code).toBe('excelWorkbook');
    expect(errorOf(await run('old.doc', compound)).code).toBe('wordDocument');
    expect(errorOf(await run('photos.zip', zip(['a.jpg']))).code).toBe('zipNoLayer');
  });
});

describe('limits and missing parts', () => {
  test('the zip-bomb limit is given in MB, in both languages', async () => {
    const bomb = new Uint8Array(writeZip([{ name: 'a.kml', bytes: new Uint8Array(3 * 1024 * 1024) }]));
    const error = await readZip(bomb, () => true, 2 * 1024 * 1024);
    expect(error).toEqual({ level: 'error', code: 'zipTooLarge', params: { limit: '2 MB' } });
    expect(noteMessage('zh', error as ImportNote)).toBe('zip 解压后超过 2 MB，未导入。');
    expect(noteMessage('en', error as ImportNote)).toBe('The zip inflates to more than 2 MB; not imported.');
    expect(en['import.note.zipTooLarge']).not.toContain('bytes');
  });

  test('a shapefile without its .dbf keeps its geometry, with a note that the attributes are missing', async () => {
    const { shp, shx } = writeShp([{ type: 'point', x: 105.4, y: 28.1 }, { type: 'point', x: 105.8, y: 28.0 }]);
    const result = await run('sites.zip', new Uint8Array(writeZip([{ name: '站点.shp', bytes: shp }, { name: '站点.shx', bytes: shx }])));
    expect(layersOf(result)[0]?.collection.features).toHaveLength(2);
    const [note] = notesOf(result, 'dbfMissing');
    expect(note).toEqual({ level: 'warning', code: 'dbfMissing', params: { file: '站点' } });
    expect(noteMessage('zh', note as ImportNote)).toContain('“站点”缺少属性表（.dbf）');
  });
});
