/**
 * The app's domain types, in one place: what a feature reference, a camera, a focus, the table
 * filters, a panel and a phase are. Pure declarations (and the constant lists their parsers check
 * against); every layer may import them. Layer ids and feature properties are geo/types.ts.
 */
import { LAYER_IDS, type LayerId, type RefLayer } from '../geo/types';

/** A reference to one feature of one layer (a shipped layer or an imported layer's source). */
export interface FeatureRef {
  layer: RefLayer;
  id: string;
}

/** [west, south, east, north] in WGS-84 degrees. */
export type Bounds = [number, number, number, number];

/** A map camera: centre [lng, lat], zoom, bearing and pitch in degrees. */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** What a focused plan item is: a task, an indicator or an agency (by its name). */
export type FocusKind = 'task' | 'indicator' | 'agency';

/** The plan item the user focused. */
export interface Focus {
  kind: FocusKind;
  /** Task id, indicator id, or the agency's name as written in the plan. */
  id: string;
}

/** The task and indicator table filters (absent keys: no filter). */
export interface Filters {
  documentId?: string;
  theme?: string;
  lead?: string;
  year?: string;
  status?: string;
}

/** The right-panel tabs. */
export const PANELS = ['details', 'reader', 'tasks', 'indicators', 'coverage', 'present'] as const;
export type Panel = (typeof PANELS)[number];

/** The phase views of the plan network. */
export const PHASES = ['all', 'existing', '2022', '2025', '2035'] as const;
export type Phase = (typeof PHASES)[number];

/** The layers switched on when the app opens (every shipped layer). */
export const DEFAULT_VISIBLE: readonly LayerId[] = LAYER_IDS;
