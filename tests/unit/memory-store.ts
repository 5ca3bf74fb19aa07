/** An in-memory stand-in for localStorage (a fresh one per call; `data` shows what was written). */
import type { KeyValueStore } from '../../src/present/deckStorage';

export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      Reflect.deleteProperty(data, key);
    },
  };
}
