/** The measure overlay: path or polygon and its vertices, drawn above everything. */
import type { LayerSpecification } from 'maplibre-gl';

export const MEASURE_SOURCE = 'measure';

export const MEASURE_LAYERS: LayerSpecification[] = [
  {
    id: 'measure-area', type: 'fill', source: MEASURE_SOURCE, filter: ['==', ['get', 'role'], 'area'],
    paint: { 'fill-color': '#ff7a00', 'fill-opacity': 0.15 },
  },
  {
    id: 'measure-line', type: 'line', source: MEASURE_SOURCE, filter: ['in', ['get', 'role'], ['literal', ['path', 'area']]],
    paint: { 'line-color': '#ff7a00', 'line-width': 2.5, 'line-dasharray': [2, 1] },
  },
  {
    id: 'measure-vertex', type: 'circle', source: MEASURE_SOURCE, filter: ['==', ['get', 'role'], 'vertex'],
    paint: { 'circle-radius': 4, 'circle-color': '#fff', 'circle-stroke-color': '#ff7a00', 'circle-stroke-width': 2 },
  },
];
