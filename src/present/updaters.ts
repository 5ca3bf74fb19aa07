/**
 * Pure deck updaters: each returns a new deck (or the same object when nothing changes) with
 * `updatedAt` set from the caller's clock. Unknown scene ids leave the deck as it is.
 */
import type { Deck, Scene } from './types';

function touched(deck: Deck, scenes: Scene[], now: string): Deck {
  return { ...deck, scenes, updatedAt: now };
}

/** Inserts a scene after `afterId` (or at the end when absent/unknown). */
export function addScene(deck: Deck, scene: Scene, now: string, afterId?: string): Deck {
  const at = afterId ? deck.scenes.findIndex((s) => s.id === afterId) : -1;
  const scenes = [...deck.scenes];
  scenes.splice(at < 0 ? scenes.length : at + 1, 0, scene);
  return touched(deck, scenes, now);
}

/** Moves a scene by `delta` places (−1 up, +1 down), clamped to the ends. */
export function moveScene(deck: Deck, id: string, delta: number, now: string): Deck {
  const from = deck.scenes.findIndex((s) => s.id === id);
  if (from < 0) return deck;
  const to = Math.max(0, Math.min(deck.scenes.length - 1, from + delta));
  if (to === from) return deck;
  const scenes = [...deck.scenes];
  const [scene] = scenes.splice(from, 1);
  if (!scene) return deck;
  scenes.splice(to, 0, scene);
  return touched(deck, scenes, now);
}

function updateScene(deck: Deck, id: string, now: string, change: (s: Scene) => Scene): Deck {
  const i = deck.scenes.findIndex((s) => s.id === id);
  const old = deck.scenes[i];
  if (!old) return deck;
  const next = change(old);
  if (next === old) return deck;
  const scenes = [...deck.scenes];
  scenes[i] = next;
  return touched(deck, scenes, now);
}

/** Renames a scene (leading/trailing spaces dropped; an empty title is refused). */
export function renameScene(deck: Deck, id: string, title: string, now: string): Deck {
  const clean = title.trim();
  return updateScene(deck, id, now, (s) => (clean === '' || clean === s.title ? s : { ...s, title: clean }));
}

/** Sets a scene's caption; an edited caption is no longer a quote, so its source is dropped. */
export function setCaption(deck: Deck, id: string, caption: string, now: string): Deck {
  return updateScene(deck, id, now, (s) => {
    if (caption === s.caption) return s;
    const { captionSource: _dropped, ...rest } = s;
    return { ...rest, caption };
  });
}

/** Removes a scene. */
export function deleteScene(deck: Deck, id: string, now: string): Deck {
  const scenes = deck.scenes.filter((s) => s.id !== id);
  return scenes.length === deck.scenes.length ? deck : touched(deck, scenes, now);
}

/** The index after stepping `delta` from `index`, kept inside the deck (no wrap-around). */
export function stepIndex(index: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return Math.max(0, Math.min(count - 1, index + delta));
}
