/**
 * Pure statistics for the benchmark: medians, nearest-rank percentiles and a summary of a sample.
 * No timing happens here; callers pass the measured durations (milliseconds).
 */

/** Summary of one sample of durations, in milliseconds. */
export interface Summary {
  n: number;
  min: number;
  median: number;
  p95: number;
  max: number;
  mean: number;
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

function checkSample(values: readonly number[], what: string): void {
  if (values.length === 0) throw new Error(`${what}: empty sample`);
  if (values.some((v) => !Number.isFinite(v))) throw new Error(`${what}: sample holds a non-finite value`);
}

/**
 * The median: the middle value, or the mean of the two middle values for an even count.
 * @throws on an empty sample or a non-finite value.
 */
export function median(values: readonly number[]): number {
  checkSample(values, 'median');
  const s = sortedCopy(values);
  const mid = s.length >> 1;
  if (s.length % 2 === 1) return s[mid] as number;
  return ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Nearest-rank percentile: the smallest value such that at least `p` % of the sample is ≤ it
 * (p95 of 50 values is the 48th smallest). Always one of the measured values, never interpolated.
 * @throws on an empty sample, a non-finite value or `p` outside (0, 100].
 */
export function percentile(values: readonly number[], p: number): number {
  checkSample(values, 'percentile');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile: p must be in (0, 100], got ${p}`);
  const s = sortedCopy(values);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1] as number;
}

/** Min, median, p95, max and mean of a sample. @throws on an empty sample. */
export function summarize(values: readonly number[]): Summary {
  checkSample(values, 'summarize');
  const s = sortedCopy(values);
  return {
    n: s.length,
    min: s[0] as number,
    median: median(s),
    p95: percentile(s, 95),
    max: s[s.length - 1] as number,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

/**
 * `a / b`, or null when the baseline is not positive (a ratio to nothing says nothing).
 */
export function ratio(a: number, b: number): number | null {
  if (!(b > 0) || !Number.isFinite(a)) return null;
  return a / b;
}

/**
 * Linear extrapolation of a time measured on `measured` items to `total` items
 * (used for the naive coverage, which is linear in the number of features).
 */
export function extrapolate(ms: number, measured: number, total: number): number {
  if (!(measured > 0)) throw new Error(`extrapolate: measured count must be > 0, got ${measured}`);
  return (ms * total) / measured;
}
