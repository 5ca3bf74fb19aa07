/**
 * The workspace file actions (loaded when the planner uses them): export everything stored as one
 * file, and import such a file into the database and this session.
 */
import { downloadBlob } from '../export/download';
import { MAX_FILE_BYTES, formatBytes } from '../import/limits';
import { DECK_META_KEY, parseWorkspace, serializeWorkspace, type WorkspaceData } from '../storage';
import { addStorageProblems as addProblems, database, useImports, withLayers } from './imports';
import { bumpWorkspaceRevision } from './workspaceDb';

/** The whole workspace as file text (from IndexedDB when available, else from this session). */
export async function workspaceText(now = new Date().toISOString()): Promise<string> {
  const db = await database();
  const stored: WorkspaceData = db ? (await db.readAll()).data : { importedLayers: [], scenes: [], notes: [], meta: [] };
  const { layers, gcj02 } = useImports.getState();
  const data: WorkspaceData = {
    ...stored,
    // What the panel shows now (a scene may have switched layers on or off since they were stored).
    importedLayers: layers.map((l) => ({ ...(stored.importedLayers.find((s) => s.id === l.id) ?? l), visible: l.visible })),
    meta: [...stored.meta.filter((m) => m.key !== 'importGcj02'), { key: 'importGcj02', value: gcj02 }],
  };
  return serializeWorkspace(data, now);
}

/** Downloads the workspace as one JSON file; a failure is shown as a storage problem. */
export function exportWorkspace(): void {
  const stamp = new Date().toISOString();
  workspaceText(stamp)
    .then((text) => downloadBlob(`planmap-workspace-${stamp.slice(0, 10)}.json`, new Blob([text], { type: 'application/json' })))
    .catch((error: unknown) => addProblems([{ code: 'writeFailed', params: { detail: error instanceof Error ? error.message : String(error) } }]));
}

/** Reads a workspace file into IndexedDB and this session; problems are shown, the rest kept; never rejects. */
export async function importWorkspaceFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    addProblems([{ code: 'tooLarge', params: { limit: formatBytes(MAX_FILE_BYTES) } }]);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    addProblems([{ code: 'unreadable', params: { store: file.name, detail: error instanceof Error ? error.message : String(error) } }]);
    return;
  }
  const { data, problems } = parseWorkspace(text);
  addProblems(problems);
  if (!data) return;
  useImports.setState((s) => withLayers(s, data.importedLayers));
  // A workspace's deck replaces the deck (scenes of two decks do not merge); layers and notes are
  // added, replacing records with the same id.
  const hasDeck = data.scenes.length > 0 || data.meta.some((m) => m.key === DECK_META_KEY);
  const db = await database();
  if (!db) {
    if (data.scenes.length + data.notes.length > 0) {
      addProblems([{ code: 'writeFailed', params: { detail: `IndexedDB unavailable: ${data.scenes.length} scenes and ${data.notes.length} notes of ${file.name} were not loaded` } }]);
    }
    return;
  }
  try {
    await db.putAll(data, false, hasDeck ? ['scenes'] : []);
  } catch (error) {
    addProblems([{ code: 'writeFailed', params: { detail: error instanceof Error ? error.message : String(error) } }]);
    return;
  }
  useImports.setState({
    workspaceImported: { fileName: file.name, layers: data.importedLayers.length, scenes: data.scenes.length, notes: data.notes.length },
  });
  bumpWorkspaceRevision();
}
