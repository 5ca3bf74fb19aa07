/**
 * Validator of the built plan layers (Node side: the CLI refuses to write when it reports anything, and the
 * unit tests run it on the committed files and on broken fixtures). Checks GeoJSON validity
 * (geojson-validation), the property contract of `../types.ts`, unique ids across all layers, `via` nodes,
 * approximate points inside their county, plan words that really are in the seeds, and statuses.
 */
import { booleanPointInPolygon, length, lineString, point, pointOnFeature, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { STATUSES } from '../types';
import type { PlanLayerName } from './build';
import { geojsonErrors } from './gjv';
import { isObject } from '../../util/json';

/** What the checks compare against. */
export interface CheckContext {
  /** Seed text by document id ("lz", "zt"). */
  seeds: Readonly<Record<string, string>>;
  /** Plan and context counties, Feature.id = adcode. */
  counties: readonly Feature[];
  /** Province outlines with `properties.name` (for nodes outside the mapped counties). */
  provinces?: readonly Feature[];
  /** County seats, Feature.id = "seat-<adcode>". */
  seats: readonly Feature[];
  /** Ids already used by the other layers of geodata/ (id → layer). */
  otherIds?: ReadonlyMap<string, string>;
}

const GEOMETRY_SOURCES = new Set(['dataset', 'sourced', 'approximate', 'schematic']);
const PLACEMENTS = new Set(['point', 'site', 'town', 'county', 'cluster', 'town-seat', 'near-town']);
/** Placements on a town seat: sourced points whose uncertaintyKm is the town's extent. */
const ON_TOWN_SEAT = new Set(['town-seat', 'near-town']);
const UNPLACED_CATEGORIES = new Set(['source-error', 'text-flaw', 'slogan', 'network', 'aggregate', 'no-location', 'regional', 'not-mapped']);
const LINE_LAYERS = new Set<string>(['railways', 'highways', 'corridors']);
/** Sourced points on a boundary river (dams) may fall this far outside their county's outline. */
const SOURCED_TOLERANCE_KM = 1.5;

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s !== '');
}

function idOf(f: Feature): string {
  return String(f.id ?? '');
}

function distanceToBoundaryKm(p: Position, county: Feature<Polygon | MultiPolygon>): number {
  const lines = polygonToLine(county);
  const feats = lines.type === 'FeatureCollection' ? lines.features : [lines];
  let best = Infinity;
  for (const f of feats) {
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const part of parts) best = Math.min(best, pointToLineDistance(point(p), lineString(part), { units: 'kilometers' }));
  }
  return best;
}

function samePos(a: Position | undefined, b: Position | undefined): boolean {
  return !!a && !!b && Math.abs((a[0] as number) - (b[0] as number)) < 2e-5 && Math.abs((a[1] as number) - (b[1] as number)) < 2e-5;
}

/** Plan words: present, and a substring of at least one listed document's seed. */
function checkPlanWords(p: Record<string, unknown>, ctx: CheckContext, problem: (m: string) => void): void {
  const docs = p.documents;
  if (!isStringArray(docs) && !(Array.isArray(docs) && docs.length === 0)) { problem('documents must be an array of document ids'); return; }
  for (const d of docs) if (ctx.seeds[d] === undefined) problem(`unknown document "${d}"`);
  const texts = docs.map((d) => ctx.seeds[d] ?? '');
  if (docs.length > 0) {
    if (typeof p.planText !== 'string' || p.planText === '') problem('planText missing');
    else if (!texts.some((t) => t.includes(p.planText as string))) problem(`planText is not in the seed text of ${docs.join('/')}: "${p.planText}"`);
  } else if (p.planText !== undefined) problem('planText without documents');
  if (p.aliases !== undefined && !isStringArray(p.aliases)) problem('aliases must be an array of strings');
  if (p.status !== undefined) {
    if (!STATUSES.includes(p.status as never)) problem(`status "${String(p.status)}" not allowed`);
    if (typeof p.statusEvidence !== 'string' || p.statusEvidence === '') problem('status without statusEvidence');
    else if (!(typeof p.planText === 'string' && p.planText.includes(p.statusEvidence)) && !texts.some((t) => t.includes(p.statusEvidence as string))) {
      problem(`statusEvidence is not in planText or the seed: "${p.statusEvidence}"`);
    }
  } else if (p.statusEvidence !== undefined) problem('statusEvidence without status');
}

function checkGeometrySource(
  layer: string, f: Feature, p: Record<string, unknown>, ctx: CheckContext, nodes: Map<string, Position>,
  counties: Map<string, Feature>, problem: (m: string) => void,
): void {
  const g: Geometry = f.geometry;
  const gs = p.geometrySource;
  if (typeof gs !== 'string' || !GEOMETRY_SOURCES.has(gs) || gs === 'dataset') { problem(`geometrySource "${String(gs)}" not allowed here`); return; }
  if (typeof p.source !== 'string' || p.source.trim() === '') problem('source (provenance) missing');
  if (LINE_LAYERS.has(layer) !== (gs === 'schematic')) problem(`geometrySource "${gs}" not allowed in ${layer}`);
  if (gs === 'approximate' && !(typeof p.uncertaintyKm === 'number' && p.uncertaintyKm > 0)) problem('approximate without a positive uncertaintyKm');
  const onSeat = gs === 'sourced' && ON_TOWN_SEAT.has(String(p.placement));
  if (onSeat && !(typeof p.uncertaintyKm === 'number' && p.uncertaintyKm > 0 && typeof p.townId === 'string')) problem('town-seat point without townId and a positive uncertaintyKm');
  if (gs !== 'approximate' && !onSeat && p.uncertaintyKm !== undefined) problem('uncertaintyKm on a non-approximate feature');
  if (gs !== 'schematic') {
    if (!PLACEMENTS.has(String(p.placement))) problem(`placement "${String(p.placement)}" not allowed`);
    if (g.type !== 'Point' && g.type !== 'Polygon' && g.type !== 'MultiPolygon') problem(`${g.type} not allowed for a place or park`);
    const county = typeof p.countyId === 'string' ? counties.get(p.countyId) : undefined;
    if (gs === 'approximate' && typeof p.countyId !== 'string') problem('approximate feature without countyId');
    if (typeof p.countyId === 'string' && !county && typeof p.outsideProvince !== 'string' && gs === 'approximate') {
      problem(`county ${p.countyId} is not in the base layers (set outsideProvince for nodes outside the mapped counties)`);
    }
    const at = g.type === 'Point' ? g.coordinates : pointOnFeature(f).geometry.coordinates;
    if (county) {
      const poly = county as Feature<Polygon | MultiPolygon>;
      const inside = booleanPointInPolygon(point(at), poly);
      if (gs === 'approximate' && !inside) problem(`point ${at.join(',')} is not inside its county ${String(p.countyId)}`);
      if (gs === 'sourced' && !inside && distanceToBoundaryKm(at, poly) > SOURCED_TOLERANCE_KM) {
        problem(`sourced point is more than ${SOURCED_TOLERANCE_KM} km outside its county ${String(p.countyId)}`);
      }
    } else if (typeof p.outsideProvince === 'string') {
      const prov = (ctx.provinces ?? []).find((x) => isObject(x.properties) && x.properties.name === p.outsideProvince);
      if (!prov) problem(`province "${p.outsideProvince}" not available to check the point`);
      else if (!booleanPointInPolygon(point(at), prov as Feature<Polygon | MultiPolygon>)) problem(`point is not inside ${p.outsideProvince}`);
    }
    return;
  }
  if (g.type !== 'LineString') { problem(`schematic geometry must be a LineString, got ${g.type}`); return; }
  const via = p.via;
  if (!isStringArray(via) || via.length < 2) { problem('schematic without a via list of at least two ids'); return; }
  const missing = via.filter((id) => !nodes.has(id));
  if (missing.length > 0) { problem(`via ids not in places or seats: ${missing.join(', ')}`); return; }
  const c = (g as LineString).coordinates;
  if (!samePos(c[0], nodes.get(via[0] as string)) || !samePos(c[c.length - 1], nodes.get(via[via.length - 1] as string))) {
    problem('line does not start and end at its first and last via nodes');
  }
  if (typeof p.lengthKm !== 'number') problem('lengthKm missing');
  else if (Math.abs(length(lineString(c), { units: 'kilometers' }) - p.lengthKm) > 0.11) problem(`lengthKm ${p.lengthKm} differs from the geometry`);
}

function checkFeature(
  layer: string, f: unknown, ctx: CheckContext, nodes: Map<string, Position>, counties: Map<string, Feature>, problems: string[],
): void {
  if (!isObject(f) || !isObject(f.properties) || !isObject(f.geometry)) { problems.push(`${layer}: feature without properties or geometry`); return; }
  const p = f.properties;
  const id = typeof p.id === 'string' ? p.id : '';
  const problem = (m: string): void => { problems.push(`${layer}/${id || '?'}: ${m}`); };
  if (id === '') problem('missing string id');
  if (f.id !== id) problem(`Feature.id (${String(f.id)}) differs from properties.id`);
  for (const key of ['name', 'nameEn', 'kind'] as const) if (typeof p[key] !== 'string' || p[key] === '') problem(`${key} missing`);
  checkPlanWords(p, ctx, problem);
  checkGeometrySource(layer, f as unknown as Feature, p, ctx, nodes, counties, problem);
}

function checkUnplaced(unplaced: unknown, ctx: CheckContext, seen: Map<string, string>, problems: string[]): void {
  if (!isObject(unplaced) || !Array.isArray(unplaced.items)) { problems.push('unplaced: no items array'); return; }
  for (const item of unplaced.items as unknown[]) {
    if (!isObject(item)) { problems.push('unplaced: item is not an object'); continue; }
    const id = typeof item.id === 'string' ? item.id : '';
    const problem = (m: string): void => { problems.push(`unplaced/${id || '?'}: ${m}`); };
    if (id === '') problem('missing id');
    else if (seen.has(id)) problem(`id also used in ${seen.get(id)}`);
    else seen.set(id, 'unplaced');
    for (const key of ['name', 'nameEn', 'kind', 'reason'] as const) if (typeof item[key] !== 'string' || item[key] === '') problem(`${key} missing`);
    if (!UNPLACED_CATEGORIES.has(String(item.category))) problem(`category "${String(item.category)}" not allowed`);
    if (!isStringArray(item.documents) || item.documents.length === 0) problem('documents missing');
    checkPlanWords(item, ctx, problem);
    if (item.related !== undefined) {
      if (!isStringArray(item.related)) problem('related must be an array of ids');
      else for (const r of item.related) if (!seen.has(r)) problem(`related id ${r} is not a feature`);
    }
  }
}

/**
 * Every problem found in the plan layers and unplaced.json, as "layer/id: message" strings (empty = valid).
 */
export function checkPlanLayers(layers: Partial<Record<PlanLayerName, unknown>>, unplaced: unknown, ctx: CheckContext): string[] {
  const problems: string[] = [];
  const counties = new Map(ctx.counties.map((c) => [idOf(c), c] as const));
  const seen = new Map<string, string>(ctx.otherIds ?? []);
  const nodes = new Map<string, Position>();
  for (const s of ctx.seats) if (s.geometry.type === 'Point') nodes.set(idOf(s), s.geometry.coordinates);
  const entries = Object.entries(layers) as [PlanLayerName, unknown][];
  for (const [layer, fc] of entries) {
    for (const e of geojsonErrors(fc)) problems.push(`${layer}: geojson-validation: ${e}`);
    if (!isObject(fc) || !Array.isArray(fc.features)) { problems.push(`${layer}: not a FeatureCollection`); continue; }
    for (const f of fc.features as unknown[]) {
      if (!isObject(f)) continue;
      const id = String(f.id ?? '');
      if (seen.has(id)) problems.push(`${layer}/${id}: id also used in ${seen.get(id)}`);
      else seen.set(id, layer);
      if (layer === 'places' && isObject(f.geometry) && f.geometry.type === 'Point') nodes.set(id, f.geometry.coordinates as Position);
    }
  }
  for (const [layer, fc] of entries) {
    if (!isObject(fc) || !Array.isArray(fc.features)) continue;
    for (const f of fc.features as unknown[]) checkFeature(layer, f, ctx, nodes, counties, problems);
  }
  checkUnplaced(unplaced, ctx, seen, problems);
  return problems;
}
