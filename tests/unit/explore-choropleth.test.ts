import { describe, expect, test } from 'vitest';
import { choroplethColors, classBreaks, classOf, RAMP } from '../../src/explore/choropleth';

describe('class breaks', () => {
  test('zero is its own class and positive values split by rank', () => {
    expect(classBreaks([0, 1, 2, 3, 4, 5, 6, 7, 8], 5)).toEqual([0, 2, 4, 6, 8]);
  });
  test('few distinct values give few classes, never empty ones', () => {
    expect(classBreaks([0, 0, 3, 3, 3], 5)).toEqual([0, 3]);
    expect(classBreaks([0, 0], 5)).toEqual([0]);
  });
  test('a value falls in the first class whose upper bound holds it', () => {
    const breaks = [0, 2, 4, 6, 8];
    expect([0, 1, 2, 3, 8, 9].map((v) => classOf(v, breaks))).toEqual([0, 1, 1, 2, 4, 4]);
  });
  test('colours span the ramp: zero neutral, the top class darkest', () => {
    const values = new Map([['a', 0], ['b', 1], ['c', 8]]);
    const colors = choroplethColors(values, [0, 2, 4, 6, 8]);
    expect(colors.a).toBe(RAMP[0]);
    expect(colors.c).toBe(RAMP[RAMP.length - 1]);
    expect(colors.b).not.toBe(colors.c);
  });
});
