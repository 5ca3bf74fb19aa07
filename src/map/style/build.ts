/**
 * The style as a pure function of the inputs (layer data, visibility, language, fonts). The adapter
 * diffs consecutive results (diff.ts) and applies only the changes to the live map.
 */
import type { FilterSpecification, GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { STATUS_LAYERS } from '../../geo/types';
import type { LayerFamily, StyleInput } from './types';
import { COLORS } from './palette';
import { contextCounties, counties, prefectures, provinces, rivers, seats } from './base';
import { corridors, highways, parks, places, railways } from './plan';
import { towns } from './towns';
import { MEASURE_LAYERS, MEASURE_SOURCE } from './measure';
import { importedStyle } from './imported';
import { sharePrograms } from './programs';

/** Every layer family the app knows, in no particular order (drawing order comes from `z`). */
export const FAMILIES: readonly LayerFamily[] = [
  provinces, prefectures, contextCounties, counties, rivers, seats, towns, places, parks, railways, highways, corridors,
];

/** Layers the phase view filters (those whose features carry a planning status). */
const PHASED = new Set<string>(STATUS_LAYERS);

/** Adds the phase filter (hide `hidden` ids) to a style layer of a phased source. */
function withPhase(layer: LayerSpecification, hidden: readonly string[]): LayerSpecification {
  const source = (layer as { source?: string }).source;
  if (hidden.length === 0 || !source || !PHASED.has(source)) return layer;
  const phase: FilterSpecification = ['!', ['in', ['get', 'id'], ['literal', hidden]]];
  const own = (layer as { filter?: FilterSpecification }).filter;
  return { ...layer, filter: own ? ['all', own, phase] : phase } as LayerSpecification;
}

function geojsonSource(data: GeoJSONSourceSpecification['data']): GeoJSONSourceSpecification {
  return { type: 'geojson', data, promoteId: 'id' };
}

/** Builds the complete style. Families whose data is not loaded contribute nothing. */
export function buildStyle(input: StyleInput): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const family of FAMILIES) {
    const data = input.data[family.id];
    if (data) sources[family.id] = geojsonSource(data);
  }
  if (input.data.counties) sources['county-labels'] = geojsonSource(input.countyLabels);
  if (input.measure) sources[MEASURE_SOURCE] = { type: 'geojson', data: input.measure };

  const imported = importedStyle(input);
  Object.assign(sources, imported.sources);
  Object.assign(sources, input.basemap?.sources);

  const ranked: { z: number; order: number; layer: LayerSpecification }[] = [];
  const own = FAMILIES.flatMap((family) => (input.data[family.id] ? family.layers(input) : []));
  // The app's own layers share shader programs (imported layers keep theirs: importing a file must not
  // restate every other layer).
  const shared = sharePrograms(own.map((entry) => entry.layer));
  own.forEach((entry, i) => ranked.push({ z: entry.z, layer: shared[i] ?? entry.layer, order: ranked.length }));
  for (const entry of imported.layers) ranked.push({ ...entry, order: ranked.length });
  ranked.sort((a, b) => a.z - b.z || a.order - b.order);

  const background: LayerSpecification = {
    id: 'background', type: 'background', paint: { 'background-color': COLORS.background },
  };
  return {
    version: 8,
    name: 'planmap',
    'font-faces': { 'Plan Sans': input.fonts.regular, 'Plan Sans Bold': input.fonts.bold },
    sources,
    layers: [background, ...(input.basemap?.layers ?? []), ...ranked.map((r) => withPhase(r.layer, input.hidden)), ...(input.measure ? MEASURE_LAYERS : [])],
  };
}
