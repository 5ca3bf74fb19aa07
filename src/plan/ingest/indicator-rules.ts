/**
 * Reviewed indicator rules: names the generic rule gets wrong, clauses that state several figures at
 * once, and targets written without Arabic figures. Every quote is verbatim seed text.
 */
import type { Comparator } from '../types.ts';

/** Renames (or re-compares) the generic indicator whose quote is exactly `quote`. */
export interface IndicatorPatch {
  documentId: string;
  quote: string;
  /** When the quote holds several figures: the one this patch is for, as written. */
  figure?: string;
  name?: string;
  comparator?: Comparator;
  /** Overrides the year found by the rules (null: the text gives none for this figure). */
  targetYear?: number | null;
  note?: string;
}

/** A clause stating several figures ("村庄生活垃圾处理率、行政村污水有效治理率分别提高到70%、60%以上"). */
export interface IndicatorGroup {
  documentId: string;
  /** The clause; it becomes the quote of every indicator of the group. */
  quote: string;
  /**
   * `quote` narrows one indicator to a phrase inside the clause ("叙永县5个"); its links come from that
   * phrase only.
   */
  indicators: { figure: string; occurrence?: number; name: string; quote?: string; comparator?: Comparator; note?: string }[];
}

/** A target written without an Arabic figure with a unit. */
export interface ExtraIndicator {
  documentId: string;
  quote: string;
  name: string;
  value: number | null;
  unit: string | null;
  comparator: Comparator;
  /** The words of the figure inside the quote ("两个百分点"), if any. */
  figure?: string;
  note: string;
}

/** All reviewed indicator rules. */
export interface IndicatorRules {
  patches: IndicatorPatch[];
  groups: IndicatorGroup[];
  extras: ExtraIndicator[];
}

/** The reviewed rules for the two seeds. */
export const INDICATOR_RULES: IndicatorRules = {
  patches: [
    { documentId: 'zt', quote: '产气量达20亿立方米以上', name: '页岩气产气量' },
    { documentId: 'zt', quote: '加快昭鲁大型灌区现代化改造和2个中型灌区建设', name: '中型灌区建设' },
    { documentId: 'zt', quote: '居民消费价格\n涨幅控制在3%以内', name: '居民消费价格涨幅' },
    { documentId: 'zt', quote: '确保省控以上地表水断面水质100%达标', name: '省控以上地表水断面水质达标率' },
    { documentId: 'zt', quote: '90%以上重要生态系统得到有效保护', name: '重要生态系统有效保护比例' },
    { documentId: 'lz', quote: '“南翼”地区实现地区生产总值700亿元以上', name: '地区生产总值' },
    { documentId: 'lz', quote: '成为300—500亿级企业', name: '龙头酱酒企业(郎酒)规模', note: 'Range of annual output value per enterprise.' },
    {
      documentId: 'lz',
      quote: '积极培育“小金花”仙潭、“小巨人”川酒、金美、沈酒等成为20—50亿级企业',
      name: '骨干酒企(仙潭、川酒、金美、沈酒等)规模',
      note: 'Range of annual output value per enterprise.',
    },
    { documentId: 'lz', quote: '10—20亿级企业1家', name: '培育10—20亿级企业' },
    { documentId: 'lz', quote: '2022年建成4个', name: '建成县域医疗次中心' },
    { documentId: 'lz', quote: '叙永县、古蔺县各2个', name: '建成县域医疗次中心(叙永县、古蔺县各)', note: 'Each of the two counties.' },
    { documentId: 'lz', quote: '启动2个', name: '启动县域医疗次中心' },
    { documentId: 'lz', quote: '叙永县、古蔺县各1个', name: '启动县域医疗次中心(叙永县、古蔺县各)', note: 'Each of the two counties.' },
    { documentId: 'lz', quote: '力争“南翼”地区林果综合产值达到200亿元以上', name: '林果综合产值' },
    { documentId: 'lz', quote: '“南翼”地区森林面积达495万亩', name: '森林面积' },
    { documentId: 'lz', quote: '“南翼”地区布局重大基础设施项目58个', name: '布局重大基础设施项目' },
    { documentId: 'lz', quote: '总投资1000亿元', name: '重大基础设施项目总投资' },
    { documentId: 'lz', quote: '实施446公里红色旅游路建设', name: '红色旅游路建设里程' },
    { documentId: 'lz', quote: '向工信部申报新建第四代移动通信技术(4G)基站325个', name: '申报新建4G基站' },
    { documentId: 'lz', quote: '其中“南翼”地区不少于150个', name: '申报新建4G基站(其中“南翼”地区)' },
    {
      documentId: 'lz',
      quote: '组组通宽带率达到98%',
      name: '组组通宽带率',
      targetYear: null,
      note: 'The "2022年度" earlier in the sentence names a telecom programme; it is not clearly the year of this figure.',
    },
    { documentId: 'lz', quote: '监测预警实现100%全覆盖', name: '监测预警覆盖率' },
    { documentId: 'lz', quote: '县、镇级应急避难场所全覆盖、村级避难点达80%', name: '村级避难点覆盖率' },
  ],
  groups: [
    {
      documentId: 'zt',
      quote: '实现产业和工业投资占比提升至40%、25%以上',
      indicators: [
        { figure: '40%', name: '产业投资占比', comparator: '>=', note: '"40%、25%以上": 以上 applies to both.' },
        { figure: '25%', name: '工业投资占比', comparator: '>=' },
      ],
    },
    {
      documentId: 'zt',
      quote: '加快80万吨工业硅和80万吨有机硅、70万吨绿色水电铝、光伏玻璃、光伏组件等一批重大项目建成投产',
      indicators: [
        { figure: '80万吨', quote: '80万吨工业硅', name: '工业硅项目产能', note: 'Capacity of a major project to be completed (建成投产).' },
        { figure: '80万吨', quote: '80万吨有机硅', name: '有机硅项目产能', note: 'Capacity of a major project to be completed (建成投产).' },
        { figure: '70万吨', quote: '70万吨绿色水电铝', name: '绿色水电铝项目产能', note: 'Capacity of a major project to be completed (建成投产).' },
      ],
    },
    {
      documentId: 'zt',
      quote: '村庄生活垃圾处理率、行政村污水有效治理率分别提高到70%、60%以上',
      indicators: [
        { figure: '70%', name: '村庄生活垃圾处理率', comparator: '>=', note: '"分别提高到70%、60%以上": 以上 applies to both.' },
        { figure: '60%', name: '行政村污水有效治理率', comparator: '>=' },
      ],
    },
    {
      documentId: 'zt',
      quote: '建成以5座500千伏、15座220千伏变电站为骨干网架的安全稳定电网',
      indicators: [
        { figure: '5座', name: '500千伏变电站' },
        { figure: '15座', name: '220千伏变电站' },
      ],
    },
    {
      documentId: 'lz',
      quote: '叙永县5个、古蔺县6个',
      indicators: [
        { figure: '5个', quote: '叙永县5个', name: '县域医疗次中心(叙永县)' },
        { figure: '6个', quote: '古蔺县6个', name: '县域医疗次中心(古蔺县)' },
      ],
    },
  ],
  extras: [
    {
      documentId: 'zt',
      quote: '居民人均可支配收入\n与经济增长同步',
      name: '居民人均可支配收入增长',
      value: null,
      unit: null,
      comparator: 'qualitative',
      note: 'In step with economic growth (the 2022 GDP target is 9%).',
    },
    {
      documentId: 'zt',
      quote: '力争常住人口城镇化率每年提高两个百分点以上',
      name: '常住人口城镇化率',
      value: 2,
      unit: '百分点',
      comparator: 'growth>=',
      figure: '两个百分点',
      note: 'Written in Chinese numerals: two percentage points a year or more.',
    },
    {
      documentId: 'zt',
      quote: '确保赤水河出境水质保持在Ⅱ类以上',
      name: '赤水河出境水质类别',
      value: 2,
      unit: '类',
      comparator: '<=',
      figure: 'Ⅱ类',
      note: 'Water quality class Ⅱ or better: "以上" means a better class, i.e. a class number of 2 or less.',
    },
    {
      documentId: 'lz',
      quote: '力争实现千亿产值、百亿税收',
      name: '酱酒产业产值',
      value: 1000,
      unit: '亿元',
      comparator: '>=',
      figure: '千亿',
      note: 'Written in Chinese numerals: 千亿 = 1000亿元.',
    },
    {
      documentId: 'lz',
      quote: '力争实现千亿产值、百亿税收',
      name: '酱酒产业税收',
      value: 100,
      unit: '亿元',
      comparator: '>=',
      figure: '百亿',
      note: 'Written in Chinese numerals: 百亿 = 100亿元.',
    },
  ],
};
