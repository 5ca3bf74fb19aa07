/**
 * Points the planner placed on the map for names of an added document that matched no map feature
 * (review screen, "在地图上放置"). Pure.
 *
 * A placement becomes a Point feature of the planner-placed layer of that document (`geometrySource`
 * 'planner', no uncertainty claimed: the position is the planner's judgement), and every mention of the
 * name in the document that no other place mention covers is linked to it: the task and the indicator
 * whose span holds the mention get a curated link (span = the mention, reason {@link PLANNER_PLACED_REASON}),
 * and the document-level place mentions gain it (the reader underlines it).
 */
import type { Position } from 'geojson';
import type { LayerId, PlanCollection, PlanFeature } from '../geo/types';
import { isObject } from '../util/json';
import type { DocumentMention, Indicator, Link, PlanModel, Span, Task } from './types';

/** One name the planner placed on the map: the term and the clicked position (WGS-84 lon, lat). */
export interface Placement {
  term: string;
  lngLat: readonly [number, number];
}

/** The reason recorded on links to a point the planner placed. */
export const PLANNER_PLACED_REASON = 'placed by planner';

/** The `kind` of a planner-placed feature. */
export const PLACED_KIND = 'planner-point';

/** The shipped layer whose source carries the planner-placed points (drawn by their own style layer). */
export const PLACED_LAYER: LayerId = 'places';

/** The id of the n-th (0-based) point placed for an added document. */
export const placedId = (documentId: string, n: number): string => `${documentId}-p${n + 1}`;

/** Rounds a coordinate to 6 decimals (~0.1 m): a click is not more precise than that. */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The provenance text of a planner-placed point. */
export function placedSource(at: string): string {
  return `规划人员于 ${at.slice(0, 16).replace('T', ' ')}（UTC）审核添加的规划时在地图上点击放置；位置为规划人员的判断，非测绘，未标注误差范围。`;
}

/** The feature of one placement. */
export function placedFeature(documentId: string, n: number, placement: Placement, at: string): PlanFeature {
  const id = placedId(documentId, n);
  const coordinates: Position = [round6(placement.lngLat[0]), round6(placement.lngLat[1])];
  return {
    type: 'Feature', id,
    geometry: { type: 'Point', coordinates },
    properties: {
      id, name: placement.term, nameEn: placement.term, kind: PLACED_KIND, geometrySource: 'planner',
      source: placedSource(at), documents: [documentId], placedAt: at,
    } as PlanFeature['properties'],
  };
}

/** Every occurrence of `term` in `text` that no span of `taken` overlaps. */
function occurrences(text: string, term: string, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  if (term === '') return out;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
    const span = { start: at, end: at + term.length };
    if (!taken.some((s) => s.start < span.end && span.start < s.end)) out.push(span);
  }
  return out;
}

function withLinks<T extends Task | Indicator>(owner: T, spans: readonly { span: Span; featureId: string; term: string }[]): T {
  const extra: Link[] = spans
    .filter(({ span }) => owner.span.start <= span.start && span.end <= owner.span.end)
    .filter(({ span, featureId }) => !owner.links.some((l) => l.featureId === featureId && l.span?.start === span.start))
    .map(({ span, featureId, term }) => ({ featureId, kind: 'curated', span: { ...span }, quote: term, reason: PLANNER_PLACED_REASON }));
  if (extra.length === 0) return owner;
  const links = [...owner.links, ...extra];
  return { ...owner, links, featureIds: [...new Set(links.map((l) => l.featureId))] };
}

/**
 * The model with the placements linked, and the placed features. A placement whose term is empty,
 * not in the text, or placed twice is skipped (the first one counts).
 */
export function applyPlacements(
  model: PlanModel, text: string, placements: readonly Placement[], at: string,
): { model: PlanModel; placed: PlanFeature[] } {
  const documentId = model.documents[0]?.id;
  if (!documentId || placements.length === 0) return { model, placed: [] };
  const taken: Span[] = [
    ...(model.mentions ?? []).map((m) => m.span),
    ...[...model.tasks, ...model.indicators].flatMap((o) => o.links.flatMap((l) => (l.span ? [l.span] : []))),
  ];
  const placed: PlanFeature[] = [];
  const found: { span: Span; featureId: string; term: string }[] = [];
  for (const placement of placements) {
    if (placed.some((f) => f.properties.name === placement.term)) continue;
    const spans = occurrences(text, placement.term, taken);
    if (spans.length === 0) continue;
    const feature = placedFeature(documentId, placed.length, placement, at);
    placed.push(feature);
    taken.push(...spans);
    found.push(...spans.map((span) => ({ span, featureId: feature.id, term: placement.term })));
  }
  const mentions: DocumentMention[] = [
    ...(model.mentions ?? []),
    ...found.map(({ span, featureId, term }) => ({ documentId, featureId, span: { ...span }, term, reason: PLANNER_PLACED_REASON })),
  ].sort((a, b) => a.span.start - b.span.start);
  return {
    model: {
      ...model,
      tasks: model.tasks.map((t) => withLinks(t, found)),
      indicators: model.indicators.map((i) => withLinks(i, found)),
      mentions,
    },
    placed,
  };
}

const finite = (x: unknown, min: number, max: number): boolean => typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max;

/** Why a stored planner-placed feature of document `documentId` is not valid, or null when it is. */
export function placedProblem(value: unknown, documentId: string): string | null {
  if (!isObject(value) || value.type !== 'Feature') return 'not a Feature';
  const { geometry: g, properties: p } = value;
  if (!isObject(g) || g.type !== 'Point' || !Array.isArray(g.coordinates) || g.coordinates.length !== 2) return 'not a Point';
  if (!finite(g.coordinates[0], -180, 180) || !finite(g.coordinates[1], -90, 90)) return 'coordinates';
  if (!isObject(p) || typeof p.id !== 'string' || value.id !== p.id) return 'id';
  if (!p.id.startsWith(`${documentId}-p`) || !/^\d{1,4}$/.test(p.id.slice(documentId.length + 2))) return 'id';
  if (typeof p.name !== 'string' || p.name === '' || p.name.length > 60) return 'name';
  if (p.geometrySource !== 'planner' || p.kind !== PLACED_KIND || p.uncertaintyKm !== undefined) return 'geometrySource';
  if (typeof p.source !== 'string' || p.source === '') return 'source';
  return null;
}

/**
 * The shipped collections with the planner-placed points of the added documents in {@link PLACED_LAYER}
 * (replacing the placed points it held before; the shipped features are never 'planner').
 */
export function withPlacedFeatures(
  collections: Partial<Record<LayerId, PlanCollection>>, placed: readonly PlanFeature[],
): Partial<Record<LayerId, PlanCollection>> {
  const layer = collections[PLACED_LAYER];
  if (!layer) return collections;
  const had = layer.features.some((f) => f.properties.geometrySource === 'planner');
  if (!had && placed.length === 0) return collections;
  const shipped = had ? layer.features.filter((f) => f.properties.geometrySource !== 'planner') : layer.features;
  return { ...collections, [PLACED_LAYER]: { ...layer, features: [...shipped, ...placed] } };
}
