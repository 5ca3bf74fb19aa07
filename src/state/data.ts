import { create } from 'zustand';
import type { LayerId, PlanCollection } from '../geo/types';
import type { LayerProblem } from '../geo/validate';
import { loadLayers } from '../geo/load';

/** The loaded layers; set once at start-up. */
export interface DataState {
  status: 'loading' | 'ready' | 'error';
  collections: Partial<Record<LayerId, PlanCollection>>;
  problems: readonly LayerProblem[];
}

export const useData = create<DataState>(() => ({ status: 'loading', collections: {}, problems: [] }));

let started = false;

/** Starts loading the committed layers (once per page). */
export function startLoading(): void {
  if (started) return;
  started = true;
  loadLayers()
    .then((result) => {
      const ok = Object.keys(result.collections).length > 0;
      useData.setState({ status: ok ? 'ready' : 'error', collections: result.collections, problems: result.problems });
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      useData.setState({ status: 'error', problems: [{ layer: '*', message }] });
    });
}
