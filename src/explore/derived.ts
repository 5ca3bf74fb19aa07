/**
 * Derived lookups, computed once per input object (memoised by identity) so every panel shares them.
 */
import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';
import { indexFeatures, type Collections } from '../geo/lookup';
import type { LayerId } from '../geo/types';
import type { PlanModel } from '../plan/types';
import type { Bounds } from '../state/camera';
import { buildPlanIndex, type PlanIndex } from './planIndex';
import type { FilterContext } from './tables';

const planCache = new WeakMap<PlanModel, PlanIndex>();
const featureCache = new WeakMap<Collections, ReturnType<typeof indexFeatures>>();

/** The plan index for a model (built once per model object). */
export function planIndexOf(model: PlanModel): PlanIndex {
  let index = planCache.get(model);
  if (!index) {
    index = buildPlanIndex(model);
    planCache.set(model, index);
  }
  return index;
}

/** The feature index for the loaded collections (built once per collections object). */
export function featureIndexOf(collections: Collections): ReturnType<typeof indexFeatures> {
  let index = featureCache.get(collections);
  if (!index) {
    index = indexFeatures(collections);
    featureCache.set(collections, index);
  }
  return index;
}

/** Map refs for feature ids, skipping ids no loaded layer has. */
export function refsOf(collections: Collections, ids: readonly string[]): { layer: LayerId; id: string }[] {
  const index = featureIndexOf(collections);
  return ids.flatMap((id) => {
    const entry = index.get(id);
    return entry ? [{ layer: entry.layer, id }] : [];
  });
}

/** Bounds of the features with these ids, or null if none is loaded. */
export function boundsOf(collections: Collections, ids: readonly string[]): Bounds | null {
  const index = featureIndexOf(collections);
  const features = ids.flatMap((id) => {
    const entry = index.get(id);
    return entry ? [entry.feature as Feature] : [];
  });
  if (features.length === 0) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features });
  return [w, s, e, n];
}

/** What the table filters need: the plan index and the status of loaded features. */
export function filterContextOf(model: PlanModel, collections: Collections): FilterContext {
  const features = featureIndexOf(collections);
  return { index: planIndexOf(model), featureProps: (id) => features.get(id)?.feature.properties };
}
