/**
 * Where the presentation deck is kept. The deck lives in the workspace database (IndexedDB): one
 * record per scene in the `scenes` store (the scene plus its `position`) and the deck header in meta
 * `deck`, so the workspace file carries it. Decks of earlier versions lived in localStorage; the first
 * load moves such a deck into IndexedDB and removes the old key. Without IndexedDB the deck stays in
 * localStorage. Every load goes through the deck format's validator (keeps the valid part, says why).
 */
import { DECK_META_KEY, type MetaRecord, type StorageProblem, type StoredRecord, type WorkspaceDb } from '../storage';
import { parseDeckFile, parseDeckText, serializeDeck, type DeckProblem } from './format';
import { DECK_VERSION, type Deck } from './types';
import { isObject } from '../util/json';
import { trackWrite } from '../storage/pending';

/** What one load found (each load has its own: loads may overlap). */
export interface DeckRead {
  /** The stored deck, or null when nothing is stored. */
  deck: Deck | null;
  /** Problems of a deck whose valid part was kept. */
  problems: DeckProblem[];
  /** True when this load moved a deck from localStorage into IndexedDB. */
  migrated: boolean;
  /**
   * True when stored data could not be fully read (a store failed mid-way): saving what was read
   * would destroy the rest, so the caller should not save without the planner's say-so.
   */
  protect: boolean;
}

/** Where decks are kept. Implementations reject with {@link DeckStorageError} when data is unreadable. */
export interface DeckStorage {
  load(): Promise<DeckRead>;
  save(deck: Deck): Promise<void>;
}

/** Stored data that cannot be used; `problems` say why; `protect` when it may be fine for a newer app. */
export class DeckStorageError extends Error {
  constructor(message: string, readonly problems: readonly DeckProblem[] = [], readonly protect = false) {
    super(message);
    this.name = 'DeckStorageError';
  }
}

/** The error for unusable stored data (protected when it comes from a newer app version). */
function unusable(problems: readonly DeckProblem[]): DeckStorageError {
  return new DeckStorageError('the stored deck cannot be read', problems, problems.some((p) => p.code === 'newer-version'));
}

const found = (deck: Deck | null, problems: DeckProblem[] = [], extra: Partial<DeckRead> = {}): DeckRead => ({
  deck, problems, migrated: false, protect: false, ...extra,
});

/** The subset of the Web Storage API the local storage adapter uses (injectable for tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Keeps the deck as a versioned JSON file in localStorage (the pre-IndexedDB place; the fallback). */
export class LocalDeckStorage implements DeckStorage {
  constructor(
    private readonly store: KeyValueStore | null,
    private readonly key = 'planmap.deck',
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  /** True when a deck is stored under the key. */
  has(): boolean {
    return this.store?.getItem(this.key) != null;
  }

  async load(): Promise<DeckRead> {
    if (!this.store) throw new DeckStorageError('localStorage is not available');
    const text = this.store.getItem(this.key);
    if (text === null) return found(null);
    const parsed = parseDeckText(text, this.clock());
    if (!parsed.deck) throw unusable(parsed.problems);
    return found(parsed.deck, parsed.problems);
  }

  async save(deck: Deck): Promise<void> {
    if (!this.store) throw new DeckStorageError('localStorage is not available');
    this.store.setItem(this.key, JSON.stringify(serializeDeck(deck, this.clock())));
  }

  /** Forgets the stored deck (after it moved to IndexedDB). */
  clear(): void {
    this.store?.removeItem(this.key);
  }
}

/** The scene records of a deck: each scene plus its position. */
export function deckRecords(deck: Deck): StoredRecord[] {
  return deck.scenes.map((scene, position) => ({ ...scene, position }));
}

/** The deck header stored in meta `deck`. */
export function deckHeader(deck: Deck): Record<string, unknown> {
  return { version: DECK_VERSION, id: deck.id, title: deck.title, createdAt: deck.createdAt, updatedAt: deck.updatedAt };
}

/**
 * The deck from its stored parts, validated like a deck file (scenes in `position` order). Null when
 * nothing is stored; an empty deck when the header is there and every scene was deleted.
 */
export function deckFromRecords(header: unknown, records: readonly unknown[], now: string): { deck: Deck | null; problems: DeckProblem[] } {
  if (header === undefined && records.length === 0) return { deck: null, problems: [] };
  const position = (r: unknown) => (isObject(r) && typeof r.position === 'number' ? r.position : Number.MAX_SAFE_INTEGER);
  const scenes = [...records].sort((a, b) => position(a) - position(b)).map((r) => {
    if (!isObject(r)) return r;
    const { position: _position, ...scene } = r;
    return scene;
  });
  const head = isObject(header) ? header : {};
  if (isObject(header) && typeof header.version === 'number' && header.version > DECK_VERSION) {
    return { deck: null, problems: [{ code: 'newer-version', detail: String(header.version) }] };
  }
  const base = {
    id: typeof head.id === 'string' ? head.id : 'deck',
    title: typeof head.title === 'string' ? head.title : '',
    createdAt: typeof head.createdAt === 'string' ? head.createdAt : now,
    updatedAt: typeof head.updatedAt === 'string' ? head.updatedAt : now,
  };
  if (scenes.length === 0) return { deck: { ...base, scenes: [] }, problems: [] };
  return parseDeckFile(serializeDeck({ ...base, scenes: scenes as Deck['scenes'] }, now), now);
}

/** Reads the deck's stored parts: scene records and the header (meta `deck`); unreadable stores are reported. */
export async function readDeck(db: WorkspaceDb): Promise<{ header: unknown; scenes: unknown[]; problems: StorageProblem[] }> {
  const [scenes, meta] = await Promise.all([db.readStore('scenes'), db.readStore('meta')]);
  const entry = meta.values.find((m): m is MetaRecord => isObject(m) && m.key === DECK_META_KEY);
  const problems = [scenes.problem, meta.problem].filter((p): p is StorageProblem => p !== undefined);
  return { header: entry?.value, scenes: scenes.values, problems };
}

/** Replaces the stored deck (every scene record and the header) in one transaction. */
export function putDeck(db: WorkspaceDb, header: unknown, scenes: readonly StoredRecord[]): Promise<void> {
  return db.writeStores(['scenes', 'meta'], (tx) => {
    const store = tx.objectStore('scenes');
    store.clear();
    for (const scene of scenes) store.put(scene);
    tx.objectStore('meta').put({ key: DECK_META_KEY, value: header });
  });
}

const storageMessage = (p: StorageProblem) => `${p.code}: ${Object.values(p.params).join(' · ')}`;

/** Keeps the deck in the workspace database; moves a localStorage deck there on first load. */
export class IndexedDeckStorage implements DeckStorage {
  constructor(
    private readonly database: () => Promise<WorkspaceDb | null>,
    private readonly legacy: LocalDeckStorage,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  async load(): Promise<DeckRead> {
    const db = await this.database();
    if (!db) return this.legacy.load();
    const { header, scenes, problems } = await readDeck(db);
    if (problems.length > 0 && scenes.length === 0) throw new DeckStorageError(problems.map(storageMessage).join('; '), [], true);
    const parsed = deckFromRecords(header, scenes, this.clock());
    if (parsed.deck) {
      const unread: DeckProblem[] = problems.map((p) => ({ code: 'bad-field', field: 'scenes', detail: storageMessage(p) }));
      return found(parsed.deck, [...unread, ...parsed.problems], { protect: unread.length > 0 });
    }
    if (parsed.problems.length > 0) throw unusable(parsed.problems);
    return this.migrate(db);
  }

  /** Moves a localStorage deck into the database (the old key is removed only once it is written). */
  private async migrate(db: WorkspaceDb): Promise<DeckRead> {
    if (!this.legacy.has()) return found(null);
    const read = await this.legacy.load();
    if (!read.deck) return read;
    await putDeck(db, deckHeader(read.deck), deckRecords(read.deck));
    this.legacy.clear();
    return { ...read, migrated: true };
  }

  save(deck: Deck): Promise<void> {
    // Counted from the request on: the database may still be opening.
    return trackWrite((async () => {
      const db = await this.database();
      if (!db) return this.legacy.save(deck);
      await putDeck(db, deckHeader(deck), deckRecords(deck));
    })());
  }
}
