/**
 * The planner's own work in the workspace: imported layers counted in coverage and picked on the map,
 * notes on features, scenes that show imported layers, all in IndexedDB and in the workspace file; a
 * deck left in localStorage by an earlier version moves into IndexedDB.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser, type App } from './driver';
import { saveScreenshot } from './browser';

setupBrowser();

const fixture = (name: string) => `tests/fixtures/import/${name}`;

/** Imports files through the file input and waits until every job has finished. */
async function importFiles(app: App, ...names: string[]): Promise<void> {
  await app.page.getByTestId('import-file-input').setInputFiles(names.map(fixture));
  await app.page.getByTestId('imported-layer').nth(names.length - 1).waitFor();
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="import-job"][data-status="running"]').length === 0);
}

/** The number in a gaps summary such as "没有任务提及的要素 (87)". */
async function unmentionedCount(app: App): Promise<number> {
  const text = await app.page.getByTestId('coverage-gaps').locator('summary').filter({ hasText: '没有任务提及的要素' }).textContent();
  return Number(/\((\d+)\)/.exec(text ?? '')?.[1] ?? Number.NaN);
}

/** Imported features listed for a county in the coverage view. */
async function importedIn(app: App, countyId: string): Promise<string[]> {
  return app.page.locator(`[data-testid="imported-county"][data-county="${countyId}"] button`).allTextContents();
}

/** Finds an imported feature by search (which selects it and fits the map), closes its details, and clicks it on the map. */
async function clickImported(app: App, name: string, at: [number, number]): Promise<void> {
  await app.page.getByTestId('search-input').fill(name);
  await app.page.getByTestId('search-result').first().waitFor();
  await app.page.getByTestId('search-input').press('Enter');
  await app.page.getByTestId('details-name').filter({ hasText: name }).waitFor();
  await app.page.getByRole('button', { name: '关闭详情' }).click();
  await expect.poll(() => app.page.getByTestId('details-name').count()).toBe(0);
  await app.settle();
  await app.waitForIdle();
  const { x, y } = await app.project(at);
  const box = await app.page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map');
  await app.page.mouse.click(box.x + x, box.y + y);
  await app.page.getByTestId('details-name').filter({ hasText: name }).waitFor();
}

/** Writes a note in the details panel and saves it. */
async function writeNote(app: App, text: string): Promise<void> {
  await app.page.getByTestId('note-text').fill(text);
  await app.page.getByTestId('note-save').click();
  await expect.poll(() => app.page.getByTestId('note-status').textContent()).toContain('已保存');
}

describe('imported layers in coverage', () => {
  test('an imported GeoJSON is counted per county, joins the gaps, and leaves the count when hidden', async () => {
    const app = await openApp();
    await app.openTab('coverage');
    await app.page.getByTestId('coverage-gaps').waitFor();
    const before = await unmentionedCount(app);
    expect(await app.page.getByTestId('coverage-imported').count()).toBe(0);
    await importFiles(app, 'parks.geojson');
    await app.page.getByTestId('coverage-imported').waitFor();
    // 6 features kept from the file (one with broken coordinates was dropped): all six are features
    // no task mentions, and each is listed in the counties it lies in.
    await expect.poll(() => unmentionedCount(app)).toBe(before + 6);
    await expect(app.page.getByTestId('coverage-imported').textContent()).resolves.toContain('共 6 个要素');
    expect(await importedIn(app, '510525')).toEqual(expect.arrayContaining(['郎酒庄园', '赤水河旅游步道'])); // 古蔺县
    expect(await importedIn(app, '510524')).toEqual(['叙永县工业园区']); // 叙永县
    expect(await importedIn(app, '530602')).toEqual(['未闭合地块']); // 昭阳区
    await app.page.getByTestId('coverage-measure').selectOption('imported');
    await expect(app.page.getByTestId('class-legend').textContent()).resolves.toContain('无（空白）');
    await saveScreenshot(app.page, 'coverage-imported');
    // Hidden imported layers take part in nothing.
    await app.page.getByTestId('imported-layer').getByRole('checkbox').click();
    await expect.poll(() => app.page.getByTestId('coverage-imported').count()).toBe(0);
    await expect.poll(() => unmentionedCount(app)).toBe(before);
  });
});

describe('imported features and notes', () => {
  test('clicking an imported polygon opens its details; a note on it survives a reload', async () => {
    const app = await openApp();
    await importFiles(app, 'parks.geojson');
    await clickImported(app, '叙永县工业园区', [105.43, 28.145]);
    await expect(app.page.getByTestId('details-counties').textContent()).resolves.toBe('叙永县');
    await expect(app.page.getByTestId('details-geometry').textContent()).resolves.toContain('parks.geojson');
    await expect(app.page.getByTestId('details-attributes').textContent()).resolves.toContain('在建');
    await writeNote(app, '用地红线待核实 <b>不是HTML</b>');
    await saveScreenshot(app.page, 'imported-details-note');
    // A shared link cannot name a feature that lives in this browser only.
    expect(new URL(app.page.url()).searchParams.get('sel')).toBeNull();
    await app.reload();
    expect(await app.page.getByTestId('url-notice').count()).toBe(0);
    await app.page.getByTestId('imported-layer').waitFor();
    await clickImported(app, '叙永县工业园区', [105.43, 28.145]);
    await expect(app.page.getByTestId('note-text').inputValue()).resolves.toBe('用地红线待核实 <b>不是HTML</b>');
    expect(await app.page.locator('.note-editor b').count()).toBe(0);
  });
});

describe('workspace file', () => {
  test('a scene showing an imported layer and a note on a plan feature round-trip through the file', async () => {
    const app = await openApp();
    const { page } = app;
    await importFiles(app, 'sites.kml');
    await app.openFeature('古蔺县');
    await writeNote(app, '赤水河沿岸重点核查');
    await page.getByTestId('tab-present').click();
    await page.getByTestId('deck-panel').waitFor();
    await page.getByTestId('scene-add').click();
    await page.getByTestId('scene-title-input').fill('含导入图层的视图');
    await page.getByTestId('scene-done').click();
    const scene = page.getByTestId('scene-item').filter({ hasText: '含导入图层的视图' });
    const sceneId = await scene.getAttribute('data-scene-id');

    // The scene shows the imported layer again after it was switched off.
    const layerBox = page.getByTestId('imported-layer').getByRole('checkbox');
    await layerBox.click();
    await expect(layerBox.isChecked()).resolves.toBe(false);
    await scene.locator('[data-action="title"]').click();
    await expect.poll(() => layerBox.isChecked()).toBe(true);

    await page.locator('.import-workspace summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workspace-export').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(text) as {
      scenes: { id: string; imported?: string[] }[]; notes: { id: string; text: string }[]; importedLayers: { visible: boolean }[];
    };
    expect(file.scenes.find((s) => s.id === sceneId)?.imported).toHaveLength(1);
    expect(file.notes).toEqual([expect.objectContaining({ id: '510525', text: '赤水河沿岸重点核查' })]);
    // The file records the layer as the panel shows it now (the scene switched it back on).
    expect(file.importedLayers.map((l) => l.visible)).toEqual([true]);

    // Lose both, then bring them back from the file.
    await scene.getByTestId('scene-delete').click();
    await expect.poll(() => page.locator(`[data-scene-id="${sceneId}"]`).count()).toBe(0);
    await app.openFeature('古蔺县');
    await writeNoteBlank(app);
    await page.getByTestId('workspace-file-input').setInputFiles({ name: 'ws.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.getByTestId('note-text').inputValue()).toBe('赤水河沿岸重点核查');
    await expect(page.getByTestId('workspace-summary').textContent()).resolves
      .toBe(`已从 ws.json 导入：1 个图层、${file.scenes.length} 个场景、1 条笔记。`);
    // The notes list in the workspace section names the feature; its button opens it.
    await expect.poll(() => page.getByTestId('notes-item').allTextContents()).toEqual(['古蔺县赤水河沿岸重点核查']);
    await saveScreenshot(page, 'workspace-notes');
    await page.getByTestId('tab-present').click();
    await page.locator(`[data-testid="scene-item"][data-scene-id="${sceneId}"]`).waitFor();
  });
});

/** Clears the note in the details panel (a blank note is deleted). */
async function writeNoteBlank(app: App): Promise<void> {
  await app.page.getByTestId('note-text').fill('');
  await app.page.getByTestId('note-save').click();
  await expect.poll(() => app.page.getByTestId('note-status').textContent()).toBe('');
}

describe('deck storage', () => {
  test('a deck left in localStorage by an earlier version moves into IndexedDB once', async () => {
    const app = await openApp();
    const { page } = app;
    const legacy = readFileSync('tests/fixtures/deck-v1.json', 'utf8');
    await page.evaluate((text) => localStorage.setItem('planmap.deck', text), legacy);
    await app.reload();
    await page.getByTestId('tab-present').click();
    await page.getByTestId('deck-panel').waitFor();
    await expect(page.getByTestId('deck-notice').textContent()).resolves.toContain('迁移到工作区数据库');
    await saveScreenshot(page, 'deck-migrated');
    const ids = (JSON.parse(legacy) as { deck: { scenes: { id: string }[] } }).deck.scenes.map((s) => s.id);
    const order = () => page.getByTestId('scene-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-scene-id')));
    await expect(order()).resolves.toEqual(ids);
    expect(await page.evaluate(() => localStorage.getItem('planmap.deck'))).toBeNull();
    await app.reload();
    await page.getByTestId('tab-present').click();
    await page.getByTestId('deck-panel').waitFor();
    await expect(order()).resolves.toEqual(ids);
    expect(await page.getByTestId('deck-notice').count()).toBe(0);
  });
});

describe('parts loaded on use', () => {
  test('when the notes code cannot load, the details say so and the rest of the panel works', async () => {
    // The service worker would answer from its cache: without it the blocked request really fails.
    const app = await openApp({ serviceWorkers: 'block' });
    const { page, context } = app;
    await context.route(/\/assets\/extras-[\w-]+\.js$/, (route) => route.abort());
    await app.openFeature('古蔺县');
    await page.getByTestId('part-failed').waitFor();
    await expect(page.getByTestId('part-failed').textContent()).resolves.toContain('此部分未能加载');
    expect(await page.getByTestId('task-card').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'part-failed');
    // The failed load is logged on purpose: take exactly those lines off the guard.
    const expected = /A part of the page failed|dynamically imported module|ERR_FAILED/;
    await expect.poll(() => app.guard.consoleErrors.some((e) => expected.test(e))).toBe(true);
    const unexpected = app.guard.consoleErrors.filter((e) => !expected.test(e));
    app.guard.consoleErrors.splice(0, app.guard.consoleErrors.length, ...unexpected);
  });
});
