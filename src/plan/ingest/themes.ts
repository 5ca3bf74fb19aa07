/**
 * Themes: one taxonomy for both plans, assigned from a reviewed keyword table plus section defaults.
 *
 * A theme is assigned when the task text (without its units parenthesis) contains at least
 * {@link MIN_DISTINCT_KEYWORDS} distinct keywords of the theme, or when a reviewed section or task default
 * (curated.ts) names it. A task that gets no theme that way takes every theme with one keyword.
 * The keywords found are kept as evidence.
 */
import type { Theme } from '../types.ts';
import { THEMES } from '../types.ts';

/** Distinct keyword hits a theme needs without a section default. */
export const MIN_DISTINCT_KEYWORDS = 2;

/** The reviewed keyword table (geodata/PLAN-FORMAT.md reproduces it). */
export const THEME_KEYWORDS: Readonly<Record<Theme, readonly string[]>> = {
  industry: [
    '产业链', '工业', '企业', '园区', '制造', '工业硅', '有机硅', '铝', '新材料', '酱酒', '白酒', '酒类', '招商',
    '产值', '产能', '建材', '水泥', '大理石', '钙基', '市场主体', '产业集群', '生产总值', '固定资产投资',
    '零售总额', '消费价格', '预算收入', '经济', '纺织', '五金', '磷', '浆纸', '营商环境', '上市',
  ],
  rural: [
    '乡村振兴', '乡村', '农村', '农业', '农户', '农民', '耕地', '粮', '合作社', '家庭农场', '林果', '果业', '甜橙',
    '猕猴桃', '脆李', '高粱', '林竹', '竹笋', '脱贫', '村庄', '村级', '农产品', '三农', '养殖', '种植', '高原特色',
  ],
  transport: [
    '交通', '公路', '高速', '铁路', '高铁', '机场', '航空', '民航', '水运', '物流', '互通', '路网', '客运',
    '红色旅游路', '快捷大通道', '通道', '疏港',
  ],
  energy: [
    '能源', '电网', '变电站', '风电', '光伏', '太阳能', '水电', '页岩气', '天然气', '煤层气', '电煤', '煤炭',
    '充电', '千伏', '余热发电', '风光水储', '油气', '电源',
  ],
  water: ['水利', '水库', '灌区', '供水', '引调水', '水源', '防洪', '饮水', '水资源', '水窖', '河流'],
  ecology: [
    '生态', '环保', '污染', '排放', '碳', '森林', '林长', '湿地', '生物多样性', '河长', '禁渔', '水质', '石漠化',
    '公益林', '退耕还林', '减排', '节能', '土壤', '空气', '扬尘', '保护修复', '自然保护地', '绿色低碳', '人居环境',
    '垃圾', '污水', '废物', '固废', '绿水青山', '流域',
  ],
  'culture-tourism': [
    '旅游', '文化', '红色', '长征', '景区', '文旅', '康养', '避暑', '度假', '陈列馆', '名城', '名镇名村', '演艺',
    '民俗', '庄园', '旅居', '休闲', '步道', '文艺', '历史',
  ],
  urban: [
    '城镇化', '城市', '县城', '新区', '城乡融合', '老旧小区', '国土空间', '集镇', '搬迁', '同城化', '副中心',
    '海绵城市', '社区生活圈', '城乡', '宜居', '人口',
  ],
  social: [
    '教育', '学校', '幼儿园', '高中', '教师', '医疗', '医院', '卫生', '养老', '健康', '人才', '就业', '社会保障',
    '民族', '宗教', '普法', '扫黑', '禁毒', '信访', '全民健身', '科学素质', '可支配收入', '民生', '医养', '增收',
    '公共服务', '干部',
  ],
  digital: ['数字', '5G', '4G', '宽带', '光纤', '通信', '信息', '互联网', '智慧', '智能', '电商', '基站', '数字化'],
  safety: [
    '应急', '防灾', '减灾', '救灾', '地质灾害', '避险', '安全隐患', '防火', '防灭火', '救援', '避难', '风险',
    '洪水', '生产安全', '病险', '平安', '急救',
  ],
};

/** Themes and the evidence that decided them. */
export interface ThemeResult {
  themes: Theme[];
  evidence: Partial<Record<Theme, string[]>>;
}

/**
 * Assigns themes to a task text.
 * @param text the task text without its units parenthesis
 * @param defaults reviewed section defaults (always assigned, evidence "section default")
 */
export function assignThemes(text: string, defaults: readonly Theme[]): ThemeResult {
  const evidence: Partial<Record<Theme, string[]>> = {};
  const themes: Theme[] = [];
  const hitsBy = new Map<Theme, string[]>();
  for (const theme of THEMES) {
    const hits = THEME_KEYWORDS[theme].filter((k) => text.includes(k));
    // A keyword contained in a longer hit of the same theme ("工业" in "工业硅") counts once.
    const distinct = hits.filter((k) => !hits.some((o) => o !== k && o.includes(k)));
    hitsBy.set(theme, distinct);
    const isDefault = defaults.includes(theme);
    if (isDefault || distinct.length >= MIN_DISTINCT_KEYWORDS) {
      themes.push(theme);
      evidence[theme] = isDefault ? ['section default', ...distinct] : distinct;
    }
  }
  if (themes.length === 0) {
    // Short texts ("地区生产总值 增长9%"): every theme with a single keyword.
    for (const theme of THEMES) {
      const hits = hitsBy.get(theme) ?? [];
      if (hits.length > 0) {
        themes.push(theme);
        evidence[theme] = hits;
      }
    }
  }
  return { themes, evidence };
}
