/**
 * Parks, clusters, projects and facilities of the 昭通 outlook (doc "zt"). The outlook names counties, not
 * sites, so nearly all are county-level markers next to the county seat.
 */
import { countyLevel, nearSeat } from './anchors';
import type { ParkDef } from './model';

const ZY = '530602';
const ZX = '530627';
const WX = '530629';
const SF = '530681';
const BUILD_PARKS = '加快金沙江“风光水储”一体化绿色清洁能源基地、镇雄磷基新材料园区和威信页岩气开发试验区建设';
const BIG_PROJECTS = '加快80万吨工业硅和80万吨有机硅、70万吨绿色水电铝、光伏玻璃、光伏组件等一批重大项目建成投产';
const SIAL_TO_ZY = 'the sentence listing it gives no place; 昭阳区 is inferred from “构建昭阳以硅铝全产业集群”';

/** Industrial parks and projects. */
const INDUSTRY: readonly ParkDef[] = [
  {
    id: 'park-zx-phosphorus', name: '镇雄磷基新材料园区', nameEn: 'Zhenxiong phosphorus-based new materials park', kind: 'park',
    geometry: 'approximate', anchor: nearSeat(ZX, 6, 0), uncertaintyKm: 'county', placement: 'county', countyId: ZX,
    documents: ['zt'], planText: '镇雄磷基新材料园区', status: 'under-construction', statusEvidence: BUILD_PARKS,
    how: countyLevel('named as a 镇雄 park'),
  },
  {
    id: 'park-wx-shale-gas', name: '威信页岩气开发试验区', nameEn: 'Weixin shale gas development pilot zone', kind: 'energy',
    geometry: 'approximate', anchor: nearSeat(WX, 6, 300), uncertaintyKm: 'county', placement: 'county', countyId: WX,
    documents: ['zt'], planText: '威信页岩气开发试验区', status: 'under-construction', statusEvidence: BUILD_PARKS,
    how: countyLevel('named as a 威信 zone; a gas field area, not a site'),
  },
  {
    id: 'park-zy-silicon', name: '80万吨工业硅和80万吨有机硅项目', nameEn: '800 kt industrial silicon and 800 kt organosilicon projects', kind: 'project',
    geometry: 'approximate', anchor: nearSeat(ZY, 6, 20), uncertaintyKm: 'county', placement: 'county', countyId: ZY,
    documents: ['zt'], planText: '80万吨工业硅和80万吨有机硅', aliases: ['工业硅', '有机硅'],
    status: 'under-construction', statusEvidence: BIG_PROJECTS, statusNote: '加快…建成投产 (speed up completion and start of production).',
    how: countyLevel(SIAL_TO_ZY),
  },
  {
    id: 'park-zy-aluminium', name: '年产70万吨绿色水电铝项目', nameEn: '700 kt/yr green hydropower aluminium project', kind: 'project',
    geometry: 'approximate', anchor: nearSeat(ZY, 6, 80), uncertaintyKm: 'county', placement: 'county', countyId: ZY,
    documents: ['zt'], planText: '70万吨绿色水电铝', aliases: ['绿色水电铝', '年产70万吨绿色水电铝项目'],
    status: 'under-construction', statusEvidence: BIG_PROJECTS, statusNote: '加快…建成投产; the article also prints a photo of it.',
    how: countyLevel(SIAL_TO_ZY),
  },
  {
    id: 'park-zy-si-al-cluster', name: '昭阳硅铝全产业集群', nameEn: 'Zhaoyang silicon–aluminium industry cluster', kind: 'cluster',
    geometry: 'approximate', anchor: nearSeat(ZY, 6, 140), uncertaintyKm: 'county', placement: 'county', countyId: ZY,
    documents: ['zt'], planText: '构建昭阳以硅铝全产业集群,智能制造、电池新材料为主', aliases: ['硅铝'],
    how: countyLevel('the plan assigns the 硅铝 cluster, smart manufacturing and battery materials to 昭阳'),
  },
  {
    id: 'park-ld-agri-processing', name: '鲁甸农特产品、马铃薯加工', nameEn: 'Ludian specialty farm products and potato processing', kind: 'cluster',
    geometry: 'approximate', anchor: nearSeat('530621', 5, 200), uncertaintyKm: 'county', placement: 'county', countyId: '530621',
    documents: ['zt'], planText: '鲁甸以农特产品、马铃薯加工为主',
    how: countyLevel('the plan assigns this industry to 鲁甸'),
  },
  {
    id: 'park-sf-battery', name: '水富电池新材料', nameEn: 'Shuifu battery new materials', kind: 'cluster',
    geometry: 'approximate', anchor: nearSeat(SF, 4, 240), uncertaintyKm: 'county', placement: 'county', countyId: SF,
    documents: ['zt'], planText: '水富以电池新材料为主',
    how: countyLevel('the plan assigns this industry to 水富'),
  },
  {
    id: 'park-yl-carbon', name: '彝良矿产开发、碳素产业园', nameEn: 'Yiliang mining and carbon industrial park', kind: 'cluster',
    geometry: 'approximate', anchor: nearSeat('530628', 6, 150), uncertaintyKm: 'county', placement: 'county', countyId: '530628',
    documents: ['zt'], planText: '彝良以矿产开发、碳素产业园为主', aliases: ['碳素产业园'],
    how: countyLevel('the plan assigns this industry to 彝良'),
  },
  {
    id: 'park-dg-meat-bamboo', name: '大关肉制品、竹笋加工', nameEn: 'Daguan meat products and bamboo-shoot processing', kind: 'cluster',
    geometry: 'approximate', anchor: nearSeat('530624', 5, 20), uncertaintyKm: 'county', placement: 'county', countyId: '530624',
    documents: ['zt'], planText: '大关以肉制品、竹笋加工为主',
    how: countyLevel('the plan assigns this industry to 大关'),
  },
  {
    id: 'park-zx-textile-hardware', name: '镇雄纺织、五金', nameEn: 'Zhenxiong textiles and hardware', kind: 'cluster',
    geometry: 'approximate', anchor: nearSeat(ZX, 6, 120), uncertaintyKm: 'county', placement: 'county', countyId: ZX,
    documents: ['zt'], planText: '镇雄以纺织、五金为主',
    how: countyLevel('the plan assigns this industry to 镇雄'),
  },
  {
    id: 'park-zx-relocation-industry', name: '镇雄县易地扶贫搬迁后扶产业园', nameEn: 'Zhenxiong post-relocation support industrial park', kind: 'park',
    geometry: 'approximate', anchor: nearSeat(ZX, 6, 240), uncertaintyKm: 'county', placement: 'county', countyId: ZX,
    documents: ['zt'], planText: '镇雄县易地扶贫搬迁后扶产业园', status: 'existing', statusEvidence: '镇雄县易地扶贫搬迁后扶产业园制鞋生产车间',
    statusNote: 'Known only from a photo caption of its shoe factory, so it exists.',
    how: countyLevel('named in a photo caption as a 镇雄县 park'),
  },
  {
    id: 'park-sf-port-park-city', name: '水富“港园城”融合发展试验区', nameEn: 'Shuifu port–park–city integration pilot zone', kind: 'area',
    geometry: 'approximate', anchor: nearSeat(SF, 3, 270), uncertaintyKm: 'county', placement: 'county', countyId: SF,
    documents: ['zt'], planText: '水富基本建成“港园城”融合发展试验区', status: 'planned', statusEvidence: '水富基本建成“港园城”融合发展试验区',
    statusNote: 'A five-year target (基本建成), so planned.',
    how: countyLevel('the zone is 水富 itself (port on the 金沙江, park and city)'),
  },
];

/** Water, health, education and tourism. */
const FACILITIES: readonly ParkDef[] = [
  {
    id: 'park-zy-zhaolu-irrigation', name: '昭鲁大型灌区', nameEn: 'Zhaolu large irrigation district', kind: 'irrigation',
    geometry: 'approximate', anchor: { at: [103.64, 27.27] }, uncertaintyKm: 20, placement: 'site', countyId: ZY,
    documents: ['zt'], planText: '加快昭鲁大型灌区现代化改造', status: 'under-construction', statusEvidence: '加快昭鲁大型灌区现代化改造',
    statusNote: 'The district exists; its modernisation (现代化改造) is what the plan speeds up.',
    how: 'Approximate: a marker on the 昭阳—鲁甸 (昭鲁) plain between the two seats; the district covers much of the plain in both counties.',
  },
  {
    id: 'park-zy-medical-centre', name: '滇东北区域医疗中心', nameEn: 'Northeast Yunnan regional medical centre', kind: 'facility',
    geometry: 'approximate', anchor: nearSeat(ZY, 3, 200), uncertaintyKm: 8, placement: 'town', countyId: ZY,
    documents: ['zt'], planText: '滇东北区域医疗中心', status: 'existing', statusEvidence: '把滇东北区域医疗中心打造成为',
    statusNote: '打造成为 (make it into) treats the centre as existing.',
    how: 'Approximate: the plan gives no site; assumed in the 昭通 city area (昭阳区), the prefecture seat; marker 3 km from the district centre.',
  },
  {
    id: 'park-zy-zhaotong-university', name: '昭通学院', nameEn: 'Zhaotong University', kind: 'facility',
    geometry: 'approximate', anchor: nearSeat(ZY, 3, 330), uncertaintyKm: 8, placement: 'town', countyId: ZY,
    documents: ['zt'], planText: '支持昭通学院建设高水平应用型地方大学', status: 'existing', statusEvidence: '支持昭通学院建设高水平应用型地方大学',
    statusNote: 'An existing college that the plan supports in becoming a university.',
    how: 'Approximate: assumed in the 昭通 city area (昭阳区); marker 3 km from the district centre.',
  },
  {
    id: 'park-yj-shuitian', name: '盐津水田新区', nameEn: 'Yanjin Shuitian new district', kind: 'district',
    geometry: 'approximate', anchor: nearSeat('530623', 4, 20), uncertaintyKm: 10, placement: 'town', countyId: '530623',
    documents: ['zt'], planText: '加快盐津水田新区建设', aliases: ['水田新区'], status: 'under-construction', statusEvidence: '加快盐津水田新区建设',
    how: 'Approximate: a new district for the 盐津 county town (避险搬迁 context); placed 4 km from the county seat in the 关河 valley. The real site is not known to the project.',
  },
  {
    id: 'park-wx-long-march-trail', name: '威信县长征国家文化公园环山步道景区', nameEn: 'Weixin Long March National Cultural Park ring trail', kind: 'scenic-area',
    geometry: 'approximate', anchor: nearSeat(WX, 1.5, 45), uncertaintyKm: 3, placement: 'site', countyId: WX,
    documents: ['zt'], planText: '威信县长征国家文化公园环山步道景区',
    status: 'existing', statusEvidence: '威信县长征国家文化公园环山步道景区', statusNote: 'Known from a photo caption, so it exists.',
    how: 'Approximate: the trail circles the hills of the 威信 county town (扎西, site of the 1935 扎西会议); marker 1.5 km from the district centre.',
  },
];

/** All park-layer entries of the 昭通 outlook. */
export const ZHAOTONG_PARKS: readonly ParkDef[] = [...INDUSTRY, ...FACILITIES];
