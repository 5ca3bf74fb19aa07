import { describe, expect, test } from 'vitest';
import { buildPlanIndex } from '../../src/explore/planIndex';
import { compareIds, filterIndicators, filterTasks, sortIndicators, sortTasks } from '../../src/explore/tables';
import type { Indicator, PlanModel, Task } from '../../src/plan/types';
import { withFilter } from '../../src/state/explore';

function task(id: string, over: Partial<Task> = {}): Task {
  return {
    id, documentId: id.slice(0, 2), sectionId: 's', title: `任务${id}`, span: { start: 0, end: 1 }, leadUnits: [], responsibleUnits: [],
    themes: [], themeEvidence: {}, scope: 'named-places', featureIds: [], indicatorIds: [], links: [], flaws: [], ...over,
  };
}
function indicator(id: string, taskId: string, over: Partial<Indicator> = {}): Indicator {
  return {
    id, documentId: taskId.slice(0, 2), taskId, name: id, value: 1, unit: '万吨', comparator: '>=', targetYear: 2025,
    yearEvidence: null, aspirational: false, annual: false, featureIds: [], links: [], span: { start: 0, end: 1 }, quote: 'q',
    valueSpan: null, source: 'text', ...over,
  };
}
function model(): PlanModel {
  return {
    version: 1, documents: [], sections: [], flaws: [], nonTargets: [], unresolvedMentions: [], gazetteer: { files: [], terms: 0 },
    tasks: [
      task('lz-4-2-1', { leadUnits: ['市酒业发展局'], themes: ['industry'], featureIds: ['p1'] }),
      task('lz-4-6-1', { leadUnits: ['市交通运输局', '市发展改革委'], themes: ['transport'], featureIds: ['r1', 'r2'] }),
      task('zt-s2-3', { themes: ['industry', 'energy'] }),
      task('lz-4-10-1', { leadUnits: ['市酒业发展局'] }),
    ],
    indicators: [indicator('i1', 'lz-4-2-1', { value: 20 }), indicator('i2', 'zt-s2-3', { value: 80, targetYear: 2022 }), indicator('i3', 'lz-4-6-1', { value: null, targetYear: null })],
  };
}
const ctx = (m: PlanModel) => ({
  index: buildPlanIndex(m),
  featureProps: (id: string) => (id === 'r1' ? { status: 'under-construction' as const } : { status: 'existing' as const }),
});

describe('task filters', () => {
  test('the agency lens keeps the tasks a unit leads, across documents', () => {
    const m = model();
    expect(filterTasks(m.tasks, { lead: '市酒业发展局' }, ctx(m)).map((t) => t.id)).toEqual(['lz-4-2-1', 'lz-4-10-1']);
  });
  test('filters combine: document, theme, year (from indicators) and feature status', () => {
    const m = model();
    expect(filterTasks(m.tasks, { theme: 'industry' }, ctx(m)).map((t) => t.id)).toEqual(['lz-4-2-1', 'zt-s2-3']);
    expect(filterTasks(m.tasks, { theme: 'industry', documentId: 'zt' }, ctx(m)).map((t) => t.id)).toEqual(['zt-s2-3']);
    expect(filterTasks(m.tasks, { year: '2022' }, ctx(m)).map((t) => t.id)).toEqual(['zt-s2-3']);
    expect(filterTasks(m.tasks, { status: 'under-construction' }, ctx(m)).map((t) => t.id)).toEqual(['lz-4-6-1']);
  });
  test('indicator filters go through their task', () => {
    const m = model();
    expect(filterIndicators(m.indicators, { lead: '市酒业发展局' }, ctx(m)).map((i) => i.id)).toEqual(['i1']);
    expect(filterIndicators(m.indicators, { year: '2025' }, ctx(m)).map((i) => i.id)).toEqual(['i1']);
  });
});

describe('sorting', () => {
  test('ids sort naturally (4-10 after 4-6)', () => {
    expect(['lz-4-10-1', 'lz-4-6-1', 'lz-4-2-1'].sort(compareIds)).toEqual(['lz-4-2-1', 'lz-4-6-1', 'lz-4-10-1']);
  });
  test('tasks sort by feature count, ties by id', () => {
    expect(sortTasks(model().tasks, { key: 'features', dir: 'desc' }).map((t) => t.id)).toEqual(['lz-4-6-1', 'lz-4-2-1', 'lz-4-10-1', 'zt-s2-3']);
  });
  test('indicators without a value sort last in both directions', () => {
    const m = model();
    expect(sortIndicators(m.indicators, { key: 'value', dir: 'asc' }).map((i) => i.id)).toEqual(['i1', 'i2', 'i3']);
    expect(sortIndicators(m.indicators, { key: 'value', dir: 'desc' }).map((i) => i.id)).toEqual(['i2', 'i1', 'i3']);
  });
});

describe('withFilter', () => {
  test('sets and clears one key without touching the others', () => {
    const f = withFilter({ theme: 'energy' }, 'lead', '市发展改革委');
    expect(f).toEqual({ theme: 'energy', lead: '市发展改革委' });
    expect(withFilter(f, 'theme', undefined)).toEqual({ lead: '市发展改革委' });
  });
});
