/**
 * Changes that span several stores, as pure updaters over one value that holds them all (kepler.gl
 * style): `(slices, input) → slices`, tested without React or the stores. {@link readSlices} takes
 * the stores' current states, {@link writeSlices} writes back the ones an updater replaced.
 */
import type { FeatureLookup } from '../explore/open';
import { focusAction } from '../explore/open';
import type { PlanIndex } from '../explore/planIndex';
import type { SceneState } from '../present/types';
import type { Focus } from '../types/domain';
import { useCamera, withFly, withJump, type CameraState } from './camera';
import { useExplore, type ExploreState } from './explore';
import { useFocus, type FocusState } from './focus';
import { withHighlight } from './highlight';
import { useLayers, type LayersState } from './layers';
import { useSelection, type SelectionState } from './selection';
import type { UrlState } from './urlCodec';

/** The stores a cross-store change reads and writes. */
export interface Slices {
  layers: LayersState;
  selection: SelectionState;
  focus: FocusState;
  explore: ExploreState;
  camera: CameraState;
}

/** The stores' current states. */
export function readSlices(): Slices {
  return {
    layers: useLayers.getState(),
    selection: useSelection.getState(),
    focus: useFocus.getState(),
    explore: useExplore.getState(),
    camera: useCamera.getState(),
  };
}

/** Writes the slices an updater replaced (same object: store left alone, no subscriber runs). */
export function writeSlices(next: Slices): void {
  const now = readSlices();
  if (next.layers !== now.layers) useLayers.setState(next.layers, true);
  if (next.selection !== now.selection) useSelection.setState(next.selection, true);
  if (next.focus !== now.focus) useFocus.setState(next.focus, true);
  if (next.explore !== now.explore) useExplore.setState(next.explore, true);
  if (next.camera !== now.camera) useCamera.setState(next.camera, true);
}

/**
 * Showing a scene: its layers, phase and filters, its highlight (owned by the scene), no selection or
 * focus, compare off, and a flight to its camera (`duration` 0 jumps).
 */
export function sceneApplied(s: Slices, scene: SceneState, duration: number): Slices {
  return {
    layers: { ...s.layers, visible: new Set(scene.layers) },
    selection: withHighlight({ ...s.selection, selected: null }, 'scene', scene.highlighted),
    focus: { ...s.focus, focus: null },
    explore: { ...s.explore, phase: scene.phase, filters: scene.filters, compare: null },
    camera: withFly(s.camera, scene.camera, duration),
  };
}

/** What applying a URL checks its names against: the loaded features, the plan index and its documents. */
export interface UrlContext {
  features: FeatureLookup;
  plan: PlanIndex | null;
  documentIds: readonly string[] | null;
}

/**
 * Applying a parsed URL (all but the language): values that name nothing loaded are left out and
 * become notices (`key=value`); absent keys reset to the defaults, except layers and camera.
 */
export function urlApplied(s: Slices, url: UrlState, ctx: UrlContext): { slices: Slices; notices: string[] } {
  const notices: string[] = [];
  const selected = url.selected ? ctx.features.get(url.selected) : undefined;
  if (url.selected && !selected) notices.push(`sel=${url.selected}`);
  let focus: Focus | null = url.focus ?? null;
  let featureIds: readonly string[] = [];
  if (focus && ctx.plan && focus.kind !== 'agency') {
    const item = focus.kind === 'task' ? ctx.plan.tasks.get(focus.id) : ctx.plan.indicators.get(focus.id);
    if (item) featureIds = item.featureIds;
    else {
      notices.push(`focus=${focus.kind}:${focus.id}`);
      focus = null;
    }
  }
  const highlighted = focus ? focusAction(focus, featureIds, ctx.features).highlighted : [];
  const docOk = !url.doc || (ctx.documentIds?.includes(url.doc) ?? false);
  if (!docOk) notices.push(`doc=${url.doc}`);
  const slices: Slices = {
    layers: url.layers ? { ...s.layers, visible: new Set(url.layers) } : s.layers,
    selection: withHighlight({ ...s.selection, selected: selected ? { layer: selected.layer, id: url.selected as string } : null }, 'focus', highlighted),
    focus: { ...s.focus, focus },
    explore: {
      ...s.explore,
      panel: url.panel ?? 'details',
      doc: url.doc && docOk ? url.doc : 'lz',
      filters: url.filters ?? {},
      phase: url.phase ?? 'all',
      compare: url.compare ?? null,
    },
    camera: url.camera ? withJump(s.camera, url.camera) : s.camera,
  };
  return { slices, notices };
}
