/**
 * Actions on added plan documents (loaded with the add-plan dialog and the workspace file): add one
 * (stored in IndexedDB, shown at once), remove one. The model the app shows follows through
 * `setAddedPlans` in data.ts.
 */
import type { StoredPlan } from '../storage';
import { addStorageProblems, database, newLayerId } from './imports';
import { useData } from './data';
import { setAddedPlans } from './addedPlansDb';
import { errorText } from '../util/json';

/** Adds (or replaces) plans in this session, keeping the order of first appearance. */
export function withPlans(current: readonly StoredPlan[], plans: readonly StoredPlan[]): StoredPlan[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  return [...current.map((p) => byId.get(p.id) ?? p), ...plans.filter((p) => !current.some((c) => c.id === p.id))];
}

/** Stores an added plan and shows it; resolves false when it could only be kept for this session. */
export async function addPlan(plan: StoredPlan): Promise<boolean> {
  setAddedPlans(withPlans(useData.getState().added, [plan]));
  const db = await database();
  if (!db) return false;
  try {
    await db.putPlan(plan);
    return true;
  } catch (error) {
    addStorageProblems([{ code: 'writeFailed', params: { detail: errorText(error) } }]);
    return false;
  }
}

/** Removes an added plan (and its stored copy). */
export async function removePlan(id: string): Promise<void> {
  setAddedPlans(useData.getState().added.filter((p) => p.id !== id));
  const db = await database();
  try {
    await db?.deletePlan(id);
  } catch (error) {
    addStorageProblems([{ code: 'writeFailed', params: { detail: errorText(error) } }]);
  }
}

/** A fresh added-document id (`added` + time and a counter in base 36, as imported layers' ids). */
export function newPlanId(now = Date.now()): string {
  return `added${newLayerId(now)}`;
}
