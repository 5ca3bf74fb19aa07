/**
 * The planner's review of an added document, applied to its model before it is stored. Pure.
 *
 * - a rejected indicator leaves the model (and its task's `indicatorIds`);
 * - a rejected link leaves its task or indicator (`featureIds` follow the links), and the document-level
 *   place mention of the same feature at the same span leaves `mentions` (the reader no longer underlines it);
 * - a rejected place mention outside every task and indicator ({@link otherMentions}) leaves `mentions`;
 * - a corrected year replaces the indicator's `targetYear` (`yearEvidence` says the planner set it);
 * - a name linked by the planner becomes a curated link of the task holding it, with its span and the
 *   reason "linked by the planner".
 */
import type { DocumentMention, Indicator, Link, PlanModel, Span, Task } from './types';
import type { Placement } from './placed';

/** What the planner decided on the review screen. */
export interface ReviewDecisions {
  rejectedIndicators: readonly string[];
  /** Keys from {@link linkKey}. */
  rejectedLinks: readonly string[];
  /** Indicator id → corrected target year (null: no year). */
  years: Readonly<Record<string, number | null>>;
  /** Names the planner linked to a feature. */
  addedLinks: readonly { taskId: string; featureId: string; span: Span; term: string }[];
  /** Names the planner placed on the map (applied after the rest by `applyPlacements` of placed.ts). */
  placed?: readonly Placement[];
  /** Place mentions outside tasks and indicators the planner rejected (keys from {@link mentionKey}). */
  rejectedMentions?: readonly string[];
}

/** No decisions. */
export const NO_DECISIONS: ReviewDecisions = { rejectedIndicators: [], rejectedLinks: [], years: {}, addedLinks: [] };

/** The reason recorded on a link the planner made. */
export const PLANNER_LINK_REASON = 'linked by the planner';
/** The evidence recorded on a year the planner corrected. */
export const PLANNER_YEAR_EVIDENCE = 'corrected by the planner';

/** Stable key of a link of a task or an indicator. */
export function linkKey(ownerId: string, link: Link): string {
  return `${ownerId}|${link.featureId}|${link.span ? `${link.span.start}-${link.span.end}` : link.kind}`;
}

/** Stable key of a place mention: its feature and span. */
export function mentionKey(m: { featureId: string; span: Span }): string {
  return `${m.featureId}|${m.span.start}-${m.span.end}`;
}

/** The document's place mentions that no task or indicator link covers (same feature, same span). */
export function otherMentions(model: PlanModel): DocumentMention[] {
  const linked = new Set([...model.tasks, ...model.indicators].flatMap((o) => o.links.flatMap((l) => (l.span ? [mentionKey({ featureId: l.featureId, span: l.span })] : []))));
  return (model.mentions ?? []).filter((m) => !linked.has(mentionKey(m)));
}

function keepLinks<T extends Task | Indicator>(owner: T, rejected: ReadonlySet<string>, extra: Link[] = []): T {
  const links = [...owner.links.filter((l) => !rejected.has(linkKey(owner.id, l))), ...extra];
  if (links.length === owner.links.length && extra.length === 0) return owner;
  const featureIds = [...new Set(links.map((l) => l.featureId))];
  return { ...owner, links, featureIds };
}

/** The model as the planner accepted it. */
export function applyReview(model: PlanModel, text: string, decisions: ReviewDecisions): PlanModel {
  const rejectedIndicators = new Set(decisions.rejectedIndicators);
  const rejectedLinks = new Set(decisions.rejectedLinks);
  const indicators = model.indicators
    .filter((i) => !rejectedIndicators.has(i.id))
    .map((i) => {
      const year = decisions.years[i.id];
      const changed = year !== undefined && year !== i.targetYear ? { ...i, targetYear: year, yearEvidence: PLANNER_YEAR_EVIDENCE } : i;
      return keepLinks(changed, rejectedLinks);
    });
  const tasks = model.tasks.map((t) => {
    const extra: Link[] = decisions.addedLinks
      .filter((a) => a.taskId === t.id && text.slice(a.span.start, a.span.end) === a.term)
      .filter((a) => !t.links.some((l) => l.featureId === a.featureId && l.span?.start === a.span.start))
      .map((a) => ({ featureId: a.featureId, kind: 'curated', span: { ...a.span }, quote: a.term, reason: PLANNER_LINK_REASON }));
    const kept = keepLinks(t, rejectedLinks, extra);
    const indicatorIds = kept.indicatorIds.filter((id) => !rejectedIndicators.has(id));
    return indicatorIds.length === kept.indicatorIds.length ? kept : { ...kept, indicatorIds };
  });
  // The place mentions of rejected links (same feature, same span) are not underlined either.
  const rejectedAt = new Set([
    ...[...model.tasks, ...model.indicators].flatMap((o) => o.links.flatMap((l) => (l.span && rejectedLinks.has(linkKey(o.id, l)) ? [mentionKey({ featureId: l.featureId, span: l.span })] : []))),
    ...(decisions.rejectedMentions ?? []),
  ]);
  const mentions = model.mentions?.filter((m) => !rejectedAt.has(mentionKey(m)));
  return { ...model, tasks, indicators, ...(mentions ? { mentions } : {}) };
}
