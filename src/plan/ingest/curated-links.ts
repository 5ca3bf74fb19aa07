/**
 * Reviewed mention knowledge: curated links (places a task implies without naming them), blockers
 * (phrases that contain a place name but are something else) and non-place phrases to suppress.
 * Each entry was checked by reading the seed; counties are referred to by adcode.
 */
import type { Blocker } from './mentions.ts';
import type { CuratedLink } from './links.ts';

/** Links the text implies. Applied only when the feature exists; a named link to the same feature wins. */
export const CURATED_LINKS: readonly CuratedLink[] = [
  { documentId: 'zt', taskId: 'zt-s3-3', featureId: '530602', anchor: '昭鲁大型灌区', reason: '昭鲁 = 昭阳 + 鲁甸: the 昭鲁 irrigation district spans both' },
  { documentId: 'zt', taskId: 'zt-s3-3', featureId: '530621', anchor: '昭鲁大型灌区', reason: '昭鲁 = 昭阳 + 鲁甸: the 昭鲁 irrigation district spans both' },
  { documentId: 'zt', taskId: 'zt-s2-3', featureId: '530602', anchor: '大山包', reason: '大山包 (black-necked crane reserve, summer resort) is in 昭阳区' },
  { documentId: 'zt', taskId: 'zt-s2-3', featureId: '530628', anchor: '小草坝', reason: '小草坝 (天麻 area and scenic area) is in 彝良县' },
  { documentId: 'zt', taskId: 'zt-s2-3', featureId: '530622', anchor: '白鹤滩', reason: 'the 白鹤滩 hydropower station is on the 金沙江 at 巧家县' },
  { documentId: 'zt', taskId: 'zt-s2-3', featureId: '530625', anchor: '溪洛渡', reason: 'the 溪洛渡 hydropower station is on the 金沙江 at 永善县' },
  { documentId: 'zt', taskId: 'zt-s6-2', featureId: '530602', anchor: '昭通学院', reason: '昭通学院 is in 昭阳区, the municipal seat' },
  { documentId: 'zt', taskId: 'zt-s6-3', featureId: '530602', anchor: '滇东北区域医疗中心', reason: 'the 滇东北 regional medical centre is built in the central city (昭阳区)' },
  { documentId: 'lz', taskId: 'lz-4-5-3', featureId: '510525', anchor: '古叙协同', reason: '古叙 = 古蔺 + 叙永' },
  { documentId: 'lz', taskId: 'lz-4-5-3', featureId: '510524', anchor: '古叙协同', reason: '古叙 = 古蔺 + 叙永' },
  { documentId: 'lz', taskId: 'lz-4-1-3', featureId: '510524', anchor: '“鸡鸣三省”大峡谷景区', reason: 'the 鸡鸣三省 canyon scenic area is in 叙永县 (水潦彝族乡)' },
  { documentId: 'lz', taskId: 'lz-4-3-1', featureId: '510525', anchor: '郎酒庄园', reason: '郎酒庄园 is at 二郎镇, 古蔺县' },
  // Features whose full name the text does not spell out in one piece.
  { documentId: 'zt', taskId: 'zt-s2-2', featureId: 'park-ld-agri-processing', anchor: '鲁甸以农特产品、马铃薯加工为主', reason: 'the 鲁甸 industry cluster this clause assigns (农特产品、马铃薯加工)' },
  { documentId: 'zt', taskId: 'zt-s2-2', featureId: 'park-sf-battery', anchor: '水富以电池新材料为主', reason: 'the 水富 industry cluster this clause assigns (电池新材料)' },
  { documentId: 'zt', taskId: 'zt-s2-2', featureId: 'park-dg-meat-bamboo', anchor: '大关以肉制品、竹笋加工为主', reason: 'the 大关 industry cluster this clause assigns (肉制品、竹笋加工)' },
  { documentId: 'zt', taskId: 'zt-s2-2', featureId: 'park-zx-textile-hardware', anchor: '镇雄以纺织、五金为主', reason: 'the 镇雄 industry cluster this clause assigns (纺织、五金)' },
  { documentId: 'zt', taskId: 'zt-s4-1', featureId: 'park-sf-port-park-city', anchor: '水富基本建成“港园城”融合发展试验区', reason: 'names the 水富 “港园城” pilot zone, split by "基本建成"' },
  { documentId: 'lz', taskId: 'lz-4-3-1', featureId: 'cor-kangyang-core-shuiwei-huangjing', anchor: '“水尾—黄荆”', reason: 'the first of the "两核" (two 康养 cores) of this layout' },
  { documentId: 'lz', taskId: 'lz-4-3-1', featureId: 'cor-kangyang-core-fenshui-moni-shuangsha', anchor: '“分水—摩尼—双沙”', reason: 'the second of the "两核" (two 康养 cores) of this layout' },
  { documentId: 'lz', taskId: 'lz-4-6-1', featureId: 'road-taiping-shixiangzi-xuyong', anchor: '古蔺太平经石厢子至叙永县城', reason: 'the first of the "两条红色旅游路" named in one phrase' },
  { documentId: 'lz', taskId: 'lz-4-6-1', featureId: 'road-g352-jinlan-fenshui', anchor: 'G352古蔺金兰街道至叙永分水镇', reason: 'the second of the "两条红色旅游路" named in one phrase' },
];

/** Phrases that contain a place name but name no feature (unless a feature carries the phrase itself). */
export const BLOCKERS: readonly Blocker[] = [
  { term: '四渡赤水', reason: 'the 1935 Red Army campaign, not the 赤水河 or 赤水镇' },
  { term: '丹山建材', reason: 'a building-materials company, not the 丹山玉皇观 scenic area' },
  { term: '“小金花”仙潭', reason: 'the liquor company 仙潭 as an enterprise to grow, not its 仙潭技改项目' },
];

/** Non-place phrases: nothing inside them is linked. */
export const SUPPRESSED_PHRASES: readonly { documentId: string; phrase: string; reason: string }[] = [
  { documentId: 'lz', phrase: '共同打造“赤水河”“乌蒙山”国家级区域公用品牌', reason: 'brand names, not the river or the mountains' },
];
