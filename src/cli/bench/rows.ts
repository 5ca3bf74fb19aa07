/**
 * The goals of issue 9 and the table rows built from the measured results (pure: numbers in, rows out).
 */
import type { CoverageBench, CoverageResult } from './coverage';
import { fmtMs, fmtRatio, type Row } from './report';
import type { SearchResultBench } from './search';
import { ratio, type Summary } from './stats';

/** The goals, as numbers. */
export const GOALS = {
  loadRatio: 1.2,
  clickP95Ms: 50,
  coverageRealMs: 20,
  coverage100kMs: 1000,
  coverage100kSpeedup: 20,
  keystrokeMs: 16,
  importedRatio: 1.3,
} as const;

/** Load medians of a page pair (app-side first). */
export interface LoadPair {
  app: Summary;
  bare: Summary;
}

/** Everything the table is built from; sections not run are absent. */
export interface BenchResults {
  load?: LoadPair;
  click?: Summary;
  coverage?: CoverageBench;
  search?: SearchResultBench[];
  keys?: Summary;
  imported?: LoadPair;
}

function loadRow(id: string, measure: string, pair: LoadPair, goal: number): Row {
  const r = ratio(pair.app.median, pair.bare.median);
  return {
    id, measure: `${measure} (median of ${pair.app.n} / ${pair.bare.n})`,
    value: fmtMs(pair.app.median), baseline: `${fmtMs(pair.bare.median)} bare`,
    ratio: `${fmtRatio(r)} bare`, goal: `≤ ${goal}×`, met: r === null ? null : r <= goal,
  };
}

function goalRatio(ms: number, goalMs: number): string {
  return `${fmtRatio(ratio(ms, goalMs))} goal`;
}

function naiveText(r: CoverageResult): string {
  return r.naiveExtrapolated
    ? `${fmtMs(r.naiveMs)} naive (extrapolated from ${r.naiveMeasuredOn / 1000}k)`
    : `${fmtMs(r.naiveMs)} naive`;
}

function coverageRows(c: CoverageBench): Row[] {
  const rows: Row[] = [{
    id: '3', measure: `coverage, real data (${c.real.features} features × ${c.real.counties} counties), median of ${c.real.indexed.n}`,
    value: fmtMs(c.real.indexed.median), baseline: naiveText(c.real), ratio: `${fmtRatio(c.real.speedup)} faster`,
    goal: `≤ ${GOALS.coverageRealMs} ms`, met: c.real.indexed.median <= GOALS.coverageRealMs,
  }, {
    id: '3', measure: `coverage + matrix + metrics + gaps, real data, median of ${c.pipeline.n}`,
    value: fmtMs(c.pipeline.median), baseline: '—', ratio: goalRatio(c.pipeline.median, GOALS.coverageRealMs),
    goal: '(info)', met: null,
  }];
  for (const s of c.synthetic) {
    const is100k = s.features >= 100_000;
    rows.push({
      id: '3', measure: `coverage, ${s.label} points/lines × ${s.counties} counties, median of ${s.indexed.n}`,
      value: fmtMs(s.indexed.median), baseline: naiveText(s), ratio: `${fmtRatio(s.speedup)} faster`,
      goal: is100k ? `≤ 1 s and ≥ ${GOALS.coverage100kSpeedup}×` : '(info)',
      met: is100k ? s.indexed.median <= GOALS.coverage100kMs && s.speedup >= GOALS.coverage100kSpeedup : null,
    });
  }
  return rows;
}

function searchRows(search: readonly SearchResultBench[]): Row[] {
  return search.map((s) => ({
    id: '4', measure: `search keystroke, ${s.label} (${s.entries} entries), p95 of ${s.perKeystroke.n}`,
    value: fmtMs(s.perKeystroke.p95), baseline: `p50 ${fmtMs(s.perKeystroke.median)}`,
    ratio: goalRatio(s.perKeystroke.p95, GOALS.keystrokeMs), goal: `≤ ${GOALS.keystrokeMs} ms`,
    met: s.perKeystroke.p95 <= GOALS.keystrokeMs,
  }));
}

/** The table rows, in issue order. */
export function buildRows(r: BenchResults): Row[] {
  const rows: Row[] = [];
  if (r.load) rows.push(loadRow('1', 'load → map idle, app vs bare MapLibre', r.load, GOALS.loadRatio));
  if (r.click) {
    rows.push({
      id: '2', measure: `click county → details painted, p95 of ${r.click.n}`,
      value: fmtMs(r.click.p95), baseline: `p50 ${fmtMs(r.click.median)}`, ratio: goalRatio(r.click.p95, GOALS.clickP95Ms),
      goal: `p95 ≤ ${GOALS.clickP95Ms} ms`, met: r.click.p95 <= GOALS.clickP95Ms,
    });
  }
  if (r.coverage) rows.push(...coverageRows(r.coverage));
  if (r.search) rows.push(...searchRows(r.search));
  if (r.keys) {
    rows.push({
      id: '4', measure: `search keystroke → listbox painted, in the app, p95 of ${r.keys.n}`,
      value: fmtMs(r.keys.p95), baseline: `p50 ${fmtMs(r.keys.median)}`, ratio: goalRatio(r.keys.p95, GOALS.keystrokeMs),
      goal: `≤ ${GOALS.keystrokeMs} ms`, met: r.keys.p95 <= GOALS.keystrokeMs,
    });
  }
  if (r.imported) rows.push(loadRow('5', '100k imported points: app map stack vs bare, load → idle', r.imported, GOALS.importedRatio));
  return rows;
}
