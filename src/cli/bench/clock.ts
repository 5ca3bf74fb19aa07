/**
 * Timing of synchronous work in Node (the pure benchmarks): wall clock, and this process's CPU time
 * (user + system), which other processes' load on a shared machine inflates much less.
 */
import { performance } from 'node:perf_hooks';

/** Runs `fn` once: its result, wall-clock and CPU milliseconds. */
export function timeOnce<T>(fn: () => T): { result: T; ms: number; cpuMs: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { result, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns the wall-clock durations (ms). */
export function timeRuns(fn: () => unknown, runs: number, warmup = 1): number[] {
  return timeRunsCpu(fn, runs, warmup).wall;
}

/** As {@link timeRuns}, with the CPU time of each run too. */
export function timeRunsCpu(fn: () => unknown, runs: number, warmup = 1): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = timeOnce(fn);
    wall.push(t.ms);
    cpu.push(t.cpuMs);
  }
  return { wall, cpu };
}
