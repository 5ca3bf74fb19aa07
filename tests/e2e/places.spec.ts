/**
 * Real places (issue 15): the 乡镇 layer in search and details, railways through their stations, and a
 * look at 叙永/古蔺 at zoom 10 with the towns drawn.
 */
import { describe, expect, test } from 'vitest';
import { saveScreenshot } from './browser';
import { openApp, setupBrowser } from './driver';

setupBrowser();

describe('towns and stations', () => {
  test('search "mn" finds the town 摩尼镇, whose details give its code, seat and the plan tasks naming it', async () => {
    const { page } = await openApp();
    const input = page.getByTestId('search-input');
    await input.pressSequentially('mn');
    const town = page.getByTestId('search-result').filter({ hasText: '摩尼镇' }).filter({ hasText: '乡镇' }).first();
    await town.waitFor();
    await town.click();
    await page.getByTestId('details-name').filter({ hasText: '摩尼镇' }).waitFor();
    expect(await page.getByTestId('details-town-code').textContent()).toBe('510524109000');
    expect(await page.getByTestId('details-town-seat').textContent()).toMatch(/乡镇驻地.*不是乡镇范围/);
    await page.getByTestId('task-card').first().waitFor();
    // Quotes appear once the plan text has loaded (on demand).
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="task-quote"]')].some((q) => q.textContent?.includes('摩尼')), undefined, { timeout: 10_000 })
      .catch(() => undefined);
    const quotes = await page.getByTestId('task-quote').allTextContents();
    expect(quotes.some((q) => q.includes('摩尼')), quotes.join(' | ')).toBe(true);
    await saveScreenshot(page, 'places-moni-details');
  });

  test('a railway through 昭通 lists the stations it passes and says the track between them is not known', async () => {
    const app = await openApp();
    await app.openFeature('内昆铁路');
    const stations = await app.page.getByTestId('details-stations').textContent();
    expect(stations).toContain('滩头 — 普洱渡 — 岔河 — 曾家坪子 — 昭通');
    expect(stations).toContain('线路走向未知');
    expect(await app.page.getByTestId('details-geometry').textContent()).toContain('示意');
    await saveScreenshot(app.page, 'places-neikun-details');
  });

  test('叙永/古蔺 at zoom 10 draws the town seats (screenshot for review)', async () => {
    const app = await openApp({ path: '?v=105.72,28.02,10', viewport: { width: 1400, height: 900 } });
    const path = await saveScreenshot(app.page, 'places-xuyong-gulin-z10');
    expect(path).toMatch(/places-xuyong-gulin-z10\.png$/);
    const ids = await app.renderedIds('towns');
    // Town seats of both counties are drawn: 叙永镇 (county town of 叙永) and 观文镇 (古蔺).
    expect(ids).toEqual(expect.arrayContaining(['town-510524100000', 'town-510525109000']));
    expect(ids.filter((id) => id.startsWith('town-51052')).length).toBeGreaterThan(10);
  });
});
