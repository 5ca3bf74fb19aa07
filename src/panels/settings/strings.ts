/**
 * Strings of the settings popover, zh and en. Unlike other panels' strings they are not spread into
 * src/i18n/strings.ts: the popover is lazily loaded and the start-up bundle is at its budget, so its
 * text loads with it. tests/unit/settings-basemap.test.ts checks that both languages have the same keys.
 */
import type { Lang } from '../../i18n/strings';

const zh = {
  basemap: '在线底图',
  online: '从第三方服务器加载瓦片，默认关闭。',
  none: '无（离线）',
  osm: 'OpenStreetMap',
  tianditu: '天地图（需密钥）',
  key: '天地图密钥（仅存本机）',
  problem: '设置无法保存：',
};

const en: Record<keyof typeof zh, string> = {
  basemap: 'Online basemap',
  online: 'Tiles load from third-party servers; off by default.',
  none: 'None (offline)',
  osm: 'OpenStreetMap',
  tianditu: 'Tianditu (key needed)',
  key: 'Tianditu key (stored locally)',
  problem: 'Settings not saved: ',
};

/** The popover's strings per language. */
export const SETTINGS_STRINGS: Record<Lang, typeof zh> = { zh, en };
