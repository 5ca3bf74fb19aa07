/**
 * Pure build of the plan layers (places, parks, railways, highways, corridors, unplaced) from the data
 * tables and the base layers (counties, seats, rivers). No I/O: the CLI reads and writes files.
 */
import { area, buffer, convex, destination, featureCollection, intersect, lineString, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { BaseProps, PlanCollection, PlanFeature } from '../types';
import { pointSourceText } from '../build/towns';
import { CORRIDORS } from './corridors';
import { HIGHWAYS, RAILWAYS, REGION_RAILWAYS } from './lines';
import type { ClusterAreaDef, CommonDef, LineDef, ParkDef, PointDef, TownSeatDef, UnplacedDef } from './model';
import { LUZHOU_PARKS } from './parks-luzhou';
import { ZHAOTONG_PARKS } from './parks-zhaotong';
import { LUZHOU_PLACES } from './places-luzhou';
import { ZHAOTONG_PLACES } from './places-zhaotong';
import { alongRiver, lengthKm, resolveVia, schematicLine } from './schematic';
import { alongRoads, roadGraph, ROAD_MATCH_KM } from './roads';
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
  /** Town seats (towns.geojson, Feature.id = "town-<code>"); needed by table entries on a town seat. */
  towns?: FeatureCollection;
  /** Natural Earth 10m roads (public domain; geodata/sources/roads_ne10m.geojson), for lines with `followRoads`. */
  roads?: FeatureCollection;
  /** Railway stations (OpenStreetMap, ODbL; geodata/sources/railway_stations_osm.geojson), named ones used. */
  stations?: FeatureCollection;
  /** Plan-county towns listed without a point (geodata/manifest.json `towns.withoutPoint`). */
  townsWithoutPoint?: readonly { name: string; code: string; county: string; countyId: string }[];
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
  lines: [...RAILWAYS, ...REGION_RAILWAYS, ...HIGHWAYS, ...CORRIDORS],
  unplaced: UNPLACED,
};

/** Contents of geodata/unplaced.json. */
export interface UnplacedFile {
  version: 1;
  description: string;
  items: Record<string, unknown>[];
  /** Towns of the plan counties that the sources list without a point (from the base build's manifest). */
  townsWithoutPoint?: { name: string; code: string; county: string; countyId: string; reason: string }[];
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

/** A town of towns.geojson by county and name. */
export type TownIndex = Map<string, Feature>;

/** Indexes town features by `<countyId>|<name>`. */
export function indexTowns(towns: FeatureCollection | undefined): TownIndex {
  const out: TownIndex = new Map();
  for (const f of towns?.features ?? []) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    out.set(`${String(p.countyId)}|${String(p.name)}`, f);
  }
  return out;
}

/** The town feature a table entry sits on; throws when the town has no point (keep such entries approximate). */
export function townOf(def: TownSeatDef, towns: TownIndex): Feature {
  const f = towns.get(`${def.countyId}|${def.town}`);
  if (!f || f.geometry.type !== 'Point') throw new Error(`${def.id}: town ${def.town} (county ${def.countyId}) has no seat in towns.geojson`);
  return f;
}

/** Resolves point positions in dependency order (anchors may refer to seats or other points). */
function resolvePoints(defs: readonly PointDef[], positions: Map<string, Position>, towns: TownIndex): void {
  let pending = defs.filter((d) => !positions.has(d.id));
  while (pending.length > 0) {
    const next: PointDef[] = [];
    for (const def of pending) {
      if (def.geometry === 'sourced') positions.set(def.id, def.at);
      else if (def.geometry === 'town') positions.set(def.id, (townOf(def, towns).geometry as Point).coordinates);
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

function townSeatFeature(def: TownSeatDef, at: Position, towns: TownIndex): PlanFeature {
  const town = townOf(def, towns);
  const tp = (town.properties ?? {}) as Record<string, unknown>;
  const extent = Number(tp.extentKm);
  const seat = `the seat of ${def.town} (${String(tp.id)} in towns.geojson; ${pointSourceText(tp.pointSource === 'geonames' ? 'geonames' : 'amap')})`;
  const source = def.placement === 'town'
    ? `Town seat: drawn on ${seat}. The point is the seat, not the extent of the town, which reaches about ${extent} km from it (uncertaintyKm).${def.how ? ` ${def.how}` : ''}`
    : `In or near ${def.town}: the plan places it in the town${def.how ? ` (${def.how})` : ''}; the site itself is not known, so it is drawn on ${seat}. It lies within about ${extent} km of the point, the extent of the town (uncertaintyKm; see the towns layer for how the extent is estimated).`;
  return makeFeature(def.id, { type: 'Point', coordinates: at } as Geometry, {
    ...commonProps(def), geometrySource: 'sourced', source, uncertaintyKm: extent,
    placement: def.placement === 'town' ? 'town-seat' : 'near-town', countyId: def.countyId, townId: String(tp.id),
  });
}

function pointFeature(def: PointDef, positions: Map<string, Position>, counties: Map<string, Feature>, towns: TownIndex): PlanFeature {
  const at = positions.get(def.id) as Position;
  if (def.geometry === 'town') return townSeatFeature(def, at, towns);
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

const OSM = 'stations: © OpenStreetMap contributors (ODbL-1.0), extract of 2025-01-24 via GitHub OpenQGIS/OMap-GeoDB; this line, derived from them, is under the ODbL';

/** Positions of the named stations (first of each name). */
function stationIndex(stations: FeatureCollection | undefined): Map<string, Position> {
  const out = new Map<string, Position>();
  for (const f of stations?.features ?? []) {
    const name = (f.properties as Record<string, unknown> | null)?.name;
    if (typeof name === 'string' && f.geometry.type === 'Point' && !out.has(name)) out.set(name, f.geometry.coordinates);
  }
  return out;
}

interface LineContext {
  rivers: FeatureCollection | undefined;
  stations: Map<string, Position>;
  roads: ReturnType<typeof roadGraph> | null;
}

function lineFeature(def: LineDef, nodes: Map<string, Position>, ctx: LineContext): PlanFeature {
  const { rivers, stations } = ctx;
  let coords = resolveVia(def.via, (id) => nodes.get(id));
  let source = def.how;
  if (def.followRoads && ctx.roads) {
    const along = alongRoads(ctx.roads, coords);
    if ('coords' in along) {
      coords = along.coords;
      source = `Schematic along the Natural Earth 10m roads (public domain; generalised 1–3 km, no names or route numbers): the connected road path from near ${def.via[0]} to near ${def.via[def.via.length - 1]} passes within ${ROAD_MATCH_KM} km of every named node, so it is taken as this route and joined to the end nodes; the real alignment may differ by a few km. ${def.how}`;
    } else {
      source = `Schematic: straight segments through the named nodes (Natural Earth roads do not match: ${along.reason}). ${def.how}`;
    }
  }
  if (def.stations && def.stations.length > 0) {
    const at = def.stations.map((name) => {
      const p = stations.get(name);
      if (!p) throw new Error(`${def.id}: station ${name} not in the stations source`);
      return p;
    });
    coords = [coords[0] as Position, ...at, coords[coords.length - 1] as Position];
    source = `Schematic through its stations: ${def.via[0]} → ${def.stations.join(' → ')} → ${def.via[def.via.length - 1]}, straight between stations (the track between them is not known); ${OSM}. Which line a station serves is not in the data: ${def.stationBasis ?? ''} ${def.how}`;
  }
  let geometry: LineString = schematicLine(coords);
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
    stations: def.stations ? [...def.stations] : undefined,
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
  const towns = indexTowns(base.towns);
  const lineCtx: LineContext = { rivers: base.rivers, stations: stationIndex(base.stations), roads: base.roads ? roadGraph(base.roads) : null };
  resolvePoints(tables.places, positions, towns);
  const nodes = new Map(positions);
  const parkPoints = tables.parks.filter((d): d is PointDef => d.geometry !== 'cluster');
  resolvePoints(parkPoints, positions, towns);

  const places = tables.places.map((d) => pointFeature(d, positions, counties, towns));
  const parks = tables.parks.map((d) => d.geometry === 'cluster' ? clusterFeature(d, positions, counties) : pointFeature(d, positions, counties, towns));
  const lines = (layer: LineDef['layer']): PlanFeature[] =>
    tables.lines.filter((d) => d.layer === layer).map((d) => lineFeature(d, nodes, lineCtx));
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
      ...(base.townsWithoutPoint ? {
        townsWithoutPoint: base.townsWithoutPoint.map((t) => ({
          ...t, reason: 'Listed in the 2023 division list; no source found for its seat (not in the AMap 2016 snapshot by name or code, not in GeoNames), so it is not on the towns layer.',
        })),
      } : {}),
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
