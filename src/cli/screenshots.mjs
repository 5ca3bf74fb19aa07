#!/usr/bin/env node
/* global document */
// Review screenshots of the main screens (zh and en) into test-results/shots/, against a running
// app: `npm run dev` (or preview) first, then `node src/cli/screenshots.mjs http://127.0.0.1:5173/`.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:5173/';
const only = process.argv[3];
const ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
const SHOTS = [
  { name: 'overview-zh', query: '' },
  { name: 'overview-en', query: '?lang=en' },
  { name: 'gulin-details-zh', query: '?sel=510525' },
  { name: 'chishui-zoom-zh', query: '?v=105.85,28.05,9.3' },
  { name: 'reader-zh', query: '?panel=reader&doc=lz&sel=510525' },
  { name: 'tasks-zh', query: '?panel=tasks&lead=市交通运输局' },
  { name: 'indicators-en', query: '?panel=indicators&lang=en' },
  { name: 'phase-2022-zh', query: '?phase=2022&v=105.6,28.1,8.2' },
  { name: 'compare-zh', query: '?phase=existing&cmp=2035&v=105.6,28.1,8' },
  { name: 'projector-zh', query: '?sel=530627', size: { width: 1920, height: 1080 } },
];
mkdirSync('test-results/shots', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
for (const shot of SHOTS.filter((s) => !only || s.name === only)) {
  const page = await browser.newPage({ viewport: shot.size ?? { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error(`${shot.name}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`${shot.name}: ${m.text()}`));
  await page.goto(new URL(shot.query, base).href);
  await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-map-state') === 'idle');
  // English strings load on demand: wait until the document is in the language the link asks for.
  if (shot.query.includes('lang=en')) await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `test-results/shots/${shot.name}.png` });
  console.log(`test-results/shots/${shot.name}.png`);
  await page.close();
}
await browser.close();
