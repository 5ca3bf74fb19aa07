import { describe, expect, test } from 'vitest';
import { formatUrl, overCurrent, parseUrl, type UrlState } from '../../src/state/urlCodec';

describe('URL codec', () => {
  test('round-trips a full state', () => {
    const state: UrlState = {
      lang: 'en',
      camera: { center: [105.71234, 28.04321], zoom: 8.5, bearing: 10, pitch: 30 },
      layers: ['counties', 'railways'],
      selected: '510525',
      focus: { kind: 'task', id: 'lz-4-2-1' },
      panel: 'reader',
      doc: 'lz',
      phase: '2025',
      compare: 'existing',
      filters: { documentId: 'lz', theme: 'transport', lead: '市交通运输局', year: '2025' },
    };
    expect(parseUrl(formatUrl(state))).toEqual({ state, notices: [] });
  });

  test('defaults are left out of the URL', () => {
    expect(formatUrl({ lang: 'zh', panel: 'details', phase: 'all' })).toBe('');
  });

  test('invalid values are ignored with a notice and the valid rest applies', () => {
    const { state, notices } = parseUrl('?lang=fr&v=500,20,3&layers=counties,bogus&sel=510525&panel=x&zoo=1');
    expect(state).toEqual({ layers: ['counties'], selected: '510525' });
    expect(notices).toEqual(['lang=fr', 'v=500,20,3', 'layers=bogus', 'panel=x', 'zoo=1']);
  });

  test('script payloads never pass the schema', () => {
    const { state, notices } = parseUrl(`?sel=${encodeURIComponent('<img src=x onerror=alert(1)>')}&doc=${encodeURIComponent('"><script>')}`);
    expect(state).toEqual({});
    expect(notices.length).toBe(2);
  });

  test('non-finite camera numbers are refused', () => {
    expect(parseUrl('v=NaN,1,2').state.camera).toBeUndefined();
    expect(parseUrl('v=105,28,7,370,0').state.camera?.bearing).toBe(10);
  });
});

describe('first read of the URL over what the planner chose while loading', () => {
  const chosen: UrlState = {
    lang: 'en', panel: 'reader', doc: 'zt', phase: '2025', filters: { theme: 'transport' },
    camera: { center: [105, 28], zoom: 7, bearing: 0, pitch: 0 },
  };

  test('what the URL leaves out keeps the planner\'s choice (but not the camera)', () => {
    expect(overCurrent({ selected: '510525' }, chosen)).toEqual({ ...chosen, camera: undefined, selected: '510525' });
  });

  test('filters merge one by one: the URL\'s theme with the lead unit chosen meanwhile', () => {
    const merged = overCurrent({ filters: { theme: 'energy' } }, { ...chosen, filters: { theme: 'transport', lead: '市交通局' } });
    expect(merged.filters).toEqual({ theme: 'energy', lead: '市交通局' });
  });

  test('what the URL names wins', () => {
    const merged = overCurrent({ panel: 'tasks', lang: 'zh', camera: { center: [104, 27], zoom: 8, bearing: 0, pitch: 0 } }, chosen);
    expect(merged.panel).toBe('tasks');
    expect(merged.lang).toBe('zh');
    expect(merged.camera?.center).toEqual([104, 27]);
    expect(merged.doc).toBe('zt');
  });
});
