import { create } from 'zustand';
import type { LayerId, PlanCollection } from '../geo/types';
import type { LayerProblem } from '../geo/validate';
import { loadLayers } from '../geo/load';
import { loadModel, loadSeedText } from '../plan/load';
import type { PlanModel } from '../plan/types';
import { errorText } from '../util/json';

/** The loaded layers; set once at start-up. */
export interface DataState {
  status: 'loading' | 'ready' | 'error';
  collections: Partial<Record<LayerId, PlanCollection>>;
  problems: readonly LayerProblem[];
  /** The plan model, or null while loading / when it failed (see problems). */
  model: PlanModel | null;
  /** Seed texts by document id, loaded on demand. */
  texts: Readonly<Record<string, string>>;
}

export const useData = create<DataState>(() => ({ status: 'loading', collections: {}, problems: [], model: null, texts: {} }));

let started = false;

/** Starts loading the committed layers (once per page). */
export function startLoading(): void {
  if (started) return;
  started = true;
  Promise.all([loadLayers(), loadModel().then((model) => ({ model, error: null }), (error: unknown) => ({ model: null, error }))])
    .then(([result, plan]) => {
      const ok = Object.keys(result.collections).length > 0;
      const problems = [...result.problems];
      if (plan.error) problems.push({ layer: 'plan.json', message: plan.error instanceof Error ? plan.error.message : String(plan.error) });
      useData.setState({ status: ok ? 'ready' : 'error', collections: result.collections, problems, model: plan.model });
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
