/**
 * Measuring on the map: a path's geodesic length (haversine, as turf.length) and a polygon's area
 * (spherical excess on the mean earth radius, as turf.area). Written out here so the measure
 * tool does not pull turf's packages into the start-up bundle; a unit test checks both against turf.
 */
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';

export type MeasureMode = 'distance' | 'area';

const RAD = Math.PI / 180;
/** Mean earth radius in km (turf's "kilometers" factor). */
const EARTH_KM = 6371.0088;
/** Mean earth radius in metres (turf 7 area). */
const EQUATOR_M = 6371008.8;

/** Great-circle distance in km between two lon/lat positions. */
export function haversineKm(a: Position, b: Position): number {
  const [lon1 = 0, lat1 = 0] = a;
  const [lon2 = 0, lat2 = 0] = b;
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.sin(dLon / 2) ** 2 * Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD);
  return 2 * EARTH_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/** Length in km of the path through `points` (0 for fewer than two). */
export function pathLengthKm(points: readonly Position[]): number {
  let km = 0;
  for (let i = 1; i < points.length; i++) km += haversineKm(points[i - 1] as Position, points[i] as Position);
  return km;
}

/** Area in km² of the polygon closed through `points` (0 for fewer than three). */
export function polygonAreaKm2(points: readonly Position[]): number {
  if (points.length < 3) return 0;
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const p1 = points[i] as Position;
    const p2 = points[(i + 1) % points.length] as Position;
    const p3 = points[(i + 2) % points.length] as Position;
    sum += ((p3[0] ?? 0) - (p1[0] ?? 0)) * RAD * Math.sin((p2[1] ?? 0) * RAD);
  }
  return Math.abs((sum * EQUATOR_M * EQUATOR_M) / 2) / 1e6;
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
