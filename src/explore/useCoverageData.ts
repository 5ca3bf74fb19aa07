import { useMemo } from 'react';
import { buildCoverage, countyMetrics, countyThemeMatrix, findGaps, type CoverageLayers } from '../geo/coverage';
import type { Collections } from '../geo/lookup';
import type { PlanModel } from '../plan/types';
import { useData } from '../state/data';
import unplaced from '../../geodata/unplaced.json';

/** Everything the coverage view shows, computed once per (model, layers). */
export interface CoverageData {
  matrix: ReturnType<typeof countyThemeMatrix>;
  metrics: ReturnType<typeof countyMetrics>;
  gaps: ReturnType<typeof findGaps>;
}

const cache = new WeakMap<PlanModel, WeakMap<Collections, CoverageData>>();

/** Coverage of the plan counties by the plan layers (rivers excluded: only built or planned features count). */
export function coverageOf(model: PlanModel, collections: Collections): CoverageData | null {
  const counties = collections.counties;
  if (!counties) return null;
  const byModel = cache.get(model) ?? new WeakMap<Collections, CoverageData>();
  cache.set(model, byModel);
  const hit = byModel.get(collections);
  if (hit) return hit;
  const layers: CoverageLayers = {
    counties, parks: collections.parks, railways: collections.railways, highways: collections.highways,
    corridors: collections.corridors, places: collections.places, seats: collections.seats,
  };
  const coverage = buildCoverage(layers);
  const matrix = countyThemeMatrix(model, layers, { coverage });
  const metrics = countyMetrics(model, layers, { coverage });
  const gaps = findGaps(model, layers, { coverage, matrix, unplaced: unplaced.items });
  const data = { matrix, metrics, gaps };
  byModel.set(collections, data);
  return data;
}

/** The coverage data for the loaded model and layers (null until both are loaded). */
export function useCoverageData(): CoverageData | null {
  const model = useData((s) => s.model);
  const collections = useData((s) => s.collections);
  return useMemo(() => (model ? coverageOf(model, collections) : null), [model, collections]);
}
