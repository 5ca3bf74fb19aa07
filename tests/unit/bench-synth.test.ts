/** Seeded synthetic data of the benchmark (src/cli/bench/synth.ts). */
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { prng, synthFeatures, synthId, synthSearchCollection, type BBox } from '../../src/cli/bench/synth';

const BBOX: BBox = [103, 27, 104, 28];

function inside(p: Position, b: BBox): boolean {
  const [x = NaN, y = NaN] = p;
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

describe('prng', () => {
  it('is deterministic per seed and in [0, 1)', () => {
    const a = prng(42), b = prng(42), c = prng(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('gives mulberry32\'s reference first value for seed 1', () => {
    expect(prng(1)()).toBeCloseTo(0.6270739405881613, 15);
  });
});

describe('synthFeatures', () => {
  const fc = synthFeatures(2000, 7, BBOX);

  it('makes n features with unique ids in generation order', () => {
    expect(fc.features).toHaveLength(2000);
    const ids = fc.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(2000);
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toBe(synthId('syn', 0));
    expect(fc.features.every((f) => f.properties.id === f.id)).toBe(true);
  });

  it('keeps every coordinate inside the bbox; lines have 2–6 vertices', () => {
    for (const f of fc.features) {
      if (f.geometry.type === 'Point') expect(inside(f.geometry.coordinates, BBOX)).toBe(true);
      else if (f.geometry.type === 'LineString') {
        expect(f.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
        expect(f.geometry.coordinates.length).toBeLessThanOrEqual(6);
        expect(f.geometry.coordinates.every((p) => inside(p, BBOX))).toBe(true);
      } else throw new Error(`unexpected ${f.geometry.type}`);
    }
  });

  it('has roughly the requested share of lines, none with lineShare 0', () => {
    const lines = fc.features.filter((f) => f.geometry.type === 'LineString').length;
    expect(lines / 2000).toBeGreaterThan(0.25);
    expect(lines / 2000).toBeLessThan(0.35);
    expect(synthFeatures(500, 7, BBOX, { lineShare: 0 }).features.every((f) => f.geometry.type === 'Point')).toBe(true);
  });

  it('is deterministic: the same seed gives the same collection, another seed another', () => {
    expect(synthFeatures(2000, 7, BBOX)).toEqual(fc);
    expect(synthFeatures(50, 8, BBOX)).not.toEqual(synthFeatures(50, 7, BBOX));
  });

  it('rejects a negative or fractional count', () => {
    expect(() => synthFeatures(-1, 1)).toThrow(/non-negative integer/);
    expect(() => synthFeatures(1.5, 1)).toThrow(/non-negative integer/);
  });
});

describe('synthSearchCollection', () => {
  const fc = synthSearchCollection(3000, 3, BBOX);

  it('makes unique Chinese names with English names, points inside the bbox', () => {
    expect(fc.features).toHaveLength(3000);
    const names = fc.features.map((f) => f.properties.name);
    expect(new Set(names).size).toBe(3000);
    expect(names.every((n) => /^\p{Script=Han}[\p{Script=Han}0-9]+$/u.test(n))).toBe(true);
    expect(fc.features.every((f) => /^[a-z]+ [a-z]+ \d+$/.test(f.properties.nameEn))).toBe(true);
    expect(fc.features.every((f) => f.geometry.type === 'Point' && inside(f.geometry.coordinates, BBOX))).toBe(true);
  });

  it('gives about one in four an alias, and is deterministic', () => {
    const withAlias = fc.features.filter((f) => (f.properties.aliases ?? []).length > 0).length;
    expect(withAlias / 3000).toBeGreaterThan(0.2);
    expect(withAlias / 3000).toBeLessThan(0.3);
    expect(synthSearchCollection(3000, 3, BBOX)).toEqual(fc);
  });
});
