/**
 * Plan layers: named places, parks and projects, railways, highways and corridors. A line's status reads
 * as solid / dashed / dotted through data-driven paint of one layer per line family (see palette.ts).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { STATUSES, type LayerId, type Status } from '../../geo/types';
import type { LayerFamily, StyleInput } from './types';
import { FONT } from './types';
import { COLORS, METERS_PER_PX_Z0, STATUS_LOOK, UNSTATED_LOOK, type StatusLook } from './palette';
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

/** The statuses in drawing order (bottom first), then lines whose plan text states no status. */
const LINE_STATUSES = [...STATUSES, 'unstated' as const];

/**
 * A per-status value as one data-driven expression: `pick(look)` for each status, the unstated look for
 * lines without a status (never drawn as "existing") — and for any other value, which the layer checks
 * (src/geo/layers/check.ts) reject before a feature gets here.
 */
function byStatus<T>(pick: (look: StatusLook, status: Status | 'unstated') => T): ExpressionSpecification {
  const arms = STATUSES.flatMap((status) => [status, pick(STATUS_LOOK[status], status)]);
  return ['match', ['get', 'status'], ...arms, pick(UNSTATED_LOOK, 'unstated')] as unknown as ExpressionSpecification;
}

/**
 * One line layer for a line family: status reads as solid / dashed / dotted through data-driven dash,
 * opacity, width and cap (one layer instead of one per status: fewer layers for MapLibre to draw), and
 * the statuses keep their drawing order through the sort key.
 */
function statusLines(input: StyleInput, id: LayerId, color: ExpressionSpecification | string, width: number): LayerSpecification {
  return {
    id: `${id}-line`, type: 'line', source: id, metadata: meta(id, true),
    filter: ['==', ['geometry-type'], 'LineString'],
    layout: {
      visibility: visibility(input, id), 'line-join': 'round',
      'line-cap': byStatus((_, status) => (status === 'existing' ? 'round' : 'butt')),
      'line-sort-key': byStatus((_, status) => LINE_STATUSES.indexOf(status)),
    },
    paint: {
      'line-color': stateColor(color),
      'line-opacity': byStatus((look) => look.opacity),
      'line-width': ['case', state('selected'), width * 2, state('hover'), width * 1.6, byStatus((look) => width * look.widthFactor)],
      // A solid line is a dash without a gap.
      'line-dasharray': byStatus((look) => ['literal', look.dash ?? [1, 0]]),
    },
  };
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
    { z: 55, layer: statusLines(input, 'railways', COLORS.railway, 3) },
    { z: 72, layer: lineLabels(input, 'railways', COLORS.railway) },
  ],
};

const HIGHWAY_COLOR: ExpressionSpecification = ['match', ['get', 'kind'], ['road', 'link'], COLORS.road, COLORS.highway];

export const highways: LayerFamily = {
  id: 'highways',
  layers: (input) => [
    { z: 50, layer: statusLines(input, 'highways', HIGHWAY_COLOR, 2.6) },
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
