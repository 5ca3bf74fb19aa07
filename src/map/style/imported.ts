/**
 * The 'imported' style family: each imported layer is its own GeoJSON source `imp-<id>` with a fill,
 * an outline, a line, a circle and a label layer, in one colour per layer (stable: derived from the
 * layer id). Imported layers are not LayerIds; they are listed in `StyleInput.imported`. Their fill,
 * line and circle layers are interactive (hover, click → details; feature-state `hover`/`selected`/
 * `highlighted` thicken them), and their data never feeds a source `attribution` (which MapLibre renders
 * as HTML).
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { importedSourceId, type ImportedSourceId, type PlanCollection } from '../../geo/types';
import { COLORS } from './palette';
import type { StyleInput } from './types';
import { FONT } from './types';
import { nameField } from './common';

/** One imported layer as the style takes it. */
export interface ImportedStyleLayer {
  id: string;
  name: string;
  collection: PlanCollection;
  visible: boolean;
}

/** Metadata on an imported layer's style layers (`planmap:layer` is the source id, not a LayerId). */
export interface ImportedLayerMetadata {
  'planmap:layer': ImportedSourceId;
  'planmap:imported': true;
  'planmap:interactive'?: boolean;
}

/** Colours for imported layers: saturated, none green or beige (the plan counties' fills). */
export const IMPORTED_COLORS: readonly string[] = ['#d9480f', '#1864ab', '#862e9c', '#0b7285', '#c2255c', '#5f3dc4', '#a61e4d', '#364fc7'];

/** The colour of an imported layer (a hash of its id, so it never changes with the list order). */
export function importedColor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return IMPORTED_COLORS[hash % IMPORTED_COLORS.length] as string;
}

export { importedSourceId };

/** 1 when the feature is hovered, selected or highlighted, else 0 (for widths and radii). */
const EMPHASIS: ExpressionSpecification = [
  'case',
  ['any', ['boolean', ['feature-state', 'selected'], false], ['boolean', ['feature-state', 'highlighted'], false], ['boolean', ['feature-state', 'hover'], false]],
  1, 0,
];

const POLYGONS: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const LINES: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const POINTS: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

function layersOf(input: StyleInput, layer: ImportedStyleLayer): { z: number; layer: LayerSpecification }[] {
  const source = importedSourceId(layer.id);
  const color = importedColor(layer.id);
  const metadata: ImportedLayerMetadata = { 'planmap:layer': source, 'planmap:imported': true };
  const interactive: ImportedLayerMetadata = { ...metadata, 'planmap:interactive': true };
  const visibility = layer.visible ? 'visible' : 'none';
  return [
    {
      z: 44,
      layer: {
        id: `${source}-fill`, type: 'fill', source, metadata: interactive, filter: POLYGONS,
        layout: { visibility }, paint: { 'fill-color': color, 'fill-opacity': 0.35 },
      },
    },
    {
      z: 45,
      layer: {
        id: `${source}-outline`, type: 'line', source, metadata, filter: POLYGONS,
        layout: { visibility }, paint: { 'line-color': color, 'line-width': ['+', 2.5, ['*', 2, EMPHASIS]] },
      },
    },
    {
      z: 58,
      layer: {
        id: `${source}-line`, type: 'line', source, metadata: interactive, filter: LINES,
        layout: { visibility, 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': color, 'line-width': ['+', 3, ['*', 2.5, EMPHASIS]] },
      },
    },
    {
      z: 66,
      layer: {
        id: `${source}-circle`, type: 'circle', source, metadata: interactive, filter: POINTS,
        layout: { visibility },
        paint: { 'circle-radius': ['+', 6, ['*', 3, EMPHASIS]], 'circle-color': color, 'circle-stroke-color': COLORS.halo, 'circle-stroke-width': 2 },
      },
    },
    {
      z: 84,
      layer: {
        id: `${source}-label`, type: 'symbol', source, metadata, filter: ['!', POLYGONS], minzoom: 8,
        layout: {
          visibility, 'text-field': nameField(input.lang), 'text-font': FONT, 'text-size': 11,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.6, 'text-max-width': 9,
        },
        paint: { 'text-color': color, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.3 },
      },
    },
  ];
}

/** Sources and ranked style layers of every imported layer (nothing when there is none). */
export function importedStyle(input: StyleInput): { sources: Record<string, GeoJSONSourceSpecification>; layers: { z: number; layer: LayerSpecification }[] } {
  const sources: Record<string, GeoJSONSourceSpecification> = {};
  const layers: { z: number; layer: LayerSpecification }[] = [];
  for (const layer of input.imported ?? []) {
    sources[importedSourceId(layer.id)] = { type: 'geojson', data: layer.collection, promoteId: 'id' };
    layers.push(...layersOf(input, layer));
  }
  return { sources, layers };
}
