/** Base geography: provinces, prefectures, neighbours, the plan counties, rivers and county seats. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { LayerFamily } from './types';
import { FONT, FONT_BOLD } from './types';
import { COLORS } from './palette';
import { meta, nameField, state, stateColor, visibility } from './common';

export const provinces: LayerFamily = {
  id: 'provinces',
  layers: (input) => [
    {
      z: 22,
      layer: {
        id: 'provinces-line', type: 'line', source: 'provinces', metadata: meta('provinces'),
        layout: { visibility: visibility(input, 'provinces'), 'line-join': 'round' },
        paint: { 'line-color': COLORS.provinceLine, 'line-width': 1.6, 'line-dasharray': [4, 1.5, 1, 1.5] },
      },
    },
  ],
};

export const prefectures: LayerFamily = {
  id: 'prefectures',
  layers: (input) => [
    {
      z: 21,
      layer: {
        id: 'prefectures-line', type: 'line', source: 'prefectures', metadata: meta('prefectures'),
        layout: { visibility: visibility(input, 'prefectures'), 'line-join': 'round' },
        paint: { 'line-color': COLORS.prefectureLine, 'line-width': 1.1 },
      },
    },
  ],
};

export const contextCounties: LayerFamily = {
  id: 'context-counties',
  layers: (input) => [
    {
      z: 10,
      layer: {
        id: 'context-counties-fill', type: 'fill', source: 'context-counties', metadata: meta('context-counties'),
        layout: { visibility: visibility(input, 'context-counties') },
        paint: { 'fill-color': COLORS.contextFill, 'fill-opacity': 0.9 },
      },
    },
    {
      z: 20,
      layer: {
        id: 'context-counties-line', type: 'line', source: 'context-counties', metadata: meta('context-counties'),
        layout: { visibility: visibility(input, 'context-counties') },
        paint: { 'line-color': COLORS.contextLine, 'line-width': 0.6 },
      },
    },
    {
      z: 80,
      layer: {
        id: 'context-counties-label', type: 'symbol', source: 'context-counties', metadata: meta('context-counties'),
        minzoom: 7.2,
        layout: {
          visibility: visibility(input, 'context-counties'),
          'text-field': nameField(input.lang), 'text-font': FONT, 'text-size': 11, 'symbol-placement': 'point',
        },
        paint: { 'text-color': '#8d8d84', 'text-halo-color': COLORS.halo, 'text-halo-width': 1 },
      },
    },
  ],
};

/** Plan-area colours, or the coverage choropleth when one is given. */
function countyFill(choropleth: Readonly<Record<string, string>> | null): ExpressionSpecification {
  const byPrefecture: ExpressionSpecification = ['match', ['get', 'prefecture'], '泸州市', COLORS.luzhouFill, COLORS.zhaotongFill];
  const entries = Object.entries(choropleth ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return byPrefecture;
  return ['match', ['get', 'id'], ...entries.flat(), byPrefecture] as unknown as ExpressionSpecification;
}

export const counties: LayerFamily = {
  id: 'counties',
  layers: (input) => [
    {
      z: 11,
      layer: {
        id: 'counties-fill', type: 'fill', source: 'counties', metadata: meta('counties', true),
        layout: { visibility: visibility(input, 'counties') },
        paint: {
          'fill-color': countyFill(input.choropleth),
          'fill-opacity': ['case', state('selected'), 1, state('hover'), 0.95, 0.85],
        },
      },
    },
    {
      z: 23,
      layer: {
        id: 'counties-line', type: 'line', source: 'counties', metadata: meta('counties'),
        layout: { visibility: visibility(input, 'counties'), 'line-join': 'round' },
        paint: { 'line-color': COLORS.countyOutline, 'line-width': 1.2, 'line-opacity': 0.8 },
      },
    },
    {
      z: 24,
      layer: {
        id: 'counties-state-line', type: 'line', source: 'counties', metadata: meta('counties'),
        layout: { visibility: visibility(input, 'counties'), 'line-join': 'round' },
        paint: {
          'line-color': stateColor(COLORS.countyOutline),
          'line-width': ['case', state('selected'), 3.5, state('highlighted'), 3, state('hover'), 2.5, 0],
        },
      },
    },
    {
      z: 90,
      layer: {
        id: 'counties-label', type: 'symbol', source: 'county-labels', metadata: meta('counties'),
        layout: {
          visibility: visibility(input, 'counties'),
          'text-field': nameField(input.lang), 'text-font': FONT_BOLD,
          'text-size': ['interpolate', ['linear'], ['zoom'], 6, 12, 9, 16],
          'text-allow-overlap': false, 'symbol-sort-key': 0, 'text-padding': 1,
          'text-max-width': 8,
        },
        paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.6 },
      },
    },
  ],
};

export const rivers: LayerFamily = {
  id: 'rivers',
  layers: (input) => [
    {
      z: 30,
      layer: {
        id: 'rivers-line', type: 'line', source: 'rivers', metadata: meta('rivers', true),
        layout: { visibility: visibility(input, 'rivers'), 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': stateColor(COLORS.river),
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.4, 10, 3.2],
        },
      },
    },
    {
      z: 70,
      layer: {
        id: 'rivers-label', type: 'symbol', source: 'rivers', metadata: meta('rivers'),
        filter: ['!=', ['get', 'name'], ''],
        layout: {
          visibility: visibility(input, 'rivers'), 'symbol-placement': 'line', 'symbol-spacing': 260,
          'text-field': nameField(input.lang), 'text-font': FONT, 'text-size': 12, 'text-letter-spacing': 0.2,
        },
        paint: { 'text-color': COLORS.riverLabel, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.2 },
      },
    },
  ],
};

export const seats: LayerFamily = {
  id: 'seats',
  layers: (input) => [
    {
      z: 64,
      layer: {
        id: 'seats-circle', type: 'circle', source: 'seats', metadata: meta('seats', true),
        layout: { visibility: visibility(input, 'seats') },
        paint: {
          'circle-radius': ['case', state('hover'), 5, 3.5],
          'circle-color': COLORS.halo, 'circle-stroke-color': stateColor(COLORS.seat), 'circle-stroke-width': 1.6,
        },
      },
    },
  ],
};
