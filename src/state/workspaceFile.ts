/**
 * The workspace file actions (loaded when the planner uses them): export everything stored as one
 * file, and import such a file into the database and this session.
 */
import { downloadBlob } from '../export/download';
import { MAX_FILE_BYTES, formatBytes } from '../import/limits';
import { DECK_META_KEY, parseWorkspace, serializeWorkspace, type StorageProblem, type WorkspaceData } from '../storage';
import { addStorageProblems as addProblems, database, useImports, withLayers } from './imports';
import { bumpWorkspaceRevision } from './workspaceDb';
import { deckFromRecords, deckHeader, deckRecords, putDeck } from '../present/deckStorage';
import type { Deck } from '../present/types';
import { errorText } from '../util/json';
import { useData } from './data';
import { setAddedPlans } from './addedPlansDb';
import { withPlans } from './addedPlans';
import { checkPlans } from '../storage/plans';

/** The whole workspace as file text (from IndexedDB when available, else from this session). */
export async function workspaceText(now = new Date().toISOString()): Promise<string> {
  const db = await database();
  const stored: WorkspaceData = db ? (await db.readAll()).data : { importedLayers: [], scenes: [], notes: [], meta: [] };
  const { layers, gcj02, storage } = useImports.getState();
  // Until the stored layers are loaded, the session's list is incomplete: export what is stored.
  const shown = storage.status === 'ready' ? layers : stored.importedLayers;
  const data: WorkspaceData = {
    ...stored,
    // What the panel shows now (a scene may have switched layers on or off since they were stored).
    importedLayers: shown.map((l) => ({ ...(stored.importedLayers.find((s) => s.id === l.id) ?? l), visible: l.visible })),
    meta: [...stored.meta.filter((m) => m.key !== 'importGcj02'), { key: 'importGcj02', value: gcj02 }],
    // The added plan documents shown (stored ones are read at start-up, so the session's list is complete).
    plans: [...useData.getState().added],
  };
  return serializeWorkspace(data, now);
}

/** Downloads the workspace as one JSON file; a failure is shown as a storage problem. */
export function exportWorkspace(): void {
  const stamp = new Date().toISOString();
  workspaceText(stamp)
    .then((text) => downloadBlob(`planmap-workspace-${stamp.slice(0, 10)}.json`, new Blob([text], { type: 'application/json' })))
    .catch((error: unknown) => addProblems([{ code: 'writeFailed', params: { detail: errorText(error) } }]));
}

/**
 * The deck a workspace file carries, validated like a stored deck; null when it has none or none
 * that can be used (then the current deck is kept, and the problems say why). Pure.
 */
export function workspaceDeck(data: WorkspaceData, now: string): { deck: Deck | null; problems: StorageProblem[] } {
  const header = data.meta.find((m) => m.key === DECK_META_KEY)?.value;
  if (data.scenes.length === 0 && header === undefined) return { deck: null, problems: [] };
  const parsed = deckFromRecords(header, data.scenes, now);
  const problems: StorageProblem[] = parsed.problems.map((p) => ({
    code: 'invalidRecord',
    params: { store: 'scenes', id: p.scene === undefined ? p.detail ?? '?' : `#${p.scene}`, why: [p.code, p.field].filter(Boolean).join(': ') },
  }));
  if (!parsed.deck) problems.push({ code: 'deckKept', params: {} });
  return { deck: parsed.deck, problems };
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
    addProblems([{ code: 'unreadable', params: { store: file.name, detail: errorText(error) } }]);
    return;
  }
  const { data: read, problems, rawPlans } = parseWorkspace(text);
  addProblems(problems);
  if (!read) return;
  const checkedPlans = checkPlans(rawPlans);
  addProblems(checkedPlans.problems);
  const data: WorkspaceData = { ...read, plans: checkedPlans.plans };
  useImports.setState((s) => withLayers(s, data.importedLayers));
  if (data.plans && data.plans.length > 0) setAddedPlans(withPlans(useData.getState().added, data.plans));
  const { deck, problems: deckProblems } = workspaceDeck(data, new Date().toISOString());
  addProblems(deckProblems);
  const db = await database();
  if (!db) {
    if (data.scenes.length + data.notes.length > 0) {
      addProblems([{ code: 'writeFailed', params: { detail: `IndexedDB unavailable: ${data.scenes.length} scenes and ${data.notes.length} notes of ${file.name} were not loaded` } }]);
    }
    return;
  }
  try {
    // Layers, notes and settings are added (same ids replaced); a usable deck replaces the deck
    // (scenes of two decks do not merge), written with its own header.
    await db.putAll({ ...data, scenes: [], meta: data.meta.filter((m) => m.key !== DECK_META_KEY) });
    if (deck) await putDeck(db, deckHeader(deck), deckRecords(deck));
  } catch (error) {
    addProblems([{ code: 'writeFailed', params: { detail: errorText(error) } }]);
    return;
  }
  useImports.setState({
    workspaceImported: { fileName: file.name, layers: data.importedLayers.length, scenes: deck?.scenes.length ?? 0, notes: data.notes.length },
  });
  bumpWorkspaceRevision();
}
