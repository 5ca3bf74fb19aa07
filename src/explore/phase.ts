/**
 * Phase view: which plan features belong to the network "as existing", "by 2022", "by 2025" and
 * "by 2035". A feature's year is the earliest year governing any sentence that names it (e.g.
 * "2022年,建成二郎互通,续建叙毕铁路…" gives 2022 to both); "十四五"末/期间 means 2025. The ingest computes
 * that year once per mention and stores it on the link (`Link.year`, src/plan/ingest/clauses.ts
 * `mentionYear`), so no plan text is needed here. Features the text gives no year for belong to the 2035
 * horizon of the plans. Existing features are in every phase.
 */
import type { BaseProps } from '../geo/types';
import type { PlanIndex } from './planIndex';
import type { PlanModel } from '../plan/types';
import type { Phase } from '../types/domain';

/** Earliest year per feature id over all its mentions, from the years the ingest stored on the links. */
export function featureYears(index: PlanIndex, model: Pick<PlanModel, 'tasks' | 'indicators'>): Map<string, number> {
  const yearAt = new Map<string, number>();
  for (const owner of [...model.tasks, ...model.indicators]) {
    for (const link of owner.links) {
      if (!link.span || link.year === undefined) continue;
      const key = `${owner.documentId}:${link.span.start}:${link.span.end}`;
      const known = yearAt.get(key);
      if (known === undefined || link.year < known) yearAt.set(key, link.year);
    }
  }
  const years = new Map<string, number>();
  for (const [documentId, mentions] of index.mentions) {
    for (const mention of mentions) {
      const year = yearAt.get(`${documentId}:${mention.span.start}:${mention.span.end}`);
      if (year === undefined) continue;
      for (const id of mention.featureIds) {
        const known = years.get(id);
        if (known === undefined || year < known) years.set(id, year);
      }
    }
  }
  return years;
}

/**
 * Whether a plan feature is drawn in a phase. Only `existing` features are in the existing network; a
 * feature whose status the text does not state is treated as planned (its year decides).
 */
export function inPhase(props: Pick<BaseProps, 'id' | 'status'>, phase: Phase, years: ReadonlyMap<string, number>): boolean {
  if (phase === 'all' || props.status === 'existing') return true;
  if (phase === 'existing') return false;
  if (phase === '2035') return true;
  const year = years.get(props.id);
  return year !== undefined && year <= Number(phase);
}
