/**
 * `npx tsx src/cli/bench/gl.ts [--app=DIR]`: what each page asks of WebGL up to its first idle — shader
 * programs created, the time the main thread spends blocked reading their link status (where it waits
 * for the GPU process), vertex data uploaded, draw calls — for the app and the bench's bare MapLibre page.
 * Counts, not timings, are what to compare: they do not depend on the machine's load. `--app=DIR` serves
 * an existing production build instead of building one (e.g. to compare two commits).
 */
import type { Browser } from 'playwright-core';
import { guardedPage, launchBrowser } from '../../../tests/e2e/browser';
import { collectionBBox, readRealData } from './data';
import { buildAll, serve } from './serve';

/** Wraps the WebGL entry points of interest before any page script runs; results in `window.__glCounts`. */
const COUNTER = `
(() => {
  const counts = { programs: 0, linkWaitMs: 0, uploads: 0, uploadBytes: 0, draws: 0 };
  window.__glCounts = counts;
  for (const C of [WebGL2RenderingContext, WebGLRenderingContext]) {
    const p = C.prototype;
    const wrap = (name, before) => {
      const original = p[name];
      p[name] = function (...args) { return before.call(this, original, args); };
    };
    wrap('createProgram', function (original, args) { counts.programs++; return original.apply(this, args); });
    wrap('getProgramParameter', function (original, args) {
      const t = performance.now();
      try { return original.apply(this, args); } finally { counts.linkWaitMs += performance.now() - t; }
    });
    wrap('bufferData', function (original, args) {
      counts.uploads++;
      if (args[1] && typeof args[1].byteLength === 'number') counts.uploadBytes += args[1].byteLength;
      return original.apply(this, args);
    });
    wrap('drawElements', function (original, args) { counts.draws++; return original.apply(this, args); });
  }
})();`;

interface Counts {
  programs: number;
  linkWaitMs: number;
  uploads: number;
  uploadBytes: number;
  draws: number;
}

async function countsOf(browser: Browser, base: string, url: string): Promise<Counts> {
  const { context, page } = await guardedPage(browser, base, undefined, undefined, 'no-preference');
  try {
    await page.addInitScript({ content: COUNTER });
    await page.goto(url);
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 90_000 });
    return await page.evaluate(() => (window as unknown as { __glCounts: Counts }).__glCounts);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const appArg = process.argv.find((a) => a.startsWith('--app='));
  const counties = readRealData().collections.counties;
  if (!counties) throw new Error('gl: geodata/counties.geojson is missing');
  const bbox = collectionBBox(counties);
  const builds = await buildAll();
  const served = await serve(appArg ? appArg.slice('--app='.length) : builds.appDir, builds.benchDir);
  const browser = await launchBrowser();
  try {
    const base = served.baseURL;
    const app = await countsOf(browser, base, base);
    // The bench's map size (the app's map container at 1280 × 800 is 692 × 748).
    const bare = await countsOf(browser, base, `${base}bench/bare.html?w=692&h=748&bounds=${bbox.join(',')}`);
    console.table({ app, bare });
  } finally {
    await browser.close();
    await served.close();
    builds.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
