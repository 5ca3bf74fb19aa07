/**
 * Lookup tables over the plan model for the explore panels, built once per model (pure).
 */
import type { Indicator, Link, PlanDocument, PlanModel, Section, Span, Task } from '../plan/types';

/** One underlined mention in a document: a span and the features it names. */
export interface Mention {
  documentId: string;
  span: Span;
  featureIds: string[];
  kind: Link['kind'];
}

export interface PlanIndex {
  documents: Map<string, PlanDocument>;
  sections: Map<string, Section>;
  tasks: Map<string, Task>;
  indicators: Map<string, Indicator>;
  tasksByFeature: Map<string, Task[]>;
  indicatorsByFeature: Map<string, Indicator[]>;
  indicatorsByTask: Map<string, Indicator[]>;
  /** Mentions per document from task and indicator links, sorted by start, non-overlapping (longest first wins). */
  mentions: Map<string, Mention[]>;
  /**
   * What the plan reader underlines: the link mentions plus the document-level place mentions of the whole
   * text (`PlanModel.mentions`: reviews of past work, framework parts …), collapsed the same way.
   */
  readerMentions: Map<string, Mention[]>;
  /** Every lead unit with the tasks it leads, sorted by name. */
  leadUnits: string[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/**
 * Collapses links with spans into non-overlapping mentions per document; with `withDocumentMentions`, the
 * document-level mentions (`model.mentions`) join them as named links (a span already underlined by a link
 * gains their feature).
 */
export function collectMentions(model: Pick<PlanModel, 'tasks' | 'indicators' | 'mentions'>, withDocumentMentions = false): Map<string, Mention[]> {
  const byKey = new Map<string, Mention>();
  const derived = new Set<string>();
  const add = (documentId: string, link: Link) => {
    if (!link.span) return;
    const key = `${documentId}:${link.span.start}:${link.span.end}`;
    if (link.via) derived.add(`${key}:${link.featureId}`);
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.featureIds.includes(link.featureId)) existing.featureIds.push(link.featureId);
      return;
    }
    byKey.set(key, { documentId, span: link.span, featureIds: [link.featureId], kind: link.kind });
  };
  for (const task of model.tasks) for (const link of task.links) add(task.documentId, link);
  for (const ind of model.indicators) for (const link of ind.links) add(ind.documentId, link);
  if (withDocumentMentions) {
    for (const m of model.mentions ?? []) add(m.documentId, { featureId: m.featureId, kind: 'named', span: m.span, quote: m.term });
  }

  // The places the text names come first; a county reached through one of them ("via") after.
  for (const [key, m] of byKey) {
    const isDerived = (id: string) => derived.has(`${key}:${id}`);
    m.featureIds = [...m.featureIds.filter((id) => !isDerived(id)), ...m.featureIds.filter(isDerived)];
  }
  const out = new Map<string, Mention[]>();
  const sorted = [...byKey.values()].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - b.span.start - (a.span.end - a.span.start),
  );
  for (const m of sorted) {
    const list = out.get(m.documentId) ?? [];
    const last = list[list.length - 1];
    if (last && m.span.start < last.span.end) continue; // overlapped by a longer, earlier mention
    list.push(m);
    out.set(m.documentId, list);
  }
  return out;
}

/** Builds all lookup tables. */
export function buildPlanIndex(model: PlanModel): PlanIndex {
  const tasksByFeature = new Map<string, Task[]>();
  const indicatorsByFeature = new Map<string, Indicator[]>();
  const indicatorsByTask = new Map<string, Indicator[]>();
  const leads = new Set<string>();
  for (const task of model.tasks) {
    for (const id of task.featureIds) push(tasksByFeature, id, task);
    for (const unit of task.leadUnits) leads.add(unit);
  }
  for (const ind of model.indicators) {
    push(indicatorsByTask, ind.taskId, ind);
    for (const id of ind.featureIds) push(indicatorsByFeature, id, ind);
  }
  return {
    documents: new Map(model.documents.map((d) => [d.id, d])),
    sections: new Map(model.sections.map((s) => [s.id, s])),
    tasks: new Map(model.tasks.map((t) => [t.id, t])),
    indicators: new Map(model.indicators.map((i) => [i.id, i])),
    tasksByFeature,
    indicatorsByFeature,
    indicatorsByTask,
    mentions: collectMentions(model),
    readerMentions: collectMentions(model, true),
    leadUnits: [...leads].sort((a, b) => a.localeCompare(b, 'zh-CN')),
  };
}

const SENTENCE_END = /[。；！？\n]/;

/** The sentence of `text` around `span`, as a span (exact: text.slice gives the quote). */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1] ?? '')) start--;
  let end = span.end;
  while (end < text.length && !SENTENCE_END.test(text[end] ?? '')) end++;
  if (end < text.length && text[end] !== '\n') end++;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  return { start, end };
}
