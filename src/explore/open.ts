/**
 * What opening a feature or focusing a plan item means, as data (pure): which feature to select, which
 * to highlight, which bounds to show at which most zoom, and which plan item to focus. The one path
 * for every caller (search, reader, tables, coverage, notes); state/actions.ts applies it to the stores.
 */
import type { Feature } from 'geojson';
import { featuresBounds } from '../geo/bounds';
import type { BaseProps, LayerId, PlanFeature, RefLayer } from '../geo/types';
import type { Bounds, FeatureRef, Focus } from '../types/domain';

export interface OpenAction {
  /** The feature to select; undefined leaves the selection as it is. */
  selected?: FeatureRef;
  /** Features to highlight (a task's or indicator's features); [] clears the highlight. */
  highlighted: FeatureRef[];
  /** Bounds to fit, or null to leave the camera alone. */
  bounds: Bounds | null;
  /** Most zoom for the fit (a point's bbox is a point). */
  maxZoom: number;
  /** The plan item to focus; null clears the focus. */
  focus: Focus | null;
}

/** The loaded features by id. */
export type FeatureLookup = ReadonlyMap<string, { layer: LayerId; feature: PlanFeature<BaseProps> }>;

/** Zoom caps: areas to 9, other features to 10.5, a set of features to 10. */
export const OPEN_ZOOM = { area: 9, feature: 10.5, features: 10 } as const;

const AREA_LAYERS: ReadonlySet<RefLayer> = new Set<LayerId>(['counties', 'context-counties', 'prefectures', 'provinces']);

/** Opening one feature: select it, clear any focus and highlight, fit to it. */
export function openAction(ref: FeatureRef, feature: Feature | null, bounds = feature ? featuresBounds([feature]) : null): OpenAction {
  return { selected: ref, highlighted: [], bounds, maxZoom: AREA_LAYERS.has(ref.layer) ? OPEN_ZOOM.area : OPEN_ZOOM.feature, focus: null };
}

/**
 * Focusing a plan item: highlight its loaded features (ids not loaded are skipped) and fit to them,
 * keeping the selected feature. An agency has no features: it is focused and the highlight cleared.
 */
export function focusAction(focus: Focus, featureIds: readonly string[], features: FeatureLookup): OpenAction {
  const refs: FeatureRef[] = [];
  const found: Feature[] = [];
  for (const id of new Set(featureIds)) {
    const hit = features.get(id);
    if (!hit) continue;
    refs.push({ layer: hit.layer, id });
    found.push(hit.feature);
  }
  return { highlighted: refs, bounds: featuresBounds(found), maxZoom: OPEN_ZOOM.features, focus };
}
