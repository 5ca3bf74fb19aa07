import { useEffect, useMemo, useState } from 'react';
import type { PlanCollection } from '../geo/types';
import type { CoverageData } from '../explore/coverageCompute';
import { useData } from './data';
import { useImportedCollection } from './imports';

type Compute = typeof import('../explore/coverageCompute');
let loading: Promise<Compute> | null = null;

/** Loads the coverage code (once). */
function loadCompute(): Promise<Compute> {
  loading ??= import('../explore/coverageCompute');
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
