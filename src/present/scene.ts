/**
 * The one translation between scenes and app state, both ways, pure: `sceneToState` says what the
 * stores must hold to show a scene on a given screen; `stateToScene` captures the screen as a scene.
 */
import { importedSourceId, type RefLayer } from '../geo/types';
import { fitCamera } from './camera';
import type { Padding, Scene, SceneState, Viewport } from './types';
import type { Camera } from '../types/domain';

/** Closest zoom a generated scene flies to (a single park should not fill the projector). */
export const FIT_MAX_ZOOM = 10.5;

/** The reference screen generated scenes are fitted on for their stored camera. */
export const REFERENCE_VIEWPORT: Viewport = { width: 1600, height: 900 };

/** Where each feature id lives (its layer), or undefined for ids no loaded layer has. */
export type LayerOf = (featureId: string) => RefLayer | undefined;

/** What `sceneToState` needs to know about the screen and the data. */
export interface SceneContext {
  layerOf: LayerOf;
  /** True for an imported layer id this browser has (default: every id). */
  hasImported?: (layerId: string) => boolean;
  viewport: Viewport;
  padding: Padding;
}

/** The state a scene asks for, plus the highlighted ids and imported layers not loaded here (reported, not fatal). */
export interface AppliedScene {
  state: SceneState;
  missing: string[];
}

/** The camera a scene shows on this screen: its bounds fitted, or its exact camera. */
export function sceneCamera(scene: Pick<Scene, 'camera' | 'fit'>, viewport: Viewport, padding: Padding): Camera {
  if (!scene.fit) return scene.camera;
  return fitCamera(scene.fit, viewport, { padding, maxZoom: FIT_MAX_ZOOM, minZoom: 4 });
}

/** The app state that shows `scene`. */
export function sceneToState(scene: Scene, ctx: SceneContext): AppliedScene {
  const highlighted: SceneState['highlighted'] = [];
  const missing: string[] = [];
  for (const id of scene.highlighted) {
    const layer = ctx.layerOf(id);
    if (layer) highlighted.push({ layer, id });
    else missing.push(id);
  }
  const has = ctx.hasImported ?? (() => true);
  const imported = scene.imported?.filter(has);
  for (const id of scene.imported ?? []) if (!has(id)) missing.push(importedSourceId(id));
  return {
    state: {
      camera: sceneCamera(scene, ctx.viewport, ctx.padding),
      layers: [...scene.layers],
      ...(imported ? { imported } : {}),
      phase: scene.phase,
      filters: { ...scene.filters },
      highlighted,
    },
    missing,
  };
}

const round = (n: number, digits: number): number => Number(n.toFixed(digits));

/** A camera rounded to what a URL keeps (≈1 m, 0.01 zoom), so saved scenes compare equal. */
export function roundCamera(camera: Camera): Camera {
  return {
    center: [round(camera.center[0], 6), round(camera.center[1], 6)],
    zoom: round(camera.zoom, 3),
    bearing: round(camera.bearing, 1),
    pitch: round(camera.pitch, 1),
  };
}

/** The scene that shows exactly `state` (no fit: the view is kept as seen). */
export function stateToScene(
  state: SceneState,
  meta: { id: string; title: string; caption?: string; callouts?: string[] },
): Scene {
  return {
    id: meta.id,
    title: meta.title,
    caption: meta.caption ?? '',
    camera: roundCamera(state.camera),
    layers: [...state.layers].sort(),
    ...(state.imported ? { imported: [...state.imported].sort() } : {}),
    phase: state.phase,
    filters: { ...state.filters },
    highlighted: state.highlighted.map((r) => r.id),
    callouts: [...(meta.callouts ?? [])],
  };
}

/** A scene id not in `taken`, from a time stamp and a random number (both passed in: pure). */
export function newSceneId(taken: ReadonlySet<string>, now: number, random: number): string {
  const base = `u-${now.toString(36)}${Math.floor(random * 1296).toString(36).padStart(2, '0')}`;
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
}
