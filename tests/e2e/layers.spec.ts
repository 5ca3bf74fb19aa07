import { describe, expect, test } from 'vitest';
import type { LayerId } from '../../src/geo/types';
import { openApp, setupBrowser } from './driver';

setupBrowser();

const PLAN_LAYERS: [string, LayerId][] = [
  ['县区', 'counties'], ['产业园区', 'parks'], ['铁路', 'railways'], ['高速公路', 'highways'], ['旅游廊道', 'corridors'], ['地名', 'places'],
];

describe('plan layers', () => {
  test.each(PLAN_LAYERS)('toggling %s hides and shows its features', async (name, layer) => {
    const app = await openApp({ path: '?v=105.2,27.95,7.2' });
    const before = await app.renderedIds(layer);
    expect(before.length).toBeGreaterThan(0);
    await app.toggleLayer(name);
    await expect(app.page.getByRole('checkbox', { name, exact: true }).isChecked()).resolves.toBe(false);
    expect(await app.renderedIds(layer)).toEqual([]);
    await app.toggleLayer(name);
    expect(await app.renderedIds(layer)).toEqual(before);
  });

  test('an approximate place says so in its details, with its uncertainty', async () => {
    const app = await openApp();
    await app.openFeature('石厢子');
    await expect(app.page.getByTestId('details-geometry').textContent()).resolves.toMatch(/近似位置.*误差约 \d+(\.\d+)? 公里/);
  });

  test('a railway says it is schematic and names the nodes it is drawn through', async () => {
    const app = await openApp();
    await app.openFeature('叙永至毕节铁路');
    const text = await app.page.getByTestId('details-geometry').textContent();
    expect(text).toContain('示意线');
    expect(text).toMatch(/示意线经过：.+—.+/);
    await expect(app.page.getByTestId('details-status').textContent()).resolves.toContain('在建/续建');
  });
});
