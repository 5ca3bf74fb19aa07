import { create } from 'zustand';

/**
 * The id of the presentation scene on screen, mirrored from the (lazily loaded) present store so the
 * URL sync can write `scene=` without loading the presentation code.
 */
export const useSceneRef = create<{ activeId: string | null }>(() => ({ activeId: null }));
