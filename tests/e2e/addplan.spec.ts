/**
 * Adding a plan in the app: a .txt through the dialog → review → accept → it joins the tables, search,
 * the reader and the map, survives a reload and the workspace file; .docx and PDF give the same
 * indicators; bad inputs get a clear message and store nothing.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser, type App } from './driver';
import { saveScreenshot } from './browser';

setupBrowser();

const fixture = (name: string) => resolve('tests/fixtures/plan-import', name);
const TXT = fixture('yunnan-2026-gov-work-report.txt');

/** Opens the dialog and gives it a file (a path or an in-memory file). */
async function giveFile(app: App, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  if (await app.page.getByTestId('addplan-dialog').count() === 0) await app.page.getByTestId('addplan-open').click();
  await app.page.getByTestId('addplan-file-input').setInputFiles(file);
}

/** From a given file to the review screen (metadata as guessed). */
async function toReview(app: App, file: string): Promise<void> {
  await giveFile(app, file);
  await app.page.getByTestId('addplan-meta').waitFor({ timeout: 30_000 });
  await app.page.getByTestId('addplan-next').click();
  await app.page.getByTestId('addplan-review').waitFor({ timeout: 30_000 });
}

/** Accepts the review; returns the added document's id. */
async function accept(app: App): Promise<string> {
  await app.page.getByTestId('addplan-accept').click();
  await app.page.getByTestId('addplan-done').waitFor();
  const id = await app.page.getByTestId('addplan-item').last().getAttribute('data-id');
  if (!id) throw new Error('no added plan listed');
  return id;
}

/** What the review screen lists as indicators (name, figure, year). */
/** Adds the .txt fixture, closes the dialog and shows the added document in the plan reader. */
async function addedInReader(app: App, review: (app: App) => Promise<void> = async () => {}): Promise<void> {
  await toReview(app, TXT);
  await review(app);
  const id = await accept(app);
  await app.page.getByTestId('addplan-close').click();
  await app.openTab('reader');
  await app.page.getByTestId('reader-doc').selectOption(id);
}

function reviewIndicators(app: App): Promise<string[]> {
  return app.page.getByTestId('review-indicator').evaluateAll((rows) => rows.map((r) => {
    const year = r.querySelector('input')?.value ?? '';
    return `${r.querySelector('.ind-head')?.textContent?.replace(/\s+/g, '') ?? ''}|${year}`;
  }));
}

/** Indicator names in the indicator table filtered to one document. */
async function tableIndicators(app: App, documentId: string): Promise<string[]> {
  await app.openTab('indicators');
  await app.page.getByTestId('filter-documentId').selectOption(documentId);
  return app.page.getByTestId('indicator-row').allTextContents();
}

function storedPlans(app: App): Promise<number> {
  return app.page.evaluate(() => new Promise<number>((done, fail) => {
    const req = indexedDB.open('planmap-workspace');
    req.onerror = () => fail(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('plans')) { db.close(); done(0); return; }
      const count = db.transaction('plans').objectStore('plans').count();
      count.onsuccess = () => { db.close(); done(count.result); };
      count.onerror = () => fail(count.error);
    };
  }));
}

describe('adding a plan', () => {
  test('a .txt plan: review (one indicator rejected), accept; its targets in the table and search; after a reload too', async () => {
    const app = await openApp({ viewport: { width: 1280, height: 800 } });
    await toReview(app, TXT);
    const indicators = await reviewIndicators(app);
    expect(indicators.length).toBeGreaterThan(0);
    await saveScreenshot(app.page, 'addplan-review-1280x800');
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await saveScreenshot(app.page, 'addplan-review-1920x1080');
    await app.page.setViewportSize({ width: 1280, height: 800 });
    const firstName = await app.page.getByTestId('review-indicator').first().locator('.ind-head strong').textContent();
    // The planner rejects the last indicator: it is not added.
    await app.page.getByTestId('review-indicator-reject').last().click();
    await expect.poll(() => app.page.locator('[data-testid="review-indicator"].rejected').count()).toBe(1);
    const id = await accept(app);
    await app.page.getByTestId('addplan-close').click();

    const rows = await tableIndicators(app, id);
    expect(rows.length).toBe(indicators.length - 1);
    expect(rows.join('\n')).toContain(firstName ?? '?');

    await app.page.getByTestId('search-input').fill(firstName ?? '?');
    await expect.poll(() => app.page.getByTestId('search-result').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(firstName ?? '?')]));
    await app.page.getByTestId('search-input').fill('');

    await app.reload();
    expect(await tableIndicators(app, id)).toEqual(rows);
  }, 150_000);

  test('in the reader the added document\'s place mentions are underlined; a click selects the place on the map', async () => {
    const app = await openApp();
    await addedInReader(app);
    const first = app.page.getByTestId('mention').first();
    await first.waitFor();
    const term = (await first.textContent()) ?? '?';
    await first.click();
    await expect.poll(async () => {
      const name = (await app.page.getByTestId('details-name').textContent()) ?? '';
      return name.length > 0 && (name.includes(term) || term.includes(name));
    }).toBe(true);
  }, 150_000);

  // The mention of 赤水河（昭通段） is in the report's review of 十四五, a part that makes no tasks: it is
  // underlined from the document-level place mentions (PlanModel.mentions), not from a task link.
  test('in the reader its mention of 赤水河（昭通段） is underlined; a click selects 赤水河 on the map', async () => {
    const app = await openApp();
    await addedInReader(app);
    await app.page.getByTestId('mention').first().waitFor();
    const mentions = await app.page.getByTestId('mention').evaluateAll((els) => els.map((e) => `${e.textContent ?? ''}${e.nextSibling?.textContent?.slice(0, 5) ?? ''}`));
    expect(mentions).toContain('赤水河（昭通段）');
    await app.page.getByTestId('mention').filter({ hasText: /^赤水河$/ }).first().click();
    await app.page.getByTestId('details-name').filter({ hasText: '赤水河' }).waitFor();
  }, 150_000);

  test('a place mention outside tasks rejected in the review is not underlined in the reader', async () => {
    const app = await openApp();
    await addedInReader(app, async ({ page }) => {
      await page.getByTestId('review-mentions-outside').locator('summary').click();
      const row = page.getByTestId('review-mention').filter({ hasText: '赤水河（昭通段）' }).first();
      await row.getByTestId('review-mention-reject').click();
      await expect.poll(() => row.getAttribute('class')).toContain('rejected');
    });
    await app.page.getByTestId('mention').first().waitFor();
    const mentions = await app.page.getByTestId('mention').evaluateAll((els) => els.map((e) => `${e.textContent ?? ''}${e.nextSibling?.textContent?.slice(0, 5) ?? ''}`));
    expect(mentions).not.toContain('赤水河（昭通段）');
  }, 150_000);

  test('an unmatched name placed on the map: drawn as placed by the planner, selectable, still there after a reload', async () => {
    const app = await openApp();
    await toReview(app, TXT);
    // A name inside a task's text (the rows outside tasks are folded away).
    const row = app.page.locator('.review-places > ul > [data-testid="review-unmatched"]').first();
    const term = (await row.getAttribute('data-term')) ?? '?';
    await row.getByTestId('review-unmatched-place').click();
    // The dialog gets out of the way: a bar names the term; Escape cancels.
    await expect.poll(() => app.page.getByTestId('addplan-placing').textContent()).toContain(term);
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('addplan-review').waitFor();
    expect(await app.page.getByTestId('addplan-placing').count()).toBe(0);
    await row.getByTestId('review-unmatched-place').click();
    await app.page.getByTestId('addplan-placing').waitFor();
    // The pointer over the map is a crosshair while placing.
    await expect.poll(() => app.page.locator('.maplibregl-canvas').evaluate((c) => getComputedStyle(c).cursor)).toBe('crosshair');
    const at: [number, number] = [104.6, 27.75];
    const { x, y } = await app.project(at);
    const box = await app.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    await app.page.mouse.click(box.x + x, box.y + y);
    await app.page.getByTestId('addplan-review').waitFor();
    await row.getByTestId('review-unmatched-placed').waitFor();
    const seen = await app.idles();
    const id = await accept(app);
    await app.page.getByTestId('addplan-close').click();
    const featureId = `${id}-p1`;
    await app.waitForIdle(seen);
    await expect.poll(() => app.renderedIds('places')).toContain(featureId);

    const clickPlaced = async () => {
      const p = await app.project(at);
      const b = await app.page.getByTestId('map').boundingBox();
      if (!b) throw new Error('no map');
      await app.page.mouse.click(b.x + p.x, b.y + p.y);
      await app.page.getByTestId('details-name').filter({ hasText: term }).waitFor();
    };
    await clickPlaced();
    expect(await app.page.getByTestId('details-geometry').textContent()).toContain('规划人员放置');
    await expect.poll(() => app.featureState('places', featureId)).toMatchObject({ selected: true });

    await app.reload();
    await expect.poll(() => app.renderedIds('places')).toContain(featureId);
    await clickPlaced();
    expect(await app.page.getByTestId('details-geometry').textContent()).toContain('规划人员放置');
  }, 150_000);

  test('the workspace file carries an added plan: removed, then imported back', async () => {
    const app = await openApp();
    await toReview(app, TXT);
    const id = await accept(app);
    await app.page.getByTestId('addplan-close').click();
    await app.page.locator('.import-workspace summary').click();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('workspace-export').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text).plans.map((p: { id: string }) => p.id)).toEqual([id]);
    await app.page.getByTestId('addplan-open').click();
    await app.page.getByTestId('addplan-remove').click();
    await expect.poll(() => storedPlans(app)).toBe(0);
    await app.page.getByTestId('addplan-close').click();
    await app.page.getByTestId('workspace-file-input').setInputFiles({ name: 'ws.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => storedPlans(app)).toBe(1);
    expect((await tableIndicators(app, id)).length).toBeGreaterThan(0);
  }, 150_000);

  test('the same plan as .docx, as a text PDF and as a PDF with a predefined CJK CMap gives the same indicators', async () => {
    const app = await openApp();
    await toReview(app, TXT);
    const txt = await reviewIndicators(app);
    await app.page.getByTestId('addplan-close').click();
    // The CMap PDF's font is not embedded: the worker fetches the bundled Adobe CMaps from the app's origin.
    for (const name of ['yunnan-2026-gov-work-report.docx', 'yunnan-2026-gov-work-report.pdf', 'yunnan-2026-gov-work-report-cmap.pdf']) {
      await toReview(app, fixture(name));
      expect(await reviewIndicators(app), name).toEqual(txt);
      await app.page.getByTestId('addplan-close').click();
    }
    expect(await storedPlans(app)).toBe(0);
  }, 150_000);

  test('bad inputs get a clear message and nothing is stored', async () => {
    const app = await openApp();
    const dir = mkdtempSync(join(tmpdir(), 'planmap-plan-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 21 * 1024 * 1024); // sparse: 21 MB on paper
    const cases: [string, string, RegExp][] = [
      [fixture('empty.txt'), 'empty', /文件是空的/],
      [fixture('binary.dat'), 'binary', /不是文本文件/],
      [fixture('scanned.pdf'), 'noTextLayer', /没有文字层/],
      [big, 'tooLarge', /超过上限 20 MB/],
      [fixture('old-word.doc'), 'oldWord', /另存为 \.docx/],
    ];
    for (const [path, code, message] of cases) {
      await giveFile(app, path);
      const error = app.page.getByTestId('addplan-error');
      await expect.poll(() => error.getAttribute('data-code'), { timeout: 20_000 }).toBe(code);
      expect(await error.textContent()).toMatch(message);
      expect(await error.textContent()).toContain('未保存任何内容');
    }
    expect(await app.page.getByTestId('addplan-list').count()).toBe(0);
    expect(await storedPlans(app)).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  }, 150_000);
});
