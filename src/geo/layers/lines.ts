/**
 * Railways, expressways and roads named by the plans, as schematic lines through named nodes (`via`).
 * No open railway or road geometry exists for the area, so every line is straight between its nodes.
 */
import type { LineDef } from './model';

const SCHEMATIC = 'Schematic: straight segments through the named nodes; the plan gives no alignment and none was available';
const RAIL_NET = '加快构建“两纵一横”铁路骨架';
const HWY_NET = '加快构建“两纵两横两联”高速公路网';
const NET_ONLY = `Listed only as a member of the network (“${HWY_NET}”); the plan gives no status word for this line, so no status is set.`;
const RED_ROADS = '加快建设古蔺太平经石厢子至叙永县城、G352古蔺金兰街道至叙永分水镇两条红色旅游路';
const START_2022 = '力争开工渝叙筠高速、古蔺“四渡赤水”陈列馆至太平互通连接线公路、太平至二郎疏港路';
const CONTINUE_2022 = '续建叙毕铁路、隆叙铁路和古金高速';
const ZT_ROADS = '建成鲁甸至大关(G247)、鲁甸至昭阳北闸(G352)昭鲁一体化发展快捷大通道';

/** Railways (railways.geojson). */
export const RAILWAYS: readonly LineDef[] = [
  {
    id: 'rail-longhuang-longxu', layer: 'railways', name: '隆黄铁路隆叙段', nameEn: 'Longchang–Huangtong Railway, Longchang–Xuyong section', kind: 'railway',
    via: ['place-ext-longchang', 'seat-510503', 'seat-510524'], documents: ['lz'], planText: '隆黄铁路隆叙段',
    status: 'existing', statusEvidence: '隆黄铁路隆叙段、隆黄铁路隆叙段扩能改造',
    statusNote: 'The plan lists the section next to its own 扩能改造 (upgrade), so the line exists.',
    stations: ['纳溪', '天仙', '护国', '江门镇', '兴隆', '叙永'],
    stationBasis: 'the stations without “东” (纳溪, 天仙, 护国, 江门镇, 兴隆, 叙永) lie along the old single-track line down the 永宁河 valley and are named after the towns it has served since the 1990s; taken as the existing line (basis: names and positions; the OSM data does not say).',
    how: 'Nodes: 隆昌 → 纳溪区 seat → its stations → 叙永县 seat; north of 纳溪 (隆昌—泸州) no station is modelled and the line is straight.',
  },
  {
    id: 'rail-longxu-upgrade', layer: 'railways', name: '隆黄铁路隆叙段扩能改造', nameEn: 'Longchang–Xuyong railway capacity upgrade', kind: 'railway',
    via: ['place-ext-longchang', 'seat-510503', 'seat-510524'], documents: ['lz'], planText: '隆黄铁路隆叙段扩能改造',
    aliases: ['隆叙铁路', '隆叙段扩能改造'], status: 'under-construction', statusEvidence: CONTINUE_2022,
    statusNote: '“续建…隆叙铁路” in the 2022 tasks is read as this upgrade (the existing line needs no 续建).',
    stations: ['纳溪', '护国东', '江门镇东', '兴隆镇东', '叙永'],
    stationBasis: 'the “东” stations (护国东, 江门镇东, 兴隆镇东) sit 0.5–2 km east of the old stations of the same towns, the usual naming of a parallel new line; taken as the upgraded (re-aligned) line. Unsure: the OSM data does not say which line they serve, and they may belong to another new line.',
    how: 'Nodes: 隆昌 → 纳溪区 seat → the “东” stations → 叙永县 seat.',
  },
  {
    id: 'rail-xubi', layer: 'railways', name: '叙永至毕节铁路', nameEn: 'Xuyong–Bijie Railway', kind: 'railway',
    via: ['seat-510524', 'seat-520502'], documents: ['lz'], planText: '叙永至毕节铁路', aliases: ['叙毕铁路'],
    status: 'under-construction', statusEvidence: CONTINUE_2022,
    how: `${SCHEMATIC}: 叙永县 seat → 七星关区 (毕节) seat; it must cross the 赤水河 somewhere on the 叙永 southern border.`,
  },
  {
    id: 'rail-xuyong-dacun', layer: 'railways', name: '叙永至大村铁路', nameEn: 'Xuyong–Dacun Railway', kind: 'railway',
    via: ['seat-510524', 'place-gl-dacun'], documents: ['lz'], planText: '叙永至大村铁路',
    status: 'proposed', statusEvidence: RAIL_NET, statusNote: 'Only a member of the “两纵一横” skeleton; no construction words.',
    how: `${SCHEMATIC}: 叙永县 seat → 大村 (approximate); the straight line passes close to the 古蔺 county seat.`,
  },
  {
    id: 'rail-dacun-zunyi', layer: 'railways', name: '古蔺大村至遵义铁路', nameEn: 'Gulin Dacun–Zunyi Railway', kind: 'railway',
    via: ['place-gl-dacun', 'seat-520302'], documents: ['lz'], planText: '古蔺大村至遵义铁路',
    status: 'proposed', statusEvidence: RAIL_NET, statusNote: 'Only a member of the “两纵一横” skeleton; no construction words.',
    how: `${SCHEMATIC}: 大村 (approximate) → 红花岗区 seat (遵义 city).`,
  },
];

const NOT_NAMED = 'Not named by the two plans: drawn because it is one of the main lines of the area that other plans of the region name.';

/** Main railways of the area that the two plans do not name (documents empty; no status from the plans). */
export const REGION_RAILWAYS: readonly LineDef[] = [
  {
    id: 'rail-neikun', layer: 'railways', name: '内昆铁路', nameEn: 'Neijiang–Kunming Railway', kind: 'railway', documents: [],
    via: ['seat-511502', 'seat-530602'], stations: ['宜宾', '滩头', '普洱渡', '岔河', '曾家坪子', '昭通'],
    stationBasis: '滩头 (滩头乡), 普洱渡 (普洱镇) in 盐津县, 岔河 and 曾家坪子 lie in the 关河/横江 and 洛泽河 valleys the 2001 内昆 line follows from 水富 to 昭通 and are named after villages, not new “北/南” stations; 昭通 is the city\'s old station. Unsure: 岔河 and 曾家坪子 could also be freight or branch stations.',
    how: `Nodes: 宜宾 (翠屏区 seat) → stations → 昭阳区 seat. ${NOT_NAMED} South of 昭通 (to 六盘水/昆明) it is not drawn.`,
  },
  {
    id: 'rail-yukun-hsr', layer: 'railways', name: '渝昆高铁', nameEn: 'Chongqing–Kunming High-Speed Railway', kind: 'railway', documents: [],
    via: ['seat-511502', 'seat-530602'], stations: ['宜宾西', '盐津北', '彝良南', '昭通'],
    stationBasis: '盐津北 and 彝良南 are new stations named “north/south” of their county towns, the pattern of the new high-speed line, and lie on a straighter course than the 内昆 stations. Unsure: the 渝昆 station at 昭通 may be a separate new station (not in the data), and 宜宾西 may serve only 成贵; both are assumptions.',
    how: `Nodes: 宜宾 (翠屏区 seat) → 宜宾西 → 盐津北 → 彝良南 → 昭通 → 昭阳区 seat. ${NOT_NAMED}`,
  },
  {
    id: 'rail-chenggui-hsr', layer: 'railways', name: '成贵高铁', nameEn: 'Chengdu–Guiyang High-Speed Railway', kind: 'railway', documents: [],
    via: ['seat-511502', 'seat-520521'], stations: ['宜宾西', '长宁', '兴文', '威信', '镇雄', '大方南'],
    stationBasis: '长宁, 兴文, 威信, 镇雄 and 大方南 are the stations of the county towns the 成贵 line (opened 2019) is known to serve between 宜宾 and 毕节, in that order from north-west to south-east; the only railway through 威信 and 镇雄. 毕节 station is not in the data.',
    how: `Nodes: 宜宾 (翠屏区 seat) → 宜宾西 → 长宁 → 兴文 → 威信 → 镇雄 → 大方南 → 大方县 seat. ${NOT_NAMED}`,
  },
];

/** Expressways and roads (highways.geojson). */
export const HIGHWAYS: readonly LineDef[] = [
  {
    id: 'hwy-yixugu', layer: 'highways', name: '宜叙古高速', nameEn: 'Yibin–Xuyong–Gulin Expressway', kind: 'expressway', followRoads: true,
    via: ['seat-511502', 'seat-510524', 'seat-510525'], documents: ['lz'], planText: '宜叙古高速', statusNote: NET_ONLY,
    how: `${SCHEMATIC}: 翠屏区 seat (宜宾 city) → 叙永 → 古蔺, as the name says.`,
  },
  {
    id: 'hwy-yuxujun', layer: 'highways', name: '渝叙筠高速', nameEn: 'Chongqing–Xuyong–Junlian Expressway', kind: 'expressway', followRoads: true,
    via: ['seat-500103', 'seat-510524', 'seat-511527'], documents: ['lz'], planText: '渝叙筠高速',
    status: 'planned', statusEvidence: START_2022,
    how: `${SCHEMATIC}: 渝 is drawn at the 渝中区 seat (central 重庆) because the plan names no Chongqing terminus → 叙永 → 筠连县 seat. The real eastern end and route are not known to the project.`,
  },
  {
    id: 'hwy-g76-xiarong', layer: 'highways', name: '厦蓉高速(G76)', nameEn: 'Xiamen–Chengdu Expressway (G76)', kind: 'expressway', followRoads: true,
    via: ['seat-510503', 'seat-510524', 'seat-520502'], documents: ['lz'], planText: '厦蓉高速', aliases: ['厦蓉高速'],
    status: 'existing', statusEvidence: '两纵:厦蓉高速',
    statusNote: 'The plan gives no status word. Marked existing from general knowledge (the G76 泸州—叙永—毕节 section has been open since the early 2010s), not from the plan.',
    how: `${SCHEMATIC}: 纳溪区 seat → 叙永县 seat → 七星关区 (毕节) seat. From general knowledge G76 runs 泸州—叙永—毕节 through 叙永县 and crosses the 赤水河 into Guizhou; it does not pass 古蔺.`,
  },
  {
    id: 'hwy-lugu', layer: 'highways', name: '泸古高速', nameEn: 'Luzhou–Gulin Expressway', kind: 'expressway', followRoads: true,
    via: ['seat-510502', 'seat-510525'], documents: ['lz'], planText: '泸古高速', statusNote: NET_ONLY,
    how: `${SCHEMATIC}: 江阳区 seat (泸州 city) → 古蔺县 seat.`,
  },
  {
    id: 'hwy-gujin', layer: 'highways', name: '古金高速', nameEn: 'Gulin–Jinsha Expressway', kind: 'expressway', followRoads: true,
    via: ['seat-510525', 'seat-520523'], documents: ['lz'], planText: '古金高速', status: 'under-construction', statusEvidence: CONTINUE_2022,
    how: `${SCHEMATIC}: 古蔺县 seat → 金沙县 (贵州) seat.`,
  },
  {
    id: 'hwy-xuwei', layer: 'highways', name: '叙威高速', nameEn: 'Xuyong–Weixin Expressway', kind: 'expressway', followRoads: true,
    via: ['seat-510524', 'seat-530629'], documents: ['lz'], planText: '叙威高速', statusNote: NET_ONLY,
    how: `${SCHEMATIC}: 叙永县 seat → 威信县 seat (links the two plan areas).`,
  },
  {
    id: 'hwy-guren', layer: 'highways', name: '古仁高速', nameEn: 'Gulin–Renhuai Expressway', kind: 'expressway', followRoads: true,
    via: ['seat-510525', 'seat-520382'], documents: ['lz'], planText: '古仁高速', statusNote: NET_ONLY,
    how: `${SCHEMATIC}: 古蔺县 seat → 仁怀市 (贵州) seat.`,
  },
  {
    id: 'road-taiping-shixiangzi-xuyong', layer: 'highways', name: '古蔺太平经石厢子至叙永县城红色旅游路',
    nameEn: 'Red tourism road Taiping–Shixiangzi–Xuyong', kind: 'road',
    via: ['place-gl-taiping', 'place-xy-shixiangzi', 'seat-510524'], documents: ['lz'], planText: '古蔺太平经石厢子至叙永县城',
    status: 'under-construction', statusEvidence: RED_ROADS,
    how: `${SCHEMATIC}: 太平 → 石厢子 → 叙永 county town, the three places the plan names; the real road winds through both counties and is much longer.`,
  },
  {
    id: 'road-g352-jinlan-fenshui', layer: 'highways', name: 'G352古蔺金兰街道至叙永分水镇红色旅游路',
    nameEn: 'Red tourism road G352 Jinlan (Gulin)–Fenshui (Xuyong)', kind: 'road',
    via: ['place-gl-jinlan', 'place-xy-fenshui'], documents: ['lz'], planText: 'G352古蔺金兰街道至叙永分水镇',
    status: 'under-construction', statusEvidence: RED_ROADS,
    how: `${SCHEMATIC}: 金兰街道 → 分水镇 (both approximate).`,
  },
  {
    id: 'road-taiping-erlang-port', layer: 'highways', name: '太平至二郎疏港路', nameEn: 'Taiping–Erlang port access road', kind: 'road',
    via: ['place-gl-taiping', 'place-gl-erlang'], documents: ['lz'], planText: '太平至二郎疏港路', status: 'planned', statusEvidence: START_2022,
    how: `${SCHEMATIC}: between the sourced 太平 and 二郎 points; the road follows the 赤水河 valley in reality.`,
  },
  {
    id: 'road-g247-ludian-daguan', layer: 'highways', name: '鲁甸至大关(G247)', nameEn: 'Ludian–Daguan fast road (G247)', kind: 'road',
    via: ['seat-530621', 'seat-530602', 'seat-530624'], documents: ['zt'], planText: '鲁甸至大关(G247)', aliases: ['G247'],
    status: 'planned', statusEvidence: ZT_ROADS, statusNote: 'A five-year completion target (建成), so planned.',
    how: `${SCHEMATIC}: 鲁甸 seat → 昭阳 seat → 大关 seat. The 昭阳 node is the project's assumption (G247 runs through the 昭通 urban area between the two ends).`,
  },
  {
    id: 'road-g352-ludian-beizha', layer: 'highways', name: '鲁甸至昭阳北闸(G352)', nameEn: 'Ludian–Beizha (Zhaoyang) fast road (G352)', kind: 'road',
    via: ['seat-530621', 'place-zy-beizha'], documents: ['zt'], planText: '鲁甸至昭阳北闸(G352)',
    status: 'planned', statusEvidence: ZT_ROADS, statusNote: 'A five-year completion target (建成), so planned.',
    how: `${SCHEMATIC}: 鲁甸 seat → 北闸 (approximate), across the 昭鲁 plain.`,
  },
];
