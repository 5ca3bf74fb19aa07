import { useMemo } from 'react';
import { STATUS_LAYERS } from '../geo/types';
import { useData } from './data';
import { featureYearsOf } from '../explore/derived';
import { inPhase } from '../explore/phase';
import type { Phase } from '../types/domain';

const NONE: readonly string[] = [];

/** Sorted ids of the plan features a phase hides (from the mention years in plan.json: no plan text needed). */
export function usePhaseHidden(phase: Phase): readonly string[] {
  const model = useData((s) => s.model);
  const collections = useData((s) => s.collections);
  return useMemo(() => {
    if (phase === 'all' || !model) return NONE;
    const years = featureYearsOf(model);
    const hidden: string[] = [];
    for (const layer of STATUS_LAYERS) {
      for (const f of collections[layer]?.features ?? []) if (!inPhase(f.properties, phase, years)) hidden.push(f.id);
    }
    return hidden.sort();
  }, [phase, model, collections]);
}
