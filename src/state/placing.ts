/**
 * Placing a point on the map for the add-plan review: while a name is being placed, the next map click
 * is handed to the waiting dialog instead of selecting a feature. One owner: the dialog starts and
 * cancels; the map view delivers the click.
 */
import { create } from 'zustand';

/** The name being placed (null: not placing) and who gets the click. */
export interface PlacingState {
  term: string | null;
  onPick: ((lngLat: [number, number]) => void) | null;
}

export const usePlacing = create<PlacingState>(() => ({ term: null, onPick: null }));

/** Waits for a map click for `term`. */
export function startPlacing(term: string, onPick: (lngLat: [number, number]) => void): void {
  usePlacing.setState({ term, onPick });
}

/** Stops waiting (Escape, 取消, the dialog closing). */
export function cancelPlacing(): void {
  usePlacing.setState({ term: null, onPick: null });
}

/** Hands a map click to the waiting dialog; false when nobody waits. */
export function deliverPlacing(lngLat: [number, number]): boolean {
  const { onPick } = usePlacing.getState();
  if (!onPick) return false;
  cancelPlacing();
  onPick(lngLat);
  return true;
}
