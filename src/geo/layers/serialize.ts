/**
 * Deterministic output: coordinates rounded to 5 decimals (≈1 m), features sorted by id, a fixed property
 * key order, one feature per line, trailing newline. The same input always gives the same bytes.
 */
import type { Feature, Geometry, Position } from 'geojson';

/** Property keys in output order; keys not listed follow in alphabetical order. */
export const PROPERTY_ORDER: readonly string[] = [
  'id', 'name', 'nameEn', 'kind', 'status', 'statusEvidence', 'statusNote', 'geometrySource', 'source', 'uncertaintyKm',
  'placement', 'townId', 'via', 'stations', 'lengthKm', 'countyId', 'outsideProvince', 'documents', 'planText', 'aliases', 'note',
];

/** Rounds a number to `digits` decimals, normalising -0 to 0. */
export function roundTo(value: number, digits = 5): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

function roundRing(ring: Position[], digits: number): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [roundTo(p[0] as number, digits), roundTo(p[1] as number, digits)];
    const prev = out[out.length - 1];
    if (prev && prev[0] === q[0] && prev[1] === q[1]) continue;
    out.push(q);
  }
  return out;
}

/** The geometry with every position rounded (and consecutive duplicates that rounding creates removed). */
export function roundGeometry<G extends Geometry>(geometry: G, digits = 5): G {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: [roundTo(geometry.coordinates[0] as number, digits), roundTo(geometry.coordinates[1] as number, digits)] } as G;
    case 'LineString':
      return { type: 'LineString', coordinates: roundRing(geometry.coordinates, digits) } as G;
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => roundRing(r, digits)) } as G;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((r) => roundRing(r, digits))) } as G;
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((l) => roundRing(l, digits)) } as G;
    default:
      throw new Error(`unsupported geometry type ${geometry.type}`);
  }
}

/** Copy of `props` with keys in `PROPERTY_ORDER` (then alphabetical), dropping undefined values. */
export function orderProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = PROPERTY_ORDER.filter((k) => k in props);
  const extra = Object.keys(props).filter((k) => !PROPERTY_ORDER.includes(k)).sort();
  for (const key of [...known, ...extra]) {
    if (props[key] !== undefined) out[key] = props[key];
  }
  return out;
}

/** A FeatureCollection as text: sorted by id, stable key order, one feature per line, trailing newline. */
export function stringifyCollection(features: readonly Feature[]): string {
  const sorted = [...features].sort((a, b) => String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0);
  const lines = sorted.map((f) => JSON.stringify({
    type: 'Feature',
    id: f.id,
    properties: orderProperties((f.properties ?? {}) as Record<string, unknown>),
    geometry: f.geometry,
  }));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Any JSON value as indented text with a trailing newline. */
export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
