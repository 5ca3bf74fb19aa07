/**
 * The app's plan model: the committed model (geodata/plan.json) with the documents the planner added,
 * in one place (src/state/addedPlans.ts applies it). Pure.
 */
import type { PlanModel } from './types';

/** `base` with the added models' documents and items appended (an added id equal to a base id is skipped). */
export function mergeModels(base: PlanModel, added: readonly PlanModel[]): PlanModel {
  if (added.length === 0) return base;
  const ids = new Set(base.documents.map((d) => d.id));
  const fresh = added.filter((m) => m.documents.every((d) => !ids.has(d.id)));
  return {
    ...base,
    documents: [...base.documents, ...fresh.flatMap((m) => m.documents)],
    sections: [...base.sections, ...fresh.flatMap((m) => m.sections)],
    tasks: [...base.tasks, ...fresh.flatMap((m) => m.tasks)],
    indicators: [...base.indicators, ...fresh.flatMap((m) => m.indicators)],
    flaws: [...base.flaws, ...fresh.flatMap((m) => m.flaws)],
    nonTargets: [...base.nonTargets, ...fresh.flatMap((m) => m.nonTargets)],
    unresolvedMentions: [...base.unresolvedMentions, ...fresh.flatMap((m) => m.unresolvedMentions)],
    mentions: [...(base.mentions ?? []), ...fresh.flatMap((m) => m.mentions ?? [])],
  };
}
