/**
 * The workspace database (IndexedDB, raw API): opened through the migration registry, read record by
 * record so one unreadable record never hides the others, written one record per transaction. The
 * factory is injectable (fake-indexeddb in unit tests).
 *
 * Recovery: a database from a newer app version is opened at its own version and read as far as the
 * stores are known; a failing migration is reported and the database is read at its old version.
 */
import { MIGRATIONS, STORES, runMigrations, schemaVersion, type Migration, type StoreName } from './migrations';
import { checkAll, type MetaRecord, type StorageProblem, type StoredLayer, type StoredRecord, type WorkspaceData } from './records';
import type { StoredPlan } from './plans';
import { trackWrite } from './pending';

export const DB_NAME = 'planmap-workspace';

/** The stores {@link WorkspaceDb.readAll} reads. */
const WORKSPACE_STORES = ['importedLayers', 'scenes', 'notes', 'meta'] as const;

/** Resolves when a transaction commits. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

const message = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200);

interface OpenOptions {
  factory?: IDBFactory;
  name?: string;
  migrations?: readonly Migration[];
}

/** Opens at `version` running migrations, or (no version) at whatever version is stored. */
function openAt(factory: IDBFactory, name: string, version: number | undefined, migrations: readonly Migration[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let failure: unknown = null;
    const req = version === undefined ? factory.open(name) : factory.open(name, version);
    req.onupgradeneeded = (event) => {
      const tx = req.transaction;
      if (!tx) return;
      try {
        runMigrations(req.result, tx, event.oldVersion, event.newVersion ?? version ?? 0, migrations);
      } catch (error) {
        // Aborting the upgrade makes the open fail; the migration's own error is what the caller reports.
        failure = error;
        tx.abort();
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = (event) => {
      event.preventDefault();
      reject(failure ?? req.error ?? new Error('IndexedDB open failed'));
    };
  });
}

/** An open workspace database. */
export class WorkspaceDb {
  private constructor(private readonly db: IDBDatabase) {
    // Let another tab upgrade the schema: close instead of blocking it.
    db.onversionchange = () => db.close();
  }

  /** The schema version of the open database. */
  get version(): number {
    return this.db.version;
  }

  /**
   * Opens (and migrates) the database. Never rejects: without IndexedDB, or when nothing can be
   * opened, `db` is null and `problems` say why.
   */
  static async open(options: OpenOptions = {}): Promise<{ db: WorkspaceDb | null; problems: StorageProblem[] }> {
    const factory = options.factory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
    if (!factory) return { db: null, problems: [{ code: 'unavailable', params: {} }] };
    const name = options.name ?? DB_NAME;
    const migrations = options.migrations ?? MIGRATIONS;
    const version = schemaVersion(migrations);
    try {
      return { db: new WorkspaceDb(await openAt(factory, name, version, migrations)), problems: [] };
    } catch (error) {
      const newer = typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'VersionError';
      const problem: StorageProblem = newer
        ? { code: 'newerVersion', params: { version } }
        : { code: 'migrationFailed', params: { detail: message(error) } };
      try {
        return { db: new WorkspaceDb(await openAt(factory, name, undefined, migrations)), problems: [problem] };
      } catch (second) {
        return { db: null, problems: [problem, { code: 'openFailed', params: { detail: message(second) } }] };
      }
    }
  }

  /** Reads every (unchecked) value of a store, keeping what was read before any failure. */
  readStore(store: StoreName): Promise<{ values: unknown[]; problem?: StorageProblem }> {
    const values: unknown[] = [];
    if (!this.db.objectStoreNames.contains(store)) return Promise.resolve({ values, problem: { code: 'storeMissing', params: { store } } });
    return new Promise((resolve) => {
      const unreadable = (error: unknown) => resolve({ values, problem: { code: 'unreadable', params: { store, detail: message(error) } } });
      let tx: IDBTransaction;
      try {
        tx = this.db.transaction(store, 'readonly');
      } catch (error) {
        unreadable(error);
        return;
      }
      const req = tx.objectStore(store).openCursor();
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return;
        values.push(cursor.value);
        cursor.continue();
      };
      req.onerror = (event) => {
        event.preventDefault();
        unreadable(req.error);
      };
      tx.oncomplete = () => resolve({ values });
      tx.onabort = () => unreadable(tx.error);
    });
  }

  /** Reads and checks layers, scenes, notes and settings; unreadable or invalid records are reported, the rest kept. */
  async readAll(): Promise<{ data: WorkspaceData; problems: StorageProblem[] }> {
    // Added plans are not read here: they are read (and checked) once at start-up by state/addedPlansDb.ts.
    const [importedLayers, scenes, notes, meta] = await Promise.all(WORKSPACE_STORES.map((s) => this.readStore(s)));
    const raw = {
      importedLayers: importedLayers?.values ?? [], scenes: scenes?.values ?? [], notes: notes?.values ?? [], meta: meta?.values ?? [],
    };
    const { data, problems } = checkAll(raw);
    const readProblems = [importedLayers, scenes, notes, meta].flatMap((r) => (r?.problem ? [r.problem] : []));
    return { data, problems: [...readProblems, ...problems] };
  }

  private write(store: StoreName, fn: (os: IDBObjectStore) => void): Promise<void> {
    return this.writeStores([store], (tx) => fn(tx.objectStore(store)));
  }

  /** Stores (or replaces) an imported layer. */
  putLayer(layer: StoredLayer): Promise<void> {
    return this.write('importedLayers', (os) => os.put(layer));
  }

  /** Deletes an imported layer. */
  deleteLayer(id: string): Promise<void> {
    return this.write('importedLayers', (os) => os.delete(id));
  }

  /** Stores (or replaces) a scene or a note. */
  putRecord(store: 'scenes' | 'notes', record: StoredRecord): Promise<void> {
    return this.write(store, (os) => os.put(record));
  }

  /** Deletes a scene or a note. */
  deleteRecord(store: 'scenes' | 'notes', id: string): Promise<void> {
    return this.write(store, (os) => os.delete(id));
  }

  /** Stores (or replaces) an added plan document. */
  putPlan(plan: StoredPlan): Promise<void> {
    return this.write('plans', (os) => os.put(plan));
  }

  /** Deletes an added plan document. */
  deletePlan(id: string): Promise<void> {
    return this.write('plans', (os) => os.delete(id));
  }

  /** Sets a setting. */
  setMeta(record: MetaRecord): Promise<void> {
    return this.write('meta', (os) => os.put(record));
  }

  /**
   * Runs `fn` over the named stores in one read-write transaction; resolves when it commits (for
   * writes that must be atomic across records, e.g. the deck's scenes and header).
   */
  writeStores(stores: readonly StoreName[], fn: (tx: IDBTransaction) => void): Promise<void> {
    return trackWrite(this.runWrite(stores, fn));
  }

  private async runWrite(stores: readonly StoreName[], fn: (tx: IDBTransaction) => void): Promise<void> {
    const tx = this.db.transaction([...stores], 'readwrite');
    const done = committed(tx);
    try {
      fn(tx);
    } catch (error) {
      // Nothing of a half-queued write may commit (e.g. a clear without the puts after it).
      tx.abort();
      await done.catch(() => undefined);
      throw error;
    }
    await done;
  }

  /** Writes a whole workspace in one transaction (records with the same id are replaced; `replace` clears every store first). */
  putAll(data: WorkspaceData, replace = false): Promise<void> {
    // A database left at an older version (failed migration) lacks newer stores: write what it has.
    const stores = STORES.filter((store) => this.db.objectStoreNames.contains(store));
    if ((data.plans ?? []).length > 0 && !stores.includes('plans')) {
      return Promise.reject(new Error(`this database (version ${this.db.version}) cannot store added plans`));
    }
    return this.writeStores(stores, (tx) => {
      if (replace) for (const store of stores) tx.objectStore(store).clear();
      for (const layer of data.importedLayers) tx.objectStore('importedLayers').put(layer);
      for (const scene of data.scenes) tx.objectStore('scenes').put(scene);
      for (const note of data.notes) tx.objectStore('notes').put(note);
      for (const meta of data.meta) tx.objectStore('meta').put(meta);
      for (const plan of data.plans ?? []) tx.objectStore('plans').put(plan);
    });
  }

  /** Closes the connection. */
  close(): void {
    this.db.close();
  }
}

