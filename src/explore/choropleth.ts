/**
 * The coverage choropleth: one measure per county, class breaks and colours. Pure.
 */
import type { CountyMetrics, CountyThemeMatrix } from '../geo/coverage';
import type { Theme } from '../plan/types';

/** What the counties are coloured by. */
export type MeasureKind =
  | 'tasks-named' | 'tasks-spatial' | 'indicators-named' | 'railway-km' | 'expressway-km' | 'parks' | 'access' | 'capacity'
  | 'imported';

export const MEASURE_KINDS: readonly MeasureKind[] = [
  'tasks-named', 'tasks-spatial', 'indicators-named', 'railway-km', 'expressway-km', 'parks', 'access', 'capacity', 'imported',
];

export interface Measure {
  kind: MeasureKind;
  /** Restrict task/indicator counts to one theme. */
  theme?: Theme;
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

/** The measure's value for each county id. */
export function measureValues(measure: Measure, matrix: CountyThemeMatrix, metrics: readonly CountyMetrics[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of metrics) {
    const cells = matrix.cells.filter((c) => c.countyId === m.countyId && (!measure.theme || c.theme === measure.theme));
    const distinct = (pick: (c: (typeof cells)[number]) => string[]) => new Set(cells.flatMap(pick)).size;
    let value: number;
    switch (measure.kind) {
      case 'tasks-named': value = distinct((c) => c.namedTasks); break;
      case 'tasks-spatial': value = distinct((c) => c.spatialTasks); break;
      case 'indicators-named': value = distinct((c) => c.namedIndicators); break;
      case 'railway-km': value = sum(m.railwayKm); break;
      case 'expressway-km': value = sum(m.expresswayKm); break;
      case 'parks': value = m.parkIds.length; break;
      case 'access': value = m.accessShare * 100; break;
      case 'capacity': value = m.capacity.totalWan; break;
      case 'imported': value = m.importedIds.length; break;
    }
    out.set(m.countyId, value);
  }
  return out;
}

/**
 * Class breaks: upper bounds of up to `n` classes over the distinct values (equal-count by rank, so
 * a few large counties do not flatten the rest). A zero class is kept separate: "nothing" is a gap.
 */
export function classBreaks(values: readonly number[], n = 5): number[] {
  const positive = [...new Set(values.filter((v) => v > 0))].sort((a, b) => a - b);
  if (positive.length === 0) return [0];
  const classes = Math.min(n - 1, positive.length);
  const breaks: number[] = [0];
  for (let i = 1; i <= classes; i++) {
    const at = Math.ceil((i * positive.length) / classes) - 1;
    const value = positive[at] as number;
    if (value > (breaks[breaks.length - 1] as number)) breaks.push(value);
  }
  return breaks;
}

/** Sequential ramp, light to dark; index 0 (value 0) is a neutral "gap" colour. */
export const RAMP = ['#f2f0ea', '#fde0c5', '#f9b384', '#ec7a4f', '#c8442f', '#8c1d18'];

/** The class index of a value (0 for zero). */
export function classOf(value: number, breaks: readonly number[]): number {
  if (value <= 0) return 0;
  for (let i = 1; i < breaks.length; i++) if (value <= (breaks[i] as number)) return i;
  return breaks.length - 1;
}

/** Colour per county id for the measure. */
export function choroplethColors(values: ReadonlyMap<string, number>, breaks: readonly number[]): Record<string, string> {
  const colors: Record<string, string> = {};
  const step = breaks.length > 1 ? (RAMP.length - 1) / (breaks.length - 1) : 1;
  for (const [id, v] of values) {
    const k = classOf(v, breaks);
    colors[id] = RAMP[k === 0 ? 0 : Math.round(k * step)] ?? RAMP[RAMP.length - 1] ?? '#000';
  }
  return colors;
}
