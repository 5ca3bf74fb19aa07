/**
 * The workspace file: everything the planner made (imported layers, scenes, notes, settings) as one
 * versioned JSON file that round-trips through export and import. Older file versions are migrated
 * forward by {@link WORKSPACE_MIGRATIONS}; a newer version is refused with a message; invalid records
 * are reported and the rest is kept.
 *
 * ```json
 * { "format": "planmap-workspace", "version": 2, "exportedAt": "…",
 *   "importedLayers": [StoredLayer…], "scenes": [{ "id": … }…], "notes": [{ "id": … }…], "meta": [{ "key": …, "value": … }…],
 *   "plans": [StoredPlan…] }
 * ```
 */
import { checkAll, type StorageProblem, type WorkspaceData } from './records';
import { errorText, isObject } from '../util/json';

export const WORKSPACE_FORMAT = 'planmap-workspace';
export const WORKSPACE_VERSION = 2;

/** The file as written. */
export interface WorkspaceFile extends WorkspaceData {
  format: typeof WORKSPACE_FORMAT;
  version: number;
  exportedAt: string;
}

/**
 * Steps that bring a parsed file object from version `from` to `from + 1`. Keyed by `from`.
 * 1 → 2: added plan documents (`plans`); a version-1 file has none.
 */
export const WORKSPACE_MIGRATIONS: Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>> = {
  1: (file) => ({ ...file, version: 2, plans: [] }),
};

/** The workspace as file text (stable key order, UTF-8 JSON). */
export function serializeWorkspace(data: WorkspaceData, exportedAt: string): string {
  const file: WorkspaceFile = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt,
    importedLayers: data.importedLayers,
    scenes: data.scenes,
    notes: data.notes,
    meta: data.meta,
    plans: data.plans ?? [],
  };
  return `${JSON.stringify(file)}\n`;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Reads a workspace file; the data is null only when the file is not a usable workspace at all. Added
 * plans come back unchecked in `rawPlans` (check them with `checkPlans` of plans.ts, loaded with the
 * workspace actions: the span verification stays out of the start-up bundle).
 */
export function parseWorkspace(text: string): { data: WorkspaceData | null; problems: StorageProblem[]; rawPlans: unknown[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { data: null, problems: [{ code: 'jsonSyntax', params: { detail: errorText(error).slice(0, 160) } }], rawPlans: [] };
  }
  if (!isObject(json) || json.format !== WORKSPACE_FORMAT || typeof json.version !== 'number' || !Number.isInteger(json.version)) {
    return { data: null, problems: [{ code: 'notWorkspace', params: {} }], rawPlans: [] };
  }
  if (json.version > WORKSPACE_VERSION) {
    return { data: null, problems: [{ code: 'newerVersion', params: { version: json.version } }], rawPlans: [] };
  }
  let file: Record<string, unknown> = json;
  for (let v = json.version; v < WORKSPACE_VERSION; v++) {
    const step = WORKSPACE_MIGRATIONS[v];
    if (!step) return { data: null, problems: [{ code: 'migrationFailed', params: { detail: `no migration from version ${v}` } }], rawPlans: [] };
    file = step(file);
  }
  const { data, problems } = checkAll({
    importedLayers: list(file.importedLayers), scenes: list(file.scenes), notes: list(file.notes), meta: list(file.meta),
  });
  return { data, problems, rawPlans: list(file.plans) };
}
