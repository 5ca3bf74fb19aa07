/**
 * Plan layers: named places, parks and projects, railways, highways and corridors. Lines are drawn one
 * style layer per status so that status reads as solid / dashed / dotted (see palette.ts).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { STATUSES, type LayerId, type Status } from '../../geo/types';
import type { LayerFamily, StyleInput } from './types';
import { FONT } from './types';
import { COLORS, METERS_PER_PX_Z0, STATUS_LOOK, UNSTATED_LOOK } from './palette';
import { meta, nameField, state, stateColor, visibility } from './common';

/** True for features placed approximately. */
const APPROXIMATE: ExpressionSpecification = ['==', ['get', 'geometrySource'], 'approximate'];
/** True for points a planner placed on the map (added documents; drawn by `places-planner`). */
const PLANNER: ExpressionSpecification = ['==', ['get', 'geometrySource'], 'planner'];

/** Radius in pixels of a ring of `uncertaintyKm` around an approximate point, exact at every zoom. */
function uncertaintyRadius(): ExpressionSpecification {
  const pxPerKmZ0 = 1000 / METERS_PER_PX_Z0;
  return [
    'interpolate', ['exponential', 2], ['zoom'],
    0, ['*', ['get', 'uncertaintyKm'], pxPerKmZ0],
    20, ['*', ['get', 'uncertaintyKm'], pxPerKmZ0 * 2 ** 20],
  ];
}

/** The faint ring that shows how uncertain an approximate point is. */
function uncertaintyRing(input: StyleInput, id: LayerId): LayerSpecification {
  return {
    id: `${id}-uncertainty`, type: 'circle', source: id, metadata: meta(id),
    // Approximate points, and points drawn on a town seat ("in or near" the town: the ring is its extent).
    filter: ['all', ['==', ['geometry-type'], 'Point'], ['any', ['==', ['get', 'geometrySource'], 'approximate'], ['has', 'townId']]],
    layout: { visibility: visibility(input, id) },
    paint: {
      // Shown for the hovered or selected feature only, so many county-sized rings do not bury the map.
      'circle-radius': uncertaintyRadius(), 'circle-color': COLORS.uncertainty,
      'circle-opacity': ['case', state('selected'), 0.1, state('hover'), 0.08, 0],
      'circle-stroke-color': COLORS.uncertainty, 'circle-stroke-width': 1.2,
      'circle-stroke-opacity': ['case', state('selected'), 0.8, state('hover'), 0.6, 0],
    },
  };
}

/** One line layer per status for a line family, plus one for lines whose status the text does not state. */
function statusLines(input: StyleInput, id: LayerId, color: ExpressionSpecification | string, width: number): LayerSpecification[] {
  return [...STATUSES, 'unstated' as const].map((status: Status | 'unstated') => {
    const look = status === 'unstated' ? UNSTATED_LOOK : STATUS_LOOK[status];
    const statusFilter: FilterSpecification = status === 'unstated' ? ['!', ['has', 'status']] : ['==', ['get', 'status'], status];
    const paint: NonNullable<Extract<LayerSpecification, { type: 'line' }>['paint']> = {
      'line-color': stateColor(color),
      'line-opacity': look.opacity,
      'line-width': ['case', state('selected'), width * 2, state('hover'), width * 1.6, width * look.widthFactor],
    };
    if (look.dash) paint['line-dasharray'] = look.dash;
    return {
      id: `${id}-${status}`, type: 'line', source: id, metadata: meta(id, true),
      filter: ['all', ['==', ['geometry-type'], 'LineString'], statusFilter],
      layout: { visibility: visibility(input, id), 'line-join': 'round', 'line-cap': status === 'existing' ? 'round' : 'butt' },
      paint,
    } satisfies LayerSpecification;
  });
}

/** Labels along a line family. */
function lineLabels(input: StyleInput, id: LayerId, color: string): LayerSpecification {
  return {
    id: `${id}-label`, type: 'symbol', source: id, metadata: meta(id),
    filter: ['==', ['geometry-type'], 'LineString'],
    minzoom: 7,
    layout: {
      visibility: visibility(input, id), 'symbol-placement': 'line', 'symbol-spacing': 300,
      'text-field': nameField(input.lang), 'text-font': FONT, 'text-size': 11, 'text-max-angle': 35,
    },
    paint: { 'text-color': color, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.4 },
  };
}

/** Labels beside points. */
function pointLabels(input: StyleInput, id: LayerId, minzoom: number, size: number): LayerSpecification {
  return {
    id: `${id}-label`, type: 'symbol', source: id, metadata: meta(id),
    filter: ['==', ['geometry-type'], 'Point'],
    minzoom,
    layout: {
      visibility: visibility(input, id), 'text-field': nameField(input.lang), 'text-font': FONT, 'text-size': size,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.6,
      'text-justify': 'auto', 'text-max-width': 9, 'symbol-sort-key': 10,
    },
    paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.3 },
  };
}

export const places: LayerFamily = {
  id: 'places',
  layers: (input) => [
    { z: 60, layer: uncertaintyRing(input, 'places') },
    {
      z: 63,
      layer: {
        id: 'places-circle', type: 'circle', source: 'places', metadata: meta('places', true),
        filter: ['all', ['==', ['geometry-type'], 'Point'], ['!', PLANNER]],
        layout: { visibility: visibility(input, 'places') },
        paint: {
          'circle-radius': ['case', state('hover'), 5, 3.5],
          // Approximate positions are hollow rings; sourced points are filled.
          'circle-color': ['case', APPROXIMATE, COLORS.halo, stateColor(COLORS.place)],
          'circle-stroke-color': ['case', APPROXIMATE, stateColor(COLORS.place), COLORS.halo],
          'circle-stroke-width': ['case', APPROXIMATE, 1.8, 1],
        },
      },
    },
    {
      z: 64,
      layer: {
        // Planner-placed points: a small purple dot in a white ring, never a ring of doubt (none is claimed).
        id: 'places-planner', type: 'circle', source: 'places', metadata: meta('places', true), filter: PLANNER,
        layout: { visibility: visibility(input, 'places') },
        paint: {
          'circle-radius': ['case', state('hover'), 6, 4.5], 'circle-color': stateColor(COLORS.planner),
          'circle-stroke-color': COLORS.halo, 'circle-stroke-width': 2,
        },
      },
    },
    { z: 82, layer: pointLabels(input, 'places', 7.5, 11) },
  ],
};

const PARK_COLOR: ExpressionSpecification = [
  'match', ['get', 'kind'], ['energy'], COLORS.energy, ['reservoir', 'water'], COLORS.river, COLORS.park,
];

export const parks: LayerFamily = {
  id: 'parks',
  layers: (input) => [
    {
      z: 41,
      layer: {
        id: 'parks-area', type: 'fill', source: 'parks', metadata: meta('parks', true),
        filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
        layout: { visibility: visibility(input, 'parks') },
        paint: { 'fill-color': PARK_COLOR, 'fill-opacity': ['case', state('hover'), 0.35, 0.2], 'fill-outline-color': PARK_COLOR },
      },
    },
    { z: 61, layer: uncertaintyRing(input, 'parks') },
    {
      z: 65,
      layer: {
        id: 'parks-circle', type: 'circle', source: 'parks', metadata: meta('parks', true),
        filter: ['==', ['geometry-type'], 'Point'],
        layout: { visibility: visibility(input, 'parks') },
        paint: {
          'circle-radius': ['case', state('selected'), 8, state('hover'), 7, 5.5],
          'circle-color': ['case', APPROXIMATE, COLORS.halo, stateColor(PARK_COLOR)],
          'circle-stroke-color': ['case', APPROXIMATE, stateColor(PARK_COLOR), COLORS.halo],
          'circle-stroke-width': ['case', APPROXIMATE, 3, 1.5],
          'circle-opacity': ['match', ['get', 'status'], 'proposed', 0.6, 'planned', 0.8, 1],
        },
      },
    },
    { z: 83, layer: pointLabels(input, 'parks', 8, 11) },
  ],
};

export const railways: LayerFamily = {
  id: 'railways',
  layers: (input) => [
    ...statusLines(input, 'railways', COLORS.railway, 3).map((layer) => ({ z: 55, layer })),
    { z: 72, layer: lineLabels(input, 'railways', COLORS.railway) },
  ],
};

const HIGHWAY_COLOR: ExpressionSpecification = ['match', ['get', 'kind'], ['road', 'link'], COLORS.road, COLORS.highway];

export const highways: LayerFamily = {
  id: 'highways',
  layers: (input) => [
    ...statusLines(input, 'highways', HIGHWAY_COLOR, 2.6).map((layer) => ({ z: 50, layer })),
    { z: 71, layer: lineLabels(input, 'highways', COLORS.highway) },
  ],
};

const CORRIDOR_COLOR: ExpressionSpecification = ['match', ['get', 'kind'], ['belt'], COLORS.belt, COLORS.corridor];

export const corridors: LayerFamily = {
  id: 'corridors',
  layers: (input) => [
    {
      z: 40,
      layer: {
        id: 'corridors-area', type: 'fill', source: 'corridors', metadata: meta('corridors', true),
        filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
        layout: { visibility: visibility(input, 'corridors') },
        paint: { 'fill-color': CORRIDOR_COLOR, 'fill-opacity': ['case', state('hover'), 0.3, 0.16] },
      },
    },
    {
      z: 42,
      layer: {
        id: 'corridors-band', type: 'line', source: 'corridors', metadata: meta('corridors', true),
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { visibility: visibility(input, 'corridors'), 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': stateColor(CORRIDOR_COLOR),
          'line-opacity': ['case', state('hover'), 0.5, 0.3],
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 6, 10, 16],
        },
      },
    },
    {
      z: 43,
      layer: {
        id: 'corridors-center', type: 'line', source: 'corridors', metadata: meta('corridors'),
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { visibility: visibility(input, 'corridors') },
        paint: { 'line-color': CORRIDOR_COLOR, 'line-width': 1.2, 'line-dasharray': [2, 2] },
      },
    },
    { z: 73, layer: lineLabels(input, 'corridors', '#146c5e') },
  ],
};
