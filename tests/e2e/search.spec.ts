import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './browser';
import { openApp, setupBrowser } from './driver';

setupBrowser();

/** Types a query into the search box (replacing what is there) and waits for the result list. */
async function search(page: Page, query: string): Promise<void> {
  const input = page.getByTestId('search-input');
  await input.fill('');
  await input.pressSequentially(query);
  await page.getByTestId('search-results').waitFor({ state: 'visible' });
}

/** The first option's name once it equals `expected` (or whatever it is after 5 s). */
async function firstOptionName(page: Page, expected: string): Promise<string | null> {
  const first = page.getByTestId('search-result').first().locator('.search-name');
  await page
    .waitForFunction((want) => document.querySelector('[data-testid="search-result"] .search-name')?.textContent === want, expected, { timeout: 5_000 })
    .catch(() => undefined);
  return first.textContent();
}

/** Names of the options now listed. */
function optionNames(page: Page): Promise<string[]> {
  return page.getByTestId('search-result').locator('.search-name').allTextContents();
}

describe('search', () => {
  test('"gulin", ArrowDown, Enter opens 古蔺县 in the details panel', async () => {
    const app = await openApp();
    const { page } = app;
    const input = page.getByRole('combobox', { name: '搜索' });
    await expect(input.count()).resolves.toBe(1);
    await search(page, 'gulin');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(firstOptionName(page, '古蔺县')).resolves.toBe('古蔺县');
    await saveScreenshot(page, 'search-gulin-results');

    await input.press('ArrowDown');
    const activeId = await input.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    await expect(page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await input.press('Enter');
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('古蔺县');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(input.inputValue()).resolves.toBe('古蔺县');
  });

  test('"gl" lists 古蔺县 first; Escape closes; a click picks', async () => {
    const app = await openApp();
    const { page } = app;
    const input = page.getByTestId('search-input');
    await search(page, 'gl');
    await expect(firstOptionName(page, '古蔺县')).resolves.toBe('古蔺县');
    expect(await optionNames(page)).toContain('古蔺县');
    await expect(page.getByRole('listbox').getByRole('option').count()).resolves.toBeGreaterThan(1);

    await input.press('Escape');
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByTestId('search-results').isHidden()).resolves.toBe(true);

    await search(page, '叙永');
    await page.getByTestId('search-result').first().click();
    await expect(page.getByTestId('details-name').textContent()).resolves.toBe('叙永县');
  });

  test('tasks, indicators and agencies are listed with their badges', async () => {
    const app = await openApp();
    const { page } = app;
    await search(page, '文化广电');
    const agency = page.getByTestId('search-result').filter({ hasText: '市文化广电旅游局' });
    await expect(agency.count()).resolves.toBe(1);
    await expect(agency.locator('.search-badge').textContent()).resolves.toBe('部门');
    await saveScreenshot(page, 'search-agency-results');
  });
});
