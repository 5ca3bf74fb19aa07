/**
 * Makes pending workspace writes visible as `data-pending-writes` on the root element: what the
 * browser tests wait on before a reload, and a hook for a "saving…" indicator.
 */
import { onPendingWrites, pendingWrites } from '../storage/pending';

/** Starts publishing the count; returns the function that stops it. */
export function startSaveGuard(root: HTMLElement = document.documentElement): () => void {
  const show = (n: number): void => {
    root.dataset.pendingWrites = String(n);
  };
  show(pendingWrites());
  return onPendingWrites(show);
}
