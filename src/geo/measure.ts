/**
 * Measuring on the map: a path's geodesic length and a polygon's geodesic area (turf, WGS-84).
 */
import { area, length } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';

export type MeasureMode = 'distance' | 'area';

/** Length in km of the path through `points` (0 for fewer than two). */
export function pathLengthKm(points: readonly Position[]): number {
  if (points.length < 2) return 0;
  const line: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [...points] } };
  return length(line, { units: 'kilometers' });
}

/** Area in km² of the polygon closed through `points` (0 for fewer than three). */
export function polygonAreaKm2(points: readonly Position[]): number {
  if (points.length < 3) return 0;
  const ring = [...points, points[0] as Position];
  return area({ type: 'Polygon', coordinates: [ring] }) / 1e6;
}

/** What the measure overlay draws: the vertices, and the path or the closed polygon. */
export function measureFeatures(points: readonly Position[], mode: MeasureMode): FeatureCollection {
  const features: Feature[] = points.map((p, i) => ({
    type: 'Feature', id: `m${i}`, properties: { id: `m${i}`, role: 'vertex' }, geometry: { type: 'Point', coordinates: [...p] } satisfies Point,
  }));
  if (mode === 'area' && points.length >= 3) {
    const ring = [...points, points[0] as Position].map((p) => [...p]);
    features.unshift({ type: 'Feature', id: 'poly', properties: { id: 'poly', role: 'area' }, geometry: { type: 'Polygon', coordinates: [ring] } satisfies Polygon });
  } else if (points.length >= 2) {
    features.unshift({ type: 'Feature', id: 'path', properties: { id: 'path', role: 'path' }, geometry: { type: 'LineString', coordinates: points.map((p) => [...p]) } satisfies LineString });
  }
  return { type: 'FeatureCollection', features };
}
