import { useEffect, useMemo, useState } from 'react';
import type { countyMetrics, countyThemeMatrix, findGaps } from '../geo/coverage';
import type { PlanCollection } from '../geo/types';
import { useData } from '../state/data';
import { useImportedCollection } from '../state/imports';

/** Everything the coverage view shows, computed once per (model, layers, imported layers). */
export interface CoverageData {
  matrix: ReturnType<typeof countyThemeMatrix>;
  metrics: ReturnType<typeof countyMetrics>;
  gaps: ReturnType<typeof findGaps>;
  /** Ids of the imported features that took part. */
  importedIds: string[];
}

type Compute = typeof import('./coverageCompute');
let loading: Promise<Compute> | null = null;

/** Loads the coverage code (once). */
function loadCompute(): Promise<Compute> {
  loading ??= import('./coverageCompute');
  return loading;
}

/** The coverage data while `active` (null until the code, the model and the layers are loaded). */
export function useCoverageData(active: boolean): CoverageData | null {
  const model = useData((s) => s.model);
  const collections = useData((s) => s.collections);
  const imported = useImportedCollection() as PlanCollection;
  const [compute, setCompute] = useState<Compute | null>(null);
  useEffect(() => {
    if (!active || compute) return;
    let alive = true;
    loadCompute()
      .then((m) => alive && setCompute(m))
      .catch((error: unknown) => console.error('coverage code failed to load', error));
    return () => {
      alive = false;
    };
  }, [active, compute]);
  return useMemo(
    () => (active && compute && model ? compute.coverageOf(model, collections, imported) : null),
    [active, compute, model, collections, imported],
  );
}
