/**
 * The presentation model: a deck of scenes. A scene is a saved map view with a title, a caption and
 * indicator callouts; the deck is what a planner steps through in a meeting. Pure data, JSON-safe.
 */
import type { LayerId } from '../geo/types';
import type { Bounds, Camera, FeatureRef, Filters, Phase } from '../types/domain';

/** Where a caption was quoted from: a span of a seed text (`text.slice(start, end)` is the caption). */
export interface CaptionSource {
  documentId: string;
  start: number;
  end: number;
}

/** One slide of the deck: a view of the map and what to say about it. */
export interface Scene {
  /** Stable and URL-safe (`?scene=<id>`): `[A-Za-z0-9_.-]{1,80}`. */
  id: string;
  title: string;
  caption: string;
  /** Set when the caption is a quote of a plan (default scenes); cleared when the planner edits it. */
  captionSource?: CaptionSource;
  /** The exact view; used as-is for scenes saved from the screen. */
  camera: Camera;
  /**
   * When set, the scene shows these bounds on whatever screen it is presented on (generated scenes:
   * a projector is not the planner's laptop); `camera` is then the fit on a 1600×900 reference screen.
   */
  fit?: Bounds;
  layers: LayerId[];
  /**
   * Ids of the planner's imported layers the scene shows (the others are hidden when it is shown).
   * Absent in generated scenes and older files: imported layers are then left as they are.
   */
  imported?: string[];
  phase: Phase;
  filters: Filters;
  /** Feature ids drawn highlighted. */
  highlighted: string[];
  /** Indicator ids (plan.json) shown as callouts with value, unit and year. */
  callouts: string[];
  /** The plan section a generated scene presents. */
  sectionId?: string;
}

/** An ordered list of scenes. */
export interface Deck {
  id: string;
  title: string;
  scenes: Scene[];
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** The deck file format version written by this code. */
export const DECK_VERSION = 1;

/** What is saved and exported: a versioned envelope around the deck (kepler.gl-style saved map). */
export interface DeckFileV1 {
  version: typeof DECK_VERSION;
  info: { app: 'planmap'; kind: 'deck'; savedAt: string };
  deck: Deck;
}

/** The part of the app state a scene captures and restores. */
export interface SceneState {
  camera: Camera;
  layers: LayerId[];
  /** Imported layers shown; undefined leaves them as they are. */
  imported?: string[];
  phase: Phase;
  filters: Filters;
  highlighted: FeatureRef[];
}

/** Screen size in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** Space in CSS pixels kept free at each edge when fitting bounds (for overlays). */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
