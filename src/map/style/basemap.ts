/**
 * Optional online basemaps (off by default): raster tiles drawn right above the background and
 * below every plan layer. Both services serve WGS-84-compatible web-mercator tiles.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

/** The chosen online basemap; `null` (the default) means none, so no request leaves the origin. */
export type BasemapChoice = { kind: 'osm' } | { kind: 'tianditu'; key: string };

/** The tile hosts the CSP in index.html allows (keep both in sync). */
export const BASEMAP_HOSTS = ['https://tile.openstreetmap.org', 'https://t0.tianditu.gov.cn'] as const;

const tdt = (layer: 'vec' | 'cva', key: string): string =>
  `${BASEMAP_HOSTS[1]}/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default` +
  `&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;

const raster = (tiles: string, attribution: string, maxzoom: number): SourceSpecification =>
  ({ type: 'raster', tiles: [tiles], tileSize: 256, maxzoom, attribution });

/** The style piece of a basemap: its sources, and its layers bottom first. */
export interface BasemapStyle {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** Sources and layers (bottom first) of a basemap; empty for none. */
export function basemapStyle(choice: BasemapChoice | null | undefined): BasemapStyle {
  if (!choice) return { sources: {}, layers: [] };
  const ids = choice.kind === 'osm' ? ['basemap-osm'] : ['basemap-vec', 'basemap-cva'];
  const sources: Record<string, SourceSpecification> = choice.kind === 'osm'
    ? { 'basemap-osm': raster(`${BASEMAP_HOSTS[0]}/{z}/{x}/{y}.png`, '© OpenStreetMap contributors', 19) }
    : { 'basemap-vec': raster(tdt('vec', choice.key), '© 天地图 Tianditu', 18), 'basemap-cva': raster(tdt('cva', choice.key), '', 18) };
  return { sources, layers: ids.map((id) => ({ id, type: 'raster', source: id, paint: { 'raster-opacity': 0.85 } })) };
}
