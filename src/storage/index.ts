/**
 * Persistence of the planner's work: IndexedDB with a versioned schema (migrations.ts, db.ts) and the
 * one-file workspace export/import (workspace.ts). Every read is checked (records.ts).
 */
export { DB_NAME, WorkspaceDb } from './db';
export { MIGRATIONS, STORES, checkRegistry, runMigrations, schemaVersion, type Migration, type StoreName } from './migrations';
export {
  DECK_META_KEY, LAYER_ID, STORAGE_PROBLEM_CODES, checkAll, checkMeta, checkRecord, checkStoredLayer, isProblem,
  type MetaRecord, type StorageProblem, type StoredLayer, type StoredRecord, type WorkspaceData,
} from './records';
export { WORKSPACE_FORMAT, WORKSPACE_MIGRATIONS, WORKSPACE_VERSION, parseWorkspace, serializeWorkspace, type WorkspaceFile } from './workspace';
// plans.ts (the added-plan check) is imported directly by the code that loads on use.
export type { StoredPlan } from './plans';
