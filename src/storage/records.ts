/**
 * The records the workspace stores and their run-time checks. Everything read back from IndexedDB or
 * from a workspace file is checked here: a record that fails is reported and skipped, a layer keeps
 * the features that pass (geometry re-normalised, attributes re-flattened to strings and numbers).
 */
import type { Geometry } from 'geojson';
import { isFailure, normalizeGeometry } from '../import/geometry';
import { plainValue } from '../import/properties';
import { IMPORT_FORMATS, type ImportedFeature, type ImportedLayer, type ImportedProps, type ImportFormat } from '../import/types';
import { isObject } from '../util/json';
import { IMPORTED_LAYER_ID } from '../geo/types';
import type { StoredPlan } from './plans';

/** An imported layer as stored: the pipeline's layer plus its visibility. */
export interface StoredLayer extends ImportedLayer {
  visible: boolean;
}

/** A scene or a note: an opaque JSON object with a string id (its shape belongs to its feature). */
export interface StoredRecord {
  id: string;
  [field: string]: unknown;
}

/** A setting: key and JSON value. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** Every storage problem code (each has a `storage.problem.<code>` string in src/i18n/import.ts). */
export const STORAGE_PROBLEM_CODES = [
  'unavailable', 'openFailed', 'newerVersion', 'migrationFailed', 'storeMissing', 'unreadable', 'invalidRecord',
  'featuresDropped', 'notWorkspace', 'jsonSyntax', 'writeFailed', 'tooLarge', 'deckKept',
] as const;

/** Something that could not be read, in a form the UI words. */
export interface StorageProblem {
  code: (typeof STORAGE_PROBLEM_CODES)[number];
  params: Record<string, string | number>;
}

/** The meta key of the presentation deck's header (id, title, timestamps); its scenes are the `scenes` store. */
export const DECK_META_KEY = 'deck';

/** Ids of imported layers (see geo/types). */
export const LAYER_ID = IMPORTED_LAYER_ID;

const short = (value: unknown): string => String(value).slice(0, 60);

/** One stored feature re-checked, or null when it cannot be kept. */
function checkFeature(value: unknown, layerId: string): ImportedFeature | null {
  if (!isObject(value) || value.type !== 'Feature' || typeof value.id !== 'string' || !value.id.startsWith(`imp-${layerId}-`)) return null;
  const props = value.properties;
  if (!isObject(props) || typeof props.name !== 'string') return null;
  const geometry = normalizeGeometry(value.geometry, { positions: 0, altitude: false });
  if (isFailure(geometry) || geometry.parts.length !== 1) return null;
  const entries: [string, string | number][] = [];
  for (const [key, raw] of Object.entries(props)) {
    const plain = plainValue(raw);
    if (plain !== null) entries.push([key, plain]);
  }
  const properties = Object.fromEntries([
    ...entries, ['id', value.id], ['kind', 'imported'], ['geometrySource', 'dataset'],
    ['nameEn', typeof props.nameEn === 'string' && props.nameEn !== '' ? props.nameEn : props.name],
    ['source', typeof props.source === 'string' ? props.source : ''],
  ]) as ImportedProps;
  return { type: 'Feature', id: value.id, geometry: geometry.parts[0] as Geometry, properties };
}

/** A stored layer checked; features that fail are dropped and counted. */
export function checkStoredLayer(value: unknown): { layer: StoredLayer; dropped: number } | StorageProblem {
  const bad = (why: string): StorageProblem => ({
    code: 'invalidRecord', params: { store: 'importedLayers', id: isObject(value) ? short(value.id) : '?', why },
  });
  if (!isObject(value)) return bad('not an object');
  const { id, name, fileName, format, importedAt, collection } = value;
  if (typeof id !== 'string' || !LAYER_ID.test(id)) return bad('id');
  if (typeof name !== 'string' || typeof fileName !== 'string' || typeof importedAt !== 'string') return bad('name');
  if (typeof format !== 'string' || !IMPORT_FORMATS.includes(format as ImportFormat)) return bad('format');
  if (!isObject(collection) || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) return bad('collection');
  const features: ImportedFeature[] = [];
  for (const f of collection.features as unknown[]) {
    const checked = checkFeature(f, id);
    if (checked) features.push(checked);
  }
  // Same key order as the pipeline's layers, so export(import(file)) gives the same text.
  const layer: StoredLayer = {
    id, name: name.slice(0, 200), fileName: fileName.slice(0, 200), format: format as ImportFormat,
    fromGcj02: value.fromGcj02 === true, importedAt, collection: { type: 'FeatureCollection', features },
    visible: value.visible !== false,
  };
  return { layer, dropped: collection.features.length - features.length };
}

/** A scene or note record checked: an object with a non-empty string id. */
export function checkRecord(value: unknown, store: string): StoredRecord | StorageProblem {
  if (!isObject(value) || typeof value.id !== 'string' || value.id === '' || value.id.length > 200) {
    return { code: 'invalidRecord', params: { store, id: isObject(value) ? short(value.id) : '?', why: 'id' } };
  }
  return value as StoredRecord;
}

/** A meta record checked: an object with a string key. */
export function checkMeta(value: unknown): MetaRecord | StorageProblem {
  if (!isObject(value) || typeof value.key !== 'string' || value.key === '') {
    return { code: 'invalidRecord', params: { store: 'meta', id: isObject(value) ? short(value.key) : '?', why: 'key' } };
  }
  return { key: value.key, value: value.value };
}

/** True for a problem (as opposed to a checked record). */
export function isProblem(value: unknown): value is StorageProblem {
  return isObject(value) && typeof value.code === 'string' && isObject(value.params);
}

/** Everything a workspace holds, checked. */
export interface WorkspaceData {
  importedLayers: StoredLayer[];
  scenes: StoredRecord[];
  notes: StoredRecord[];
  meta: MetaRecord[];
  /**
   * Added plan documents (schema v2, workspace file v2; absent in older data). Checked by
   * `checkStoredPlan` (plans.ts) where they are read — the workspace file and the start-up read — not by
   * {@link checkAll}, so the check stays out of the start-up bundle.
   */
  plans?: StoredPlan[];
}

/** Checks raw records of every store; collects problems and keeps what passes. */
export function checkAll(raw: { importedLayers: unknown[]; scenes: unknown[]; notes: unknown[]; meta: unknown[] }): {
  data: WorkspaceData;
  problems: StorageProblem[];
} {
  const problems: StorageProblem[] = [];
  const data: WorkspaceData = { importedLayers: [], scenes: [], notes: [], meta: [] };
  const seen = new Set<string>();
  for (const value of raw.importedLayers) {
    const checked = checkStoredLayer(value);
    if (isProblem(checked)) problems.push(checked);
    else if (seen.has(checked.layer.id)) problems.push({ code: 'invalidRecord', params: { store: 'importedLayers', id: checked.layer.id, why: 'duplicate' } });
    else {
      seen.add(checked.layer.id);
      data.importedLayers.push(checked.layer);
      if (checked.dropped > 0) problems.push({ code: 'featuresDropped', params: { layer: checked.layer.name, count: checked.dropped } });
    }
  }
  for (const store of ['scenes', 'notes'] as const) {
    for (const value of raw[store]) {
      const checked = checkRecord(value, store);
      if (isProblem(checked)) problems.push(checked);
      else data[store].push(checked);
    }
  }
  for (const value of raw.meta) {
    const checked = checkMeta(value);
    if (isProblem(checked)) problems.push(checked);
    else data.meta.push(checked);
  }
  return { data, problems };
}
