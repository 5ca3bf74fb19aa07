/** The coverage exports: CSV per table, one XLSX with every table, GeoJSON of the visible features. */
import { indicatorRows, matrixRows, metricsRows, taskRows, type Labels } from '../../explore/coverageTables';
import { planIndexOf } from '../../explore/derived';
import type { CoverageData } from '../../explore/coverageCompute';
import { toCsv } from '../../export/csv';
import { downloadBlob } from '../../export/download';
import { featuresWithLinks } from '../../export/geojson';
import { toXlsxBlob } from '../../export/xlsx';
import type { PlanModel } from '../../plan/types';
import { useData } from '../../state/data';
import { useLayers } from '../../state/layers';

export type ExportKind = 'csvMatrix' | 'csvMetrics' | 'csvTasks' | 'csvIndicators' | 'xlsx' | 'geojson';

const CSV = 'text/csv;charset=utf-8';

/** Runs one export and hands the file to the browser. */
export async function runExport(kind: ExportKind, model: PlanModel, data: CoverageData, labels: Labels): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  switch (kind) {
    case 'csvMatrix':
      return downloadBlob(`coverage-matrix-${stamp}.csv`, new Blob([toCsv(matrixRows(data.matrix, labels))], { type: CSV }));
    case 'csvMetrics':
      return downloadBlob(`coverage-metrics-${stamp}.csv`, new Blob([toCsv(metricsRows(data.metrics))], { type: CSV }));
    case 'csvTasks':
      return downloadBlob(`plan-tasks-${stamp}.csv`, new Blob([toCsv(taskRows(model, labels))], { type: CSV }));
    case 'csvIndicators':
      return downloadBlob(`plan-indicators-${stamp}.csv`, new Blob([toCsv(indicatorRows(model))], { type: CSV }));
    case 'xlsx': {
      const blob = await toXlsxBlob([
        { name: 'matrix', rows: matrixRows(data.matrix, labels) },
        { name: 'metrics', rows: metricsRows(data.metrics) },
        { name: 'tasks', rows: taskRows(model, labels) },
        { name: 'indicators', rows: indicatorRows(model) },
      ]);
      return downloadBlob(`coverage-${stamp}.xlsx`, blob);
    }
    case 'geojson': {
      const { collections } = useData.getState();
      const fc = featuresWithLinks(collections, useLayers.getState().visible, planIndexOf(model));
      return downloadBlob(`visible-features-${stamp}.geojson`, new Blob([JSON.stringify(fc)], { type: 'application/geo+json' }));
    }
  }
}
