/**
 * Pure build of the plan layers (places, parks, railways, highways, corridors, unplaced) from the data
 * tables and the base layers (counties, seats, rivers). No I/O: the CLI reads and writes files.
 */
import { area, buffer, convex, destination, featureCollection, intersect, lineString, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { BaseProps, PlanCollection, PlanFeature } from '../types';
import { CORRIDORS } from './corridors';
import { HIGHWAYS, RAILWAYS } from './lines';
import type { ClusterAreaDef, CommonDef, LineDef, ParkDef, PointDef, UnplacedDef } from './model';
import { LUZHOU_PARKS } from './parks-luzhou';
import { ZHAOTONG_PARKS } from './parks-zhaotong';
import { LUZHOU_PLACES } from './places-luzhou';
import { ZHAOTONG_PLACES } from './places-zhaotong';
import { alongRiver, lengthKm, resolveVia, schematicLine } from './schematic';
import { orderProperties, roundGeometry, stringifyCollection, stringifyJson } from './serialize';
import { UNPLACED } from './unplaced';

/** The five GeoJSON layers this build writes (file names without `.geojson`). */
export const PLAN_LAYER_NAMES = ['places', 'parks', 'railways', 'highways', 'corridors'] as const;
/** One of the five plan layers. */
export type PlanLayerName = (typeof PLAN_LAYER_NAMES)[number];

/** Base layers the build reads (from geodata/, written by the base build). */
export interface BaseLayers {
  /** The 13 plan counties, Feature.id = adcode. */
  counties: FeatureCollection;
  /** Neighbouring counties, Feature.id = adcode. */
  contextCounties?: FeatureCollection;
  /** County seats, Feature.id = "seat-<adcode>". */
  seats: FeatureCollection;
  /** River centre lines with a Chinese `name` (or `name_zh`); used by lines with `followRiver`. */
  rivers?: FeatureCollection;
}

/** All data tables. */
export interface PlanTables {
  places: readonly PointDef[];
  parks: readonly ParkDef[];
  lines: readonly LineDef[];
  unplaced: readonly UnplacedDef[];
}

/** The project's tables (both plans). */
export const PLAN_TABLES: PlanTables = {
  places: [...LUZHOU_PLACES, ...ZHAOTONG_PLACES],
  parks: [...LUZHOU_PARKS, ...ZHAOTONG_PARKS],
  lines: [...RAILWAYS, ...HIGHWAYS, ...CORRIDORS],
  unplaced: UNPLACED,
};

/** Contents of geodata/unplaced.json. */
export interface UnplacedFile {
  version: 1;
  description: string;
  items: Record<string, unknown>[];
}

/** Result of the build. */
export interface BuiltPlanLayers {
  layers: Record<PlanLayerName, PlanCollection>;
  unplaced: UnplacedFile;
}

type Props = BaseProps & Record<string, unknown>;

function featureId(f: Feature): string {
  return String(f.id ?? (f.properties as Record<string, unknown> | null)?.id ?? '');
}

/** Radius (km, rounded) of a circle with the county's area: the uncertainty of a county-level marker. */
export function countyRadiusKm(county: Feature): number {
  const props = (county.properties ?? {}) as Record<string, unknown>;
  const km2 = typeof props.areaKm2 === 'number' ? props.areaKm2 : area(county) / 1e6;
  return Math.round(Math.sqrt(km2 / Math.PI));
}

function commonProps(def: CommonDef): Partial<Props> {
  return {
    id: def.id, name: def.name, nameEn: def.nameEn, kind: def.kind,
    status: def.status, statusEvidence: def.statusEvidence, statusNote: def.statusNote,
    documents: [...def.documents], planText: def.planText,
    aliases: def.aliases && def.aliases.length > 0 ? [...def.aliases] : undefined, note: def.note,
  };
}

function makeFeature(id: string, geometry: Geometry, props: Partial<Props>): PlanFeature {
  return { type: 'Feature', id, properties: orderProperties(props) as Props, geometry: roundGeometry(geometry) };
}

/** Resolves point positions in dependency order (anchors may refer to seats or other points). */
function resolvePoints(defs: readonly PointDef[], positions: Map<string, Position>): void {
  let pending = defs.filter((d) => !positions.has(d.id));
  while (pending.length > 0) {
    const next: PointDef[] = [];
    for (const def of pending) {
      if (def.geometry === 'sourced') positions.set(def.id, def.at);
      else if ('at' in def.anchor) positions.set(def.id, def.anchor.at);
      else {
        const ref = positions.get(def.anchor.near);
        if (!ref) { next.push(def); continue; }
        positions.set(def.id, destination(point(ref), def.anchor.km, def.anchor.bearing, { units: 'kilometers' }).geometry.coordinates);
      }
    }
    if (next.length === pending.length) {
      throw new Error(`cannot resolve anchors of: ${next.map((d) => `${d.id} (near ${'anchor' in d && 'near' in d.anchor ? d.anchor.near : '?'})`).join(', ')}`);
    }
    pending = next;
  }
}

function pointFeature(def: PointDef, positions: Map<string, Position>, counties: Map<string, Feature>): PlanFeature {
  const at = positions.get(def.id) as Position;
  const geometry = { type: 'Point', coordinates: at } as Geometry;
  if (def.geometry === 'sourced') {
    return makeFeature(def.id, geometry, {
      ...commonProps(def), geometrySource: 'sourced', source: def.source, placement: 'point', countyId: def.countyId,
    });
  }
  let uncertaintyKm: number;
  if (def.uncertaintyKm === 'county') {
    const county = counties.get(def.countyId);
    if (!county) throw new Error(`${def.id}: county ${def.countyId} not in the base layers (needed for its uncertainty)`);
    uncertaintyKm = countyRadiusKm(county);
  } else uncertaintyKm = def.uncertaintyKm;
  return makeFeature(def.id, geometry, {
    ...commonProps(def), geometrySource: 'approximate', source: def.how, uncertaintyKm, placement: def.placement,
    countyId: def.countyId, outsideProvince: def.outsideProvince,
  });
}

function clusterFeature(def: ClusterAreaDef, positions: Map<string, Position>, counties: Map<string, Feature>): PlanFeature {
  const pts = resolveVia(def.members, (id) => positions.get(id));
  const county = counties.get(def.countyId);
  if (!county) throw new Error(`${def.id}: county ${def.countyId} not in the base layers`);
  const shape = pts.length >= 3 ? convex(featureCollection(pts.map((p) => point(p)))) : lineString(pts);
  if (!shape) throw new Error(`${def.id}: members are collinear or too few for an area`);
  const buffered = buffer(shape, def.bufferKm, { units: 'kilometers', steps: 8 });
  if (!buffered) throw new Error(`${def.id}: buffer failed`);
  const clipped = intersect(featureCollection([buffered as Feature<Polygon | MultiPolygon>, county as Feature<Polygon | MultiPolygon>]));
  if (!clipped) throw new Error(`${def.id}: area does not overlap county ${def.countyId}`);
  return makeFeature(def.id, clipped.geometry, {
    ...commonProps(def), geometrySource: 'approximate', source: def.how, uncertaintyKm: def.uncertaintyKm, placement: 'cluster',
    countyId: def.countyId,
  });
}

/** Line parts of the river named `name` (property `name` or `name_zh`) and the distinct `source` texts of those features. */
export function riverParts(rivers: FeatureCollection | undefined, name: string): { parts: Position[][]; sources: string[] } {
  const parts: Position[][] = [];
  const sources = new Set<string>();
  for (const f of rivers?.features ?? []) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    if (p.name !== name && p.name_zh !== name) continue;
    if (f.geometry.type === 'LineString') parts.push(f.geometry.coordinates);
    else if (f.geometry.type === 'MultiLineString') parts.push(...f.geometry.coordinates);
    else continue;
    if (typeof p.source === 'string' && p.source !== '') sources.add(p.source);
  }
  return { parts, sources: [...sources].sort() };
}

function lineFeature(def: LineDef, nodes: Map<string, Position>, rivers: FeatureCollection | undefined): PlanFeature {
  const coords = resolveVia(def.via, (id) => nodes.get(id));
  let geometry: LineString = schematicLine(coords);
  let source = def.how;
  if (def.followRiver) {
    const river = riverParts(rivers, def.followRiver);
    const along = alongRiver(river.parts, coords[0] as Position, coords[coords.length - 1] as Position);
    if (along) {
      geometry = schematicLine(along);
      const from = river.sources.length > 0 ? ` (river geometry: ${river.sources.join('; ')})` : '';
      source = `Schematic: drawn along the ${def.followRiver} centre line of geodata/rivers.geojson${from} between the points nearest the first and last nodes, joined to those nodes; the nodes in between are listed in via but the line follows the river, not them. ${def.how}`;
    } else {
      source = `Schematic: straight segments through the named nodes (no ${def.followRiver} centre line found in geodata/rivers.geojson). ${def.how}`;
    }
  }
  const rounded = roundGeometry(geometry);
  return makeFeature(def.id, rounded, {
    ...commonProps(def), geometrySource: 'schematic', source, via: [...def.via], lengthKm: lengthKm(rounded),
  });
}

function unplacedItem(def: UnplacedDef): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: def.id, name: def.name, nameEn: def.nameEn, kind: def.kind, category: def.category, countyId: def.countyId,
    documents: [...def.documents], planText: def.planText, reason: def.reason,
    related: def.related ? [...def.related] : undefined,
  };
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Builds every plan layer from the base layers and the tables. Throws on unresolvable input. */
export function buildPlanLayers(base: BaseLayers, tables: PlanTables = PLAN_TABLES): BuiltPlanLayers {
  const counties = new Map<string, Feature>();
  for (const f of [...(base.contextCounties?.features ?? []), ...base.counties.features]) counties.set(featureId(f), f);
  const positions = new Map<string, Position>();
  for (const s of base.seats.features) {
    if (s.geometry.type === 'Point') positions.set(featureId(s), s.geometry.coordinates);
  }
  resolvePoints(tables.places, positions);
  const nodes = new Map(positions);
  const parkPoints = tables.parks.filter((d): d is PointDef => d.geometry !== 'cluster');
  resolvePoints(parkPoints, positions);

  const places = tables.places.map((d) => pointFeature(d, positions, counties));
  const parks = tables.parks.map((d) => d.geometry === 'cluster' ? clusterFeature(d, positions, counties) : pointFeature(d, positions, counties));
  const lines = (layer: LineDef['layer']): PlanFeature[] =>
    tables.lines.filter((d) => d.layer === layer).map((d) => lineFeature(d, nodes, base.rivers));
  const collection = (features: PlanFeature[]): PlanCollection => ({ type: 'FeatureCollection', features: [...features].sort(byId) });
  return {
    layers: {
      places: collection(places),
      parks: collection(parks),
      railways: collection(lines('railways')),
      highways: collection(lines('highways')),
      corridors: collection(lines('corridors')),
    },
    unplaced: {
      version: 1,
      description: 'Places, parks, lines and corridors the plans name that are not on the map: the plan\'s words, a category and the reason.',
      items: [...tables.unplaced].sort(byId).map(unplacedItem),
    },
  };
}

/** File name → file text for every output of the build (deterministic). */
export function serializePlanLayers(built: BuiltPlanLayers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of PLAN_LAYER_NAMES) out[`${name}.geojson`] = stringifyCollection(built.layers[name].features);
  out['unplaced.json'] = stringifyJson(built.unplaced);
  return out;
}
