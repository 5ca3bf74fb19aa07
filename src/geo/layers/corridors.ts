/**
 * Corridors, belts, loops and trails (corridors.geojson), schematic through named nodes. The two
 * 赤水河 belts follow the river's centre line when geodata/rivers.geojson has one (the build then prefixes
 * `how` with the way the line was drawn).
 */
import type { LineDef } from './model';

const SCHEMATIC = 'Schematic: straight segments through the named nodes; the plan gives no alignment';

/** All corridor-layer entries of both plans. */
export const CORRIDORS: readonly LineDef[] = [
  {
    id: 'cor-sidu-loop', layer: 'corridors', name: '“四渡赤水”红色文旅环线', nameEn: 'Four Crossings of the Chishui red tourism loop', kind: 'loop',
    via: [
      'place-gl-taiping', 'place-gl-erlang', 'place-ext-maotai', 'place-xy-jimingsansheng', 'seat-530629',
      'place-xy-shixiangzi', 'seat-510524', 'seat-510525', 'place-gl-taiping',
    ],
    documents: ['lz'], planText: '打造一条线—“四渡赤水”红色文旅环线', aliases: ['红色文旅环线'],
    status: 'proposed', statusEvidence: '打造一条线—“四渡赤水”红色文旅环线',
    how: `${SCHEMATIC}: a closed loop 太平 → 二郎 → 茅台 (Guizhou, third crossing) → 鸡鸣三省 → 威信 (扎西, Yunnan) → 石厢子 → 叙永 → 古蔺 → 太平. The plan names no stops; 太平, 二郎, 石厢子 and 鸡鸣三省 are its own red sites, 茅台 and 扎西 stand for the Guizhou and Yunnan resources it wants to share (project's choice).`,
  },
  {
    id: 'cor-taiping-erlang-trail', layer: 'corridors', name: '太平—二郎长征历史步道', nameEn: 'Taiping–Erlang Long March heritage trail', kind: 'trail',
    via: ['place-gl-taiping', 'place-gl-erlang'], documents: ['lz'], planText: '建成太平—二郎长征历史步道', aliases: ['长征历史步道'],
    status: 'planned', statusEvidence: '建成太平—二郎长征历史步道', statusNote: 'A completion target (建成), so planned.',
    how: `${SCHEMATIC}: between the sourced 太平 and 二郎 points.`,
  },
  {
    id: 'cor-chishui-baijiu-belt', layer: 'corridors', name: '赤水河谷优质酱酒产业发展带', nameEn: 'Chishui valley premium sauce-aroma baijiu belt', kind: 'belt',
    via: ['place-xy-shuiliao', 'place-xy-chishui', 'place-gl-maoxi', 'place-gl-erlang', 'place-gl-taiping'], followRiver: '赤水河',
    documents: ['lz'], planText: '建设赤水河谷优质酱酒产业发展带', aliases: ['酱酒产业发展带', '赤水河左岸世界级优质酱酒集群', '特色产业发展带'],
    how: 'Nodes 水潦 (upstream, 叙永) → 赤水镇 → 茅溪 → 二郎 → 太平, the left-bank baijiu towns the plan names; the plan gives the river bank, not an extent.',
  },
  {
    id: 'cor-chishui-orange-belt', layer: 'corridors', name: '赤水河左岸百里甜橙产业带', nameEn: 'Chishui left-bank 100-li sweet orange belt', kind: 'belt',
    via: ['place-gl-maoxi', 'place-gl-erlang', 'place-gl-taiping'], followRiver: '赤水河',
    documents: ['lz'], planText: '“一带”—赤水河左岸百里甜橙产业带', aliases: ['百里甜橙产业带'],
    how: "Nodes 茅溪 → 二郎 → 太平 (古蔺's lower 赤水河 valley). Which stretch of the left bank is meant is not stated; 百里 ≈ 50 km.",
  },
  {
    id: 'cor-kangyang-core-shuiwei-huangjing', layer: 'corridors', name: '“水尾—黄荆”康养核', nameEn: 'Shuiwei–Huangjing wellness core', kind: 'core',
    via: ['place-xy-shuiwei', 'place-gl-huangjing'], documents: ['lz'], planText: '“水尾—黄荆”',
    how: `${SCHEMATIC}: 水尾 (叙永) → 黄荆 (古蔺), one of the “两核” of the 生态康养 belt; both ends approximate.`,
  },
  {
    id: 'cor-kangyang-core-fenshui-moni-shuangsha', layer: 'corridors', name: '“分水—摩尼—双沙”康养核', nameEn: 'Fenshui–Moni–Shuangsha wellness core', kind: 'core',
    via: ['place-xy-fenshui', 'place-xy-moni', 'place-gl-shuangsha'], documents: ['lz'], planText: '“分水—摩尼—双沙”',
    how: `${SCHEMATIC}: 分水 → 摩尼 (叙永) → 双沙 (古蔺), the other of the “两核”; all nodes approximate, 双沙 very roughly.`,
  },
  {
    id: 'cor-jinsha-clean-energy', layer: 'corridors', name: '金沙江“风光水储”一体化绿色清洁能源基地', nameEn: 'Jinsha River wind–solar–hydro–storage clean energy base', kind: 'energy-belt',
    via: ['place-qj-baihetan-dam', 'place-ys-xiluodu-dam', 'place-sf-xiangjiaba-dam'], followRiver: '金沙江',
    documents: ['zt'], planText: '金沙江“风光水储”一体化绿色清洁能源基地', aliases: ['金沙江绿色清洁能源'],
    status: 'under-construction', statusEvidence: '加快金沙江“风光水储”一体化绿色清洁能源基地、镇雄磷基新材料园区和威信页岩气开发试验区建设',
    how: 'Nodes 白鹤滩 dam → 溪洛渡 dam → 向家坝 dam, the 金沙江 hydropower chain along 昭通 (巧家 → 永善 → 绥江 → 水富). The base is an area of unstated extent (wind and solar sites lie away from the river); the line only shows its axis.',
  },
];
