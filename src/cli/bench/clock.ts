/** Wall-clock timing of synchronous work in Node (the pure benchmarks). */
import { performance } from 'node:perf_hooks';

/** Runs `fn` once and returns its result and duration in milliseconds. */
export function timeOnce<T>(fn: () => T): { result: T; ms: number } {
  const t0 = performance.now();
  const result = fn();
  return { result, ms: performance.now() - t0 };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns the durations (ms). */
export function timeRuns(fn: () => unknown, runs: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(timeOnce(fn).ms);
  return out;
}
