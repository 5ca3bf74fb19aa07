/**
 * The domain driver: specs speak in planner actions (openApp, toggleLayer, openFeature…) and read
 * the screen through stable test ids, labels and the read-only `window.planmap` diagnostics.
 */
import { afterAll, afterEach, beforeAll, expect, inject, onTestFailed } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LayerId } from '../../src/geo/types';
import { guardedPage, launchBrowser, saveScreenshot, type Guard } from './browser';
import type { Panel } from '../../src/types/domain';

export interface App {
  page: Page;
  context: BrowserContext;
  guard: Guard;
  /**
   * Waits until the map has rendered everything and is idle; with `after` (a count from `idles()`
   * taken before a change), until it has gone idle again since then, i.e. rendered the change.
   */
  waitForIdle: (after?: number) => Promise<void>;
  /** How many times the map has gone idle so far (the app's `window.planmap.idles()`). */
  idles: () => Promise<number>;
  /** Clicks the layer checkbox labelled `name` (e.g. 铁路) and waits for the map to settle. */
  toggleLayer: (name: string) => Promise<void>;
  /** Ids of the features of an app layer drawn on the map now. */
  renderedIds: (layer: LayerId) => Promise<string[]>;
  /** Screen position of a coordinate. */
  project: (lngLat: [number, number]) => Promise<{ x: number; y: number }>;
  /** Clicks the language switch. */
  switchLanguage: () => Promise<void>;
  /** Types into the search box and picks the first result with Enter. */
  search: (text: string) => Promise<void>;
  /** Opens a right-panel tab by its test id suffix: details, reader, tasks, indicators. */
  openTab: (tab: Panel) => Promise<void>;
  /** Selects a feature by id through the search box, as a planner would by name. */
  openFeature: (name: string) => Promise<void>;
  /** The feature-state flags of one feature on the map. */
  featureState: (layer: LayerId, id: string) => Promise<Record<string, unknown>>;
  /** Waits for the map to finish the current camera move (after a fly-to). */
  settle: () => Promise<void>;
  /** Waits until every workspace write has landed (the app's `data-pending-writes`), then reloads and waits for idle. */
  reload: () => Promise<void>;
}

let browser: Browser | undefined;
const open: { context: BrowserContext; guard: Guard }[] = [];

/** Registers the browser lifecycle and the per-test guards for a spec file. */
export function setupBrowser(): void {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterEach(async () => {
    const opened = open.splice(0);
    for (const { context } of opened) await context.close();
    for (const { guard } of opened) {
      expect(guard.offOrigin, 'requests outside the app origin').toEqual([]);
      expect(guard.consoleErrors, 'console errors').toEqual([]);
    }
  });
}

/** Opens the app (optionally at a path/query) and waits for the map to be idle. */
export async function openApp(options: {
  path?: string;
  viewport?: { width: number; height: number };
  /** 'block' keeps the service worker out (so `context.route` sees every request). */
  serviceWorkers?: 'allow' | 'block';
  /** 'no-preference' animates camera moves as a planner's browser does by default (tests run reduced). */
  motion?: 'reduce' | 'no-preference';
} = {}): Promise<App> {
  if (!browser) throw new Error('call setupBrowser() in the spec file');
  const baseURL = inject('baseURL');
  const { context, page, guard } = await guardedPage(browser, baseURL, options.viewport, options.serviceWorkers, options.motion);
  open.push({ context, guard });
  onTestFailed(async ({ task }) => {
    await saveScreenshot(page, `FAILED-${task.name}`).catch(() => undefined);
  });
  const map = page.getByTestId('map');
  const idles = () => page.evaluate(() => window.planmap?.idles() ?? 0);
  const waitForIdle = async (after = -1) => {
    await page.waitForFunction((n) => (window.planmap?.idles() ?? -1) > n, after, { timeout: 45_000 });
    await map.and(page.locator('[data-map-state="idle"]')).waitFor({ timeout: 45_000 });
  };
  const app: App = {
    page,
    context,
    guard,
    waitForIdle,
    idles,
    toggleLayer: async (name) => {
      const seen = await idles();
      await page.getByRole('checkbox', { name, exact: true }).click();
      await waitForIdle(seen);
    },
    renderedIds: (layer) => page.evaluate((l) => window.planmap?.renderedIds(l) ?? [], layer),
    project: (lngLat) => page.evaluate((ll) => {
      if (!window.planmap) throw new Error('map not ready');
      return window.planmap.project(ll);
    }, lngLat),
    switchLanguage: async () => {
      const before = await page.evaluate(() => document.documentElement.lang);
      await page.getByTestId('lang-switch').click();
      // English arrives in its own chunk: the switch is done when the document says so.
      await page.waitForFunction((was) => document.documentElement.lang !== was, before);
    },
    search: async (text) => {
      const box = page.getByTestId('search-input');
      await box.fill(text);
      await page.getByTestId('search-result').first().waitFor();
      await box.press('Enter');
    },
    openTab: async (tab) => {
      await page.getByTestId(`tab-${tab}`).click();
      // Tabs load their code on first use: wait until the tab's content is there.
      await page.locator(`#tabpanel-${tab} > :not(.empty)`).first().waitFor();
    },
    openFeature: async (name) => {
      await app.search(name);
      await page.getByTestId('details-name').filter({ hasText: name }).waitFor();
    },
    featureState: (layer, id) => page.evaluate(([l, i]) => window.planmap?.featureState(l as LayerId, i as string) ?? {}, [layer, id]),
    reload: async () => {
      await page.waitForFunction(() => document.documentElement.dataset.pendingWrites === '0');
      await page.reload();
      await waitForIdle();
    },
    settle: async () => {
      await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-map-state') === 'idle');
    },
  };
  const url = new URL(options.path ?? '', baseURL);
  await page.goto(url.href);
  await waitForIdle();
  // A `lang=en` link shows English once its strings have loaded.
  if (url.searchParams.get('lang') === 'en') await page.waitForFunction(() => document.documentElement.lang === 'en');
  return app;
}

/** Counts dark (label-ink) pixels of the map canvas in a box centred on a screen point. */
export async function darkPixelsAround(page: Page, center: { x: number; y: number }, size = { w: 70, h: 26 }): Promise<{ dark: number; left: number; right: number }> {
  return page.evaluate(({ c, s }) => {
    const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement | null;
    if (!canvas) throw new Error('no map canvas');
    const scale = canvas.width / canvas.clientWidth;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(canvas, 0, 0);
    const x0 = Math.round((c.x - s.w / 2) * scale);
    const y0 = Math.round((c.y - s.h / 2) * scale);
    const w = Math.round(s.w * scale);
    const h = Math.round(s.h * scale);
    const data = ctx.getImageData(x0, y0, w, h).data;
    let dark = 0;
    let left = 0;
    let right = 0;
    for (let i = 0; i < data.length; i += 4) {
      const lum = 0.299 * (data[i] ?? 0) + 0.587 * (data[i + 1] ?? 0) + 0.114 * (data[i + 2] ?? 0);
      if (lum >= 90) continue;
      dark++;
      const x = (i / 4) % w;
      if (x < w / 3) left++;
      if (x > (2 * w) / 3) right++;
    }
    return { dark, left, right };
  }, { c: center, s: size });
}
