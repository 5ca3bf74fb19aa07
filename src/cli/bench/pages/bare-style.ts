/**
 * The bare page's style: the same sources as the app (the same GeoJSON files, by URL, fetched by
 * MapLibre itself) and one style layer per layer type the app draws from each source, with constant
 * paint and no expressions, feature-state, filters or label-point source. This is what a plain MapLibre
 * page drawing the same data would do.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

type Kind = 'fill' | 'line' | 'circle' | 'label' | 'line-label';

/**
 * Per app layer: the layer types the app draws from it (see src/map/style/base.ts and plan.ts), and the
 * zoom from which the app shows its labels (so both pages place the same labels at the start view).
 */
export const LABEL_MINZOOM: Readonly<Record<string, number>> = {
  'context-counties': 7.2, places: 7.5, parks: 8, railways: 7, highways: 7, corridors: 7, towns: 9,
};

/** The zoom from which the app draws a layer's points (towns: src/map/style/towns.ts). */
const CIRCLE_MINZOOM: Readonly<Record<string, number>> = { towns: 7 };

export const BARE_LAYERS: readonly (readonly [string, readonly Kind[]])[] = [
  ['context-counties', ['fill', 'line', 'label']],
  ['counties', ['fill', 'line', 'label']],
  ['corridors', ['fill', 'line', 'line-label']],
  ['parks', ['fill', 'circle', 'label']],
  ['rivers', ['line', 'line-label']],
  ['prefectures', ['line']],
  ['provinces', ['line']],
  ['highways', ['line', 'line-label']],
  ['railways', ['line', 'line-label']],
  ['places', ['circle', 'label']],
  ['seats', ['circle']],
  ['towns', ['circle', 'label']],
];

const COLOR = '#51606b';

function layer(source: string, kind: Kind): LayerSpecification {
  const id = `${source}-${kind}`;
  switch (kind) {
    case 'fill':
      return { id, type: 'fill', source, paint: { 'fill-color': '#e8e4d8', 'fill-opacity': 0.8 } };
    case 'line':
      return { id, type: 'line', source, paint: { 'line-color': COLOR, 'line-width': 1.2 } };
    case 'circle':
      return { id, type: 'circle', source, minzoom: CIRCLE_MINZOOM[source] ?? 0, paint: { 'circle-radius': 3.5, 'circle-color': COLOR } };
    case 'label':
      return {
        id, type: 'symbol', source, minzoom: LABEL_MINZOOM[source] ?? 0,
        layout: { 'text-field': ['get', 'name'], 'text-font': [source === 'counties' ? 'Plan Sans Bold' : 'Plan Sans'], 'text-size': 12 },
      };
    case 'line-label':
      return {
        id, type: 'symbol', source, minzoom: LABEL_MINZOOM[source] ?? 0,
        layout: { 'text-field': ['get', 'name'], 'text-font': ['Plan Sans'], 'text-size': 11, 'symbol-placement': 'line' },
      };
  }
}

/** The bare style for `urls` (layer id → GeoJSON URL); layers of missing files are left out. */
export function bareStyle(urls: Readonly<Record<string, string>>, fonts: { regular: string; bold: string }): StyleSpecification {
  const present = BARE_LAYERS.filter(([id]) => urls[id] !== undefined);
  const sources: StyleSpecification['sources'] = {};
  for (const [id] of present) sources[id] = { type: 'geojson', data: urls[id] as string };
  const kinds: Kind[] = ['fill', 'line', 'circle', 'label', 'line-label'];
  const layers: LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }];
  for (const kind of kinds) for (const [id, own] of present) if (own.includes(kind)) layers.push(layer(id, kind));
  return {
    version: 8,
    'font-faces': { 'Plan Sans': fonts.regular, 'Plan Sans Bold': fonts.bold },
    sources,
    layers,
  };
}
