/**
 * Derived lookups, computed once per input object (memoised by identity) so every panel shares them.
 */
import { indexFeatures, type Collections } from '../geo/lookup';
import type { FeatureRef } from '../types/domain';
import type { PlanModel } from '../plan/types';
import { featureYears } from './phase';
import { buildPlanIndex, type PlanIndex } from './planIndex';
import type { FilterContext } from './tables';

const planCache = new WeakMap<PlanModel, PlanIndex>();
const yearsCache = new WeakMap<PlanModel, Map<string, number>>();
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

/** The year governing each feature's mentions (phase view), computed once per model object. */
export function featureYearsOf(model: PlanModel): Map<string, number> {
  let years = yearsCache.get(model);
  if (!years) {
    years = featureYears(planIndexOf(model), model);
    yearsCache.set(model, years);
  }
  return years;
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
export function refsOf(collections: Collections, ids: readonly string[]): FeatureRef[] {
  const index = featureIndexOf(collections);
  return ids.flatMap((id) => {
    const entry = index.get(id);
    return entry ? [{ layer: entry.layer, id }] : [];
  });
}

/** What the table filters need: the plan index and the status of loaded features. */
export function filterContextOf(model: PlanModel, collections: Collections): FilterContext {
  const features = featureIndexOf(collections);
  return { index: planIndexOf(model), featureProps: (id) => features.get(id)?.feature.properties };
}
