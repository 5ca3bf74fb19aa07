import { create } from 'zustand';
import type { LayerId } from '../geo/types';
import { DEFAULT_VISIBLE } from '../types/domain';

/** Which layers are switched on. Order of drawing is fixed by the style definitions, not here. */
export interface LayersState {
  visible: ReadonlySet<LayerId>;
}

/** Pure updater: flips one layer. */
export function toggledLayer(state: LayersState, id: LayerId): LayersState {
  const visible = new Set(state.visible);
  if (visible.has(id)) visible.delete(id);
  else visible.add(id);
  return { visible };
}

export const useLayers = create<LayersState>(() => ({ visible: new Set(DEFAULT_VISIBLE) }));

/** Flips one layer's visibility. */
export function toggleLayer(id: LayerId): void {
  useLayers.setState((s) => toggledLayer(s, id));
}
