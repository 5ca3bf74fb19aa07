/**
 * Deterministic output (src/geo/build/serialize.ts) and the geometry checks (src/geo/build/validate.ts).
 */
import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featureCollectionText, stableJsonText } from '../../src/geo/build/serialize.ts';
import { findSegmentConflicts, geometryProblems, ringProblems, segmentConflict } from '../../src/geo/build/validate.ts';

const pt = (id: string, extra: Record<string, unknown> = {}): Feature<Geometry, Record<string, unknown>> => ({
  type: 'Feature',
  properties: { source: 's', kind: 'seat', zeta: 1, id, name: 'n', nameEn: 'N', alpha: 2, ...extra },
  geometry: { type: 'Point', coordinates: [105, 28] },
});

describe('featureCollectionText', () => {
  it('sorts by id, sets Feature.id, orders keys, one feature per line, trailing newline', () => {
    const text = featureCollectionText([pt('seat-2'), pt('seat-10'), pt('seat-1')]);
    expect(text.endsWith(']}\n')).toBe(true);
    const lines = text.split('\n');
    expect(lines[0]).toBe('{"type":"FeatureCollection","features":[');
    const parsed = JSON.parse(text) as { features: { id: string; properties: Record<string, unknown> }[] };
    expect(parsed.features.map((f) => f.id)).toEqual(['seat-1', 'seat-10', 'seat-2']);
    expect(Object.keys(parsed.features[0]?.properties ?? {})).toEqual(['id', 'name', 'nameEn', 'kind', 'source', 'alpha', 'zeta']);
    expect(lines).toHaveLength(parsed.features.length + 3);
  });

  it('gives identical bytes for the same features in any order', () => {
    expect(featureCollectionText([pt('b'), pt('a')])).toBe(featureCollectionText([pt('a'), pt('b')]));
  });

  it('throws on a missing or duplicate id', () => {
    expect(() => featureCollectionText([pt('a'), pt('a')])).toThrow(/duplicate/);
    expect(() => featureCollectionText([pt('')])).toThrow(/id/);
  });

  it('stableJsonText sorts keys recursively and ends with a newline', () => {
    expect(stableJsonText({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } }))
      .toBe('{\n  "a": {\n    "c": [\n      3,\n      {\n        "e": 5,\n        "f": 4\n      }\n    ],\n    "d": 2\n  },\n  "b": 1\n}\n');
  });
});

describe('ring and segment checks', () => {
  const sq: Position[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

  it('accepts a valid ring and reports each kind of problem', () => {
    expect(ringProblems(sq)).toEqual([]);
    expect(ringProblems([[0, 0], [1, 0], [0, 0]])[0]).toMatch(/< 4/);
    expect(ringProblems([[0, 0], [1, 0], [1, 1], [0, 1]])).toContain('ring not closed');
    expect(ringProblems([[0, 0], [1, 0], [1, 0], [1, 1], [0, 0]])[0]).toMatch(/duplicate/);
    expect(ringProblems([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]])[0]).toMatch(/self-intersection/);
    expect(geometryProblems({ type: 'Point', coordinates: [0, 0] })[0]).toMatch(/not a polygon/);
  });

  it('classifies segment pairs', () => {
    expect(segmentConflict([0, 0], [2, 2], [0, 2], [2, 0])).toBe('cross');
    expect(segmentConflict([0, 0], [2, 0], [1, 0], [1, 1])).toBe('touch');
    expect(segmentConflict([0, 0], [2, 0], [1, 0], [3, 0])).toBe('overlap');
    expect(segmentConflict([0, 0], [1, 0], [1, 0], [1, 1])).toBeNull();
    expect(segmentConflict([0, 0], [1, 0], [0, 1], [1, 1])).toBeNull();
  });

  it('finds conflicts between lines but accepts shared endpoints and ring closure', () => {
    expect(findSegmentConflicts([sq])).toEqual([]);
    expect(findSegmentConflicts([[[0, 0], [1, 0]], [[1, 0], [1, 1]]])).toEqual([]);
    const c = findSegmentConflicts([[[0, 0], [2, 2]], [[0, 2], [2, 0]]]);
    expect(c).toHaveLength(1);
    expect(c[0]?.kind).toBe('cross');
  });
});
