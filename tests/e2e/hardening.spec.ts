/**
 * Resilience and online basemaps: no WebGL → a readable fallback with working panels; a lost WebGL
 * context → the map draws again; the optional OpenStreetMap / 天地图 basemaps request tiles only
 * once enabled in settings; a shipped layer file with bad features → only the valid part drawn. This spec manages its own browser so it can open the app without
 * waiting for the map (the driver's openApp waits for map idle, which never comes without WebGL);
 * every page still gets the same guards (no off-origin request, no console error).
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { guardedPage, launchBrowser, saveScreenshot, type Guard } from './browser';

let browser: Browser | undefined;
const opened: { context: BrowserContext; guard: Guard }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  const pages = opened.splice(0);
  for (const { context } of pages) await context.close();
  for (const { guard } of pages) {
    expect(guard.offOrigin, 'requests outside the app origin').toEqual([]);
    expect(guard.consoleErrors, 'console errors').toEqual([]);
  }
});

/** Makes every WebGL context request fail, as in a browser without WebGL. */
function withoutWebgl(): void {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
    return (original as (this: HTMLCanvasElement, t: string, ...r: unknown[]) => RenderingContext | null).call(this, type, ...rest);
  } as typeof HTMLCanvasElement.prototype.getContext;
}

/** Opens the app without waiting for the map (guarded like every driver page). */
async function openPage(options: {
  noWebgl?: boolean;
  /** Routes set before the first request (e.g. to serve a damaged layer file). */
  route?: (context: BrowserContext) => Promise<unknown>;
} = {}): Promise<{ page: Page; guard: Guard }> {
  if (!browser) throw new Error('browser not launched');
  const baseURL = inject('baseURL');
  const { context, page, guard } = await guardedPage(browser, baseURL);
  opened.push({ context, guard });
  if (options.noWebgl) await context.addInitScript(withoutWebgl);
  if (options.route) await options.route(context);
  await page.goto(baseURL);
  return { page, guard };
}

/** Waits until the main map exists and is idle. */
async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.planmap !== 'undefined', undefined, { timeout: 45_000 });
  await page.locator('[data-testid="map"][data-map-state="idle"]').waitFor({ timeout: 45_000 });
}

const renderedCounties = (page: Page) => page.evaluate(() => window.planmap?.renderedIds('counties') ?? []);

describe('a shipped layer file with bad features', () => {
  test('the map draws only the valid part the app kept, and the notice names the rejected features', async () => {
    const rejected: string[] = [];
    const { page } = await openPage({
      // Every other park loses its geometrySource: the app's checks reject those, the map must not draw them
      // (while loading the map reads the file itself; the checked collection replaces it).
      route: (context) => context.route(/\/assets\/parks-[\w-]+\.geojson$/, async (route) => {
        const response = await route.fetch();
        const fc = (await response.json()) as { features: { id: string; properties: Record<string, unknown> }[] };
        fc.features.forEach((f, i) => {
          if (i % 2 === 1) return;
          f.properties.geometrySource = 'guessed';
          rejected.push(f.id);
        });
        await route.fulfill({ response, json: fc });
      }),
    });
    await mapIdle(page);
    await expect.poll(() => page.getByTestId('data-problems').textContent()).toContain(`parks / ${rejected[0] ?? '?'}`);
    const drawn = await page.evaluate(() => window.planmap?.renderedIds('parks') ?? []);
    expect(drawn.length, 'valid parks drawn').toBeGreaterThan(0);
    expect(drawn.filter((id) => rejected.includes(id)), 'rejected parks drawn').toEqual([]);
  });
});

/** A 1×1 PNG tile, served locally in place of an online tile (nothing leaves the machine). */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Records requests to a tile host and answers them locally (page routes take precedence over the guard's context route). */
async function recordTiles(page: Page, pattern: string): Promise<string[]> {
  const seen: string[] = [];
  await page.route(pattern, (route) => {
    seen.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: TILE, headers: { 'access-control-allow-origin': '*' } });
  });
  return seen;
}

describe('choices made while the data loads', () => {
  test('a tab chosen before the plan has loaded stays chosen once it has', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    const { page } = await openPage({
      // plan.json is held back until the tab is chosen, so the choice is surely made while loading.
      route: (context) => context.route(/\/assets\/plan-[\w-]+\.json$/, async (route) => {
        await held;
        await route.continue();
      }),
    });
    await page.getByTestId('tab-reader').click();
    release();
    await page.locator('#tabpanel-reader [data-testid="mention"]').first().waitFor();
    await expect(page.getByTestId('tab-reader').getAttribute('aria-selected')).resolves.toBe('true');
    await mapIdle(page);
  });
});

describe('hardening', () => {
  test('without WebGL: a readable fallback, and the plan reader, search and task table still work', async () => {
    const { page } = await openPage({ noWebgl: true });
    const fallback = page.getByTestId('map-fallback');
    await expect(fallback.textContent()).resolves.toContain('地图需要 WebGL');
    await expect(fallback.textContent()).resolves.toContain('规划原文');
    // Map-only controls are left out rather than failing.
    await expect(page.getByTestId('measure-control').count()).resolves.toBe(0);
    await expect(page.getByTestId('phase-control').count()).resolves.toBe(0);

    await page.getByTestId('tab-reader').click();
    await page.locator('#tabpanel-reader [data-testid="mention"]').first().waitFor();
    await page.locator('[data-testid="mention"][data-feature-ids~="510525"]').filter({ hasText: /^古蔺县$/ }).first().click();
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('古蔺县');

    await page.getByTestId('tab-tasks').click();
    const rows = page.getByTestId('task-row');
    await rows.first().waitFor();
    const all = await rows.count();
    await page.getByTestId('filter-lead').selectOption('市酒业发展局');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    await rows.first().click();

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => fallback.textContent()).toContain('plan text and tables');
    await saveScreenshot(page, 'hardening-no-webgl');
  });

  test('a lost WebGL context shows a notice, and the map draws again once it is restored', async () => {
    const { page } = await openPage();
    await mapIdle(page);
    expect((await renderedCounties(page)).length).toBeGreaterThan(0);
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas.maplibregl-canvas');
      const ext = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('WEBGL_lose_context not available');
      (window as unknown as { loseExt: WEBGL_lose_context }).loseExt = ext;
      ext.loseContext();
    });
    await page.getByTestId('map-context-lost').waitFor();
    await page.locator('[data-testid="map"][data-map-state="lost"]').waitFor();
    await page.evaluate(() => (window as unknown as { loseExt: WEBGL_lose_context }).loseExt.restoreContext());
    await mapIdle(page);
    await page.getByTestId('map-context-lost').waitFor({ state: 'detached' });
    await expect.poll(async () => (await renderedCounties(page)).length).toBeGreaterThan(0);
    // The restored map still follows the app: a layer toggled afterwards is drawn.
    const seen = await page.evaluate(() => window.planmap?.idles() ?? 0);
    await page.getByRole('checkbox', { name: '铁路', exact: true }).click();
    await page.waitForFunction((n) => (window.planmap?.idles() ?? 0) > n, seen);
    await mapIdle(page);
    await expect(page.evaluate(() => window.planmap?.renderedIds('railways'))).resolves.toEqual([]);
    await saveScreenshot(page, 'hardening-context-restored');
  });

  test('online basemaps: none by default; OpenStreetMap and 天地图 request tiles only once chosen, the key never in the URL', async () => {
    const { page } = await openPage();
    const osm = await recordTiles(page, 'https://tile.openstreetmap.org/**');
    const tdt = await recordTiles(page, 'https://t0.tianditu.gov.cn/**');
    await mapIdle(page);
    expect(osm).toEqual([]);
    expect(tdt).toEqual([]);

    await page.getByTestId('settings-open').click();
    await expect(page.getByTestId('settings-panel').textContent()).resolves.toContain('默认关闭');
    await page.getByTestId('basemap-osm').check();
    await expect.poll(() => osm.length).toBeGreaterThan(0);
    expect(osm[0]).toMatch(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('© OpenStreetMap contributors');
    await saveScreenshot(page, 'hardening-basemap-osm');

    await page.getByTestId('basemap-tianditu').check();
    await page.getByTestId('tianditu-key').fill('0123456789abcdef0123456789abcdef');
    await expect.poll(() => tdt.length).toBeGreaterThan(0);
    expect(tdt.some((u) => u.includes('/vec_w/') && u.endsWith('tk=0123456789abcdef0123456789abcdef'))).toBe(true);
    expect(page.url()).not.toContain('0123456789abcdef0123456789abcdef');
    await expect(page.evaluate(() => localStorage.getItem('planmap.settings.v1'))).resolves.toContain('0123456789abcdef0123456789abcdef');

    await page.getByTestId('basemap-none').check();
    await mapIdle(page);
  });
});
