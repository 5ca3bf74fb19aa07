import { create } from 'zustand';
import { LAYER_IDS, type LayerId } from '../geo/types';

/** Which layers are switched on. Order of drawing is fixed by the style definitions, not here. */
export interface LayersState {
  visible: ReadonlySet<LayerId>;
}

export const DEFAULT_VISIBLE: readonly LayerId[] = LAYER_IDS;

/** Pure updater: flips one layer. */
export function toggledLayer(state: LayersState, id: LayerId): LayersState {
  const visible = new Set(state.visible);
  if (visible.has(id)) visible.delete(id);
  else visible.add(id);
  return { visible };
}

/** Pure updater: sets one layer on or off. */
export function withLayer(state: LayersState, id: LayerId, on: boolean): LayersState {
  if (state.visible.has(id) === on) return state;
  return toggledLayer(state, id);
}

export const useLayers = create<LayersState>(() => ({ visible: new Set(DEFAULT_VISIBLE) }));

/** Flips one layer's visibility. */
export function toggleLayer(id: LayerId): void {
  useLayers.setState((s) => toggledLayer(s, id));
}
