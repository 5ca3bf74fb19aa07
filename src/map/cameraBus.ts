import type { Camera } from '../types/domain';
/**
 * Camera frames of the main map, for followers (the swipe-compare map). Not a store: frames arrive
 * at animation rate and must not re-render React.
 */

type Listener = (camera: Camera) => void;
const listeners = new Set<Listener>();
let last: Camera | null = null;

export const cameraBus = {
  /** Publishes a frame. */
  emit(camera: Camera): void {
    last = camera;
    for (const l of listeners) l(camera);
  },
  /** Subscribes; returns the unsubscribe function. */
  on(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  /** The most recent frame, if any. */
  last(): Camera | null {
    return last;
  },
};
