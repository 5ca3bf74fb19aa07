/**
 * Why the ingest linked a mention to a feature, in the UI language. The ingest records the reason as
 * structure (a typo flaw, the place a county link goes through, a county seat) besides its English note,
 * so the review screen states it from the structure rather than showing the note.
 */
import type { Link } from '../../plan/types';
import type { AddPlanKey } from '../../i18n/addplan';

/** A translatable reason, or a hand-written note shown as written (curated links). */
export type LinkReason = { key: AddPlanKey; params?: Record<string, string> } | { text: string };

/** The reason for a link: typo → via a place → county seat → named in the text. */
export function linkReason(link: Link, featureName: (id: string) => string, isSeat: (id: string) => boolean): LinkReason {
  if (link.kind === 'curated' && link.reason) return { text: link.reason };
  if (link.flaw) return { key: 'addplan.review.reason.typo', params: { quote: link.quote ?? '', name: featureName(link.featureId) } };
  if (link.via) return { key: 'addplan.review.reason.via', params: { place: featureName(link.via) } };
  if (isSeat(link.featureId) && link.quote !== featureName(link.featureId)) return { key: 'addplan.review.reason.seat', params: { quote: link.quote ?? '' } };
  return { key: 'addplan.review.reason.named' };
}
