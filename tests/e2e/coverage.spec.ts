import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import { labelPoints } from '../../src/geo/labels';
import type { PlanCollection } from '../../src/geo/types';
import { openApp, setupBrowser, type App } from './driver';

setupBrowser();

const counties = JSON.parse(readFileSync('geodata/counties.geojson', 'utf8')) as PlanCollection;
const labelOf = (id: string) => labelPoints(counties).features.find((f) => f.id === id)?.geometry.coordinates as [number, number];

/** The most frequent colour of the map canvas in a box below a point, ignoring ink and white halos (the county fill). */
function fillBelow(page: Page, at: { x: number; y: number }): Promise<string> {
  return page.evaluate((p) => {
    const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(Math.round(p.x) - 20, Math.round(p.y) + 12, 40, 20).data;
    const counts = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      if (0.299 * r + 0.587 * g + 0.114 * b < 110 || (r > 250 && g > 250 && b > 250)) continue;
      const key = `${r},${g},${b}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'none';
  }, at);
}

async function openCoverage(): Promise<App> {
  const app = await openApp();
  const seen = await app.idles();
  await app.openTab('coverage');
  await app.page.getByTestId('coverage-matrix').waitFor();
  await app.waitForIdle(seen);
  return app;
}

describe('coverage', () => {
  test('picking a measure recolours the counties', async () => {
    const app = await openCoverage();
    const at = await app.project(labelOf('530602')); // 昭阳区: named tasks > 0, railway km = 0
    const byTasks = await fillBelow(app.page, at);
    const seen = await app.idles();
    await app.page.getByTestId('coverage-measure').selectOption('railway-km');
    await app.waitForIdle(seen);
    const byRail = await fillBelow(app.page, at);
    expect(byRail).not.toBe(byTasks);
    await expect(app.page.getByTestId('class-legend').textContent()).resolves.toContain('无（空白）');
  });

  test('clicking a cell lists its tasks, spatial-only ones apart', async () => {
    const app = await openCoverage();
    await app.page.locator('[data-testid="matrix-cell"][data-county="530629"][data-theme="transport"]').click();
    const spatial = app.page.getByTestId('cell-spatial');
    await expect(spatial.locator('[data-task-id="lz-4-6-1"]').count()).resolves.toBe(1);
    await expect(spatial.textContent()).resolves.toContain('叙威高速');
    await expect(app.page.getByTestId('cell-named').locator('[data-task-id="zt-s4-1"]').count()).resolves.toBe(1);
    await expect.poll(() => app.featureState('highways', 'hwy-xuwei')).toMatchObject({ highlighted: true });
  });

  test('closing a cell clears the highlight of its features', async () => {
    const app = await openCoverage();
    const cell = app.page.locator('[data-testid="matrix-cell"][data-county="530629"][data-theme="transport"]');
    await cell.click();
    await app.page.getByTestId('cell-detail').waitFor();
    await expect.poll(() => app.featureState('highways', 'hwy-xuwei')).toMatchObject({ highlighted: true });
    await cell.click();
    await app.page.getByTestId('cell-detail').waitFor({ state: 'detached' });
    await expect.poll(() => app.featureState('highways', 'hwy-xuwei')).not.toMatchObject({ highlighted: true });
  });

  test('the XLSX and CSV downloads read back with Chinese intact', async () => {
    const app = await openCoverage();
    const [xlsx] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export-xlsx').click()]);
    const sheets = await readXlsxFile(readFileSync((await xlsx.path()) as string));
    expect(sheets.map((s) => s.sheet)).toEqual(['matrix', 'metrics', 'tasks', 'indicators']);
    const matrix = sheets[0]?.data ?? [];
    expect(matrix.length).toBe(1 + 13 * 11);
    expect(matrix.some((row) => row.includes('古蔺县') && row.includes('交通'))).toBe(true);
    const indicators = sheets[3]?.data ?? [];
    expect(indicators.some((row) => row.includes('新增酱酒年产能') && row.includes(20) && row.includes('万吨'))).toBe(true);

    const [csv] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export-csvMatrix').click()]);
    const text = readFileSync((await csv.path()) as string, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('古蔺县');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + 13 * 11);
  });
});
