/**
 * The general language of Chinese plans and work reports the ingest understands without per-document rules:
 * full-width punctuation, every numbering style, page furniture, retrospective parts, units, comparators,
 * governing years, lead units and the place-name traps. Small texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { clauseAt, comparatorFor, mentionYear, yearFor, yearMarkers } from '../../src/plan/ingest/clauses.ts';
import { ingest } from '../../src/plan/ingest/index.ts';
import type { GazetteerFile } from '../../src/plan/ingest/gazetteer.ts';
import { buildDictionary, findMentions, inArea } from '../../src/plan/ingest/mentions.ts';
import { findNumbers } from '../../src/plan/ingest/numbers.ts';
import { NO_STRUCTURE_RULES, segment } from '../../src/plan/ingest/segment.ts';
import { buildSections } from '../../src/plan/ingest/structure.ts';
import { parseUnits } from '../../src/plan/ingest/units.ts';

const whole = (t: string) => ({ start: 0, end: t.length });
const slice = (t: string, s: { start: number; end: number }) => t.slice(s.start, s.end);

describe('structure in every common style, full- and half-width', () => {
  it('nests 第一章 / 第一节 / （一） / 1． / （1） / ① in the order met, and keeps the opening paragraph', () => {
    const text = ['示范规划', '各位代表：', '第一章 总则', '第一节 发展基础', '（一）产业基础', '1．园区建设。建成园区2个。', '（1）甲园区。', '①一期工程。', '②二期工程。', '（2）乙园区。', '2、企业培育。', '第二节 目标', '第二章 任务'].join('\n');
    const seg = segment(text, '示范规划', NO_STRUCTURE_RULES);
    const ids = buildSections(text, 'x', seg.blocks, []).map((d) => `${d.section.id}:${d.section.kind}:${d.section.level}`);
    expect(ids).toEqual([
      'x-0:opening:1', 'x-1:part:1', 'x-1-1:chapter:2', 'x-1-1-1:chapter:3', 'x-1-1-1-1:item:4', 'x-1-1-1-1-1:item:5',
      'x-1-1-1-1-1-1:item:6', 'x-1-1-1-1-1-2:item:6', 'x-1-1-1-1-2:item:5', 'x-1-1-1-2:item:4', 'x-1-2:chapter:2', 'x-2:part:1',
    ]);
  });

  it('reads a marker split by a line break or without its opening bracket, and flags it', () => {
    const text = '标题\n一、回顾\n（\n三）改革开放持续深化。\n四）城乡发展齐头并进。\n';
    const seg = segment(text, '标题', NO_STRUCTURE_RULES);
    const sections = buildSections(text, 'x', seg.blocks, []).map((d) => d.section);
    expect(sections.map((s) => [s.id, s.title])).toEqual([['x-1', '回顾'], ['x-1-3', '改革开放持续深化'], ['x-1-4', '城乡发展齐头并进']]);
    expect(seg.breaks.map((b) => slice(text, b.span))).toEqual(['（\n三）', '四）']);
  });

  it('skips page banners, captions and the link list, and records them', () => {
    const text = '您的位置:\n首页\n标题报告\n来源：某某日报\n2026-02-03 09:02:33\n【字体：\n大\n】\n一、任务\n图为：新建的园区\n建成园区2个。\n收藏\n相关报道：\n某某文章\n';
    const seg = segment(text, '标题报告', NO_STRUCTURE_RULES);
    expect(seg.blocks.filter((b) => b.kind === 'paragraph').map((b) => slice(text, b.span))).toEqual(['建成园区2个。']);
    expect(seg.skipped.map((k) => k.reason)).toEqual(['caption or byline', 'web page banner', 'list of links to other articles']);
    expect(slice(text, seg.front ?? whole(''))).toContain('大\n】');
  });
});

describe('clauses, numbers and comparators', () => {
  it('splits clauses at full-width punctuation and brackets holding figures', () => {
    const t = '建成园区2个，新增企业100家；（其中工业企业50家）争创示范区';
    const c = clauseAt(t, t.indexOf('100'), whole(t));
    expect(slice(t, c)).toBe('新增企业100家');
    expect(slice(t, clauseAt(t, t.indexOf('50'), whole(t)))).toBe('其中工业企业50家');
  });

  it('knows compound and large units, ranges with units, ratios with ∶, and skips ordinals and PM2.5', () => {
    const t = '总投资2万亿元、粮食615亿斤、亿千瓦时3亿千瓦时、生猪40万头、5260平方公里、居全国第2位、PM2.5浓度33微克/立方米、年均增长5%—5.5%、2.5∶1、8万个、9部';
    expect(findNumbers(t).map((n) => [n.text, n.value, n.valueMax ?? null, n.unit])).toEqual([
      ['2万亿元', 2, null, '万亿元'], ['615亿斤', 615, null, '亿斤'], ['3亿千瓦时', 3, null, '亿千瓦时'], ['40万头', 40, null, '万头'],
      ['5260平方公里', 5260, null, '平方公里'], ['33微克/立方米', 33, null, '微克/立方米'], ['5%—5.5%', 5, 5.5, '%'], ['2.5∶1', 2.5, null, ':1'],
      ['8万个', 8, null, '万个'], ['9部', 9, null, '部'],
    ]);
  });

  it('reads 左右, 以上, 以内, 超 and 增长…左右', () => {
    const t = '增长4.5%左右，占比50%以上，失业率5.5%以内，比例超80%，企业600户左右';
    const [a, b, c, d, e] = findNumbers(t);
    if (!a || !b || !c || !d || !e) throw new Error('figures');
    expect([a, b, c, d, e].map((n) => comparatorFor(t, n, 0))).toEqual(['growth~', '>=', '<=', '>=', '~']);
  });

  it('reads a fall by a figure as decline, and a level reached by falling by its own words', () => {
    const t = '二氧化碳排放下降3.8%，能耗降低1.1个百分点，用地减少200亩，PM2.5浓度下降到33微克/立方米左右，降至30微克/立方米';
    const found = findNumbers(t);
    expect(found.map((n) => comparatorFor(t, n, 0))).toEqual(['decline', 'decline', 'decline', '~', '=']);
  });
});

describe('the governing year', () => {
  it('今年 is the document year, 十四五末 2025, 十五五 2030; baselines and references govern nothing', () => {
    const t = '今年主要预期目标是：地区生产总值增长5%左右。“十五五”时期，城镇化率提升至67.5%。“十四五”末建成机场1个。综合考虑实现2035年远景目标，比2020年增长20%。';
    const at = (s: string) => t.indexOf(s);
    expect(yearFor(t, at('5%'), whole(t), 2026)?.year).toBe(2026);
    expect(yearFor(t, at('67.5%'), whole(t), 2026)?.year).toBe(2030);
    expect(yearFor(t, at('1个'), whole(t), 2026)?.year).toBe(2025);
    const base = '综合考虑实现2035年远景目标，比2020年增长20%。';
    expect(yearFor(base, base.indexOf('20%'), whole(base), 2026)).toBeNull();
    expect(yearMarkers(t, whole(t)).map((m) => m.year)).toEqual([2030, 2025]);
    expect(mentionYear(t, { start: at('城镇化率'), end: at('城镇化率') + 4 }, 2026)).toBe(2030);
  });
});

describe('lead and responsible units in the usual forms', () => {
  const parse = (t: string) => parseUnits(t, whole(t));
  it('(牵头单位：…；责任单位：…) with full-width punctuation', () => {
    expect(parse('建设园区。（牵头单位：省发展改革委；责任单位：省财政厅、各市州）')).toMatchObject({ leadUnits: ['省发展改革委'], responsibleUnits: ['省财政厅', '各市州'] });
  });
  it('【…牵头】, (…牵头，…负责) and (…负责)', () => {
    expect(parse('建设园区。【省工业和信息化厅牵头】')).toMatchObject({ leadUnits: ['省工业和信息化厅'], responsibleUnits: [] });
    expect(parse('建设园区（省财政厅牵头，省税务局、各市州按职责分工负责）。')).toMatchObject({ leadUnits: ['省财政厅'], responsibleUnits: ['省税务局', '各市州'] });
    expect(parse('建设水库(市水务局负责)')).toMatchObject({ leadUnits: ['市水务局'], responsibleUnits: [] });
    expect(parse('建设园区（以下简称园区）')).toBeNull();
  });
});

describe('place names', () => {
  const dict = buildDictionary([
    { id: '511525', name: '高县', aliases: [], kind: 'county', layer: 'context-counties' },
    { id: 'river-wu', name: '乌江', aliases: [], kind: 'river', layer: 'rivers' },
    { id: 'prefecture-530300', name: '曲靖市', aliases: [], kind: 'prefecture', layer: 'prefectures', adcode: '530300' },
  ]);
  const terms = (t: string) => findMentions(t, [whole(t)], dict).map((m) => m.term);
  it('提高县城 is not 高县; 乌江寨 is not the 乌江; a prefecture is found by its short name', () => {
    expect(terms('提高县城综合承载能力，提高县域经济比重')).toEqual([]);
    expect(terms('宜宾高县发展')).toEqual(['高县']);
    expect(terms('打造乌江寨景区，保护乌江流域')).toEqual(['乌江']);
    expect(terms('加快曲靖省域副中心城市建设')).toEqual(['曲靖']);
  });
  it('an area code may be a county, a prefecture or a province', () => {
    expect([inArea('530302', ['530000']), inArea('530302', ['530300']), inArea('530302', ['530302']), inArea('510524', ['530000'])]).toEqual([true, true, true, false]);
  });
});

describe('ingest of one document added at run time (not in seeds/index.json, no hash)', () => {
  const gazetteer: GazetteerFile[] = [
    { file: 'prefectures.geojson', json: { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { id: 'prefecture-530300', name: '曲靖市', kind: 'prefecture', adcode: '530300' }, geometry: null },
      { type: 'Feature', properties: { id: 'prefecture-530600', name: '昭通市', kind: 'prefecture', adcode: '530600' }, geometry: null },
    ] } },
  ];
  const text = [
    '某市2026年政府工作报告', '各位代表：', '一、2025年工作回顾', '一年来，地区生产总值增长5%，新增企业300家。',
    '二、2026年重点工作', '主要预期目标是：地区生产总值增长6%左右，城镇新增就业5万人以上。',
    '（一）加大保障和改善民生力度', '新建学校10所。支持曲靖、昭通协作。（市教育局牵头，市财政局负责）', '三、保障措施', '每年安排资金1亿元。',
  ].join('\n');
  const { model } = ingest({ seeds: [{ entry: { id: 'x', title: '某市2026年政府工作报告', issuer: '某市人民政府', date: '2026-01-20', areaCounties: ['530600'] }, text }], gazetteer });

  it('takes the targets of the forward-looking parts with their section year; the review is not a target', () => {
    expect(model.indicators.map((i) => [i.quote, i.targetYear, i.comparator])).toEqual([
      ['地区生产总值增长6%左右', 2026, 'growth~'], ['城镇新增就业5万人以上', 2026, '>='], ['新建学校10所', 2026, '='],
    ]);
    const figures = model.nonTargets.filter((n) => !n.reason.startsWith('a date'));
    expect(figures.map((n) => n.quote)).toEqual(['5%', '300家', '1亿元']);
    expect(figures[0]?.reason).toMatch(/review of past work/);
    expect(figures[2]?.reason).toMatch(/framework/);
  });

  it('keeps a 保障 chapter that is work, with its units, and links another prefecture but not its own', () => {
    const task = model.tasks.find((t) => t.id === 'x-2-1');
    expect(task).toMatchObject({ leadUnits: ['市教育局'], responsibleUnits: ['市财政局'], featureIds: ['prefecture-530300'] });
    expect(model.documents[0]).toMatchObject({ id: 'x', file: 'x.txt', sha256: '' });
  });
});
