/**
 * Imported layers: the store, its pure updaters, selectors for the map, search and coverage, and the
 * actions (import files through the worker, toggle, remove, persist to IndexedDB; the workspace file is
 * workspaceFile.ts, loaded on use). Hidden imported layers take part in nothing: not drawn, not searched, not counted.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import { MAX_FILE_BYTES, tooLargeResult } from '../import/limits';
import { shieldedProperties } from '../import/properties';
import type { ImportedCollection, ImportedFeature, ImportNote, ImportProgress, ImportResult } from '../import/types';
import type { StorageProblem, StoredLayer, WorkspaceDb } from '../storage';
import { openWorkspaceDb } from './workspaceDb';
import type { ImportReply, ImportRequest } from '../workers/import.worker';
import { errorText } from '../util/json';
import { trackWrite } from '../storage/pending';

/** One file being (or having been) imported, with its report. */
export interface ImportJob {
  id: string;
  fileName: string;
  status: 'running' | 'done' | 'error' | 'cancelled';
  progress: ImportProgress;
  notes: readonly ImportNote[];
  error: ImportNote | null;
  /** Layers the file produced. */
  layerIds: readonly string[];
}

export interface ImportsState {
  layers: readonly StoredLayer[];
  jobs: readonly ImportJob[];
  /** Convert coordinates from GCJ-02 on import. */
  gcj02: boolean;
  storage: { status: 'idle' | 'loading' | 'ready' | 'unavailable'; problems: readonly StorageProblem[] };
  /** What the last workspace file brought in (shown until the next one), or null. */
  workspaceImported: { fileName: string; layers: number; scenes: number; notes: number } | null;
}

export const useImports = create<ImportsState>(() => ({
  layers: [], jobs: [], gcj02: false, storage: { status: 'idle', problems: [] }, workspaceImported: null,
}));

// ——— pure updaters ———

/**
 * A layer whose features carry no attribute name that breaks the map (`hasOwnProperty` hides the whole
 * layer): layers stored or exported before imports renamed such attributes get them renamed here. The
 * same layer when nothing needed renaming.
 */
export function shieldedLayer(layer: StoredLayer): StoredLayer {
  let changed = false;
  const stored: readonly ImportedFeature[] = layer.collection.features;
  const features = stored.map((feature) => {
    const properties = shieldedProperties(feature.properties);
    if (properties === feature.properties) return feature;
    changed = true;
    return { ...feature, properties };
  });
  return changed ? { ...layer, collection: { ...layer.collection, features } } : layer;
}

/** Adds layers (shielded, see {@link shieldedLayer}), replacing any with the same id (order of first appearance kept). */
export function withLayers(state: ImportsState, incoming: readonly StoredLayer[]): ImportsState {
  if (incoming.length === 0) return state;
  const layers = incoming.map(shieldedLayer);
  const byId = new Map(layers.map((l) => [l.id, l]));
  const kept = state.layers.map((l) => byId.get(l.id) ?? l);
  const added = layers.filter((l) => !state.layers.some((k) => k.id === l.id));
  return { ...state, layers: [...kept, ...added] };
}

/** Removes a layer. */
export function withoutLayer(state: ImportsState, id: string): ImportsState {
  return { ...state, layers: state.layers.filter((l) => l.id !== id) };
}

/** Shows or hides a layer. */
export function toggledImported(state: ImportsState, id: string): ImportsState {
  return { ...state, layers: state.layers.map((l) => (l.id === id ? { ...l, visible: !l.visible } : l)) };
}

/** Updates one job. */
export function withJob(state: ImportsState, id: string, change: Partial<ImportJob>): ImportsState {
  return { ...state, jobs: state.jobs.map((j) => (j.id === id ? { ...j, ...change } : j)) };
}

/** The job's final state after the planner cancelled it: no layers, a note saying so. */
export function cancelledJob(): Partial<ImportJob> {
  return { status: 'cancelled', notes: [{ level: 'info', code: 'cancelled', params: {} }], error: null, layerIds: [], progress: { stage: 'done', fraction: 1 } };
}

/** The job's final state from the pipeline's result. */
export function finishedJob(result: ImportResult): Partial<ImportJob> {
  return result.ok
    ? { status: 'done', notes: result.notes, error: null, layerIds: result.layers.map((l) => l.id), progress: { stage: 'done', fraction: 1 } }
    : { status: 'error', notes: result.notes, error: result.error, progress: { stage: 'done', fraction: 1 } };
}

// ——— selectors ———

/** The imported feature with this id (ids are `imp-<layer id>-<n>`) and the layer it belongs to, or undefined. */
export function importedEntry(layers: readonly StoredLayer[], id: string): { layer: StoredLayer; feature: ImportedFeature } | undefined {
  for (const layer of layers) {
    if (!id.startsWith(`imp-${layer.id}-`)) continue;
    const feature = layer.collection.features.find((f): f is ImportedFeature => f.id === id);
    if (feature) return { layer, feature };
  }
  return undefined;
}

const mergedCache = new WeakMap<readonly StoredLayer[], ImportedCollection>();

/** All features of the visible imported layers as one collection (memoised per layer list). */
export function mergeImported(layers: readonly StoredLayer[]): ImportedCollection {
  let merged = mergedCache.get(layers);
  if (!merged) {
    const features: ImportedFeature[] = layers.filter((l) => l.visible).flatMap((l) => l.collection.features);
    merged = { type: 'FeatureCollection', features };
    mergedCache.set(layers, merged);
  }
  return merged;
}

/** The visible imported features as one FeatureCollection (for buildCoverage's `imported`). */
export function useImportedCollection(): ImportedCollection {
  const layers = useImports((s) => s.layers);
  return useMemo(() => mergeImported(layers), [layers]);
}

/** The imported layers as the map style and the search index take them. */
export interface ImportedLayerInput {
  id: string;
  name: string;
  collection: ImportedCollection;
  visible: boolean;
}

/** Every imported layer (visible or not) for the style; hidden ones are drawn with visibility none. */
export function useImportedStyleLayers(): readonly ImportedLayerInput[] {
  const layers = useImports((s) => s.layers);
  return useMemo(() => layers.map(({ id, name, collection, visible }) => ({ id, name, collection, visible })), [layers]);
}

/** The visible imported layers for the search index. */
export function useImportedSearchLayers(): readonly ImportedLayerInput[] {
  const layers = useImports((s) => s.layers);
  return useMemo(() => layers.filter((l) => l.visible).map(({ id, name, collection, visible }) => ({ id, name, collection, visible })), [layers]);
}

// ——— persistence ———

/** Shows storage problems (of every part of the workspace) in the import panel. */
export function addStorageProblems(problems: readonly StorageProblem[]): void {
  if (problems.length === 0) return;
  useImports.setState((s) => ({ storage: { ...s.storage, problems: [...s.storage.problems, ...problems] } }));
}

/** The workspace database, reporting its open problems once. */
export async function database(): Promise<WorkspaceDb | null> {
  const { db, problems, first } = await openWorkspaceDb();
  if (first) addStorageProblems(problems);
  return db;
}

/** Runs a write; a failure becomes a visible storage problem (the layer stays in this session). */
function persist(write: (db: WorkspaceDb) => Promise<void>): void {
  // Counted from the request on: the database may still be opening.
  trackWrite(database().then((db) => (db ? write(db) : undefined)))
    .catch((error: unknown) => addStorageProblems([{ code: 'writeFailed', params: { detail: errorText(error) } }]));
}

let hydrating: Promise<void> | null = null;

/** Loads the stored layers and settings (once per page; later calls do nothing). */
export function hydrateImports(): void {
  void importsHydrated();
}

/** Resolves once the stored layers are loaded (or could not be); starts loading them if needed. Never rejects. */
export function importsHydrated(): Promise<void> {
  hydrating ??= loadStoredLayers();
  return hydrating;
}

async function loadStoredLayers(): Promise<void> {
  useImports.setState((s) => ({ storage: { ...s.storage, status: 'loading' } }));
  try {
    const db = await database();
    if (!db) {
      useImports.setState((s) => ({ storage: { ...s.storage, status: 'unavailable' } }));
      return;
    }
    const { data, problems } = await db.readAll();
    const gcj02 = data.meta.find((m) => m.key === 'importGcj02')?.value === true;
    useImports.setState((s) => ({ ...withLayers(s, data.importedLayers), gcj02, storage: { ...s.storage, status: 'ready' } }));
    addStorageProblems(problems);
  } catch (error) {
    useImports.setState((s) => ({ storage: { ...s.storage, status: 'unavailable' } }));
    addStorageProblems([{ code: 'openFailed', params: { detail: errorText(error) } }]);
  }
}

// ——— actions ———

let counter = 0;

/** A fresh layer id: time and a counter in base 36 (letters and digits only). */
export function newLayerId(now = Date.now()): string {
  counter = (counter + 1) % 1296;
  return `${now.toString(36)}${counter.toString(36).padStart(2, '0')}`;
}

/** Cancels a running worker's import: settles its pending promise (terminating a worker fires no event). */
const cancels = new Map<string, () => void>();

/** Runs one file in its own worker; resolves with the result, or 'cancelled' once {@link cancelImport} is called. */
function runInWorker(jobId: string, request: ImportRequest): Promise<ImportResult | 'cancelled'> {
  const worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportResult | 'cancelled'>((resolve) => {
    cancels.set(jobId, () => resolve('cancelled'));
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') useImports.setState((s) => withJob(s, jobId, { progress: reply.progress }));
      else resolve(reply.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      resolve({ ok: false, error: { level: 'error', code: 'internal', params: { detail: event.message || 'worker failed' } }, notes: [] });
    };
    worker.postMessage(request);
  }).finally(() => {
    worker.terminate();
    cancels.delete(jobId);
  });
}

async function importOne(file: File): Promise<void> {
  const layerId = newLayerId();
  const job: ImportJob = {
    id: layerId, fileName: file.name, status: 'running', progress: { stage: 'read', fraction: 0 }, notes: [], error: null, layerIds: [],
  };
  useImports.setState((s) => ({ jobs: [job, ...s.jobs] }));
  const result = file.size > MAX_FILE_BYTES
    ? tooLargeResult(file.size)
    : await runInWorker(layerId, { file, options: { layerId, gcj02: useImports.getState().gcj02 } });
  if (result === 'cancelled' || useImports.getState().jobs.find((j) => j.id === layerId)?.status === 'cancelled') {
    useImports.setState((s) => withJob(s, layerId, cancelledJob()));
    return;
  }
  const layers: StoredLayer[] = result.ok ? result.layers.map((l) => ({ ...l, visible: true })) : [];
  useImports.setState((s) => withJob(withLayers(s, layers), layerId, finishedJob(result)));
  for (const layer of layers) persist((db) => db.putLayer(layer));
}

/** Imports files one after another (each in its own worker); never rejects. */
export async function importFiles(files: readonly File[]): Promise<void> {
  for (const file of files) {
    try {
      await importOne(file);
    } catch (error) {
      const detail = errorText(error);
      const job: ImportJob = {
        id: newLayerId(), fileName: file.name, status: 'error', progress: { stage: 'done', fraction: 1 }, notes: [],
        error: { level: 'error', code: 'internal', params: { detail } }, layerIds: [],
      };
      useImports.setState((s) => ({ jobs: [job, ...s.jobs] }));
    }
  }
}

/** Stops a running import; the files after it are imported as usual. */
export function cancelImport(jobId: string): void {
  if (useImports.getState().jobs.find((j) => j.id === jobId)?.status !== 'running') return;
  useImports.setState((s) => withJob(s, jobId, cancelledJob()));
  cancels.get(jobId)?.();
}

/** Removes a finished job's report. */
export function dismissJob(jobId: string): void {
  useImports.setState((s) => ({ jobs: s.jobs.filter((j) => j.id !== jobId) }));
}

/** Shows or hides an imported layer (persisted). */
export function toggleImportedLayer(id: string): void {
  useImports.setState((s) => toggledImported(s, id));
  const layer = useImports.getState().layers.find((l) => l.id === id);
  if (layer) persist((db) => db.putLayer(layer));
}

/**
 * Shows exactly these imported layers and hides the others (a scene being shown). Not persisted: the
 * stored visibility is what the planner set in the layer panel.
 */
export function showImportedLayers(ids: readonly string[]): void {
  const shown = new Set(ids);
  useImports.setState((s) => (s.layers.every((l) => l.visible === shown.has(l.id))
    ? s
    : { ...s, layers: s.layers.map((l) => (l.visible === shown.has(l.id) ? l : { ...l, visible: shown.has(l.id) })) }));
}

/** Deletes an imported layer (persisted). */
export function removeImportedLayer(id: string): void {
  useImports.setState((s) => withoutLayer(s, id));
  persist((db) => db.deleteLayer(id));
}

/** Switches the GCJ-02 conversion for the next imports (persisted). */
export function setGcj02(on: boolean): void {
  useImports.setState({ gcj02: on });
  persist((db) => db.setMeta({ key: 'importGcj02', value: on }));
}

/** Clears the storage problems shown. */
export function dismissStorageProblems(): void {
  useImports.setState((s) => ({ storage: { ...s.storage, problems: [] } }));
}
