/**
 * GeoJSON reader: a FeatureCollection, a single Feature, a bare geometry or an array of features.
 * Every feature is checked with `geojson-validation`, whose messages are reported per feature; the
 * geometry itself is then normalised (and often repaired) by normalize.ts.
 */
import gjv from 'geojson-validation';
import { noteText } from './notes';
import type { ImportNote, RawFeature } from './types';
import { errorText, isObject } from '../util/json';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** The features of a GeoJSON text and the per-feature schema check. */
export interface ParsedGeojson {
  features: RawFeature[];
  /** The original items, for the schema check by index. */
  items: unknown[];
}

function asRaw(item: unknown): RawFeature {
  if (isObject(item) && item.type === 'Feature') return { geometry: item.geometry, properties: item.properties };
  if (isObject(item) && typeof item.type === 'string' && GEOMETRY_TYPES.has(item.type)) return { geometry: item, properties: {} };
  return { geometry: undefined, properties: undefined };
}

/** geojson-validation's first messages for one item, or null when it is a valid Feature or geometry. */
export function schemaMessage(item: unknown): string | null {
  try {
    const isGeometry = isObject(item) && typeof item.type === 'string' && GEOMETRY_TYPES.has(item.type);
    const errors = isGeometry ? gjv.isGeometryObject(item, true) : gjv.isFeature(item, true);
    return errors.length === 0 ? null : noteText(errors.slice(0, 2).join('; '));
  } catch (error) {
    // geojson-validation throws on some malformed input (e.g. an empty ring); that is a finding too.
    return noteText(errorText(error));
  }
}

/** Parses GeoJSON text; returns the raw features or a file-level error note. */
export function parseGeojson(text: string): ParsedGeojson | ImportNote {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { level: 'error', code: 'jsonSyntax', params: { detail: noteText(errorText(error)) } };
  }
  let items: unknown[];
  if (Array.isArray(json)) items = json;
  else if (isObject(json) && json.type === 'FeatureCollection' && Array.isArray(json.features)) items = json.features;
  else if (isObject(json) && (json.type === 'Feature' || (typeof json.type === 'string' && GEOMETRY_TYPES.has(json.type)))) items = [json];
  else {
    const what = isObject(json) ? `type: ${noteText(String(json.type ?? '(none)'))}` : Array.isArray(json) ? 'array' : typeof json;
    return { level: 'error', code: 'notGeojson', params: { detail: what } };
  }
  return { features: items.map(asRaw), items };
}
