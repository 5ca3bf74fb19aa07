/**
 * User settings kept in localStorage (never in the URL): the optional online basemap and the
 * 天地图 key. Parsing of stored values is pure; unreadable storage falls back to the defaults
 * (no basemap) and is reported in the settings panel.
 */
import { create } from 'zustand';
import type { BasemapChoice } from '../map/style/basemap';

export type BasemapId = 'none' | 'osm' | 'tianditu';

/** What is stored. */
export interface Settings {
  basemap: BasemapId;
  tiandituKey: string;
}

export interface SettingsState extends Settings {
  /** Why stored settings could not be read or written, or null. */
  problem: string | null;
}

export const SETTINGS_KEY = 'planmap.settings.v1';
export const DEFAULT_SETTINGS: Settings = { basemap: 'none', tiandituKey: '' };
const BASEMAPS: readonly BasemapId[] = ['none', 'osm', 'tianditu'];

/** Whether a 天地图 key looks usable (letters and digits only, so it cannot alter the tile URL). */
export const validTiandituKey = (key: string): boolean => /^[A-Za-z0-9]{8,64}$/.test(key);

/** Parses a stored value: unknown fields are dropped, wrong types fall back to the defaults. */
export function parseSettings(raw: string | null): { settings: Settings; problem: string | null } {
  if (raw === null) return { settings: DEFAULT_SETTINGS, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { settings: DEFAULT_SETTINGS, problem: e instanceof Error ? e.message : String(e) };
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

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function load(): SettingsState {
  try {
    const { settings, problem } = parseSettings(window.localStorage.getItem(SETTINGS_KEY));
    return { ...settings, problem };
  } catch (e) {
    return { ...DEFAULT_SETTINGS, problem: message(e) };
  }
}

export const useSettings = create<SettingsState>(load);

/** Updates and stores settings; a storage failure keeps the change for this session and is reported. */
export function updateSettings(change: Partial<Settings>): void {
  const { basemap, tiandituKey } = { ...useSettings.getState(), ...change };
  const next: Settings = { basemap, tiandituKey: tiandituKey.trim() };
  try {
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
    useSettings.setState({ ...next, problem: null });
  } catch (e) {
    useSettings.setState({ ...next, problem: message(e) });
  }
}
