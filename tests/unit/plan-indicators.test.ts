/**
 * Hand-checked indicators and the completeness of the numeric targets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/ingest.ts';
import { formatCoverage, numericCoverage } from '../../src/plan/ingest/coverage.ts';
import { NON_TARGET_RULES } from '../../src/plan/ingest/nontargets.ts';
import type { Indicator, PlanModel } from '../../src/plan/types.ts';

const model = JSON.parse(readFileSync(join(PROJECT_ROOT, 'geodata', 'plan.json'), 'utf8')) as PlanModel;
const texts = Object.fromEntries(model.documents.map((d) => [d.id, readFileSync(join(PROJECT_ROOT, 'seeds', d.file), 'utf8')]));

function ind(id: string): Indicator {
  const i = model.indicators.find((x) => x.id === id);
  if (!i) throw new Error(`no indicator ${id}`);
  return i;
}

function find(taskId: string, name: string): Indicator {
  const i = model.indicators.find((x) => x.taskId === taskId && x.name === name);
  if (!i) throw new Error(`no indicator ${name} in ${taskId}`);
  return i;
}

describe('hand-checked indicators', () => {
  it('泸州 酱酒年产能: 力争到2025年新增20万吨 — a floor the plan strives for', () => {
    expect(ind('ind-lz-4-2-1-a')).toMatchObject({
      name: '新增酱酒年产能', value: 20, unit: '万吨', targetYear: 2025, comparator: '>=', aspirational: true,
      quote: '力争到2025年新增酱酒年产能20万吨',
    });
  });

  it('昭通 2025 targets: 有机硅产能 80万吨, 昭阳区产值 ≥1000亿元; 工业总产值 growth and level', () => {
    expect(find('zt-s2-2', '有机硅产能')).toMatchObject({ value: 80, unit: '万吨', targetYear: 2025, comparator: '=' });
    expect(find('zt-s2-2', '昭阳区产值')).toMatchObject({ value: 1000, unit: '亿元', targetYear: 2025, comparator: '>=' });
    const industry = model.indicators.filter((i) => i.taskId === 'zt-s2-2' && i.name === '全市工业总产值');
    expect(industry.map((i) => [i.value, i.unit, i.comparator, i.annual, i.aspirational])).toEqual([
      [17, '%', 'growth', true, false],
      [1600, '亿元', '=', false, false],
      [2000, '亿元', '>=', false, true],
    ]);
  });

  it('森林覆盖率: 昭通 ≥51% (five-year period), 泸州南翼 53.5% in 2022', () => {
    expect(find('zt-s5-3', '森林覆盖率')).toMatchObject({ value: 51, unit: '%', comparator: '>=', targetYear: null, period: 'five-year' });
    expect(find('lz-4-5-1', '森林覆盖率')).toMatchObject({ value: 53.5, unit: '%', comparator: '=', targetYear: 2022 });
  });

  it('红色旅游接待人数 400万人次 a year by the end of the 14th five-year plan', () => {
    expect(find('lz-4-1', '红色旅游接待人数')).toMatchObject({ value: 400, unit: '万人次', targetYear: 2025, annual: true, yearEvidence: '“十四五”末' });
  });

  it('the six 2022 targets, including the qualitative one and the price cap', () => {
    const t2022 = model.indicators.filter((i) => i.taskId.startsWith('zt-t2022-'));
    expect(t2022.map((i) => [i.name, i.value, i.unit, i.comparator, i.targetYear])).toEqual([
      ['地区生产总值', 9, '%', 'growth', 2022],
      ['固定资产投资', 8, '%', 'growth', 2022],
      ['社会消费品零售总额', 10, '%', 'growth>=', 2022],
      ['居民消费价格涨幅', 3, '%', '<=', 2022],
      ['地方一般公共预算收入', 3, '%', 'growth>=', 2022],
      ['居民人均可支配收入增长', null, null, 'qualitative', 2022],
    ]);
  });

  it('ranges, ratios, Chinese numerals and the water-quality class', () => {
    expect(find('lz-4-2-2', '龙头酱酒企业(郎酒)规模')).toMatchObject({ value: 300, valueMax: 500, unit: '亿级' });
    expect(find('zt-s2-1', '农产品加工业产值与农业总产值比')).toMatchObject({ value: 2.5, unit: ':1', comparator: 'ratio' });
    expect(find('lz-4-2', '酱酒产业产值')).toMatchObject({ value: 1000, unit: '亿元', targetYear: 2025, source: 'curated' });
    expect(find('zt-s4-1', '常住人口城镇化率')).toMatchObject({ value: 2, unit: '百分点', comparator: 'growth>=', annual: true });
    expect(find('zt-s5-1', '赤水河出境水质类别')).toMatchObject({ value: 2, unit: '类', comparator: '<=', featureIds: ['river-chishui'] });
  });

  it('groups split a clause that states several figures', () => {
    expect([find('zt-s2', '产业投资占比').value, find('zt-s2', '工业投资占比').value]).toEqual([40, 25]);
    expect(find('zt-s1-5', '行政村污水有效治理率')).toMatchObject({ value: 60, comparator: '>=' });
    expect(find('zt-s3-2', '500千伏变电站')).toMatchObject({ value: 5, unit: '座' });
    expect(find('lz-4-3-2', '县域医疗次中心(叙永县)')).toMatchObject({ value: 5, quote: '叙永县5个', featureIds: ['510524'] });
  });

  it('years: the sentence marker, the previous sentence that opens with one, the 2022 box, or the five-year period', () => {
    expect(find('lz-4-5-1', '建成林区公路')).toMatchObject({ value: 50, unit: '公里', targetYear: 2022 });
    expect(find('lz-4-5-3', '改造提升甜橙基地')).toMatchObject({ targetYear: 2025, yearEvidence: '“十四五”期间' });
    expect(find('zt-b8-3', '产业投资')).toMatchObject({ value: 100, targetYear: 2022 });
    expect(find('zt-s3-1', '交通投资')).toMatchObject({ value: 2100, targetYear: null, period: 'five-year' });
    expect(find('lz-4-6-4', '组组通宽带率')).toMatchObject({ targetYear: null, yearEvidence: null });
    for (const i of model.indicators.filter((x) => x.documentId === 'lz')) expect(i.period, i.id).toBeUndefined();
  });

  it('every indicator names what it measures and links only what its quote names', () => {
    for (const i of model.indicators) {
      expect(i.name.length, i.id).toBeGreaterThan(1);
      expect(i.name, i.id).not.toMatch(/^[,,、。]|\s/);
      for (const l of i.links) if (l.span) expect(l.span.start >= i.span.start && l.span.end <= i.span.end, i.id).toBe(true);
    }
  });
});

describe('completeness of the numeric targets', () => {
  it('covers at least 95% of the figures with units that are not reviewed non-targets', () => {
    const coverage = numericCoverage(texts, model.indicators, model.nonTargets);
    console.log(formatCoverage(coverage));
    for (const u of coverage.uncovered) console.log(`  uncovered: ${u.documentId} ${u.number.text} at ${u.number.span.start}`);
    expect(coverage.total).toBeGreaterThan(150);
    expect(coverage.covered / coverage.targets).toBeGreaterThanOrEqual(0.95);
  });

  it('lists every non-target with a reason, and every reviewed rule is used', () => {
    for (const n of model.nonTargets) expect(n.reason.length, n.quote).toBeGreaterThan(5);
    const reviewed = model.nonTargets.filter((n) => !n.reason.startsWith('a date'));
    expect(reviewed.map((n) => `${n.documentId}:${n.quote}`)).toEqual([
      'zt:5年', 'zt:5年', 'zt:5年', 'zt:70万吨', 'zt:7个', 'zt:15分钟', 'zt:3万人',
      'lz:5A级', 'lz:90周年', 'lz:900—1200米', 'lz:700—900米', 'lz:700米', 'lz:500KV',
    ]);
    expect(NON_TARGET_RULES).toHaveLength(13);
    expect(model.nonTargets.filter((n) => n.reason.startsWith('a date')).every((n) => /^\d{4}年$/.test(n.quote))).toBe(true);
  });
});
