/**
 * The page's one connection to the workspace database, shared by imported layers, the deck and notes,
 * and the workspace revision: a counter bumped when a workspace file replaced stored data, so every
 * store that keeps a copy (deck, notes) reloads it.
 */
import { create } from 'zustand';
import { WorkspaceDb, type StorageProblem } from '../storage';

let opening: Promise<{ db: WorkspaceDb | null; problems: StorageProblem[] }> | null = null;

/**
 * Opens the database once per page; later calls share the first result. Never rejects: without
 * IndexedDB `db` is null and `problems` say why (`first` tells the one caller that reports them:
 * everything opens it through `database()` in imports.ts).
 */
export function openWorkspaceDb(): Promise<{ db: WorkspaceDb | null; problems: StorageProblem[]; first: boolean }> {
  if (opening) return opening.then((r) => ({ ...r, first: false }));
  opening = WorkspaceDb.open();
  return opening.then((r) => ({ ...r, first: true }));
}


export interface WorkspaceRevisionState {
  /** Bumped after a workspace file was written to the database. */
  revision: number;
}

export const useWorkspaceRevision = create<WorkspaceRevisionState>(() => ({ revision: 0 }));

/** Tells the stores that keep copies of stored records to read them again. */
export function bumpWorkspaceRevision(): void {
  useWorkspaceRevision.setState((s) => ({ revision: s.revision + 1 }));
}
