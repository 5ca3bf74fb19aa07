import { create } from 'zustand';
import type { Camera } from './urlCodec';

/** [west, south, east, north] in WGS-84 degrees. */
export type Bounds = [number, number, number, number];

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

/** Asks the map to fit the bounds (the map adapter animates there). */
export function requestFit(bounds: Bounds, maxZoom = 11): void {
  useCamera.setState((s) => ({ fit: { bounds, maxZoom, seq: (s.fit?.seq ?? 0) + 1 } }));
}

/** Asks the map to jump to a camera (from a URL). */
export function requestJump(camera: Camera): void {
  useCamera.setState((s) => ({ jump: { camera, seq: (s.jump?.seq ?? 0) + 1 } }));
}

/** Asks the map to fly to a camera over `duration` ms. */
export function requestFly(camera: Camera, duration: number): void {
  useCamera.setState((s) => ({ fly: { camera, duration, seq: (s.fly?.seq ?? 0) + 1 } }));
}

/** Records the camera the map settled on. */
export function reportView(view: Camera): void {
  useCamera.setState({ view });
}
