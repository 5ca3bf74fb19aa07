/**
 * What picking a search result means, as data (pure): which feature to select, which to highlight,
 * which bounds to show and which plan item to focus. The search box applies it to the stores.
 */
import { bbox } from '@turf/turf';
import { importedSourceOf, type BaseProps, type LayerId, type PlanFeature, type RefLayer } from '../geo/types';
import type { SearchEntry } from './index';

/** [west, south, east, north] in WGS-84 degrees (same as state/camera's Bounds). */
export type PickBounds = [number, number, number, number];

export interface PickRef {
  layer: RefLayer;
  id: string;
}

export interface PickAction {
  /** The feature to select; undefined leaves the selection as it is. */
  selected?: PickRef;
  /** Features to highlight (a task's or indicator's features); [] clears the highlight. */
  highlighted: PickRef[];
  /** Bounds to fit, or null to leave the camera alone. */
  bounds: PickBounds | null;
  /** Most zoom for the fit (a point's bbox is a point). */
  maxZoom: number;
  /** The plan item to focus; null clears the focus. */
  focus: { kind: 'task' | 'indicator' | 'agency'; id: string } | null;
}

export type FeatureLookup = ReadonlyMap<string, { layer: LayerId; feature: PlanFeature<BaseProps> }>;

/** Union bbox of features; null when none has coordinates. */
export function unionBounds(features: readonly PlanFeature<BaseProps>[]): PickBounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const f of features) {
    if (!f.geometry) continue;
    const b = bbox(f);
    const [w, s, e, n] = [b[0], b[1], b.length === 6 ? b[3] : b[2], b.length === 6 ? b[4] : b[3]];
    if (![w, s, e, n].every(Number.isFinite)) continue;
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, n);
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}

/** Zoom caps, as the explore actions use them: areas to 9, other features to 10.5, a set of features to 10. */
export const PICK_ZOOM = { area: 9, feature: 10.5, features: 10 } as const;

const AREA_LAYERS: ReadonlySet<LayerId> = new Set(['counties', 'context-counties', 'prefectures', 'provinces']);

/**
 * The action for a picked entry; feature ids that are not loaded are skipped. A feature is selected
 * and any task focus or highlight cleared; a task or indicator is focused and its features
 * highlighted, keeping the selected feature; an agency is focused, clearing the highlight.
 */
export function pickAction(entry: SearchEntry, features: FeatureLookup): PickAction {
  switch (entry.type) {
    case 'feature': {
      // An imported feature (`imp-<layer>-<n>`) lives on its layer's own source `imp-<layer>`.
      if (entry.layer === 'imported') {
        return { selected: { layer: importedSourceOf(entry.id), id: entry.id }, highlighted: [], bounds: entry.bounds ?? null, maxZoom: PICK_ZOOM.feature, focus: null };
      }
      const found = features.get(entry.id);
      return {
        selected: { layer: entry.layer, id: entry.id },
        highlighted: [],
        bounds: found ? unionBounds([found.feature]) : null,
        maxZoom: AREA_LAYERS.has(entry.layer) ? PICK_ZOOM.area : PICK_ZOOM.feature,
        focus: null,
      };
    }
    case 'task':
    case 'indicator': {
      const refs: PickRef[] = [];
      const found: PlanFeature<BaseProps>[] = [];
      for (const id of new Set(entry.featureIds)) {
        const hit = features.get(id);
        if (!hit) continue;
        refs.push({ layer: hit.layer, id });
        found.push(hit.feature);
      }
      return { highlighted: refs, bounds: unionBounds(found), maxZoom: PICK_ZOOM.features, focus: { kind: entry.type, id: entry.id } };
    }
    case 'agency':
      return { highlighted: [], bounds: null, maxZoom: PICK_ZOOM.features, focus: { kind: 'agency', id: entry.id } };
  }
}
