/**
 * Numbers with units: finds every Arabic figure followed by a unit ("20万吨", "300—500亿级", "2.5:1"),
 * as the indicator extractor and the completeness check both need them.
 */
import type { Span } from '../types.ts';

/** Units the finder knows, longest first so "万人次" wins over "万人" and "人". */
export const UNITS: readonly string[] = [
  '亿立方米', '万立方米', '立方米', '微克/立方米', '万平方米', '平方米', '平方公里', '万千瓦时', '亿千瓦时', '千瓦时', '万千瓦',
  '千瓦', '千伏', 'KV', 'kV', '亿吨', '万吨', '吨', '万亩', '亩', '万公顷', '公顷', '万亿元', '亿元', '万元', '元', '亿美元', '美元',
  '亿人次', '万人次', '人次', '万人', '人', '公里', '分钟', '周年', '亿级', 'A级', '个百分点', '百分点', '米', '%', '％',
  '万个', '个', '座', '所', '万户', '户', '万家', '家', '件', '条', '倍', '级', '年', '项', '处', '类', '天', '万头', '头', '万株',
  '株', '部', '亿斤', '万斤', '斤', '岁', '万辆', '辆', '万套', '套', '张', '台', '艘', '架', '列', '名', '次', '场', '批',
  '万名', '万台', '万张', '万美元', '万标箱', '标箱', '栋', '万栋',
  // Last resort: "70万妇女", "200万群众" count people (or things) with 万 and a noun, no measure word.
  '万',
].slice().sort((a, b) => b.length - a.length);

/** A figure with its unit as written. */
export interface NumberMatch {
  /** The figure and unit, e.g. "20万吨" or "300—500亿级". */
  span: Span;
  /** The figure part only. */
  valueSpan: Span;
  value: number;
  /** Upper bound of a range ("300—500"). */
  valueMax?: number;
  /** As written; ":1" for a ratio. */
  unit: string;
  /** The figure and unit as written. */
  text: string;
}

const FIGURE = /(\d+(?:\.\d+)?)(?:\s*[—–~～-]\s*(\d+(?:\.\d+)?))?/g;
const RATIO = /^[:：∶](\d+)/;
/** A range whose first figure carries the unit too ("5%—5.5%"): dash, figure, the same unit. */
const UNIT_RANGE = /^\s*[—–~～-]\s*(\d+(?:\.\d+)?)/;

/** Finds every figure followed by a known unit, in text order. Figures glued to Latin letters (G352, 5G, PM2.5)
 * and ordinals (第3次) are skipped; "5%—5.5%" is one range. */
export function findNumbers(text: string, within?: Span): NumberMatch[] {
  const start = within?.start ?? 0;
  const end = within?.end ?? text.length;
  const slice = text.slice(start, end);
  const out: NumberMatch[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(slice); m; m = FIGURE.exec(slice)) {
    const at = start + m.index;
    const before = text[at - 1] ?? '';
    if (/[A-Za-z0-9.]/.test(before)) continue;
    // An ordinal ("第3次", "第2位") counts nothing.
    if (before === '第') continue;
    const after = start + m.index + m[0].length;
    const rest = text.slice(after, Math.min(after + 8, end));
    const value = Number(m[1]);
    const valueMax = m[2] !== undefined ? Number(m[2]) : undefined;
    const ratio = RATIO.exec(rest);
    if (ratio && valueMax === undefined) {
      const len = m[0].length + ratio[0].length;
      out.push({ span: { start: at, end: at + len }, valueSpan: { start: at, end: at + m[0].length }, value, unit: `:${ratio[1]}`, text: text.slice(at, at + len) });
      continue;
    }
    const unit = UNITS.find((u) => rest.startsWith(u));
    if (!unit) continue;
    let stop = after + unit.length;
    let max = valueMax;
    const range = max === undefined ? UNIT_RANGE.exec(text.slice(stop, Math.min(stop + 12, end))) : null;
    if (range?.[1] !== undefined && text.startsWith(unit, stop + range[0].length)) {
      max = Number(range[1]);
      stop += range[0].length + unit.length;
      FIGURE.lastIndex = stop - start;
    }
    const span = { start: at, end: stop };
    out.push({
      span,
      valueSpan: { start: at, end: max !== valueMax ? stop : after },
      value,
      ...(max !== undefined ? { valueMax: max } : {}),
      unit,
      text: text.slice(span.start, span.end),
    });
  }
  return out;
}
