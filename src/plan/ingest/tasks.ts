/**
 * Tasks: which sections and paragraphs ask for something to be done.
 *
 * - every numbered item (1. 2. 3.), lead item ("建强交通网。…") and target pair is a task with the
 *   section's id;
 * - a chapter or heading with an introduction paragraph is a task too, with the section's id
 *   (`lz-4-1`, `zt-s2`): its introduction states the chapter's targets;
 * - a part with plain paragraphs and no chapters (二、主要目标) gives one task per paragraph
 *   (`lz-2-p1`, `lz-2-p2`);
 * - the introduction of any other unit (a part with chapters, a numbered item with sub-items, the untitled
 *   opening) is a task too when it states a figure (`holdsFigure`), so no target is dropped;
 * - nothing under a framework part (总体要求, 工作原则, 保障措施 — see `frameworkTitles`) or a review of past
 *   work (…工作回顾, 一年来, 这五年 — see `retrospectiveTitles`) is a task.
 */
import type { Section, Span, Task, Theme } from '../types.ts';
import type { SectionDraft } from './structure.ts';
import { assignThemes } from './themes.ts';
import { parseUnits } from './units.ts';

/** A task before links, indicators and flaws are attached. */
export type TaskDraft = Omit<Task, 'scope' | 'featureIds' | 'indicatorIds' | 'links' | 'flaws'>;

/** Options for {@link buildTasks}. */
export interface TaskOptions {
  frameworkTitles: RegExp;
  /** Titles of sections that review past work (their figures are achievements, not targets). */
  retrospectiveTitles: RegExp;
  /** True when a span states a figure that may be a target (not a date or a reviewed non-target). */
  holdsFigure: (span: Span) => boolean;
  sectionThemes: Record<string, Theme[]>;
  /** Reviewed themes of single tasks (not inherited). */
  taskThemes: Record<string, Theme[]>;
}

function ancestors(section: Section, byId: Map<string, Section>): Section[] {
  const out: Section[] = [];
  let cur: Section | undefined = section;
  while (cur) {
    out.push(cur);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return out;
}

/** The task text without its units parenthesis (for themes and mentions). */
export function bodySpans(span: Span, unitsSpan: Span | undefined): Span[] {
  if (!unitsSpan) return [span];
  return [
    { start: span.start, end: unitsSpan.start },
    { start: unitsSpan.end, end: span.end },
  ].filter((s) => s.end > s.start);
}

/**
 * Titles of sections that review past work: "一、2025年和“十四五”时期工作回顾", "过去五年工作", "一年来的工作".
 */
export const RETROSPECTIVE_TITLES = /回顾|一年来|五年来|过去(?:的)?[一二三四五]年|工作总结|主要成就|取得的成绩/;

/** 'framework' or 'retrospective' when the section or an ancestor is one (its paragraphs are not tasks). */
export function excluded(section: Section, byId: ReadonlyMap<string, Section>, opts: Pick<TaskOptions, 'frameworkTitles' | 'retrospectiveTitles'>): 'framework' | 'retrospective' | null {
  const chain = ancestors(section, byId as Map<string, Section>);
  if (chain.some((a) => opts.retrospectiveTitles.test(a.title))) return 'retrospective';
  if (chain.some((a) => opts.frameworkTitles.test(a.title))) return 'framework';
  return null;
}

/** Builds the tasks of one document from its section drafts. */
export function buildTasks(text: string, drafts: SectionDraft[], opts: TaskOptions): TaskDraft[] {
  const byId = new Map(drafts.map((d) => [d.section.id, d.section]));
  const hasChildren = new Set(drafts.map((d) => d.section.parentId).filter((x): x is string => x !== null));
  const out: TaskDraft[] = [];
  const make = (id: string, section: Section, title: string, span: Span): void => {
    const chain = ancestors(section, byId);
    const defaults = [...new Set([...chain.flatMap((s) => opts.sectionThemes[s.id] ?? []), ...(opts.taskThemes[id] ?? [])])];
    const units = parseUnits(text, span);
    const body = bodySpans(span, units?.span)
      .map((s) => text.slice(s.start, s.end))
      .join('');
    const { themes, evidence } = assignThemes(body, defaults);
    out.push({
      id,
      documentId: section.documentId,
      sectionId: section.id,
      title,
      span,
      ...(units ? { unitsSpan: units.span } : {}),
      leadUnits: units?.leadUnits ?? [],
      responsibleUnits: units?.responsibleUnits ?? [],
      themes,
      themeEvidence: evidence,
    });
  };
  for (const d of drafts) {
    const s = d.section;
    if (excluded(s, byId, opts)) continue;
    const last = d.content[d.content.length - 1];
    const own = last ? { start: s.titleSpan.start, end: last.end } : null;
    if (s.kind === 'lead-item' || s.kind === 'target' || (s.kind === 'item' && !hasChildren.has(s.id))) {
      make(s.id, s, s.title, s.span);
    } else if ((s.kind === 'chapter' || s.kind === 'heading') && own) {
      make(s.id, s, s.title, own);
    } else if (s.kind === 'part' && !hasChildren.has(s.id)) {
      d.content.forEach((c, i) => make(`${s.id}-p${i + 1}`, s, titleOfParagraph(text, c), c));
    } else if (own && (s.kind === 'item' || s.kind === 'part') && opts.holdsFigure(own)) {
      make(s.id, s, s.title, own);
    } else if (s.kind === 'opening') {
      d.content.forEach((c, i) => {
        if (opts.holdsFigure(c)) make(`${s.id}-p${i + 1}`, s, titleOfParagraph(text, c), c);
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Title of a plain paragraph: its first clause, without a leading year phrase ("到2025年,"). */
function titleOfParagraph(text: string, span: Span): string {
  const body = text.slice(span.start, span.end).replace(/^到?\d{4}年[,，]/, '');
  const stop = body.search(/[,，;；。：:！!？?]/);
  return stop === -1 ? body : body.slice(0, stop);
}
