/**
 * The browser benchmarks, in real Debian Chromium (the e2e harness's launcher, flags and guards: no
 * request may leave the origin, console errors are recorded):
 * - page load → first map idle, for the app and the bench pages, each run in a fresh context;
 * - click on a county → details name painted, in the app;
 * - search keystroke → listbox painted, in the app.
 * Page-side timing is done by the probes (probes.ts); everything here only drives and collects.
 */
import type { Browser, Page } from 'playwright-core';
import type { LayerId } from '../../geo/types';
import { guardedPage } from '../../../tests/e2e/browser';
import { CLICK_PROBE, IDLE_PROBE, KEYS_PROBE, type ClickSample, type KeySample, type LoadPhases } from './probes';

/** One page load. */
export interface LoadSample {
  ms: number;
  phases: LoadPhases;
  consoleErrors: string[];
  offOrigin: string[];
}

/** What a first look at the app tells the other benchmarks: its map size and what it drew. */
export interface AppProbe {
  idleMs: number;
  map: { x: number; y: number; width: number; height: number };
  renderedPerLayer: Record<string, number>;
}

const LOAD_TIMEOUT = 180_000;
/** Pause between measured clicks (MapLibre fades labels for 300 ms after a change). */
const CLICK_GAP_MS = 350;

async function waitIdle(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window.__benchIdleAt !== undefined ? window.__benchIdleAt : document.body?.dataset.benchError ? -1 : null),
    undefined,
    { timeout: LOAD_TIMEOUT, polling: 50 },
  );
  const value = (await handle.jsonValue()) as number;
  if (value < 0) {
    const message = await page.evaluate(() => document.body.dataset.benchError);
    throw new Error(`bench page failed: ${String(message)}`);
  }
  return value;
}

async function phases(page: Page): Promise<LoadPhases> {
  const p = await page.evaluate(() => window.__benchPhases);
  if (!p) throw new Error('bench: the idle probe recorded no phases');
  return p;
}

/** Loads `url` in a fresh context and returns the time from navigation start to the first map idle. */
export async function loadOnce(browser: Browser, baseURL: string, url: string): Promise<LoadSample> {
  const { context, page, guard } = await guardedPage(browser, baseURL, undefined, undefined, 'no-preference');
  try {
    await page.addInitScript({ content: IDLE_PROBE });
    await page.goto(url, { waitUntil: 'commit' });
    const ms = await waitIdle(page);
    return { ms, phases: await phases(page), consoleErrors: [...guard.consoleErrors], offOrigin: [...guard.offOrigin] };
  } finally {
    await context.close();
  }
}

/** Opens the app once: its load time, the map container's box and the features drawn per layer. */
export async function probeApp(browser: Browser, baseURL: string, layers: readonly LayerId[]): Promise<AppProbe> {
  const { context, page } = await guardedPage(browser, baseURL, undefined, undefined, 'no-preference');
  try {
    await page.addInitScript({ content: IDLE_PROBE });
    await page.goto(baseURL, { waitUntil: 'commit' });
    const idleMs = await waitIdle(page);
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('bench: the app has no map container');
    const renderedPerLayer: Record<string, number> = {};
    for (const layer of layers) {
      renderedPerLayer[layer] = await page.evaluate((id) => (window.planmap ? window.planmap.renderedIds(id).length : -1), layer);
    }
    return { idleMs, map: { x: box.x, y: box.y, width: Math.round(box.width), height: Math.round(box.height) }, renderedPerLayer };
  } finally {
    await context.close();
  }
}

/** A county to click: its name and label point. */
export interface ClickTarget {
  name: string;
  lngLat: [number, number];
}

/** Result of the click benchmark. */
export interface ClickBench {
  samples: ClickSample[];
  /** Counties whose label point selected that county (the ones clicked). */
  targets: string[];
  /** Counties left out: off screen, or their label point selects another feature. */
  skipped: string[];
  consoleErrors: string[];
  offOrigin: string[];
}

/** Clicks at (x, y) and waits for the next details-name sample; null when the name did not change in 5 s. */
async function clickOnce(page: Page, x: number, y: number): Promise<ClickSample | null> {
  const before = await page.evaluate(() => window.__benchClick?.results.length ?? 0);
  await page.mouse.click(x, y);
  try {
    await page.waitForFunction((n) => (window.__benchClick?.results.length ?? 0) > n, before, { timeout: 5000, polling: 'raf' });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return null;
    throw error;
  }
  return page.evaluate((n) => window.__benchClick?.results[n] ?? null, before);
}

/** Result of the in-browser search benchmark. */
export interface KeysBench {
  samples: KeySample[];
  queries: string[];
}

/** Resolves after two animation frames in the page (lets pending probe samples land). */
async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

async function typeQueries(page: Page, queries: readonly string[]): Promise<KeySample[]> {
  const input = page.getByTestId('search-input');
  await input.click();
  const samples: KeySample[] = [];
  for (const query of queries) {
    await input.fill('');
    await frames(page);
    let typed = '';
    for (const ch of query) {
      typed += ch;
      const before = await page.evaluate(() => window.__benchKeys?.results.length ?? 0);
      await page.keyboard.press(ch);
      const arg = { before, typed };
      await page.waitForFunction(
        (a) => (window.__benchKeys?.results ?? []).some((r, i) => i >= a.before && r.value === a.typed), arg, { timeout: 5000, polling: 'raf' },
      );
      const sample = await page.evaluate((a) => (window.__benchKeys?.results ?? []).find((r, i) => i >= a.before && r.value === a.typed) ?? null, arg);
      if (!sample) throw new Error(`bench: no keystroke sample for "${typed}"`);
      samples.push(sample);
      await page.waitForTimeout(100);
    }
  }
  await input.fill('');
  return samples;
}

/**
 * Opens the app, finds the counties whose label point selects them, then clicks `clicks` times cycling
 * through those counties (so every click changes the details panel), and finally types `queries` into
 * the search box one key at a time.
 */
export async function benchInteraction(
  browser: Browser, baseURL: string, targets: readonly ClickTarget[], clicks: number, queries: readonly string[],
): Promise<{ click: ClickBench; keys: KeysBench }> {
  const { context, page, guard } = await guardedPage(browser, baseURL, undefined, undefined, 'no-preference');
  try {
    await page.addInitScript({ content: IDLE_PROBE + CLICK_PROBE + KEYS_PROBE });
    await page.goto(baseURL, { waitUntil: 'commit' });
    await waitIdle(page);
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('bench: the app has no map container');
    const usable: { name: string; x: number; y: number }[] = [];
    const skipped: string[] = [];
    for (const t of targets) {
      const p = await page.evaluate((ll) => window.planmap?.project(ll) ?? { x: -1, y: -1 }, t.lngLat);
      const inside = p.x > 10 && p.y > 10 && p.x < box.width - 10 && p.y < box.height - 10;
      const sample = inside ? await clickOnce(page, box.x + p.x, box.y + p.y) : null;
      if (sample && sample.name === t.name) usable.push({ name: t.name, x: box.x + p.x, y: box.y + p.y });
      else skipped.push(t.name);
      await page.waitForTimeout(100);
    }
    if (usable.length < 2) throw new Error(`bench: fewer than 2 clickable counties (skipped: ${skipped.join(', ')})`);
    const samples: ClickSample[] = [];
    for (let i = 0; i < clicks; i++) {
      const t = usable[i % usable.length] as { name: string; x: number; y: number };
      const sample = await clickOnce(page, t.x, t.y);
      if (!sample || sample.name !== t.name) throw new Error(`bench: click ${i} on ${t.name} gave ${sample ? sample.name : 'no change'}`);
      samples.push(sample);
      // Let the map finish the redraw and label fades of this selection, as between a planner's clicks.
      await page.waitForTimeout(CLICK_GAP_MS);
    }
    await page.waitForTimeout(1000);
    const keySamples = await typeQueries(page, queries);
    return {
      click: { samples, targets: usable.map((u) => u.name), skipped, consoleErrors: [...guard.consoleErrors], offOrigin: [...guard.offOrigin] },
      keys: { samples: keySamples, queries: [...queries] },
    };
  } finally {
    await context.close();
  }
}
