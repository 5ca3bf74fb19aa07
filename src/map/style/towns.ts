/**
 * The 乡镇 layer: town seats of the plan counties (small dots, labelled from zoom 9) and of the
 * neighbouring counties (fainter, labelled from zoom 10). Points are seats, not town extents.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { LayerFamily } from './types';
import { FONT } from './types';
import { COLORS } from './palette';
import { meta, nameField, state, stateColor, visibility } from './common';

/** True for towns of the 13 plan counties. */
const PLAN_TOWN: ExpressionSpecification = ['==', ['get', 'planCounty'], true];

/** Zoom from which plan-county town names are drawn (below it they would clutter the county view). */
export const TOWN_LABEL_MINZOOM = 9;

export const towns: LayerFamily = {
  id: 'towns',
  layers: (input) => [
    {
      z: 62,
      layer: {
        id: 'towns-circle', type: 'circle', source: 'towns', metadata: meta('towns', true),
        minzoom: 7,
        layout: { visibility: visibility(input, 'towns') },
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, ['case', state('hover'), 3.5, 1.5], 10, ['case', state('hover'), 4.5, 2.8]],
          'circle-color': stateColor(['case', PLAN_TOWN, COLORS.seat, '#8a8a8a']),
          'circle-opacity': ['case', PLAN_TOWN, 0.85, 0.45],
          'circle-stroke-color': COLORS.halo, 'circle-stroke-width': 0.8,
        },
      },
    },
    {
      z: 80,
      layer: {
        id: 'towns-label', type: 'symbol', source: 'towns', metadata: meta('towns'),
        minzoom: TOWN_LABEL_MINZOOM,
        filter: ['any', PLAN_TOWN, ['>=', ['zoom'], 10]],
        layout: {
          visibility: visibility(input, 'towns'), 'text-field': nameField(input.lang), 'text-font': FONT,
          'text-size': ['case', PLAN_TOWN, 10.5, 9.5], 'text-anchor': 'top', 'text-offset': [0, 0.4],
          'text-max-width': 8, 'symbol-sort-key': ['case', PLAN_TOWN, 20, 30],
        },
        paint: {
          'text-color': ['case', PLAN_TOWN, '#444444', '#8a8a8a'], 'text-halo-color': COLORS.halo, 'text-halo-width': 1.2,
        },
      },
    },
  ],
};
