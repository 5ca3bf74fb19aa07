/**
 * Web Mercator camera arithmetic as MapLibre does it (512-pixel world at zoom 0), pure: fitting
 * bounds into a padded viewport, metres per pixel, and the zoom that keeps a view's extent in a
 * frame of another size.
 */
import type { Padding, Viewport } from './types';
import type { Bounds, Camera } from '../types/domain';

/** World width in CSS pixels at zoom 0 (MapLibre's tile size). */
export const WORLD_PX_Z0 = 512;
const EARTH_RADIUS_M = 6_378_137;
const MAX_LAT = 85.051129;

/** Mercator x, y in [0, 1) for a coordinate. */
export function project([lng, lat]: [number, number]): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

/** Inverse of {@link project}. */
export function unproject([x, y]: [number, number]): [number, number] {
  const lng = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lng, lat];
}

/** Options of {@link fitCamera}. */
export interface FitOptions {
  padding: Padding;
  maxZoom: number;
  minZoom?: number;
}

/**
 * The north-up camera that shows `bounds` inside the viewport minus the padding (as MapLibre's
 * `cameraForBounds` does). A point-sized bounds gets `maxZoom`.
 */
export function fitCamera(bounds: Bounds, viewport: Viewport, options: FitOptions): Camera {
  const [w, s, e, n] = bounds;
  const [x0, y1] = project([w, s]);
  const [x1, y0] = project([e, n]);
  const { padding: p, maxZoom, minZoom = 0 } = options;
  const availW = Math.max(1, viewport.width - p.left - p.right);
  const availH = Math.max(1, viewport.height - p.top - p.bottom);
  const dx = (x1 - x0) * WORLD_PX_Z0;
  const dy = (y1 - y0) * WORLD_PX_Z0;
  const fitted = dx <= 0 && dy <= 0 ? maxZoom : Math.log2(Math.min(dx > 0 ? availW / dx : Infinity, dy > 0 ? availH / dy : Infinity));
  const zoom = Math.max(minZoom, Math.min(maxZoom, fitted));
  const world = WORLD_PX_Z0 * 2 ** zoom;
  // The bounds centre sits at the centre of the padded area, so the map centre is shifted by half the
  // difference of opposite paddings.
  const cx = (x0 + x1) / 2 - (p.left - p.right) / 2 / world;
  const cy = (y0 + y1) / 2 - (p.top - p.bottom) / 2 / world;
  const center = unproject([cx, cy]);
  return { center: [round(center[0], 6), round(center[1], 6)], zoom: round(zoom, 3), bearing: 0, pitch: 0 };
}

/** Ground metres per CSS pixel at a latitude and zoom. */
export function metersPerPixel(lat: number, zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180)) / (WORLD_PX_Z0 * 2 ** zoom);
}

/**
 * The zoom at which a frame of `frame` CSS pixels shows at least what `screen` shows at `zoom`
 * (same centre): the extent is kept, never cropped.
 */
export function zoomForFrame(zoom: number, screen: Viewport, frame: Viewport): number {
  return zoom + Math.log2(Math.min(frame.width / screen.width, frame.height / screen.height));
}

/** Bounds that contain all given bounds, or null for none. */
export function unionBounds(list: readonly Bounds[]): Bounds | null {
  if (list.length === 0) return null;
  let [w, s, e, n] = list[0] as Bounds;
  for (const [bw, bs, be, bn] of list) {
    w = Math.min(w, bw);
    s = Math.min(s, bs);
    e = Math.max(e, be);
    n = Math.max(n, bn);
  }
  return [w, s, e, n];
}

function round(n: number, digits: number): number {
  return Number(n.toFixed(digits));
}
