/**
 * Segmenter: a seed text → classified blocks (headings, numbered units, paragraphs, target pairs),
 * with layout breaks joined and recorded.
 *
 * Markers it understands (geodata/PLAN-FORMAT.md explains them for planners):
 * - the document title line (a prefix of the title in seeds/index.json) and an optional "——" subtitle:
 *   everything up to there is front matter (covering letter, addressees, date);
 * - `一、` parts, `(一)` / `(一)` chapters, `1.` / `1、` / `1.` items (line starts);
 * - an unnumbered short line without punctuation: a heading ("着力…战略", "抓好“八个坚持”");
 * - a heading `YYYY年目标` followed by label/value line pairs: a target block;
 * - newspaper captions and bylines (…供图, …摄, …整理, 本报记者…): skipped;
 * - a paragraph that ends mid-sentence and is followed by a paragraph: a layout break, joined and recorded.
 */
import type { Span } from '../types.ts';
import { ANY_PUNCT, endsComplete, findAnchor, splitLines, trimSpan } from './text.ts';

/** Classified unit of a seed's layout. */
export type BlockKind =
  | 'caption'
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
}

const PART = /^[一二三四五六七八九十]+、/;
const CHAPTER = /^[((][一二三四五六七八九十]+[))]/;
const ITEM = /^\d+[..、](?!\d)/;
const CAPTION = /^本报记者|(供图|摄|整理)$/;
const TARGET_HEADING = /^(\d{4})年目标$/;

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
        if (n.startsWith('——')) end = next.span.end;
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

function markerBlock(kind: BlockKind, re: RegExp, t: string, span: Span): Block {
  const m = re.exec(t);
  const len = m ? m[0].length : 0;
  return { kind, span, marker: { start: span.start, end: span.start + len } };
}

/** Classifies the non-empty lines after the front matter. */
function classify(text: string, bodyStart: number): Block[] {
  const lines = splitLines(text).filter((l) => l.span.start >= bodyStart);
  const blocks: Block[] = [];
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
    if (CAPTION.test(t)) blocks.push({ kind: 'caption', span });
    else if (PART.test(t)) blocks.push(markerBlock('part', PART, t, span));
    else if (CHAPTER.test(t)) blocks.push(markerBlock('chapter', CHAPTER, t, span));
    else if (ITEM.test(t)) blocks.push(markerBlock('item', ITEM, t, span));
    else if (TARGET_HEADING.test(t)) {
      blocks.push({ kind: 'target-heading', span });
      inTargets = true;
    } else if (isHeadingText(t)) blocks.push({ kind: 'heading', span });
    else blocks.push({ kind: 'paragraph', span });
  }
  return blocks;
}

/** Span of the words before and after a break, for the flaw quote. */
function breakQuote(text: string, end: number, resume: number): Span {
  const stop = /[,,;;。、::!?!?]/;
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
  const { blocks, breaks } = joinBreaks(text, classified, rules);
  return { front, blocks: applyLeadRules(text, blocks, rules), breaks };
}

/** Empty rule set, for documents without reviewed structure rules. */
export const NO_STRUCTURE_RULES: StructureRules = { lostText: [], splitLeads: [], leads: [], breakNotes: [] };
