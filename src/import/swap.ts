/**
 * Telling latitude/longitude written in the wrong order apart from projected coordinates. Two signs,
 * both counted over the features of one layer:
 * - out of range, but valid when swapped: the first value is a latitude (−90…90) and the second lies
 *   beyond ±90 yet within ±180 — `(28.1, 105.4)` — where projected metres fail both ranges;
 * - in range, but only in China when swapped: `(28.1, 80.2)` lies in the Arctic, `(80.2, 28.1)` in
 *   China (these plans are Chinese, so a file mostly in the Arctic is almost surely swapped).
 */
import type { Geometry, Position } from 'geojson';

/** China's bounding box in degrees (west, south, east, north), generous by a fraction of a degree. */
export const CHINA_BOUNDS = [73.4, 18.1, 135.1, 53.6] as const;

/** True for a position inside {@link CHINA_BOUNDS}. */
export function inChina(lon: number, lat: number): boolean {
  const [west, south, east, north] = CHINA_BOUNDS;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** True for an out-of-range position that is a valid longitude/latitude once its values are swapped. */
export function validWhenSwapped(x: number, y: number): boolean {
  return Math.abs(x) <= 90 && Math.abs(y) > 90 && Math.abs(y) <= 180;
}

/** True for a valid position outside China that lies in China once its values are swapped. */
export function chinaWhenSwapped(x: number, y: number): boolean {
  return !inChina(x, y) && inChina(y, x);
}

/** The first position of a (normalised) geometry, or null for an empty one. */
export function firstPosition(geometry: Geometry): Position | null {
  switch (geometry.type) {
    case 'Point': return geometry.coordinates;
    case 'MultiPoint':
    case 'LineString': return geometry.coordinates[0] ?? null;
    case 'MultiLineString':
    case 'Polygon': return geometry.coordinates[0]?.[0] ?? null;
    case 'MultiPolygon': return geometry.coordinates[0]?.[0]?.[0] ?? null;
    case 'GeometryCollection': {
      const first = geometry.geometries[0];
      return first ? firstPosition(first) : null;
    }
  }
}

/** Counts of the two signs over one layer, with up to three sample positions each. */
export class SwapTally {
  /** Out-of-range features that are valid when swapped. */
  swappable = 0;
  readonly swappableSamples: string[] = [];
  /** Kept features outside China that lie in China when swapped. */
  intoChina = 0;
  readonly intoChinaSamples: string[] = [];

  /** Records an out-of-range position (the first offending one of a dropped feature). */
  outOfRange(sample: readonly [number, number] | undefined, detail: string): void {
    if (!sample || !validWhenSwapped(sample[0], sample[1])) return;
    this.swappable++;
    if (this.swappableSamples.length < 3) this.swappableSamples.push(detail);
  }

  /** Records a kept feature's geometry. */
  kept(geometry: Geometry, sample: (p: Position) => string): void {
    const p = firstPosition(geometry);
    if (!p || !chinaWhenSwapped(p[0] as number, p[1] as number)) return;
    this.intoChina++;
    if (this.intoChinaSamples.length < 3) this.intoChinaSamples.push(sample(p));
  }
}
