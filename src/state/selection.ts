import { create } from 'zustand';
import type { FeatureRef } from '../types/domain';

/** What the highlight on the map shows: the focused plan item, the open coverage cell, or the scene shown. */
export type HighlightOwner = 'focus' | 'cell' | 'scene';

/**
 * Hovered and selected features; highlighted ids (e.g. a task's features) live here too, with what
 * they belong to. `highlighted` is written only through state/highlight.ts.
 */
export interface SelectionState {
  hovered: FeatureRef | null;
  selected: FeatureRef | null;
  highlighted: readonly FeatureRef[];
  /** What the highlight belongs to (null: nothing is highlighted). */
  highlightOwner: HighlightOwner | null;
}

export const useSelection = create<SelectionState>(() => ({ hovered: null, selected: null, highlighted: [], highlightOwner: null }));

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
