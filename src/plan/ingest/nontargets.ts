/**
 * Numbers with units that are not targets: dates (by rule) and a reviewed list (by reading), each with
 * a reason. The completeness check counts every other number as a target that an indicator must cover.
 */
import type { NonTarget, Span } from '../types.ts';
import type { NumberMatch } from './numbers.ts';
import { findAll, within } from './text.ts';

/** A reviewed non-target: `number` (as written) inside every occurrence of `context`. */
export interface NonTargetRule {
  documentId: string;
  context: string;
  number: string;
  reason: string;
}

/** Reviewed list (read in the seeds; each context occurs verbatim). */
export const NON_TARGET_RULES: readonly NonTargetRule[] = [
  { documentId: 'zt', context: '昭通市第五届人民政府5年工作展望', number: '5年', reason: 'subtitle: the five-year term the outlook covers' },
  { documentId: 'zt', context: '未来5年,是昭通', number: '5年', reason: 'the five-year period, not a target' },
  { documentId: 'zt', context: '加快动能转换的关键5年', number: '5年', reason: 'the five-year period, not a target' },
  { documentId: 'zt', context: '年产70万吨绿色水电铝项目 供图', number: '70万吨', reason: 'photo caption (the target itself is in zt-s2-2)' },
  { documentId: 'zt', context: '爱国卫生“7个专项行动”', number: '7个', reason: 'name of a programme ("7个专项行动")' },
  { documentId: 'zt', context: '构建15分钟社区生活圈', number: '15分钟', reason: 'name of a planning concept (15-minute community life circle)' },
  { documentId: 'zt', context: '着力加强3万人口规模重要节点集镇发展', number: '3万人', reason: 'size class of the towns meant ("3万人口规模"), not a target' },
  { documentId: 'lz', context: '创建国家5A级景区', number: '5A级', reason: 'a rating class (national 5A scenic area); the target is the creation itself' },
  { documentId: 'lz', context: '提前策划“四渡赤水”90周年系列宣传活动', number: '90周年', reason: 'an anniversary (1935 + 90 = 2025), not a target' },
  { documentId: 'lz', context: '高(900—1200米)', number: '900—1200米', reason: 'altitude band of the high-altitude orchard zone' },
  { documentId: 'lz', context: '中(700—900米)', number: '700—900米', reason: 'altitude band of the mid-altitude orchard zone' },
  { documentId: 'lz', context: '低(700米以下)', number: '700米', reason: 'altitude band of the low-altitude orchard zone' },
  { documentId: 'lz', context: '启动500KV变电站前期工作', number: '500KV', reason: 'voltage class of the substation meant (the target is starting preliminary work)' },
];

/** A text region whose figures are not targets, with the reason (review of past work, framework, banners). */
export interface Region {
  span: Span;
  reason: string;
}

/** A sentence that reports past work ("这五年，…", "一年来，…", "去年…"). */
const RETROSPECTIVE_SENTENCE = /^[^，,。；;]{0,8}?(?:这五年|五年来|一年来|过去一年|过去的一年|过去五年|过去的五年|去年|刚刚过去的)/;

/** Words after a figure that count the parts or indicators of the document itself ("9个方面", "22项主要指标"). */
const SELF_COUNT = /^(?:个)?(?:方面|大方面|项主要指标|主要指标|项指标|指标)/;

/** Start of the sentence holding `pos` (after the previous 。！？!? or line break). */
function sentenceStartAt(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !/[。！？!?\n]/.test(text[i - 1] ?? '')) i--;
  return i;
}

/** Why a figure is not a target by the language of plans in general, or null. */
export function genericReason(text: string, n: NumberMatch, regions: readonly Region[]): string | null {
  const region = regions.find((r) => within(n.span, r.span));
  if (region) return region.reason;
  const start = sentenceStartAt(text, n.span.start);
  if (RETROSPECTIVE_SENTENCE.test(text.slice(start, n.span.start))) return 'a sentence reporting past work (这五年, 一年来, 去年…): an achievement, not a target';
  if (SELF_COUNT.test(text.slice(n.span.end, n.span.end + 5))) return 'counts the parts or indicators of the document itself';
  if (n.unit === '周年') return 'an anniversary, not a target';
  if (n.unit === '分钟' && /圈/.test(text.slice(n.span.end, n.span.end + 12))) return 'the size of an N-minute circle (a planning concept), not a target';
  const after = text.slice(n.span.end, n.span.end + 2);
  const before = text.slice(Math.max(0, n.span.start - 3), n.span.start);
  if (!n.unit.endsWith('级') && after.startsWith('级')) return `a size class (${n.text}级: a berth, ship or plant class), not a target`;
  if (n.unit === '年' && /(?:延长|为期|期限)$/.test(before)) return 'a duration (a policy term, 延长N年), not a target';
  if ((n.unit === '公里' || n.unit === '米') && (/(?:沿线|岸线|两岸|两侧|半径)$/.test(before) || after.startsWith('范围'))) {
    return 'a buffer distance (沿线/岸线 N公里 范围), not a target';
  }
  const open = text.lastIndexOf('“', n.span.start);
  const close = text.indexOf('”', n.span.end);
  const short = close - open <= 12 || open === n.span.start - 1;
  if (open !== -1 && close !== -1 && close - open <= 24 && short && text.lastIndexOf('”', n.span.start) < open && !/[，。；、]/.test(text.slice(open, close))) {
    return `inside the quoted name ${text.slice(open, close + 1)}: the name of a programme or concept`;
  }
  return null;
}

/** True for "2022年", "2022年度" and dates: a year, not a figure. */
export function isDate(text: string, n: NumberMatch): boolean {
  if (n.unit !== '年' || n.valueMax !== undefined || !Number.isInteger(n.value)) return false;
  if (n.value < 1900 || n.value > 2100) return false;
  return /^(度|\d|)/.test(text.slice(n.span.end, n.span.end + 1));
}

/**
 * Classifies numbers of one document as non-targets: dates, the reviewed list, then the generic rules
 * ({@link genericReason}: regions such as reviews of past work, retrospective sentences, counts of the
 * document's own parts, figures inside short quoted names).
 * Throws when a reviewed rule matches nothing: the list must stay in step with the seeds.
 */
export function nonTargets(documentId: string, text: string, numbers: readonly NumberMatch[], regions: readonly Region[] = []): NonTarget[] {
  const out: NonTarget[] = [];
  const rules = NON_TARGET_RULES.filter((r) => r.documentId === documentId);
  const used = new Set<NonTargetRule>();
  for (const n of numbers) {
    if (isDate(text, n)) {
      out.push({ documentId, span: n.span, quote: n.text, reason: 'a date (year), not a figure' });
      continue;
    }
    const rule = rules.find((r) => r.number === n.text && findAll(text, r.context).some((c: Span) => within(n.span, c)));
    if (rule) {
      used.add(rule);
      out.push({ documentId, span: n.span, quote: n.text, reason: rule.reason });
      continue;
    }
    const reason = genericReason(text, n, regions);
    if (reason) out.push({ documentId, span: n.span, quote: n.text, reason });
  }
  const unused = rules.filter((r) => !used.has(r));
  if (unused.length > 0) {
    throw new Error(`non-target rules match nothing in ${documentId}: ${unused.map((r) => r.context).join('; ')}`);
  }
  return out;
}
