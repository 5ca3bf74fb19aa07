/**
 * The planner's notes on features: loaded from the workspace database on first use, written back on
 * every save, read again when a workspace file was imported. Storage failures become storage problems
 * shown in the import panel; the note stays in this session.
 */
import { create } from 'zustand';
import { notesById, noteFor, type NoteRecord } from '../notes/model';
import { addStorageProblems, database } from './imports';
import { useWorkspaceRevision } from './workspaceDb';
import { errorText } from '../util/json';

export interface NotesState {
  status: 'idle' | 'loading' | 'ready';
  /** Notes by feature id. */
  notes: Readonly<Record<string, NoteRecord>>;
  /** False when there is no database: notes live only as long as the page. */
  persistent: boolean;
}

export const useNotes = create<NotesState>(() => ({ status: 'idle', notes: {}, persistent: true }));

async function load(): Promise<void> {
  useNotes.setState({ status: 'loading' });
  const db = await database();
  if (!db) {
    useNotes.setState({ status: 'ready', persistent: false });
    return;
  }
  const { values, problem } = await db.readStore('notes');
  const { notes, invalid } = notesById(values);
  // Edits made while loading win over what was stored.
  useNotes.setState((s) => ({ status: 'ready', notes: { ...notes, ...s.notes } }));
  addStorageProblems([
    ...(problem ? [problem] : []),
    ...invalid.map(({ id, why }) => ({ code: 'invalidRecord' as const, params: { store: 'notes', id, why } })),
  ]);
}

/** Loads the stored notes once per page (later calls do nothing). */
export function loadNotes(): void {
  if (useNotes.getState().status !== 'idle') return;
  load().catch((error: unknown) => {
    useNotes.setState({ status: 'ready' });
    addStorageProblems([{ code: 'unreadable', params: { store: 'notes', detail: errorText(error) } }]);
  });
}

/** Saves (or, for blank text, deletes) the note on a feature. */
export function saveNote(featureId: string, text: string, now = new Date().toISOString()): void {
  const note = noteFor(featureId, text, now);
  useNotes.setState((s) => {
    const { [featureId]: _old, ...rest } = s.notes;
    return { notes: note ? { ...rest, [featureId]: note } : rest };
  });
  database()
    .then((db) => {
      if (!db) return undefined;
      return note ? db.putRecord('notes', { ...note }) : db.deleteRecord('notes', featureId);
    })
    .catch((error: unknown) => addStorageProblems([{ code: 'writeFailed', params: { detail: errorText(error) } }]));
}

// A workspace file wrote notes: read them again (when they were loaded at all).
useWorkspaceRevision.subscribe((s, p) => {
  if (s.revision === p.revision || useNotes.getState().status === 'idle') return;
  useNotes.setState({ status: 'idle', notes: {} });
  loadNotes();
});
