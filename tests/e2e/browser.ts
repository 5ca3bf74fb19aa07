/**
 * Real Chromium (Debian's) through playwright-core, with the flags this machine needs, and the
 * guards every test gets: no request may leave the app's origin, no console error may be logged,
 * and a failing test leaves a screenshot in test-results/.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

/** Launches headless Debian Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** What the guards saw during one test. */
export interface Guard {
  offOrigin: string[];
  consoleErrors: string[];
}

/** A fresh context and page, guarded: off-origin requests are blocked and recorded, errors recorded. */
export async function guardedPage(
  browser: Browser,
  baseURL: string,
  viewport = { width: 1280, height: 800 },
  serviceWorkers: 'allow' | 'block' = 'allow',
  reducedMotion: 'reduce' | 'no-preference' = 'reduce',
): Promise<{ context: BrowserContext; page: Page; guard: Guard }> {
  const origin = new URL(baseURL).origin;
  // Reduced motion by default: camera moves jump (the app and MapLibre honour the preference), which keeps
  // software-rendered tests fast; tests of the animated path ask for 'no-preference'.
  const context = await browser.newContext({
    viewport, deviceScaleFactor: 1, locale: 'zh-CN', acceptDownloads: true, serviceWorkers, reducedMotion,
  });
  const guard: Guard = { offOrigin: [], consoleErrors: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    guard.offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') guard.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => guard.consoleErrors.push(`pageerror: ${error.message}`));
  return { context, page, guard };
}

/** Saves a screenshot of the page under test-results/ (used on failure and for review shots). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync('test-results', { recursive: true });
  const path = `test-results/${name.replace(/[^\w.-]+/g, '_')}.png`;
  await page.screenshot({ path });
  return path;
}
