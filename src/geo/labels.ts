/**
 * Label points for polygons: the pole of inaccessibility (polylabel) of each feature's largest
 * polygon, so a label sits well inside even a concave county. Computed in planar lon/lat, which is
 * adequate at this latitude for choosing a label position.
 */
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { PlanCollection } from './types';

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += ((a[0] ?? 0) * (b[1] ?? 0)) - ((b[0] ?? 0) * (a[1] ?? 0));
  }
  return Math.abs(sum / 2);
}

/** The polygon (rings) with the largest outer ring of a Polygon or MultiPolygon. */
export function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let best: Position[][] = [];
  let bestArea = -1;
  for (const poly of geometry.coordinates) {
    const area = ringArea(poly[0] ?? []);
    if (area > bestArea) {
      bestArea = area;
      best = poly;
    }
  }
  return best;
}

/** One label point per polygon feature, carrying the feature's id and names. */
export function labelPoints(fc: PlanCollection | undefined, precision = 0.001): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of fc?.features ?? []) {
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const rings = largestPolygon(g);
    if (rings.length === 0) continue;
    const p = polylabel(rings as [number, number][][], precision);
    features.push({
      type: 'Feature',
      id: f.id,
      properties: { id: f.properties.id, name: f.properties.name, nameEn: f.properties.nameEn },
      geometry: { type: 'Point', coordinates: [Number(p[0].toFixed(5)), Number(p[1].toFixed(5))] },
    });
  }
  return { type: 'FeatureCollection', features };
}
