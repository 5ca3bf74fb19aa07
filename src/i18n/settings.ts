/**
 * Start-up strings of the settings button and the map's resilience notices, zh and en (the
 * lazily loaded popover's own strings are in src/panels/settings/strings.ts).
 */
export const settingsZh = {
  'settings.open': '设置',
  'map.noWebgl': '地图需要 WebGL，本浏览器不支持；规划原文和表格仍可用。',
  'map.contextLost': '地图中断，正在恢复…',
};

export const settingsEn: Record<keyof typeof settingsZh, string> = {
  'settings.open': 'Settings',
  'map.noWebgl': 'The map needs WebGL, unavailable here; plan text and tables still work.',
  'map.contextLost': 'Map interrupted; recovering…',
};
