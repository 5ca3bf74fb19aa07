/** Search: index building, matching, ranking, picking — on inline fixtures only. */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPinyin } from '../../src/search/pinyin';
import { indexFeatures } from '../../src/geo/lookup';
import type { BaseProps, LayerId, PlanCollection, PlanFeature } from '../../src/geo/types';
import type { Indicator, PlanModel, Task } from '../../src/plan/types';
import { buildSearchIndex, formatValue, type AgencyEntry, type SearchEntry } from '../../src/search/index';
import { resultGroups, Score, searchIndex } from '../../src/search/match';
import { pickAction } from '../../src/search/pick';
import { pinyinKeys, pinyinQuery } from '../../src/search/pinyin';

beforeAll(() => loadPinyin());

type Props = Partial<BaseProps> & Pick<BaseProps, 'id' | 'name' | 'nameEn' | 'kind'> & Record<string, unknown>;

function point(props: Props, coordinates: [number, number] = [105.8, 28.0]): PlanFeature {
  return {
    type: 'Feature',
    id: props.id,
    geometry: { type: 'Point', coordinates },
    properties: { geometrySource: 'sourced', source: 'fixture', ...props } as BaseProps,
  };
}

function square(props: Props, [x, y]: [number, number], size = 0.5): PlanFeature {
  return {
    type: 'Feature',
    id: props.id,
    geometry: { type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] },
    properties: { geometrySource: 'dataset', source: 'fixture', ...props } as BaseProps,
  };
}

function fc(features: PlanFeature[]): PlanCollection {
  return { type: 'FeatureCollection', features };
}

function task(partial: Partial<Task> & Pick<Task, 'id' | 'title'>): Task {
  return {
    documentId: 'lz', sectionId: 's1', span: { start: 0, end: 1 }, leadUnits: [], responsibleUnits: [], themes: [],
    themeEvidence: {}, scope: 'named-places', featureIds: [], indicatorIds: [], links: [], flaws: [], ...partial,
  };
}

function indicator(partial: Partial<Indicator> & Pick<Indicator, 'id' | 'name' | 'taskId'>): Indicator {
  return {
    documentId: 'lz', value: null, unit: null, comparator: '=', targetYear: 2025, yearEvidence: null, aspirational: false,
    annual: false, featureIds: [], links: [], span: { start: 0, end: 1 }, quote: '', valueSpan: null, source: 'text', ...partial,
  };
}

function model(tasks: Task[], indicators: Indicator[] = []): PlanModel {
  return {
    version: 1, documents: [], sections: [], tasks, indicators, flaws: [], nonTargets: [],
    gazetteer: { files: [], terms: 0 }, unresolvedMentions: [],
  };
}

/** A small world around 古蔺: counties, parks, places, a context county, a river. */
function world(): Partial<Record<LayerId, PlanCollection>> {
  return {
    // Context first on purpose: index order must not depend on the order of the collections object.
    'context-counties': fc([
      square({ id: '520382', name: '仁怀市', nameEn: 'Renhuai', kind: 'county', prefecture: '遵义市' }, [106.2, 27.6]),
      square({ id: '510502', name: '古蔺河口区', nameEn: 'Gulin Hekou', kind: 'county', prefecture: '泸州市' }, [105.0, 27.0]),
    ]),
    rivers: fc([
      { type: 'Feature', id: 'chishui', geometry: { type: 'LineString', coordinates: [[105.6, 27.6], [106.2, 28.2]] },
        properties: { id: 'chishui', name: '赤水河', nameEn: 'Chishui River', kind: 'river', geometrySource: 'dataset', source: 'fixture' } },
    ]),
    parks: fc([
      point({ id: 'park-gulin-jiugu', name: '古蔺酱香酒谷园区', nameEn: 'Gulin Maotai-flavour Liquor Valley Park', kind: 'park', countyId: '510525' }, [105.81, 28.04]),
      point({ id: 'park-xuyong', name: '叙永资源综合利用园区', nameEn: 'Xuyong Resource Park', kind: 'park', countyId: '510524' }, [105.44, 28.16]),
    ]),
    counties: fc([
      square({ id: '510524', name: '叙永县', nameEn: 'Xuyong County', kind: 'county', prefecture: '泸州市', planCounty: true }, [105.2, 27.9]),
      square({ id: '510525', name: '古蔺县', nameEn: 'Gulin County', kind: 'county', prefecture: '泸州市', aliases: ['古蔺'], planCounty: true }, [105.6, 27.7]),
      square({ id: '530602', name: '昭阳区', nameEn: 'Zhaoyang District', kind: 'county', prefecture: '昭通市', planCounty: true }, [103.5, 27.2]),
    ]),
    places: fc([
      point({ id: 'place-taipingdu', name: '太平镇', nameEn: 'Taiping', kind: 'town', countyId: '510525', aliases: ['太平渡'] }, [105.9, 28.1]),
      point({ id: 'place-erlang', name: '二郎镇', nameEn: 'Erlang', kind: 'town', countyId: '510525' }, [106.0, 28.2]),
    ]),
  };
}

/** Tasks and indicators of the world. */
function worldModel(): PlanModel {
  return model(
    [
      task({ id: 'lz-t1', title: '优化酱酒产业布局', leadUnits: ['市经济和信息化局'], responsibleUnits: ['古蔺县政府'], featureIds: ['510525', 'park-gulin-jiugu'] }),
      task({ id: 'lz-t2', title: '打造赤水河谷旅游', leadUnits: ['市文化广电旅游局'], responsibleUnits: ['叙永县政府', '古蔺县政府'], featureIds: ['chishui', 'place-taipingdu'] }),
      task({ id: 'lz-t3', title: '建设红色文化公园', leadUnits: ['市文化广电旅游局'], responsibleUnits: ['市文化广电旅游局', '古蔺县政府'], featureIds: ['place-erlang', 'missing-id'] }),
      task({ id: 'zt-t1', title: '古蔺至叙永快速通道', documentId: 'zt', leadUnits: ['市交通运输局'], featureIds: ['510524', '510525'] }),
    ],
    [
      indicator({ id: 'lz-i1', name: '白酒产能', value: 30, unit: '万千升', taskId: 'lz-t1', featureIds: ['park-gulin-jiugu'] }),
      indicator({ id: 'lz-i2', name: '古蔺旅游人次', value: 1000, unit: '万人次', taskId: 'lz-t2', featureIds: ['510525'] }),
    ],
  );
}

const names = (query: string, limit?: number, withModel = true) =>
  searchIndex(buildSearchIndex(world(), withModel ? worldModel() : null), query, limit).map((r) => r.entry.name);
const first = (query: string): SearchEntry | undefined => searchIndex(buildSearchIndex(world(), worldModel()), query)[0]?.entry;

describe('pinyin keys', () => {
  test('full pinyin, initials and syllable starts, without tones; ü as v', () => {
    expect(pinyinKeys('古蔺县')).toEqual({ full: 'gulinxian', initials: 'glx', starts: [0, 2, 5] });
    expect(pinyinKeys('市文化广电旅游局')?.full).toBe('shiwenhuaguangdianlvyouju');
    expect(pinyinKeys('G75兰海高速')?.initials).toBe('g75lhgs');
    expect(pinyinKeys('Gulin')).toBeNull();
  });

  test('a query is pinyin only when it is Latin letters (spaces and apostrophes dropped)', () => {
    expect(pinyinQuery("gu lin")).toBe('gulin');
    expect(pinyinQuery("xi'an")).toBe('xian');
    expect(pinyinQuery('lü')).toBe('lv');
    expect(pinyinQuery('古蔺')).toBeNull();
    expect(pinyinQuery('2025')).toBeNull();
  });
});

describe('matching', () => {
  test('"gulin" and "gl" find 古蔺县 first', () => {
    expect(first('gulin')?.name).toBe('古蔺县');
    expect(first('gl')?.name).toBe('古蔺县');
    expect(first('GL')?.name).toBe('古蔺县');
    expect(first('gu lin')?.name).toBe('古蔺县');
    expect(first('gulinxian')?.name).toBe('古蔺县');
  });

  test('"古蔺" finds 古蔺县 first, then the 古蔺 parks, tasks and indicators', () => {
    const found = names('古蔺');
    expect(found[0]).toBe('古蔺县');
    expect(found).toContain('古蔺酱香酒谷园区');
    expect(found).toContain('古蔺至叙永快速通道');
    expect(found).toContain('古蔺旅游人次');
    expect(found).toContain('古蔺县政府');
  });

  test('English names, case-insensitive, also full-width', () => {
    expect(first('Gulin')?.name).toBe('古蔺县');
    expect(first('gulin county')?.name).toBe('古蔺县');
    expect(first('GULIN COUNTY')?.name).toBe('古蔺县');
    expect(first('ｇｕｌｉｎ')?.name).toBe('古蔺县');
    expect(first('liquor valley')?.name).toBe('古蔺酱香酒谷园区');
  });

  test('aliases match (太平渡 → 太平镇) exactly', () => {
    const r = searchIndex(buildSearchIndex(world(), worldModel()), '太平渡');
    expect(r[0]?.entry.name).toBe('太平镇');
    expect(r[0]?.score).toBe(Score.exact);
  });

  test('pinyin from a syllable start inside a name ("jiugu" → 古蔺酱香酒谷园区)', () => {
    const r = searchIndex(buildSearchIndex(world(), null), 'jiugu');
    expect(r.map((x) => x.entry.name)).toEqual(['古蔺酱香酒谷园区']);
    expect(r[0]?.score).toBe(Score.pinyinInfix);
    // "ugu" is inside "jiugu" but not at a syllable start.
    expect(searchIndex(buildSearchIndex(world(), null), 'iugu')).toEqual([]);
  });

  test('an agency query finds the agency with its task counts', () => {
    const r = searchIndex(buildSearchIndex(world(), worldModel()), '文化广电');
    expect(r).toHaveLength(1);
    const agency = r[0]?.entry as AgencyEntry;
    expect(agency.type).toBe('agency');
    expect(agency.name).toBe('市文化广电旅游局');
    expect(agency.leadTaskIds).toEqual(['lz-t2', 'lz-t3']);
    expect(agency.responsibleTaskIds).toEqual(['lz-t3']);
    expect(agency.taskIds).toEqual(['lz-t2', 'lz-t3']);
  });

  test('agencies are unique across lead and responsible units, in first-seen order', () => {
    const index = buildSearchIndex(world(), worldModel());
    const agencies = index.entries.filter((e) => e.type === 'agency') as AgencyEntry[];
    expect(agencies.map((a) => a.name)).toEqual(['市经济和信息化局', '古蔺县政府', '市文化广电旅游局', '叙永县政府', '市交通运输局']);
    expect(agencies.find((a) => a.name === '古蔺县政府')?.taskIds).toEqual(['lz-t1', 'lz-t2', 'lz-t3']);
  });

  test('indicators are found by name and by value with unit', () => {
    expect(first('白酒产能')?.type).toBe('indicator');
    expect(first('30万千升')?.id).toBe('lz-i1');
    expect(formatValue(5, 8, '万吨')).toBe('5—8万吨');
    expect(formatValue(null, undefined, null)).toBe('');
  });

  test('tasks are found by title and by id', () => {
    expect(first('酱酒产业')?.id).toBe('lz-t1');
    expect(first('zt-t1')?.id).toBe('zt-t1');
  });

  test('without a model only features are indexed', () => {
    const index = buildSearchIndex(world());
    expect(index.entries.every((e) => e.type === 'feature')).toBe(true);
    expect(index.entries).toHaveLength(10);
    expect(names('文化广电', 12, false)).toEqual([]);
  });

  test('empty, blank and unmatched queries return nothing', () => {
    const index = buildSearchIndex(world(), worldModel());
    expect(searchIndex(index, '')).toEqual([]);
    expect(searchIndex(index, '   \t ')).toEqual([]);
    expect(searchIndex(index, '北京')).toEqual([]);
    expect(searchIndex(index, 'qqqzzz')).toEqual([]);
    expect(searchIndex(buildSearchIndex({}, null), '古蔺')).toEqual([]);
  });

  test('the limit is respected (default 12)', () => {
    const index = buildSearchIndex(world(), worldModel());
    expect(searchIndex(index, '古蔺', 3)).toHaveLength(3);
    expect(searchIndex(index, 'g', 0)).toEqual([]);
    const many = buildSearchIndex({ places: fc(Array.from({ length: 40 }, (_, i) => point({ id: `p${i}`, name: `古蔺${i}号点`, nameEn: `Gulin ${i}`, kind: 'site' }))) });
    expect(searchIndex(many, '古蔺')).toHaveLength(12);
    expect(searchIndex(many, '古蔺', 30)).toHaveLength(30);
  });
});

describe('ranking', () => {
  test('exact > prefix > substring > pinyin prefix > initials', () => {
    const index = buildSearchIndex({
      places: fc([
        point({ id: 'a', name: '大古蔺', nameEn: 'Dagulin', kind: 'site' }), // substring
        point({ id: 'b', name: '古蔺', nameEn: 'Gulin', kind: 'site' }), // exact
        point({ id: 'c', name: '古蔺河', nameEn: 'Gulin River', kind: 'site' }), // prefix
      ]),
    });
    expect(searchIndex(index, '古蔺').map((r) => [r.entry.id, r.score])).toEqual([['b', Score.exact], ['c', Score.prefix], ['a', Score.substring]]);

    const py = buildSearchIndex({
      places: fc([
        point({ id: 'i', name: '高楼', nameEn: 'Gaolou', kind: 'site' }), // initials gl
        point({ id: 'p', name: '格勒', nameEn: 'Gele', kind: 'site' }), // pinyin gele, initials gl
        point({ id: 'x', name: '鸽岭', nameEn: 'Geling', kind: 'site' }), // initials gl
      ]),
    });
    const r = searchIndex(py, 'gel');
    expect(r.map((x) => [x.entry.id, x.score])).toEqual([['p', Score.prefix], ['x', Score.prefix]]);
    const byPinyin = buildSearchIndex({ places: fc([point({ id: 'i', name: '高楼', nameEn: 'Tower', kind: 'site' }), point({ id: 'p', name: '格勒', nameEn: 'Hill', kind: 'site' })]) });
    expect(searchIndex(byPinyin, 'gl').map((x) => [x.entry.id, x.score])).toEqual([['i', Score.initials], ['p', Score.initials]]);
    expect(searchIndex(byPinyin, 'gele').map((x) => [x.entry.id, x.score])).toEqual([['p', Score.pinyinPrefix]]);
  });

  test('a Latin match inside a word ranks below initials ("gl" in "Jiangling")', () => {
    const index = buildSearchIndex({
      places: fc([
        point({ id: 'j', name: '江陵', nameEn: 'Jiangling', kind: 'site' }),
        point({ id: 'g', name: '古蔺', nameEn: 'Gulin', kind: 'site' }),
      ]),
    });
    expect(searchIndex(index, 'gl').map((r) => [r.entry.id, r.score])).toEqual([['g', Score.initials], ['j', Score.latinInfix]]);
  });

  test('id prefixes rank below pinyin initials ("zt" → 昭通市 before task zt-s1)', () => {
    const index = buildSearchIndex(
      { prefectures: fc([square({ id: '530600', name: '昭通市', nameEn: 'Zhaotong', kind: 'prefecture' }, [103, 27])]) },
      model([task({ id: 'zt-s1', title: '推进乡村振兴', documentId: 'zt' })]),
    );
    expect(searchIndex(index, 'zt').map((r) => [r.entry.id, r.score])).toEqual([['530600', Score.initials], ['zt-s1', Score.idPrefix]]);
    expect(searchIndex(index, 'zt-s1').map((r) => [r.entry.id, r.score])).toEqual([['zt-s1', Score.exact]]);
    expect(searchIndex(index, '5306').map((r) => [r.entry.id, r.score])).toEqual([['530600', Score.idPrefix]]);
  });

  test('on ties: features, then tasks, indicators, agencies; groups follow their best result', () => {
    const index = buildSearchIndex(
      { places: fc([point({ id: 'f', name: '文旅小镇', nameEn: 'Culture Town', kind: 'town' })]) },
      model(
        [task({ id: 't', title: '文旅融合', leadUnits: ['文旅局'] })],
        [indicator({ id: 'i', name: '文旅收入', taskId: 't' })],
      ),
    );
    expect(searchIndex(index, '文旅').map((r) => r.entry.type)).toEqual(['feature', 'task', 'indicator', 'agency']);
    // An exact agency beats prefix matches of other types, so its group comes first.
    const r = searchIndex(index, '文旅局');
    expect(r.map((x) => x.entry.type)).toEqual(['agency']);
    const groups = resultGroups(searchIndex(index, '文旅'));
    expect(groups.map((g) => g.type)).toEqual(['feature', 'task', 'indicator', 'agency']);
  });

  test('results are grouped by type even when scores interleave', () => {
    const index = buildSearchIndex(
      { places: fc([point({ id: 'a', name: '酒谷', nameEn: 'A', kind: 'site' }), point({ id: 'b', name: '大酒谷镇', nameEn: 'B', kind: 'site' })]) },
      model([task({ id: 't', title: '酒谷建设' })]),
    );
    // a: exact, t: prefix, b: substring → features grouped: a, b, then t.
    expect(searchIndex(index, '酒谷').map((r) => r.entry.id)).toEqual(['a', 'b', 't']);
  });

  test('on ties: plan counties, then plan features, then context; otherwise index order (stable)', () => {
    const r = searchIndex(buildSearchIndex(world(), null), '古蔺');
    expect(r.map((x) => x.entry.id)).toEqual(['510525', 'park-gulin-jiugu', '510502']);
    const again = searchIndex(buildSearchIndex(world(), null), '古蔺');
    expect(again.map((x) => x.entry.id)).toEqual(r.map((x) => x.entry.id));
  });

  test('feature entries say where they are', () => {
    const index = buildSearchIndex(world());
    const park = index.entries.find((e) => e.id === 'park-gulin-jiugu');
    expect(park).toMatchObject({ type: 'feature', layer: 'parks', where: '古蔺县', whereEn: 'Gulin County' });
    expect(index.entries.find((e) => e.id === '510525')).toMatchObject({ where: '泸州市', whereEn: null });
    const withPrefectures = buildSearchIndex({
      ...world(),
      prefectures: fc([square({ id: '510500', name: '泸州市', nameEn: 'Luzhou', kind: 'prefecture' }, [105, 27], 2)]),
    });
    expect(withPrefectures.entries.find((e) => e.id === '510525')).toMatchObject({ where: '泸州市', whereEn: 'Luzhou' });
  });
});

describe('picking', () => {
  const setup = () => {
    const collections = world();
    return { index: buildSearchIndex(collections, worldModel()), lookup: indexFeatures(collections) };
  };

  test('a feature: select it and fit its bbox (areas to zoom 9); clear highlight and focus', () => {
    const { index, lookup } = setup();
    const entry = index.entries.find((e) => e.id === '510525') as SearchEntry;
    expect(pickAction(entry, lookup)).toEqual({
      selected: { layer: 'counties', id: '510525' },
      highlighted: [],
      bounds: [105.6, 27.7, 106.1, 28.2],
      maxZoom: 9,
      focus: null,
    });
    const park = pickAction(index.entries.find((e) => e.id === 'park-gulin-jiugu') as SearchEntry, lookup);
    expect(park).toMatchObject({ selected: { layer: 'parks', id: 'park-gulin-jiugu' }, bounds: [105.81, 28.04, 105.81, 28.04], maxZoom: 10.5 });
  });

  test('a task: highlight its loaded features, fit their union, focus the task, keep the selection', () => {
    const { index, lookup } = setup();
    const entry = index.entries.find((e) => e.key === 'task:lz-t3') as SearchEntry;
    expect(pickAction(entry, lookup)).toEqual({
      highlighted: [{ layer: 'places', id: 'place-erlang' }],
      bounds: [106.0, 28.2, 106.0, 28.2],
      maxZoom: 10,
      focus: { kind: 'task', id: 'lz-t3' },
    });
    const t1 = pickAction(index.entries.find((e) => e.key === 'task:lz-t1') as SearchEntry, lookup);
    expect(t1.highlighted).toEqual([{ layer: 'counties', id: '510525' }, { layer: 'parks', id: 'park-gulin-jiugu' }]);
    expect(t1.bounds).toEqual([105.6, 27.7, 106.1, 28.2]);
  });

  test('an indicator focuses the indicator; an agency focuses the agency by name', () => {
    const { index, lookup } = setup();
    const ind = pickAction(index.entries.find((e) => e.key === 'indicator:lz-i1') as SearchEntry, lookup);
    expect(ind.focus).toEqual({ kind: 'indicator', id: 'lz-i1' });
    expect(ind.highlighted).toEqual([{ layer: 'parks', id: 'park-gulin-jiugu' }]);
    const agency = pickAction(index.entries.find((e) => e.key === 'agency:市文化广电旅游局') as SearchEntry, lookup);
    expect(agency).toEqual({ highlighted: [], bounds: null, maxZoom: 10, focus: { kind: 'agency', id: '市文化广电旅游局' } });
  });
});
