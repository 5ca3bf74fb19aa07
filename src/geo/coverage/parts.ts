/**
 * The parts of a feature's geometry by dimension (points, lines, polygons), their class and box: the
 * per-feature work every coverage computation does once per feature, written as plain loops with few
 * allocations because it runs for every feature of a layer (100k for a large imported file).
 */
import type { Geometry, Position } from 'geojson';
import type { GeometryClass } from './types';

/** The parts of a geometry, split by dimension (multi-geometries and collections flattened). */
export interface GeometryParts {
  points: Position[];
  lines: Position[][];
  polygons: Position[][][];
}

/** The empty list the parts of a simple geometry share for the dimensions it lacks (frozen: never filled). */
const NONE = Object.freeze([]) as unknown as never[];

/**
 * Flattens any geometry into point, line and polygon parts; `null` geometry gives no parts. The lists of
 * the result are read-only (a Point shares the empty line and polygon lists: one feature in a hundred
 * thousand costs two allocations less).
 */
export function geometryParts(geometry: Geometry | null): GeometryParts {
  if (geometry?.type === 'Point') return { points: [geometry.coordinates], lines: NONE, polygons: NONE };
  if (geometry?.type === 'LineString') {
    return { points: NONE, lines: geometry.coordinates.length >= 2 ? [geometry.coordinates] : NONE, polygons: NONE };
  }
  const parts: GeometryParts = { points: [], lines: [], polygons: [] };
  if (!geometry) return parts;
  switch (geometry.type) {
    case 'MultiPoint': parts.points.push(...geometry.coordinates); break;
    case 'MultiLineString': parts.lines.push(...geometry.coordinates); break;
    case 'Polygon': parts.polygons.push(geometry.coordinates); break;
    case 'MultiPolygon': parts.polygons.push(...geometry.coordinates); break;
    case 'GeometryCollection':
      for (const g of geometry.geometries) {
        const sub = geometryParts(g);
        parts.points.push(...sub.points);
        parts.lines.push(...sub.lines);
        parts.polygons.push(...sub.polygons);
      }
      break;
  }
  if (parts.lines.some((l) => l.length < 2)) parts.lines = parts.lines.filter((l) => l.length >= 2);
  if (parts.polygons.some((p) => !usablePolygon(p))) parts.polygons = parts.polygons.filter(usablePolygon);
  return parts;
}

function usablePolygon(rings: Position[][]): boolean {
  return rings.length > 0 && (rings[0]?.length ?? 0) >= 4;
}

/** Dominant class of the parts (polygon > line > point), or null when there are none. */
export function partsClass(parts: GeometryParts): GeometryClass | null {
  if (parts.polygons.length > 0) return 'polygon';
  if (parts.lines.length > 0) return 'line';
  if (parts.points.length > 0) return 'point';
  return null;
}

/** Bounding box of the parts, or null when there are none. */
export function partsBBox(parts: GeometryParts): [number, number, number, number] | null {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  addToBox(box, parts.points);
  for (const line of parts.lines) addToBox(box, line);
  for (const poly of parts.polygons) addToBox(box, poly[0] as Position[]);
  return box[0] <= box[2] ? box : null;
}

/** Grows `box` ([minX, minY, maxX, maxY]) to the positions (a plain loop: this runs for every feature). */
function addToBox(box: number[], positions: readonly Position[]): void {
  let minX = box[0] as number, minY = box[1] as number, maxX = box[2] as number, maxY = box[3] as number;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as Position;
    const x = p[0] as number, y = p[1] as number;
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  box[0] = minX; box[1] = minY; box[2] = maxX; box[3] = maxY;
}
