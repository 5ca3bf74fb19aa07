/**
 * Tasks: which sections and paragraphs ask for something to be done.
 *
 * - every numbered item (1. 2. 3.), lead item ("建强交通网。…") and target pair is a task with the
 *   section's id;
 * - a chapter or heading with an introduction paragraph is a task too, with the section's id
 *   (`lz-4-1`, `zt-s2`): its introduction states the chapter's targets;
 * - a part with plain paragraphs and no chapters (二、主要目标) gives one task per paragraph
 *   (`lz-2-p1`, `lz-2-p2`);
 * - nothing under a framework part (总体要求, 工作原则, 保障措施 — see `frameworkTitles`) is a task.
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
    if (ancestors(s, byId).some((a) => opts.frameworkTitles.test(a.title))) continue;
    const last = d.content[d.content.length - 1];
    if (s.kind === 'item' || s.kind === 'lead-item' || s.kind === 'target') {
      make(s.id, s, s.title, s.span);
    } else if ((s.kind === 'chapter' || s.kind === 'heading') && last) {
      make(s.id, s, s.title, { start: s.titleSpan.start, end: last.end });
    } else if (s.kind === 'part' && !hasChildren.has(s.id)) {
      d.content.forEach((c, i) => make(`${s.id}-p${i + 1}`, s, titleOfParagraph(text, c), c));
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Title of a plain paragraph: its first clause, without a leading year phrase ("到2025年,"). */
function titleOfParagraph(text: string, span: Span): string {
  const body = text.slice(span.start, span.end).replace(/^到?\d{4}年[,,]/, '');
  const stop = body.search(/[,,;;。]/);
  return stop === -1 ? body : body.slice(0, stop);
}
