/**
 * Start-up strings of the settings button and the map's resilience notices, in Chinese (English: en/settings.ts) (the
 * lazily loaded popover's own strings are in src/panels/settings/strings.ts).
 */
export const settingsZh = {
  'settings.open': '设置',
  'map.noWebgl': '地图需要 WebGL，本浏览器不支持；规划原文和表格仍可用。',
  'map.contextLost': '地图中断，正在恢复…',
};
