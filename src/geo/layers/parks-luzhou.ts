/**
 * Parks, clusters, projects and facilities of the 泸州“南翼” plan (doc "lz") in 古蔺县 and 叙永县.
 * Most sites are not given by the plan: those are county-level markers (see `countyLevel`).
 */
import { countyLevel, nearSeat } from './anchors';
import type { ParkDef } from './model';

const GL = '510525';
const XY = '510524';
const RED_SHOWCASE = '加快太平二郎重点展示园、红军长征过石厢子展示园建设';
const WIND = '规划建设叙永县20万千瓦风电项目、古蔺县10万千瓦风电项目、叙永县120万千瓦农业互补开发项目、古蔺县5万千瓦屋顶分布式光伏发电项目';
const BAIJIU_PROJECTS = '加快赤水河沿线左岸重大酱酒项目规划建设';
const RESERVOIRS = '加快永宁水库、观口水库、金龙水库等一批大中型水库前期工作';
const CARE = '启动叙永县分水区域养老中心、古蔺县黄荆医养结合中心卫生院等项目';
const CAMPUS = '加快建成“四渡赤水”分院古蔺、叙永两个校区';

/** Baijiu clusters and industrial parks. */
const INDUSTRY: readonly ParkDef[] = [
  {
    id: 'park-gl-erlang-taiping-yongle', name: '二郎—太平—永乐组团', nameEn: 'Erlang–Taiping–Yongle baijiu cluster', kind: 'cluster',
    geometry: 'cluster', members: ['place-gl-erlang', 'place-gl-taiping', 'place-gl-yongle'], bufferKm: 3, countyId: GL, uncertaintyKm: 5,
    documents: ['lz'], planText: '二郎—太平—永乐组团', aliases: ['二郎—太平—永乐组团'],
    how: 'Approximate area: convex hull of 二郎, 太平 and 永乐 buffered by 3 km and clipped to 古蔺县; the plan gives no extent.',
  },
  {
    id: 'park-gl-maoxi-cluster', name: '茅溪酱酒组团(古蔺酱香酒谷园区)', nameEn: 'Maoxi sauce-aroma baijiu cluster (Gulin Jiangxiang Valley Park)', kind: 'cluster',
    geometry: 'approximate', anchor: { near: 'place-gl-maoxi', km: 1.5, bearing: 320 }, uncertaintyKm: 10, placement: 'site', countyId: GL,
    documents: ['lz'], planText: '茅溪酱酒组团(古蔺酱香酒谷园区)', aliases: ['茅溪酱酒组团', '古蔺酱香酒谷园区', '酱香酒谷'],
    how: 'Approximate: marker 1.5 km from the 茅溪 estimate (the cluster is named after 茅溪); the park extent is not given.',
  },
  {
    id: 'park-xy-chishui-cluster', name: '赤水—石厢子—观兴—水潦组团', nameEn: 'Chishui–Shixiangzi–Guanxing–Shuiliao baijiu cluster', kind: 'cluster',
    geometry: 'cluster', members: ['place-xy-chishui', 'place-xy-shixiangzi', 'place-xy-guanxing', 'place-xy-shuiliao'], bufferKm: 3,
    countyId: XY, uncertaintyKm: 8, documents: ['lz'], planText: '赤水—石厢子—观兴—水潦组团',
    how: 'Approximate area: convex hull of 赤水镇, 石厢子, 观兴 and 水潦 (all 叙永县) buffered by 3 km and clipped to 叙永县; the plan gives no extent.',
  },
  {
    id: 'park-xy-one-park-one-core', name: '叙永“一园一核两区”', nameEn: 'Xuyong "one park, one core, two zones"', kind: 'park',
    geometry: 'approximate', anchor: nearSeat(XY, 5, 0), uncertaintyKm: 'county', placement: 'county', countyId: XY,
    documents: ['lz'], planText: '规划建设“一园一核两区”', status: 'planned', statusEvidence: '规划建设“一园一核两区”',
    how: countyLevel('the plan assigns it to 叙永县 (支持叙永县…规划建设) without naming the park, core or zones'),
  },
  {
    id: 'park-gl-shiping-marble', name: '石屏大理石园区', nameEn: 'Shiping marble park', kind: 'park',
    countyId: GL,
    documents: ['lz'], planText: '依托古蔺石屏、鱼化大理石园区', aliases: ['石屏'],
    status: 'existing', statusEvidence: '依托古蔺石屏、鱼化大理石园区', statusNote: '依托 (relying on) treats the parks as existing.',
    geometry: 'town', town: '石屏镇', placement: 'site',
    how: '«石屏大理石园区»: named after the town',
  },
  {
    id: 'park-gl-yuhua-marble', name: '鱼化大理石园区', nameEn: 'Yuhua marble park', kind: 'park',
    geometry: 'approximate', anchor: { at: [106.00984, 27.98117] }, uncertaintyKm: 10, placement: 'town', countyId: GL,
    documents: ['lz'], planText: '依托古蔺石屏、鱼化大理石园区', aliases: ['鱼化'],
    status: 'existing', statusEvidence: '依托古蔺石屏、鱼化大理石园区', statusNote: '依托 (relying on) treats the parks as existing.',
    how: 'Approximate, in or near the former 鱼化乡: the township is not in the 2023 list (merged into another), so the park is drawn on the 2016 AMap centre of 鱼化乡 (510525202000, town_centres_area, © AMap/高德); uncertainty: the extent of a town there (about 10 km).',
  },
  {
    id: 'park-xy-logistics', name: '川滇黔公铁联运物流集散中心', nameEn: 'Sichuan–Yunnan–Guizhou rail-road logistics hub', kind: 'logistics',
    geometry: 'approximate', anchor: nearSeat(XY, 4, 60), uncertaintyKm: 'county', placement: 'county', countyId: XY,
    documents: ['lz'], planText: '支持叙永加快建设川滇黔公铁联运物流集散中心', status: 'under-construction', statusEvidence: '加快建设川滇黔公铁联运物流集散中心',
    how: countyLevel('the plan names it as a 叙永 project (likely near the 隆黄 railway terminus at the county town, not confirmed)'),
  },
  {
    id: 'park-xy-yongfeng-pulp', name: '永丰浆纸技改扩能项目', nameEn: 'Yongfeng pulp & paper upgrade', kind: 'project',
    geometry: 'approximate', anchor: nearSeat(XY, 5, 120), uncertaintyKm: 'county', placement: 'county', countyId: XY,
    documents: ['lz'], planText: '支持永丰浆纸实施技改扩能项目', aliases: ['永丰浆纸'],
    status: 'proposed', statusEvidence: '支持永丰浆纸实施技改扩能项目',
    how: countyLevel('the plan does not name the county; 叙永县 is inferred from “支持叙永县依托丰富的石英砂、竹浆纸资源” and general knowledge that 永丰浆纸 is a 叙永 company'),
  },
  {
    id: 'park-xy-hongshi-cement', name: '叙永红狮燃料替代及余热发电项目', nameEn: 'Xuyong Hongshi cement: fuel substitution and waste-heat power', kind: 'project',
    geometry: 'approximate', anchor: nearSeat(XY, 5, 180), uncertaintyKm: 'county', placement: 'county', countyId: XY,
    documents: ['lz'], planText: '推动赛德水泥、叙永红狮实施燃料清洁低碳化替代项目,建设余热发电工程', aliases: ['叙永红狮'],
    status: 'proposed', statusEvidence: '推动赛德水泥、叙永红狮实施燃料清洁低碳化替代项目',
    how: countyLevel('the plant is named 叙永红狮 (in 叙永县)'),
  },
];

/** Baijiu projects at named towns, and county-level projects. */
const PROJECTS: readonly ParkDef[] = [
  {
    id: 'park-gl-langjiu-upgrade', name: '郎酒酿酒工程技改项目', nameEn: 'Langjiu brewing upgrade project', kind: 'project',
    geometry: 'approximate', anchor: { near: 'place-gl-erlang', km: 2, bearing: 250 }, uncertaintyKm: 5, placement: 'site', countyId: GL,
    documents: ['lz'], planText: '郎酒酿酒工程技改项目', status: 'planned', statusEvidence: BAIJIU_PROJECTS,
    how: 'Approximate: 郎酒 is based at 二郎; marker 2 km from the sourced 二郎 point. The works may be spread over several sites.',
  },
  {
    id: 'park-gl-maoxi-jiuba', name: '古蔺茅溪酱酒九坝项目', nameEn: 'Maoxi Jiuba sauce-aroma baijiu project', kind: 'project',
    geometry: 'approximate', anchor: { near: 'place-gl-maoxi', km: 2, bearing: 200 }, uncertaintyKm: 10, placement: 'site', countyId: GL,
    documents: ['lz'], planText: '古蔺茅溪酱酒九坝项目', aliases: ['九坝'], status: 'planned', statusEvidence: BAIJIU_PROJECTS,
    how: 'Approximate: at 茅溪 per its name (九坝 itself could not be placed); marker 2 km from the 茅溪 estimate.',
  },
  {
    id: 'park-gl-xiantan-upgrade', name: '仙潭技改项目', nameEn: 'Xiantan distillery upgrade', kind: 'project',
    geometry: 'approximate', anchor: nearSeat(GL, 6, 120), uncertaintyKm: 'county', placement: 'county', countyId: GL,
    documents: ['lz'], planText: '仙潭技改项目', aliases: ['仙潭'], status: 'planned', statusEvidence: BAIJIU_PROJECTS,
    how: countyLevel('listed among the 赤水河 left-bank baijiu projects; 仙潭 (泸州仙潭酒业) is a 古蔺 distiller by general knowledge'),
  },
  {
    id: 'park-gl-airport', name: '古蔺通用机场', nameEn: 'Gulin general aviation airport', kind: 'airport',
    geometry: 'approximate', anchor: nearSeat(GL, 6, 170), uncertaintyKm: 'county', placement: 'county', countyId: GL,
    documents: ['lz'], planText: '积极推进古蔺通用机场建设', status: 'proposed', statusEvidence: '积极推进古蔺通用机场建设',
    how: countyLevel('named as 古蔺通用机场'),
  },
  {
    id: 'park-gl-wind-jianzhuping', name: '古蔺箭竹坪5万千瓦风电项目', nameEn: 'Gulin Jianzhuping 50 MW wind farm', kind: 'energy',
    countyId: GL,
    documents: ['lz'], planText: '加快建设古蔺箭竹坪5万千瓦风电项目', aliases: ['箭竹坪'], status: 'under-construction',
    statusEvidence: '加快建设古蔺箭竹坪5万千瓦风电项目',
    geometry: 'town', town: '箭竹苗族乡', placement: 'site',
    how: '«古蔺箭竹坪»: 箭竹坪 is read as the 箭竹 area (箭竹苗族乡) by its name; not verified',
  },
  {
    id: 'park-gl-wind-100mw', name: '古蔺县10万千瓦风电项目', nameEn: 'Gulin 100 MW wind project', kind: 'energy',
    geometry: 'approximate', anchor: nearSeat(GL, 6, 220), uncertaintyKm: 'county', placement: 'county', countyId: GL,
    documents: ['lz'], planText: '古蔺县10万千瓦风电项目', status: 'planned', statusEvidence: WIND,
    how: countyLevel('named as a 古蔺县 project'),
  },
  {
    id: 'park-gl-rooftop-pv', name: '古蔺县5万千瓦屋顶分布式光伏发电项目', nameEn: 'Gulin 50 MW rooftop distributed PV', kind: 'energy',
    geometry: 'approximate', anchor: nearSeat(GL, 6, 270), uncertaintyKm: 'county', placement: 'county', countyId: GL,
    documents: ['lz'], planText: '古蔺县5万千瓦屋顶分布式光伏发电项目', status: 'planned', statusEvidence: WIND,
    how: countyLevel('named as a 古蔺县 project; rooftop PV is distributed over many buildings, so no single site exists'),
  },
  {
    id: 'park-xy-wind-200mw', name: '叙永县20万千瓦风电项目', nameEn: 'Xuyong 200 MW wind project', kind: 'energy',
    geometry: 'approximate', anchor: nearSeat(XY, 5, 240), uncertaintyKm: 'county', placement: 'county', countyId: XY,
    documents: ['lz'], planText: '叙永县20万千瓦风电项目', status: 'planned', statusEvidence: WIND,
    how: countyLevel('named as a 叙永县 project'),
  },
  {
    id: 'park-xy-agrivoltaic', name: '叙永县120万千瓦农业互补开发项目', nameEn: 'Xuyong 1.2 GW agrivoltaic project', kind: 'energy',
    geometry: 'approximate', anchor: nearSeat(XY, 5, 300), uncertaintyKm: 'county', placement: 'county', countyId: XY,
    documents: ['lz'], planText: '叙永县120万千瓦农业互补开发项目', status: 'planned', statusEvidence: WIND,
    how: countyLevel('named as a 叙永县 project; an agrivoltaic programme of this size is spread over many sites'),
  },
  {
    id: 'park-xy-yongning-reservoir', name: '永宁水库', nameEn: 'Yongning Reservoir', kind: 'reservoir',
    geometry: 'approximate', anchor: nearSeat(XY, 7, 150), uncertaintyKm: 'county', placement: 'county', countyId: XY,
    documents: ['lz'], planText: '永宁水库', status: 'proposed', statusEvidence: RESERVOIRS,
    how: countyLevel('the plan gives no county; 叙永县 is inferred from the name (永宁 is the old name of 叙永 and of the 永宁河 that flows through it), not confirmed'),
  },
];

/** Red-culture sites, health and care facilities, campuses, roads' point features. */
const FACILITIES: readonly ParkDef[] = [
  {
    id: 'park-gl-taiping-erlang-showcase', name: '太平二郎重点展示园', nameEn: 'Taiping–Erlang key showcase park (Long March)', kind: 'heritage-park',
    geometry: 'cluster', members: ['place-gl-taiping', 'place-gl-erlang'], bufferKm: 2, countyId: GL, uncertaintyKm: 3,
    documents: ['lz'], planText: '太平二郎重点展示园', status: 'under-construction', statusEvidence: RED_SHOWCASE,
    how: 'Approximate area: the 太平—二郎 segment buffered by 2 km and clipped to 古蔺县; the plan gives no extent.',
  },
  {
    id: 'park-xy-shixiangzi-showcase', name: '红军长征过石厢子展示园', nameEn: 'Red Army Long March at Shixiangzi showcase park', kind: 'heritage-park',
    geometry: 'approximate', anchor: { near: 'place-xy-shixiangzi', km: 1, bearing: 90 }, uncertaintyKm: 8, placement: 'site', countyId: XY,
    documents: ['lz'], planText: '红军长征过石厢子展示园', status: 'under-construction', statusEvidence: RED_SHOWCASE,
    how: 'Approximate: at 石厢子 per its name; marker 1 km east of the 石厢子 estimate.',
  },
  {
    id: 'park-xy-shixiangzi-teaching', name: '石厢子会议教学点', nameEn: 'Shixiangzi Meeting teaching site', kind: 'facility',
    geometry: 'approximate', anchor: { near: 'place-xy-shixiangzi', km: 1, bearing: 330 }, uncertaintyKm: 8, placement: 'site', countyId: XY,
    documents: ['lz'], planText: '石厢子会议教学点', status: 'proposed', statusEvidence: '协同推进长征干部学院分校区和石厢子会议教学点建设',
    how: 'Approximate: at 石厢子 per its name; marker 1 km north-west of the 石厢子 estimate.',
  },
  {
    id: 'park-xy-jiming-canyon', name: '“鸡鸣三省”大峡谷景区', nameEn: 'Jiming Sansheng Grand Canyon scenic area', kind: 'scenic-area',
    geometry: 'approximate', anchor: { near: 'place-xy-jimingsansheng', km: 2.5, bearing: 20 }, uncertaintyKm: 8, placement: 'site', countyId: XY,
    documents: ['lz'], planText: '打造“鸡鸣三省”大峡谷景区', status: 'proposed', statusEvidence: '打造“鸡鸣三省”大峡谷景区',
    how: 'Approximate: the gorge of the 赤水河 at the 鸡鸣三省 junction; marker 2.5 km inside 叙永县 from the junction. The gorge spans three provinces.',
  },
  {
    id: 'park-gl-campus', name: '长征干部学院“四渡赤水”分院古蔺校区', nameEn: 'Long March Cadre College, Four Crossings branch: Gulin campus', kind: 'facility',
    geometry: 'approximate', anchor: nearSeat(GL, 6, 320), uncertaintyKm: 'county', placement: 'county', countyId: GL,
    documents: ['lz'], planText: CAMPUS, status: 'under-construction', statusEvidence: CAMPUS,
    how: countyLevel('the plan names a 古蔺 campus'),
  },
  {
    id: 'park-xy-campus', name: '长征干部学院“四渡赤水”分院叙永校区', nameEn: 'Long March Cadre College, Four Crossings branch: Xuyong campus', kind: 'facility',
    geometry: 'approximate', anchor: nearSeat(XY, 4, 200), uncertaintyKm: 'county', placement: 'county', countyId: XY,
    documents: ['lz'], planText: CAMPUS, status: 'under-construction', statusEvidence: CAMPUS,
    how: countyLevel('the plan names a 叙永 campus'),
  },
  {
    id: 'park-xy-fenshui-eldercare', name: '叙永县分水区域养老中心', nameEn: 'Fenshui regional elderly-care centre', kind: 'facility',
    countyId: XY,
    documents: ['lz'], planText: '叙永县分水区域养老中心', status: 'planned', statusEvidence: CARE,
    geometry: 'town', town: '分水镇', placement: 'site',
    how: '«叙永县分水区域养老中心»',
  },
  {
    id: 'park-gl-huangjing-health', name: '古蔺县黄荆医养结合中心卫生院', nameEn: 'Huangjing medical-and-care health centre', kind: 'facility',
    countyId: GL,
    documents: ['lz'], planText: '古蔺县黄荆医养结合中心卫生院', status: 'planned', statusEvidence: CARE,
    geometry: 'town', town: '黄荆镇', placement: 'site',
    how: '«古蔺县黄荆医养结合中心卫生院»',
  },
  {
    id: 'park-gl-erlang-interchange', name: '二郎互通', nameEn: 'Erlang interchange', kind: 'interchange',
    countyId: GL,
    documents: ['lz'], planText: '建成二郎互通', status: 'planned', statusEvidence: '2022年,建成二郎互通',
    statusNote: 'A 2022 completion target (建成), so planned as of the plan date.',
    geometry: 'town', town: '二郎镇', placement: 'site',
    how: '«二郎互通»: the expressway interchange named after the town',
  },
];

/** All park-layer entries of the 南翼 plan. */
export const LUZHOU_PARKS: readonly ParkDef[] = [...INDUSTRY, ...PROJECTS, ...FACILITIES];
