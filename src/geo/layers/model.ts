/**
 * Types of the plan-layer data tables (places, parks, lines, corridors, unplaced items).
 *
 * The tables are hand-written from the two plan texts; `build.ts` turns them into GeoJSON layers with the
 * property contract of `../types.ts`. Nothing here reads files.
 *
 * Status vocabulary (the plan's verb decides, and the words go into `statusEvidence`):
 * - `existing`: the plan treats it as already there (依托 …, an upgrade 扩能改造 of it is planned, a photo of it).
 * - `under-construction`: 续建, 加快建设, 加快 … 建设, 加快建成, 加快 … 建成投产.
 * - `planned`: 规划建设, 力争开工, 启动 … 项目, a target 建成 (for 2022 or the five-year period).
 * - `proposed`: 积极推进 … 建设, 前期工作, 支持 … (no schedule), 打造, membership of a network skeleton only.
 * Development concepts (clusters, belts, cores) carry no status.
 */
import type { Status } from '../types';

/** Plan document ids (seeds/index.json). */
export type DocId = 'lz' | 'zt';

/** How precisely an approximate feature is placed; shown to users next to `uncertaintyKm`. */
export type Placement =
  /** A coordinate from a citable source. */
  | 'point'
  /** A named site (scenic spot, museum, project) placed from descriptions. */
  | 'site'
  /** At the approximate position of a town or township. */
  | 'town'
  /** Only the county is known: a marker offset from the county seat for legibility. */
  | 'county'
  /** An area drawn around the member places of a cluster, clipped to the county. */
  | 'cluster';

/**
 * Where an approximate point goes: an explicit lon/lat, or a distance and bearing from another
 * place or seat (e.g. a project "at" a town, or a county-level marker next to the seat).
 */
export type Anchor = { at: [number, number] } | { near: string; km: number; bearing: number };

/** Properties every table entry has. */
export interface CommonDef {
  /** Stable unique id, also `Feature.id`. */
  id: string;
  name: string;
  nameEn: string;
  kind: string;
  /** Documents naming it; empty for pure network nodes that no plan names (e.g. 茅台镇). */
  documents: DocId[];
  /** The plan's exact words (substring of the seed); absent only when `documents` is empty. */
  planText?: string;
  /** Other spellings the texts use. */
  aliases?: string[];
  status?: Status;
  /** Words of the plan that decided `status` (substring of the seed). */
  statusEvidence?: string;
  /** When the status needed more than the literal verb, why. */
  statusNote?: string;
  /** Anything else a reader should know (flaws, inferences, renamed units). */
  note?: string;
}

/** A point with a citable coordinate (the six rows of places.csv). */
export interface SourcedPointDef extends CommonDef {
  geometry: 'sourced';
  at: [number, number];
  /** Citation, verbatim from the source table, with datum. */
  source: string;
  countyId?: string;
}

/** A point placed by the project. */
export interface ApproxPointDef extends CommonDef {
  geometry: 'approximate';
  anchor: Anchor;
  /** Radius of doubt in km; `'county'` = radius of a circle with the county's area. */
  uncertaintyKm: number | 'county';
  placement: Exclude<Placement, 'point' | 'cluster'>;
  /** County adcode the point must lie in. */
  countyId: string;
  /** How it was placed, in words (becomes `source`). */
  how: string;
  /** For nodes outside the mapped counties: the province (name) whose outline must contain it. */
  outsideProvince?: string;
}

/**
 * A point on a town seat of geodata/towns.geojson (`sourced`): the town itself (`placement: 'town'`), or a
 * site the plan places in the town (`'site'`: "in or near" the town; its uncertainty is the town's extent).
 */
export interface TownSeatDef extends CommonDef {
  geometry: 'town';
  /** The town's name as in towns.geojson (2023 list), e.g. "摩尼镇". */
  town: string;
  countyId: string;
  placement: 'town' | 'site';
  /** Why it is in that town (which words of the plan name it), for sites; anything else for towns. */
  how?: string;
}

/** An area around member places (convex hull + buffer), clipped to one county. */
export interface ClusterAreaDef extends CommonDef {
  geometry: 'cluster';
  members: string[];
  bufferKm: number;
  countyId: string;
  uncertaintyKm: number;
  how: string;
}

/** A schematic line through named nodes. */
export interface LineDef extends CommonDef {
  layer: 'railways' | 'highways' | 'corridors';
  /** Place or seat ids in order; a loop repeats its first id at the end. */
  via: string[];
  how: string;
  /** Draw along this river's centre line (from geodata/rivers.geojson) between the first and last node. */
  followRiver?: string;
  /**
   * Railways: OpenStreetMap station names (railway_stations_osm.geojson) the line passes, in order between
   * its first and last node; the line is drawn through them (still straight between stations).
   */
  stations?: string[];
  /** Why these stations are taken to be on this line (names, positions, towns served), and where unsure. */
  stationBasis?: string;
  /** Expressways: draw along the Natural Earth roads where a connected road path matches the nodes (see roads.ts). */
  followRoads?: boolean;
}

/** A point entry of the places or parks table. */
export type PointDef = SourcedPointDef | ApproxPointDef | TownSeatDef;
/** An entry of the parks table: a point or a cluster area. */
export type ParkDef = PointDef | ClusterAreaDef;

/** Why something the plans name is not on the map. */
export type UnplacedCategory =
  /** The text names it by mistake (copy slip). */
  | 'source-error'
  /** The source text is broken at this point. */
  | 'text-flaw'
  /** A numbered network slogan that names no specific line. */
  | 'slogan'
  /** A network whose named members are all drawn individually. */
  | 'network'
  /** A count of unnamed items. */
  | 'aggregate'
  /** A specific thing whose location (or county) the plan does not give and the project does not know. */
  | 'no-location'
  /** Regional concept without an extent; represented by other features. */
  | 'regional'
  /** Deliberately not mapped as a separate feature (e.g. a role of a county seat). */
  | 'not-mapped';

/** An entry of geodata/unplaced.json. */
export interface UnplacedDef {
  id: string;
  name: string;
  nameEn: string;
  kind: string;
  documents: DocId[];
  planText: string;
  category: UnplacedCategory;
  reason: string;
  /** County adcode when the county is known. */
  countyId?: string;
  /** Ids of mapped features that stand for it or its parts. */
  related?: string[];
}
