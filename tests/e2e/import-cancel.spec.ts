import { describe, expect, test } from 'vitest';
import { openApp, setupBrowser } from './driver';

setupBrowser();

describe('import: cancel', () => {
  test('cancelling the first of two files says so, and the second file is still imported', async () => {
    const app = await openApp();
    // ~25 MB of points: the first import runs long enough to be cancelled.
    const features = Array.from({ length: 180_000 }, (_, i) => ({
      type: 'Feature', properties: { name: `点${i}`, note: 'x'.repeat(40) }, geometry: { type: 'Point', coordinates: [104 + (i % 300) / 100, 27 + Math.floor(i / 300) / 600] },
    }));
    const big = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
    const small = Buffer.from(JSON.stringify({ type: 'Feature', properties: { name: '取消后导入' }, geometry: { type: 'Point', coordinates: [105.44, 28.16] } }));
    await app.page.getByTestId('import-file-input').setInputFiles([
      { name: 'big.geojson', mimeType: 'application/json', buffer: big },
      { name: 'small.geojson', mimeType: 'application/json', buffer: small },
    ]);
    const first = app.page.getByTestId('import-job').filter({ hasText: 'big.geojson' });
    await first.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => first.getAttribute('data-status')).toBe('cancelled');
    await expect(first.textContent()).resolves.toContain('已取消导入，未添加图层；之后的文件继续导入。');
    const second = app.page.getByTestId('import-job').filter({ hasText: 'small.geojson' });
    await expect.poll(() => second.getAttribute('data-status'), { timeout: 20_000 }).toBe('done');
    await expect(app.page.getByTestId('imported-layer').allTextContents()).resolves.toEqual([expect.stringContaining('small')]);
  });
});
