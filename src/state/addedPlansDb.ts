/**
 * Added plan documents in the app's model (a lazy chunk, loaded at start-up in parallel with the data):
 * reading them (IndexedDB store `plans`, through the page's one database connection; records that fail
 * their check are reported as storage problems and skipped), and the one place where the shown model is
 * derived from plan.json and the added documents ({@link withAdded}).
 */
import type { StoredPlan } from '../storage';
import { checkPlans } from '../storage/plans';
import { mergeModels } from '../plan/merge';
import { withPlacedFeatures } from '../plan/placed';
import type { PlanModel } from '../plan/types';
import { addStorageProblems, database } from './imports';
import { useData, type DataState } from './data';
import { errorText } from '../util/json';

/**
 * The shown model, texts and layers for a base model and added documents (added texts replace the
 * previous added texts; the points the planner placed replace the previous placed points).
 */
export function withAdded(
  s: DataState, baseModel: PlanModel | null, added: readonly StoredPlan[],
): Pick<DataState, 'model' | 'baseModel' | 'added' | 'texts' | 'collections'> {
  const gone = new Set(s.added.map((p) => p.id));
  const texts: Record<string, string> = Object.fromEntries(Object.entries(s.texts).filter(([id]) => !gone.has(id)));
  for (const p of added) texts[p.id] = p.text;
  const collections = withPlacedFeatures(s.collections, added.flatMap((p) => p.placed ?? []));
  return { baseModel, added, texts, collections, model: baseModel ? mergeModels(baseModel, added.map((p) => p.model)) : null };
}

/** Replaces the added documents (after adding, removing or importing a workspace); the model follows. */
export function setAddedPlans(added: readonly StoredPlan[]): void {
  useData.setState((s) => withAdded(s, s.baseModel, added));
}

/** The stored added plans; never rejects (no database: none). */
export async function readAddedPlans(): Promise<StoredPlan[]> {
  try {
    const db = await database();
    if (!db || db.version < 2) return [];
    const { values, problem } = await db.readStore('plans');
    const { plans, problems } = checkPlans(values);
    addStorageProblems(problem ? [problem, ...problems] : problems);
    return plans.sort((a, b) => (a.addedAt < b.addedAt ? -1 : 1));
  } catch (error) {
    addStorageProblems([{ code: 'unreadable', params: { store: 'plans', detail: errorText(error) } }]);
    return [];
  }
}
