/**
 * User settings: the optional online basemap and the 天地图 key, stored in localStorage (never in
 * the URL). Parsing of stored values is pure; unreadable storage falls back to the defaults (no
 * basemap) and is reported in the settings panel. Loaded lazily by the settings button, and it
 * imports no other app module but the basemap family (a leaf chunk).
 */
import { basemapStyle, type BasemapChoice, type BasemapStyle } from '../../map/style/basemap';
import { errorText } from '../../util/json';

export type BasemapId = 'none' | 'osm' | 'tianditu';

/** What is stored. */
export interface Settings {
  basemap: BasemapId;
  tiandituKey: string;
}

/**
 * The localStorage key; equal to `SETTINGS_KEY` in src/state/settings.ts (a unit test checks it). Not
 * imported from there so this lazy module depends on no start-up module (keeps the chunks stable).
 */
export const STORAGE_KEY = 'planmap.settings.v1';

export const DEFAULT_SETTINGS: Settings = { basemap: 'none', tiandituKey: '' };
const BASEMAPS: readonly BasemapId[] = ['none', 'osm', 'tianditu'];

/**
 * Whether a 天地图 key looks usable: 32 hexadecimal digits, as the service issues them. Nothing
 * else can reach the tile URL, and no tiles are requested with a half-typed key.
 */
export const validTiandituKey = (key: string): boolean => /^[0-9a-f]{32}$/i.test(key);

/** Parses a stored value: unknown fields are dropped, wrong types fall back to the defaults. */
export function parseSettings(raw: string | null): { settings: Settings; problem: string | null } {
  if (raw === null) return { settings: DEFAULT_SETTINGS, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { settings: DEFAULT_SETTINGS, problem: errorText(e) };
  }
  if (typeof value !== 'object' || value === null) return { settings: DEFAULT_SETTINGS, problem: 'not an object' };
  const v = value as Record<string, unknown>;
  const basemap = BASEMAPS.find((b) => b === v.basemap) ?? 'none';
  const key = typeof v.tiandituKey === 'string' ? v.tiandituKey.trim() : '';
  return { settings: { basemap, tiandituKey: validTiandituKey(key) ? key : '' }, problem: null };
}

/** The basemap to draw: none unless chosen, and 天地图 only with a valid key. */
export function effectiveBasemap(settings: Settings): BasemapChoice | null {
  if (settings.basemap === 'osm') return { kind: 'osm' };
  if (settings.basemap === 'tianditu' && validTiandituKey(settings.tiandituKey)) return { kind: 'tianditu', key: settings.tiandituKey };
  return null;
}

/** Settings as read or written, with the basemap style piece they ask for. */
export interface SettingsResult {
  settings: Settings;
  /** Why stored settings could not be read or written, or null. */
  problem: string | null;
  basemap: BasemapStyle | null;
}

function result(settings: Settings, problem: string | null): SettingsResult {
  const choice = effectiveBasemap(settings);
  return { settings, problem, basemap: choice ? basemapStyle(choice) : null };
}

/** The settings as last read or written (the popover shows these). */
export let current: SettingsResult = result(DEFAULT_SETTINGS, null);

/** Reads the stored settings. */
export function loadSettings(): SettingsResult {
  try {
    const { settings, problem } = parseSettings(window.localStorage.getItem(STORAGE_KEY));
    current = result(settings, problem);
  } catch (e) {
    current = result(DEFAULT_SETTINGS, errorText(e));
  }
  return current;
}

/** Stores settings; a storage failure keeps them for this session and is reported. */
export function saveSettings(settings: Settings): SettingsResult {
  const next: Settings = { basemap: settings.basemap, tiandituKey: settings.tiandituKey.trim() };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    current = result(next, null);
  } catch (e) {
    current = result(next, errorText(e));
  }
  return current;
}


