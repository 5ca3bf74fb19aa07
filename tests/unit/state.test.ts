import { describe, expect, test } from 'vitest';
import { toggledLayer } from '../../src/state/layers';
import { sameRef } from '../../src/state/selection';
import { toggledLang } from '../../src/state/ui';

describe('layer updaters', () => {
  test('toggling twice restores the set and never mutates the input', () => {
    const start = { visible: new Set(['counties'] as const) };
    const off = toggledLayer(start, 'counties');
    expect([...off.visible]).toEqual([]);
    expect([...start.visible]).toEqual(['counties']);
    expect([...toggledLayer(off, 'counties').visible]).toEqual(['counties']);
  });
});

describe('ui and selection', () => {
  test('language toggles zh ⇄ en', () => {
    expect(toggledLang({ lang: 'zh' }).lang).toBe('en');
    expect(toggledLang({ lang: 'en' }).lang).toBe('zh');
  });

  test('refs compare by layer and id', () => {
    expect(sameRef({ layer: 'counties', id: '1' }, { layer: 'counties', id: '1' })).toBe(true);
    expect(sameRef({ layer: 'counties', id: '1' }, { layer: 'parks', id: '1' })).toBe(false);
    expect(sameRef(null, null)).toBe(true);
    expect(sameRef(null, { layer: 'parks', id: '1' })).toBe(false);
  });
});
