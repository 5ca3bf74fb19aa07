/** Strings of the settings panel and the map's resilience notices, zh and en. */
export const settingsZh = {
  'settings.open': '设置',
  'settings.title': '设置',
  'settings.basemap': '在线底图',
  'settings.online': '在线底图会向第三方服务器请求瓦片，默认关闭；关闭时不向外发出任何请求。',
  'settings.none': '无（离线）',
  'settings.osm': 'OpenStreetMap',
  'settings.tianditu': '天地图（需密钥）',
  'settings.key': '天地图密钥',
  'settings.keyHint': '密钥仅保存在本浏览器中。',
  'settings.keyMissing': '请输入有效的天地图密钥。',
  'settings.problem': '无法读取或保存设置：{message}',
  'map.noWebgl': '此浏览器无法使用 WebGL，地图无法显示。规划原文、任务、指标和覆盖表仍可使用。',
  'map.contextLost': '图形上下文丢失，地图正在恢复…',
};

export const settingsEn: Record<keyof typeof settingsZh, string> = {
  'settings.open': 'Settings',
  'settings.title': 'Settings',
  'settings.basemap': 'Online basemap',
  'settings.online': 'Online basemaps request tiles from third-party servers and are off by default; when off, no request leaves the app.',
  'settings.none': 'None (offline)',
  'settings.osm': 'OpenStreetMap',
  'settings.tianditu': 'Tianditu (key needed)',
  'settings.key': 'Tianditu key',
  'settings.keyHint': 'The key is stored in this browser only.',
  'settings.keyMissing': 'Enter a valid Tianditu key.',
  'settings.problem': 'Settings could not be read or saved: {message}',
  'map.noWebgl': 'This browser cannot use WebGL, so the map cannot be shown. The plan reader, tasks, indicators and coverage tables still work.',
  'map.contextLost': 'The graphics context was lost; the map is recovering…',
};
