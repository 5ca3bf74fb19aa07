import { describe, expect, test } from 'vitest';
import type { LayerId } from '../../src/geo/types';
import { openApp, setupBrowser } from './driver';

setupBrowser();

describe('import: attribute names that would break the map', () => {
  test('a GeoJSON with a hasOwnProperty attribute is drawn, the rename is reported, the value is in the details', async () => {
    const app = await openApp();
    // MapLibre's worker calls properties.hasOwnProperty: kept as it is, this attribute hides the whole layer.
    const features = [[105.44, 28.16], [105.86, 28.05]].map((coordinates, i) => ({
      type: 'Feature', properties: { 名称: `屏蔽测试点${i + 1}`, hasOwnProperty: `原值${i + 1}` }, geometry: { type: 'Point', coordinates },
    }));
    const buffer = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
    await app.page.getByTestId('import-file-input').setInputFiles({ name: 'shield.geojson', mimeType: 'application/json', buffer });
    const item = app.page.getByTestId('imported-layer');
    await item.waitFor();
    const id = (await item.getAttribute('data-layer-id')) ?? '';
    await expect.poll(async () => (await app.renderedIds(`imp-${id}` as LayerId)).sort()).toEqual([`imp-${id}-1`, `imp-${id}-2`]);
    await expect(app.page.getByTestId('import-job').first().textContent()).resolves.toContain(
      '属性“hasOwnProperty”已改名为“src_hasOwnProperty”：它与 JavaScript 内置名称同名');
    await app.openFeature('屏蔽测试点1');
    const attributes = await app.page.getByTestId('details-attributes').textContent();
    expect(attributes).toContain('src_hasOwnProperty');
    expect(attributes).toContain('原值1');
  });

  test('a layer stored before the shield (its hasOwnProperty attribute unrenamed) is drawn after a reload', async () => {
    const app = await openApp();
    const feature = { type: 'Feature', properties: { 名称: '旧图层点', hasOwnProperty: '旧值' }, geometry: { type: 'Point', coordinates: [105.44, 28.16] } };
    const buffer = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
    await app.page.getByTestId('import-file-input').setInputFiles({ name: 'old.geojson', mimeType: 'application/json', buffer });
    const item = app.page.getByTestId('imported-layer');
    await item.waitFor();
    const id = (await item.getAttribute('data-layer-id')) ?? '';
    await expect.poll(async () => (await app.renderedIds(`imp-${id}` as LayerId)).length).toBe(1);
    // Put the attribute back under its own name, as the app stored it before the shield.
    await app.page.evaluate((layerId) => new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('planmap-workspace');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const store = req.result.transaction('importedLayers', 'readwrite').objectStore('importedLayers');
        const get = store.get(layerId);
        get.onsuccess = () => {
          const layer = get.result as { collection: { features: { properties: Record<string, unknown> }[] } };
          for (const f of layer.collection.features) {
            f.properties = Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [k === 'src_hasOwnProperty' ? 'hasOwnProperty' : k, v]));
          }
          const put = store.put(layer);
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error);
        };
        get.onerror = () => reject(get.error);
      };
    }), id);
    await app.page.reload();
    await app.waitForIdle();
    await item.waitFor();
    await expect.poll(async () => app.renderedIds(`imp-${id}` as LayerId)).toEqual([`imp-${id}-1`]);
  });
});
