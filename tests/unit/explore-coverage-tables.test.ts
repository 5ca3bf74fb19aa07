import { describe, expect, test } from 'vitest';
import { indicatorRows, matrixRows } from '../../src/explore/coverageTables';
import { buildPlanIndex } from '../../src/explore/planIndex';
import { featuresWithLinks } from '../../src/export/geojson';
import type { CountyThemeMatrix } from '../../src/geo/coverage';
import type { PlanCollection } from '../../src/geo/types';
import type { PlanModel } from '../../src/plan/types';

const counts = { namedTasks: 2, spatialTasks: 1, documentAreaTasks: 5, namedIndicators: 1, spatialIndicators: 0, documentAreaIndicators: 0, featuresInside: 3, featuresTouching: 1 };
const matrix: CountyThemeMatrix = {
  counties: ['510525'], themes: ['transport'], unthemedTaskIds: [], unknownFeatureIds: [],
  cells: [{
    countyId: '510525', theme: 'transport', namedTasks: ['lz-4-6-1', 'lz-2-p1'], spatialTasks: ['zt-s3-1'], documentAreaTasks: [],
    namedIndicators: [], spatialIndicators: [], documentAreaIndicators: [], featuresInside: [], featuresTouching: [], spatialEvidence: [], counts,
  }],
};
const labels = { county: (id: string) => (id === '510525' ? '古蔺县' : id), theme: () => '交通' };

describe('coverage export tables', () => {
  test('matrix rows carry names, the three-way split and the task ids', () => {
    const rows = matrixRows(matrix, labels);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['510525', '古蔺县', 'transport', '交通', 2, 1, 5, 1, 0, 3, 1, 'lz-4-6-1 lz-2-p1', 'zt-s3-1']);
  });

  test('indicator rows keep value, unit, year and the exact quote', () => {
    const model = {
      tasks: [], documents: [], sections: [], flaws: [], nonTargets: [], unresolvedMentions: [], gazetteer: { files: [], terms: 0 }, version: 1,
      indicators: [{ id: 'ind-1', documentId: 'lz', taskId: 'lz-4-2-1', name: '新增酱酒年产能', value: 20, unit: '万吨', comparator: '>=', targetYear: 2025,
        yearEvidence: null, aspirational: true, annual: false, featureIds: ['510525'], links: [], span: { start: 0, end: 1 }, quote: '力争到2025年新增酱酒年产能20万吨', valueSpan: null, source: 'text' }],
    } as PlanModel;
    expect(indicatorRows(model)[1]).toEqual(['ind-1', 'lz', 'lz-4-2-1', '新增酱酒年产能', 20, null, '万吨', '>=', 2025, '510525', '力争到2025年新增酱酒年产能20万吨']);
  });

  test('GeoJSON export keeps only visible layers and adds the plan links', () => {
    const fc: PlanCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'p1', geometry: { type: 'Point', coordinates: [105.9, 28.0] },
      properties: { id: 'p1', name: '太平镇', nameEn: 'Taiping', kind: 'town', geometrySource: 'sourced', source: 'GeoNames' } }] };
    const model = { tasks: [{ id: 't1', documentId: 'lz', sectionId: 's', title: 't', span: { start: 0, end: 1 }, leadUnits: [], responsibleUnits: [], themes: [], themeEvidence: {},
      scope: 'named-places', featureIds: ['p1'], indicatorIds: [], links: [], flaws: [] }], indicators: [], documents: [], sections: [], flaws: [], nonTargets: [],
      unresolvedMentions: [], gazetteer: { files: [], terms: 0 }, version: 1 } as PlanModel;
    const out = featuresWithLinks({ places: fc, parks: fc }, new Set(['places'] as const), buildPlanIndex(model));
    expect(out.features).toHaveLength(1);
    expect(out.features[0]?.properties).toMatchObject({ layer: 'places', taskIds: ['t1'], indicatorIds: [], geometrySource: 'sourced' });
  });
});
