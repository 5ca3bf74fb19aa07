/**
 * Label points for county polygons, computed when the geodata is built: the pole of inaccessibility
 * (polylabel) of a feature's largest polygon, so a label sits well inside even a concave county.
 * Planar lon/lat, which is adequate at this latitude for choosing a label position.
 */
import polylabel from 'polylabel';
import type { MultiPolygon, Polygon, Position } from 'geojson';

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

/** The label point of a polygon geometry, rounded to `decimals`; null for an empty geometry. */
export function labelPoint(geometry: Polygon | MultiPolygon, decimals = 5, precision = 0.001): [number, number] | null {
  const rings = largestPolygon(geometry);
  if (rings.length === 0) return null;
  const p = polylabel(rings as [number, number][][], precision);
  return [Number(p[0].toFixed(decimals)), Number(p[1].toFixed(decimals))];
}
