/**
 * The coverage tables as rows (header first) for CSV and XLSX export: the county × theme matrix, the
 * county metrics, the task list and the indicator list. Pure; cells are strings or numbers only.
 */
import type { CountyMetrics, CountyThemeMatrix } from '../geo/coverage';
import type { PlanModel, Theme } from '../plan/types';
import type { Cell } from '../export/csv';

export type Rows = Cell[][];

/** Names for ids in the tables. */
export interface Labels {
  county: (id: string) => string;
  theme: (theme: Theme) => string;
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** One row per county × theme cell with the three-way split and the task ids. */
export function matrixRows(matrix: CountyThemeMatrix, labels: Labels): Rows {
  const rows: Rows = [[
    'county_id', 'county', 'theme', 'theme_name', 'named_tasks', 'spatial_only_tasks', 'document_area_tasks',
    'named_indicators', 'spatial_only_indicators', 'features_inside', 'features_touching', 'named_task_ids', 'spatial_task_ids',
  ]];
  for (const c of matrix.cells) {
    rows.push([
      c.countyId, labels.county(c.countyId), c.theme, labels.theme(c.theme), c.counts.namedTasks, c.counts.spatialTasks,
      c.counts.documentAreaTasks, c.counts.namedIndicators, c.counts.spatialIndicators, c.counts.featuresInside,
      c.counts.featuresTouching, c.namedTasks.join(' '), c.spatialTasks.join(' '),
    ]);
  }
  return rows;
}

/** One row per county: lengths by status, parks, access share, capacity, task counts. */
export function metricsRows(metrics: readonly CountyMetrics[]): Rows {
  const rows: Rows = [[
    'county_id', 'county', 'area_km2', 'railway_km_existing', 'railway_km_under_construction', 'railway_km_planned',
    'railway_km_proposed', 'railway_km_unknown', 'expressway_km_existing', 'expressway_km_under_construction',
    'expressway_km_planned', 'expressway_km_proposed', 'expressway_km_unknown', 'parks', 'projects',
    'access_share_pct', 'access_km', 'capacity_wan_kw', 'tasks_named', 'tasks_spatial_only', 'tasks_document_area',
    'imported_features',
  ]];
  for (const m of metrics) {
    const r = m.railwayKm;
    const e = m.expresswayKm;
    rows.push([
      m.countyId, m.name, round(m.areaKm2, 1),
      round(r.existing), round(r['under-construction']), round(r.planned), round(r.proposed), round(r.unknown),
      round(e.existing), round(e['under-construction']), round(e.planned), round(e.proposed), round(e.unknown),
      m.parkIds.length, m.projectIds.length, round(m.accessShare * 100, 1), m.accessKm, round(m.capacity.totalWan, 2),
      m.tasks.named, m.tasks.spatial, m.tasks.documentArea, m.importedIds.length,
    ]);
  }
  return rows;
}

/** Every task with units, themes, linked features and its exact text span. */
export function taskRows(model: PlanModel, labels: Labels): Rows {
  const rows: Rows = [['task_id', 'document', 'title', 'lead_units', 'responsible_units', 'themes', 'scope', 'feature_ids', 'indicator_ids', 'span_start', 'span_end']];
  for (const t of model.tasks) {
    rows.push([
      t.id, t.documentId, t.title, t.leadUnits.join('、'), t.responsibleUnits.join('、'), t.themes.map(labels.theme).join('、'),
      t.scope, t.featureIds.join(' '), t.indicatorIds.join(' '), t.span.start, t.span.end,
    ]);
  }
  return rows;
}

/** Every indicator with value, unit, comparator, year and its exact quote. */
export function indicatorRows(model: PlanModel): Rows {
  const rows: Rows = [['indicator_id', 'document', 'task_id', 'name', 'value', 'value_max', 'unit', 'comparator', 'target_year', 'feature_ids', 'quote']];
  for (const i of model.indicators) {
    rows.push([
      i.id, i.documentId, i.taskId, i.name, i.value, i.valueMax ?? null, i.unit, i.comparator, i.targetYear, i.featureIds.join(' '), i.quote,
    ]);
  }
  return rows;
}
