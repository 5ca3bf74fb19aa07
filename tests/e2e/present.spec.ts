/**
 * Presenting: presenter mode through the default deck, a saved view surviving a reload, PNG exports
 * checked by decoding their pixels, and a county briefing sheet printed to PDF by Chromium.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, inject, test } from 'vitest';
import type { LayerId } from '../../src/geo/types';
import { translate } from '../../src/i18n/strings';
import type { PlanModel } from '../../src/plan/types';
import { briefingFor, type BriefFeature } from '../../src/present/briefing';
import { defaultDeck, type FeatureInfo } from '../../src/present/defaultDeck';
import { exportLayout, exportSize, type ExportPreset } from '../../src/present/imageLayout';
import { saveScreenshot } from './browser';
import { openApp, setupBrowser, type App } from './driver';

setupBrowser();

const ALL_LAYERS: LayerId[] = ['provinces', 'prefectures', 'context-counties', 'counties', 'rivers', 'seats', 'towns', 'places', 'parks', 'railways', 'highways', 'corridors'];
const model = JSON.parse(readFileSync('geodata/plan.json', 'utf8')) as PlanModel;
const texts = { zt: readFileSync('seeds/zhaotong-2022-outlook.txt', 'utf8'), lz: readFileSync('seeds/luzhou-nanyi-2022-plan.txt', 'utf8') };
const features = new Map<string, FeatureInfo & { countyId?: string }>();
for (const layer of ALL_LAYERS) {
  const fc = JSON.parse(readFileSync(`geodata/${layer}.geojson`, 'utf8')) as GeoJSON.FeatureCollection;
  for (const f of fc.features) {
    const [w, s, e, n] = bbox(f);
    features.set(String(f.id), { layer, bounds: [w, s, e, n], name: String(f.properties?.name), countyId: f.properties?.countyId as string | undefined });
  }
}
/** The deck the app generates, computed here from the same pure generator and committed data. */
const expectedDeck = defaultDeck({
  model, texts, feature: (id) => features.get(id), title: translate('zh', 'present.deck.title'), documentOrder: ['lz', 'zt'], now: 'x',
});

async function openPresentTab(app: App): Promise<void> {
  await app.page.getByTestId('tab-present').click();
  await app.page.getByTestId('deck-panel').waitFor();
}

/** What the screen shows for the current scene: layers switched on and layers with drawn features. */
async function shownLayers(app: App): Promise<{ on: LayerId[]; drawn: LayerId[] }> {
  const on: LayerId[] = [];
  const drawn: LayerId[] = [];
  for (const layer of ALL_LAYERS) {
    if (await app.page.getByTestId(`layer-toggle-${layer}`).isChecked()) on.push(layer);
    if ((await app.renderedIds(layer)).length > 0) drawn.push(layer);
  }
  return { on, drawn };
}

describe('present', () => {
  test('presenter mode steps through the default deck with PageDown/PageUp; each scene shows its layers and caption', async () => {
    const app = await openApp({ viewport: { width: 1280, height: 720 } });
    const { page } = app;
    await openPresentTab(app);
    let seen = await app.idles();
    await page.getByTestId('present-start').click();
    const presenter = page.getByTestId('presenter');
    const n = expectedDeck.scenes.length;
    expect(n).toBe(14);
    for (let i = 0; i < n; i++) {
      const scene = expectedDeck.scenes[i];
      if (!scene) throw new Error('no scene');
      await presenter.and(page.locator(`[data-scene-id="${scene.id}"]`)).waitFor();
      await app.waitForIdle(seen);
      await expect(page.getByTestId('topbar').isVisible()).resolves.toBe(false);
      await expect(page.getByTestId('presenter-title').textContent()).resolves.toBe(scene.title);
      await expect(page.getByTestId('presenter-caption').textContent()).resolves.toBe(scene.caption);
      await expect(page.getByTestId('presenter-progress').textContent()).resolves.toBe(`${i + 1} / ${n}`);
      const { on, drawn } = await shownLayers(app);
      expect(on.sort(), scene.id).toEqual([...scene.layers].sort());
      for (const layer of drawn) expect(scene.layers, `${scene.id} draws ${layer}`).toContain(layer);
      const planLayers = new Set(scene.highlighted.map((id) => features.get(id)?.layer).filter((l) => l && !['counties', 'rivers'].includes(l)));
      for (const layer of planLayers) expect(drawn, `${scene.id}: highlighted ${layer} drawn`).toContain(layer);
      const first = scene.highlighted[0];
      if (first) await expect.poll(() => app.featureState(features.get(first)?.layer as LayerId, first)).toMatchObject({ highlighted: true });
      await expect(page.getByTestId('present-callout').count()).resolves.toBe(scene.callouts.length);
      if (['overview', 'lz-4-2', 'zt-s2.cor-jinsha-clean-energy'].includes(scene.id)) await saveScreenshot(page, `present-scene-${scene.id}`);
      if (i < n - 1) {
        seen = await app.idles();
        await page.keyboard.press('PageDown');
      }
    }
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('presenter-progress').textContent()).resolves.toBe(`${n} / ${n}`);
    seen = await app.idles();
    await page.keyboard.press('PageUp');
    const previous = expectedDeck.scenes[n - 2];
    await presenter.and(page.locator(`[data-scene-id="${previous?.id}"]`)).waitFor();
    await expect(page.getByTestId('presenter-caption').textContent()).resolves.toBe(previous?.caption);
    await app.waitForIdle(seen);
    await page.keyboard.press('Escape');
    await presenter.waitFor({ state: 'detached' });
    await page.getByTestId('topbar').waitFor({ state: 'visible' });
  }, 240_000);

  test('a scene added from the current view survives a reload and opens from its link', async () => {
    const app = await openApp();
    const { page } = app;
    await app.toggleLayer('铁路');
    await openPresentTab(app);
    await page.getByTestId('scene-add').click();
    await page.getByTestId('scene-title-input').fill('无铁路视图');
    await page.getByTestId('scene-done').click();
    const item = page.getByTestId('scene-item').filter({ hasText: '无铁路视图' });
    const id = await item.getAttribute('data-scene-id');
    expect(id).toMatch(/^u-/);
    // Reorder from the keyboard: the moved scene keeps the focus on its button.
    const up = item.locator('[data-action="up"]');
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.closest('[data-scene-id]')?.getAttribute('data-scene-id'))).resolves.toBe(id);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="scene-item"][data-scene-id="zt-s5"] [data-testid="scene-delete"]').click();
    const order = async () => page.getByTestId('scene-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-scene-id')));
    const before = await order();
    expect(before.slice(-3)).toEqual(['zt-s4', id, 'zt-s6']);

    await app.reload();
    await openPresentTab(app);
    await expect(order()).resolves.toEqual(before);
    await expect(page.getByTestId('scene-item').filter({ hasText: '无铁路视图' }).getAttribute('data-scene-id')).resolves.toBe(id);

    await page.goto(new URL(`?scene=${id}`, inject('baseURL')).href);
    await app.waitForIdle();
    await page.locator(`[data-testid="scene-item"][data-scene-id="${id}"].active`).waitFor();
    await expect(page.getByTestId('layer-toggle-railways').isChecked()).resolves.toBe(false);
    await expect(app.renderedIds('railways')).resolves.toEqual([]);
    await expect(page.getByTestId('layer-toggle-highways').isChecked()).resolves.toBe(true);
  });

  for (const preset of ['screen2x', 'a4-300'] as ExportPreset[]) {
    test(`exported PNG (${preset}) has the expected size, map pixels and the title`, async () => {
      const app = await openApp();
      const { page } = app;
      await openPresentTab(app);
      const rect = await page.getByTestId('map').evaluate((el) => ({ width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height }));
      const size = exportSize(preset, rect);
      const layout = exportLayout(size);
      await page.getByTestId('export-open').click();
      await page.getByTestId('export-title').fill('赤水河谷规划示意图');
      await page.getByTestId(`export-preset-${preset}`).check();
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByTestId('export-run').click();
      const file = readFileSync(await (await download).path());
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/present-export-${preset}.png`, file);
      const status = page.getByTestId('export-status');
      await page.locator('[data-testid="export-status"][data-state="done"]').waitFor();
      console.info(`export ${preset}: ${await status.getAttribute('data-width')}×${await status.getAttribute('data-height')} in ${await status.getAttribute('data-ms')} ms`);

      expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([size.width, size.height]);

      const t = layout.title;
      const titleBox = { x: t.x, y: t.y - t.size, w: t.size * 9, h: Math.round(t.size * 1.3) };
      const emptyBox = { ...titleBox, x: size.width - titleBox.w - t.x };
      const m = layout.map;
      const mapBox = { x: m.x + Math.round(m.w * 0.1), y: m.y + Math.round(m.h * 0.1), w: Math.round(m.w * 0.5), h: Math.round(m.h * 0.5) };
      const stats = await page.evaluate(async ({ b64, boxes }) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(bitmap, 0, 0);
        return boxes.map((box) => {
          const data = ctx.getImageData(box.x, box.y, box.w, box.h).data;
          let dark = 0;
          const colours = new Set<number>();
          for (let i = 0; i < data.length; i += 4) {
            const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
            if (0.299 * r + 0.587 * g + 0.114 * b < 90) dark++;
            colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
          }
          return { dark, colours: colours.size, size: [bitmap.width, bitmap.height] };
        });
      }, { b64: file.toString('base64'), boxes: [titleBox, emptyBox, mapBox] });
      const [title, empty, map] = stats;
      expect(title?.size).toEqual([size.width, size.height]);
      expect(title?.dark, 'ink in the title area').toBeGreaterThan(titleBox.w * titleBox.h * 0.02);
      expect(empty?.dark, 'the rest of the header is empty').toBe(0);
      expect(map?.colours, 'map drawn (fills, lines, labels)').toBeGreaterThan(12);
    }, 180_000);
  }

  test("Chromium's PDF of a briefing sheet holds the county's name and its task titles", async () => {
    const app = await openApp();
    const { page } = app;
    await app.openFeature('古蔺县');
    const link = page.getByTestId('details-brief-link');
    await expect(link.getAttribute('href')).resolves.toBe('?brief=510525');
    await page.goto(new URL('?brief=510525', inject('baseURL')).href);
    await page.locator('[data-testid="brief-map"][data-state="ready"]').waitFor({ timeout: 60_000 });
    await saveScreenshot(page, 'present-briefing-510525');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
    }
    // Chromium maps some CJK glyphs to Kangxi radicals in the text layer; NFKC folds them back.
    const plain = text.normalize('NFKC');
    expect(plain).toContain('古蔺县 规划简报');
    const list: BriefFeature[] = [...features].map(([id, f]) => ({ id, layer: f.layer, name: f.name, countyId: f.countyId }));
    const titles = briefingFor(model, list, '510525').documents.flatMap((d) => d.tasks.map((x) => x.task.title));
    expect(titles.length).toBeGreaterThan(5);
    for (const title of titles) expect(plain, title).toContain(title.normalize('NFKC'));
    expect(plain).toContain('市酒业发展局');
  });
});
