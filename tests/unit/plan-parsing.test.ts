import { describe, expect, it } from 'vitest';
import { NO_STRUCTURE_RULES, segment } from '../../src/plan/ingest/segment.ts';
import { buildSections, chineseNumeral, leadLength } from '../../src/plan/ingest/structure.ts';
import { parseUnits, splitUnits } from '../../src/plan/ingest/units.ts';
import { findNumbers } from '../../src/plan/ingest/numbers.ts';
import { clauseAt, comparatorFor, nameFor, piecesOf, yearFor } from '../../src/plan/ingest/clauses.ts';
import { assignThemes } from '../../src/plan/ingest/themes.ts';
import { indicatorSuffix } from '../../src/plan/ingest/indicators.ts';

/** Element `i` of a list; throws when it is missing (keeps the tests free of non-null assertions). */
function at<T>(list: readonly T[] | undefined, i: number): T {
  const x = list?.[i];
  if (x === undefined) throw new Error(`no element ${i}`);
  return x;
}

describe('segmenter and structure', () => {
  it('reads numbered parts, chapters and items after the title line', () => {
    const text = '致各单位\n示范方案\n一、总体要求\n坚持原则。\n二、重点任务\n(一)发展产业。\n到2025年,产值达到10亿元。\n1.建设园区。建成园区2个。(牵头单位:市经信局,责任单位:甲县)\n2.培育企业。\n';
    const seg = segment(text, '示范方案', NO_STRUCTURE_RULES);
    expect(seg.front).toEqual({ start: 0, end: text.indexOf('\n一') });
    const ids = buildSections(text, 'x', seg.blocks, []).map((d) => `${d.section.id}:${d.section.kind}:${d.section.title}`);
    expect(ids).toEqual(['x-1:part:总体要求', 'x-2:part:重点任务', 'x-2-1:chapter:发展产业', 'x-2-1-1:item:建设园区', 'x-2-1-2:item:培育企业']);
  });

  it('reads headings, lead items, a target block and a counted group, and joins a layout break', () => {
    const text = [
      '标题', '', '着力一件事 实施战略', '', '总的说明很长很长的一段引言文字,说明本战略的意义。', '',
      '建强交通网。实施', '', '“127”民航工程,完成投资。', '', '构筑能源网。建成电站。', '',
      '2022年目标', '', '地区生产总值', '增长9%', '', '固定资产投资', '增长8%', '',
      '抓好“两个坚持”', '', '坚持巩固第一,全面推进振兴。做事。', '', '坚持发展为要,保持增长。做事。', '',
    ].join('\n');
    const seg = segment(text, '标题', NO_STRUCTURE_RULES);
    expect(seg.breaks.map((b) => [text.slice(b.span.start, b.span.end), b.joined])).toEqual([['实施\n\n“127”民航工程', true]]);
    const sections = buildSections(text, 'z', seg.blocks, []).map((d) => d.section);
    expect(sections.map((s) => s.id)).toEqual(['z-s1', 'z-s1-1', 'z-s1-2', 'z-t2022', 'z-t2022-1', 'z-t2022-2', 'z-b2', 'z-b2-1', 'z-b2-2']);
    const s11 = at(sections, 1);
    expect(text.slice(s11.span.start, s11.span.end)).toBe('建强交通网。实施\n\n“127”民航工程,完成投资。');
    expect(at(sections, 4).title).toBe('地区生产总值');
    expect(at(sections, 7).title).toBe('坚持巩固第一,全面推进振兴');
  });

  it('does not join across a reviewed lost-text break; the fragment becomes its own item', () => {
    const text = '标题\n\n着力甲 战略\n\n扎实加快服务业发展。打造甲、乙、\n\n上,村级设施达到标准,推动延伸。\n';
    const rules = { ...NO_STRUCTURE_RULES, lostText: [{ anchor: '甲、乙、', note: 'lost' }] };
    const seg = segment(text, '标题', rules);
    expect(seg.breaks).toHaveLength(1);
    expect(at(seg.breaks, 0).joined).toBe(false);
    const sections = buildSections(text, 'z', seg.blocks, []).map((d) => d.section);
    expect(sections.map((s) => [s.id, s.title])).toEqual([['z-s1', '着力甲 战略'], ['z-s1-1', '扎实加快服务业发展'], ['z-s1-2', '…村级设施达到标准']]);
  });

  it('parses Chinese numerals and lead sentences', () => {
    expect([chineseNumeral('四'), chineseNumeral('十'), chineseNumeral('十二'), chineseNumeral('二十'), chineseNumeral('甲')]).toEqual([4, 10, 12, 20, NaN]);
    const t = '建强交通网。实施工程。';
    expect(leadLength(t, { start: 0, end: t.length })).toBe(6);
    const long = '在推进乡村振兴战略中,以巩固拓展脱贫攻坚成果为统领。';
    expect(leadLength(long, { start: 0, end: long.length })).toBe(0);
  });
});

describe('responsible units', () => {
  it('splits groups on 、 and , with counties last', () => {
    expect(splitUnits('市发展改革委、市自然资源和规划局,叙永县、古蔺县')).toEqual(['市发展改革委', '市自然资源和规划局', '叙永县', '古蔺县']);
  });

  it('parses the parenthesis at the end of a task, with or without 责任单位', () => {
    const t = '1.做事。(牵头单位:市交通运输局、市发展改革委,责任单位:市财政局,叙永县、古蔺县)';
    const u = parseUnits(t, { start: 0, end: t.length });
    expect(u?.leadUnits).toEqual(['市交通运输局', '市发展改革委']);
    expect(u?.responsibleUnits).toEqual(['市财政局', '叙永县', '古蔺县']);
    expect(u && t.slice(u.span.start, u.span.end)).toBe('(牵头单位:市交通运输局、市发展改革委,责任单位:市财政局,叙永县、古蔺县)');
    const w = '2.做事。(牵头单位:市应急局)';
    expect(parseUnits(w, { start: 0, end: w.length })).toMatchObject({ leadUnits: ['市应急局'], responsibleUnits: [] });
    expect(parseUnits('3.做事。', { start: 0, end: 5 })).toBeNull();
    expect(() => parseUnits('4.做事牵头单位:甲)', { start: 0, end: 11 })).toThrow(/opening bracket/);
  });
});

describe('numbers and clauses', () => {
  it('finds figures with units, ranges and ratios, not ids', () => {
    const t = '成为300—500亿级企业,比提高到2.5:1,建成5座500千伏、G352和5G,达1.8万人,400万人次';
    expect(findNumbers(t).map((n) => [n.text, n.value, n.valueMax ?? null, n.unit])).toEqual([
      ['300—500亿级', 300, 500, '亿级'],
      ['2.5:1', 2.5, null, ':1'],
      ['5座', 5, null, '座'],
      ['500千伏', 500, null, '千伏'],
      ['1.8万人', 1.8, null, '万人'],
      ['400万人次', 400, null, '万人次'],
    ]);
  });

  it('cuts clauses at punctuation and at brackets that hold figures only', () => {
    const t = '加快建设“两个基地”(2万亩国家储林基地、1万亩珍贵树种基地),实现每千常住人口执业(助理)医师数达2.67人';
    const b = { start: 0, end: t.length };
    const c1 = clauseAt(t, t.indexOf('2万亩'), b);
    expect(t.slice(c1.start, c1.end)).toBe('2万亩国家储林基地、1万亩珍贵树种基地');
    expect(piecesOf(t, c1).map((p) => t.slice(p.start, p.end))).toEqual(['2万亩国家储林基地', '1万亩珍贵树种基地']);
    const c2 = clauseAt(t, t.indexOf('2.67'), b);
    expect(t.slice(c2.start, c2.end)).toBe('实现每千常住人口执业(助理)医师数达2.67人');
  });

  it('reads comparators, names and years from the words around a figure', () => {
    const t = '到2025年,实现有机硅产能达到80万吨、森林覆盖率51%以上。全市工业总产值年均增长17%,控制在3%以内。';
    const b = { start: 0, end: t.length };
    const figures = findNumbers(t).filter((n) => n.unit !== '年');
    const [a, f, g, c] = [at(figures, 0), at(figures, 1), at(figures, 2), at(figures, 3)];
    expect([comparatorFor(t, a, 0), comparatorFor(t, f, 0), comparatorFor(t, g, 0), comparatorFor(t, c, 0)]).toEqual(['=', '>=', 'growth', '<=']);
    const piece = { start: t.indexOf('实现'), end: t.indexOf('、') };
    expect(nameFor(t, piece, a)).toBe('有机硅产能');
    expect(yearFor(t, a.span.start, b)).toEqual({ year: 2025, evidence: '到2025年' });
    expect(yearFor(t, g.span.start, b)?.year).toBe(2025);
    const u = '“十四五”末,力争建成3个基地。';
    expect(yearFor(u, u.indexOf('3'), { start: 0, end: u.length })).toEqual({ year: 2025, evidence: '“十四五”末' });
    const v = '建成3个基地。';
    expect(yearFor(v, 2, { start: 0, end: v.length })).toBeNull();
  });

  it('numbers indicators a … z, aa …', () => {
    expect([0, 1, 25, 26, 27].map(indicatorSuffix)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });
});

describe('themes', () => {
  it('needs two distinct keywords unless a section default names the theme, and keeps the evidence', () => {
    expect(assignThemes('建设水库和灌区,推进页岩气开发', [])).toEqual({ themes: ['water'], evidence: { water: ['水库', '灌区'] } });
    expect(assignThemes('建设水库', ['rural']).themes).toEqual(['rural']);
    expect(assignThemes('地区生产总值 增长9%', [])).toEqual({ themes: ['industry'], evidence: { industry: ['生产总值'] } });
    expect(assignThemes('建设工业硅项目', []).evidence.industry).toEqual(['工业硅']);
  });
});
