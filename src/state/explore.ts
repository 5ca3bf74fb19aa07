import { create } from 'zustand';
import type { Filters, Panel, Phase } from '../types/domain';

/** Which right-panel tab is open, the reader's document, table filters and sort, and the phase. */
export interface ExploreState {
  panel: Panel;
  doc: string;
  /** A span to scroll the reader to and mark (set by "show in plan"); seq makes repeats count. */
  readerTarget: { documentId: string; start: number; end: number; seq: number } | null;
  filters: Filters;
  phase: Phase;
  /** The right-hand phase of the swipe compare, or null when comparing is off. */
  compare: Phase | null;
}

export const useExplore = create<ExploreState>(() => ({
  panel: 'details', doc: 'lz', readerTarget: null, filters: {}, phase: 'all', compare: null,
}));

/** Turns the swipe compare on with a right-hand phase, or off with null. */
export function setCompare(compare: Phase | null): void {
  useExplore.setState({ compare });
}

/** Opens a right-panel tab. */
export function setPanel(panel: Panel): void {
  useExplore.setState({ panel });
}

/** Opens the reader at a span of a document. */
export function showInPlan(documentId: string, span: { start: number; end: number }): void {
  useExplore.setState((s) => ({
    panel: 'reader',
    doc: documentId,
    readerTarget: { documentId, ...span, seq: (s.readerTarget?.seq ?? 0) + 1 },
  }));
}

/** Pure updater: sets or clears one filter. */
export function withFilter(filters: Filters, key: keyof Filters, value: string | undefined): Filters {
  const rest = Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key)) as Filters;
  return value ? { ...rest, [key]: value } : rest;
}

/** Sets or clears one table filter. */
export function setFilter(key: keyof Filters, value: string | undefined): void {
  useExplore.setState((s) => ({ filters: withFilter(s.filters, key, value) }));
}

/** Switches the phase view. */
export function setPhase(phase: Phase): void {
  useExplore.setState({ phase });
}

/** Opens a document in the reader. */
export function setDoc(doc: string): void {
  useExplore.setState({ doc });
}
