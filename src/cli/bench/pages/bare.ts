/**
 * Bare MapLibre: the same maplibre-gl, the same GeoJSON files and the same view as the app, a minimal
 * style (bare-style.ts), nothing else. With `points=<url>` it adds the same extra point layer as the
 * app-stack page (imported.ts).
 */
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { bareStyle } from './bare-style';
import { fail, fetchPoints, FIT_PADDING, fontUrls, mapContainer, markIdle, POINTS_LAYER, POINTS_SOURCE, readParams } from './shared';

const files = import.meta.glob('../../../../geodata/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

function layerUrls(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, url] of Object.entries(files)) out[path.slice(path.lastIndexOf('/') + 1, -'.geojson'.length)] = url;
  return out;
}

async function start(): Promise<void> {
  setWorkerUrl(workerUrl);
  const params = readParams(window.location.search);
  const container = mapContainer(params);
  let style: StyleSpecification = bareStyle(layerUrls(), fontUrls());
  if (params.pointsUrl) {
    const data = await fetchPoints(params.pointsUrl);
    style = { ...style, sources: { ...style.sources, [POINTS_SOURCE]: { type: 'geojson', data } }, layers: [...style.layers, POINTS_LAYER] };
  }
  const map = new MapLibreMap({
    container, style, bounds: params.bounds, fitBoundsOptions: { padding: FIT_PADDING },
    attributionControl: false, maxZoom: 14, minZoom: 4,
  });
  map.once('idle', () => markIdle(container));
  map.on('error', (e) => fail(e.error));
}

start().catch(fail);
