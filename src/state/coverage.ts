import { create } from 'zustand';
import type { Measure } from '../explore/choropleth';
import type { Theme } from '../plan/types';
import { releaseHighlight } from './highlight';

/** The coverage view: the choropleth measure and the matrix cell the planner opened. */
export interface CoverageState {
  measure: Measure;
  cell: { countyId: string; theme: Theme } | null;
}

export const useCoverage = create<CoverageState>(() => ({ measure: { kind: 'tasks-named' }, cell: null }));

/** Colours the counties by another measure. */
export function setMeasure(measure: Measure): void {
  useCoverage.setState({ measure });
}

/** Opens a matrix cell (or closes it with null: its highlight goes with it). */
export function openCell(cell: CoverageState['cell']): void {
  useCoverage.setState({ cell });
  if (!cell) releaseHighlight('cell');
}
