import { create } from 'zustand';
import type { Bounds, Camera } from '../types/domain';

/**
 * The camera: `view` is what the map shows (reported by the map after each move); `fit` and `jump`
 * are requests to the map, with `seq` so repeated requests for the same target still count.
 */
export interface CameraState {
  view: Camera | null;
  fit: { bounds: Bounds; maxZoom: number; seq: number } | null;
  jump: { camera: Camera; seq: number } | null;
  /** A smooth move to a camera (presenter scene changes); `duration` in ms, 0 jumps. */
  fly: { camera: Camera; duration: number; seq: number } | null;
}

export const useCamera = create<CameraState>(() => ({ view: null, fit: null, jump: null, fly: null }));

/** Pure updater: a request to fit the bounds. */
export function withFit(state: CameraState, bounds: Bounds, maxZoom: number): CameraState {
  return { ...state, fit: { bounds, maxZoom, seq: (state.fit?.seq ?? 0) + 1 } };
}

/** Pure updater: a request to jump to a camera. */
export function withJump(state: CameraState, camera: Camera): CameraState {
  return { ...state, jump: { camera, seq: (state.jump?.seq ?? 0) + 1 } };
}

/** Pure updater: a request to fly to a camera over `duration` ms (0 jumps). */
export function withFly(state: CameraState, camera: Camera, duration: number): CameraState {
  return duration > 0 ? { ...state, fly: { camera, duration, seq: (state.fly?.seq ?? 0) + 1 } } : withJump(state, camera);
}

/** Asks the map to fit the bounds (the map adapter animates there). */
export function requestFit(bounds: Bounds, maxZoom = 11): void {
  useCamera.setState((s) => withFit(s, bounds, maxZoom));
}

/** Asks the map to jump to a camera (from a URL). */
export function requestJump(camera: Camera): void {
  useCamera.setState((s) => withJump(s, camera));
}

/** Records the camera the map settled on. */
export function reportView(view: Camera): void {
  useCamera.setState({ view });
}
