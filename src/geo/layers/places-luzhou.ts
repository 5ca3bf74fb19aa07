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
    id: 'place-gl-taiping', name: '太平镇', nameEn: 'Taiping', kind: 'town', countyId: '510525', documents: ['lz'],
    planText: '打造红色三镇—太平、二郎、石厢子', aliases: ['太平', '太平镇', '太平渡'],
    note: 'Crossing point (太平渡) of the 四渡赤水 campaign, on the 赤水河 left bank.',
    geometry: 'town', town: '太平镇', placement: 'town',
    how: 'Before issue 15 the point was GeoNames \'Taiping\' (106.03771, 28.14083), 0.2 km from this seat.',
  },
  {
    id: 'place-gl-erlang', name: '二郎镇', nameEn: 'Erlang', kind: 'town', countyId: '510525', documents: ['lz'],
    planText: '深入挖掘二郎镇、太平镇、茅溪镇等知名酱酒产区', aliases: ['二郎', '二郎镇'],
    note: 'Home of 郎酒; crossing point (二郎滩) of the 四渡赤水 campaign.',
    geometry: 'town', town: '二郎镇', placement: 'town',
    how: 'Before issue 15 the point was the midpoint of a quoted extent (106.15833, 28.13056; newton.com.tw, ~1 km precision), 2.3 km from this seat.',
  },
  {
    id: 'place-gl-maoxi', name: '茅溪镇', nameEn: 'Maoxi', kind: 'town', geometry: 'approximate',
    anchor: { at: [106.23603, 27.84501] }, uncertaintyKm: 10, placement: 'town', countyId: '510525', documents: ['lz'],
    planText: '深入挖掘二郎镇、太平镇、茅溪镇等知名酱酒产区', aliases: ['茅溪', '茅溪镇'],
    how: 'Approximate: the 2023 list has 茅溪镇 (510525108000) without a point; its code is the 2016 水口镇\'s, so 茅溪 is taken to be the renamed 水口镇 (likely, not verified) and drawn on the 2016 AMap centre of 水口镇 (town_centres_area, © AMap/高德). Uncertainty: a town\'s extent (about 10 km, as for its neighbours).',
  },
  {
    id: 'place-gl-yongle', name: '永乐街道', nameEn: 'Yongle', kind: 'town', countyId: '510525', documents: ['lz'],
    planText: '二郎—太平—永乐组团', aliases: ['永乐'],
    note: 'The plan writes 永乐; the unit is now 永乐街道 (geodata-sources README).',
    geometry: 'town', town: '永乐街道', placement: 'town',
  },
  {
    id: 'place-gl-jinlan', name: '金兰街道', nameEn: 'Jinlan Subdistrict', kind: 'town', geometry: 'approximate',
    anchor: { near: 'seat-510525', km: 1.5, bearing: 270 }, uncertaintyKm: 3, placement: 'town', countyId: '510525',
    documents: ['lz'], planText: 'G352古蔺金兰街道至叙永分水镇', aliases: ['金兰街道', '金兰'],
    how: `${EST}: 金兰街道 is part of the 古蔺 county town; drawn 1.5 km west of the county seat (AMap district centre), towards the start of G352 to 叙永.`,
  },
  {
    id: 'place-gl-dacun', name: '大村镇', nameEn: 'Dacun', kind: 'town', countyId: '510525', documents: ['lz'],
    planText: '叙永至大村铁路+古蔺大村至遵义铁路', aliases: ['大村', '古蔺大村'],
    geometry: 'town', town: '大村镇', placement: 'town',
  },
  {
    id: 'place-gl-shuangsha', name: '双沙', nameEn: 'Shuangsha', kind: 'town', countyId: '510525', documents: ['lz'],
    planText: '分水—摩尼—双沙', aliases: ['双沙', '双沙画里乡村'],
    geometry: 'town', town: '双沙镇', placement: 'town',
    note: 'The plan writes 双沙; the 2023 division list still has 双沙镇 (510525110000), with an AMap point. The plan also names 双沙画里乡村 (a rural tourism project).',
  },
  {
    id: 'place-gl-huangjing', name: '黄荆', nameEn: 'Huangjing', kind: 'town', countyId: '510525', documents: ['lz'],
    planText: '“水尾—黄荆”', aliases: ['黄荆'],
    geometry: 'town', town: '黄荆镇', placement: 'town',
  },
  {
    id: 'place-gl-huangjing-forest', name: '黄荆老林', nameEn: 'Huangjing Old Forest', kind: 'scenic', countyId: '510525',
    documents: ['lz'], planText: '黄荆老林森旅小镇', aliases: ['黄荆老林'],
    geometry: 'town', town: '黄荆镇', placement: 'site',
    how: '«黄荆老林森旅小镇»: the forest around 黄荆; the forest extends well beyond the town',
  },
  {
    id: 'place-gl-qianniaohu', name: '观文千鸟湖', nameEn: 'Qianniao Lake (Guanwen)', kind: 'scenic', countyId: '510525', documents: ['lz'],
    planText: '观文千鸟湖', aliases: ['千鸟湖', '观文'],
    geometry: 'town', town: '观文镇', placement: 'site',
    how: '«观文千鸟湖»: the lake of 观文; the lake\'s own position is not known',
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
    countyId: '510525', documents: ['lz'], planText: '“四渡赤水”太平渡陈列馆改扩建', aliases: ['太平渡陈列馆', '“四渡赤水”陈列馆'],
    note: 'The plan asks to 推进 its 改扩建 (expansion); the museum itself exists.',
    geometry: 'town', town: '太平镇', placement: 'site',
    how: '«“四渡赤水”太平渡陈列馆»: 太平渡 is the crossing at 太平镇',
  },
  {
    id: 'place-xy-chishui', name: '赤水镇', nameEn: 'Chishui (Xuyong)', kind: 'town', countyId: '510524', documents: ['lz'],
    planText: '赤水—石厢子—观兴—水潦组团',
    note: 'The plan writes only 赤水 in the cluster name; 赤水 is also the river (赤水河) and a Guizhou city (赤水市), so the bare form is not used as an alias (and 赤水镇 itself does not occur in the text).',
    geometry: 'town', town: '赤水镇', placement: 'town',
  },
  {
    id: 'place-xy-shixiangzi', name: '石厢子彝族乡', nameEn: 'Shixiangzi', kind: 'town', geometry: 'approximate',
    anchor: { at: [105.29, 27.9] }, uncertaintyKm: 8, placement: 'town', countyId: '510524', documents: ['lz'],
    planText: '打造红色三镇—太平、二郎、石厢子', aliases: ['石厢子'],
    how: `${EST}: 石厢子 (site of the 1935 石厢子会议) lies in south-western 叙永县 near the 威信 (扎西) border; placed ~2 km inside the outline.`,
  },
  {
    id: 'place-xy-guanxing', name: '观兴', nameEn: 'Guanxing', kind: 'town', countyId: '510524', documents: ['lz'],
    planText: '赤水—石厢子—观兴—水潦组团', aliases: ['观兴'],
    geometry: 'town', town: '观兴镇', placement: 'town',
  },
  {
    id: 'place-xy-shuiliao', name: '水潦彝族乡', nameEn: 'Shuiliao', kind: 'town', countyId: '510524', documents: ['lz'],
    planText: '赤水—石厢子—观兴—水潦组团', aliases: ['水潦'],
    geometry: 'town', town: '水潦彝族乡', placement: 'town',
  },
  {
    id: 'place-xy-jimingsansheng', name: '鸡鸣三省', nameEn: 'Jiming Sansheng (three-province junction)', kind: 'site',
    geometry: 'approximate', anchor: { at: [105.296, 27.7225] }, uncertaintyKm: 3, placement: 'site', countyId: '510524',
    documents: ['lz'], planText: '打响“红色三镇”“鸡鸣三省”品牌', aliases: ['鸡鸣三省'],
    how: `Approximate: placed at the meeting point of 叙永县, 镇雄县 and 七星关区 (毕节) on the 赤水河 as found in the AMap county outlines (≈105.29–105.30°E, 27.71–27.72°N), moved ~0.7 km into 叙永县.`,
    note: 'Where Sichuan, Yunnan and Guizhou meet; the 鸡鸣三省 gorge (大峡谷) area spans all three.',
  },
  {
    id: 'place-xy-fenshui', name: '分水镇', nameEn: 'Fenshui', kind: 'town', countyId: '510524', documents: ['lz'],
    planText: 'G352古蔺金兰街道至叙永分水镇', aliases: ['分水', '分水镇', '叙永分水镇'],
    geometry: 'town', town: '分水镇', placement: 'town',
  },
  {
    id: 'place-xy-luohanlin', name: '罗汉林', nameEn: 'Luohanlin', kind: 'scenic', countyId: '510524', documents: ['lz'],
    planText: '分水罗汉林', aliases: ['罗汉林', '罗汉林滑雪'],
    geometry: 'town', town: '分水镇', placement: 'site',
    how: '«分水罗汉林»: a mountain forest with a ski area (罗汉林滑雪) in 分水',
  },
  {
    id: 'place-xy-moni', name: '摩尼镇', nameEn: 'Moni', kind: 'town', countyId: '510524', documents: ['lz'],
    planText: '分水—摩尼—双沙', aliases: ['摩尼'],
    geometry: 'town', town: '摩尼镇', placement: 'town',
  },
  {
    id: 'place-xy-xiancaohu', name: '摩尼仙草湖', nameEn: 'Xiancao Lake (Moni)', kind: 'scenic', countyId: '510524',
    documents: ['lz'], planText: '摩尼仙草湖', aliases: ['仙草湖'],
    geometry: 'town', town: '摩尼镇', placement: 'site',
    how: '«摩尼仙草湖»',
  },
  {
    id: 'place-xy-shuiwei', name: '水尾镇', nameEn: 'Shuiwei', kind: 'town', countyId: '510524', documents: ['lz'],
    planText: '“水尾—黄荆”', aliases: ['水尾'],
    geometry: 'town', town: '水尾镇', placement: 'town',
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
