/**
 * County × theme matrix and gaps on hand-made fixtures: counties A = [0,1]×[0,1] and B = [1,2]×[0,1],
 * a railway R from A into B, a place P in A (countyId "A"), a border point Q, a park K in B.
 */
import { describe, expect, it } from 'vitest';
import { collection, feature, square } from './coverage-fixtures';
import {
  buildCoverage, countyThemeMatrix, findGaps, matrixCell, type CoverageLayers,
} from '../../src/geo/coverage';

import type { Indicator, Link, PlanModel, Task, Theme } from '../../src/plan/types';


function layers(): CoverageLayers {
  return {
    counties: collection([
      feature('A', { type: 'Polygon', coordinates: square(0, 0, 1, 1) }, { kind: 'county' }),
      feature('B', { type: 'Polygon', coordinates: square(1, 0, 2, 1) }, { kind: 'county' }),
    ]),
    railways: collection([feature('R', { type: 'LineString', coordinates: [[0.5, 0.5], [1.5, 0.5]] }, { kind: 'railway', status: 'planned' })]),
    places: collection([
      feature('P', { type: 'Point', coordinates: [0.3, 0.3] }, { kind: 'town', countyId: 'A' }),
      feature('Q', { type: 'Point', coordinates: [1, 0.9] }, { kind: 'site' }),
      feature('LONELY', { type: 'Point', coordinates: [1.9, 0.9] }, { kind: 'site', countyId: 'B' }),
    ]),
    parks: collection([feature('K', { type: 'Polygon', coordinates: square(1.2, 0.2, 1.4, 0.4) }, { kind: 'park', countyId: 'B' })]),
  };
}

function link(featureId: string, extra: Partial<Link> = {}): Link {
  return { featureId, kind: 'named', ...extra };
}

function task(id: string, themes: Theme[], links: Link[], scope: Task['scope'] = 'named-places', documentId = 'd1'): Task {
  return {
    id, documentId, sectionId: 's1', title: id, span: { start: 0, end: 1 }, leadUnits: [], responsibleUnits: [],
    themes, themeEvidence: {}, scope, featureIds: links.map((l) => l.featureId), indicatorIds: [], links, flaws: [],
  };
}

function indicator(id: string, taskId: string, featureIds: string[], value: number | null = 1, unit: string | null = '个'): Indicator {
  return {
    id, documentId: 'd1', taskId, name: id, value, unit, comparator: '=', targetYear: null, yearEvidence: null,
    aspirational: false, annual: false, featureIds, links: featureIds.map((f) => link(f)), span: { start: 0, end: 1 },
    quote: id, valueSpan: null, source: 'text',
  };
}

function model(tasks: Task[], indicators: Indicator[] = []): PlanModel {
  return {
    version: 1,
    documents: [{ id: 'd1', title: 'd1', issuer: '', date: '', area: '', areaCounties: ['A', 'B'], file: 'd1.txt', sha256: '', length: 1 }],
    sections: [], tasks, indicators, flaws: [], nonTargets: [], gazetteer: { files: [], terms: 0 },
    unresolvedMentions: [{ documentId: 'd1', term: '某镇', span: { start: 0, end: 2 }, candidates: ['X2', 'X1'], reason: 'ambiguous' }],
  };
}

describe('countyThemeMatrix', () => {
  it('keeps the named county and the spatial-only county apart', () => {
    // t1 names county A and links railway R, which also crosses B: A is named, B is spatial only.
    const m = countyThemeMatrix(model([task('t1', ['transport'], [link('A'), link('R')])]), layers());
    const a = matrixCell(m, 'A', 'transport');
    const b = matrixCell(m, 'B', 'transport');
    expect(a?.namedTasks).toEqual(['t1']);
    expect(a?.spatialTasks).toEqual([]);
    expect(a?.featuresTouching).toEqual(['R']);
    expect(b?.namedTasks).toEqual([]);
    expect(b?.spatialTasks).toEqual(['t1']);
    expect(b?.spatialEvidence).toEqual([{ taskId: 't1', featureIds: ['R'] }]);
    expect(b?.counts.spatialTasks).toBe(1);
    expect(matrixCell(m, 'A', 'energy')?.counts.namedTasks).toBe(0);
  });

  it('names the county of a linked place through its countyId, and through a "via" county link', () => {
    const m = countyThemeMatrix(model([
      task('t1', ['rural'], [link('P')]),
      task('t2', ['industry'], [link('B', { via: 'LONELY', reason: 'county of a named place' })]),
    ]), layers());
    expect(matrixCell(m, 'A', 'rural')?.namedTasks).toEqual(['t1']);
    expect(matrixCell(m, 'A', 'rural')?.featuresInside).toEqual(['P']);
    expect(matrixCell(m, 'B', 'rural')?.namedTasks).toEqual([]);
    expect(matrixCell(m, 'B', 'industry')?.namedTasks).toEqual(['t2']);
  });

  it('counts a border point as touching both counties (spatial, since it has no countyId)', () => {
    const m = countyThemeMatrix(model([task('t1', ['culture-tourism'], [link('Q')])]), layers());
    expect(matrixCell(m, 'A', 'culture-tourism')?.spatialTasks).toEqual(['t1']);
    expect(matrixCell(m, 'B', 'culture-tourism')?.spatialTasks).toEqual(['t1']);
    expect(matrixCell(m, 'A', 'culture-tourism')?.featuresTouching).toEqual(['Q']);
  });

  it('trusts countyId over a stray geometry and reports the mismatch', () => {
    const l = layers();
    // STRAY says it is in A, but its (approximate) point lies in B.
    l.places?.features.push(feature('STRAY', { type: 'Point', coordinates: [1.5, 0.5] }, { kind: 'town', countyId: 'A' }));
    const coverage = buildCoverage(l);
    expect(coverage.countyMismatches).toEqual([{ featureId: 'STRAY', countyId: 'A', relatedCounties: ['B'] }]);
    const m = countyThemeMatrix(model([task('t1', ['rural'], [link('STRAY')])]), l, { coverage });
    expect(matrixCell(m, 'A', 'rural')?.namedTasks).toEqual(['t1']);
    expect(matrixCell(m, 'B', 'rural')?.spatialTasks).toEqual([]);
  });

  it('keeps document-area tasks separate from named ones', () => {
    const m = countyThemeMatrix(model([
      task('t1', ['ecology'], [], 'document-area'),
      task('t2', ['ecology'], [link('A')], 'document-area'),
    ]), layers());
    expect(matrixCell(m, 'A', 'ecology')).toMatchObject({ namedTasks: ['t2'], documentAreaTasks: ['t1'] });
    expect(matrixCell(m, 'B', 'ecology')).toMatchObject({ namedTasks: [], documentAreaTasks: ['t1', 't2'] });
  });

  it('puts a multi-theme task in every theme and splits indicators the same way', () => {
    const m = countyThemeMatrix(model(
      [task('t1', ['energy', 'industry'], [link('A'), link('R')]), task('t2', ['water'], [], 'document-area')],
      [indicator('i1', 't1', ['K']), indicator('i2', 't1', []), indicator('i3', 't2', [])],
    ), layers());
    for (const theme of ['energy', 'industry'] as const) {
      expect(matrixCell(m, 'A', theme)?.namedTasks).toEqual(['t1']);
      expect(matrixCell(m, 'B', theme)?.spatialTasks).toEqual(['t1']);
    }
    // i1 links park K (countyId B) → named B; i2 links nothing → inherits t1's links (A named, B spatial).
    expect(matrixCell(m, 'B', 'energy')?.namedIndicators).toEqual(['i1']);
    expect(matrixCell(m, 'A', 'energy')?.namedIndicators).toEqual(['i2']);
    expect(matrixCell(m, 'B', 'energy')?.spatialIndicators).toEqual(['i2']);
    expect(matrixCell(m, 'A', 'water')?.documentAreaIndicators).toEqual(['i3']);
    expect(m.cells).toHaveLength(2 * 11);
  });

  it('is deterministic: input order does not change the result', () => {
    const tasks = [task('t2', ['urban'], [link('R'), link('P')]), task('t1', ['urban'], [link('Q'), link('B')])];
    const one = countyThemeMatrix(model(tasks), layers());
    const two = countyThemeMatrix(model([...tasks].reverse()), layers());
    expect(two).toEqual(one);
    expect(matrixCell(one, 'B', 'urban')?.namedTasks).toEqual(['t1']);
    expect(matrixCell(one, 'B', 'urban')?.spatialTasks).toEqual(['t2']);
  });

  it('reports linked ids that no layer holds, and unthemed tasks', () => {
    const m = countyThemeMatrix(model([task('t1', [], [link('nowhere')])]), layers());
    expect(m.unknownFeatureIds).toEqual(['nowhere']);
    expect(m.unthemedTaskIds).toEqual(['t1']);
  });
});

describe('findGaps', () => {
  it('lists empty cells, unplaced terms and unmentioned features', () => {
    const l = layers();
    const mdl = model([task('t1', ['transport'], [link('A'), link('R')]), task('t2', ['water'], [], 'document-area')]);
    const gaps = findGaps(mdl, l, {
      coverage: buildCoverage(l),
      unplaced: [{ term: '某镇', reason: 'no coordinates' }, { id: 'u1', name: '某村', documentId: 'd1', category: 'no-location' }],
    });
    // transport is filled in A (named) and B (spatial); every other theme is empty in both.
    expect(gaps.emptyCells).toHaveLength(2 * 10);
    expect(gaps.emptyCells.some((c) => c.theme === 'transport')).toBe(false);
    expect(gaps.emptyCells.find((c) => c.countyId === 'B' && c.theme === 'water')?.documentAreaTasks).toBe(1);
    expect(gaps.emptyCounties).toEqual([]);
    expect(gaps.unplacedMentions).toEqual([
      {
        term: '某村', documentIds: ['d1'], sources: ['unplaced'], candidates: [], occurrences: 0, reasons: [],
        unplacedIds: ['u1'], categories: ['no-location'],
      },
      {
        term: '某镇', documentIds: ['d1'], sources: ['unresolved', 'unplaced'], candidates: ['X1', 'X2'], occurrences: 1,
        reasons: ['ambiguous', 'no coordinates'], unplacedIds: [], categories: [],
      },
    ]);
    expect(gaps.unmentionedFeatures.map((f) => f.id)).toEqual(['K', 'LONELY', 'P', 'Q']);
  });

  it('rejects an unplaced entry without a term', () => {
    expect(() => findGaps(model([]), layers(), { unplaced: [{ reason: 'x' }] })).toThrow(/neither term nor name/);
  });
});
