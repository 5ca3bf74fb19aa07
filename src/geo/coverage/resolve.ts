/**
 * Which counties a task or an indicator is about, and why, split three ways that are never mixed:
 * - named: the text names the county, or names a feature whose `countyId` is the county (a link's
 *   `featureId` is the county — including county links derived from a place, `via` — or a feature in it);
 * - spatial: a linked feature lies in / crosses the county (a relation of the coverage) but the county is
 *   not named. Features that carry a `countyId` of the coverage (points and areas inside one county) only
 *   ever name their county; spatial reach comes from features without one (lines, border sites);
 * - document area: the task has scope 'document-area' and the county is in its document's
 *   `areaCounties`, and the county is neither named nor spatial.
 */
import type { Indicator, PlanModel, Task } from '../../plan/types';
import { compareIds, relationsByFeature, sortedUnique } from './relate';
import type { Coverage } from './types';

/** Counties of one task or indicator, with the evidence for each. */
export interface CountyResolution {
  /** County id → linked feature ids that name it (the county itself, or features whose countyId it is). */
  named: Map<string, string[]>;
  /** County id → linked feature ids that meet it spatially, for counties not named. */
  spatial: Map<string, string[]>;
  /** Area counties of a 'document-area' task, neither named nor spatial; sorted. */
  documentArea: string[];
  /** Linked ids that are neither a county of the coverage nor a feature of its layers; sorted. */
  unknown: string[];
}

/** Everything a resolution needs from the model and the coverage, built once per call. */
export interface ResolveContext {
  countyIds: Set<string>;
  featureCounty: Map<string, string | undefined>;
  featureCounties: Map<string, string[]>;
  areaCounties: Map<string, string[]>;
  tasks: Map<string, Task>;
}

/** Builds the lookups used by {@link resolveLinks}. */
export function resolveContext(model: PlanModel, coverage: Coverage): ResolveContext {
  if (!model || !Array.isArray(model.tasks)) throw new Error('coverage: plan model has no tasks');
  const featureCounties = new Map<string, string[]>();
  for (const [id, rels] of relationsByFeature(coverage)) featureCounties.set(id, rels.map((r) => r.countyId));
  return {
    countyIds: new Set(coverage.counties.map((c) => c.id)),
    featureCounty: new Map(coverage.features.map((f) => [f.id, f.countyId])),
    featureCounties,
    areaCounties: new Map(model.documents.map((d) => [d.id, d.areaCounties])),
    tasks: new Map(model.tasks.map((t) => [t.id, t])),
  };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function tidy(map: Map<string, string[]>): Map<string, string[]> {
  const keys = [...map.keys()].sort(compareIds);
  return new Map(keys.map((k) => [k, sortedUnique(map.get(k) ?? [])]));
}

/**
 * Resolves a list of linked feature ids (plus the scope and document of the owning task) to counties.
 * @param featureIds the ids linked by the task or indicator (`featureIds` ∪ `links[].featureId`).
 */
export function resolveLinks(
  ctx: ResolveContext, featureIds: Iterable<string>, scope: Task['scope'], documentId: string,
): CountyResolution {
  const named = new Map<string, string[]>();
  const touched = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const id of featureIds) {
    if (ctx.countyIds.has(id)) {
      push(named, id, id);
      continue;
    }
    if (!ctx.featureCounty.has(id)) {
      unknown.push(id);
      continue;
    }
    const own = ctx.featureCounty.get(id);
    if (own !== undefined && ctx.countyIds.has(own)) {
      // A feature "inside one county" by its countyId names that county and reaches no other, even
      // when an approximate geometry strays across a border (reported as Coverage.countyMismatches).
      push(named, own, id);
      continue;
    }
    for (const c of ctx.featureCounties.get(id) ?? []) push(touched, c, id);
  }
  const spatial = new Map<string, string[]>();
  for (const [c, ids] of touched) if (!named.has(c)) spatial.set(c, ids);
  const documentArea = scope === 'document-area'
    ? (ctx.areaCounties.get(documentId) ?? []).filter((c) => ctx.countyIds.has(c) && !named.has(c) && !spatial.has(c))
    : [];
  return { named: tidy(named), spatial: tidy(spatial), documentArea: sortedUnique(documentArea), unknown: sortedUnique(unknown) };
}

/** The ids a task links: `featureIds` ∪ `links[].featureId`, first-mention order, distinct. */
export function taskFeatureIds(item: Pick<Task | Indicator, 'featureIds' | 'links'>): string[] {
  return [...new Set([...(item.featureIds ?? []), ...(item.links ?? []).map((l) => l.featureId)])];
}

/** Resolution of a task from its own links and scope. */
export function resolveTask(ctx: ResolveContext, task: Task): CountyResolution {
  return resolveLinks(ctx, taskFeatureIds(task), task.scope, task.documentId);
}

/**
 * Resolution of an indicator. It uses the indicator's own links; an indicator that links nothing
 * inherits its task's links (the figure is stated in the task's context), and the task's scope decides
 * the document-area case. With `ownLinksOnly` (used for capacity totals) nothing is inherited.
 * @throws when the indicator's task is not in the model.
 */
export function resolveIndicator(ctx: ResolveContext, indicator: Indicator, ownLinksOnly = false): CountyResolution {
  const task = ctx.tasks.get(indicator.taskId);
  if (!task) throw new Error(`coverage: indicator ${indicator.id} refers to unknown task ${indicator.taskId}`);
  const own = taskFeatureIds(indicator);
  if (own.length > 0 || ownLinksOnly) return resolveLinks(ctx, own, ownLinksOnly ? 'named-places' : task.scope, task.documentId);
  return resolveLinks(ctx, taskFeatureIds(task), task.scope, task.documentId);
}
