/**
 * Deterministic text output for committed data: features sorted by id, a fixed property key order, one
 * feature per line, trailing newline. The same input always gives the same bytes.
 */
import type { Feature, Geometry } from 'geojson';

/** Properties that come first, in this order; all others follow sorted by key. */
export const PROPERTY_ORDER: readonly string[] = [
  'id', 'name', 'nameEn', 'kind', 'geometrySource', 'source', 'adcode', 'prefecture', 'province', 'planCounty',
  'areaKm2', 'sourceAreaKm2', 'countyId',
];

function orderedProperties(props: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(props);
  const first = PROPERTY_ORDER.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !PROPERTY_ORDER.includes(k)).sort();
  const out: Record<string, unknown> = {};
  for (const k of [...first, ...rest]) {
    const v = props[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** Compares two strings by UTF-16 code units (locale-independent, stable). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Serialises features as a GeoJSON FeatureCollection: sorted by `id`, `Feature.id` set from
 * `properties.id`, fixed key order. Throws on a missing or duplicate id.
 */
export function featureCollectionText(features: readonly Feature<Geometry, Record<string, unknown>>[]): string {
  const seen = new Set<string>();
  const lines = features
    .map((f) => {
      const id = f.properties['id'];
      if (typeof id !== 'string' || id === '') throw new Error('feature without a string properties.id');
      if (seen.has(id)) throw new Error(`duplicate feature id ${id}`);
      seen.add(id);
      return { id, f };
    })
    .sort((a, b) => compareIds(a.id, b.id))
    .map(({ id, f }) => {
      if (f.geometry.type === 'GeometryCollection') throw new Error(`${id}: GeometryCollection is not supported`);
      return JSON.stringify({
        type: 'Feature',
        id,
        properties: orderedProperties(f.properties),
        geometry: { type: f.geometry.type, coordinates: f.geometry.coordinates },
      });
    });
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/** Pretty JSON with recursively sorted keys and a trailing newline. */
export function stableJsonText(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
