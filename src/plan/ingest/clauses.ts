/**
 * Clause and piece finding for indicators, and the words around a figure: comparator, year, name.
 */
import type { Comparator, Span } from '../types.ts';
import type { NumberMatch } from './numbers.ts';
import { findNumbers } from './numbers.ts';
import { SENTENCE_END, squash } from './text.ts';

const DELIM = /[,,;;。::!?!?]/;
const OPEN = /[((]/;
const CLOSE = /[))]/;

/** True when the bracket group opening at `open` holds a figure with a unit (then it bounds a clause). */
function groupHasDigit(text: string, open: number, end: number): boolean {
  for (let i = open + 1; i < end; i++) {
    if (CLOSE.test(text[i] ?? '')) return findNumbers(text, { start: open + 1, end: i }).length > 0;
  }
  return false;
}

/** Same as {@link groupHasDigit} for the group closing at `close`. */
function groupBackHasDigit(text: string, close: number, start: number): boolean {
  for (let i = close - 1; i >= start; i--) {
    if (OPEN.test(text[i] ?? '')) return findNumbers(text, { start: i + 1, end: close }).length > 0;
  }
  return false;
}

/**
 * The clause around `pos` inside `bounds`: delimited by , ; 。 : and by brackets that hold figures
 * ("(2万亩国家储林基地、1万亩珍贵树种基地)"); brackets without figures ("执业(助理)医师") stay inside.
 */
export function clauseAt(text: string, pos: number, bounds: Span): Span {
  // A colon between digits is a ratio ("2.5:1"), not a delimiter.
  const isDelim = (i: number): boolean => DELIM.test(text[i] ?? '') && !(/[::]/.test(text[i] ?? '') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  let start = pos;
  while (start > bounds.start) {
    const c = text[start - 1] ?? '';
    if (isDelim(start - 1)) break;
    if (OPEN.test(c) && groupHasDigit(text, start - 1, bounds.end)) break;
    if (CLOSE.test(c) && groupBackHasDigit(text, start - 1, bounds.start)) break;
    start--;
  }
  let end = pos;
  while (end < bounds.end) {
    const c = text[end] ?? '';
    if (isDelim(end)) break;
    if (CLOSE.test(c) && groupBackHasDigit(text, end, bounds.start)) break;
    if (OPEN.test(c) && groupHasDigit(text, end, bounds.end)) break;
    end++;
  }
  return { start, end };
}

/** Splits a clause into pieces at "、" and at "和" directly before a figure. */
export function piecesOf(text: string, clause: Span): Span[] {
  const out: Span[] = [];
  let start = clause.start;
  for (let i = clause.start; i < clause.end; i++) {
    const c = text[i];
    if (c === '、' || (c === '和' && /\d/.test(text[i + 1] ?? ''))) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: clause.end });
  return out.filter((p) => p.end > p.start);
}

/** Units that qualify a thing ("150亿级企业", "500千伏变电站") rather than count it. */
export const QUALIFIER_UNITS = new Set(['亿级', '级', 'A级', '千伏', 'KV', 'kV', '米']);

/** A year marker: "到2025年", "2022年(度)", "“十四五”末" / "“十四五”期间" (→ 2025). */
const YEAR_MARKER = /(?:到|至)?(\d{4})年(?![\d月])度?|“?十四五”?(?:末|期间)/g;

/** A year marker found in the text. */
export interface YearMarker {
  span: Span;
  year: number;
  text: string;
}

/** All year markers within `bounds`. */
export function yearMarkers(text: string, bounds: Span): YearMarker[] {
  const out: YearMarker[] = [];
  const slice = text.slice(bounds.start, bounds.end);
  YEAR_MARKER.lastIndex = 0;
  for (let m = YEAR_MARKER.exec(slice); m; m = YEAR_MARKER.exec(slice)) {
    const year = m[1] ? Number(m[1]) : 2025;
    if (year < 1900 || year > 2100) continue;
    out.push({ span: { start: bounds.start + m.index, end: bounds.start + m.index + m[0].length }, year, text: m[0] });
  }
  return out;
}

/** Sentences of a span (each ends after 。!? or at the span end). */
export function sentences(text: string, bounds: Span): Span[] {
  const out: Span[] = [];
  let start = bounds.start;
  for (let i = bounds.start; i < bounds.end; i++) {
    if (SENTENCE_END.test(text[i] ?? '')) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < bounds.end) out.push({ start, end: bounds.end });
  return out;
}

/** Year of a figure: the nearest marker before it in its sentence, or the one the previous sentence opens with. */
export function yearFor(text: string, pos: number, body: Span): { year: number; evidence: string } | null {
  const sents = sentences(text, body);
  const idx = sents.findIndex((s) => pos >= s.start && pos < s.end);
  const here = sents[idx];
  if (!here) return null;
  const own = yearMarkers(text, { start: here.start, end: pos });
  const last = own[own.length - 1];
  if (last) return { year: last.year, evidence: last.text };
  const prev = sents[idx - 1];
  const first = prev ? yearMarkers(text, prev)[0] : undefined;
  if (!prev || !first) return null;
  const lead = squash(text.slice(prev.start, first.span.start)).replace(/^力争/, '');
  return lead === '' ? { year: first.year, evidence: `${first.text} (stated at the start of the previous sentence)` } : null;
}

/** Comparator from the words around a figure. */
export function comparatorFor(text: string, n: NumberMatch, pieceStart: number): Comparator {
  if (n.unit.startsWith(':')) return 'ratio';
  const after = text.slice(n.span.end, n.span.end + 2);
  const before = text.slice(Math.max(pieceStart, n.span.start - 5), n.span.start);
  const atLeast = after === '以上';
  if (/(增长|每年提高)$/.test(before)) return atLeast ? 'growth>=' : 'growth';
  if (atLeast || /(不少于|突破|超过)$/.test(before)) return '>=';
  if (after === '以内' || after === '以下' || /(控制在|不超过)$/.test(before)) return '<=';
  return '=';
}

const VERBS = [
  '新改扩建', '改造提升', '推动创建', '规划建设', '加快建设', '培养引进', '新建', '新增', '建成', '创建', '培育', '打造',
  '建设', '实施', '发展', '提升', '开工', '启动', '争创',
];

/** Leading verb of a piece (after year and 力争 words), for 、-lists that share it. */
export function leadingVerb(name: string): string | null {
  return VERBS.find((v) => name.startsWith(v)) ?? null;
}

const STRIP_BEFORE = /(年均增长|每年提高|提高到|提升至|稳定在|控制在|不少于|达到|突破|超过|增长|提高|达)$/;
const STRIP_LEAD = /^(其中|确保完成|确保|力争实现|力争|争取|实现|完成|形成)/;

/** Name of what a figure measures: the piece without figure, comparator words, year phrases. */
export function nameFor(text: string, piece: Span, n: NumberMatch): string {
  let before = text.slice(piece.start, n.span.start);
  let after = text.slice(n.span.end, piece.end).replace(/^(以上|以内|以下)/, '');
  before = before.replace(YEAR_MARKER, '').replace(/^[,,\s]+/, '');
  for (let i = 0; i < 3; i++) before = before.replace(STRIP_BEFORE, '').replace(STRIP_LEAD, '').replace(/^[,,\s]+/, '');
  before = before.replace(/(分别|每年|年均)/g, '');
  after = after.replace(/^的/, '');
  let name = squash(before + after);
  name = name.replace(/^[“”、,,]+|[、,,]+$/g, '');
  if ((name.match(/“/g) ?? []).length !== (name.match(/”/g) ?? []).length) name = name.replace(/[“”]/g, '');
  if (/^[((]/.test(name) && !/[))]/.test(name)) name = name.slice(1);
  if (/[))]$/.test(name) && !/[((]/.test(name)) name = name.slice(0, -1);
  return name;
}
