import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { labelPoints } from '../../src/geo/labels';
import { PLAN_COUNTY_ADCODES, type PlanCollection } from '../../src/geo/types';
import { darkPixelsAround, openApp, setupBrowser } from './driver';
import attribution from '../../geodata/attribution.json';

setupBrowser();

const counties = JSON.parse(readFileSync('geodata/counties.geojson', 'utf8')) as PlanCollection;
const labelOf = (id: string): [number, number] => {
  const point = labelPoints(counties).features.find((f) => f.id === id);
  if (!point) throw new Error(`no label point for ${id}`);
  return point.geometry.coordinates as [number, number];
};

describe('foundation', () => {
  test('the first view frames every plan county and credits the data sources', async () => {
    const app = await openApp();
    const box = await app.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map box');
    const points = await Promise.all(PLAN_COUNTY_ADCODES.map((id) => app.project(labelOf(id))));
    points.forEach((at, i) => {
      const id = PLAN_COUNTY_ADCODES[i];
      expect(at.x, id).toBeGreaterThan(0);
      expect(at.x, id).toBeLessThan(box.width);
      expect(at.y, id).toBeGreaterThan(0);
      expect(at.y, id).toBeLessThan(box.height);
    });
    // Framed, not merely somewhere on a world map: the counties spread over much of the map.
    const span = (values: number[]) => Math.max(...values) - Math.min(...values);
    expect(Math.max(span(points.map((p) => p.x)) / box.width, span(points.map((p) => p.y)) / box.height)).toBeGreaterThan(0.4);
    await expect(app.page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain(attribution.zh);
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
