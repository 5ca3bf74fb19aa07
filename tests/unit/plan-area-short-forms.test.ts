/**
 * General rules found with the second pair of development documents (重庆, 广西 2026 work reports): short
 * forms of the area's own counties with their traps, size classes, policy terms and buffer distances that
 * are not targets, and measure words of work reports (万标箱, 万名, 栋, a bare 万).
 */
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/plan/ingest/gazetteer.ts';
import { buildDictionary, findMentions, inArea, resolveMention } from '../../src/plan/ingest/mentions.ts';
import { genericReason } from '../../src/plan/ingest/nontargets.ts';
import { findNumbers } from '../../src/plan/ingest/numbers.ts';
import { needsAreaShortForms, withAreaShortForms } from '../../src/plan/ingest/short-forms.ts';

const ENTRIES: GazetteerEntry[] = [
  { id: '500114', name: '黔江区', aliases: [], kind: 'county', layer: 'context-counties' },
  { id: '500103', name: '渝中区', aliases: [], kind: 'county', layer: 'context-counties' },
  { id: '500105', name: '江北区', aliases: [], kind: 'county', layer: 'context-counties' },
  { id: '500242', name: '酉阳土家族苗族自治县', aliases: [], kind: 'county', layer: 'context-counties' },
  { id: '500111', name: '大足区', aliases: [], kind: 'county', layer: 'context-counties' },
  { id: '520521', name: '大方县', aliases: [], kind: 'county', layer: 'context-counties' },
];

/** Feature ids linked in `text` by a document whose area is `area`. */
function linked(text: string, area: string[]): string[] {
  const own = (c: string): boolean => inArea(c, area);
  const dict = buildDictionary(withAreaShortForms(ENTRIES, own));
  return findMentions(text, [{ start: 0, end: text.length }], dict).flatMap((m) => {
    const e = resolveMention(m, area);
    return typeof e === 'string' ? [] : [e.id];
  });
}

describe('short forms of the counties of the document’s own area', () => {
  it('are looked for in a document of their area only', () => {
    expect(linked('开工黔江至吉首高铁重庆段，加强大足石刻保护利用', ['500000'])).toEqual(['500114', '500111']);
    expect(linked('开工黔江至吉首高铁重庆段', ['530000'])).toEqual([]);
    expect(linked('开工黔江区至吉首高铁', ['530000'])).toEqual(['500114']);
    expect(needsAreaShortForms(ENTRIES, (c) => inArea(c, ['500000']))).toBe(true);
    expect(needsAreaShortForms(ENTRIES, (c) => inArea(c, ['530000']))).toBe(false);
  });

  it('keep the traps: abbreviation pairs, ordinary words, quoted brand names', () => {
    expect(linked('加快建设成渝中线高铁，推动成渝中部崛起', ['500000'])).toEqual([]);
    expect(linked('支持江北国际机场创建国际卫生机场', ['500000'])).toEqual([]);
    expect(linked('提质打造“巴味渝珍”“酉阳800”等区域公用品牌', ['500000'])).toEqual([]);
    expect(linked('出手大方，支持渝中、酉阳发展', ['500000', '520000'])).toEqual(['500103', '500242']);
  });
});

/** The generic reason of the first figure in `text`, or null. */
function reasonOf(text: string): string | null {
  const n = findNumbers(text)[0];
  if (!n) throw new Error(`no figure in ${text}`);
  return genericReason(text, n, []);
}

describe('figures that are not targets, by the language of plans', () => {
  it('a size class (30万吨级 berth, 1000吨级 lock)', () => {
    expect(reasonOf('推进防城港30万吨级航道建设')).toMatch(/size class/);
    expect(reasonOf('龙滩水电站1000吨级通航设施')).toMatch(/size class/);
    expect(reasonOf('建设30万吨码头')).toBeNull();
  });

  it('a policy term and a buffer distance', () => {
    expect(reasonOf('第二轮土地承包到期后再延长30年整市试点')).toMatch(/duration/);
    expect(reasonOf('实施长江沿线1公里化工腾退地块土壤污染专项治理')).toMatch(/buffer/);
    expect(reasonOf('干流岸线1公里范围内')).toMatch(/buffer/);
    expect(reasonOf('新增山城绿道100公里')).toBeNull();
  });
});

describe('measure words of work reports', () => {
  it('reads 万标箱, 万名, 栋 and a bare 万 before a noun', () => {
    const units = (t: string): string[] => findNumbers(t).map((n) => n.unit);
    expect(units('货运量达到50万标箱')).toEqual(['万标箱']);
    expect(units('为200万名以上中小学生')).toEqual(['万名']);
    expect(units('为6000栋老旧高层建筑')).toEqual(['栋']);
    expect(units('为70万妇女免费开展筛查，投入3万元')).toEqual(['万', '万元']);
  });
});
