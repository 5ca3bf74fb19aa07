import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from './driver';

setupBrowser();

describe('explore', () => {
  test('search 古蔺 → details list the 酱酒 tasks with the 20万吨 indicator and its quote', async () => {
    const app = await openApp();
    await app.openFeature('古蔺县');
    const card = app.page.locator('[data-testid="task-card"][data-task-id="lz-4-2-1"]');
    await expect(card.locator('.task-title').textContent()).resolves.toBe('优化酱酒产业布局');
    const indicator = card.getByTestId('indicator').filter({ hasText: '20' });
    await expect(indicator.textContent()).resolves.toContain('万吨');
    await expect(indicator.locator('.ind-quote').textContent()).resolves.toContain('力争到2025年新增酱酒年产能20万吨');
    await expect(card.getByTestId('task-quote').textContent()).resolves.not.toBe('');
  });

  test('clicking a mention in the plan reader selects that feature on the map', async () => {
    // Animated camera (the default outside tests): the selection lands after the fly-to.
    const app = await openApp({ motion: 'no-preference' });
    await app.openTab('reader');
    const mention = app.page.locator('[data-testid="mention"][data-feature-ids~="510525"]').filter({ hasText: /^古蔺县$/ }).first();
    await mention.click();
    await expect(app.page.getByTestId('details-name').textContent()).resolves.toBe('古蔺县');
    await app.settle();
    await expect.poll(() => app.featureState('counties', '510525')).toMatchObject({ selected: true });
  });

  test('clicking a task highlights all its features', async () => {
    const app = await openApp();
    await app.openTab('tasks');
    const row = app.page.locator('[data-testid="task-row"][data-task-id="lz-4-6-1"]');
    await row.click();
    await app.settle();
    const ids = (await row.locator('td').last().textContent()) ?? '0';
    expect(Number(ids)).toBeGreaterThan(3);
    await expect.poll(() => app.featureState('railways', 'rail-xubi')).toMatchObject({ highlighted: true });
    await expect.poll(() => app.featureState('counties', '510524')).toMatchObject({ highlighted: true });
  });

  test('filtering by a lead unit keeps exactly the tasks it leads', async () => {
    const app = await openApp();
    await app.openTab('tasks');
    const all = await app.page.getByTestId('task-row').count();
    await app.page.getByTestId('filter-lead').selectOption('市酒业发展局');
    const rows = app.page.getByTestId('task-row');
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(all);
    for (let i = 0; i < n; i++) await expect(rows.nth(i).locator('td').nth(2).textContent()).resolves.toContain('市酒业发展局');
  });

  test('switching the phase changes the drawn lines', async () => {
    const app = await openApp();
    const before = await app.renderedIds('railways');
    const seen = await app.idles();
    await app.page.getByTestId('phase-existing').click();
    await app.waitForIdle(seen);
    const existing = await app.renderedIds('railways');
    expect(existing.length).toBeGreaterThan(0);
    expect(existing.length).toBeLessThan(before.length);
  });

  test('a shared URL restores the screen', async () => {
    const app = await openApp();
    await app.openFeature('古蔺县');
    await app.settle();
    await app.toggleLayer('铁路');
    await app.switchLanguage();
    const url = app.page.url();
    expect(url).toContain('sel=510525');
    const copy = await openApp({ path: new URL(url).search });
    await expect(copy.page.getByTestId('details-name').textContent()).resolves.toBe('Gulin County');
    await expect(copy.page.getByRole('checkbox', { name: 'Railways' }).isChecked()).resolves.toBe(false);
    expect(await copy.renderedIds('railways')).toEqual([]);
  });

  test('back and forward walk through selections', async () => {
    const app = await openApp();
    await app.openFeature('古蔺县');
    await app.openFeature('叙永县');
    await app.page.goBack();
    await app.page.getByTestId('details-name').filter({ hasText: '古蔺县' }).waitFor();
    await app.page.goForward();
    await app.page.getByTestId('details-name').filter({ hasText: '叙永县' }).waitFor();
  });

  test('invalid URL values are ignored with a notice', async () => {
    const app = await openApp({ path: '?sel=nowhere&lang=xx&layers=counties' });
    await expect(app.page.getByTestId('url-notice').textContent()).resolves.toContain('lang=xx');
    expect(await app.renderedIds('counties')).toHaveLength(13);
  });
});
