import { describe, expect, test } from 'vitest';
import { exportFileName, exportLayout, exportSize, legendItems, mmToPx, niceMeters, renderCamera, scaleBar } from '../../src/present/imageLayout';

describe('export sizes', () => {
  test('print presets are landscape paper at their dpi (A4 300 dpi = 3508 × 2480)', () => {
    const screen = { width: 700, height: 500 };
    expect(exportSize('a4-300', screen)).toEqual({ width: 3508, height: 2480, scale: 300 / 96, dpi: 300 });
    expect(exportSize('a4-150', screen)).toMatchObject({ width: 1754, height: 1240 });
    expect(exportSize('a3-300', screen)).toMatchObject({ width: 4961, height: 3508 });
    expect(exportSize('a3-150', screen)).toMatchObject({ width: 2480, height: 1754 });
    expect(mmToPx(25.4, 300)).toBe(300);
  });

  test('2× screen doubles the map view', () => {
    expect(exportSize('screen2x', { width: 692.5, height: 748 })).toEqual({ width: 1385, height: 1496, scale: 2, dpi: null });
  });
});

describe('export layout', () => {
  test('header, map and footer tile the image; overlays sit inside the map', () => {
    const l = exportLayout(exportSize('a4-300', { width: 1, height: 1 }));
    expect(l.header.y).toBe(0);
    expect(l.map.y).toBe(l.header.h);
    expect(l.map.y + l.map.h).toBe(l.footer.y);
    expect(l.footer.y + l.footer.h).toBe(2480);
    const inMap = (x: number, y: number) => x >= l.map.x && x <= l.map.x + l.map.w && y >= l.map.y && y <= l.map.y + l.map.h;
    expect(inMap(l.north.cx, l.north.cy)).toBe(true);
    expect(inMap(l.scaleBar.x, l.scaleBar.y)).toBe(true);
    expect(inMap(l.legend.right, l.legend.bottom)).toBe(true);
    // Type is sized in CSS pixels times the scale: 24 CSS px at 300 dpi.
    expect(l.title.size).toBe(Math.round(24 * 300 / 96));
  });
});

describe('scale bar', () => {
  test('round lengths: 1, 2 or 5 × 10ⁿ', () => {
    expect(niceMeters(37)).toBe(20);
    expect(niceMeters(99)).toBe(50);
    expect(niceMeters(100)).toBe(100);
    expect(niceMeters(19_999)).toBe(10_000);
    expect(niceMeters(0)).toBe(0);
  });

  test('at the equator at zoom 0, 150 px hold 11 741 km → a 10 000 km bar of 128 px', () => {
    expect(scaleBar(0, 0, 1, 150)).toEqual({ px: 128, label: '10000 km' });
    // Doubling the output pixels per CSS pixel doubles the bar, not its length.
    expect(scaleBar(0, 0, 2, 300)).toEqual({ px: 256, label: '10000 km' });
    expect(scaleBar(0, 16, 1, 150).label).toBe('100 m');
  });
});

describe('render camera, names, legend', () => {
  test('the print frame keeps the screen extent', () => {
    const cam = { center: [105, 28] as [number, number], zoom: 8, bearing: 5, pitch: 0 };
    expect(renderCamera(cam, { width: 800, height: 600 }, { width: 1600, height: 1200 })).toEqual({ ...cam, zoom: 9 });
  });

  test('file names drop characters file systems refuse', () => {
    expect(exportFileName('酱酒/产业: 带', 'a4-300', '2026-03-02')).toBe('酱酒-产业-带-A4-300dpi-2026-03-02.png');
    expect(exportFileName('  ', 'screen2x', '2026-03-02')).toBe('map-2x-2026-03-02.png');
  });

  test('the legend lists what is visible', () => {
    expect(legendItems(['rivers'], false).map((i) => i.label)).toEqual(['legend.river']);
    const labels = legendItems(['counties', 'railways', 'parks'], true).map((i) => i.label);
    expect(labels).toEqual(['legend.zhaotong', 'legend.luzhou', 'layer.railways', 'layer.parks', 'legend.energy', 'status.planned', 'present.legend.highlighted']);
  });
});
