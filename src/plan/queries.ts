/**
 * Pure queries over the plan model. None of them mutates the model; results keep model order.
 */
import type { Indicator, Link, PlanModel, Task } from './types.ts';

/** A task linked to a feature, with the links that make it so. */
export interface TaskForFeature {
  task: Task;
  links: Link[];
}

/** Tasks that link `featureId` (named or curated), in model order. */
export function tasksForFeature(model: Pick<PlanModel, 'tasks'>, featureId: string): TaskForFeature[] {
  const out: TaskForFeature[] = [];
  for (const task of model.tasks) {
    const links = task.links.filter((l) => l.featureId === featureId);
    if (links.length > 0) out.push({ task, links });
  }
  return out;
}

/** Feature ids a task links, in order of first mention; empty for an unknown task. */
export function featuresForTask(model: Pick<PlanModel, 'tasks'>, taskId: string): string[] {
  const task = model.tasks.find((t) => t.id === taskId);
  return task ? [...task.featureIds] : [];
}

/** Indicators whose own quote names `featureId` (directly or through a place in the county). */
export function indicatorsForFeature(model: Pick<PlanModel, 'indicators'>, featureId: string): Indicator[] {
  return model.indicators.filter((i) => i.featureIds.includes(featureId));
}

/** Indicators of a task, in text order. */
export function indicatorsForTask(model: Pick<PlanModel, 'indicators'>, taskId: string): Indicator[] {
  return model.indicators.filter((i) => i.taskId === taskId);
}

/**
 * Tasks about the whole area of a document that covers `countyId` (scope 'document-area'): they name no
 * place, so they apply to every county of the document's area. Kept apart from named links on purpose.
 */
export function documentAreaTasks(model: Pick<PlanModel, 'tasks' | 'documents'>, countyId: string): Task[] {
  const docs = new Set(model.documents.filter((d) => d.areaCounties.includes(countyId)).map((d) => d.id));
  return model.tasks.filter((t) => t.scope === 'document-area' && docs.has(t.documentId));
}

/** Tasks a source flaw touches. */
export function tasksForFlaw(model: Pick<PlanModel, 'tasks' | 'flaws'>, flawId: string): Task[] {
  const flaw = model.flaws.find((f) => f.id === flawId);
  if (!flaw) return [];
  return model.tasks.filter((t) => flaw.affects.includes(t.id));
}
