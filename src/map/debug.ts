/**
 * A read-only diagnostics handle on `window.planmap`, used by the browser tests (and handy in the
 * console). It exposes answers, never the map object itself.
 */
import type { LayerId } from '../geo/types';
import type { MapAdapter } from './adapter';

export interface PlanmapDebug {
  renderedIds: (layer: LayerId) => string[];
  project: (lngLat: [number, number]) => { x: number; y: number };
  layerVisible: (styleLayerId: string) => boolean;
  featureState: (layer: LayerId, id: string) => Record<string, unknown>;
  /** How many times the map has gone idle: a test reads it before a change and waits for it to grow. */
  idles: () => number;
}

declare global {
  interface Window {
    planmap?: PlanmapDebug;
  }
}

/** Installs the handle for an adapter; returns the function that removes it. */
export function exposeDebug(adapter: MapAdapter): () => void {
  window.planmap = {
    renderedIds: (layer) => adapter.renderedIds(layer),
    project: (lngLat) => adapter.project(lngLat),
    layerVisible: (id) => adapter.layerVisible(id),
    featureState: (layer, id) => adapter.featureState({ layer, id }),
    idles: () => adapter.idleCount,
  };
  return () => {
    delete window.planmap;
  };
}
