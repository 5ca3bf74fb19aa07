import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/plan/ingest/gazetteer.ts';
import { countyShortName, readGazetteer, termsOf } from '../../src/plan/ingest/gazetteer.ts';
import { buildDictionary, findMentions, resolveMention } from '../../src/plan/ingest/mentions.ts';
import { dedupe, namedLinks } from '../../src/plan/ingest/links.ts';
import type { LinkContext } from '../../src/plan/ingest/links.ts';

/** Element `i` of a list; throws when it is missing (keeps the tests free of non-null assertions). */
function at<T>(list: readonly T[] | undefined, i: number): T {
  const x = list?.[i];
  if (x === undefined) throw new Error(`no element ${i}`);
  return x;
}

/** A small gazetteer, built fresh for every test. */
function entries(): GazetteerEntry[] {
  return [
    { id: '510525', name: '古蔺县', aliases: [], kind: 'county', layer: 'counties' },
    { id: '510524', name: '叙永县', aliases: [], kind: 'county', layer: 'counties' },
    { id: '530628', name: '彝良县', aliases: [], kind: 'county', layer: 'counties' },
    { id: '520381', name: '赤水市', aliases: [], kind: 'county', layer: 'context-counties' },
    { id: 'place-taiping', name: '太平镇', aliases: ['太平'], kind: 'town', layer: 'places', countyId: '510525' },
    { id: 'place-taipingdu', name: '太平渡', aliases: [], kind: 'site', layer: 'places', countyId: '510525' },
    { id: 'place-chishuizhen', name: '赤水镇', aliases: [], kind: 'town', layer: 'places', countyId: '510524' },
    { id: 'river-chishui', name: '赤水河', aliases: [], kind: 'river', layer: 'rivers' },
    { id: 'hwy-g352', name: 'G352', aliases: [], kind: 'road', layer: 'highways' },
    { id: 'hwy-g35', name: 'G35', aliases: [], kind: 'road', layer: 'highways' },
    { id: 'park-weixin-trail', name: '威信县长征国家文化公园环山步道景区', aliases: ['长征国家文化公园'], kind: 'park', layer: 'parks', countyId: '530629' },
  ];
}

function mentionTerms(text: string): string[] {
  const dict = buildDictionary(entries(), [{ term: '四渡赤水', reason: 'campaign' }]);
  return findMentions(text, [{ start: 0, end: text.length }], dict).map((m) => m.term);
}

describe('gazetteer terms', () => {
  it('derives the short form of plan counties only', () => {
    expect(countyShortName('古蔺县')).toBe('古蔺');
    expect(countyShortName('水富市')).toBe('水富');
    expect(countyShortName('高县')).toBeNull();
    const all = entries();
    expect(termsOf(at(all, 0))).toEqual(['古蔺县', '古蔺']);
    expect(termsOf(at(all, 3))).toEqual(['赤水市']);
  });

  it('reads layer files and rejects a feature without a name', () => {
    const good = { type: 'FeatureCollection', features: [{ type: 'Feature', id: '510525', properties: { id: '510525', name: '古蔺县', kind: 'county' }, geometry: null }] };
    const prov = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'p-yn', name: '云南省', kind: 'province' }, geometry: null }] };
    const { entries: read, summary } = readGazetteer([{ file: 'provinces.geojson', json: prov }, { file: 'counties.geojson', json: good }]);
    expect(read.map((e) => e.id)).toEqual(['510525']);
    expect(summary.files).toEqual([{ file: 'counties.geojson', features: 1 }, { file: 'provinces.geojson', features: 1 }]);
    const bad = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'x' }, geometry: null }] };
    expect(() => readGazetteer([{ file: 'places.geojson', json: bad }])).toThrow(/without id or name/);
    expect(() => readGazetteer([{ file: 'x.geojson', json: [] }])).toThrow(/FeatureCollection/);
  });
});

describe('mention finder', () => {
  it('takes the longest match first', () => {
    expect(mentionTerms('推进“四渡赤水”太平渡陈列馆改扩建')).toEqual(['太平渡']);
    expect(mentionTerms('打造红色三镇—太平、二郎')).toEqual(['太平']);
    expect(mentionTerms('支持古蔺县和叙永发展')).toEqual(['古蔺县', '叙永']);
  });

  it('tells 赤水镇, 赤水河 and the campaign 四渡赤水 apart', () => {
    expect(mentionTerms('赤水镇组团')).toEqual(['赤水镇']);
    expect(mentionTerms('赤水河流域')).toEqual(['赤水河']);
    expect(mentionTerms('“四渡赤水”红色文化')).toEqual([]);
    expect(mentionTerms('贵州赤水市')).toEqual(['赤水市']);
  });

  it('lets a feature named like a blocker win over the blocker', () => {
    const dict = buildDictionary(
      [...entries(), { id: 'cor-sidu', name: '“四渡赤水”红色文旅环线', aliases: ['四渡赤水'], kind: 'corridor', layer: 'corridors' }],
      [{ term: '四渡赤水', reason: 'campaign' }],
    );
    const text = '以“四渡赤水”为重点';
    const found = findMentions(text, [{ start: 0, end: text.length }], dict);
    expect(found.map((m) => m.candidates.map((c) => c.id))).toEqual([['cor-sidu']]);
  });

  it('finds the counties named inside a line name', () => {
    const dict = buildDictionary([...entries(), { id: 'road-x', name: '古蔺至叙永(G352)', aliases: [], kind: 'road', layer: 'highways' }]);
    const text = '建成古蔺至叙永(G352)快捷通道';
    const found = findMentions(text, [{ start: 0, end: text.length }], dict);
    expect(found.map((m) => [m.term, m.nested ?? false])).toEqual([['古蔺至叙永(G352)', false], ['古蔺', true], ['叙永', true], ['G352', true]]);
  });

  it('respects ASCII word boundaries (G35 is not inside G352)', () => {
    expect(mentionTerms('G352古蔺金兰街道')).toEqual(['G352', '古蔺']);
    expect(mentionTerms('(G35)')).toEqual(['G35']);
    expect(mentionTerms('XG352')).toEqual([]);
  });

  it('reads the typo 舞良 as 彝良 through a substitution, and places nothing in a suppressed span', () => {
    const text = '推进舞良、永善县城特色化发展。加强洞庭湖水系和赤水河保护';
    const dict = buildDictionary(entries());
    const typo = { start: 2, end: 4 };
    const suppressed = [{ start: text.indexOf('加强'), end: text.length }];
    const found = findMentions(text, [{ start: 0, end: text.length }], dict, suppressed, [{ span: typo, term: '彝良', flawId: 'zt-typo-1' }]);
    expect(found).toHaveLength(1);
    expect(at(at(found, 0).candidates, 0).id).toBe('530628');
    expect(at(found, 0).flawId).toBe('zt-typo-1');
    expect(text.slice(at(found, 0).span.start, at(found, 0).span.end)).toBe('舞良');
  });
});

describe('resolution and links', () => {
  function ctx(text: string, area: string[]): LinkContext {
    const all = entries();
    return { text, dict: buildDictionary(all), areaCounties: area, suppressed: [], substitutions: [], known: new Set(all.map((e) => e.id)), seats: new Map([['510525', 'seat-510525']]) };
  }

  it('links a named place and, via its countyId, its county', () => {
    const text = '加快太平二郎重点展示园建设';
    const { links } = namedLinks(ctx(text, ['510524', '510525']), [{ start: 0, end: text.length }]);
    expect(links.map((l) => [l.featureId, l.via ?? null, l.quote])).toEqual([
      ['place-taiping', null, '太平'],
      ['510525', 'place-taiping', '太平'],
    ]);
  });

  it('does not trust a short alias of a feature outside the document area', () => {
    const text = '以长征国家文化公园建设为抓手';
    const { links, unresolved } = namedLinks(ctx(text, ['510524', '510525']), [{ start: 0, end: text.length }]);
    expect(links).toEqual([]);
    expect(unresolved.map((u) => u.reason)).toEqual(['out-of-area alias']);
    const inArea = namedLinks(ctx(text, ['530629']), [{ start: 0, end: text.length }]);
    // The county 530629 is not in this small gazetteer, so no `via` county link is made.
    expect(inArea.links.map((l) => l.featureId)).toEqual(['park-weixin-trail']);
  });

  it('prefers the candidate inside the document area, and reports what stays ambiguous', () => {
    const twin: GazetteerEntry[] = [
      { id: 'a', name: '金龙', aliases: [], kind: 'town', layer: 'places', countyId: '510524' },
      { id: 'b', name: '金龙', aliases: [], kind: 'town', layer: 'places', countyId: '510525' },
      { id: 'c', name: '金龙', aliases: [], kind: 'town', layer: 'places', countyId: '530602' },
    ];
    const dict = buildDictionary(twin);
    const m = at(findMentions('金龙', [{ start: 0, end: 2 }], dict), 0);
    expect(resolveMention(m, ['530602'])).toMatchObject({ id: 'c' });
    expect(resolveMention(m, ['510524', '510525'])).toBe('ambiguous');
  });

  it('links the county seat for "…县城"', () => {
    const text = '加快古蔺县城建设,古蔺发展';
    const { links } = namedLinks(ctx(text, ['510525']), [{ start: 0, end: text.length }]);
    expect(links.map((l) => [l.featureId, l.quote])).toEqual([['510525', '古蔺县'], ['seat-510525', '古蔺县城']]);
  });

  it('keeps one link per feature, a direct mention before a via one', () => {
    const links = dedupe([
      { featureId: '510525', kind: 'named', span: { start: 0, end: 2 }, quote: '太平', via: 'place-taiping' },
      { featureId: '510525', kind: 'named', span: { start: 10, end: 12 }, quote: '古蔺' },
      { featureId: '510525', kind: 'curated', span: { start: 20, end: 22 }, quote: '古叙', reason: 'x' },
    ]);
    expect(links).toEqual([{ featureId: '510525', kind: 'named', span: { start: 10, end: 12 }, quote: '古蔺' }]);
  });
});
