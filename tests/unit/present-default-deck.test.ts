import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import { headline } from '../../src/present/headline';
import { defaultDeck, openingSpan, type DeckSource, type FeatureInfo } from '../../src/present/defaultDeck';
import type { Indicator, PlanDocument, PlanModel, Section, Task } from '../../src/plan/types';
import type { LayerId } from '../../src/geo/types';

// A two-document plan small enough to check by hand.
const LZ = '四、重点任务\n(一)大力实施融合发展,建设红色文化传承带。\n以长征为抓手,打造目的地。下一句。\n1.保护利用。太平镇与园区B。\n';
const ZT = '着力目标 扎实推进交通强市战略\n\n坚持五网共建。加快能源基地E建设。\n2022年目标\n\n地区生产总值\n增长9%\n';
const span = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

function doc(id: string, areaCounties: string[]): PlanDocument {
  return { id, title: `文件${id}`, issuer: '', date: '2022', area: '', areaCounties, file: `${id}.txt`, sha256: '', length: 0 };
}
function section(id: string, documentId: string, parentId: string | null, kind: Section['kind'], title: string, text: string, titleQuote: string, wholeQuote: string): Section {
  return { id, documentId, parentId, level: parentId ? 2 : 1, kind, label: null, title, span: span(text, wholeQuote), titleSpan: span(text, titleQuote) };
}
function task(id: string, documentId: string, sectionId: string, featureIds: string[], themes: Task['themes'] = [], links: Task['links'] = []): Task {
  return { id, documentId, sectionId, title: id, span: { start: 0, end: 1 }, leadUnits: [], responsibleUnits: [], themes, themeEvidence: {}, scope: 'named-places', featureIds, indicatorIds: [], links, flaws: [] };
}
function indicator(id: string, taskId: string, value: number | null, featureIds: string[] = []): Indicator {
  return { id, documentId: 'x', taskId, name: id, value, unit: '亿元', comparator: value === null ? 'qualitative' : '>=', targetYear: 2025, yearEvidence: null, aspirational: false, annual: false, featureIds, links: [], span: { start: 0, end: 1 }, quote: '', valueSpan: null, source: 'text' };
}

const FEATURES: Record<string, FeatureInfo> = {
  c1: { layer: 'counties', bounds: [103, 27, 104, 28], name: '县一' },
  c2: { layer: 'counties', bounds: [104, 27, 105, 28], name: '县二' },
  c3: { layer: 'counties', bounds: [105, 27.5, 106, 28.5], name: '县三' },
  'place-a': { layer: 'places', bounds: [105.2, 27.8, 105.2, 27.8], name: '太平镇' },
  'park-b': { layer: 'parks', bounds: [105.8, 28.1, 105.8, 28.1], name: '园区B' },
  'river-x': { layer: 'rivers', bounds: [100, 25, 110, 30], name: '赤水河' },
  'cor-e': { layer: 'corridors', bounds: [103.1, 27.1, 103.9, 27.9], name: '能源基地E' },
};

function source(extra: Partial<DeckSource> = {}): DeckSource {
  return {
    model: {
      documents: [doc('zt', ['c1', 'c2']), doc('lz', ['c3'])],
      sections: [
        section('lz-4', 'lz', null, 'part', '重点任务', LZ, '四、重点任务', LZ.trim()),
        section('lz-4-1', 'lz', 'lz-4', 'chapter', '大力实施融合发展,建设红色文化传承带', LZ, '(一)大力实施融合发展,建设红色文化传承带。', LZ.slice(LZ.indexOf('(一)')).trim()),
        section('lz-4-1-1', 'lz', 'lz-4-1', 'item', '保护利用', LZ, '1.保护利用。', '1.保护利用。太平镇与园区B。'),
        section('zt-s1', 'zt', null, 'heading', '着力目标 扎实推进交通强市战略', ZT, '着力目标 扎实推进交通强市战略', ZT.slice(0, ZT.indexOf('2022')).trim()),
        section('zt-t', 'zt', null, 'target-block', '2022年目标', ZT, '2022年目标', ZT.slice(ZT.indexOf('2022')).trim()),
      ],
      tasks: [
        task('lz-4-1', 'lz', 'lz-4-1', []),
        task('lz-4-1-1', 'lz', 'lz-4-1-1', ['place-a', 'c3', 'river-x', 'park-b']),
        task('zt-s1-1', 'zt', 'zt-s1', ['cor-e', 'c1'], ['transport'], [{ featureId: 'cor-e', kind: 'named', span: span(ZT, '能源基地E') }]),
        task('zt-t-1', 'zt', 'zt-t', []),
      ],
      indicators: [indicator('ind-l1', 'lz-4-1', 400), indicator('ind-l2', 'lz-4-1-1', null), indicator('ind-z1', 'zt-s1-1', 450, ['cor-e']), indicator('ind-t', 'zt-t-1', 9)],
    },
    texts: { lz: LZ, zt: ZT },
    feature: (id) => FEATURES[id],
    title: '总览',
    documentOrder: ['lz', 'zt'],
    now: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

const CONTEXT: LayerId[] = ['provinces', 'prefectures', 'context-counties', 'counties', 'rivers', 'seats'];

describe('default deck from the plan structure', () => {
  test('overview, then task chapters of 重点任务, then strategy headings with their corridor parts', () => {
    const deck = defaultDeck(source());
    expect(deck.scenes.map((s) => s.id)).toEqual(['overview', 'lz-4-1', 'zt-s1', 'zt-s1.cor-e']);
  });

  test('overview frames every plan county and calls out the first target of each target block', () => {
    const overview = defaultDeck(source()).scenes[0];
    expect(overview?.fit).toEqual([103, 27, 106, 28.5]);
    expect(overview?.callouts).toEqual(['ind-t']);
    expect(overview?.caption).toBe('《文件lz》（2022） · 《文件zt》（2022）');
  });

  test("a chapter scene: headline title, the section's opening sentence quoted by span, its features framed and highlighted", () => {
    const scene = defaultDeck(source()).scenes[1];
    expect(scene?.title).toBe('建设红色文化传承带');
    expect(scene?.caption).toBe('以长征为抓手,打造目的地。');
    expect(LZ.slice(scene?.captionSource?.start, scene?.captionSource?.end)).toBe(scene?.caption);
    // Points frame the scene; the county and the long river are highlighted context, not the frame.
    expect(scene?.fit).toEqual([105.2, 27.8, 105.8, 28.1]);
    expect(scene?.highlighted).toEqual(['place-a', 'park-b', 'river-x']);
    expect(scene?.layers).toEqual([...CONTEXT, 'places', 'parks']);
    expect(scene?.callouts).toEqual(['ind-l1']);
    expect(scene?.filters).toEqual({ documentId: 'lz' });
  });

  test('a strategy on transport shows the railway and highway layers; its corridor gets a scene of its own', () => {
    const [, , strategy, part] = defaultDeck(source()).scenes;
    expect(strategy?.title).toBe('扎实推进交通强市战略');
    expect(strategy?.caption).toBe('坚持五网共建。');
    expect(strategy?.layers).toEqual([...CONTEXT, 'railways', 'highways', 'corridors']);
    expect(part?.title).toBe('能源基地E');
    expect(part?.caption).toBe('加快能源基地E建设。');
    expect(part?.highlighted).toEqual(['cor-e']);
    expect(part?.callouts).toEqual(['ind-z1']);
  });

  test('a lone facility is framed with its county, not at street level', () => {
    const src = source();
    src.model.tasks[1] = task('lz-4-1-1', 'lz', 'lz-4-1-1', ['park-b', 'c3']);
    expect(defaultDeck(src).scenes[1]?.fit).toEqual([105, 27.5, 106, 28.5]);
  });

  test('headline and opening sentence helpers', () => {
    expect(headline('加快发展千亿酱酒产业,建设赤水河谷优质酱酒产业发展带')).toBe('建设赤水河谷优质酱酒产业发展带');
    expect(headline('建强交通网')).toBe('建强交通网');
    const text = '标题。\n' + '甲'.repeat(120) + '；乙。';
    expect(openingSpan(text, { titleSpan: { start: 0, end: 3 }, span: { start: 0, end: text.length } })).toEqual({ start: 4, end: 124 });
  });
});

describe('default deck of the committed plans', () => {
  const model = JSON.parse(readFileSync('geodata/plan.json', 'utf8')) as PlanModel;
  const texts = { zt: readFileSync('seeds/zhaotong-2022-outlook.txt', 'utf8'), lz: readFileSync('seeds/luzhou-nanyi-2022-plan.txt', 'utf8') };
  const features = new Map<string, FeatureInfo>();
  for (const layer of ['counties', 'rivers', 'seats', 'places', 'parks', 'railways', 'highways', 'corridors'] as LayerId[]) {
    const fc = JSON.parse(readFileSync(`geodata/${layer}.geojson`, 'utf8')) as GeoJSON.FeatureCollection;
    for (const f of fc.features) {
      const [w, s, e, n] = bbox(f);
      features.set(String(f.id), { layer, bounds: [w, s, e, n], name: String(f.properties?.name) });
    }
  }
  const deck = defaultDeck({ model, texts, feature: (id) => features.get(id), title: '总览', documentOrder: ['lz', 'zt'], now: 'x' });

  test('an overview, the six 泸州 chapters, the six 昭通 strategies and the 金沙江 clean-energy base', () => {
    expect(deck.scenes.map((s) => s.id)).toEqual([
      'overview', 'lz-4-1', 'lz-4-2', 'lz-4-3', 'lz-4-4', 'lz-4-5', 'lz-4-6',
      'zt-s1', 'zt-s2', 'zt-s2.cor-jinsha-clean-energy', 'zt-s3', 'zt-s4', 'zt-s5', 'zt-s6',
    ]);
    expect(deck.scenes[1]?.title).toBe('建设以“四渡赤水”为重点的红色文化传承带');
    expect(deck.scenes[1]?.caption).toBe('以长征国家文化公园建设为抓手,以“四渡赤水”红色文化为核心载体,大力推动“红色+”融合发展,打造全国红色旅游经典目的地。');
  });

  test('every quoted caption is the seed text at its span; every highlight and callout exists', () => {
    const indicators = new Set(model.indicators.map((i) => i.id));
    for (const scene of deck.scenes) {
      if (scene.captionSource) {
        const text = texts[scene.captionSource.documentId as 'lz' | 'zt'];
        expect(text.slice(scene.captionSource.start, scene.captionSource.end)).toBe(scene.caption);
      }
      for (const id of scene.highlighted) expect(features.has(id), id).toBe(true);
      for (const id of scene.callouts) expect(indicators.has(id), id).toBe(true);
      expect(scene.callouts.length).toBeLessThanOrEqual(4);
    }
  });

  test('the infrastructure chapter shows railways and highways and highlights 叙毕铁路', () => {
    const scene = deck.scenes.find((s) => s.id === 'lz-4-6');
    expect(scene?.layers).toEqual(expect.arrayContaining(['railways', 'highways']));
    expect(scene?.highlighted).toContain('rail-xubi');
  });
});
