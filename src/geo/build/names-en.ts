/**
 * English / pinyin names for every unit in the base layers, keyed by adcode (counties, prefectures,
 * provinces) or by the Chinese river name. Hanyu pinyin of the Chinese name plus the unit type; official
 * English forms for autonomous units (e.g. "Weining Yi, Hui and Miao Autonomous County"); apostrophes where
 * pinyin syllables would run together ("Nan'an", "Jiang'an", "Zheng'an"). Polyphones checked by hand:
 * 长宁 Changning, 长寿 Changshou, 会泽/会理/会东 Hui-, 筠连 Junlian, 丰都 Fengdu, 重庆 Chongqing.
 */

/** County-level units: adcode → English name. */
export const COUNTY_NAMES_EN: Readonly<Record<string, string>> = {
  // 重庆市 Chongqing
  '500101': 'Wanzhou District',
  '500102': 'Fuling District',
  '500103': 'Yuzhong District',
  '500104': 'Dadukou District',
  '500105': 'Jiangbei District',
  '500106': 'Shapingba District',
  '500107': 'Jiulongpo District',
  '500108': "Nan'an District",
  '500109': 'Beibei District',
  '500110': 'Qijiang District',
  '500111': 'Dazu District',
  '500112': 'Yubei District',
  '500113': 'Banan District',
  '500114': 'Qianjiang District',
  '500115': 'Changshou District',
  '500116': 'Jiangjin District',
  '500117': 'Hechuan District',
  '500118': 'Yongchuan District',
  '500119': 'Nanchuan District',
  '500120': 'Bishan District',
  '500151': 'Tongliang District',
  '500152': 'Tongnan District',
  '500153': 'Rongchang District',
  '500154': 'Kaizhou District',
  '500155': 'Liangping District',
  '500156': 'Wulong District',
  '500229': 'Chengkou County',
  '500230': 'Fengdu County',
  '500231': 'Dianjiang County',
  '500233': 'Zhong County',
  '500235': 'Yunyang County',
  '500236': 'Fengjie County',
  '500237': 'Wushan County',
  '500238': 'Wuxi County',
  '500240': 'Shizhu Tujia Autonomous County',
  '500241': 'Xiushan Tujia and Miao Autonomous County',
  '500242': 'Youyang Tujia and Miao Autonomous County',
  '500243': 'Pengshui Miao and Tujia Autonomous County',
  // 泸州市 Luzhou
  '510502': 'Jiangyang District',
  '510503': 'Naxi District',
  '510504': 'Longmatan District',
  '510521': 'Lu County',
  '510522': 'Hejiang County',
  '510524': 'Xuyong County',
  '510525': 'Gulin County',
  // 宜宾市 Yibin
  '511502': 'Cuiping District',
  '511503': 'Nanxi District',
  '511504': 'Xuzhou District',
  '511523': "Jiang'an County",
  '511524': 'Changning County',
  '511525': 'Gao County',
  '511526': 'Gong County',
  '511527': 'Junlian County',
  '511528': 'Xingwen County',
  '511529': 'Pingshan County',
  // 凉山彝族自治州 Liangshan
  '513401': 'Xichang City',
  '513402': 'Huili City',
  '513422': 'Muli Tibetan Autonomous County',
  '513423': 'Yanyuan County',
  '513424': 'Dechang County',
  '513426': 'Huidong County',
  '513427': 'Ningnan County',
  '513428': 'Puge County',
  '513429': 'Butuo County',
  '513430': 'Jinyang County',
  '513431': 'Zhaojue County',
  '513432': 'Xide County',
  '513433': 'Mianning County',
  '513434': 'Yuexi County',
  '513435': 'Ganluo County',
  '513436': 'Meigu County',
  '513437': 'Leibo County',
  // 遵义市 Zunyi
  '520302': 'Honghuagang District',
  '520303': 'Huichuan District',
  '520304': 'Bozhou District',
  '520322': 'Tongzi County',
  '520323': 'Suiyang County',
  '520324': "Zheng'an County",
  '520325': 'Daozhen Gelao and Miao Autonomous County',
  '520326': 'Wuchuan Gelao and Miao Autonomous County',
  '520327': 'Fenggang County',
  '520328': 'Meitan County',
  '520329': 'Yuqing County',
  '520330': 'Xishui County',
  '520381': 'Chishui City',
  '520382': 'Renhuai City',
  // 毕节市 Bijie
  '520502': 'Qixingguan District',
  '520521': 'Dafang County',
  '520523': 'Jinsha County',
  '520524': 'Zhijin County',
  '520525': 'Nayong County',
  '520526': 'Weining Yi, Hui and Miao Autonomous County',
  '520527': 'Hezhang County',
  '520581': 'Qianxi City',
  // 曲靖市 Qujing
  '530302': 'Qilin District',
  '530303': 'Zhanyi District',
  '530304': 'Malong District',
  '530322': 'Luliang County',
  '530323': 'Shizong County',
  '530324': 'Luoping County',
  '530325': 'Fuyuan County',
  '530326': 'Huize County',
  '530381': 'Xuanwei City',
  // 昭通市 Zhaotong
  '530602': 'Zhaoyang District',
  '530621': 'Ludian County',
  '530622': 'Qiaojia County',
  '530623': 'Yanjin County',
  '530624': 'Daguan County',
  '530625': 'Yongshan County',
  '530626': 'Suijiang County',
  '530627': 'Zhenxiong County',
  '530628': 'Yiliang County',
  '530629': 'Weixin County',
  '530681': 'Shuifu City',
};

/** Prefecture-level units: adcode → English name. */
export const PREFECTURE_NAMES_EN: Readonly<Record<string, string>> = {
  '500000': 'Chongqing Municipality',
  '510500': 'Luzhou City',
  '511500': 'Yibin City',
  '513400': 'Liangshan Yi Autonomous Prefecture',
  '520300': 'Zunyi City',
  '520500': 'Bijie City',
  '530300': 'Qujing City',
  '530600': 'Zhaotong City',
};

/** Province-level units: adcode → English name. */
export const PROVINCE_NAMES_EN: Readonly<Record<string, string>> = {
  '500000': 'Chongqing Municipality',
  '510000': 'Sichuan Province',
  '520000': 'Guizhou Province',
  '530000': 'Yunnan Province',
};

/** Rivers: Chinese name → stable id slug and English name. */
export const RIVER_NAMES: Readonly<Record<string, { slug: string; en: string }>> = {
  金沙江: { slug: 'jinsha', en: 'Jinsha River' },
  长江: { slug: 'yangtze', en: 'Yangtze River' },
  岷江: { slug: 'min', en: 'Min River' },
  沱江: { slug: 'tuo', en: 'Tuo River' },
  乌江: { slug: 'wu', en: 'Wu River' },
  大渡河: { slug: 'dadu', en: 'Dadu River' },
  赤水河: { slug: 'chishui', en: 'Chishui River' },
  雅砻江: { slug: 'yalong', en: 'Yalong River' },
  沅江: { slug: 'yuan', en: 'Yuan River' },
};

/** Looks a name up in one of the tables above and throws if it is missing (never guesses silently). */
export function nameEn(table: Readonly<Record<string, string>>, code: string, what: string): string {
  const name = table[code];
  if (name === undefined) throw new Error(`no English name for ${what} ${code}`);
  return name;
}
