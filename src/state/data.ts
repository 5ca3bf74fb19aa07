import { create } from 'zustand';
import type { LayerId, PlanCollection } from '../geo/types';
import type { LayerProblem } from '../geo/validate';
import { loadLayers } from '../geo/load';
import { loadModel, loadSeedText } from '../plan/load';
import type { PlanModel } from '../plan/types';
import type { StoredPlan } from '../storage/plans';
import { errorText } from '../util/json';

/** The loaded layers; set once at start-up. */
export interface DataState {
  status: 'loading' | 'ready' | 'error';
  /** The shipped layers, with the points the planner placed for added documents in `places` (`withAdded`). */
  collections: Partial<Record<LayerId, PlanCollection>>;
  problems: readonly LayerProblem[];
  /** The shipped collections that passed their checks unchanged (`LoadResult.pristine`). */
  pristine: Partial<Record<LayerId, PlanCollection>>;
  /**
   * The plan model the app shows: plan.json with the documents the planner added (derived from
   * `baseModel` and `added` in one place, `withAdded` in addedPlansDb.ts), or null while loading / when
   * it failed (see problems).
   */
  model: PlanModel | null;
  /** plan.json as loaded. */
  baseModel: PlanModel | null;
  /** Documents the planner added (IndexedDB store `plans`). */
  added: readonly StoredPlan[];
  /** Seed texts by document id, loaded on demand (added documents' texts are set with them). */
  texts: Readonly<Record<string, string>>;
}

export const useData = create<DataState>(() => ({ status: 'loading', collections: {}, pristine: {}, problems: [], model: null, baseModel: null, added: [], texts: {} }));

let started = false;

/** Starts loading the committed layers (once per page). */
export function startLoading(): void {
  if (started) return;
  started = true;
  Promise.all([
    loadLayers(),
    loadModel().then((model) => ({ model, error: null }), (error: unknown) => ({ model: null, error })),
    // Added plan documents: read and merged by a lazy chunk, so start-up code does not carry that code.
    import('./addedPlansDb').then(async (m) => ({ added: await m.readAddedPlans(), withAdded: m.withAdded })),
  ])
    .then(([result, plan, { added, withAdded }]) => {
      const ok = Object.keys(result.collections).length > 0;
      const problems = [...result.problems];
      if (plan.error) problems.push({ layer: 'plan.json', message: plan.error instanceof Error ? plan.error.message : String(plan.error) });
      useData.setState((s) => ({ status: ok ? 'ready' : 'error', problems, pristine: result.pristine, ...withAdded({ ...s, collections: result.collections }, plan.model, added) }));
    })
    .catch((error: unknown) => {
      const message = errorText(error);
      useData.setState({ status: 'error', problems: [{ layer: '*', message }] });
    });
}

const pendingTexts = new Set<string>();

/** Loads a document's seed text into the store (once). */
export function ensureText(documentId: string): void {
  const { model, texts } = useData.getState();
  const doc = model?.documents.find((d) => d.id === documentId);
  if (!doc || texts[documentId] !== undefined || pendingTexts.has(documentId)) return;
  pendingTexts.add(documentId);
  loadSeedText(doc.file)
    .then((text) => useData.setState((s) => ({ texts: { ...s.texts, [documentId]: text } })))
    .catch((error: unknown) => {
      const message = errorText(error);
      useData.setState((s) => ({ problems: [...s.problems, { layer: doc.file, message }] }));
    })
    .finally(() => pendingTexts.delete(documentId));
}
