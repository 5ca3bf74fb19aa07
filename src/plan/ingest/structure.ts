/**
 * Structure: classified blocks → the document's sections, with stable readable ids.
 *
 * Numbered documents (泸州): `一、` → `lz-4`, `(二)` → `lz-4-2`, `1.` → `lz-4-2-1`; any numbering style nests
 * in the order its styles are first met (`第一章`, `第一节`, `(1)`, `①` too). The untitled paragraphs before the
 * first heading form the opening section `<doc>-0`.
 * Unnumbered documents (昭通): headings → `zt-s<n>`; a `YYYY年目标` block → `zt-t<YYYY>` with pairs
 * `zt-t2022-<n>`; a heading that counts its items ("抓好“八个坚持”") → `zt-b<count>`; paragraphs under a
 * heading that open with a short lead sentence ("建强交通网。") → `zt-s3-1` …; a heading's first
 * paragraphs before any lead item are its introduction.
 */
import type { Section, SectionKind, Span } from '../types.ts';
import type { Block } from './segment.ts';
import { findAnchor, SENTENCE_END } from './text.ts';

/** A reviewed rule moving items displaced by the page layout under their real heading. */
export interface MoveRule {
  /** Start of the first displaced paragraph; the move runs to the next heading. */
  anchor: string;
  /** Start of the heading the items belong to. */
  parentHeading: string;
  note: string;
}

/** Section plus the content blocks the later steps need. */
export interface SectionDraft {
  section: Section;
  /** Introduction (chapter or heading) or body (item) spans, in text order. */
  content: Span[];
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Parses 一…九十九 into a number; NaN when the string is not a Chinese numeral. */
export function chineseNumeral(s: string): number {
  if (s.length === 0) return NaN;
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? (CN_DIGITS[s] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (CN_DIGITS[s.slice(0, ten)] ?? NaN);
  const units = ten === s.length - 1 ? 0 : (CN_DIGITS[s.slice(ten + 1)] ?? NaN);
  return tens * 10 + units;
}

/** Length of a lead sentence ("推进农村产业大发展。") at the start of a paragraph, or 0 when there is none. */
export function leadLength(text: string, span: Span, max = 16): number {
  for (let i = span.start; i < Math.min(span.end, span.start + max + 1); i++) {
    const c = text[i] ?? '';
    if (SENTENCE_END.test(c)) return i - span.start + 1;
  }
  return 0;
}

/** Heading title without final punctuation. */
function stripEnd(s: string): string {
  return s.replace(/[。，,；;：:！!]+$/u, '');
}

interface Ctx {
  text: string;
  doc: string;
  drafts: SectionDraft[];
}

function add(ctx: Ctx, d: Omit<Section, 'documentId' | 'span'> & { content: Span[] }): SectionDraft {
  const section: Section = {
    id: d.id,
    documentId: ctx.doc,
    parentId: d.parentId,
    level: d.level,
    kind: d.kind,
    label: d.label,
    title: d.title,
    span: { start: d.titleSpan.start, end: d.titleSpan.end },
    titleSpan: d.titleSpan,
    ...(d.structureNote ? { structureNote: d.structureNote } : {}),
  };
  const draft: SectionDraft = { section, content: d.content };
  ctx.drafts.push(draft);
  return draft;
}

function titleOfMarkerLine(text: string, b: Block): { title: string; titleSpan: Span } {
  const start = b.marker ? b.marker.end : b.span.start;
  const body = text.slice(start, b.span.end);
  const stop = body.search(SENTENCE_END);
  const end = stop === -1 ? b.span.end : start + stop;
  return { title: stripEnd(text.slice(start, end)), titleSpan: { start: b.span.start, end: stop === -1 ? end : end + 1 } };
}

function countInHeading(t: string): number | null {
  const m = /([一二两三四五六七八九十]+)个/.exec(t);
  return m && m[1] ? chineseNumeral(m[1]) : null;
}

/**
 * Builds the sections of one document.
 * @param blocks output of {@link segment}
 * @param moves reviewed rules for items the layout displaced
 */
export function buildSections(text: string, doc: string, blocks: Block[], moves: MoveRule[]): SectionDraft[] {
  const ctx: Ctx = { text, doc, drafts: [] };
  /** Open numbered units, outermost first; a style met again closes everything inside its last unit. */
  const stack: { style: string; draft: SectionDraft }[] = [];
  let opening: SectionDraft | null = null;
  let item: SectionDraft | null = null;
  let heading: SectionDraft | null = null;
  let moved: SectionDraft | null = null;
  const ids = new Set<string>();
  const counters = new Map<string, number>();
  const next = (key: string): number => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const unique = (id: string): string => {
    let out = id;
    for (let k = 2; ids.has(out); k++) out = `${id}-x${k}`;
    ids.add(out);
    return out;
  };
  const moveAt = new Map(moves.map((m) => [findAnchor(text, m.anchor, 'move rule').start, m]));

  for (const b of blocks) {
    const t = text.slice(b.span.start, b.span.end);
    if (b.kind === 'caption' || b.kind === 'banner' || b.kind === 'links') continue;
    if ((b.kind === 'part' || b.kind === 'chapter' || b.kind === 'item') && b.marker) {
      const style = b.style ?? b.kind;
      const at = stack.findIndex((x) => x.style === style);
      if (at >= 0) stack.length = at;
      // Chapters and items may sit under an unnumbered heading; a part (一、, 第一章) never does.
      const parent = stack[stack.length - 1]?.draft ?? (stack.length === 0 && b.kind !== 'part' ? heading : null);
      const parentId = parent ? parent.section.id : null;
      const n = b.number !== undefined && Number.isFinite(b.number) ? b.number : next(`${parentId ?? doc}#`);
      const { title, titleSpan } = titleOfMarkerLine(text, b);
      const content = b.kind === 'item' || titleSpan.end < b.span.end ? [b.span] : [];
      const label = text.slice(b.marker.start, b.marker.end);
      const draft = add(ctx, { id: unique(`${parentId ?? doc}-${n}`), parentId, level: parent ? parent.section.level + 1 : 1, kind: b.kind, label, title, titleSpan, content });
      stack.push({ style, draft });
      item = null;
      moved = null;
      if (parent === null) heading = null;
      continue;
    }
    const top = stack[stack.length - 1];
    if (b.kind === 'heading' && top) {
      // A heading without a marker among numbered units (the marker was lost or never printed): a sibling of
      // the innermost unit, kept and flagged.
      const parent = stack[stack.length - 2]?.draft ?? null;
      const parentId = parent ? parent.section.id : null;
      const draft = add(ctx, {
        id: unique(`${parentId ?? doc}-h${next(`${parentId ?? doc}#h`)}`), parentId, level: top.draft.section.level, kind: 'heading', label: null, title: t, titleSpan: b.span, content: [],
        structureNote: 'A heading line without a numbering marker among numbered headings: kept at the level of the heading before it.',
      });
      top.draft = draft;
      continue;
    }
    if (b.kind === 'heading' || b.kind === 'target-heading') {
      const year = /^(\d{4})年目标$/.exec(t)?.[1];
      const count = countInHeading(t);
      const id = year ? `${doc}-t${year}` : count !== null ? `${doc}-b${count}` : `${doc}-s${next('s')}`;
      const kind: SectionKind = year ? 'target-block' : count !== null ? 'group' : 'heading';
      heading = add(ctx, { id: unique(id), parentId: null, level: 1, kind, label: null, title: t, titleSpan: b.span, content: [] });
      item = null;
      moved = null;
    } else if (b.kind === 'target') {
      if (!heading) throw new Error(`${doc}: target pair outside a target block at ${b.span.start}`);
      const n = next(heading.section.id);
      const label = b.label ?? b.span;
      item = add(ctx, { id: unique(`${heading.section.id}-${n}`), parentId: heading.section.id, level: 2, kind: 'target', label: null, title: text.slice(label.start, label.end), titleSpan: label, content: [b.span] });
    } else {
      const rule = moveAt.get(b.span.start);
      if (rule) {
        const target = ctx.drafts.find((d) => d.section.kind === 'heading' && text.startsWith(rule.parentHeading, d.section.titleSpan.start));
        if (!target) throw new Error(`${doc}: move rule parent not found: ${rule.parentHeading}`);
        moved = target;
        item = null;
      }
      const owner = moved ?? heading;
      if (owner && stack.length === 0) {
        const lead = b.forcedLead ? b.forcedLead.end - b.span.start : leadLength(text, b.span);
        if (lead > 0 || b.fragment) {
          const n = next(owner.section.id);
          const clause = b.fragment ? fragmentClause(t) : null;
          const titleSpan = clause
            ? { start: b.span.start + clause.start, end: b.span.start + clause.end }
            : { start: b.span.start, end: b.span.start + lead };
          const title = clause ? `…${t.slice(clause.start, clause.end)}` : stripEnd(text.slice(titleSpan.start, titleSpan.end));
          const structureNote = rule ? `${b.note ? `${b.note} ` : ''}${rule.note}` : b.note;
          item = add(ctx, { id: unique(`${owner.section.id}-${n}`), parentId: owner.section.id, level: 2, kind: 'lead-item', label: null, title, titleSpan, content: [b.span], ...(structureNote ? { structureNote } : {}) });
        } else if (item && item.section.parentId === owner.section.id) {
          item.content.push(b.span);
        } else {
          owner.content.push(b.span);
        }
      } else if (top) top.draft.content.push(b.span);
      else if (item) item.content.push(b.span);
      else {
        if (!opening) {
          const stop = t.search(/[，,；;：:。！？!?]/);
          const end = b.span.start + (stop === -1 ? Math.min(t.length, 30) : Math.min(stop, 30));
          opening = add(ctx, { id: unique(`${doc}-0`), parentId: null, level: 1, kind: 'opening', label: null, title: text.slice(b.span.start, end), titleSpan: { start: b.span.start, end }, content: [] });
        }
        opening.content.push(b.span);
      }
    }
  }
  return finishSpans(ctx.drafts);
}

/** A fragment resumes mid-sentence: its title is its first full clause (offsets within the paragraph). */
function fragmentClause(t: string): Span {
  const re = /[^,，。;；]+/g;
  let first: Span | null = null;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const span = { start: m.index, end: m.index + m[0].length };
    first ??= span;
    if (m.index > 0 && m[0].length >= 4) return span;
  }
  return first ?? { start: 0, end: t.length };
}

/** Section span = title through the last content of itself and its descendants (same text run). */
function finishSpans(drafts: SectionDraft[]): SectionDraft[] {
  const byId = new Map(drafts.map((d) => [d.section.id, d]));
  const ordered = [...drafts].sort((a, b) => b.section.level - a.section.level);
  for (const d of ordered) {
    let { start, end } = d.section.titleSpan;
    for (const c of d.content) {
      start = Math.min(start, c.start);
      end = Math.max(end, c.end);
    }
    d.section.span = { start, end };
  }
  for (const d of ordered) {
    const parent = d.section.parentId ? byId.get(d.section.parentId) : undefined;
    if (!parent) continue;
    const p = parent.section;
    // A child displaced by the layout (it starts after the parent's next sibling) does not stretch the parent.
    const nextSibling = drafts.find((x) => x.section.parentId === p.parentId && x.section.level === p.level && x.section.titleSpan.start > p.titleSpan.start);
    if (nextSibling && d.section.span.start > nextSibling.section.titleSpan.start) continue;
    p.span = { start: p.span.start, end: Math.max(p.span.end, d.section.span.end) };
  }
  return drafts;
}
