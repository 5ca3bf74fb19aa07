import { create } from 'zustand';
import type { Focus } from '../types/domain';


/** The plan item the user focused (e.g. picked in search); panels show it. */
export interface FocusState {
  focus: Focus | null;
}

export const useFocus = create<FocusState>(() => ({ focus: null }));

/** Two foci name the same item. */
export function sameFocus(a: Focus | null, b: Focus | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.kind === b.kind && a.id === b.id;
}

/** Focuses a task, indicator or agency (or clears the focus with null); keeps the state when unchanged. */
export function setFocus(focus: Focus | null): void {
  useFocus.setState((s) => (sameFocus(s.focus, focus) ? s : { focus }));
}
