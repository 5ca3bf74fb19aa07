/**
 * Things the plans name that are not on the map, each with the plan's words and the reason
 * (geodata/unplaced.json). Completeness rule: every park, line and corridor the plans name is either a
 * feature or listed here.
 */
import type { UnplacedDef } from './model';

/** Items of the 昭通 outlook (doc "zt"). */
const ZHAOTONG: readonly UnplacedDef[] = [
  {
    id: 'unplaced-zt-dongtinghu', name: '洞庭湖水系', nameEn: 'Dongting Lake basin', kind: 'lake', documents: ['zt'],
    planText: '加强洞庭湖水系和鄱阳湖水系保护', category: 'source-error',
    reason: '洞庭湖 (Hunan) is not in or near 昭通; the sentence is a copy slip in the source (seeds/README). Must not be placed.',
  },
  {
    id: 'unplaced-zt-poyanghu', name: '鄱阳湖水系', nameEn: 'Poyang Lake basin', kind: 'lake', documents: ['zt'],
    planText: '加强洞庭湖水系和鄱阳湖水系保护', category: 'source-error',
    reason: '鄱阳湖 (Jiangxi) is not in or near 昭通; copy slip in the source. Must not be placed.',
  },
  {
    id: 'unplaced-zt-baihetan-xiluodu-sentence', name: '白鹤滩、溪洛渡…(断句)', nameEn: 'Baihetan, Xiluodu … (broken sentence)', kind: 'tourism',
    documents: ['zt'], planText: '白鹤滩、溪洛渡、', category: 'text-flaw', related: ['place-qj-baihetan-dam', 'place-ys-xiluodu-dam'],
    reason: 'The sentence about developing 白鹤滩、溪洛渡 (probably reservoir tourism) breaks off at “白鹤滩、溪洛渡、” and the text resumes mid-paragraph; what is planned there is unknown. The two dams are mapped as places.',
  },
  {
    id: 'unplaced-zt-expressway-network', name: '“两环四纵五横九联二十二出口”高速公路网', nameEn: 'Expressway network “2 rings, 4 verticals, 5 horizontals, 9 links, 22 exits”',
    kind: 'network', documents: ['zt'], planText: '实施“811”公路工程,构建“两环四纵五横九联二十二出口”高速公路网', category: 'slogan',
    reason: 'A numbered network slogan (with the “811” road programme); the outlook names none of its lines.',
  },
  {
    id: 'unplaced-zt-railway-network', name: '“四横九纵两联多专用”铁路网', nameEn: 'Railway network “4 horizontals, 9 verticals, 2 links, many special lines”',
    kind: 'network', documents: ['zt'], planText: '实施“235”铁路工程,加快构建“四横九纵两联多专用”铁路网', category: 'slogan',
    reason: 'A numbered network slogan (with the “235” railway programme and 建县通高铁); no specific line is named.',
  },
  {
    id: 'unplaced-zt-waterway-network', name: '“一通道两枢纽三中心三转运多节点”水运网', nameEn: 'Waterway network “1 channel, 2 hubs, 3 centres, 3 transfer points, many nodes”',
    kind: 'network', documents: ['zt'], planText: '实施“331”水运工程,加快构建“一通道两枢纽三中心三转运多节点”水运网', category: 'slogan',
    reason: 'A numbered network slogan; no port or channel is named.',
  },
  {
    id: 'unplaced-zt-aviation-network', name: '“一中心一支线八通用多航线”航空网', nameEn: 'Aviation network “1 centre, 1 feeder, 8 general aviation, many routes”',
    kind: 'network', documents: ['zt'], planText: '“127”民航工程,加快构建“一中心一支线八通用多航线”航空网', category: 'slogan',
    reason: 'A numbered network slogan (split across a page break in the source); no airport is named.',
  },
  {
    id: 'unplaced-zt-substations', name: '500千伏、220千伏变电站', nameEn: '500 kV and 220 kV substations', kind: 'energy', documents: ['zt'],
    planText: '建成以5座500千伏、15座220千伏变电站为骨干网架的安全稳定电网', category: 'aggregate',
    reason: 'Counts only (5 + 15 substations); no site is named.',
  },
  {
    id: 'unplaced-zt-shale-gas-demo-zone', name: '国家级页岩气示范区', nameEn: 'National shale gas demonstration zone', kind: 'energy', documents: ['zt'],
    planText: '加快推进国家级页岩气示范区建设', category: 'no-location', related: ['park-wx-shale-gas'],
    reason: 'The outlook does not say which counties the zone covers (it is generally associated with 威信/镇雄/彝良, not confirmed here); the named 威信页岩气开发试验区 is mapped.',
  },
  {
    id: 'unplaced-zt-gas-pipelines', name: '川气、缅气、页岩气互联互通', nameEn: 'Gas interconnection (Sichuan gas, Myanmar gas, shale gas)', kind: 'pipeline',
    documents: ['zt'], planText: '基本实现川气、缅气、页岩气', category: 'no-location',
    reason: 'Pipelines with no named route (the sentence also spans a page break).',
  },
  {
    id: 'unplaced-zt-reservoirs', name: '中小型水库111座、大中小型水库58件', nameEn: '111 small/medium reservoirs; 58 reservoirs to start', kind: 'reservoir',
    documents: ['zt'], planText: '建成中小型水库111座,开工大中小型水库58件', category: 'aggregate',
    reason: 'Counts only; no reservoir is named.',
  },
  {
    id: 'unplaced-zt-jinsha-water-use', name: '金沙江水资源综合利用工程', nameEn: 'Jinsha River water resources comprehensive utilisation project', kind: 'water',
    documents: ['zt'], planText: '实施金沙江水资源综合利用工程', category: 'no-location',
    reason: 'A water-diversion project whose intake and route are not given; drawing it along the river would invent an alignment.',
  },
  {
    id: 'unplaced-zt-water-transfers', name: '23个重大引调水工程、2个中型灌区', nameEn: '23 major water transfer projects; 2 medium irrigation districts', kind: 'water',
    documents: ['zt'], planText: '启动23个重大引调水工程', category: 'aggregate',
    reason: 'Counts only (also the “2个中型灌区” of the next sentence); none is named.',
  },
  {
    id: 'unplaced-zt-pv-glass-modules', name: '光伏玻璃、光伏组件项目', nameEn: 'PV glass and PV module projects', kind: 'project', documents: ['zt'],
    planText: '光伏玻璃、光伏组件等一批重大项目', category: 'no-location',
    reason: 'Listed with the silicon and aluminium projects but with no county; not tied to 昭阳 by any sentence.',
  },
  {
    id: 'unplaced-zt-three-gorges-spic', name: '三峡集团、国电投光伏风能合作开发', nameEn: 'Three Gorges / SPIC solar and wind development', kind: 'energy', documents: ['zt'],
    planText: '加快三峡集团、国电投合作开发光伏风能进程', category: 'no-location', related: ['cor-jinsha-clean-energy'],
    reason: 'No sites or counties are given.',
  },
  {
    id: 'unplaced-zt-daguan-relocation', name: '大关县城避险搬迁', nameEn: 'Daguan county town hazard relocation', kind: 'relocation', documents: ['zt'],
    planText: '快大关县城避险搬迁前期准备工作', category: 'no-location', countyId: '530624',
    reason: 'The destination of the relocation is not given (the current town is the 大关 seat). The plan text is split by a page break (“加 / 快”).',
  },
  {
    id: 'unplaced-zt-city-roles', name: '镇雄副中心城市、威信国家级历史文化名城、巧家湖滨生态旅游城市', nameEn: 'City roles of Zhenxiong, Weixin and Qiaojia', kind: 'city-role',
    documents: ['zt'], planText: '支持镇雄打造副中心城市、水富基本建成“港园城”融合发展试验区、威信创建国家级历史文化名城、巧家打造湖滨生态旅游城市',
    category: 'not-mapped', related: ['park-sf-port-park-city'],
    reason: 'Roles of the county towns, shown by the seat features (seats.geojson); not separate places. (The 水富 pilot zone in the same sentence is mapped.)',
  },
  {
    id: 'unplaced-zt-county-towns', name: '彝良(原文“舞良”)、永善、绥江县城特色化发展', nameEn: 'Distinctive development of the Yiliang, Yongshan, Suijiang county towns',
    kind: 'city-role', documents: ['zt'], planText: '推进舞良、永善、绥江县城特色化发展', category: 'not-mapped',
    reason: 'About the county towns themselves (seats.geojson). “舞良” is a typo for 彝良 in the source.',
  },
];

/** Items of the 南翼 plan (doc "lz"). */
const LUZHOU: readonly UnplacedDef[] = [
  {
    id: 'unplaced-lz-red-road-446km', name: '446公里红色旅游路', nameEn: '446 km of red tourism roads', kind: 'road', documents: ['lz'],
    planText: '实施446公里红色旅游路建设', category: 'network', related: ['road-taiping-shixiangzi-xuyong', 'road-g352-jinlan-fenshui'],
    reason: 'A programme total without routes; its two named roads are drawn.',
  },
  {
    id: 'unplaced-lz-red-demo-road', name: '红色旅游乡村振兴示范路', nameEn: 'Red tourism rural revitalisation demonstration road', kind: 'road', documents: ['lz'],
    planText: '以红色旅游乡村振兴示范路为串点连线', category: 'no-location', related: ['road-taiping-shixiangzi-xuyong', 'road-g352-jinlan-fenshui'],
    reason: 'No route is given; it probably overlaps the named red tourism roads.',
  },
  {
    id: 'unplaced-lz-museum-taiping-link', name: '古蔺“四渡赤水”陈列馆至太平互通连接线公路', nameEn: 'Link road from the Four Crossings museum to the Taiping interchange', kind: 'road',
    documents: ['lz'], planText: '古蔺“四渡赤水”陈列馆至太平互通连接线公路', category: 'no-location', countyId: '510525', related: ['place-gl-taipingdu-museum'],
    reason: 'A short link near 太平; the 太平互通 (interchange) is not placeable and a line would be invented. 2022 start target (力争开工).',
  },
  {
    id: 'unplaced-lz-shenjiu-road', name: '中国沈酒庄段美丽乡村路', nameEn: 'China Shenjiu manor section beautiful village road', kind: 'road', documents: ['lz'],
    planText: '中国沈酒庄段美丽乡村路', category: 'no-location',
    reason: 'The 沈酒 manor is not placeable (county not stated; no coordinate known). 2022 start target (力争开工).',
  },
  {
    id: 'unplaced-lz-shixiangzi-road', name: '石厢子长征文化馆美丽乡村路', nameEn: 'Shixiangzi Long March culture hall village road', kind: 'road', documents: ['lz'],
    planText: '石厢子长征文化馆美丽乡村路', category: 'no-location', countyId: '510524', related: ['place-xy-shixiangzi'],
    reason: 'A local road at 石厢子 with no other end named; 石厢子 itself is mapped. 2022 start target (力争开工).',
  },
  {
    id: 'unplaced-lz-shenjiu-manor', name: '中国沈酒庄园', nameEn: 'China Shenjiu Manor', kind: 'scenic', documents: ['lz'],
    planText: '支持“中国沈酒庄园5A”景区创建', category: 'no-location',
    reason: 'Site and county not given; not known to the project.',
  },
  {
    id: 'unplaced-lz-rail-skeleton', name: '“两纵一横”铁路骨架', nameEn: 'Railway skeleton “2 verticals, 1 horizontal”', kind: 'network', documents: ['lz'],
    planText: '加快构建“两纵一横”铁路骨架', category: 'network',
    related: ['rail-longhuang-longxu', 'rail-longxu-upgrade', 'rail-xubi', 'rail-xuyong-dacun', 'rail-dacun-zunyi'],
    reason: 'The skeleton itself; all five named lines are drawn.',
  },
  {
    id: 'unplaced-lz-expressway-network', name: '“两纵两横两联”高速公路网', nameEn: 'Expressway network “2 verticals, 2 horizontals, 2 links”', kind: 'network', documents: ['lz'],
    planText: '加快构建“两纵两横两联”高速公路网', category: 'network',
    related: ['hwy-yixugu', 'hwy-yuxujun', 'hwy-g76-xiarong', 'hwy-lugu', 'hwy-gujin', 'hwy-xuwei', 'hwy-guren'],
    reason: 'The network itself; all seven named expressways are drawn.',
  },
  {
    id: 'unplaced-lz-shale-gas-park', name: '页岩气产业示范园', nameEn: 'Shale gas industry demonstration park', kind: 'park', documents: ['lz'],
    planText: '加快建设页岩气产业示范园', category: 'no-location',
    reason: 'The plan does not say in which of the two counties it is.',
  },
  {
    id: 'unplaced-lz-gas-base', name: '国家天然气(页岩气)千亿立方米级产能基地', nameEn: 'National 100-billion-m³ natural (shale) gas production base', kind: 'energy', documents: ['lz'],
    planText: '有序推进国家天然气(页岩气)千亿立方米级产能基地建设', category: 'regional',
    reason: 'A national base covering southern Sichuan; no extent is given.',
  },
  {
    id: 'unplaced-lz-500kv', name: '500KV变电站', nameEn: '500 kV substation', kind: 'energy', documents: ['lz'],
    planText: '启动500KV变电站前期工作', category: 'no-location', reason: 'Site not given (preliminary work only).',
  },
  {
    id: 'unplaced-lz-guankou-reservoir', name: '观口水库', nameEn: 'Guankou Reservoir', kind: 'reservoir', documents: ['lz'],
    planText: '观口水库', category: 'no-location', reason: 'County and site not given and not known to the project (proposed: 前期工作).',
  },
  {
    id: 'unplaced-lz-jinlong-reservoir', name: '金龙水库', nameEn: 'Jinlong Reservoir', kind: 'reservoir', documents: ['lz'],
    planText: '金龙水库', category: 'no-location', reason: 'County and site not given and not known to the project (proposed: 前期工作).',
  },
  {
    id: 'unplaced-lz-longfeng-park', name: '龙凤林竹食品工业园', nameEn: 'Longfeng forest and bamboo food industrial park', kind: 'park', documents: ['lz'],
    planText: '支持龙凤林竹食品工业园重点发展油茶、竹笋等加工业态', category: 'no-location',
    reason: 'The plan does not say which county; 龙凤 might be in 叙永 but the project could not confirm it.',
  },
  {
    id: 'unplaced-lz-sede-cement', name: '赛德水泥', nameEn: 'Sede Cement', kind: 'project', documents: ['lz'],
    planText: '推动赛德水泥、叙永红狮实施燃料清洁低碳化替代项目', category: 'no-location', related: ['park-xy-hongshi-cement'],
    reason: 'County not stated (unlike 叙永红狮, which is mapped).',
  },
  {
    id: 'unplaced-lz-danshan-building-materials', name: '丹山建材', nameEn: 'Danshan building materials', kind: 'enterprise', documents: ['lz'],
    planText: '支持丹山建材等装配式建材企业', category: 'no-location', related: ['place-xy-danshan'],
    reason: 'An enterprise; its plant site is not given.',
  },
  {
    id: 'unplaced-lz-yuhua-town', name: '鱼化', nameEn: 'Yuhua (township, Gulin)', kind: 'town', documents: ['lz'],
    planText: '鱼化大理石园区', category: 'no-location', countyId: '510525', related: ['park-gl-yuhua-marble'],
    reason: 'Merged into another township (not in the 2023 list), so not on the towns layer; the marble park is drawn on the 2016 AMap centre of 鱼化乡 (approximate).',
  },
  {
    id: 'unplaced-lz-red-belt', name: '红色文化传承带', nameEn: 'Red culture heritage belt', kind: 'belt', documents: ['lz'],
    planText: '建设以“四渡赤水”为重点的红色文化传承带', category: 'regional',
    related: ['cor-sidu-loop', 'cor-taiping-erlang-trail', 'park-gl-taiping-erlang-showcase', 'park-xy-shixiangzi-showcase'],
    reason: 'A belt over the whole 南翼 area with no extent; shown through the loop, trail and red sites.',
  },
  {
    id: 'unplaced-lz-wellness-belt', name: '生态价值实现旅居带', nameEn: 'Ecological value (mountain wellness) belt', kind: 'belt', documents: ['lz'],
    planText: '建设以山地避暑康养为重点的生态价值实现旅居带', category: 'regional',
    related: ['cor-kangyang-core-shuiwei-huangjing', 'cor-kangyang-core-fenshui-moni-shuangsha'],
    reason: 'A belt over the whole 南翼 area; shown through its “两核” cores and “多点” places.',
  },
  {
    id: 'unplaced-lz-long-march-park', name: '长征国家文化公园泸州段', nameEn: 'Long March National Cultural Park, Luzhou section', kind: 'area', documents: ['lz'],
    planText: '力争基本完成长征国家文化公园泸州段建设', category: 'regional', related: ['cor-sidu-loop'],
    reason: 'No extent given; the red sites and routes are mapped individually.',
  },
  {
    id: 'unplaced-lz-sorghum-base', name: '30万亩酿酒糯红高粱基地', nameEn: '300,000-mu glutinous red sorghum base', kind: 'agriculture', documents: ['lz'],
    planText: '支持古蔺高标准建设30万亩酿酒糯红高粱基地', category: 'regional', countyId: '510525',
    reason: 'Dispersed farmland across 古蔺县; no extent given.',
  },
  {
    id: 'unplaced-lz-aggregates', name: '康养基地、县域医疗次中心等数量目标', nameEn: 'Count targets (wellness bases, medical sub-centres …)', kind: 'aggregate', documents: ['lz'],
    planText: '力争建成3个山地康养基地、5条山地康养旅游路线、6个特色康养小镇', category: 'aggregate',
    reason: 'Counts only (also 11 county medical sub-centres, logistics and farm-product centres); none is named.',
  },
  {
    id: 'unplaced-lz-forest-bases', name: '2万亩国家储林基地、1万亩珍贵树种基地', nameEn: 'National timber reserve base and precious tree species base', kind: 'forestry',
    documents: ['lz'], planText: '加快建设“两个基地”(2万亩国家储林基地、1万亩珍贵树种基地)', category: 'aggregate',
    reason: 'Areas given in mu only; no site or county.',
  },
  {
    id: 'unplaced-lz-fruit-bases', name: '甜橙、乌蒙脆李、猕猴桃基地与现代农业园区', nameEn: 'Orange, plum and kiwi bases; modern agriculture parks', kind: 'agriculture',
    documents: ['lz'], planText: '“多园”—多个精品水果现代农业园区', category: 'aggregate', related: ['cor-chishui-orange-belt'],
    reason: 'Counts and areas only (bases of 甜橙/乌蒙脆李/猕猴桃, “三圈” altitude zones, 国家级现代农业产业园, 省级现代林业园区); none is named or placed.',
  },
  {
    id: 'unplaced-lz-baijiu-demo-park', name: '国省级优质白酒示范园区', nameEn: 'National/provincial premium baijiu demonstration park (title to win)', kind: 'title',
    documents: ['lz'], planText: '积极争创国省级优质白酒示范园区', category: 'not-mapped',
    related: ['park-gl-erlang-taiping-yongle', 'park-gl-maoxi-cluster', 'park-xy-chishui-cluster'],
    reason: 'A title the baijiu clusters should win, not a separate place.',
  },
  {
    id: 'unplaced-lz-county-hospitals', name: '叙永县、古蔺县人民医院、县中医医院“创三甲”', nameEn: 'County hospitals (grade-A upgrade)', kind: 'facility', documents: ['lz'],
    planText: '实施叙永县、古蔺县人民医院、县中医医院“创三甲”等医疗卫生重点项目', category: 'not-mapped',
    reason: 'Hospitals in the two county towns; the county seats stand for them.',
  },
];

/** Everything listed in geodata/unplaced.json. */
export const UNPLACED: readonly UnplacedDef[] = [...ZHAOTONG, ...LUZHOU];
