/**
 * Fewer shader programs at start-up. MapLibre compiles one GL program per layer type *and* per set of
 * paint properties that vary by feature (each such property becomes a vertex attribute instead of a
 * uniform), so layers of one type whose data-driven properties differ each cost a program, and the first
 * frames wait for their linking (in software WebGL about 50 ms each: `npx tsx src/cli/bench/gl.ts`).
 * `sharePrograms` makes the layers of a type that vary by feature agree: a property that varies in any of
 * them is restated as a per-feature expression (with the same value) in the others; their lines all take
 * a dash (a solid line is a dash without a gap) when one has a per-feature dash. Layers whose paint is
 * all constant keep MapLibre's plain program (no per-vertex values to upload). The drawing is unchanged;
 * only how MapLibre stores the values (a unit test evaluates every restated value against the original).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

/** The layer types whose paint is unified, and their paint properties MapLibre stores per program, with their defaults. */
export const SHARED_DEFAULTS: Record<'line' | 'circle' | 'fill', Record<string, unknown>> = {
  // Defaults of the MapLibre style specification (a unit test checks them against it).
  line: { 'line-color': '#000000', 'line-width': 1, 'line-opacity': 1, 'line-blur': 0, 'line-gap-width': 0, 'line-offset': 0 },
  circle: {
    'circle-radius': 5, 'circle-color': '#000000', 'circle-opacity': 1, 'circle-blur': 0,
    'circle-stroke-width': 0, 'circle-stroke-color': '#000000', 'circle-stroke-opacity': 1,
  },
  // fill-outline-color: unset means the fill colour (the specification gives it no default).
  fill: { 'fill-color': '#000000', 'fill-opacity': 1, 'fill-outline-color': undefined },
};

/** Operators that read the feature (its properties, geometry type, id or state). */
const FEATURE_OPERATORS = new Set(['get', 'has', 'properties', 'geometry-type', 'id', 'feature-state']);

/** True when a paint value varies by feature (an expression that reads the feature). */
export function variesByFeature(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  if (value[0] === 'literal') return false;
  if (typeof value[0] === 'string' && FEATURE_OPERATORS.has(value[0])) return true;
  return value.some((part) => variesByFeature(part));
}

const isZoom = (part: unknown) => Array.isArray(part) && part[0] === 'zoom';

/** True when a paint value depends on the zoom (a zoom curve). */
export function variesByZoom(value: unknown): boolean {
  if (!Array.isArray(value) || value[0] === 'literal') return false;
  return isZoom(value) || value.some((part) => variesByZoom(part));
}

/**
 * The same value, stated so MapLibre stores it per feature (it reads the feature, whatever the answer).
 * A zoom curve keeps its curve at the top (MapLibre allows `zoom` only there) with per-feature stops.
 */
export function perFeature(value: unknown): ExpressionSpecification {
  if (Array.isArray(value) && typeof value[0] === 'string' && value[0].startsWith('interpolate') && isZoom(value[2])) {
    const [op, curve, input, ...stops] = value as unknown[];
    return [op, curve, input, ...stops.map((stop, i) => (i % 2 === 1 ? perFeature(stop) : stop))] as ExpressionSpecification;
  }
  if (Array.isArray(value) && value[0] === 'step' && isZoom(value[1])) {
    const [op, input, ...rest] = value as unknown[];
    return [op, input, ...rest.map((stop, i) => (i % 2 === 0 ? perFeature(stop) : stop))] as ExpressionSpecification;
  }
  const v = Array.isArray(value) && value[0] !== 'literal' && typeof value[0] !== 'string' ? ['literal', value] : value;
  return ['case', ['has', 'id'], v, v] as ExpressionSpecification;
}

type Paint = Record<string, unknown>;

/** What MapLibre draws for a paint property a layer leaves unset. */
function unsetValue(key: string, paint: Paint, defaults: Record<string, unknown>): unknown {
  if (key === 'fill-outline-color') return paint['fill-color'] ?? '#000000'; // the fill colour
  if (key === 'line-dasharray') return ['literal', [1, 0]]; // solid: a dash without a gap
  return defaults[key];
}

/** A value that depends on the zoom as a curve with the same value at every zoom (the same drawing). */
const atEveryZoom = (value: unknown): unknown => ['step', ['zoom'], value, 24, value];

/** True when a layer has paint that varies by feature (the layers `sharePrograms` restates). */
const variesAtAll = (layer: LayerSpecification) => Object.values((layer.paint ?? {}) as Paint).some(variesByFeature);

/**
 * Layers of the same type restated so that they share one program each (see the module comment).
 * MapLibre also keys a program on whether a per-feature value depends on the zoom, so a property that is
 * a zoom curve in one layer becomes a (flat) zoom curve in the others.
 */
export function sharePrograms(layers: readonly LayerSpecification[]): LayerSpecification[] {
  const varying = new Map<string, Set<string>>();
  const zoomed = new Map<string, Set<string>>();
  for (const layer of layers) {
    if (!(layer.type in SHARED_DEFAULTS) || !variesAtAll(layer)) continue;
    const paint = (layer.paint ?? {}) as Paint;
    const keys = varying.get(layer.type) ?? new Set<string>();
    const zoomKeys = zoomed.get(layer.type) ?? new Set<string>();
    for (const [key, value] of Object.entries(paint)) {
      if (variesByFeature(value)) keys.add(key);
      if (variesByZoom(value)) zoomKeys.add(key);
    }
    varying.set(layer.type, keys);
    zoomed.set(layer.type, zoomKeys);
  }
  return layers.map((layer) => {
    const keys = varying.get(layer.type);
    // A layer whose paint is all constant keeps MapLibre's plain program (no per-vertex values to upload).
    if (!keys || !variesAtAll(layer)) return layer;
    const defaults = SHARED_DEFAULTS[layer.type as keyof typeof SHARED_DEFAULTS];
    const zoomKeys = zoomed.get(layer.type);
    const paint: Paint = { ...(layer.paint as Paint | undefined) };
    for (const key of new Set([...keys, ...(zoomKeys ?? [])])) {
      const value = paint[key] ?? unsetValue(key, paint, defaults);
      if (value === undefined) continue;
      const perVertex = keys.has(key) && !variesByFeature(value) ? perFeature(value) : value;
      paint[key] = zoomKeys?.has(key) && !variesByZoom(perVertex) ? atEveryZoom(perVertex) : perVertex;
    }
    return { ...layer, paint } as LayerSpecification;
  });
}
