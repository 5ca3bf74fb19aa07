/**
 * The one owner of the map highlight (`useSelection`'s `highlighted`). Three things highlight
 * features: the focused plan item (its features), the open coverage cell (the features in or touching
 * it) and the scene shown (its highlight list). The latest of them owns the highlight; when the thing
 * that owns it closes, the highlight goes with it, and closing something that no longer owns it
 * leaves the highlight alone.
 */
import type { FeatureRef } from '../types/domain';
import { useSelection, type HighlightOwner, type SelectionState } from './selection';

type HighlightSlice = Pick<SelectionState, 'highlighted' | 'highlightOwner'>;

const NONE: readonly FeatureRef[] = [];

/** Pure updater: `owner` highlights `refs` (an empty list owns nothing). */
export function withHighlight<S extends HighlightSlice>(state: S, owner: HighlightOwner, refs: readonly FeatureRef[]): S {
  if (refs.length === 0) return state.highlighted.length === 0 && state.highlightOwner === null ? state : { ...state, highlighted: NONE, highlightOwner: null };
  return { ...state, highlighted: refs, highlightOwner: owner };
}

/** Pure updater: `owner` closed; its highlight is cleared, anyone else's kept. */
export function withoutHighlight<S extends HighlightSlice>(state: S, owner: HighlightOwner): S {
  return state.highlightOwner === owner ? withHighlight(state, owner, NONE) : state;
}

/** Highlights `refs` on behalf of `owner` ([] clears the highlight). */
export function highlight(owner: HighlightOwner, refs: readonly FeatureRef[]): void {
  useSelection.setState((s) => withHighlight(s, owner, refs));
}

/** Clears the highlight if `owner` still owns it. */
export function releaseHighlight(owner: HighlightOwner): void {
  useSelection.setState((s) => withoutHighlight(s, owner));
}
