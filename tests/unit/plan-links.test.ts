/**
 * Hand-checked links (each read in the seed), scope, and the app's lookups over them (the plan index).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan, PROJECT_ROOT } from '../../src/cli/ingest.ts';
import { buildPlanIndex } from '../../src/explore/planIndex.ts';
import type { Link, PlanModel } from '../../src/plan/types.ts';

const model = JSON.parse(readFileSync(join(PROJECT_ROOT, 'geodata', 'plan.json'), 'utf8')) as PlanModel;

function link(taskId: string, featureId: string): Link {
  const t = model.tasks.find((x) => x.id === taskId);
  if (!t) throw new Error(`no task ${taskId}`);
  const l = t.links.find((x) => x.featureId === featureId);
  if (!l) throw new Error(`${taskId} does not link ${featureId}; it links ${t.featureIds.join(', ')}`);
  return l;
}

function links(taskId: string): string[] {
  return model.tasks.find((x) => x.id === taskId)?.featureIds ?? [];
}

describe('hand-checked links', () => {
  it('lz-4-2-1 (优化酱酒产业布局) links 古蔺县 and 叙永县, its projects and clusters', () => {
    expect(links('lz-4-2-1')).toEqual(expect.arrayContaining(['510525', '510524', 'park-gl-maoxi-jiuba', 'park-xy-chishui-cluster', 'park-gl-erlang-taiping-yongle']));
    expect(link('lz-4-2-1', '510524').quote).toBe('叙永县');
  });

  it('zt-s2-2 links the seven counties of its industry layout', () => {
    const expected: Record<string, string> = { '530602': '昭阳', '530621': '鲁甸', '530681': '水富', '530628': '彝良', '530624': '大关', '530627': '镇雄' };
    for (const [id, quote] of Object.entries(expected)) expect(link('zt-s2-2', id)).toMatchObject({ kind: 'named', quote });
    expect(link('zt-s2-2', '530629')).toMatchObject({ kind: 'named', via: 'park-wx-shale-gas' });
  });

  it('zt-s2-2 links the 镇雄磷基新材料园区 and the 金沙江 energy base', () => {
    expect(link('zt-s2-2', 'park-zx-phosphorus')).toMatchObject({ kind: 'named', quote: '镇雄磷基新材料园区' });
    expect(link('zt-s2-2', 'cor-jinsha-clean-energy').quote).toBe('金沙江“风光水储”一体化绿色清洁能源基地');
    expect(link('zt-s2-2', 'park-ld-agri-processing')).toMatchObject({ kind: 'curated', quote: '鲁甸以农特产品、马铃薯加工为主' });
  });

  it('zt-s4-1 links the G247 and G352 roads and the counties named inside them', () => {
    expect(link('zt-s4-1', 'road-g247-ludian-daguan').quote).toBe('鲁甸至大关(G247)');
    expect(link('zt-s4-1', 'road-g352-ludian-beizha').quote).toBe('鲁甸至昭阳北闸(G352)');
    expect(link('zt-s4-1', '530621').quote).toBe('鲁甸');
    expect(link('zt-s4-1', '530624').quote).toBe('大关');
    expect(link('zt-s4-1', '530602')).toMatchObject({ via: 'place-zy-beizha', quote: '昭阳北闸' });
  });

  it('zt-s4-1 reads the typo 舞良 as 彝良 and links the seats of "…县城"', () => {
    expect(link('zt-s4-1', '530628')).toMatchObject({ kind: 'named', quote: '舞良', flaw: 'zt-typo-1' });
    expect(link('zt-s4-1', 'seat-530624').quote).toBe('大关县城');
    expect(link('zt-s4-1', 'seat-530626').quote).toBe('绥江县城');
    expect(link('zt-s4-1', '530625').quote).toBe('永善');
    expect(link('zt-s4-1', '530623')).toMatchObject({ via: 'park-yj-shuitian' });
    expect(link('zt-s4-1', '530622').quote).toBe('巧家');
  });

  it('curated links carry their reason: 昭鲁 and 古叙', () => {
    expect(link('zt-s3-3', '530621')).toMatchObject({ kind: 'curated', quote: '昭鲁大型灌区' });
    expect(link('zt-s3-3', '530621').reason).toMatch(/昭阳 \+ 鲁甸/);
    expect(link('lz-4-5-3', '510525')).toMatchObject({ kind: 'curated', quote: '古叙协同' });
    expect(link('lz-4-5-3', '510524')).toMatchObject({ kind: 'curated', quote: '古叙协同' });
    expect(link('lz-4-6-1', 'road-g352-jinlan-fenshui')).toMatchObject({ kind: 'curated', quote: 'G352古蔺金兰街道至叙永分水镇' });
  });

  it('lz-4-6-1 links its railways and expressways', () => {
    expect(link('lz-4-6-1', 'rail-xubi').quote).toBe('叙永至毕节铁路');
    expect(link('lz-4-6-1', 'rail-dacun-zunyi').quote).toBe('古蔺大村至遵义铁路');
    expect(link('lz-4-6-1', 'hwy-gujin').quote).toBe('古金高速');
    expect(link('lz-4-6-1', 'park-gl-erlang-interchange').quote).toBe('二郎互通');
    expect(link('lz-4-6-1', 'seat-510524').quote).toBe('叙永县城');
  });

  it('四渡赤水 is the campaign: the museum and the loop, never the river', () => {
    expect(link('lz-4-1-2', 'place-gl-taipingdu-museum').quote).toBe('“四渡赤水”太平渡陈列馆');
    expect(link('lz-4-1-2', 'cor-sidu-loop').quote).toBe('“四渡赤水”红色文旅环线');
    expect(links('lz-4-1-2')).not.toContain('river-chishui');
    for (const o of [...model.tasks, ...model.indicators]) {
      for (const l of o.links) if (l.featureId === 'river-chishui') expect(l.quote).toBe('赤水河');
    }
  });

  it('太平 and 石厢子 in lz-4-1-1 are the towns, with their counties', () => {
    expect(link('lz-4-1-1', 'place-gl-taiping').quote).toBe('太平');
    expect(link('lz-4-1-1', '510525')).toMatchObject({ via: 'place-gl-taiping' });
    expect(link('lz-4-1-1', 'place-xy-shixiangzi').quote).toBe('石厢子');
  });

  it('the dams, 大山包 and 小草坝 of zt-s2-3 with their counties', () => {
    expect(link('zt-s2-3', 'place-qj-baihetan-dam').quote).toBe('白鹤滩');
    expect(link('zt-s2-3', '530622')).toMatchObject({ via: 'place-qj-baihetan-dam' });
    expect(link('zt-s2-3', 'place-ys-xiluodu-dam').quote).toBe('溪洛渡');
    expect(link('zt-s2-3', 'place-zy-dashanbao').quote).toBe('大山包');
    expect(link('zt-s2-3', '530628')).toMatchObject({ via: 'place-yl-xiaocaoba' });
  });

  it('other places: 昭通学院, 永宁水库, the marble parks, the county hospitals', () => {
    expect(link('zt-s6-2', 'park-zy-zhaotong-university').quote).toBe('昭通学院');
    expect(link('lz-4-6-3', 'park-xy-yongning-reservoir').quote).toBe('永宁水库');
    expect(link('lz-4-4-2', 'park-gl-shiping-marble').quote).toBe('石屏');
    expect(link('lz-4-4-2', 'park-gl-yuhua-marble').quote).toBe('鱼化大理石园区');
    expect(link('lz-4-3-2', '510524').quote).toBe('叙永县');
    expect(link('lz-4-3-2', '510525').quote).toBe('古蔺县');
  });

  it('blocked false friends: 丹山建材 is a company, “小金花”仙潭 an enterprise', () => {
    expect(links('lz-4-4-3')).not.toContain('place-xy-danshan');
    expect(links('lz-4-2-2')).not.toContain('park-gl-xiantan-upgrade');
  });

  it('indicators link what their quote names', () => {
    expect(model.indicators.find((i) => i.name === '昭阳区产值')?.featureIds).toEqual(['530602']);
    expect(model.indicators.find((i) => i.name === '绿色水电铝项目产能')?.featureIds).toEqual(['park-zy-aluminium', '530602']);
    expect(model.indicators.find((i) => i.name === '规划建设叙永县风电项目')?.featureIds).toEqual(['park-xy-wind-200mw', '510524']);
  });

  it('every curated link found its feature in the gazetteer', () => {
    expect(buildPlan(PROJECT_ROOT).report.missingCurated).toEqual([]);
  });
});

describe('scope', () => {
  it('tasks that name no place are about the whole document area; rivers alone do not make a place', () => {
    for (const id of ['zt-s1-1', 'zt-t2022-1', 'zt-b8-1', 'zt-s6-4', 'zt-s5-1', 'lz-4-5']) {
      expect(model.tasks.find((t) => t.id === id)?.scope, id).toBe('document-area');
    }
    expect(links('zt-s1-1')).toEqual([]);
    expect(links('zt-s5-1')).toEqual(['river-chishui', 'river-yangtze', 'river-wu']);
    for (const id of ['zt-s2-2', 'zt-s4-1', 'lz-4-2-1', 'lz-4-6-1']) expect(model.tasks.find((t) => t.id === id)?.scope, id).toBe('named-places');
  });
});

describe('plan index lookups', () => {
  const index = buildPlanIndex(model);
  const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((x) => x.id);

  it('tasks of a feature, features of a task, indicators of a feature and of a task', () => {
    expect(ids(index.tasksByFeature.get('510525'))).toContain('lz-4-2-1');
    expect(ids(index.tasksByFeature.get('road-g247-ludian-daguan'))).toEqual(['zt-s4-1']);
    expect(index.tasksByFeature.get('no-such-feature')).toBeUndefined();
    expect(index.tasks.get('zt-s3-3')?.featureIds).toEqual(links('zt-s3-3'));
    expect(ids(index.indicatorsByFeature.get('510524'))).toEqual(expect.arrayContaining(['ind-lz-4-3-2-b', 'ind-lz-4-4-1-b']));
    expect(ids(index.indicatorsByFeature.get('510524'))).not.toContain('ind-lz-4-3-2-c');
    expect(ids(index.indicatorsByTask.get('zt-t2022-1'))).toEqual(['ind-zt-t2022-1-a']);
  });

  it('document-area tasks apply to the counties of their document; a flaw names the tasks it touches', () => {
    const docs = new Set(model.documents.filter((d) => d.areaCounties.includes('530602')).map((d) => d.id));
    const area = model.tasks.filter((t) => t.scope === 'document-area' && docs.has(t.documentId)).map((t) => t.id);
    expect(area).toContain('zt-s1-1');
    expect(area).not.toContain('zt-s2-2');
    expect(area.every((id) => id.startsWith('zt-'))).toBe(true);
    expect(model.flaws.find((f) => f.id === 'zt-typo-1')?.affects).toEqual(['zt-s4-1']);
  });
});
