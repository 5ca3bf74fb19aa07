/**
 * The start-up side of the user settings (kept in localStorage under {@link SETTINGS_KEY}, never
 * in the URL): only the basemap style piece the map draws. Parsing, storing and the panel load
 * lazily (src/panels/settings/), and only when something was stored or the panel opens, so the
 * default start-up neither runs nor downloads that code.
 */
import { create } from 'zustand';
import type { BasemapStyle } from '../map/style/basemap';

export const SETTINGS_KEY = 'planmap.settings.v1';

/** The online basemap's sources and layers, or null (the default: nothing leaves the origin). */
export const useBasemap = create<{ style: BasemapStyle | null }>(() => ({ style: null }));

/** Sets the basemap piece of the style (called by the settings module). */
export function setBasemapStyle(style: BasemapStyle | null): void {
  useBasemap.setState({ style });
}

/** Whether settings were stored (a storage that cannot be read counts as stored, so the settings module reports it). */
export function settingsStored(): boolean {
  try {
    return window.localStorage.getItem(SETTINGS_KEY) !== null;
  } catch {
    return true; // unreadable storage: the settings module is loaded and shows the problem in the popover
  }
}
