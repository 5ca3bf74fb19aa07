import { describe, expect, test } from 'vitest';
import { briefingFor, type BriefFeature } from '../../src/present/briefing';
import { briefParam } from '../../src/present/briefParam';
import type { Indicator, PlanDocument, Section, Task } from '../../src/plan/types';

const doc = (id: string, areaCounties: string[]): PlanDocument => ({ id, title: `文件${id}`, issuer: '', date: '2022', area: '', areaCounties, file: '', sha256: '', length: 0 });
const sec = (id: string, parentId: string | null, kind: Section['kind'], label: string | null, title: string): Section => ({
  id, documentId: 'lz', parentId, level: parentId ? 2 : 1, kind, label, title, span: { start: 0, end: 1 }, titleSpan: { start: 0, end: 1 },
});
const task = (id: string, documentId: string, sectionId: string, featureIds: string[], scope: Task['scope'] = 'named-places', leadUnits: string[] = []): Task => ({
  id, documentId, sectionId, title: `任务${id}`, span: { start: 0, end: 1 }, leadUnits, responsibleUnits: [], themes: [], themeEvidence: {}, scope, featureIds, indicatorIds: [], links: [], flaws: [],
});
const ind = (id: string, taskId: string, featureIds: string[]): Indicator => ({
  id, documentId: 'lz', taskId, name: id, value: 1, unit: '个', comparator: '=', targetYear: null, yearEvidence: null, aspirational: false, annual: false,
  featureIds, links: [], span: { start: 0, end: 1 }, quote: '', valueSpan: null, source: 'text',
});

const FEATURES: BriefFeature[] = [
  { id: 'park-in', layer: 'parks', name: '园区甲', countyId: 'c1' },
  { id: 'place-in', layer: 'places', name: '镇乙', countyId: 'c1' },
  { id: 'park-out', layer: 'parks', name: '园区丙', countyId: 'c2' },
];
const MODEL = {
  documents: [doc('lz', ['c1', 'c2']), doc('zt', ['c9'])],
  sections: [sec('lz-4', null, 'part', '四、', '重点任务'), sec('lz-4-2', 'lz-4', 'chapter', '(二)', '加快发展千亿酱酒产业,建设赤水河谷优质酱酒产业发展带'), sec('lz-4-2-1', 'lz-4-2', 'item', '1.', '优化布局')],
  tasks: [
    task('lz-4-2-10', 'lz', 'lz-4-2-1', ['park-in'], 'named-places', ['市酒业发展局']),
    task('lz-4-2-2', 'lz', 'lz-4-2-1', ['c1', 'park-out']),
    task('lz-4-2-3', 'lz', 'lz-4-2-1', ['park-out']),
    task('lz-all', 'lz', 'lz-4', [], 'document-area'),
    task('zt-1', 'zt', 'lz-4', ['place-in']),
  ],
  indicators: [ind('i-plain', 'lz-4-2-2', []), ind('i-local', 'lz-4-2-10', ['park-in']), ind('i-other', 'lz-4-2-3', ['park-out'])],
};

describe('county briefing content', () => {
  test('tasks that link the county or a feature in it, grouped by document in id order', () => {
    const b = briefingFor(MODEL, FEATURES, 'c1');
    expect(b.documents.map((d) => [d.document.id, d.tasks.map((t) => t.task.id)])).toEqual([
      ['lz', ['lz-4-2-2', 'lz-4-2-10']],
      ['zt', ['zt-1']],
    ]);
    const first = b.documents[0]?.tasks[1];
    expect(first?.places).toEqual(['园区甲']);
    expect(first?.task.leadUnits).toEqual(['市酒业发展局']);
    expect(first?.sectionPath).toBe('四、(二)1. · 建设赤水河谷优质酱酒产业发展带');
    // The county itself is not listed as a place; features of other counties neither.
    expect(b.documents[0]?.tasks[0]?.places).toEqual([]);
  });

  test('whole-area tasks are counted for the documents covering the county', () => {
    const b = briefingFor(MODEL, FEATURES, 'c1');
    expect(b.documents.map((d) => d.areaWide)).toEqual([1, 0]);
  });

  test('indicators of those tasks, the ones naming the county first; own features listed', () => {
    const b = briefingFor(MODEL, FEATURES, 'c1');
    expect(b.indicators.map((i) => [i.indicator.id, i.local])).toEqual([['i-local', true], ['i-plain', false]]);
    expect(b.features.map((f) => f.id)).toEqual(['park-in', 'place-in']);
  });

  test('the ?brief= parameter', () => {
    expect(briefParam('?brief=510525')).toBe('510525');
    expect(briefParam('?brief=<x>')).toBeNull();
    expect(briefParam('?sel=1')).toBeNull();
  });
});
