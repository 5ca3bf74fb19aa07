/**
 * Clause and piece finding for indicators, and the words around a figure: comparator, year, name.
 */
import type { Comparator, Span } from '../types.ts';
import type { NumberMatch } from './numbers.ts';
import { findNumbers } from './numbers.ts';
import { SENTENCE_END, squash } from './text.ts';

const DELIM = /[,，;；。:：!?！？]/;
const OPEN = /[(（]/;
const CLOSE = /[)）]/;

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
  const isDelim = (i: number): boolean => DELIM.test(text[i] ?? '') && !(/[:：]/.test(text[i] ?? '') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
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

/**
 * A year marker: "到2025年", "2022年(度)", "二〇三五年", "“十四五”末" / "“十五五”时期" (the end year of that
 * five-year plan: 十四五 → 2025, 十五五 → 2030), "今年" / "全年" (the document's year), "明年".
 */
const YEAR_MARKER = /(?:到|至)?(\d{4})年(?![\d月])度?|(?:到|至)?([二〇○零一三四五六七八九]{4})年(?!月)|“?十([一二三四五六七八九])五”?(?:规划)?(?:末|期末|期间|时期)|今年|全年|明年/g;

/** Words before a year that make it a baseline or a reference, not the year a target is due. */
const NOT_GOVERNING_BEFORE = /[比较自从]$|[与同]$/;
/** Words after a year that make it a reference ("2035年远景目标", "2020年以来"). */
const NOT_GOVERNING_AFTER = /^(?:远景|愿景|以来|以前|前[,，、]|的基础上)/;

const CN_YEAR_DIGITS: Record<string, string> = { 〇: '0', '○': '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const CN_ORDINAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A year marker found in the text. */
export interface YearMarker {
  span: Span;
  year: number;
  text: string;
}

function markerYear(m: RegExpExecArray, docYear: number | undefined): number | null {
  if (m[1]) return Number(m[1]);
  if (m[2]) return Number([...m[2]].map((c) => CN_YEAR_DIGITS[c] ?? '').join(''));
  if (m[3]) return 1955 + 5 * (10 + (CN_ORDINAL[m[3]] ?? NaN));
  if (docYear === undefined) return null;
  return m[0] === '明年' ? docYear + 1 : docYear;
}

/**
 * All year markers within `bounds` that can govern a figure (baselines "比2020年" and references
 * "2035年远景目标" excluded). `docYear` reads 今年/全年 (and 明年); without it they are not markers.
 */
export function yearMarkers(text: string, bounds: Span, docYear?: number): YearMarker[] {
  const out: YearMarker[] = [];
  const slice = text.slice(bounds.start, bounds.end);
  YEAR_MARKER.lastIndex = 0;
  for (let m = YEAR_MARKER.exec(slice); m; m = YEAR_MARKER.exec(slice)) {
    const year = markerYear(m, docYear);
    if (year === null || !(year >= 1900 && year <= 2100)) continue;
    const start = bounds.start + m.index;
    const end = start + m[0].length;
    if (NOT_GOVERNING_BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
    if (NOT_GOVERNING_AFTER.test(text.slice(end, end + 5))) continue;
    out.push({ span: { start, end }, year, text: m[0] });
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
export function yearFor(text: string, pos: number, body: Span, docYear?: number): { year: number; evidence: string } | null {
  const sents = sentences(text, body);
  const idx = sents.findIndex((s) => pos >= s.start && pos < s.end);
  const here = sents[idx];
  if (!here) return null;
  const own = yearMarkers(text, { start: here.start, end: pos }, docYear);
  const last = own[own.length - 1];
  if (last) return { year: last.year, evidence: last.text };
  const prev = sents[idx - 1];
  const first = prev ? yearMarkers(text, prev, docYear)[0] : undefined;
  if (!prev || !first) return null;
  const lead = squash(text.slice(prev.start, first.span.start)).replace(/^力争/, '');
  return lead === '' ? { year: first.year, evidence: `${first.text} (stated at the start of the previous sentence)` } : null;
}

/** Delimiters of the sentence a place mention belongs to (a semicolon or a line ends it too). */
const MENTION_SENTENCE_END = /[。；;！？!?\n]/;

/**
 * The year governing a place mention: the nearest year marker before it in its sentence, or null. Computed
 * once at ingest and stored on the link (`Link.year`), so the phase view needs no plan text.
 */
export function mentionYear(text: string, span: Span, docYear?: number): number | null {
  let start = span.start;
  while (start > 0 && !MENTION_SENTENCE_END.test(text[start - 1] ?? '')) start--;
  const markers = yearMarkers(text, { start, end: span.start }, docYear);
  return markers[markers.length - 1]?.year ?? null;
}

/** Comparator from the words around a figure. */
export function comparatorFor(text: string, n: NumberMatch, pieceStart: number): Comparator {
  if (n.unit.startsWith(':')) return 'ratio';
  const after = text.slice(n.span.end, n.span.end + 2);
  const before = text.slice(Math.max(pieceStart, n.span.start - 5), n.span.start);
  const atLeast = after === '以上';
  const about = after === '左右';
  if (/(增长|每年提高)$/.test(before)) return atLeast ? 'growth>=' : about ? 'growth~' : 'growth';
  if (/提高$/.test(before) && /百分点$/.test(n.unit)) return atLeast ? 'growth>=' : 'growth';
  if (/(下降|降低|减少|压减|缩小)$/.test(before)) return 'decline';
  if (about) return '~';
  if (atLeast || /(不少于|不低于|突破|超过|高于|超)$/.test(before)) return '>=';
  if (after === '以内' || after === '以下' || /(控制在|不超过|不高于|低于)$/.test(before)) return '<=';
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

const STRIP_BEFORE = /(年均增长|每年提高|提高到|提高至|提升到|提升至|下降到|下降至|降低到|降至|稳定在|保持在|控制在|不少于|不低于|达到|突破|超过|增长|提高|达|超)$/;
const STRIP_LEAD = /^(其中|确保完成|确保|力争实现|力争|争取|实现|完成|形成)/;

/** Name of what a figure measures: the piece without figure, comparator words, year phrases. */
export function nameFor(text: string, piece: Span, n: NumberMatch): string {
  let before = text.slice(piece.start, n.span.start);
  let after = text.slice(n.span.end, piece.end).replace(/^(以上|以内|以下|左右)/, '');
  before = before.replace(YEAR_MARKER, '').replace(/^[,，\s]+/, '');
  for (let i = 0; i < 3; i++) before = before.replace(STRIP_BEFORE, '').replace(STRIP_LEAD, '').replace(/^[,，\s]+/, '');
  before = before.replace(/(分别|每年|年均)/g, '');
  after = after.replace(/^的/, '');
  let name = squash(before + after);
  name = name.replace(/^[“”、,，：:]+|[、,，]+$/g, '');
  if ((name.match(/“/g) ?? []).length !== (name.match(/”/g) ?? []).length) name = name.replace(/[“”]/g, '');
  if (/^[(（]/.test(name) && !/[)）]/.test(name)) name = name.slice(1);
  if (/[)）]$/.test(name) && !/[(（]/.test(name)) name = name.slice(0, -1);
  return name;
}
