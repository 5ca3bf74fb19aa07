import { useEffect, useMemo } from 'react';
import { STATUS_LAYERS } from '../geo/types';
import { ensureText, useData } from '../state/data';
import type { Phase } from '../state/urlCodec';
import { planIndexOf } from './derived';
import { featureYears, inPhase } from './phase';

const NONE: readonly string[] = [];

/** Sorted ids of the plan features a phase hides (loads the seed texts it needs). */
export function usePhaseHidden(phase: Phase): readonly string[] {
  const model = useData((s) => s.model);
  const texts = useData((s) => s.texts);
  const collections = useData((s) => s.collections);
  useEffect(() => {
    if (phase === 'all' || !model) return;
    for (const doc of model.documents) ensureText(doc.id);
  }, [phase, model]);
  return useMemo(() => {
    if (phase === 'all' || !model) return NONE;
    const years = featureYears(planIndexOf(model), texts);
    const hidden: string[] = [];
    for (const layer of STATUS_LAYERS) {
      for (const f of collections[layer]?.features ?? []) if (!inPhase(f.properties, phase, years)) hidden.push(f.id);
    }
    return hidden.sort();
  }, [phase, model, texts, collections]);
}
