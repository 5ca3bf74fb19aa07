/**
 * UI strings. Chinese is the default language; English is switchable. Keys are stable identifiers;
 * a unit test checks that both languages define exactly the same keys.
 */
import { coverageZh } from './coverage';
import { exploreZh } from './explore';
import { importZh } from './import';
import { presentZh } from './present';
import { settingsZh } from './settings';

export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
  ...exploreZh,
  ...presentZh,
  ...coverageZh,
  ...importZh,
  ...settingsZh,
  'app.title': '昭通·泸州南翼 规划地图',
  'app.subtitle': '两份规划的空间布局、任务与指标',
  'app.partFailed': '此部分未能加载：{message}',
  'app.reload': '重新加载页面',
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
  'details.townCode': '区划代码',
  'details.townSeat': '点位为乡镇驻地（政府所在地），不是乡镇范围：镇域内的地点可能距此约 {km} 公里。',
  'details.townPoint.amap': '点位取自高德（AMap）乡镇中心点（2016年快照，Vonng/adcode），已由 GCJ-02 转为 WGS-84。',
  'details.townPoint.geonames': '点位取自 GeoNames 乡镇点（CC BY 4.0）。',
  'details.nearTown': '位于或靠近{town}（画在其驻地上，范围约 {km} 公里）',
  'details.onTownSeat': '画在{town}驻地上（乡镇范围约 {km} 公里）',
  'details.planTwin': '规划中的地名：{name}',
  'details.stations': '经过车站（按顺序）：{list}',
  'details.trackUnknown': '车站之间的线路走向未知，按直线示意。',
  'details.planText': '规划原文',
  'details.area': '面积 {km2} 平方公里',
  'details.county': '所在县区',
  'details.close': '关闭详情',
  'details.importedLayer': '导入图层“{layer}”',
  'details.importedGeometry': '用户导入的数据：{file}（{format}）',
  'details.importedGcj': '坐标已由 GCJ-02 转换为 WGS-84',
  'details.importedGone': '该导入要素已不存在（图层可能已删除）。',
  'details.outsidePlan': '不在规划县区内',
  'notes.label': '我的笔记',
  'notes.placeholder': '记录对该要素的意见、待核实事项……（只保存在本浏览器和导出的工作区中）',
  'notes.save': '保存笔记',
  'notes.saved': '已保存 · {when}',
  'notes.unsaved': '未保存',
  'notes.sessionOnly': '仅在本页面保留（浏览器本地存储不可用，刷新后丢失）',
  'notes.list': '我的笔记（{n} 条）',
  'notes.none': '还没有笔记：在要素详情中可以写笔记。',
  'notes.unknownFeature': '（已不存在的要素 {id}）',
  'geometry.dataset': '数据集边界/河流（已为显示简化）',
  'geometry.sourced': '有出处的坐标点',
  'geometry.approximate': '近似位置（非测绘）',
  'geometry.schematic': '示意线（规划未给出线位）',
  'geometry.planner': '规划人员放置（非测绘）',
  'status.existing': '已建成',
  'status.under-construction': '在建/续建',
  'status.planned': '规划/开工',
  'status.proposed': '前期/谋划',
  'status.unstated': '状态未写明',
  'legend.road': '国道/旅游路/连接线',
  'legend.belt': '产业带',
  'legend.energy': '能源项目',
  'layer.provinces': '省界',
  'layer.prefectures': '市州界',
  'layer.context-counties': '周边县区',
  'layer.counties': '县区',
  'layer.rivers': '河流',
  'layer.seats': '县城',
  'layer.places': '地名',
  'layer.towns': '乡镇',
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
  'legend.approximate': '空心圆点：近似位置（悬停/选中显示误差圈）；实心：有出处坐标',
  'legend.planner': '紫色圆点：规划人员放置（非测绘）',
  'legend.towns': '乡镇点为驻地，不是乡镇范围；画在驻地上的规划地点“位于或靠近”该乡镇（选中显示乡镇范围圈）',
  'map.loading': '地图加载中…',
  'map.error': '地图无法显示：{message}',
  'data.error': '数据加载出错：{message}',
  'data.loading': '正在加载数据…',
  'addplan.open': '添加规划',
  'attribution.label': '数据来源',
  'search.results': '搜索结果',
  'search.none': '没有找到“{query}”',
  'search.count': '{count} 个结果',
  'search.group.feature': '地图要素',
  'search.group.task': '任务',
  'search.group.indicator': '指标',
  'search.group.agency': '部门',
  'search.type.counties': '县区',
  'search.type.context-counties': '周边县区',
  'search.type.prefectures': '市州',
  'search.type.provinces': '省',
  'search.type.rivers': '河流',
  'search.type.seats': '县城',
  'search.type.places': '地名',
  'search.type.towns': '乡镇',
  'search.type.parks': '园区',
  'search.type.railways': '铁路',
  'search.type.highways': '高速',
  'search.type.corridors': '廊道',
  'search.type.task': '任务',
  'search.type.indicator': '指标',
  'search.type.agency': '部门',
  'search.doc.zt': '昭通',
  'search.doc.lz': '泸州南翼',
  'search.lead': '牵头：{units}',
  'search.year': '{year}年',
  'search.agencyTasks': '牵头 {lead} 项 · 共涉及 {total} 项任务',
} as const;

export type StringKey = keyof typeof zh;



/** The loaded tables: Chinese always, English once {@link loadLang} has fetched it. */
const tables: { zh: Record<StringKey, string>; en?: Record<StringKey, string> } = { zh };

/** The Chinese table (tests compare the English one against it). */
export const ZH: Readonly<Record<StringKey, string>> = zh;

/** True when the strings of `lang` are loaded (Chinese always is). */
export function langLoaded(lang: Lang): boolean {
  return lang === 'zh' || tables.en !== undefined;
}

let loadingEn: Promise<void> | null = null;

/** Loads the strings of `lang` (English comes in its own chunk); resolves at once for Chinese. */
export function loadLang(lang: Lang): Promise<void> {
  if (langLoaded(lang)) return Promise.resolve();
  loadingEn ??= import('./en').then(
    (m) => {
      tables.en = m.en;
    },
    (error: unknown) => {
      loadingEn = null;
      throw error;
    },
  );
  return loadingEn;
}

/**
 * Looks up a string and fills `{name}` placeholders. Unknown placeholders stay visible. A language not
 * loaded yet reads as Chinese (the UI switches language only after {@link loadLang}).
 */
export function translate(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  const template = (tables[lang] ?? zh)[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
