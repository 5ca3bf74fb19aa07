/**
 * The coverage computation for the app (loaded on demand: it carries the exact-geometry libraries).
 */
import { buildCoverage, countyMetrics, countyThemeMatrix, findGaps, type CoverageLayers } from '../geo/coverage';
import type { Collections } from '../geo/lookup';
import type { PlanCollection } from '../geo/types';
import type { PlanModel } from '../plan/types';
import unplaced from '../../geodata/unplaced.json';

/** Everything the coverage view shows, computed once per (model, layers, imported layers). */
export interface CoverageData {
  matrix: ReturnType<typeof countyThemeMatrix>;
  metrics: ReturnType<typeof countyMetrics>;
  gaps: ReturnType<typeof findGaps>;
  /** Ids of the imported features that took part. */
  importedIds: string[];
}

const cache = new WeakMap<PlanModel, WeakMap<Collections, WeakMap<PlanCollection, CoverageData>>>();

/**
 * Coverage of the plan counties by the plan layers and the visible imported layers (rivers excluded:
 * only built or planned features count). Memoised per (model, layers, imported).
 */
export function coverageOf(model: PlanModel, collections: Collections, imported: PlanCollection): CoverageData | null {
  const counties = collections.counties;
  if (!counties) return null;
  const byModel = cache.get(model) ?? new WeakMap<Collections, WeakMap<PlanCollection, CoverageData>>();
  cache.set(model, byModel);
  const byLayers = byModel.get(collections) ?? new WeakMap<PlanCollection, CoverageData>();
  byModel.set(collections, byLayers);
  const hit = byLayers.get(imported);
  if (hit) return hit;
  const layers: CoverageLayers = {
    counties, parks: collections.parks, railways: collections.railways, highways: collections.highways,
    corridors: collections.corridors, places: collections.places, seats: collections.seats,
    imported: imported.features.length > 0 ? imported : undefined,
  };
  const coverage = buildCoverage(layers);
  const matrix = countyThemeMatrix(model, layers, { coverage });
  const metrics = countyMetrics(model, layers, { coverage });
  const gaps = findGaps(model, layers, { coverage, matrix, unplaced: unplaced.items });
  const data: CoverageData = { matrix, metrics, gaps, importedIds: imported.features.map((f) => String(f.id)) };
  byLayers.set(imported, data);
  return data;
}
