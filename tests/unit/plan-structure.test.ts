/**
 * Hand-checked structure of the two seeds: sections, tasks, responsible units, flaws.
 * Every expectation below was read off the seed text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/ingest.ts';
import type { PlanModel } from '../../src/plan/types.ts';

const model = JSON.parse(readFileSync(join(PROJECT_ROOT, 'geodata', 'plan.json'), 'utf8')) as PlanModel;
const task = (id: string) => {
  const t = model.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
};
const section = (id: string) => {
  const s = model.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};

describe('sections', () => {
  it('昭通: six strategies with their items, the 2022 targets and the eight 坚持', () => {
    const top = model.sections.filter((s) => s.documentId === 'zt' && s.parentId === null).map((s) => `${s.id} ${s.title}`);
    expect(top).toEqual([
      'zt-s1 着力“五大振兴”目标 扎实推进乡村振兴战略',
      'zt-s2 着力产业体系构建 深入实施产业兴市战略',
      'zt-s3 着力“五网共建”强基 深入实施交通强市战略',
      'zt-t2022 2022年目标',
      'zt-b8 抓好“八个坚持”',
      'zt-s4 着力宜居宜业创建 深入实施城乡融合战略',
      'zt-s5 着力问题导向整治 深入实施生态优先战略',
      'zt-s6 着力人才生态建设 深入实施人才支撑战略',
    ]);
    const children = (p: string) => model.sections.filter((s) => s.parentId === p).map((s) => s.title);
    expect(children('zt-s1')).toEqual(['推进农村产业大发展', '推进基础设施大改善', '…村级公共文化设施达到国家标准', '推进涉农要素大释放', '推进宜居环境大提升']);
    expect(children('zt-s2')).toEqual(['加快发展高原特色产业', '全力推进工业倍增计划', '扎实加快服务业发展']);
    expect(children('zt-s3')).toEqual(['建强交通网', '构筑能源网', '强化水利网']);
    expect(children('zt-t2022')).toEqual(['地区生产总值', '固定资产投资', '社会消费品零售总额', '居民消费价格', '地方一般公共预算收入', '居民人均可支配收入']);
    expect(children('zt-b8')).toHaveLength(8);
    expect(section('zt-b8-4').title).toBe('坚持项目为王,不断夯实发展支撑');
    expect(children('zt-s4')).toEqual(['优化城市空间布局', '提升城市品质内涵', '提速城乡融合发展']);
    expect(children('zt-s5')).toEqual(['系统推进流域治理', '全力改善空气质量', '全面守护昭通净土', '推动绿色低碳发展']);
    expect(children('zt-s6')).toEqual(['完善人才引育机制', '加快教育人才发展', '实施人才强医工程', '创优人才发展环境']);
  });

  it('昭通: the items the layout displaced into strategy 2 belong to strategy 1, with a note', () => {
    for (const id of ['zt-s1-3', 'zt-s1-4', 'zt-s1-5']) {
      expect(section(id).parentId).toBe('zt-s1');
      expect(section(id).span.start).toBeGreaterThan(section('zt-s2').span.end);
    }
    expect(section('zt-s1-3').structureNote).toMatch(/Displaced by the page layout/);
    expect(section('zt-s1').span.end).toBeLessThan(section('zt-s2').span.start);
  });

  it('泸州: 一、…五、 with (一)… and 1. 2. 3. under 四、重点任务', () => {
    const lz = model.sections.filter((s) => s.documentId === 'lz');
    expect(lz.filter((s) => s.level === 1).map((s) => `${s.label}${s.title}`)).toEqual(['一、总体要求', '二、主要目标', '三、工作原则', '四、重点任务', '五、保障措施']);
    expect(lz.filter((s) => s.parentId === 'lz-4').map((s) => s.id)).toEqual(['lz-4-1', 'lz-4-2', 'lz-4-3', 'lz-4-4', 'lz-4-5', 'lz-4-6']);
    expect(lz.filter((s) => s.parentId === 'lz-4-6').map((s) => s.title)).toEqual([
      '加快交通物流基础设施建设', '加快能源基础设施建设', '加快水利基础设施建设', '加快信息通讯等新型基础设施建设', '全面提升防灾减灾救灾能力',
    ]);
    expect(section('lz-4-2-1')).toMatchObject({ label: '1.', title: '优化酱酒产业布局', level: 3, kind: 'item' });
    expect(section('lz-4-2')).toMatchObject({ label: '(二)', title: '加快发展千亿酱酒产业,建设赤水河谷优质酱酒产业发展带' });
    expect(lz.filter((s) => s.parentId === 'lz-3')).toHaveLength(5);
    expect(lz.filter((s) => s.parentId === 'lz-5')).toHaveLength(4);
  });
});

describe('tasks', () => {
  it('are the items, the chapter introductions and the main-goal paragraphs — not the framework parts', () => {
    const lzTasks = model.tasks.filter((t) => t.documentId === 'lz').map((t) => t.id);
    expect(lzTasks).toEqual([
      'lz-2-p1', 'lz-2-p2',
      'lz-4-1', 'lz-4-1-1', 'lz-4-1-2', 'lz-4-1-3', 'lz-4-2', 'lz-4-2-1', 'lz-4-2-2', 'lz-4-2-3',
      'lz-4-3', 'lz-4-3-1', 'lz-4-3-2', 'lz-4-3-3', 'lz-4-4', 'lz-4-4-1', 'lz-4-4-2', 'lz-4-4-3',
      'lz-4-5', 'lz-4-5-1', 'lz-4-5-2', 'lz-4-5-3', 'lz-4-6', 'lz-4-6-1', 'lz-4-6-2', 'lz-4-6-3', 'lz-4-6-4', 'lz-4-6-5',
    ]);
    const zt = model.tasks.filter((t) => t.documentId === 'zt');
    expect(zt).toHaveLength(6 + 22 + 6 + 8);
    expect(task('lz-4-2-1').title).toBe('优化酱酒产业布局');
    expect(task('zt-s3-1').title).toBe('建强交通网');
    expect(task('zt-t2022-1').title).toBe('地区生产总值');
  });

  it('a task span covers the whole paragraph, joined across layout breaks', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'seeds', 'zhaotong-2022-outlook.txt'), 'utf8');
    const t = task('zt-s3-1');
    const body = text.slice(t.span.start, t.span.end);
    expect(body.startsWith('建强交通网。实施“811”公路工程')).toBe(true);
    expect(body).toContain('实施\n\n“127”民航工程');
    expect(body.endsWith('促进综合交通由基本适应迈向适度超前。')).toBe(true);
    const lz = readFileSync(join(PROJECT_ROOT, 'seeds', 'luzhou-nanyi-2022-plan.txt'), 'utf8');
    const l = task('lz-4-1');
    expect(lz.slice(l.span.start, l.span.end)).toMatch(/^\(一\)大力实施.*\n以长征国家文化公园建设为抓手.*每年达400万人次。$/s);
  });

  it('昭通 tasks have no units; every 泸州 numbered item has them', () => {
    for (const t of model.tasks.filter((x) => x.documentId === 'zt')) {
      expect([t.leadUnits, t.responsibleUnits, t.unitsSpan]).toEqual([[], [], undefined]);
    }
    const items = model.tasks.filter((t) => /^lz-4-\d-\d$/.test(t.id));
    expect(items).toHaveLength(20);
    for (const t of items) expect(t.leadUnits.length, t.id).toBeGreaterThan(0);
  });

  it('parses the units of every 泸州 numbered task', () => {
    const both = ['叙永县', '古蔺县'];
    const expected: Record<string, [string[], string[]]> = {
      'lz-4-1-1': [['市文化广电旅游局'], ['市委宣传部', '市委党研室', '市发展改革委', '市自然资源和规划局', '市交通运输局', '市退役军人局', ...both]],
      'lz-4-1-2': [['市文化广电旅游局'], ['市委宣传部', '市委党研室', '市委党校', '市发展改革委', '市教育体育局', '市自然资源和规划局', '市退役军人局', ...both]],
      'lz-4-1-3': [['市文化广电旅游局'], ['市委组织部', '市委宣传部', '市委党研室', '市委党校', '市发展改革委', '市教育体育局', '市自然资源和规划局', '市住房城乡建设局', '市农业农村局', '市退役军人局', '市乡村振兴局', '市酒业发展局', ...both]],
      'lz-4-2-1': [['市酒业发展局'], ['市发展改革委', '市经济和信息化局', '市自然资源和规划局', '市生态环境局', '市经济合作外事局', '市林业竹业局', ...both]],
      'lz-4-2-2': [['市酒业发展局'], ['市生态环境局', '市金融工作局', '市市场监管局', ...both]],
      'lz-4-2-3': [['市酒业发展局', '市农业农村局'], ['市经济和信息化局', '市生态环境局', '市文化广电旅游局', '市数字经济发展局', ...both]],
      'lz-4-3-1': [['市卫生健康委'], ['市教育体育局', '市民政局', '市财政局', '市自然资源和规划局', '市交通运输局', '市农业农村局', '市文化广电旅游局', '市林业竹业局', ...both]],
      'lz-4-3-2': [['市卫生健康委'], ['市民政局', '市文化广电旅游局', '市医保局', ...both]],
      'lz-4-3-3': [['市卫生健康委'], ['市教育体育局', '市农业农村局', '市文化广电旅游局', ...both]],
      'lz-4-4-1': [['市发展改革委'], ['市经济和信息化局', ...both]],
      'lz-4-4-2': [['市经济和信息化局'], ['市发展改革委', '市财政局', '市自然资源和规划局', '市生态环境局', '市住房城乡建设局', '市市场监管局', '市经济合作外事局', ...both]],
      'lz-4-4-3': [['市经济和信息化局'], ['市发展改革委', '市自然资源和规划局', '市生态环境局', '市住房城乡建设局', '市市场监管局', '市林业竹业局', ...both]],
      'lz-4-5-1': [['市林业竹业局'], ['市自然资源和规划局', '市交通运输局', '市水务局', ...both]],
      'lz-4-5-2': [['市林业竹业局'], ['市农业农村局', '市经济和信息化局', '市文化广电旅游局', ...both]],
      'lz-4-5-3': [['市农业农村局'], both],
      'lz-4-6-1': [['市交通运输局', '市发展改革委'], ['市财政局', '市自然资源和规划局', '市生态环境局', '市水务局', '市林业竹业局', '市口岸物流办', ...both]],
      'lz-4-6-2': [['市发展改革委'], ['市经济和信息化局', '市自然资源和规划局', '市林业竹业局', '市水务局', ...both]],
      'lz-4-6-3': [['市水务局'], ['市发展改革委', '市财政局', '市自然资源和规划局', '市林业竹业局', '市生态环境局', '市交通运输局', '市农业农村局', '市文化广电旅游局', ...both]],
      'lz-4-6-4': [['市数字经济发展局'], ['市通信发展办公室', ...both]],
      // 5. 防灾减灾: twelve departments and no county.
      'lz-4-6-5': [['市应急局'], ['市自然资源和规划局', '市生态环境局', '市住房城乡建设局', '市交通运输局', '市水务局', '市农业农村局', '市文化广电旅游局', '市城管执法局', '市数字经济发展局', '市林业竹业局', '市气象局', '市消防救援支队']],
    };
    for (const [id, [lead, resp]] of Object.entries(expected)) {
      expect([task(id).leadUnits, task(id).responsibleUnits], id).toEqual([lead, resp]);
    }
    expect(task('lz-4-6-5').responsibleUnits.some((u) => u.endsWith('县'))).toBe(false);
  });

  it('themes come from the one taxonomy, with evidence', () => {
    expect(task('lz-4-6-1').themes).toContain('transport');
    expect(task('zt-s3-2').themes).toEqual(['energy']);
    expect(task('lz-4-6-5').themes).toEqual(['safety']);
    expect(task('zt-t2022-1').themes).toEqual(['industry']);
    expect(task('zt-s6-2').themeEvidence.social).toContain('幼儿园');
    for (const t of model.tasks) expect(t.themes.length, t.id).toBeGreaterThan(0);
  });
});

describe('source flaws', () => {
  const flaw = (id: string) => {
    const f = model.flaws.find((x) => x.id === id);
    if (!f) throw new Error(`no flaw ${id}`);
    return f;
  };

  it('records the lost-text break at 白鹤滩、溪洛渡、 against both fragments', () => {
    const f = flaw('zt-break-1');
    expect(f.quote.startsWith('白鹤滩、溪洛渡、\n\n上')).toBe(true);
    expect(f.affects).toEqual(['zt-s2-3', 'zt-s1-3']);
    expect(task('zt-s2-3').flaws).toContain('zt-break-1');
    expect(task('zt-s1-3').flaws).toContain('zt-break-1');
  });

  it('records every joined layout break', () => {
    const quotes = model.flaws.filter((f) => f.kind === 'broken-paragraph').map((f) => f.quote);
    for (const q of ['实施\n\n“127”民航工程', '页岩气\n\n互联互通', '加\n\n快大关县城', '完善配套基\n\n础设施', '市级院\n\n士专家', '加快优质医\n\n疗资源', '一流医疗\n\n院校', '继续推进\n\n态保护修复', '防治,\n\n保障农产品']) {
      expect(quotes.some((x) => x.includes(q)), q).toBe(true);
    }
    expect(flaw('zt-break-6').note).toMatch(/生/);
  });

  it('records the typo, the wrong word and the misplaced lakes', () => {
    expect(flaw('zt-typo-1')).toMatchObject({ kind: 'typo', quote: '舞良', reading: '彝良', affects: ['zt-s4-1'] });
    expect(flaw('zt-wrongword-1')).toMatchObject({ kind: 'wrong-word', quote: '高水平', reading: '低水平', affects: ['zt-s5-4'] });
    expect(flaw('zt-misplaced-1')).toMatchObject({ kind: 'misplaced-name', quote: '加强洞庭湖水系和鄱阳湖水系保护', affects: ['zt-s5-1'] });
    expect(model.flaws.filter((f) => f.documentId === 'lz')).toEqual([]);
  });

  it('places nothing from the misplaced-name span', () => {
    const f = flaw('zt-misplaced-1');
    const links = [...model.tasks, ...model.indicators].filter((o) => o.documentId === 'zt').flatMap((o) => o.links);
    for (const l of links) {
      if (!l.span) continue;
      expect(l.span.end <= f.span.start || l.span.start >= f.span.end, l.featureId).toBe(true);
    }
  });
});
