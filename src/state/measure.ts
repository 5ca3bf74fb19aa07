import { create } from 'zustand';
import type { Position } from 'geojson';
import type { MeasureMode } from '../geo/measure';

/** The measure tool: off, or measuring a distance or an area through clicked points. */
export interface MeasureState {
  mode: MeasureMode | null;
  points: readonly Position[];
}

export const useMeasure = create<MeasureState>(() => ({ mode: null, points: [] }));

/** Pure updater: adds a clicked point. */
export function withPoint(state: MeasureState, point: Position): MeasureState {
  if (!state.mode) return state;
  return { ...state, points: [...state.points, point] };
}

/** Starts measuring in a mode (or stops with null); points are cleared. */
export function setMeasureMode(mode: MeasureMode | null): void {
  useMeasure.setState({ mode, points: [] });
}

/** Adds a point when the tool is on. */
export function addMeasurePoint(point: Position): void {
  useMeasure.setState((s) => withPoint(s, point));
}

/** Removes the last point (undo). */
export function undoMeasurePoint(): void {
  useMeasure.setState((s) => ({ ...s, points: s.points.slice(0, -1) }));
}
