import { create } from 'zustand';
import type { RefLayer } from '../geo/types';

/** A reference to one feature of one layer. */
export interface FeatureRef {
  layer: RefLayer;
  id: string;
}

/** Hovered and selected features; highlighted ids (e.g. a task's features) live here too. */
export interface SelectionState {
  hovered: FeatureRef | null;
  selected: FeatureRef | null;
  highlighted: readonly FeatureRef[];
}

export const useSelection = create<SelectionState>(() => ({ hovered: null, selected: null, highlighted: [] }));

/** Two refs name the same feature. */
export function sameRef(a: FeatureRef | null, b: FeatureRef | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.layer === b.layer && a.id === b.id;
}

/** Sets the hovered feature, keeping the state object when nothing changed. */
export function setHovered(ref: FeatureRef | null): void {
  useSelection.setState((s) => (sameRef(s.hovered, ref) ? s : { ...s, hovered: ref }));
}

/** Selects a feature (or clears the selection with null). */
export function selectFeature(ref: FeatureRef | null): void {
  useSelection.setState((s) => (sameRef(s.selected, ref) ? s : { ...s, selected: ref }));
}
