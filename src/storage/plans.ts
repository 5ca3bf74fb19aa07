/**
 * Added plan documents as stored (IndexedDB store `plans`, workspace file `plans`): the document text
 * exactly as decoded and the plan model the planner accepted after review (one document). Read back
 * records are checked: the model must be one document with the record's id, and every span must verify
 * against the text (src/plan/verify.ts); a record that fails is reported and skipped. `placed` (the
 * points the planner placed on the map, src/plan/placed.ts) is optional: records stored before it
 * existed have none.
 */
import type { PlanFeature } from '../geo/types';
import { placedProblem } from '../plan/placed';
import { PLAN_FORMAT_VERSION, type PlanModel } from '../plan/types';
import { spanErrors } from '../plan/verify';
import { isObject } from '../util/json';
import { isProblem, type StorageProblem } from './records';

/** Ids of added documents: `added` and base-36 letters and digits (the ingest allows only lower-case letters and digits). */
export const ADDED_PLAN_ID = /^added[a-z0-9]{4,24}$/;

/** One added plan document. */
export interface StoredPlan {
  id: string;
  /** The file the planner added. */
  fileName: string;
  format: 'txt' | 'docx' | 'pdf';
  /** For .txt: the encoding the bytes were read in. */
  encoding?: string;
  /** ISO time it was added. */
  addedAt: string;
  /** The document text (the model's spans index into it). */
  text: string;
  /** The reviewed model of this one document. */
  model: PlanModel;
  /** Points the planner placed on the map for names of this document (geometrySource 'planner'). */
  placed?: PlanFeature[];
}

const FORMATS: readonly string[] = ['txt', 'docx', 'pdf'];
const LISTS = ['documents', 'sections', 'tasks', 'indicators', 'flaws', 'nonTargets', 'unresolvedMentions'] as const;

/** A stored plan checked, or the problem that keeps it out. */
export function checkStoredPlan(value: unknown): StoredPlan | StorageProblem {
  const bad = (why: string): StorageProblem => ({
    code: 'invalidRecord', params: { store: 'plans', id: isObject(value) ? String(value.id).slice(0, 60) : '?', why },
  });
  if (!isObject(value)) return bad('not an object');
  const { id, fileName, format, addedAt, text, model } = value;
  if (typeof id !== 'string' || !ADDED_PLAN_ID.test(id)) return bad('id');
  if (typeof fileName !== 'string' || typeof addedAt !== 'string') return bad('fileName');
  if (typeof format !== 'string' || !FORMATS.includes(format)) return bad('format');
  if (typeof text !== 'string' || text.length === 0) return bad('text');
  if (!isObject(model) || model.version !== PLAN_FORMAT_VERSION || LISTS.some((k) => !Array.isArray(model[k]))) return bad('model');
  // Document-level place mentions are optional (records stored before they existed have none).
  if (model.mentions !== undefined && !Array.isArray(model.mentions)) return bad('model');
  const plan = model as unknown as PlanModel;
  if (plan.documents.length !== 1 || plan.documents[0]?.id !== id) return bad('document');
  const others = [...plan.sections, ...plan.tasks, ...plan.indicators, ...plan.flaws, ...plan.nonTargets, ...plan.unresolvedMentions, ...(plan.mentions ?? [])]
    .some((x) => !isObject(x) || x.documentId !== id);
  if (others) return bad('documentId');
  const errors = spanErrors(plan, { [id]: text }, 1);
  if (errors.length > 0) return bad(`span: ${errors[0] ?? ''}`);
  const { placed } = value;
  if (placed !== undefined && !Array.isArray(placed)) return bad('placed');
  const placedWhy = (placed ?? []).map((f) => placedProblem(f, id)).find((why) => why !== null);
  if (placedWhy) return bad(`placed: ${placedWhy}`);
  const placedIds = (placed ?? []).map((f) => (f as PlanFeature).id);
  if (new Set(placedIds).size !== placedIds.length) return bad('placed: duplicate id');
  return {
    id, fileName: fileName.slice(0, 200), format: format as StoredPlan['format'],
    ...(typeof value.encoding === 'string' ? { encoding: value.encoding } : {}),
    addedAt, text, model: plan, ...(placed ? { placed: placed as PlanFeature[] } : {}),
  };
}

/** Checks raw plan records (a workspace file's, the database's): the good ones and the problems. */
export function checkPlans(values: readonly unknown[]): { plans: StoredPlan[]; problems: StorageProblem[] } {
  const plans: StoredPlan[] = [];
  const problems: StorageProblem[] = [];
  for (const value of values) {
    const checked = checkStoredPlan(value);
    if (isProblem(checked)) problems.push(checked);
    else if (plans.some((p) => p.id === checked.id)) problems.push({ code: 'invalidRecord', params: { store: 'plans', id: checked.id, why: 'duplicate' } });
    else plans.push(checked);
  }
  return { plans, problems };
}
