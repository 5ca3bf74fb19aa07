/**
 * Builders for the coverage tests' hand-made fixtures. Pure functions: every call returns new objects,
 * so no test can change another's data.
 */
import type { Geometry, Position } from 'geojson';
import type { PlanCollection, PlanFeature } from '../../src/geo/types';

/** A feature with the contract's required properties (schematic "site" unless `extra` says otherwise). */
export function feature(id: string, geometry: Geometry, extra: Record<string, unknown> = {}): PlanFeature {
  return {
    type: 'Feature', id, geometry,
    properties: { id, name: id, nameEn: id, kind: 'site', geometrySource: 'schematic', source: 'test', ...extra },
  };
}

/** A collection of the features. */
export function collection(features: PlanFeature[]): PlanCollection {
  return { type: 'FeatureCollection', features };
}

/** The rings of the axis-aligned rectangle [x0, x1] × [y0, y1]. */
export function square(x0: number, y0: number, x1: number, y1: number): Position[][] {
  return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]];
}
