/**
 * The IndexedDB schema as a registry of migrations. Each migration brings the database from
 * `version - 1` to `version`, inside the upgrade transaction; opening runs every migration above the
 * stored version, in order. Add a migration to change the schema, never edit a shipped one.
 *
 * v1: stores `importedLayers` (key `id`), `scenes` (key `id`), `notes` (key `id`), `meta` (key `key`).
 * v2: store `plans` (key `id`): plan documents the planner added (text and reviewed model).
 */

/** Store names of the current schema. */
export const STORES = ['importedLayers', 'scenes', 'notes', 'meta', 'plans'] as const;
export type StoreName = (typeof STORES)[number];

/** One schema step. */
export interface Migration {
  version: number;
  description: string;
  /** Runs inside the versionchange transaction; may create stores and rewrite records (synchronously queued requests). */
  upgrade: (db: IDBDatabase, tx: IDBTransaction) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'stores importedLayers, scenes, notes (key id) and meta (key key)',
    upgrade: (db) => {
      db.createObjectStore('importedLayers', { keyPath: 'id' });
      db.createObjectStore('scenes', { keyPath: 'id' });
      db.createObjectStore('notes', { keyPath: 'id' });
      db.createObjectStore('meta', { keyPath: 'key' });
    },
  },
  {
    version: 2,
    description: 'store plans (key id): added plan documents',
    upgrade: (db) => {
      db.createObjectStore('plans', { keyPath: 'id' });
    },
  },
];

/** Throws unless versions run 1, 2, 3 … without gaps. */
export function checkRegistry(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
}

/** The version the registry leads to. */
export function schemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.length;
}

/** Runs the migrations above `oldVersion` up to `newVersion`, in order; returns the versions run. */
export function runMigrations(db: IDBDatabase, tx: IDBTransaction, oldVersion: number, newVersion: number, migrations: readonly Migration[] = MIGRATIONS): number[] {
  checkRegistry(migrations);
  const ran: number[] = [];
  for (const m of migrations) {
    if (m.version <= oldVersion || m.version > newVersion) continue;
    m.upgrade(db, tx);
    ran.push(m.version);
  }
  return ran;
}
