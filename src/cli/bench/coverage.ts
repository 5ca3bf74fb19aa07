/**
 * Benchmark 3: the county × feature coverage (pure, in Node). The indexed `buildCoverage` against the
 * naive reference loop over every county × feature pair, in the same run, on the real data and on
 * synthetic 1k / 10k / 100k features (seeded points and short lines inside the plan bbox, related to the
 * 13 real plan counties). The naive loop is capped: when it would take longer than the cap, it runs on
 * the first part of the features and its time is extrapolated linearly (it is linear in the features).
 */
import {
  buildCoverage, countyMetrics, countyThemeMatrix, findGaps, naiveCoverage,
  type Coverage, type CoverageLayers, type UnplacedInput,
} from '../../geo/coverage';
import type { PlanCollection, PlanFeature } from '../../geo/types';
import { timeOnce, timeRuns, timeRunsCpu } from './clock';
import { collectionBBox, type RealData } from './data';
import { extrapolate, summarize, type Summary } from './stats';
import { synthFeatures } from './synth';

/** One coverage measurement. */
export interface CoverageResult {
  label: string;
  features: number;
  counties: number;
  relations: number;
  indexed: Summary;
  /** CPU time of the indexed runs (less sensitive to other processes' load). */
  indexedCpu: Summary;
  /** Naive CPU time for all features (extrapolated like {@link naiveMs}). */
  naiveCpuMs: number;
  /** Naive time for all features (measured, or extrapolated from `naiveMeasuredOn` features). */
  naiveMs: number;
  naiveMeasuredOn: number;
  naiveExtrapolated: boolean;
  /** Indexed and naive relations are identical on the features the naive loop ran on. */
  identical: boolean;
  speedup: number;
  /**
   * Median time of `buildCoverage` with no county (feature preparation, index build, sort): the work
   * both implementations share, which bounds the possible speed-up to naiveMs / fixedMs.
   */
  fixedMs: number;
  /** CPU time of the same. */
  fixedCpuMs: number;
}

/** The real-data coverage plus the whole coverage pipeline the app memoises (matrix, metrics, gaps). */
export interface CoverageBench {
  real: CoverageResult;
  /** Median `buildCoverage` time of the counties with one real layer at a time (where the real-data time goes). */
  realByLayer: Record<string, number>;
  pipeline: Summary;
  synthetic: CoverageResult[];
  naiveCapMs: number;
}

const SEED = 20240917;

function sameRelations(a: Coverage, b: Coverage): boolean {
  return JSON.stringify(a.relations) === JSON.stringify(b.relations);
}

function realLayers(data: RealData): CoverageLayers {
  const c = data.collections;
  if (!c.counties) throw new Error('bench: counties.geojson is missing');
  return {
    counties: c.counties, parks: c.parks, railways: c.railways, highways: c.highways,
    corridors: c.corridors, places: c.places, seats: c.seats, rivers: c.rivers,
  };
}

function subset(fc: PlanCollection, n: number): PlanCollection {
  const features: PlanFeature[] = [];
  for (const f of fc.features) {
    if (features.length >= n) break;
    features.push(f);
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Measures one input. `perFeatureNaiveMs` (from a smaller size) predicts the naive time; when the
 * prediction exceeds the cap, the naive loop runs on a prefix of the features and is extrapolated.
 */
function measure(
  label: string, layers: CoverageLayers, runs: number, capMs: number, perFeatureNaiveMs: number | null,
): CoverageResult {
  const imported = layers.imported;
  const total = imported ? imported.features.length : 0;
  const samples = timeRunsCpu(() => buildCoverage(layers), runs);
  const full = buildCoverage(layers);
  let naiveOn = full.features.length;
  let naiveLayers = layers;
  if (imported && perFeatureNaiveMs !== null && perFeatureNaiveMs * total > capMs) {
    naiveOn = Math.max(1000, Math.floor(capMs / perFeatureNaiveMs / 1000) * 1000);
    naiveLayers = { ...layers, imported: subset(imported, naiveOn) };
  }
  const naive = timeOnce(() => naiveCoverage(naiveLayers));
  const extrapolated = naiveOn < full.features.length;
  const reference = extrapolated ? buildCoverage(naiveLayers) : full;
  const naiveMs = extrapolated ? extrapolate(naive.ms, naiveOn, full.features.length) : naive.ms;
  const naiveCpuMs = extrapolated ? extrapolate(naive.cpuMs, naiveOn, full.features.length) : naive.cpuMs;
  const indexed = summarize(samples.wall);
  const fixed = timeRunsCpu(() => buildCoverage(layers, { countyIds: [] }), Math.min(runs, 3));
  return {
    label,
    features: full.features.length,
    counties: full.counties.length,
    relations: full.relations.length,
    indexed,
    indexedCpu: summarize(samples.cpu),
    naiveCpuMs,
    naiveMs,
    naiveMeasuredOn: naiveOn,
    naiveExtrapolated: extrapolated,
    identical: sameRelations(naive.result, reference),
    speedup: naiveMs / indexed.median,
    fixedMs: summarize(fixed.wall).median,
    fixedCpuMs: summarize(fixed.cpu).median,
  };
}

/** Options of {@link benchCoverage}. */
export interface CoverageBenchOptions {
  /** Longest the naive loop may run for one size, ms (default 45 s, under the 60 s the brief allows). */
  naiveCapMs?: number;
  sizes?: readonly number[];
  log?: (line: string) => void;
}

/** Runs benchmark 3. */
export function benchCoverage(data: RealData, options: CoverageBenchOptions = {}): CoverageBench {
  const capMs = options.naiveCapMs ?? 45_000;
  const log = options.log ?? (() => undefined);
  const layers = realLayers(data);

  log('coverage: real data');
  const real = measure('real data', layers, 15, capMs, null);
  const realByLayer: Record<string, number> = {};
  for (const key of ['parks', 'railways', 'highways', 'corridors', 'places', 'seats', 'rivers'] as const) {
    const one: CoverageLayers = { counties: layers.counties, [key]: layers[key] };
    realByLayer[key] = summarize(timeRuns(() => buildCoverage(one), 7)).median;
  }
  const unplaced = data.unplaced as UnplacedInput[];
  const pipeline = summarize(timeRuns(() => {
    const coverage = buildCoverage(layers);
    const matrix = countyThemeMatrix(data.model, layers, { coverage });
    countyMetrics(data.model, layers, { coverage });
    findGaps(data.model, layers, { coverage, matrix, unplaced });
  }, 5));

  const counties = layers.counties;
  const bbox = collectionBBox(counties);
  const synthetic: CoverageResult[] = [];
  let perFeature: number | null = null;
  for (const n of options.sizes ?? [1000, 10_000, 100_000]) {
    log(`coverage: synthetic ${n}`);
    const imported = synthFeatures(n, SEED + n, bbox);
    const runs = n >= 100_000 ? 3 : n >= 10_000 ? 5 : 9;
    const r = measure(`synthetic ${n / 1000}k`, { counties, imported }, runs, capMs, perFeature);
    perFeature = r.naiveMs / r.features;
    synthetic.push(r);
  }
  return { real, realByLayer, pipeline, synthetic, naiveCapMs: capMs };
}
