/**
 * Places named by the 昭通 five-year outlook (doc "zt"), and the 金沙江 dams (three sourced coordinates from
 * places.csv). County seats are not repeated here: they are the `seat-<adcode>` features of seats.geojson.
 */
import type { PointDef } from './model';

const EST = 'Approximate: placed by the project from general geographic knowledge (no surveyed or sourced coordinate)';
const WIKI_DATUM = 'Datum: WGS-84 (Wikipedia coord, nominal; not independently verified).';
const BROKEN = 'The source sentence breaks off after “白鹤滩、溪洛渡、” (page layout); what the plan wants there is unknown.';

/** Towns, scenic areas and dams of the 昭通 outlook. */
export const ZHAOTONG_PLACES: readonly PointDef[] = [
  {
    id: 'place-qj-baihetan-dam', name: '白鹤滩水电站', nameEn: 'Baihetan Dam', kind: 'dam', geometry: 'sourced',
    at: [102.90611, 27.21861], countyId: '530622', documents: ['zt'], planText: '白鹤滩、溪洛渡、', aliases: ['白鹤滩'],
    source: `Wikipedia 'Baihetan Dam' infobox 27°13′07″N 102°54′22″E (stored copy: encyclopedia.datana.cloud wikipedia_en_all_mini_2024-04/A/Baihetan_Dam); a 2020 revision gave 27°12′13″N 102°53′59″E. ${WIKI_DATUM}`,
    note: `On the 金沙江 between 巧家县 (Yunnan) and 宁南县 (Sichuan); countyId is the Yunnan side. ${BROKEN}`,
  },
  {
    id: 'place-ys-xiluodu-dam', name: '溪洛渡水电站', nameEn: 'Xiluodu Dam', kind: 'dam', geometry: 'sourced',
    at: [103.6495, 28.25985], countyId: '530625', documents: ['zt'], planText: '白鹤滩、溪洛渡、', aliases: ['溪洛渡'],
    source: `Wikipedia 'Xiluodu Dam' infobox 28°15′35.46″N 103°38′58.20″E (stored copy: review.clateway.com/wiki/view_html.php?q=Xiluodu_Dam); an older revision (en.wikipedia.org/wiki/Xiluodu_Dam) gave 28.21722,103.56278. ${WIKI_DATUM}`,
    note: `On the 金沙江 between 永善县 (Yunnan) and 雷波县 (Sichuan); the point falls just on the 雷波 side of the AMap outline; countyId is the Yunnan side. ${BROKEN}`,
  },
  {
    id: 'place-sf-xiangjiaba-dam', name: '向家坝水电站', nameEn: 'Xiangjiaba Dam', kind: 'dam', geometry: 'sourced',
    at: [104.3925, 28.64667], countyId: '530681', documents: [],
    source: `Wikipedia 'Xiangjiaba Dam' infobox 28°38′48″N 104°23′33″E (stored copy: en.wikipedia.org/wiki/Xiangjiaba_Dam, older revision). ${WIKI_DATUM}`,
    note: 'Not named by the plans; a node of the 金沙江 clean-energy belt. On the 金沙江 between 水富市 (Yunnan) and 叙州区 (Sichuan); countyId is the Yunnan side.',
  },
  {
    id: 'place-zy-dashanbao', name: '大山包', nameEn: 'Dashanbao', kind: 'scenic', geometry: 'approximate',
    anchor: { at: [103.32, 27.39] }, uncertaintyKm: 8, placement: 'site', countyId: '530602', documents: ['zt'],
    planText: '着力打造大山包、小草坝为载体的避暑休闲', aliases: ['大山包'],
    how: `${EST}: the 大山包 highland (black-necked crane reserve) in western 昭阳区, about 40 km west of the city; the area is large.`,
  },
  {
    id: 'place-yl-xiaocaoba', name: '小草坝', nameEn: 'Xiaocaoba', kind: 'scenic', countyId: '530628', documents: ['zt'],
    planText: '着力打造大山包、小草坝为载体的避暑休闲', aliases: ['小草坝'],
    geometry: 'town', town: '小草坝镇', placement: 'site',
    how: '«大山包、小草坝为载体»: the 小草坝 forest and 天麻 area is the town of that name',
  },
  {
    id: 'place-zy-beizha', name: '北闸镇', nameEn: 'Beizha', kind: 'town', countyId: '530602', documents: ['zt'],
    planText: '鲁甸至昭阳北闸(G352)', aliases: ['北闸', '昭阳北闸'],
    geometry: 'town', town: '北闸街道', placement: 'town',
    note: 'The plan writes 北闸 (昭阳北闸); the unit is 北闸街道 in the 2023 list.',
  },
];
