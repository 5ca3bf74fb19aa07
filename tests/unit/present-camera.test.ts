import { describe, expect, test } from 'vitest';
import { fitCamera, metersPerPixel, project, unionBounds, unproject, zoomForFrame } from '../../src/present/camera';

const NONE = { top: 0, right: 0, bottom: 0, left: 0 };

describe('camera arithmetic (512-px Mercator world, as MapLibre)', () => {
  test('project and unproject are inverse', () => {
    expect(project([0, 0])).toEqual([0.5, 0.5]);
    const [lng, lat] = unproject(project([105.8, 28.04]));
    expect(lng).toBeCloseTo(105.8, 9);
    expect(lat).toBeCloseTo(28.04, 9);
  });

  test('fitting 90° of longitude into 1024 px gives zoom 3 (128 px at zoom 0 × 2³)', () => {
    const camera = fitCamera([0, -1e-9, 90, 1e-9], { width: 1024, height: 600 }, { padding: NONE, maxZoom: 20 });
    expect(camera.zoom).toBe(3);
    expect(camera.center[0]).toBeCloseTo(45, 6);
    expect(camera.center[1]).toBeCloseTo(0, 6);
  });

  test('padding shifts the centre by half the difference, at the fitted zoom', () => {
    // 100 px on the left: the bounds fill 1024 of 1124 px; the map centre moves 50 px west = 50 × 360 / 4096 degrees.
    const camera = fitCamera([0, -1e-9, 90, 1e-9], { width: 1124, height: 600 }, { padding: { ...NONE, left: 100 }, maxZoom: 20 });
    expect(camera.zoom).toBe(3);
    expect(camera.center[0]).toBeCloseTo(45 - (50 * 360) / 4096, 5);
  });

  test('a point gets maxZoom and tall bounds are limited by height', () => {
    expect(fitCamera([105, 28, 105, 28], { width: 800, height: 600 }, { padding: NONE, maxZoom: 10.5 }).zoom).toBe(10.5);
    const tall = fitCamera([105, 20, 105.1, 30], { width: 2000, height: 500 }, { padding: NONE, maxZoom: 20 });
    const wide = fitCamera([105, 20, 105.1, 30], { width: 2000, height: 1000 }, { padding: NONE, maxZoom: 20 });
    expect(wide.zoom - tall.zoom).toBeCloseTo(1, 3);
  });

  test('metres per pixel: 2π·6378137 / 512 at the equator at zoom 0, halving per zoom level', () => {
    expect(metersPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metersPerPixel(60, 1)).toBeCloseTo(78271.517 / 4, 2);
  });

  test('a frame twice as wide and as tall keeps the extent one zoom level closer', () => {
    expect(zoomForFrame(8, { width: 800, height: 600 }, { width: 1600, height: 1200 })).toBe(9);
    // A frame of another shape keeps the whole extent: the tighter ratio wins.
    expect(zoomForFrame(8, { width: 800, height: 600 }, { width: 1600, height: 600 })).toBe(8);
  });

  test('union of bounds', () => {
    expect(unionBounds([])).toBeNull();
    expect(unionBounds([[1, 2, 3, 4], [0, 3, 2, 5]])).toEqual([0, 2, 3, 5]);
  });
});
