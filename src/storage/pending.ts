/**
 * Counts workspace writes under way (IndexedDB transactions and the work queued just before them), so
 * the page can say "saving" and warn before it is closed mid-write, and the browser tests can wait for
 * a write to land before they reload. A write is counted from when it is asked for until it settles.
 */
type Listener = (pending: number) => void;

let pending = 0;
const listeners = new Set<Listener>();

function publish(): void {
  for (const listener of listeners) listener(pending);
}

/** Counts `write` as pending until it settles; returns it unchanged (its rejection included). */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  pending++;
  publish();
  const done = (): void => {
    pending--;
    publish();
  };
  write.then(done, done);
  return write;
}

/** Number of writes under way now. */
export function pendingWrites(): number {
  return pending;
}

/** Calls `listener` with the count after every change; returns the unsubscribe function. */
export function onPendingWrites(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
