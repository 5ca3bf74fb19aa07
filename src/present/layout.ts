/**
 * Where the presenter overlay puts its text, as padding for fitting scenes (pure). The overlay CSS
 * (src/panels/present/present.css) uses the same proportions: a title band on top, a caption band at
 * the bottom and, when a scene has callouts, a column on the right.
 */
import type { Padding, Viewport } from './types';

/** Padding that keeps fitted features clear of the presenter's title, caption and callouts. */
export function presenterPadding(viewport: Viewport, withCallouts: boolean): Padding {
  const { width, height } = viewport;
  return {
    top: Math.round(Math.max(96, height * 0.16)),
    bottom: Math.round(Math.max(120, height * 0.22)),
    left: Math.round(Math.max(24, width * 0.04)),
    right: Math.round(withCallouts ? Math.max(260, width * 0.25) : Math.max(24, width * 0.04)),
  };
}

/** Padding for showing a scene in the normal (non-presenter) map. */
export const EDIT_PADDING: Padding = { top: 56, right: 40, bottom: 40, left: 40 };
