/**
 * What the two bench pages share: the page parameters, the 100k-point layer (identical in both), the
 * font URLs of the app, and the idle mark (`data-map-state="idle"` on the map container, exactly what
 * the app's MapView sets, so one probe times every page).
 */
import type { CircleLayerSpecification, LngLatBoundsLike } from 'maplibre-gl';
import type { PlanCollection } from '../../../geo/types';
import { errorText } from '../../../util/json';

/** Parameters every bench page reads from its query string. */
export interface PageParams {
  /** Map container size in CSS pixels (the app's map container size). */
  width: number;
  height: number;
  /** The app's initial camera: the bbox of the plan counties. */
  bounds: LngLatBoundsLike;
  /** Same-origin URL of a GeoJSON of points to add as one extra layer, or null. */
  pointsUrl: string | null;
}

/** The app's fit padding (MapAdapter), so the pages show the same view. */
export const FIT_PADDING = { top: 56, bottom: 28, left: 24, right: 24 };

/** Reads {@link PageParams}; throws with the parameter's name when one is missing or malformed. */
export function readParams(search: string): PageParams {
  const q = new URLSearchParams(search);
  const num = (key: string): number => {
    const v = Number(q.get(key));
    if (!Number.isFinite(v) || v <= 0) throw new Error(`bench page: parameter ${key} missing or invalid`);
    return v;
  };
  const b = (q.get('bounds') ?? '').split(',').map(Number);
  if (b.length !== 4 || b.some((v) => !Number.isFinite(v))) throw new Error('bench page: parameter bounds must be w,s,e,n');
  return { width: num('w'), height: num('h'), bounds: b as [number, number, number, number], pointsUrl: q.get('points') };
}

/** The app's label fonts (served by the app build at the same origin). */
export function fontUrls(): { regular: string; bold: string } {
  return {
    regular: new URL('/fonts/plan-sans.woff2', window.location.href).href,
    bold: new URL('/fonts/plan-sans-bold.woff2', window.location.href).href,
  };
}

/** Fetches and parses a GeoJSON FeatureCollection in the page, as an imported file would be read. */
export async function fetchPoints(url: string): Promise<PlanCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bench page: HTTP ${response.status} for ${url}`);
  const json = (await response.json()) as Partial<PlanCollection>;
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) throw new Error(`bench page: ${url} is not a FeatureCollection`);
  return json as PlanCollection;
}

/** Source id of the bare page's point layer. */
export const POINTS_SOURCE = 'bench-points';

/**
 * The bare page's point layer: a plain circle layer drawn like the app's imported points (radius 6,
 * 2 px halo stroke; src/map/style/imported.ts), since circle size decides most of the drawing cost. The
 * app's imported family also has fill, outline and line layers (filtered out for points) and labels
 * from zoom 8 (not shown at the start view).
 */
export const POINTS_LAYER: CircleLayerSpecification = {
  id: 'bench-points-circle', type: 'circle', source: POINTS_SOURCE,
  paint: { 'circle-radius': 6, 'circle-color': '#d9480f', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
};

/** Sizes the map container and returns it. */
export function mapContainer(params: PageParams): HTMLElement {
  const el = document.getElementById('map');
  if (!el) throw new Error('bench page: #map missing');
  el.style.width = `${params.width}px`;
  el.style.height = `${params.height}px`;
  return el;
}

/** Marks the container idle (the app's convention; the bench probe waits for it). */
export function markIdle(container: HTMLElement): void {
  container.dataset.mapState = 'idle';
}

/** Shows a failure on the page and in the console (the runner reports console errors). */
export function fail(error: unknown): void {
  const message = errorText(error);
  console.error(`bench page: ${message}`);
  document.body.dataset.benchError = message;
}
