/**
 * Segmenter: a seed text → classified blocks (headings, numbered units, paragraphs, target pairs),
 * with layout breaks joined and recorded.
 *
 * Markers it understands (geodata/PLAN-FORMAT.md explains them for planners):
 * - the document title line (a prefix of the title in seeds/index.json) and an optional "——" subtitle:
 *   everything up to there is front matter (covering letter, addressees, date);
 * - numbered units at line starts, in any nesting order (the first style met is the outermost): `一、`,
 *   `第一章`, `第一节`, `(一)` / `（一）`, `1.` / `1、` / `1．`, `(1)` / `（1）`, `①`; a marker broken by a
 *   line break ("（" + "三）…") or that lost its opening bracket ("三）…") is read and flagged;
 * - an unnumbered short line without punctuation: a heading ("着力…战略", "抓好“八个坚持”");
 * - a heading `YYYY年目标` followed by label/value line pairs: a target block;
 * - newspaper captions and bylines (…供图, …摄, …整理, 本报记者…, 图为…), web page banners (来源：, 【字体：, 分享到,
 *   dates, one-character menu lines) and the link list from "相关报道：" on: skipped and recorded;
 * - a paragraph that ends mid-sentence and is followed by a paragraph: a layout break, joined and recorded.
 */
import type { Span } from '../types.ts';
import { ANY_PUNCT, endsComplete, findAnchor, splitLines, trimSpan } from './text.ts';

/** Classified unit of a seed's layout. */
export type BlockKind =
  | 'caption'
  | 'banner'
  | 'links'
  | 'part'
  | 'chapter'
  | 'item'
  | 'heading'
  | 'target-heading'
  | 'target'
  | 'paragraph';

/** A layout break found between two paragraphs. */
export interface BreakPoint {
  /** Last words before the break through the first words after it (verbatim, with the blank lines). */
  span: Span;
  /** False when a reviewed rule says text was lost and the parts must not be joined. */
  joined: boolean;
  /** Reviewed note, if any. */
  note?: string;
}

/** A classified block of text. */
export interface Block {
  kind: BlockKind;
  span: Span;
  /** Numbering marker ("四、", "(二)", "1."), for parts, chapters and items. */
  marker?: Span;
  /** For target pairs: the label line. */
  label?: Span;
  /** The paragraph resumes after lost text (a reviewed lost-text rule). */
  fragment?: boolean;
  /** Lead sentence fixed by a reviewed rule (its span within the block). */
  forcedLead?: Span;
  /** Reviewed note explaining a structure decision. */
  note?: string;
  /** Numbering style of a numbered unit ("cn、", "(cn)", "1.", "(1)", "①", "章", "节"). */
  style?: string;
  /** The number its marker states. */
  number?: number;
}

/** Text the segmenter skipped (captions, page banners, link lists), recorded with the reason. */
export interface Skipped {
  span: Span;
  reason: string;
}

/** Reviewed structure rules for one document (see curated.ts). */
export interface StructureRules {
  /** A break right after `anchor` lost text: do not join; the next paragraph is a fragment. */
  lostText: { anchor: string; note: string }[];
  /** Split the paragraph before `anchor`, which is the lead sentence of a new item. */
  splitLeads: { anchor: string; note: string }[];
  /** The paragraph starting with `anchor` is a lead item whose lead is `anchor`. */
  leads: { anchor: string; note: string }[];
  /** Notes for joined breaks: `anchor` is text spanning or touching the break. */
  breakNotes: { anchor: string; note: string }[];
}

/** Result of segmenting one seed. */
export interface Segmentation {
  /** Covering letter, title and byline before the body; null when no title line was found. */
  front: Span | null;
  blocks: Block[];
  breaks: BreakPoint[];
  skipped: Skipped[];
}

const CN = '[一二三四五六七八九十百零〇]+';
/** Numbering styles: style id, section kind, marker at line start. */
const STYLES: readonly { style: string; kind: 'part' | 'chapter' | 'item'; re: RegExp }[] = [
  { style: '章', kind: 'part', re: new RegExp(`^第${CN}章\\s*`) },
  { style: '节', kind: 'chapter', re: new RegExp(`^第${CN}节\\s*`) },
  { style: 'cn、', kind: 'part', re: new RegExp(`^${CN}[、.．](?![${'一二三四五六七八九十'}])`) },
  { style: '(cn)', kind: 'chapter', re: new RegExp(`^[(（]\\s*${CN}\\s*[)）]`) },
  { style: '1.', kind: 'item', re: /^\d{1,2}\s*[.．、](?!\d)/ },
  { style: '(1)', kind: 'item', re: /^[(（]\d{1,2}[)）]/ },
  { style: '①', kind: 'item', re: /^[\u2460-\u2473]/ },
];
/** A chapter marker that lost its opening bracket ("三）…"). */
const LOST_OPEN = new RegExp(`^${CN}[)）]`);
const CAPTION = /^本报记者|(供图|摄|整理)$|^图[为片][:：]|^[(（](?:新华社|本报)?记者.{0,20}摄[)）]$/;
const TARGET_HEADING = /^(\d{4})年目标$/;
/** Web page furniture around the text (navigation, font size, share buttons, source and date lines). */
const BANNER =
  /^(?:您的位置[:：]?.*|首页|[>›»|×]|收藏|打印|下载|全屏|关闭(?:窗口)?|返回顶部|分享到[:：]?.*|分享|【?字[体号][:：]?|[大中小]|加大|还原|减小|[【】]|来源[:：].*|时间[:：].*|发布时间[:：].*|作者[:：].*|(?:责任)?编辑[:：].*|浏览次数.*|扫一扫.*|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|》》.*《《|点击.*专题.*)$/;
/** The start of a list of links to other articles: everything from here on is skipped. */
const LINK_LIST = /^(?:相关(?:报道|文档|链接|阅读|新闻)|延伸阅读|推荐阅读)[:：]?/;
/** A byline after the title: an office and a name ("省长 王予波", "自治区主席 韦 韬"), or a bare name. */
const BYLINE =
  /^(?!前言|总则|引言|序言|概述|附则|目录)(?:[\u4e00-\u9fa5]{0,12}(?:长|主席|主任|书记)[\s\u3000]+[\u4e00-\u9fa5]{1,3}(?:[\s\u3000]+[\u4e00-\u9fa5]{1,3})?|[\u4e00-\u9fa5]{2,4})$/;

/** The number a marker states (Chinese or Arabic numerals, circled digits). */
export function markerNumber(marker: string): number {
  const circled = marker.codePointAt(0) ?? 0;
  if (circled >= 0x2460 && circled <= 0x2473) return circled - 0x2460 + 1;
  const digits = /\d+/.exec(marker);
  if (digits) return Number(digits[0]);
  const cn = new RegExp(CN).exec(marker);
  return cn ? cnNumber(cn[0]) : NaN;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses 一 … 九十九, 一百 …; NaN when it is not a Chinese numeral. */
function cnNumber(s: string): number {
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (c === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (CN_DIGIT[c] !== undefined) digit = CN_DIGIT[c];
    else return NaN;
  }
  return total + digit;
}

/** Finds the end of the front matter: the title line (and a "——" subtitle line after it). */
function frontMatter(text: string, title: string): Span | null {
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const t = line.text.trim();
    if (t.length >= Math.min(6, title.length) && title.startsWith(t)) {
      let end = line.span.end;
      for (let j = i + 1; j < lines.length; j++) {
        const next = lines[j];
        if (!next) break;
        const n = next.text.trim();
        if (n === '') continue;
        // Subtitle ("——…"), page banners and the speaker's byline belong to the front matter.
        if (n.startsWith('——') || BANNER.test(n) || BYLINE.test(n)) {
          end = next.span.end;
          continue;
        }
        break;
      }
      return { start: 0, end };
    }
  }
  return null;
}

function isHeadingText(t: string): boolean {
  return t.length > 0 && t.length <= 40 && !ANY_PUNCT.test(t);
}

function numbered(t: string, span: Span): Block | null {
  for (const { style, kind, re } of STYLES) {
    const m = re.exec(t);
    if (!m) continue;
    const marker = { start: span.start, end: span.start + m[0].trimEnd().length };
    return { kind, span, marker, style, number: markerNumber(m[0]) };
  }
  return null;
}

/** Classifies the non-empty lines after the front matter; skipped lines are recorded. */
function classify(text: string, bodyStart: number): { blocks: Block[]; skipped: Skipped[]; breaks: BreakPoint[] } {
  const lines = splitLines(text).filter((l) => l.span.start >= bodyStart);
  const blocks: Block[] = [];
  const skipped: Skipped[] = [];
  const breaks: BreakPoint[] = [];
  let inTargets = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const span = trimSpan(text, line.span);
    const t = text.slice(span.start, span.end);
    if (t === '') {
      continue;
    }
    const next = lines[i + 1];
    const nextT = next ? next.text.trim() : '';
    if (inTargets && next && nextT !== '' && isHeadingText(t) && !ANY_PUNCT.test(nextT.replace(/[、]/g, ''))) {
      const valueSpan = trimSpan(text, next.span);
      blocks.push({ kind: 'target', span: { start: span.start, end: valueSpan.end }, label: span });
      i++;
      continue;
    }
    inTargets = false;
    if (LINK_LIST.test(t)) {
      const rest = trimSpan(text, { start: span.start, end: text.length });
      skipped.push({ span: rest, reason: 'list of links to other articles' });
      break;
    }
    if (BANNER.test(t)) {
      skipped.push({ span, reason: 'web page banner' });
      continue;
    }
    if (CAPTION.test(t)) {
      blocks.push({ kind: 'caption', span });
      skipped.push({ span, reason: 'caption or byline' });
      continue;
    }
    // A marker broken by a line break: "（" alone, then "三）…".
    if (/^[(（]$/.test(t) && next && LOST_OPEN.test(nextT)) {
      const rest = trimSpan(text, next.span);
      const close = text.slice(rest.start, rest.end).search(/[)）]/);
      const marker = { start: span.start, end: rest.start + close + 1 };
      blocks.push({ kind: 'chapter', span: { start: span.start, end: rest.end }, marker, style: '(cn)', number: markerNumber(nextT) });
      breaks.push({ span: marker, joined: true, note: 'A line break splits the numbering marker of this heading; the two lines are read as one.' });
      i++;
      continue;
    }
    if (LOST_OPEN.test(t)) {
      const close = t.search(/[)）]/);
      const marker = { start: span.start, end: span.start + close + 1 };
      blocks.push({ kind: 'chapter', span, marker, style: '(cn)', number: markerNumber(t) });
      breaks.push({ span: marker, joined: true, note: 'The numbering marker of this heading lost its opening bracket; read as a (一)-style heading.' });
      continue;
    }
    const marked = numbered(t, span);
    if (marked) blocks.push(marked);
    else if (TARGET_HEADING.test(t)) {
      blocks.push({ kind: 'target-heading', span });
      inTargets = true;
    } else if (isHeadingText(t)) blocks.push({ kind: 'heading', span });
    else blocks.push({ kind: 'paragraph', span });
  }
  return { blocks, skipped, breaks };
}

/** Span of the words before and after a break, for the flaw quote. */
function breakQuote(text: string, end: number, resume: number): Span {
  const stop = /[,，;；。、:：!?！？]/;
  let start = end;
  if (start > 0 && stop.test(text[start - 1] ?? '')) start--;
  while (start > 0 && end - start < 12 && !stop.test(text[start - 1] ?? '') && text[start - 1] !== '\n') start--;
  let fwd = resume;
  while (fwd < text.length && fwd - resume < 9 && !stop.test(text[fwd] ?? '') && text[fwd] !== '\n') fwd++;
  return { start, end: fwd };
}

/** Joins paragraphs split by the page layout, except where a rule says text was lost. */
function joinBreaks(text: string, blocks: Block[], rules: StructureRules): { blocks: Block[]; breaks: BreakPoint[] } {
  const lost = rules.lostText.map((r) => ({ ...r, at: findAnchor(text, r.anchor, 'lost-text rule') }));
  const out: Block[] = [];
  const breaks: BreakPoint[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    const joinable =
      prev !== undefined &&
      (prev.kind === 'paragraph' || prev.kind === 'item') &&
      block.kind === 'paragraph' &&
      !endsComplete(text, prev.span);
    if (!prev || !joinable) {
      out.push({ ...block });
      continue;
    }
    const rule = lost.find((r) => r.at.end === prev.span.end);
    if (rule) {
      breaks.push({ span: { start: rule.at.start, end: breakQuote(text, prev.span.end, block.span.start).end }, joined: false, note: rule.note });
      out.push({ ...block, fragment: true, note: rule.note });
      continue;
    }
    const quote = breakQuote(text, prev.span.end, block.span.start);
    const noteRule = rules.breakNotes.find((r) => {
      const a = findAnchor(text, r.anchor, 'break note');
      return a.start <= block.span.start && a.end >= prev.span.end;
    });
    breaks.push(noteRule ? { span: quote, joined: true, note: noteRule.note } : { span: quote, joined: true });
    prev.span = { start: prev.span.start, end: block.span.end };
  }
  return { blocks: out, breaks };
}

/** Applies split-lead and lead rules. */
function applyLeadRules(text: string, blocks: Block[], rules: StructureRules): Block[] {
  let out = blocks;
  for (const rule of rules.splitLeads) {
    const at = findAnchor(text, rule.anchor, 'split-lead rule');
    const next: Block[] = [];
    let done = false;
    for (const b of out) {
      if (!done && b.kind === 'paragraph' && at.start > b.span.start && at.start < b.span.end) {
        next.push({ ...b, span: trimSpan(text, { start: b.span.start, end: at.start }) });
        next.push({ kind: 'paragraph', span: { start: at.start, end: b.span.end }, forcedLead: at, note: rule.note });
        done = true;
      } else next.push(b);
    }
    if (!done) throw new Error(`split-lead rule: anchor is not inside a paragraph: ${rule.anchor}`);
    out = next;
  }
  for (const rule of rules.leads) {
    const at = findAnchor(text, rule.anchor, 'lead rule');
    const b = out.find((x) => x.kind === 'paragraph' && x.span.start === at.start);
    if (!b) throw new Error(`lead rule: no paragraph starts with ${rule.anchor}`);
    b.forcedLead = at;
    b.note = rule.note;
  }
  return out;
}

/**
 * Segments one seed.
 * @param text the seed as read with `readFileSync(file, 'utf8')`
 * @param title the document title from seeds/index.json (locates the end of the front matter)
 * @param rules reviewed structure rules for this document
 */
export function segment(text: string, title: string, rules: StructureRules): Segmentation {
  for (const r of rules.breakNotes) findAnchor(text, r.anchor, 'break note');
  const front = frontMatter(text, title);
  const classified = classify(text, front ? front.end : 0);
  const { blocks, breaks } = joinBreaks(text, classified.blocks, rules);
  const all = [...classified.breaks, ...breaks].sort((a, b) => a.span.start - b.span.start);
  return { front, blocks: applyLeadRules(text, blocks, rules), breaks: all, skipped: classified.skipped };
}

/** Empty rule set, for documents without reviewed structure rules. */
export const NO_STRUCTURE_RULES: StructureRules = { lostText: [], splitLeads: [], leads: [], breakNotes: [] };
