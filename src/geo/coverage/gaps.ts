/**
 * What the plans leave uncovered: county × theme cells no task names or reaches, places the texts name
 * but the map cannot place, and features of the layers no task or indicator mentions.
 */
import { THEMES, type PlanModel, type Theme } from '../../plan/types';
import { countyThemeMatrix, type CountyThemeMatrix } from './matrix';
import { buildCoverage, compareIds, sortedUnique } from './relate';
import { taskFeatureIds } from './resolve';
import type { Coverage, CoverageLayerKey, CoverageLayers } from './types';

/**
 * One entry of `geodata/unplaced.json` (optional input): a term the texts use that has no geometry.
 * Either `term` or `name` must be set; the other fields are kept when present.
 */
export interface UnplacedInput {
  id?: string;
  term?: string;
  name?: string;
  documentId?: string;
  documents?: string[];
  category?: string;
  reason?: string;
}

/** A county × theme cell with neither a named nor a spatial task (document-area tasks do not fill it). */
export interface EmptyCell {
  countyId: string;
  theme: Theme;
  /** How many document-area tasks still cover the cell (they cover the whole area, not the county). */
  documentAreaTasks: number;
}

/** A place named in a text that has no geometry. */
export interface UnplacedMention {
  term: string;
  /** Document ids where it is named, sorted. */
  documentIds: string[];
  /** Where it was reported: the model's `unresolvedMentions`, the `unplaced` list, or both. */
  sources: ('unresolved' | 'unplaced')[];
  /** Candidate feature ids the mention finder hesitated between, sorted. */
  candidates: string[];
  /** Number of mentions in `unresolvedMentions` (0 when only listed in `unplaced`). */
  occurrences: number;
  /** Reasons given by the `unplaced` list and by `unresolvedMentions` ("ambiguous" …), sorted, distinct. */
  reasons: string[];
  /** Ids and categories of the `unplaced` entries, sorted, distinct. */
  unplacedIds: string[];
  categories: string[];
}

/** A layer feature that no task and no indicator links. */
export interface UnmentionedFeature {
  id: string;
  layer: CoverageLayerKey;
  name: string;
}

/** Result of {@link findGaps}. */
export interface CoverageGaps {
  /** County-major, themes in `THEMES` order. */
  emptyCells: EmptyCell[];
  /** Counties with no named or spatial task in any theme, sorted. */
  emptyCounties: string[];
  /** Sorted by term. */
  unplacedMentions: UnplacedMention[];
  /** Sorted by id. */
  unmentionedFeatures: UnmentionedFeature[];
  /** Ids linked by tasks or indicators that no layer and no county holds, sorted. */
  unknownFeatureIds: string[];
}

/** Options of {@link findGaps}. */
export interface GapsOptions {
  coverage?: Coverage;
  /** A matrix already computed with the same model and coverage. */
  matrix?: CountyThemeMatrix;
  /** Contents of `geodata/unplaced.json`, when the file exists. */
  unplaced?: readonly UnplacedInput[];
}

/**
 * Finds the gaps of the coverage. Pure and deterministic.
 * @throws when an `unplaced` entry has neither `term` nor `name`.
 */
export function findGaps(model: PlanModel, layers: CoverageLayers, options: GapsOptions = {}): CoverageGaps {
  const coverage = options.coverage ?? buildCoverage(layers);
  const matrix = options.matrix ?? countyThemeMatrix(model, layers, { coverage });

  const emptyCells: EmptyCell[] = [];
  const filled = new Set<string>();
  for (const cell of matrix.cells) {
    if (cell.namedTasks.length + cell.spatialTasks.length > 0) {
      filled.add(cell.countyId);
      continue;
    }
    emptyCells.push({ countyId: cell.countyId, theme: cell.theme, documentAreaTasks: cell.documentAreaTasks.length });
  }
  const order = new Map(THEMES.map((t, i) => [t, i]));
  emptyCells.sort((a, b) => compareIds(a.countyId, b.countyId) || (order.get(a.theme) ?? 0) - (order.get(b.theme) ?? 0));

  const linked = new Set<string>();
  for (const t of model.tasks) taskFeatureIds(t).forEach((id) => linked.add(id));
  for (const i of model.indicators ?? []) taskFeatureIds(i).forEach((id) => linked.add(id));
  const unmentionedFeatures = coverage.features
    .filter((f) => !linked.has(f.id))
    .map((f) => ({ id: f.id, layer: f.layer, name: f.name }));

  return {
    emptyCells,
    emptyCounties: matrix.counties.filter((c) => !filled.has(c)),
    unplacedMentions: unplacedMentions(model, options.unplaced ?? []),
    unmentionedFeatures,
    unknownFeatureIds: matrix.unknownFeatureIds,
  };
}

interface MentionDraft {
  docs: Set<string>;
  sources: Set<'unresolved' | 'unplaced'>;
  candidates: Set<string>;
  occurrences: number;
  reasons: Set<string>;
  ids: Set<string>;
  categories: Set<string>;
}

function unplacedMentions(model: PlanModel, unplaced: readonly UnplacedInput[]): UnplacedMention[] {
  const byTerm = new Map<string, MentionDraft>();
  const draft = (term: string): MentionDraft => {
    let d = byTerm.get(term);
    if (!d) {
      d = {
        docs: new Set(), sources: new Set(), candidates: new Set(), occurrences: 0, reasons: new Set(), ids: new Set(),
        categories: new Set(),
      };
      byTerm.set(term, d);
    }
    return d;
  };
  for (const m of model.unresolvedMentions ?? []) {
    const d = draft(m.term);
    d.docs.add(m.documentId);
    d.sources.add('unresolved');
    m.candidates.forEach((c) => d.candidates.add(c));
    if (m.reason) d.reasons.add(m.reason);
    d.occurrences++;
  }
  unplaced.forEach((entry, i) => {
    const term = entry.term ?? entry.name;
    if (!term) throw new Error(`findGaps: unplaced entry ${i} has neither term nor name`);
    const d = draft(term);
    d.sources.add('unplaced');
    if (entry.documentId) d.docs.add(entry.documentId);
    (entry.documents ?? []).forEach((doc) => d.docs.add(doc));
    if (entry.reason) d.reasons.add(entry.reason);
    if (entry.id) d.ids.add(entry.id);
    if (entry.category) d.categories.add(entry.category);
  });
  return [...byTerm.keys()].sort(compareIds).map((term) => {
    const d = byTerm.get(term) as MentionDraft;
    return {
      term,
      documentIds: sortedUnique(d.docs),
      sources: (['unresolved', 'unplaced'] as const).filter((s) => d.sources.has(s)),
      candidates: sortedUnique(d.candidates),
      occurrences: d.occurrences,
      reasons: sortedUnique(d.reasons),
      unplacedIds: sortedUnique(d.ids),
      categories: sortedUnique(d.categories),
    };
  });
}
