import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LayerId } from '../../src/geo/types';
import { openApp, setupBrowser, type App } from './driver';
import { saveScreenshot } from './browser';

setupBrowser();

const FIXTURES = 'tests/fixtures/import';
const fixture = (name: string) => `${FIXTURES}/${name}`;

/** Waits until every import job of the page has finished. */
async function importsSettled(app: App): Promise<void> {
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="import-job"][data-status="running"]').length === 0);
}

/** Imported layers as listed in the panel: [name, count, id]. */
async function importedList(app: App): Promise<[string, string, string][]> {
  return app.page.getByTestId('imported-layer').evaluateAll((items) =>
    items.map((li) => [
      li.querySelector('.import-name')?.textContent ?? '',
      li.querySelector('.count')?.textContent ?? '',
      li.getAttribute('data-layer-id') ?? '',
    ] as [string, string, string]));
}

/** Ids of the rendered features of an imported layer (its source is `imp-<id>`). */
const renderedImported = (app: App, id: string) => app.renderedIds(`imp-${id}` as LayerId);

/** Nothing a payload could have done: no flag set, no element injected, no event-handler attribute anywhere. */
async function nothingExecuted(app: App): Promise<void> {
  const found = await app.page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    injected: document.querySelectorAll('img[src="x"], iframe, [onerror], [onload], a[href^="javascript:"], body script:not([src])').length,
  }));
  expect(found).toEqual({ pwned: undefined, injected: 0 });
}

describe('import', () => {
  test('GeoJSON, KML and a GBK shapefile: listed, drawn, reported, searchable — and still there after a reload', async () => {
    const app = await openApp();
    await app.page.getByTestId('import-file-input').setInputFiles([fixture('parks.geojson'), fixture('sites.kml'), fixture('parks-gbk.zip')]);
    await app.page.getByTestId('import-job').nth(2).waitFor();
    await importsSettled(app);
    const list = await importedList(app);
    expect(list.map(([name, count]) => [name, count])).toEqual([['parks', '6'], ['sites', '6'], ['parks-gbk', '3']]);
    // The GeoJSON report lists the bad features; the shapefile report names the encoding from the .cpg.
    const reports = await app.page.getByTestId('import-job').allTextContents();
    expect(reports.find((r) => r.includes('parks.geojson'))).toContain('第 6 个要素已舍弃：坐标不是有效数字');
    expect(reports.find((r) => r.includes('parks-gbk.zip'))).toContain('属性编码：gbk（依据：.cpg 文件）');
    for (const [, count, id] of list) {
      await expect.poll(async () => (await renderedImported(app, id)).length, { message: id }).toBeGreaterThan(0);
      expect((await renderedImported(app, id)).length, id).toBeLessThanOrEqual(Number(count));
    }
    await saveScreenshot(app.page, 'import-three-layers');
    // Search finds a GBK-decoded name with the 导入 badge.
    await app.page.getByTestId('search-input').fill('古蔺白酒');
    const result = app.page.getByTestId('search-result').first();
    await expect(result.textContent()).resolves.toContain('古蔺白酒产业园');
    await expect(result.textContent()).resolves.toContain('导入');
    // Reload: the layers come back from IndexedDB, drawn again.
    await app.reload();
    await app.page.getByTestId('imported-layer').nth(2).waitFor();
    expect(await importedList(app)).toEqual(list);
    await expect.poll(async () => (await renderedImported(app, list[2]?.[2] ?? '')).length).toBe(3);
    // Counted in coverage: all 15 features, each format's in the county it lies in.
    await app.openTab('coverage');
    await app.page.getByTestId('coverage-imported').waitFor();
    await expect(app.page.getByTestId('coverage-imported').textContent()).resolves.toContain('共 15 个要素');
    const listed = (county: string) => app.page.locator(`[data-testid="imported-county"][data-county="${county}"] button`).allTextContents();
    expect(await listed('510524')).toEqual(expect.arrayContaining(['叙永县工业园区', '叙永资源循环园'])); // 叙永县: GeoJSON, shapefile
    expect(await listed('510525')).toEqual(expect.arrayContaining(['郎酒庄园', '古蔺白酒产业园'])); // 古蔺县: GeoJSON, shapefile
    expect(await listed('530629')).toEqual(expect.arrayContaining(['威信调研点'])); // 威信县: KML
  });

  test('a large file shows a progress bar that advances before the layer arrives', async () => {
    const app = await openApp();
    // ~8 MB of points: long enough to watch the worker report reading and parsing.
    const features = Array.from({ length: 60_000 }, (_, i) => ({
      type: 'Feature', properties: { name: `点${i}`, note: 'x'.repeat(40) }, geometry: { type: 'Point', coordinates: [104 + (i % 300) / 100, 27 + Math.floor(i / 300) / 200] },
    }));
    const buffer = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
    await app.page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __progress: number[] }).__progress = seen;
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll<HTMLProgressElement>('[data-testid="import-progress"]')) seen.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
    });
    await app.page.getByTestId('import-file-input').setInputFiles({ name: 'many.geojson', mimeType: 'application/json', buffer });
    await app.page.getByTestId('imported-layer').waitFor({ timeout: 60_000 });
    await importsSettled(app);
    const seen = await app.page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    const between = seen.filter((v) => v > 0 && v < 1);
    expect(between.length, `progress values seen: ${seen.join(', ')}`).toBeGreaterThan(1);
    expect(between).toEqual([...between].sort((a, b) => a - b));
    expect((await importedList(app)).map(([n, c]) => [n, c])).toEqual([['many', '60000']]);
  });

  test('a file over the size limit is refused, naming the limit; nothing is imported', async () => {
    const app = await openApp();
    const dir = mkdtempSync(join(tmpdir(), 'planmap-big-'));
    const path = join(dir, 'huge.geojson');
    writeFileSync(path, '');
    truncateSync(path, 51 * 1024 * 1024); // sparse: 51 MB on paper, nothing on disk
    await app.page.getByTestId('import-file-input').setInputFiles(path);
    await expect.poll(() => app.page.getByTestId('import-error').count()).toBe(1);
    await expect(app.page.getByTestId('import-error').textContent()).resolves.toMatch(/超过上限 50 MB，未读取/);
    expect(await app.page.getByTestId('imported-layer').count()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  test('damaged records in IndexedDB are reported; the readable layer is kept', async () => {
    const app = await openApp();
    await app.page.getByTestId('import-file-input').setInputFiles(fixture('sites.kml'));
    await app.page.getByTestId('imported-layer').waitFor();
    await app.page.evaluate(() => new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('planmap-workspace');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const tx = req.result.transaction('importedLayers', 'readwrite');
        tx.objectStore('importedLayers').put({ id: 'broken', name: 42 });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    }));
    await app.reload();
    await app.page.getByTestId('imported-layer').waitFor();
    expect((await importedList(app)).map(([n]) => n)).toEqual(['sites']);
    await expect.poll(() => app.page.getByTestId('import-section').textContent()).toContain('“importedLayers”中记录“broken”无效（name），已跳过。');
  });

  test('switching an imported layer off hides it (persisted); removing it deletes it', async () => {
    const app = await openApp();
    await app.page.getByTestId('import-file-input').setInputFiles(fixture('parks-gbk.zip'));
    await app.page.getByTestId('imported-layer').waitFor();
    const [[, , id] = ['', '', '']] = await importedList(app);
    await expect.poll(async () => (await renderedImported(app, id)).length).toBe(3);
    await app.page.getByTestId('imported-layer').getByRole('checkbox').click();
    await expect.poll(() => renderedImported(app, id)).toEqual([]);
    await app.reload();
    await app.page.getByTestId('imported-layer').waitFor();
    await expect(app.page.getByTestId('imported-layer').getByRole('checkbox').isChecked()).resolves.toBe(false);
    await app.page.getByRole('button', { name: '删除导入图层 parks-gbk' }).click();
    await expect.poll(() => app.page.getByTestId('imported-layer').count()).toBe(0);
    await app.reload();
    await expect(app.page.getByTestId('import-section').textContent()).resolves.toContain('尚未导入图层');
  });

  test('drag and drop a CSV on the map; a projected file is refused naming sample values; the GCJ-02 switch is kept', async () => {
    const app = await openApp();
    await app.page.getByTestId('import-gcj02').check();
    const drop = async (name: string, bytes: number[]) => {
      const dataTransfer = await app.page.evaluateHandle(({ n, b }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(b)], n));
        return dt;
      }, { n: name, b: bytes });
      await app.page.dispatchEvent('[data-testid="map"]', 'dragenter', { dataTransfer });
      await app.page.getByTestId('import-drop').waitFor();
      await app.page.dispatchEvent('[data-testid="map"]', 'drop', { dataTransfer });
      await expect.poll(() => app.page.getByTestId('import-drop').count()).toBe(0);
    };
    await drop('villages-gbk.csv', [...readFileSync(fixture('villages-gbk.csv'))]);
    await app.page.getByTestId('imported-layer').waitFor();
    await importsSettled(app);
    expect((await importedList(app)).map(([n, c]) => [n, c])).toEqual([['villages-gbk', '3']]);
    const report = await app.page.getByTestId('import-job').first().textContent();
    expect(report).toContain('坐标已由 GCJ-02 转换为 WGS-84');
    expect(report).toContain('第 5 行没有可用坐标');
    await drop('projected.csv', [...readFileSync(fixture('projected.csv'))]);
    await expect.poll(() => app.page.getByTestId('import-error').count()).toBe(1);
    await expect(app.page.getByTestId('import-error').textContent()).resolves.toContain('(35512345.6, 3102345.7)');
    await saveScreenshot(app.page, 'import-report');
    await app.reload();
    await expect.poll(() => app.page.getByTestId('import-gcj02').isChecked()).toBe(true);
  });

  test('workspace: export to one file, remove the layer, import the file — the layer is back', async () => {
    const app = await openApp();
    await app.page.getByTestId('import-file-input').setInputFiles(fixture('sites.kml'));
    await app.page.getByTestId('imported-layer').waitFor();
    await app.page.locator('.import-workspace summary').click();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('workspace-export').click()]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'planmap-workspace', version: 2 });
    await app.page.getByRole('button', { name: '删除导入图层 sites' }).click();
    await expect.poll(() => app.page.getByTestId('imported-layer').count()).toBe(0);
    await app.page.getByTestId('workspace-file-input').setInputFiles({ name: 'ws.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await app.page.getByTestId('imported-layer').waitFor();
    expect((await importedList(app)).map(([n, c]) => [n, c])).toEqual([['sites', '6']]);
  });
});

describe('offline', () => {
  test('after one visit the app reloads and works with the network off, imported layers included', async (ctx) => {
    const app = await openApp();
    // `npm run dev` has no service worker (E2E_BASE_URL pointing at a dev server): nothing to test there.
    if ((await app.page.locator('link[rel="manifest"]').count()) === 0) ctx.skip();
    await app.page.getByTestId('import-file-input').setInputFiles(fixture('parks-gbk.zip'));
    await app.page.getByTestId('imported-layer').waitFor();
    const [[, , id] = ['', '', '']] = await importedList(app);
    // The service worker precaches the app and its data, then takes control of the page.
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await app.context.setOffline(true);
    await app.reload();
    expect(await app.renderedIds('counties')).toHaveLength(13);
    await expect.poll(async () => (await renderedImported(app, id)).length).toBe(3);
    await app.openFeature('古蔺县');
    await app.openTab('reader');
    await expect.poll(() => app.page.getByTestId('app').textContent()).toContain('古蔺');
    // The network really is off: anything not precached fails (that failure is logged; it is expected here).
    const probe = await app.page.evaluate(() => fetch(`/not-precached-${Date.now()}.json`).then(() => 'loaded', () => 'failed'));
    expect(probe).toBe('failed');
    const unexpected = app.guard.consoleErrors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'));
    app.guard.consoleErrors.splice(0, app.guard.consoleErrors.length, ...unexpected);
    await app.context.setOffline(false);
  });
});

describe('hostile input', () => {
  test('script payloads in feature properties, file names and the URL do not execute and show as text', async () => {
    const payloadUrl = `?sel=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}&doc=${encodeURIComponent('<script>window.__pwned=1</script>')}&lead=${encodeURIComponent('"><svg onload=window.__pwned=1>')}`;
    const app = await openApp({ path: payloadUrl });
    await expect(app.page.getByTestId('url-notice').textContent()).resolves.toContain('<img src=x');
    await app.page.getByTestId('import-file-input').setInputFiles([
      { name: '<img src=x onerror="window.__pwned=1">.geojson', mimeType: 'application/json', buffer: readFileSync(fixture('hostile.geojson')) },
      { name: '"><svg onload=window.__pwned=1>.kml', mimeType: 'application/xml', buffer: readFileSync(fixture('hostile.kml')) },
      { name: '<iframe srcdoc=x onload=window.__pwned=1>.csv', mimeType: 'text/csv', buffer: readFileSync(fixture('hostile.csv')) },
    ]);
    await app.page.getByTestId('imported-layer').nth(2).waitFor();
    await importsSettled(app);
    expect((await importedList(app)).map(([name]) => name)).toEqual([
      '<img src=x onerror="window.__pwned=1">', '"><svg onload=window.__pwned=1>', '<iframe srcdoc=x onload=window.__pwned=1>',
    ]);
    await app.page.getByTestId('search-input').fill('<img');
    await app.page.getByTestId('search-result').first().waitFor();
    await expect(app.page.getByTestId('search-result').first().textContent()).resolves.toContain('<img src=x onerror=');
    await app.page.getByTestId('search-input').press('Enter');
    await app.settle();
    for (const note of await app.page.locator('.import-notes summary').all()) await note.click();
    await saveScreenshot(app.page, 'import-hostile');
    await nothingExecuted(app);
  });

  test('the Content-Security-Policy is in force: an injected inline script is refused and does not run', async () => {
    const app = await openApp();
    const policy = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    const violation = await app.page.evaluate(() => new Promise<string>((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.head.append(script);
    }));
    expect(violation).toBe('script-src-elem');
    expect(await app.page.evaluate(() => (window as unknown as { __inline?: unknown }).__inline)).toBeUndefined();
    // The refusal is also logged as a console error: it is what this test expects, so take it off the guard.
    await expect.poll(() => app.guard.consoleErrors.some((e) => e.includes('Content Security Policy'))).toBe(true);
    const unexpected = app.guard.consoleErrors.filter((e) => !e.includes('Content Security Policy'));
    app.guard.consoleErrors.splice(0, app.guard.consoleErrors.length, ...unexpected);
  });
});
