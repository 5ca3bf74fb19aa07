/**
 * The county × theme matrix: for each plan county and each theme of `THEMES`, which tasks and indicators
 * name the county, which only reach it spatially, which cover it as part of the document's whole area, and
 * which of their linked features lie in it. See resolve.ts for the three-way split.
 */
import { THEMES, type PlanModel, type Theme } from '../../plan/types';
import { buildCoverage, compareIds, sortedUnique } from './relate';
import { resolveContext, resolveIndicator, resolveTask, taskFeatureIds } from './resolve';
import type { Coverage, CoverageLayers, FeatureCountyRelation } from './types';

/** Why a task reaches a county only spatially: the linked features that meet the county. */
export interface SpatialEvidence {
  taskId: string;
  featureIds: string[];
}

/** Counts of one {@link CoverageCell} (the lengths of its id lists). */
export interface CellCounts {
  namedTasks: number;
  spatialTasks: number;
  documentAreaTasks: number;
  namedIndicators: number;
  spatialIndicators: number;
  documentAreaIndicators: number;
  featuresInside: number;
  featuresTouching: number;
}

/** One county × theme cell. The three task lists are disjoint, as are the three indicator lists. */
export interface CoverageCell {
  countyId: string;
  theme: Theme;
  /** Tasks of the theme that name the county or a feature whose `countyId` is the county. */
  namedTasks: string[];
  /** Tasks whose linked features meet the county but that do not name it ("spatial only"). */
  spatialTasks: string[];
  /** 'document-area' tasks of a document covering the county (not named, not spatial). */
  documentAreaTasks: string[];
  namedIndicators: string[];
  spatialIndicators: string[];
  documentAreaIndicators: string[];
  /** Features linked by the cell's named or spatial tasks (any of their links) that lie wholly in the county. */
  featuresInside: string[];
  /** Features linked by those tasks that cross the county outline or meet it only on the outline. */
  featuresTouching: string[];
  /** For every spatial task, the linked features that put it here (sorted by task id). */
  spatialEvidence: SpatialEvidence[];
  counts: CellCounts;
}

/** Result of {@link countyThemeMatrix}. */
export interface CountyThemeMatrix {
  /** County ids (rows), sorted. */
  counties: string[];
  /** Themes (columns), in `THEMES` order. */
  themes: Theme[];
  /** counties.length × themes.length cells, county-major, themes in `THEMES` order. */
  cells: CoverageCell[];
  /** Tasks with no theme (they appear in no cell), sorted. */
  unthemedTaskIds: string[];
  /** Linked ids that are neither a county nor a feature of the layers, sorted. */
  unknownFeatureIds: string[];
}

/** Options of {@link countyThemeMatrix}. */
export interface MatrixOptions {
  /** A coverage already computed for the same layers (the app memoises it); computed when absent. */
  coverage?: Coverage;
}

interface CellDraft {
  named: Set<string>; spatial: Set<string>; documentArea: Set<string>;
  namedInd: Set<string>; spatialInd: Set<string>; documentAreaInd: Set<string>;
  features: Set<string>; evidence: Map<string, string[]>;
}

function emptyDraft(): CellDraft {
  return {
    named: new Set(), spatial: new Set(), documentArea: new Set(),
    namedInd: new Set(), spatialInd: new Set(), documentAreaInd: new Set(),
    features: new Set(), evidence: new Map(),
  };
}

/**
 * Builds the county × theme matrix. Pure and deterministic (sorted ids); pass `options.coverage` to
 * reuse a coverage computed once for several views.
 * @throws when the model has no tasks array or an indicator refers to an unknown task.
 */
export function countyThemeMatrix(model: PlanModel, layers: CoverageLayers, options: MatrixOptions = {}): CountyThemeMatrix {
  const coverage = options.coverage ?? buildCoverage(layers);
  const ctx = resolveContext(model, coverage);
  const counties = coverage.counties.map((c) => c.id);
  const drafts = new Map<string, CellDraft>();
  for (const c of counties) for (const t of THEMES) drafts.set(`${c}|${t}`, emptyDraft());
  const cell = (c: string, t: Theme): CellDraft | undefined => drafts.get(`${c}|${t}`);
  const unknown = new Set<string>();
  const unthemed: string[] = [];

  for (const task of model.tasks) {
    const res = resolveTask(ctx, task);
    const linked = taskFeatureIds(task);
    res.unknown.forEach((id) => unknown.add(id));
    if (task.themes.length === 0) unthemed.push(task.id);
    for (const theme of task.themes) {
      for (const c of res.named.keys()) {
        const d = cell(c, theme);
        if (!d) continue;
        d.named.add(task.id);
        linked.forEach((id) => d.features.add(id));
      }
      for (const [c, ids] of res.spatial) {
        const d = cell(c, theme);
        if (!d) continue;
        d.spatial.add(task.id);
        d.evidence.set(task.id, ids);
        ids.forEach((id) => d.features.add(id));
      }
      for (const c of res.documentArea) cell(c, theme)?.documentArea.add(task.id);
    }
  }

  for (const indicator of model.indicators ?? []) {
    const task = ctx.tasks.get(indicator.taskId);
    const res = resolveIndicator(ctx, indicator);
    res.unknown.forEach((id) => unknown.add(id));
    for (const theme of task?.themes ?? []) {
      for (const c of res.named.keys()) cell(c, theme)?.namedInd.add(indicator.id);
      for (const c of res.spatial.keys()) cell(c, theme)?.spatialInd.add(indicator.id);
      for (const c of res.documentArea) cell(c, theme)?.documentAreaInd.add(indicator.id);
    }
  }

  const relation = new Map<string, FeatureCountyRelation>(coverage.relations.map((r) => [`${r.countyId}|${r.featureId}`, r]));
  const cells: CoverageCell[] = [];
  for (const c of counties) {
    for (const theme of THEMES) {
      const d = cell(c, theme) as CellDraft;
      const inside: string[] = [];
      const touching: string[] = [];
      for (const id of d.features) {
        const r = relation.get(`${c}|${id}`);
        if (!r) continue; // a county link, or a feature named via countyId whose geometry lies elsewhere
        (r.contact === 'inside' ? inside : touching).push(id);
      }
      const out: CoverageCell = {
        countyId: c,
        theme,
        namedTasks: sortedUnique(d.named),
        spatialTasks: sortedUnique(d.spatial),
        documentAreaTasks: sortedUnique(d.documentArea),
        namedIndicators: sortedUnique(d.namedInd),
        spatialIndicators: sortedUnique(d.spatialInd),
        documentAreaIndicators: sortedUnique(d.documentAreaInd),
        featuresInside: sortedUnique(inside),
        featuresTouching: sortedUnique(touching),
        spatialEvidence: [...d.evidence.entries()]
          .sort(([a], [b]) => compareIds(a, b))
          .map(([taskId, featureIds]) => ({ taskId, featureIds })),
        counts: {} as CellCounts,
      };
      out.counts = {
        namedTasks: out.namedTasks.length,
        spatialTasks: out.spatialTasks.length,
        documentAreaTasks: out.documentAreaTasks.length,
        namedIndicators: out.namedIndicators.length,
        spatialIndicators: out.spatialIndicators.length,
        documentAreaIndicators: out.documentAreaIndicators.length,
        featuresInside: out.featuresInside.length,
        featuresTouching: out.featuresTouching.length,
      };
      cells.push(out);
    }
  }
  return {
    counties,
    themes: [...THEMES],
    cells,
    unthemedTaskIds: sortedUnique(unthemed),
    unknownFeatureIds: sortedUnique(unknown),
  };
}

/** The cell of a county and a theme, or undefined when the county is not in the matrix. */
export function matrixCell(matrix: CountyThemeMatrix, countyId: string, theme: Theme): CoverageCell | undefined {
  const row = matrix.counties.indexOf(countyId);
  const col = matrix.themes.indexOf(theme);
  if (row < 0 || col < 0) return undefined;
  return matrix.cells[row * matrix.themes.length + col];
}
