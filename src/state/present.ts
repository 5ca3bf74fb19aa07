/**
 * The presentation deck store: the deck, the presenter's position, and messages for the planner.
 * Decks persist through a {@link DeckStorage}: the workspace database (IndexedDB), which takes over a
 * deck left in localStorage by earlier versions. Stored data that cannot be read gives a clear message
 * and the default deck — never a throw. A workspace file written to the database reloads the deck.
 */
import { useSceneRef } from './sceneRef';
import { create } from 'zustand';
import { featureIndexOf } from '../explore/derived';
import { featuresBounds } from '../geo/bounds';
import { translate, type StringKey } from '../i18n/strings';
import type { FeatureInfo } from '../present/defaultDeck';
import {
  DeckStorageError, IndexedDeckStorage, LocalDeckStorage, type DeckRead, type DeckStorage, type KeyValueStore,
} from '../present/deckStorage';
import { parseDeckText, serializeDeck, type DeckProblem } from '../present/format';
import { newSceneId, sceneToState, stateToScene } from '../present/scene';
import type { Deck, Padding, Scene, Viewport } from '../present/types';
import { addScene, deleteScene, moveScene, renameScene, setCaption, stepIndex } from '../present/updaters';
import { useCamera } from './camera';
import { readSlices, sceneApplied, writeSlices } from './compose';
import { ensureText, useData } from './data';
import { useExplore } from './explore';
import { useLayers } from './layers';
import { database, importedEntry, showImportedLayers, useImports } from './imports';
import { importedSourceId, type RefLayer } from '../geo/types';
import { useSelection } from './selection';
import { useUi } from './ui';
import { useWorkspaceRevision } from './workspaceDb';
import { errorText } from '../util/json';

export { DeckStorageError, IndexedDeckStorage, LocalDeckStorage, type DeckRead, type DeckStorage, type KeyValueStore };

/** A message for the planner, worded by the UI; `details` are problem lines already worded. */
export interface PresentNotice {
  key: StringKey;
  params?: Record<string, string | number>;
  details?: string[];
  tone: 'info' | 'error';
}

export interface PresentState {
  status: 'idle' | 'loading' | 'ready';
  deck: Deck | null;
  /** True while the deck is the generated default and has not been saved. */
  generated: boolean;
  notice: PresentNotice | null;
  presenting: boolean;
  index: number;
  /** The scene last shown (by the presenter, the deck panel or a URL). */
  activeId: string | null;
  /** The stored deck could not be fully read: edits are shown but not saved (see `persist`). */
  protect: boolean;
}

export const usePresent = create<PresentState>(() => ({
  status: 'idle', deck: null, generated: false, notice: null, presenting: false, index: 0, activeId: null, protect: false,
}));

function browserStore(): KeyValueStore | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch (error) {
    console.warn('localStorage unavailable:', error);
    return null;
  }
}

let storage: DeckStorage = new IndexedDeckStorage(database, new LocalDeckStorage(browserStore()));

/** Replaces the storage (tests). */
export function setDeckStorage(next: DeckStorage): void {
  storage = next;
}

const now = () => new Date().toISOString();

/** Words deck problems in the UI language, one line each. */
export function problemLines(problems: readonly DeckProblem[]): string[] {
  const lang = useUi.getState().lang;
  return problems.map((p) => translate(lang, `present.problem.${p.code}`, {
    scene: p.scene ?? '', field: p.field ?? '', detail: p.detail ?? '',
  }));
}

/** Feature lookups for the generator, from the loaded layers. */
function featureInfo(): (id: string) => FeatureInfo | undefined {
  const index = featureIndexOf(useData.getState().collections);
  const cache = new Map<string, FeatureInfo>();
  return (id) => {
    const hit = cache.get(id);
    if (hit) return hit;
    const entry = index.get(id);
    if (!entry) return undefined;
    const bounds = featuresBounds([entry.feature]);
    if (!bounds) return undefined;
    const info: FeatureInfo = { layer: entry.layer, bounds, name: entry.feature.properties.name };
    cache.set(id, info);
    return info;
  };
}

/** Resolves once every document's seed text is loaded or has failed (captions quote the seeds). */
function textsSettled(): Promise<void> {
  const done = () => {
    const { model, texts, problems } = useData.getState();
    if (!model) return true;
    return model.documents.every((d) => texts[d.id] !== undefined || problems.some((p) => p.layer === d.file));
  };
  for (const doc of useData.getState().model?.documents ?? []) ensureText(doc.id);
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const off = useData.subscribe(() => {
      if (!done()) return;
      off();
      resolve();
    });
  });
}

/** The generated default deck for the loaded plans (null while the plan model is missing). */
export async function generateDefaultDeck(): Promise<Deck | null> {
  await textsSettled();
  const { model, texts } = useData.getState();
  if (!model) return null;
  const lang = useUi.getState().lang;
  // The generator loads with the first deck it makes (not on the start-up path).
  const { defaultDeck } = await import('../present/defaultDeck');
  return defaultDeck({ model, texts, feature: featureInfo(), title: translate(lang, 'present.deck.title'), documentOrder: ['lz', 'zt'], now: now() });
}

let booting: Promise<void> | null = null;

/** Loads the stored deck (or generates the default); runs once per page, later calls share the first. */
export function bootPresent(): Promise<void> {
  booting ??= loadDeck();
  return booting;
}

let loads = 0;

async function loadDeck(): Promise<void> {
  const seq = ++loads;
  usePresent.setState({ status: 'loading' });
  let read: DeckRead | null = null;
  let notice: PresentNotice | null = null;
  let protect: boolean;
  try {
    read = await storage.load();
    protect = read.protect;
    if (read.deck && read.problems.length > 0) notice = { key: 'present.notice.storedPartly', details: problemLines(read.problems), tone: 'error' };
    else if (read.deck && read.migrated) notice = { key: 'present.notice.migrated', tone: 'info' };
  } catch (error) {
    const problems = error instanceof DeckStorageError ? error.problems : [];
    protect = error instanceof DeckStorageError && error.protect;
    const key = protect ? 'present.notice.storedProtected' : 'present.notice.storedUnreadable';
    notice = { key, params: { message: errorText(error) }, details: problemLines(problems), tone: 'error' };
  }
  const deck = read?.deck ?? (await generateDefaultDeck());
  // A later load (a workspace file was imported meanwhile) owns the state.
  if (seq !== loads) return;
  usePresent.setState({ status: 'ready', deck, generated: !read?.deck, notice, protect });
}

/**
 * Shows the deck and saves it. While the stored deck is protected (it could not be fully read, or it
 * comes from a newer app version) only an explicit replacement (`force`: reset, import) saves.
 */
function persist(deck: Deck, force = false): void {
  const { protect } = usePresent.getState();
  usePresent.setState({ deck, generated: false, ...(force ? { protect: false } : {}) });
  if (protect && !force) {
    usePresent.setState({ notice: { key: 'present.notice.notSaved', tone: 'error' } });
    return;
  }
  storage.save(deck).catch((error: unknown) => {
    usePresent.setState({ notice: { key: 'present.notice.saveFailed', params: { message: errorText(error) }, tone: 'error' } });
  });
}

function edit(change: (deck: Deck, at: string) => Deck): void {
  const { deck, status } = usePresent.getState();
  // While a (re)load runs, the deck shown is about to be replaced: an edit would be lost or clobber it.
  if (!deck || status !== 'ready') return;
  const next = change(deck, now());
  if (next !== deck) persist(next);
}

/** Deck edits (each persists). */
export const deckActions = {
  move: (id: string, delta: number) => edit((d, at) => moveScene(d, id, delta, at)),
  rename: (id: string, title: string) => edit((d, at) => renameScene(d, id, title, at)),
  caption: (id: string, caption: string) => edit((d, at) => setCaption(d, id, caption, at)),
  remove: (id: string) => edit((d, at) => deleteScene(d, id, at)),
};

/** Saves what the map shows now as a new scene after the active one; returns its id. */
export function addCurrentView(title: string): string | null {
  const { deck, activeId, status } = usePresent.getState();
  const view = useCamera.getState().view;
  if (!deck || !view || status !== 'ready') return null;
  const selection = useSelection.getState();
  const explore = useExplore.getState();
  const highlighted = [...selection.highlighted];
  if (selection.selected && !highlighted.some((r) => r.id === selection.selected?.id)) highlighted.push(selection.selected);
  const id = newSceneId(new Set(deck.scenes.map((s) => s.id)), Date.now(), Math.random());
  const importedLayers = useImports.getState().layers;
  const scene = stateToScene(
    {
      camera: view, layers: [...useLayers.getState().visible], phase: explore.phase, filters: explore.filters, highlighted,
      ...(importedLayers.length > 0 ? { imported: importedLayers.filter((l) => l.visible).map((l) => l.id) } : {}),
    },
    { id, title },
  );
  persist(addScene(deck, scene, now(), activeId ?? undefined));
  usePresent.setState({ activeId: id });
  return id;
}

/** Shows a scene: layers, phase, filters and highlights through the stores, then the camera. */
export function applyScene(scene: Scene, screen: { viewport: Viewport; padding: Padding; duration: number }): void {
  const index = featureIndexOf(useData.getState().collections);
  const importedLayers = useImports.getState().layers;
  const layerOf = (id: string): RefLayer | undefined => {
    const own = index.get(id)?.layer;
    if (own) return own;
    const entry = importedEntry(importedLayers, id);
    return entry ? importedSourceId(entry.layer.id) : undefined;
  };
  const hasImported = (id: string) => importedLayers.some((l) => l.id === id);
  const { state, missing } = sceneToState(scene, { layerOf, hasImported, viewport: screen.viewport, padding: screen.padding });
  writeSlices(sceneApplied(readSlices(), state, screen.duration));
  if (state.imported) showImportedLayers(state.imported);
  const deck = usePresent.getState().deck;
  const at = deck?.scenes.findIndex((s) => s.id === scene.id) ?? -1;
  usePresent.setState({ activeId: scene.id, ...(at >= 0 ? { index: at } : {}) });
  if (missing.length > 0) usePresent.setState({ notice: { key: 'present.notice.missingFeatures', params: { list: missing.join(', ') }, tone: 'info' } });
}

/** Starts presenting at a scene index. */
export function startPresenting(index: number): void {
  const count = usePresent.getState().deck?.scenes.length ?? 0;
  if (count === 0) return;
  usePresent.setState({ presenting: true, index: stepIndex(index, 0, count) });
}

/** Moves the presenter by `delta` scenes (kept inside the deck). */
export function stepPresenter(delta: number): void {
  const { index, deck } = usePresent.getState();
  usePresent.setState({ index: stepIndex(index, delta, deck?.scenes.length ?? 0) });
}

/** Jumps the presenter to a scene index. */
export function goToScene(index: number): void {
  const count = usePresent.getState().deck?.scenes.length ?? 0;
  usePresent.setState({ index: stepIndex(index, 0, count) });
}

/** Leaves presenter mode. */
export function stopPresenting(): void {
  usePresent.setState({ presenting: false });
}

/** Replaces the deck with an imported file's valid part; problems become the notice. */
export function importDeckText(text: string): boolean {
  const parsed = parseDeckText(text, now());
  if (!parsed.deck) {
    usePresent.setState({ notice: { key: 'present.notice.importFailed', details: problemLines(parsed.problems), tone: 'error' } });
    return false;
  }
  persist(parsed.deck, true);
  usePresent.setState({
    index: 0,
    activeId: null,
    notice: parsed.problems.length > 0
      ? { key: 'present.notice.importedPartly', params: { n: parsed.deck.scenes.length }, details: problemLines(parsed.problems), tone: 'error' }
      : { key: 'present.notice.imported', params: { n: parsed.deck.scenes.length }, tone: 'info' },
  });
  return true;
}

/** The deck as a JSON file (the versioned format). */
export function deckFileText(deck: Deck): string {
  return `${JSON.stringify(serializeDeck(deck, now()), null, 2)}\n`;
}

/** Replaces the deck with a freshly generated default (saved). */
export async function resetDeck(): Promise<void> {
  const deck = await generateDefaultDeck();
  if (!deck) return;
  persist(deck, true);
  usePresent.setState({ index: 0, activeId: null, notice: { key: 'present.notice.reset', tone: 'info' } });
}

/** Clears the notice. */
export function dismissPresentNotice(): void {
  usePresent.setState({ notice: null });
}

// A workspace file replaced the stored deck: read it again (when it was loaded at all).
useWorkspaceRevision.subscribe((s, p) => {
  if (s.revision === p.revision || usePresent.getState().status === 'idle') return;
  booting = loadDeck();
  usePresent.setState({ index: 0, activeId: null });
});

// Mirror the active scene id for the URL sync (which must not load this module).
usePresent.subscribe((s, p) => {
  if (s.activeId !== p.activeId) useSceneRef.setState({ activeId: s.activeId });
});
