/**
 * Keeps the URL and the stores in step: the URL is read once the data is loaded and on back/forward;
 * every store change writes the URL (camera moves replace the history entry, other changes push one).
 */
import { featureIndexOf, planIndexOf } from '../explore/derived';
import { isImportedSource } from '../geo/types';
import { useCamera } from './camera';
import { readSlices, urlApplied, writeSlices } from './compose';
import { useData } from './data';
import { useExplore } from './explore';
import { useFocus } from './focus';
import { useLayers } from './layers';
import { useSceneRef } from './sceneRef';
import { useSelection } from './selection';
import { requestedLang, setLang, useUi } from './ui';
import { formatUrl, overCurrent, parseUrl, type UrlState } from './urlCodec';

/** The URL state the stores describe now. */
export function currentUrlState(): UrlState {
  const explore = useExplore.getState();
  const visible = useLayers.getState().visible;
  const { view } = useCamera.getState();
  const selected = useSelection.getState().selected;
  return {
    // The language asked for, even while its strings are still loading (no history entry when they arrive).
    lang: requestedLang(),
    camera: view ?? undefined,
    layers: [...visible].sort(),
    // Imported features live in this browser only: a shared link cannot name them.
    selected: selected && !isImportedSource(selected.layer) ? selected.id : undefined,
    focus: useFocus.getState().focus ?? undefined,
    panel: explore.panel,
    doc: explore.doc !== 'lz' ? explore.doc : undefined,
    filters: explore.filters,
    phase: explore.phase,
    compare: explore.compare ?? undefined,
    scene: useSceneRef.getState().activeId ?? undefined,
  };
}

/** Applies a parsed URL to the stores; values that name nothing loaded become notices. */
export function applyUrlState(state: UrlState): string[] {
  const { collections, model } = useData.getState();
  setLang(state.lang ?? 'zh');
  const ctx = { features: featureIndexOf(collections), plan: model ? planIndexOf(model) : null, documentIds: model?.documents.map((d) => d.id) ?? null };
  const { slices, notices } = urlApplied(readSlices(), state, ctx);
  writeSlices(slices);
  return notices;
}

/** Starts syncing; returns the function that stops it. Reports ignored parameters through `notify`. */
export function startUrlSync(notify: (notices: string[]) => void): () => void {
  let applying = false;
  let last = '';
  let first = true;
  const readLocation = () => {
    applying = true;
    const parsed = parseUrl(window.location.search);
    // The first read keeps what the planner chose while the data loaded where the URL says nothing;
    // back/forward restore the URL's state exactly.
    const state = first ? overCurrent(parsed.state, currentUrlState()) : parsed.state;
    first = false;
    const notices = [...parsed.notices, ...applyUrlState(state)];
    applying = false;
    last = formatUrl(currentUrlState());
    if (notices.length > 0) notify(notices);
  };
  readLocation();

  const write = () => {
    if (applying) return;
    const next = formatUrl(currentUrlState());
    if (next === last) return;
    const cameraOnly = formatUrl({ ...currentUrlState(), camera: undefined }) === formatUrl({ ...parseUrl(last).state, camera: undefined });
    const url = `${window.location.pathname}${next ? `?${next}` : ''}${window.location.hash}`;
    if (cameraOnly) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    last = next;
  };
  const unsubscribers = [
    useUi.subscribe((s, p) => s.lang !== p.lang && write()),
    useLayers.subscribe((s, p) => s.visible !== p.visible && write()),
    useSelection.subscribe((s, p) => s.selected !== p.selected && write()),
    useFocus.subscribe((s, p) => s.focus !== p.focus && write()),
    useExplore.subscribe((s, p) => (s.panel !== p.panel || s.doc !== p.doc || s.filters !== p.filters || s.phase !== p.phase || s.compare !== p.compare) && write()),
    useCamera.subscribe((s, p) => s.view !== p.view && write()),
    useSceneRef.subscribe((s, p) => s.activeId !== p.activeId && write()),
  ];
  window.addEventListener('popstate', readLocation);
  return () => {
    for (const off of unsubscribers) off();
    window.removeEventListener('popstate', readLocation);
  };
}
