import { describe, expect, test } from 'vitest';
import { featureYears, inPhase } from '../../src/explore/phase';
import { buildPlanIndex } from '../../src/explore/planIndex';
import { mentionYear } from '../../src/plan/ingest/clauses';
import type { PlanModel, Task } from '../../src/plan/types';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

describe('mentionYear (the grammar the phase view used to run in the browser, now at ingest)', () => {
  const lz = '实施446公里红色旅游路建设。2022年,建成二郎互通,续建叙毕铁路、隆叙铁路和古金高速,力争开工渝叙筠高速。';
  test('a year opening the sentence governs every mention in it', () => {
    expect(mentionYear(lz, at(lz, '叙毕铁路'))).toBe(2022);
    expect(mentionYear(lz, at(lz, '渝叙筠高速'))).toBe(2022);
  });
  test('a mention in a sentence without a year has none', () => {
    expect(mentionYear(lz, at(lz, '红色旅游路'))).toBeNull();
  });
  test('the nearest marker before the mention wins; 十四五末 means 2025', () => {
    const t = '2022年编制规划,“十四五”末建成古蔺机场。';
    expect(mentionYear(t, at(t, '古蔺机场'))).toBe(2025);
  });
});

describe('mentionYear at ingest', () => {
  test('今年 is the document year; 十五五 ends in 2030; a baseline year governs nothing', () => {
    const t = '今年,开工建设渝昆高铁;“十五五”时期建成古蔺机场;比2020年新增叙毕铁路。';
    expect(mentionYear(t, at(t, '渝昆高铁'), 2026)).toBe(2026);
    expect(mentionYear(t, at(t, '渝昆高铁'))).toBeNull();
    expect(mentionYear(t, at(t, '古蔺机场'), 2026)).toBe(2030);
    expect(mentionYear(t, at(t, '叙毕铁路'), 2026)).toBeNull();
  });
});

describe('featureYears', () => {
  test('the earliest year the ingest stored on any link of a feature, no text needed', () => {
    const task = (id: string, links: Task['links']): Task => ({
      id, documentId: 'd', sectionId: 's', title: id, span: { start: 0, end: 100 }, leadUnits: [], responsibleUnits: [], themes: [],
      themeEvidence: {}, scope: 'named-places', featureIds: links.map((l) => l.featureId), indicatorIds: [], links, flaws: [],
    });
    const tasks = [
      task('a', [{ featureId: 'rail', kind: 'named', span: { start: 1, end: 3 }, year: 2025 }, { featureId: 'road', kind: 'named', span: { start: 5, end: 7 } }]),
      task('b', [{ featureId: 'rail', kind: 'named', span: { start: 20, end: 22 }, year: 2022 }]),
    ];
    const model = { documents: [], sections: [], tasks, indicators: [] } as unknown as PlanModel;
    const years = featureYears(buildPlanIndex(model), model);
    expect([...years]).toEqual([['rail', 2022]]);
  });
});

describe('inPhase', () => {
  const years = new Map([['a', 2022], ['b', 2025]]);
  test('existing features are in every phase, planned ones from their year on', () => {
    expect(inPhase({ id: 'x', status: 'existing' }, 'existing', years)).toBe(true);
    expect(inPhase({ id: 'a', status: 'planned' }, 'existing', years)).toBe(false);
    expect(inPhase({ id: 'a', status: 'planned' }, '2022', years)).toBe(true);
    expect(inPhase({ id: 'b', status: 'planned' }, '2022', years)).toBe(false);
    expect(inPhase({ id: 'b', status: 'planned' }, '2025', years)).toBe(true);
  });
  test('features the text gives no year for appear at the 2035 horizon', () => {
    expect(inPhase({ id: 'n', status: 'proposed' }, '2025', years)).toBe(false);
    expect(inPhase({ id: 'n', status: 'proposed' }, '2035', years)).toBe(true);
  });
  test('a feature whose status is not stated is never part of the existing network', () => {
    expect(inPhase({ id: 'p' }, 'existing', years)).toBe(false);
    expect(inPhase({ id: 'a' }, '2022', years)).toBe(true);
    expect(inPhase({ id: 'p' }, 'all', years)).toBe(true);
  });
});
