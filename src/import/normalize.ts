/**
 * Turns the raw features of one parsed file into an {@link ImportedLayer} on the app's feature contract:
 * geometries checked and repaired (geometry.ts), attributes flattened (properties.ts), ids
 * `imp-<layer>-<n>`, a name from the usual name attributes, and notes for everything that was repaired
 * or dropped. A file whose coordinates are mostly outside the longitude/latitude range is refused as
 * projected — or as latitude/longitude swapped when they are valid once swapped (swap.ts) — naming
 * sample values; a layer that lies in China only when swapped is kept with a warning. Attributes
 * renamed because their names would break the map are reported once per layer.
 */
import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';
import { MAX_FEATURES } from './limits';
import { isFailure, normalizeGeometry, sampleOf, type GeometryBudget } from './geometry';
import { NoteList, noteText } from './notes';
import { cleanText, flattenProperties, pickName, pickNameEn, type PlainValue, type RenamedKey } from './properties';
import { SwapTally } from './swap';
import type {
  ImportedFeature, ImportedLayer, ImportedProps, ImportFormat, ImportNote, ProgressFn, RawFeature,
} from './types';

/** One layer's worth of raw features from a parser. */
export interface LayerDraft {
  id: string;
  name: string;
  format: ImportFormat;
  features: readonly RawFeature[];
  /** A schema check per raw feature (GeoJSON: geojson-validation); returns a message or null. */
  check?: (raw: RawFeature, index: number) => string | null;
}

export interface BuildContext {
  fileName: string;
  gcj02: boolean;
  now: string;
  notes: NoteList;
  onProgress?: ProgressFn;
}

/** Maps every position of a (normalised) geometry. */
export function mapPositions(geometry: Geometry, fn: (p: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point': return { type: 'Point', coordinates: fn(geometry.coordinates) };
    case 'MultiPoint': return { type: 'MultiPoint', coordinates: geometry.coordinates.map(fn) };
    case 'LineString': return { type: 'LineString', coordinates: geometry.coordinates.map(fn) };
    case 'MultiLineString': return { type: 'MultiLineString', coordinates: geometry.coordinates.map((l) => l.map(fn)) };
    case 'Polygon': return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => r.map(fn)) };
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(fn))) };
    case 'GeometryCollection': return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => mapPositions(g, fn)) };
  }
}

/** GCJ-02 → WGS-84 for one position (gcoord). */
export function gcjToWgs(p: Position): Position {
  const [x, y] = gcoord.transform([p[0] as number, p[1] as number], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [x, y];
}

/** A file name as provenance text: plain, one line, at most 200 characters. */
export function sourceText(fileName: string): string {
  return cleanText(fileName).replace(/\s+/g, ' ').trim().slice(0, 200) || '(unnamed file)';
}

interface Tally {
  kept: number;
  withGeometry: number;
  outOfRange: number;
  samples: string[];
  swap: SwapTally;
  /** Renamed attributes by their name in the file (first seen wins; at most the reserved names). */
  renamed: Map<string, RenamedKey>;
}

function makeFeature(id: string, geometry: Geometry, base: Omit<ImportedProps, 'id'>, attributes: [string, PlainValue][]): ImportedFeature {
  const properties = Object.fromEntries([['id', id], ...Object.entries(base), ...attributes]) as ImportedProps;
  return { type: 'Feature', id, geometry, properties };
}

/** Notes about one kept raw feature. */
function keptNotes(notes: NoteList, n: number, schema: string | null, closed: number, dropped: number, split: number, firstDrop: string): void {
  if (split > 0) notes.feature('collectionSplit', { n, parts: split });
  if (closed > 0) notes.feature('ringClosed', { n, count: closed });
  if (dropped > 0) notes.feature('partDropped', { n, count: dropped, reason: firstDrop });
  if (schema && closed === 0 && dropped === 0 && split === 0) notes.feature('featureRepaired', { n, detail: noteText(schema) });
}

/** The file-level error of a layer whose coordinates are mostly out of range, or null. */
function rangeError(tally: Tally, total: number): ImportNote | null {
  if (tally.outOfRange === 0 || tally.outOfRange * 2 < tally.withGeometry) return null;
  if (tally.swap.swappable * 2 > tally.outOfRange) {
    return { level: 'error', code: 'swapped', params: { samples: tally.swap.swappableSamples.join('; '), count: tally.swap.swappable, total } };
  }
  return { level: 'error', code: 'projected', params: { samples: tally.samples.join('; '), count: tally.outOfRange, total } };
}

/**
 * Layer-level notes: attributes renamed because their names would break the map (renamed contract
 * names such as `name` or `status` are not worth a note), a layer that lies in China only when swapped.
 */
function layerNotes(tally: Tally, layer: string, notes: NoteList): void {
  for (const { from, to, why } of tally.renamed.values()) {
    if (why === 'builtin') notes.add('warning', 'attributeRenamed', { layer, key: noteText(from), renamed: noteText(to) });
  }
  if (tally.kept > 0 && tally.swap.intoChina * 2 > tally.kept) {
    notes.add('warning', 'swappedChina', { layer, samples: tally.swap.intoChinaSamples.join('; '), count: tally.swap.intoChina, total: tally.kept });
  }
}

/**
 * Builds the layer, or returns the file-level error note (projected or swapped coordinates, no valid feature).
 * Feature-level notes go to `ctx.notes` either way.
 */
export function buildLayer(draft: LayerDraft, ctx: BuildContext): ImportedLayer | ImportNote {
  const budget: GeometryBudget = { positions: 0, altitude: false };
  const tally: Tally = { kept: 0, withGeometry: 0, outOfRange: 0, samples: [], swap: new SwapTally(), renamed: new Map() };
  const featureNotes = new NoteList();
  const features: ImportedFeature[] = [];
  const source = sourceText(ctx.fileName);
  const total = draft.features.length;
  for (let i = 0; i < total; i++) {
    if (features.length >= MAX_FEATURES) {
      ctx.notes.add('warning', 'truncated', { kept: features.length, total });
      break;
    }
    if (i % 2000 === 0) ctx.onProgress?.({ stage: 'validate', fraction: i / total });
    const raw = draft.features[i] as RawFeature;
    const n = i + 1;
    const schema = draft.check ? draft.check(raw, i) : null;
    const geometry = normalizeGeometry(raw.geometry, budget);
    if (isFailure(geometry)) {
      if (geometry.reason !== 'noGeometry') tally.withGeometry++;
      if (geometry.reason === 'outOfRange') {
        tally.outOfRange++;
        if (tally.samples.length < 3) tally.samples.push(geometry.detail);
        tally.swap.outOfRange(geometry.sample, geometry.detail);
      }
      featureNotes.feature('featureDropped', { n, reason: geometry.reason, detail: geometry.detail || noteText(schema ?? '') });
      continue;
    }
    tally.withGeometry++;
    tally.kept++;
    const flat = flattenProperties(raw.properties);
    for (const renamed of flat.renamed) if (!tally.renamed.has(renamed.from)) tally.renamed.set(renamed.from, renamed);
    if (geometry.parts[0]) tally.swap.kept(geometry.parts[0], sampleOf);
    const name = pickName(raw.properties) ?? `${draft.name} #${n}`;
    const base: Omit<ImportedProps, 'id'> = {
      // English labels fall back to the name (MapLibre's coalesce would show an empty string as a blank label).
      name, nameEn: pickNameEn(raw.properties) ?? name, kind: 'imported', geometrySource: 'dataset', source,
    };
    for (const part of geometry.parts) {
      const id = `imp-${draft.id}-${features.length + 1}`;
      features.push(makeFeature(id, ctx.gcj02 ? mapPositions(part, gcjToWgs) : part, base, flat.entries));
    }
    keptNotes(featureNotes, n, schema, geometry.closedRings, geometry.droppedParts, geometry.split ? geometry.parts.length : 0, geometry.firstDrop?.reason ?? '');
    for (const key of flat.truncated) featureNotes.feature('valueTruncated', { n, key: noteText(key) });
    if (flat.capped > 0) featureNotes.feature('propertiesCapped', { n, count: flat.capped });
  }
  const outOfRange = rangeError(tally, total);
  if (outOfRange) return outOfRange;
  for (const note of featureNotes.finish()) ctx.notes.notes.push(note);
  if (features.length === 0) return { level: 'error', code: 'noFeatures', params: { total } };
  if (budget.altitude) ctx.notes.add('info', 'altitudeDropped');
  if (ctx.gcj02) ctx.notes.add('info', 'gcj02');
  layerNotes(tally, noteText(draft.name), ctx.notes);
  ctx.notes.add('info', 'summary', { layer: noteText(draft.name), kept: tally.kept, total, features: features.length });
  return {
    id: draft.id,
    name: draft.name,
    fileName: source,
    format: draft.format,
    fromGcj02: ctx.gcj02,
    importedAt: ctx.now,
    collection: { type: 'FeatureCollection', features },
  };
}

/** True for a file-level error note (as opposed to a built layer). */
export function isNote(value: ImportedLayer | ImportNote): value is ImportNote {
  return 'code' in value;
}

