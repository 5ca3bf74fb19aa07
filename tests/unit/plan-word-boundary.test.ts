/**
 * Short place names read across a word boundary (word-boundary.ts, used by the mention finder): "扩大关键" is
 * 扩大 + 关键, not 大关; "加强大足石刻" still names 大足; a river's name holds no town.
 */
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/plan/ingest/gazetteer.ts';
import { buildDictionary, findMentions } from '../../src/plan/ingest/mentions.ts';
import { crossesWordBoundary } from '../../src/plan/ingest/word-boundary.ts';

/** Counties, towns and a river whose short names are also halves of ordinary words. */
function entries(): GazetteerEntry[] {
  return [
    { id: '530624', name: '大关县', aliases: [], kind: 'county', layer: 'counties' },
    { id: '530629', name: '威信县', aliases: [], kind: 'county', layer: 'counties' },
    { id: '511525', name: '高县', aliases: [], kind: 'county', layer: 'context-counties' },
    { id: '500111', name: '大足区', aliases: ['大足'], kind: 'county', layer: 'context-counties' },
    { id: 'town-taiping', name: '太平镇', aliases: ['太平'], kind: 'town', layer: 'towns', countyId: '510525' },
    { id: 'town-fenshui', name: '分水镇', aliases: ['分水'], kind: 'town', layer: 'towns', countyId: '510524' },
    { id: 'town-shuiwei', name: '水尾镇', aliases: ['水尾'], kind: 'town', layer: 'towns', countyId: '510524' },
    { id: 'river-yangtze', name: '长江', aliases: [], kind: 'river', layer: 'rivers' },
    { id: 'river-chishui', name: '赤水河', aliases: [], kind: 'river', layer: 'rivers' },
    { id: 'town-chishui', name: '赤水镇', aliases: ['赤水'], kind: 'town', layer: 'towns', countyId: '510524' },
    { id: 'rail-lz', name: '大关至太平铁路', aliases: [], kind: 'railway', layer: 'railways' },
  ];
}

/** Terms the mention finder reads in a text. */
function terms(text: string): string[] {
  const dict = buildDictionary(entries());
  return findMentions(text, [{ start: 0, end: text.length }], dict).map((m) => m.term);
}

describe('short names across a word boundary', () => {
  it('does not read a county short form out of 扩大关键 or 九大关键', () => {
    expect(terms('扩大关键矿产品进口')).toEqual([]);
    expect(terms('加速释放“九大关键枢纽”开放潜能')).toEqual([]);
  });

  it('does not read 威信 out of 权威信息 or 高县 out of 提高县域', () => {
    expect(terms('及时发布权威信息')).toEqual([]);
    expect(terms('提高县域综合承载能力')).toEqual([]);
  });

  it('does not read a town out of an ordinary word (太平洋, 分水岭, 污水尾水)', () => {
    expect(terms('面向太平洋')).toEqual([]);
    expect(terms('跨越发展的分水岭')).toEqual([]);
    expect(terms('提高污水尾水排放标准')).toEqual([]);
  });

  it('keeps a name whose neighbour belongs to another word (加强大足, 长江上游) and ordinary mentions', () => {
    expect(terms('加强大足石刻保护利用')).toEqual(['大足']);
    expect(terms('长江上游重要生态屏障')).toEqual(['长江']);
    expect(terms('支持大关发展特色产业，推进太平、分水、水尾建设')).toEqual(['大关', '太平', '分水', '水尾']);
  });

  it('leaves a longer gazetteer name whole (大关县城 is 大关县, though 县城 is a word)', () => {
    expect(terms('建设大关县城')).toEqual(['大关县']);
    expect(terms('太平镇关键项目')).toEqual(['太平镇']);
  });

  it('finds no town inside a river name (赤水河 is not at 赤水镇), but the places inside a line name', () => {
    expect(terms('赤水河流域生态保护')).toEqual(['赤水河']);
    expect(terms('建成大关至太平铁路')).toEqual(['大关至太平铁路', '大关', '太平']);
  });

  it('decides by the characters on both sides of the name', () => {
    const text = '扩大关键';
    expect(crossesWordBoundary(text, 1, 3)).toBe(true);
    expect(crossesWordBoundary('推进大关发展', 2, 4)).toBe(false);
  });
});
