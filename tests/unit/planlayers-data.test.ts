/**
 * The plan-layer data tables against the seed texts: plan words are verbatim, statuses follow the plan's
 * verbs, ids are unique, and everything the plans name is either a feature or listed as unplaced.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { PLAN_TABLES } from '../../src/geo/layers/build';
import { readSeeds } from '../../src/geo/layers/io';
import type { CommonDef, UnplacedDef } from '../../src/geo/layers/model';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const seeds = readSeeds(ROOT);
const features: CommonDef[] = [...PLAN_TABLES.places, ...PLAN_TABLES.parks, ...PLAN_TABLES.lines];
const unplaced: readonly UnplacedDef[] = PLAN_TABLES.unplaced;

function inDocs(text: string, docs: readonly string[]): boolean {
  return docs.some((d) => (seeds[d] ?? '').includes(text));
}

/** Named things of each plan that must be covered by a feature or an unplaced item (curated from a scan of the seeds). */
const NAMED: Record<'lz' | 'zt', string[]> = {
  lz: [
    '隆黄铁路隆叙段', '隆黄铁路隆叙段扩能改造', '叙永至毕节铁路', '叙毕铁路', '隆叙铁路', '叙永至大村铁路', '古蔺大村至遵义铁路',
    '宜叙古高速', '渝叙筠高速', '厦蓉高速', '泸古高速', '古金高速', '叙威高速', '古仁高速',
    '川滇黔公铁联运物流集散中心', '古蔺通用机场', '446公里红色旅游路', '古蔺太平经石厢子至叙永县城', 'G352古蔺金兰街道至叙永分水镇',
    '二郎互通', '古蔺“四渡赤水”陈列馆至太平互通连接线公路', '太平至二郎疏港路', '中国沈酒庄段美丽乡村路', '石厢子长征文化馆美丽乡村路',
    '红色旅游乡村振兴示范路', '太平二郎重点展示园', '红军长征过石厢子展示园', '太平—二郎长征历史步道', '“四渡赤水”红色文旅环线',
    '“鸡鸣三省”大峡谷景区', '石厢子会议教学点', '“四渡赤水”分院古蔺、叙永两个校区', '太平渡陈列馆',
    '郎酒酿酒工程技改项目', '古蔺茅溪酱酒九坝项目', '仙潭技改项目', '二郎—太平—永乐组团', '茅溪酱酒组团', '古蔺酱香酒谷园区',
    '赤水—石厢子—观兴—水潦组团', '“一园一核两区”', '赤水河谷优质酱酒产业发展带', '中国沈酒庄园', '页岩气产业示范园',
    '古蔺箭竹坪5万千瓦风电项目', '叙永县20万千瓦风电项目', '古蔺县10万千瓦风电项目', '叙永县120万千瓦农业互补开发项目',
    '古蔺县5万千瓦屋顶分布式光伏发电项目', '古蔺石屏、鱼化大理石园区', '永丰浆纸', '龙凤林竹食品工业园', '赤水河左岸百里甜橙产业带',
    '永宁水库', '观口水库', '金龙水库', '500KV变电站', '叙永县分水区域养老中心', '古蔺县黄荆医养结合中心卫生院',
    '“水尾—黄荆”', '“分水—摩尼—双沙”', '罗汉林', '丹山玉皇观', '郎酒庄园', '茅溪醉心谷', '双沙画里乡村', '观文千鸟湖', '摩尼仙草湖',
    '黄荆老林', '红色文化传承带', '生态价值实现旅居带', '30万亩酿酒糯红高粱基地', '叙永红狮', '赛德水泥', '丹山建材',
    '国家天然气(页岩气)千亿立方米级产能基地', '长征国家文化公园泸州段', '“两纵一横”铁路骨架', '“两纵两横两联”高速公路网',
    '红色三镇—太平、二郎、石厢子', '“鸡鸣三省”',
  ],
  zt: [
    '镇雄磷基新材料园区', '威信页岩气开发试验区', '金沙江“风光水储”一体化绿色清洁能源基地', '80万吨工业硅', '70万吨绿色水电铝',
    '光伏玻璃', '碳素产业园', '鲁甸至大关(G247)', '鲁甸至昭阳北闸(G352)', '水田新区', '“港园城”融合发展试验区', '大山包', '小草坝',
    '白鹤滩', '溪洛渡', '洞庭湖', '鄱阳湖', '昭鲁大型灌区', '滇东北区域医疗中心', '国家级页岩气示范区', '500千伏',
    '金沙江水资源综合利用工程', '威信县长征国家文化公园环山步道景区', '镇雄县易地扶贫搬迁后扶产业园', '“两环四纵五横九联二十二出口”',
    '“四横九纵两联多专用”', '“一通道两枢纽三中心三转运多节点”', '“一中心一支线八通用多航线”', '大关县城避险搬迁', '昭通学院',
    '鲁甸以农特产品、马铃薯加工为主', '水富以电池新材料为主', '大关以肉制品、竹笋加工为主', '镇雄以纺织、五金为主', '昭阳以硅铝全产业集群',
  ],
};

describe('plan-layer tables', () => {
  it('have unique ids across features and unplaced items', () => {
    const ids = [...features.map((f) => f.id), ...unplaced.map((u) => u.id)];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('quote the plans verbatim (planText and statusEvidence are substrings of the seeds)', () => {
    const bad: string[] = [];
    for (const f of [...features, ...unplaced]) {
      if (f.documents.length > 0 && (!f.planText || !inDocs(f.planText, f.documents))) bad.push(`${f.id}: ${f.planText}`);
      if ('statusEvidence' in f && f.statusEvidence && !inDocs(f.statusEvidence, f.documents)) bad.push(`${f.id}: ${f.statusEvidence}`);
    }
    expect(bad).toEqual([]);
  });

  it('use only aliases the texts themselves use', () => {
    const bad = [...features, ...unplaced].flatMap((f) => ('aliases' in f && f.aliases ? f.aliases : [])
      .filter((a) => !inDocs(a, f.documents)).map((a) => `${f.id}: ${a}`));
    expect(bad).toEqual([]);
  });

  it('decide statuses by the plan\'s verbs', () => {
    const verbs: Record<string, RegExp> = {
      'under-construction': /续建|加快建设|加快.*建设|加快建成|建成投产|加快.*改造/,
      planned: /规划建设|力争开工|启动|建成/,
      proposed: /积极推进|前期工作|支持|打造|推动|推进|构建/,
      existing: /依托|扩能改造|打造成为|支持|厦蓉高速|景区|产业园/,
    };
    const bad = features.filter((f) => f.status && !(verbs[f.status] as RegExp).test(f.statusEvidence ?? '')).map((f) => `${f.id}: ${f.status} ← ${f.statusEvidence}`);
    expect(bad).toEqual([]);
    // The brief's anchor cases.
    const status = (id: string): string | undefined => features.find((f) => f.id === id)?.status;
    expect(status('rail-xubi')).toBe('under-construction');
    expect(status('hwy-yuxujun')).toBe('planned');
    expect(status('park-gl-airport')).toBe('proposed');
    expect(status('park-gl-erlang-interchange')).toBe('planned');
    expect(status('park-gl-wind-jianzhuping')).toBe('under-construction');
    expect(status('park-gl-rooftop-pv')).toBe('planned');
    expect(status('rail-longhuang-longxu')).toBe('existing');
  });

  it('cover everything the plans name (feature or unplaced)', () => {
    const haystack = (x: { name: string; planText?: string; aliases?: string[] }): string => [x.name, x.planText ?? '', ...(x.aliases ?? [])].join('|');
    const all = [...features, ...unplaced].map(haystack).join('\n');
    const missing: string[] = [];
    for (const [doc, names] of Object.entries(NAMED)) {
      for (const name of names) {
        expect(seeds[doc], `${name} must be in the ${doc} seed`).toContain(name);
        if (!all.includes(name)) missing.push(`${doc}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('never map the lakes the 昭通 text names by mistake', () => {
    const mapped = features.map((f) => `${f.name}|${f.nameEn}|${f.planText ?? ''}|${(f.aliases ?? []).join('|')}`).join('\n');
    expect(mapped).not.toMatch(/洞庭|鄱阳|Dongting|Poyang/);
    const errors = unplaced.filter((u) => u.category === 'source-error').map((u) => u.name);
    expect(errors).toEqual(expect.arrayContaining(['洞庭湖水系', '鄱阳湖水系']));
  });

  it('keep 赤水镇 and 水潦 in 叙永县 and the 古蔺 renamed units in 古蔺县', () => {
    const county = (id: string): string | undefined => {
      const f = [...PLAN_TABLES.places, ...PLAN_TABLES.parks].find((x) => x.id === id);
      return f && 'countyId' in f ? f.countyId : undefined;
    };
    expect(county('place-xy-chishui')).toBe('510524');
    expect(county('place-xy-shuiliao')).toBe('510524');
    expect(county('place-gl-yongle')).toBe('510525');
    expect(county('place-gl-jinlan')).toBe('510525');
  });

  it('give every approximate place a reasoned position and every line a via list', () => {
    for (const p of [...PLAN_TABLES.places, ...PLAN_TABLES.parks]) {
      if (p.geometry === 'sourced') expect(p.source).toMatch(/Datum|WGS-84/);
      else if (p.geometry === 'town') expect(p.town, p.id).toMatch(/(镇|乡|街道)$/);
      else expect(p.how.length, p.id).toBeGreaterThan(40);
    }
    for (const l of PLAN_TABLES.lines) expect(l.via.length, l.id).toBeGreaterThanOrEqual(2);
    expect(PLAN_TABLES.places.filter((p) => p.geometry === 'sourced').map((p) => p.name).sort())
      .toEqual(['向家坝水电站', '溪洛渡水电站', '白鹤滩水电站', '茅台镇'].sort());
  });
});
