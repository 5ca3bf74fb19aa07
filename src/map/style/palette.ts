/**
 * Colours and the status styling of lines, in one place. Planners read status as: existing solid,
 * under construction dashed, planned lighter and dotted, proposed faint and sparse.
 */
import type { Status } from '../../geo/types';

export const COLORS = {
  background: '#eef0ec',
  contextFill: '#e4e4de',
  contextLine: '#c2c2b8',
  prefectureLine: '#9a9a90',
  provinceLine: '#6f6f66',
  zhaotongFill: '#f5e2bd',
  luzhouFill: '#d5e8c9',
  countyLine: '#ffffff',
  countyOutline: '#8a6d3b',
  hover: '#1f6feb',
  selected: '#d1242f',
  highlighted: '#bf3989',
  river: '#6aa7d8',
  riverLabel: '#2f6c9f',
  seat: '#333333',
  label: '#1d1d1b',
  halo: '#ffffff',
  railway: '#5b3a8c',
  highway: '#c8323c',
  road: '#e07b24',
  corridor: '#1f9e89',
  belt: '#c48a00',
  place: '#4a4a44',
  /** Points a planner placed on the map (added documents). */
  planner: '#9c36b5',
  park: '#2b6cb0',
  energy: '#2e9d4f',
  uncertainty: '#7a7a70',
} as const;

/** Per-status look of a line, shared by railways, highways and corridors. */
export interface StatusLook {
  dash?: number[];
  opacity: number;
  widthFactor: number;
}

/** Lines whose plan text states no status are drawn thin and grey-dashed, never as "existing". */
export const UNSTATED_LOOK: StatusLook = { dash: [2, 1.5], opacity: 0.7, widthFactor: 0.7 };

export const STATUS_LOOK: Record<Status, StatusLook> = {
  existing: { opacity: 1, widthFactor: 1 },
  'under-construction': { dash: [3, 1.5], opacity: 0.95, widthFactor: 1 },
  planned: { dash: [1, 1.2], opacity: 0.75, widthFactor: 0.9 },
  proposed: { dash: [0.6, 2.2], opacity: 0.55, widthFactor: 0.8 },
};

/** Metres per pixel at zoom 0 on latitude 28° (the plan area), for km → px conversions. */
export const METERS_PER_PX_Z0 = (40_075_016.686 / 512) * Math.cos((28 * Math.PI) / 180); // MapLibre: 512-px world at zoom 0
