/**
 * Numbers with units: finds every Arabic figure followed by a unit ("20万吨", "300—500亿级", "2.5:1"),
 * as the indicator extractor and the completeness check both need them.
 */
import type { Span } from '../types.ts';

/** Units the finder knows, longest first so "万人次" wins over "万人" and "人". */
export const UNITS: readonly string[] = [
  '亿立方米', '万立方米', '立方米', '万千瓦', '千瓦', '千伏', 'KV', 'kV', '万吨', '吨', '万亩', '亩', '亿元', '万元',
  '元', '万人次', '人次', '万人', '人', '公里', '分钟', '周年', '亿级', 'A级', '百分点', '米', '%', '%', '个', '座',
  '所', '户', '家', '件', '条', '倍', '级', '年', '项', '处', '类', '天',
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

const FIGURE = /(\d+(?:\.\d+)?)(?:\s*[—–~-]\s*(\d+(?:\.\d+)?))?/g;
const RATIO = /^[::](\d+)/;

/** Finds every figure followed by a known unit, in text order. Figures glued to Latin letters (G352, 5G) are skipped. */
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
    const after = start + m.index + m[0].length;
    const rest = text.slice(after, Math.min(after + 4, end));
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
    const span = { start: at, end: after + unit.length };
    out.push({
      span,
      valueSpan: { start: at, end: after },
      value,
      ...(valueMax !== undefined ? { valueMax } : {}),
      unit,
      text: text.slice(span.start, span.end),
    });
  }
  return out;
}
