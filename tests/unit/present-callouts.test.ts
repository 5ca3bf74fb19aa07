import { beforeAll, describe, expect, test } from 'vitest';
import { loadLang } from '../../src/i18n/strings';
import { calloutText, calloutsFor, formatFigure, toCallout } from '../../src/present/callouts';
import type { Indicator } from '../../src/plan/types';

beforeAll(() => loadLang('en'));

function ind(extra: Partial<Indicator>): Indicator {
  return {
    id: 'i', documentId: 'lz', taskId: 't', name: '红色旅游接待人数', value: 400, unit: '万人次', comparator: '>=', targetYear: 2025,
    yearEvidence: null, aspirational: true, annual: true, featureIds: [], links: [], span: { start: 0, end: 1 }, quote: '', valueSpan: null, source: 'text',
    ...extra,
  };
}

describe('indicator callouts', () => {
  test('value, unit, comparator and year in Chinese and English', () => {
    expect(calloutText(toCallout(ind({}), 'zh'))).toBe('红色旅游接待人数 ≥ 400 万人次 · 2025年');
    expect(calloutText(toCallout(ind({}), 'en'))).toBe('红色旅游接待人数 ≥ 400 万人次 · by 2025');
    const c = toCallout(ind({}), 'zh');
    expect([c.aspirational, c.annual]).toEqual([true, true]);
  });

  test('growth, ranges, five-year terms, no year, qualitative', () => {
    expect(calloutText(toCallout(ind({ name: '地区生产总值', value: 9, unit: '%', comparator: 'growth', targetYear: 2022 }), 'zh'))).toBe('地区生产总值 + 9 % · 2022年');
    expect(toCallout(ind({ value: 300, valueMax: 500 }), 'zh').value).toBe('300—500');
    expect(toCallout(ind({ targetYear: null, period: 'five-year' }), 'zh').when).toBe('5年内');
    expect(toCallout(ind({ targetYear: null }), 'en').when).toBe('year not stated');
    const q = toCallout(ind({ value: null, unit: null, comparator: 'qualitative' }), 'zh');
    expect([q.qualifier, q.value, q.unit]).toEqual(['', '定性', '']);
  });

  test('large figures are grouped, small ones left as written', () => {
    expect(formatFigure(2100, 'zh')).toBe('2100');
    expect(formatFigure(120000, 'en')).toBe('120,000');
  });

  test('unknown ids are skipped', () => {
    const map = new Map([['a', ind({ id: 'a' })]]);
    expect(calloutsFor(['x', 'a'], map, 'zh').map((c) => c.id)).toEqual(['a']);
  });
});
