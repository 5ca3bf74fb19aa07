/** English strings of settings.ts (loaded when the planner switches to English). */
import type { settingsZh } from '../settings';

export const settingsEn: Record<keyof typeof settingsZh, string> = {
  'settings.open': 'Settings',
  'map.noWebgl': 'The map needs WebGL, unavailable here; plan text and tables still work.',
  'map.contextLost': 'Map interrupted; recovering…',
};
