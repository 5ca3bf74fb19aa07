/**
 * UI strings. Chinese is the default language; English is switchable. Keys are stable identifiers;
 * a unit test checks that both languages define exactly the same keys.
 */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
  'app.title': '昭通·泸州南翼 规划地图',
  'app.subtitle': '两份规划的空间布局、任务与指标',
  'search.label': '搜索',
  'search.placeholder': '搜索地名、任务、指标、部门…',
  'lang.switch': 'English',
  'lang.switchLabel': '切换语言',
  'panel.layers': '图层',
  'panel.details': '详情',
  'panel.legend': '图例',
  'details.empty': '点击地图上的要素查看详情。',
  'details.kind': '类型',
  'details.status': '状态',
  'details.geometry': '几何来源',
  'details.source': '来源说明',
  'details.uncertainty': '位置误差约 {km} 公里',
  'details.via': '示意线经过：{nodes}',
  'details.planText': '规划原文',
  'details.area': '面积 {km2} 平方公里',
  'details.county': '所在县区',
  'details.close': '关闭详情',
  'geometry.dataset': '数据集边界/河流（已为显示简化）',
  'geometry.sourced': '有出处的坐标点',
  'geometry.approximate': '近似位置（非测绘）',
  'geometry.schematic': '示意线（规划未给出线位）',
  'status.existing': '已建成',
  'status.under-construction': '在建/续建',
  'status.planned': '规划/开工',
  'status.proposed': '前期/谋划',
  'layer.provinces': '省界',
  'layer.prefectures': '市州界',
  'layer.context-counties': '周边县区',
  'layer.counties': '县区',
  'layer.rivers': '河流',
  'layer.seats': '县城',
  'layer.places': '地名',
  'layer.parks': '产业园区',
  'layer.railways': '铁路',
  'layer.highways': '高速公路',
  'layer.corridors': '旅游廊道',
  'legend.planCounty': '规划县区',
  'legend.zhaotong': '昭通市',
  'legend.luzhou': '泸州市南翼',
  'legend.context': '周边县区（背景）',
  'legend.river': '河流',
  'legend.seat': '县城驻地',
  'legend.schematic': '线路均为示意，非实际线位',
  'legend.approximate': '虚线圈：近似位置',
  'map.loading': '地图加载中…',
  'map.error': '地图无法显示：{message}',
  'data.error': '数据加载出错：{message}',
  'data.loading': '正在加载数据…',
  'attribution.label': '数据来源',
} as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
  'app.title': 'Zhaotong · Luzhou South Wing planning map',
  'app.subtitle': 'Spatial layout, tasks and indicators of two plans',
  'search.label': 'Search',
  'search.placeholder': 'Search places, tasks, indicators, agencies…',
  'lang.switch': '中文',
  'lang.switchLabel': 'Switch language',
  'panel.layers': 'Layers',
  'panel.details': 'Details',
  'panel.legend': 'Legend',
  'details.empty': 'Click a feature on the map to see its details.',
  'details.kind': 'Kind',
  'details.status': 'Status',
  'details.geometry': 'Geometry',
  'details.source': 'Provenance',
  'details.uncertainty': 'Position uncertain by about {km} km',
  'details.via': 'Schematic line through: {nodes}',
  'details.planText': 'Plan text',
  'details.area': 'Area {km2} km²',
  'details.county': 'County',
  'details.close': 'Close details',
  'geometry.dataset': 'Dataset boundary/river (simplified for display)',
  'geometry.sourced': 'Point with a cited source',
  'geometry.approximate': 'Approximate position (not surveyed)',
  'geometry.schematic': 'Schematic line (no plan gives the alignment)',
  'status.existing': 'Existing',
  'status.under-construction': 'Under construction',
  'status.planned': 'Planned',
  'status.proposed': 'Proposed',
  'layer.provinces': 'Provinces',
  'layer.prefectures': 'Prefectures',
  'layer.context-counties': 'Neighbouring counties',
  'layer.counties': 'Counties',
  'layer.rivers': 'Rivers',
  'layer.seats': 'County seats',
  'layer.places': 'Places',
  'layer.parks': 'Industrial parks',
  'layer.railways': 'Railways',
  'layer.highways': 'Expressways',
  'layer.corridors': 'Tourism corridors',
  'legend.planCounty': 'Plan counties',
  'legend.zhaotong': 'Zhaotong',
  'legend.luzhou': 'Luzhou South Wing',
  'legend.context': 'Neighbouring counties (context)',
  'legend.river': 'River',
  'legend.seat': 'County seat',
  'legend.schematic': 'All lines are schematic, not real alignments',
  'legend.approximate': 'Dashed ring: approximate position',
  'map.loading': 'Loading map…',
  'map.error': 'The map cannot be shown: {message}',
  'data.error': 'Data failed to load: {message}',
  'data.loading': 'Loading data…',
  'attribution.label': 'Data sources',
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { zh, en };

/** Looks up a string and fills `{name}` placeholders. Unknown placeholders stay visible. */
export function translate(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  const template = STRINGS[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
