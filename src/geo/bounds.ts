/**
 * Bounding boxes of features (the one bbox helper of the app). Pure, and without turf: it is on the
 * start-up path (opening a feature), where turf's helpers would cost ~2 KB of start-up JavaScript.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { Bounds } from '../types/domain';

/** Calls `visit` with every position of a geometry (collections included). */
function eachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point': visit(geometry.coordinates); return;
    case 'MultiPoint': case 'LineString': geometry.coordinates.forEach(visit); return;
    case 'MultiLineString': case 'Polygon': geometry.coordinates.forEach((line) => line.forEach(visit)); return;
    case 'MultiPolygon': geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit))); return;
    case 'GeometryCollection': geometry.geometries.forEach((g) => eachPosition(g, visit));
  }
}

/**
 * The union bbox of features as [west, south, east, north] (longitude/latitude only; a third coordinate is
 * ignored); positions without finite longitude and latitude are skipped; null when no feature has one.
 */
export function featuresBounds(features: readonly Feature[]): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const f of features) {
    if (!f.geometry) continue;
    eachPosition(f.geometry, ([x, y]) => {
      if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return;
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    });
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}
