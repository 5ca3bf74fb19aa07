/**
 * countyMetrics on hand-made fixtures: km by status, parks/projects, capacity totals with unit
 * conversion, and the buffer-share against its analytic value.
 */
import { describe, expect, it } from 'vitest';
import { collection, feature, square } from './coverage-fixtures';
import { distance } from '@turf/turf';
import { bufferUnion, countyMetrics, countyThemeMatrix, densifyLine, type CountyMetrics, type CoverageLayers } from '../../src/geo/coverage';
import { measureValues } from '../../src/explore/choropleth';
import type { PlanCollection } from '../../src/geo/types';
import type { Indicator, Link, PlanModel, Task, Theme } from '../../src/plan/types';


function counties(): PlanCollection {
  return collection([
    feature('A', { type: 'Polygon', coordinates: square(0, 0, 1, 1) }, { kind: 'county' }),
    feature('B', { type: 'Polygon', coordinates: square(1, 0, 2, 1) }, { kind: 'county' }),
  ]);
}

function link(featureId: string): Link {
  return { featureId, kind: 'named' };
}

function task(id: string, themes: Theme[], ids: string[]): Task {
  return {
    id, documentId: 'd1', sectionId: 's1', title: id, span: { start: 0, end: 1 }, leadUnits: [], responsibleUnits: [],
    themes, themeEvidence: {}, scope: 'named-places', featureIds: ids, indicatorIds: [], links: ids.map(link), flaws: [],
  };
}

function indicator(id: string, featureIds: string[], value: number, unit: string): Indicator {
  return {
    id, documentId: 'd1', taskId: 't1', name: id, value, unit, comparator: '=', targetYear: 2025, yearEvidence: null,
    aspirational: false, annual: false, featureIds, links: featureIds.map(link), span: { start: 0, end: 1 }, quote: id,
    valueSpan: null, source: 'text',
  };
}

function model(tasks: Task[], indicators: Indicator[] = []): PlanModel {
  return {
    version: 1,
    documents: [{ id: 'd1', title: 'd1', issuer: '', date: '', area: '', areaCounties: ['A', 'B'], file: 'd1.txt', sha256: '', length: 1 }],
    sections: [], tasks, indicators, flaws: [], nonTargets: [], gazetteer: { files: [], terms: 0 }, unresolvedMentions: [],
  };
}

function byId(rows: CountyMetrics[], id: string): CountyMetrics {
  const row = rows.find((r) => r.countyId === id);
  if (!row) throw new Error(`no metrics for ${id}`);
  return row;
}

describe('countyMetrics', () => {
  it('counts imported features in every county they lie in; the imported measure reads that count', () => {
    const layers: CoverageLayers = {
      counties: counties(),
      imported: collection([
        feature('imp-k-1', { type: 'Point', coordinates: [0.5, 0.5] }, { kind: 'imported' }),
        feature('imp-k-2', { type: 'LineString', coordinates: [[0.5, 0.2], [1.5, 0.2]] }, { kind: 'imported' }),
        feature('imp-k-3', { type: 'Point', coordinates: [5, 5] }, { kind: 'imported' }),
      ]),
    };
    const rows = countyMetrics(model([]), layers);
    expect(byId(rows, 'A').importedIds).toEqual(['imp-k-1', 'imp-k-2']);
    expect(byId(rows, 'B').importedIds).toEqual(['imp-k-2']);
    expect(byId(rows, 'A').parkIds).toEqual([]);
    const values = measureValues({ kind: 'imported' }, countyThemeMatrix(model([]), layers), rows);
    expect(Object.fromEntries(values)).toEqual({ A: 2, B: 1 });
  });

  it('measures railway and expressway km by status inside each county', () => {
    const layers: CoverageLayers = {
      counties: counties(),
      railways: collection([
        feature('R1', { type: 'LineString', coordinates: [[0.5, 0.5], [1.5, 0.5]] }, { kind: 'railway', status: 'existing' }),
        feature('R2', { type: 'LineString', coordinates: [[1.2, 0.1], [1.2, 0.9]] }, { kind: 'railway', status: 'planned' }),
      ]),
      highways: collection([
        feature('E1', { type: 'LineString', coordinates: [[0.1, 0.2], [0.9, 0.2]] }, { kind: 'expressway', status: 'under-construction' }),
        feature('G1', { type: 'LineString', coordinates: [[0.1, 0.8], [0.9, 0.8]] }, { kind: 'road', status: 'existing' }),
      ]),
    };
    const rows = countyMetrics(model([]), layers);
    const a = byId(rows, 'A'), b = byId(rows, 'B');
    expect(a.railwayKm.existing).toBeCloseTo(distance([0.5, 0.5], [1, 0.5]), 6);
    expect(b.railwayKm.existing).toBeCloseTo(distance([1, 0.5], [1.5, 0.5]), 6);
    expect(b.railwayKm.planned).toBeCloseTo(distance([1.2, 0.1], [1.2, 0.9]), 6);
    expect(a.railwayKm.planned).toBe(0);
    expect(a.expresswayKm['under-construction']).toBeCloseTo(distance([0.1, 0.2], [0.9, 0.2]), 6);
    expect(a.expresswayKm.existing).toBe(0); // G1 is a road, not an expressway
    expect(b.expresswayKm['under-construction']).toBe(0);
  });

  it('sums capacity in 万千瓦 (5 + 200000千瓦 → 20 + a shared 10 = 35), ignoring 万千瓦时', () => {
    const layers: CoverageLayers = {
      counties: counties(),
      parks: collection([
        feature('W', { type: 'Point', coordinates: [0.2, 0.2] }, { kind: 'energy' }),
        feature('S', { type: 'Point', coordinates: [0.7, 0.7] }, { kind: 'energy' }),
        feature('X', { type: 'Polygon', coordinates: square(0.9, 0.4, 1.1, 0.6) }, { kind: 'park' }),
      ]),
    };
    const mdl = model([task('t1', ['energy'], ['W', 'S'])], [
      indicator('i1', ['W'], 5, '万千瓦'),
      indicator('i2', ['S'], 200000, '千瓦'),
      indicator('i3', ['S'], 3, '万千瓦时'),
      indicator('i4', ['X'], 10, '万千瓦'),
    ]);
    const rows = countyMetrics(mdl, layers);
    const a = byId(rows, 'A'), b = byId(rows, 'B');
    expect(a.capacity.totalWan).toBeCloseTo(35, 9); // 5 + 20 + 10 (X straddles A and B)
    expect(a.capacity.indicatorIds).toEqual(['i1', 'i2', 'i4']);
    expect(a.capacity.sharedIndicatorIds).toEqual(['i4']);
    expect(b.capacity.totalWan).toBeCloseTo(10, 9);
    expect(a.parkIds).toEqual(['S', 'W', 'X']);
    expect(b.parkIds).toEqual(['X']);
    expect(a.projectIds).toEqual(['S', 'W', 'X']);
    expect(a.tasks).toEqual({ named: 0, spatial: 1, documentArea: 0 });
    expect(b.tasks).toEqual({ named: 0, spatial: 0, documentArea: 0 });
    expect(a.indicators.spatial).toBe(4);
  });

  it('gives the exact capacity of the hand example: 5 + 20 = 25 万千瓦 in one county', () => {
    const layers: CoverageLayers = {
      counties: counties(),
      parks: collection([feature('W', { type: 'Point', coordinates: [1.5, 0.5] }, { kind: 'energy', countyId: 'B' })]),
    };
    const rows = countyMetrics(model([task('t1', ['energy'], ['W'])], [indicator('i1', ['W'], 5, '万千瓦'), indicator('i2', ['B'], 20, '万千瓦')]), layers);
    expect(byId(rows, 'B').capacity.totalWan).toBe(25);
    expect(byId(rows, 'A').capacity.totalWan).toBe(0);
    expect(byId(rows, 'B').tasks.named).toBe(1);
  });

  it('matches the analytic buffer share for a line through the middle of a square (within 2%)', () => {
    const layers: CoverageLayers = {
      counties: collection([feature('A', { type: 'Polygon', coordinates: square(0, 0, 1, 1) }, { kind: 'county' })]),
      railways: collection([feature('R', { type: 'LineString', coordinates: [[0.5, -0.5], [0.5, 1.5]] }, { kind: 'railway', status: 'planned' })]),
    };
    // A band 2 × 10 km wide across a square whose east–west width is the distance from x=0 to x=1 at mid-latitude.
    const width = distance([0, 0.5], [1, 0.5]);
    const analytic = 20 / width;
    const [row] = countyMetrics(model([]), layers, { accessKm: 10 });
    expect(Math.abs((row?.accessShare ?? 0) / analytic - 1)).toBeLessThan(0.02);
    const [wide] = countyMetrics(model([]), layers, { accessKm: 20 });
    expect(Math.abs((wide?.accessShare ?? 0) / (40 / width) - 1)).toBeLessThan(0.02);
  });

  it('leaves proposed lines out of the access share unless asked', () => {
    const layers: CoverageLayers = {
      counties: collection([feature('A', { type: 'Polygon', coordinates: square(0, 0, 1, 1) }, { kind: 'county' })]),
      highways: collection([feature('E', { type: 'LineString', coordinates: [[0.5, -0.5], [0.5, 1.5]] }, { kind: 'expressway', status: 'proposed' })]),
    };
    expect(countyMetrics(model([]), layers)[0]?.accessShare).toBe(0);
    const share = countyMetrics(model([]), layers, { accessStatuses: ['proposed'] })[0]?.accessShare ?? 0;
    expect(share).toBeGreaterThan(0.15);
    expect(() => countyMetrics(model([]), layers, { accessKm: 0 })).toThrow(/accessKm/);
  });

  it('densifies and buffers with guard clauses', () => {
    const dense = densifyLine([[0, 0], [1, 0]], 10);
    expect(dense.length).toBe(13); // 111.2 km / 10 km → 12 steps
    expect(bufferUnion([], 5)).toBeNull();
    expect(() => densifyLine([[0, 0], [1, 0]], 0)).toThrow();
  });
});
