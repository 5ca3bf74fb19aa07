import { describe, expect, test } from 'vitest';
import { collectMentions, sentenceAround } from '../../src/explore/planIndex';
import type { Indicator, Task } from '../../src/plan/types';

const task = (id: string, links: Task['links']): Task => ({
  id, documentId: 'd', sectionId: 's', title: id, span: { start: 0, end: 1 }, leadUnits: [], responsibleUnits: [],
  themes: [], themeEvidence: {}, scope: 'named-places', featureIds: links.map((l) => l.featureId), indicatorIds: [], links, flaws: [],
});

describe('collectMentions', () => {
  test('merges identical spans and drops mentions overlapped by a longer earlier one', () => {
    const tasks = [
      task('a', [{ featureId: 'county', kind: 'named', span: { start: 10, end: 13 } }, { featureId: 'town', kind: 'named', span: { start: 20, end: 23 } }]),
      task('b', [{ featureId: 'seat', kind: 'named', span: { start: 10, end: 13 } }, { featureId: 'short', kind: 'named', span: { start: 21, end: 22 } }]),
    ];
    const mentions = collectMentions({ tasks, indicators: [] as Indicator[] }).get('d');
    expect(mentions).toEqual([
      { documentId: 'd', span: { start: 10, end: 13 }, featureIds: ['county', 'seat'], kind: 'named' },
      { documentId: 'd', span: { start: 20, end: 23 }, featureIds: ['town'], kind: 'named' },
    ]);
  });

  test('the named place comes before the county reached through it', () => {
    const tasks = [task('a', [
      { featureId: '510525', kind: 'named', span: { start: 5, end: 7 }, via: 'place-gl-taiping' },
      { featureId: 'place-gl-taiping', kind: 'named', span: { start: 5, end: 7 } },
    ])];
    expect(collectMentions({ tasks, indicators: [] }).get('d')?.[0]?.featureIds).toEqual(['place-gl-taiping', '510525']);
  });

  test('curated links without a span make no mention', () => {
    const tasks = [task('a', [{ featureId: 'x', kind: 'curated', reason: 'implied' }])];
    expect(collectMentions({ tasks, indicators: [] }).size).toBe(0);
  });
});

describe('sentenceAround', () => {
  const text = '第一句。支持古蔺县发展，建设园区；第三句。';
  test('expands a mention to its sentence, keeping the end mark', () => {
    const at = text.indexOf('古蔺县');
    const span = sentenceAround(text, { start: at, end: at + 3 });
    expect(text.slice(span.start, span.end)).toBe('支持古蔺县发展，建设园区；');
  });

  test('stops at line breaks and trims leading space', () => {
    const t = '标题\n  甲乙丙\n下一段';
    const at = t.indexOf('乙');
    const span = sentenceAround(t, { start: at, end: at + 1 });
    expect(t.slice(span.start, span.end)).toBe('甲乙丙');
  });
});
