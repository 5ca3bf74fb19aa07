/** Statistics of the benchmark runner (src/cli/bench/stats.ts); hand-checked samples, no timing. */
import { describe, expect, it } from 'vitest';
import { extrapolate, median, percentile, ratio, summarize } from '../../src/cli/bench/stats';

describe('median', () => {
  it('takes the middle of an odd sample, unsorted input', () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it('averages the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('does not reorder the caller\'s array', () => {
    const sample = [3, 1, 2];
    median(sample);
    expect(sample).toEqual([3, 1, 2]);
  });
  it('rejects an empty sample and non-finite values', () => {
    expect(() => median([])).toThrow(/empty/);
    expect(() => median([1, Number.NaN])).toThrow(/non-finite/);
  });
});

describe('percentile (nearest rank)', () => {
  const fifty = Array.from({ length: 50 }, (_, i) => 50 - i); // 50, 49, …, 1

  it('p95 of 1..50 is the 48th smallest value', () => {
    expect(percentile(fifty, 95)).toBe(48);
  });
  it('p50 of 1..50 is 25 and p100 the maximum', () => {
    expect(percentile(fifty, 50)).toBe(25);
    expect(percentile(fifty, 100)).toBe(50);
  });
  it('p95 of 20 values is the 19th; of one value, that value', () => {
    expect(percentile(Array.from({ length: 20 }, (_, i) => i + 1), 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
  });
  it('rounds the rank up: p90 of 7 values is the 7th, p60 of 7 the 5th', () => {
    const seven = [7, 6, 5, 4, 3, 2, 1];
    expect(percentile(seven, 90)).toBe(7);
    expect(percentile(seven, 60)).toBe(5);
  });
  it('tiny percentiles pick the minimum', () => {
    expect(percentile([3, 1, 2], 1)).toBe(1);
  });
  it('rejects p outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(/p must be/);
    expect(() => percentile([1], 101)).toThrow(/p must be/);
  });
});

describe('summarize, ratio, extrapolate', () => {
  it('summarises a sample', () => {
    expect(summarize([4, 2, 10, 8, 6])).toEqual({ n: 5, min: 2, median: 6, p95: 10, max: 10, mean: 6 });
  });
  it('ratio is null against a zero baseline', () => {
    expect(ratio(6, 4)).toBe(1.5);
    expect(ratio(6, 0)).toBeNull();
  });
  it('extrapolates linearly', () => {
    expect(extrapolate(30_000, 40_000, 100_000)).toBe(75_000);
    expect(() => extrapolate(1, 0, 10)).toThrow(/measured/);
  });
});
