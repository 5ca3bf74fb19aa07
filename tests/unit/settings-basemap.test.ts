import { describe, expect, test } from 'vitest';
import { basemapStyle } from '../../src/map/style/basemap';
import { buildStyle } from '../../src/map/style/build';
import { DEFAULT_SETTINGS, effectiveBasemap, parseSettings, STORAGE_KEY } from '../../src/panels/settings/settingsCore';
import { SETTINGS_KEY } from '../../src/state/settings';
import { SETTINGS_STRINGS } from '../../src/panels/settings/strings';

describe('parseSettings', () => {
  test('nothing stored: the defaults, no basemap, no problem', () => {
    expect(parseSettings(null)).toEqual({ settings: { basemap: 'none', tiandituKey: '' }, problem: null });
  });

  test('a valid stored value round-trips; the key is trimmed', () => {
    expect(parseSettings('{"basemap":"tianditu","tiandituKey":" 0123456789abcdef0123456789abcdef "}').settings)
      .toEqual({ basemap: 'tianditu', tiandituKey: '0123456789abcdef0123456789abcdef' });
  });

  test('wrong types and unknown values fall back field by field, unknown fields are dropped', () => {
    expect(parseSettings('{"basemap":"amap","tiandituKey":42,"x":1}')).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
    expect(parseSettings('{"basemap":"osm","tiandituKey":"a&tk=b"}').settings).toEqual({ basemap: 'osm', tiandituKey: '' });
  });

  test('unreadable values give the defaults and a problem', () => {
    expect(parseSettings('{broken').settings).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{broken').problem).toBeTruthy();
    expect(parseSettings('null')).toEqual({ settings: DEFAULT_SETTINGS, problem: 'not an object' });
    expect(parseSettings('"osm"').problem).toBe('not an object');
  });
});

describe('effectiveBasemap', () => {
  test('none by default; Tianditu only with a valid key', () => {
    expect(effectiveBasemap(DEFAULT_SETTINGS)).toBeNull();
    expect(effectiveBasemap({ basemap: 'osm', tiandituKey: '' })).toEqual({ kind: 'osm' });
    expect(effectiveBasemap({ basemap: 'tianditu', tiandituKey: '' })).toBeNull();
    expect(effectiveBasemap({ basemap: 'tianditu', tiandituKey: '0123456789abcdef' })).toBeNull(); // half-typed
    expect(effectiveBasemap({ basemap: 'tianditu', tiandituKey: '0123456789abcdef0123456789abcdef' })).toEqual({ kind: 'tianditu', key: '0123456789abcdef0123456789abcdef' });
  });
});

describe('basemapStyle', () => {
  test('none: no sources, no layers', () => {
    expect(basemapStyle(null)).toEqual({ sources: {}, layers: [] });
    expect(basemapStyle(undefined)).toEqual({ sources: {}, layers: [] });
  });

  test('OpenStreetMap: one attributed raster source from tile.openstreetmap.org', () => {
    const { sources, layers } = basemapStyle({ kind: 'osm' });
    expect(sources).toEqual({
      'basemap-osm': {
        type: 'raster', tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 19,
        attribution: '© OpenStreetMap contributors',
      },
    });
    expect(layers.map((l) => [l.id, l.type])).toEqual([['basemap-osm', 'raster']]);
  });

  test('Tianditu: vector then annotation layers, key in the tile URL, attributed once', () => {
    const { sources, layers } = basemapStyle({ kind: 'tianditu', key: 'k123' });
    expect(layers.map((l) => l.id)).toEqual(['basemap-vec', 'basemap-cva']);
    const vec = sources['basemap-vec'] as { tiles: string[]; attribution: string };
    expect(vec.tiles).toEqual([
      'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default'
      + '&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=k123',
    ]);
    expect(vec.attribution).toBe('© 天地图 Tianditu');
    expect((sources['basemap-cva'] as { tiles: string[] }).tiles[0]).toContain('/cva_w/wmts?');
    expect((sources['basemap-cva'] as { tiles: string[] }).tiles[0]).toContain('LAYER=cva');
  });
});

describe('buildStyle with a basemap', () => {
  test('the basemap is drawn right above the background, below every plan layer', () => {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const style = buildStyle({
      lang: 'zh', visible: new Set(['counties'] as const), data: { counties: empty }, countyLabels: empty, hidden: [],
      measure: null, choropleth: null, fonts: { regular: 'http://x/r.woff2', bold: 'http://x/b.woff2' }, basemap: basemapStyle({ kind: 'osm' }),
    });
    expect(style.layers.slice(0, 3).map((l) => l.id)).toEqual(['background', 'basemap-osm', 'counties-fill']);
    expect(Object.keys(style.sources)).toContain('basemap-osm');
  });
});

test('the lazy settings module and the start-up check use the same storage key', () => {
  expect(STORAGE_KEY).toBe(SETTINGS_KEY);
});

test('the settings popover strings have the same keys in zh and en, none empty', () => {
  expect(Object.keys(SETTINGS_STRINGS.en).sort()).toEqual(Object.keys(SETTINGS_STRINGS.zh).sort());
  for (const table of Object.values(SETTINGS_STRINGS)) for (const v of Object.values(table)) expect(v.trim()).not.toBe('');
});
