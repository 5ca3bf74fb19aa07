/**
 * Light run-time checks of a layer the app loads: shape of the collection and the property contract
 * of `types.ts`. Invalid features are dropped and reported; the valid rest is kept.
 */
import type { Feature } from 'geojson';
import type { BaseProps, LayerId, PlanCollection, PlanFeature } from './types';
import { isObject } from '../util/json';

const GEOMETRY_SOURCES = new Set(['dataset', 'sourced', 'approximate', 'schematic']);

/** Something wrong with a layer or one of its features, in words a planner can act on. */
export interface LayerProblem {
  layer: LayerId | string;
  featureId?: string;
  message: string;
}

/** Returns a reason the feature breaks the contract, or null when it is fine. */
export function featureProblem(feature: unknown): string | null {
  if (!isObject(feature) || feature.type !== 'Feature') return 'not a GeoJSON Feature';
  if (!isObject(feature.geometry)) return 'feature has no geometry';
  const props = feature.properties;
  if (!isObject(props)) return 'feature has no properties';
  if (typeof props.id !== 'string' || props.id === '') return 'missing string property "id"';
  if (feature.id !== props.id) return `Feature.id (${String(feature.id)}) differs from properties.id (${props.id})`;
  if (typeof props.name !== 'string') return 'missing property "name"';
  if (typeof props.kind !== 'string') return 'missing property "kind"';
  if (typeof props.geometrySource !== 'string' || !GEOMETRY_SOURCES.has(props.geometrySource)) {
    return `unknown geometrySource "${String(props.geometrySource)}"`;
  }
  if (props.geometrySource === 'approximate' && typeof props.uncertaintyKm !== 'number') {
    return 'approximate feature without uncertaintyKm';
  }
  return null;
}

/** Checks a parsed JSON value as a layer; keeps the valid features. */
export function checkCollection(layer: LayerId, json: unknown): { collection?: PlanCollection; problems: LayerProblem[] } {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return { problems: [{ layer, message: 'not a GeoJSON FeatureCollection' }] };
  }
  const problems: LayerProblem[] = [];
  const features: PlanFeature<BaseProps>[] = [];
  for (const feature of json.features as unknown[]) {
    const problem = featureProblem(feature);
    if (problem) {
      const id = isObject(feature) && isObject(feature.properties) ? String(feature.properties.id ?? '') : '';
      problems.push({ layer, featureId: id || undefined, message: problem });
      continue;
    }
    features.push(feature as Feature as PlanFeature<BaseProps>);
  }
  return { collection: { type: 'FeatureCollection', features }, problems };
}
