import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { labelPoints } from '../../src/geo/labels';
import { PLAN_COUNTY_ADCODES, type PlanCollection } from '../../src/geo/types';
import { darkPixelsAround, openApp, setupBrowser } from './driver';

setupBrowser();

const counties = JSON.parse(readFileSync('geodata/counties.geojson', 'utf8')) as PlanCollection;
const labelOf = (id: string): [number, number] => {
  const point = labelPoints(counties).features.find((f) => f.id === id);
  if (!point) throw new Error(`no label point for ${id}`);
  return point.geometry.coordinates as [number, number];
};

describe('foundation', () => {
  test('the map reaches idle with no off-origin request and no console error', async () => {
    const app = await openApp();
    await expect(app.page.getByTestId('map').getAttribute('data-map-state')).resolves.toBe('idle');
    expect(app.guard.offOrigin).toEqual([]);
  });

  test('all 13 plan counties are rendered', async () => {
    const app = await openApp();
    const ids = await app.renderedIds('counties');
    expect(ids).toEqual([...PLAN_COUNTY_ADCODES].sort());
  });

  test('a Chinese county label is drawn in pixels, and disappears with its layer', async () => {
    const app = await openApp();
    const at = await app.project(labelOf('510525')); // 古蔺县
    const withLabel = await darkPixelsAround(app.page, at);
    expect(withLabel.dark).toBeGreaterThan(60);
    expect(withLabel.left).toBeGreaterThan(10);
    expect(withLabel.right).toBeGreaterThan(10);
    await app.toggleLayer('县区');
    const without = await darkPixelsAround(app.page, at);
    expect(without.dark).toBeLessThan(withLabel.dark / 4);
  });

  test('the zh/en switch changes the UI text', async () => {
    const app = await openApp();
    await expect(app.page.getByTestId('app-title').textContent()).resolves.toContain('规划地图');
    await expect(app.page.getByRole('checkbox', { name: '县区', exact: true }).count()).resolves.toBe(1);
    await app.switchLanguage();
    await expect(app.page.getByTestId('app-title').textContent()).resolves.toContain('planning map');
    await expect(app.page.getByRole('checkbox', { name: 'Counties', exact: true }).count()).resolves.toBe(1);
    await expect(app.page.locator('input[type="search"][aria-label="Search"]').count()).resolves.toBe(1);
  });
});
