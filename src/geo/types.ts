/**
 * The property contract shared by every committed layer in `geodata/` and by the app.
 *
 * Properties stay flat (MapLibre reads them in expressions); `via` is the only array and is read from
 * the loaded GeoJSON, never from rendered features (MapLibre serialises arrays to strings there).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** How a feature's geometry was obtained. The UI states this for every feature. */
export type GeometrySource =
  /** Taken from a published dataset (boundaries, rivers), possibly simplified for display. */
  | 'dataset'
  /** A point with a citable coordinate source (encyclopedia infobox, GeoNames, AMap district centre). */
  | 'sourced'
  /** Placed by the project from descriptions; `uncertaintyKm` says how far off it may be. */
  | 'approximate'
  /** A line drawn straight through named nodes (`via`); no plan gives the real alignment. */
  | 'schematic'
  /** A point a planner placed on the map for a name of a document they added (their judgement; no uncertainty claimed). */
  | 'planner';

/** Planning status, from the words of the plan (see DESIGN.md). */
export type Status = 'existing' | 'under-construction' | 'planned' | 'proposed';

export const STATUSES: readonly Status[] = ['existing', 'under-construction', 'planned', 'proposed'];

/** Every layer the app ships, keyed by the file name in `geodata/` (without `.geojson`). */
export type LayerId =
  | 'provinces'
  | 'prefectures'
  | 'context-counties'
  | 'counties'
  | 'rivers'
  | 'seats'
  | 'towns'
  | 'places'
  | 'parks'
  | 'railways'
  | 'highways'
  | 'corridors';

/** Every shipped layer (one `geodata/<id>.geojson` file each), base geography first. */
export const LAYER_IDS: readonly LayerId[] = [
  'provinces', 'prefectures', 'context-counties', 'counties', 'rivers', 'seats', 'towns',
  'places', 'parks', 'railways', 'highways', 'corridors',
];

/** Ids of imported layers: letters, digits and '-' (they become MapLibre source ids and feature ids). */
export const IMPORTED_LAYER_ID = /^[A-Za-z0-9-]{1,48}$/;

/** The map source of one imported layer (`imp-<layer id>`): not a shipped layer, but features on it can be picked. */
export type ImportedSourceId = `imp-${string}`;

/** A source a feature reference can name: a shipped layer or an imported one. */
export type RefLayer = LayerId | ImportedSourceId;

/** The MapLibre source id of an imported layer. */
export const importedSourceId = (id: string): ImportedSourceId => `imp-${id}`;

/** The source of an imported feature, from its id `imp-<layer id>-<n>` (layer ids may hold '-'). */
export const importedSourceOf = (featureId: string): ImportedSourceId => featureId.slice(0, featureId.lastIndexOf('-')) as ImportedSourceId;

/** True when a reference names an imported layer's source. */
export const isImportedSource = (layer: string): layer is ImportedSourceId => layer.startsWith('imp-');

/** Layers whose features carry a planning status (filtered by the phase view). */
export const STATUS_LAYERS: readonly LayerId[] = ['parks', 'railways', 'highways', 'corridors'];

/** Properties every feature of every layer carries. */
export interface BaseProps {
  /** Stable, unique across all layers; equals `Feature.id`. Counties use their adcode ("530602"). */
  id: string;
  /** Chinese name as used on the map. */
  name: string;
  /** English / pinyin name for the English UI. */
  nameEn: string;
  /** What the feature is: county, prefecture, province, river, seat, town, site, park, energy, railway, highway, road, corridor, belt, area … */
  kind: string;
  geometrySource: GeometrySource;
  /** Provenance in words: dataset and licence, or how the project placed it. */
  source: string;
  /**
   * Radius of doubt in kilometres: for `approximate` features, and for `sourced` points drawn on a town
   * seat (placement 'town-seat' / 'near-town'), where it is the town's extent around its seat.
   */
  uncertaintyKm?: number;
  /** Points drawn on a town seat: the id of that town in towns.geojson ("town-<code>"). */
  townId?: string;
  /** Only for `schematic`: ids of the place features the line is drawn through, in order. */
  via?: string[];
  /** Where planning status applies. */
  status?: Status;
  /** The plan's words that decided `status` (e.g. "续建", "力争开工"). */
  statusEvidence?: string;
  /** For points and areas inside one county: that county's adcode. */
  countyId?: string;
  /** Plan document ids (see seeds/index.json) that name this feature. */
  documents?: string[];
  /** The plan's own words for this feature, verbatim (a substring of a seed). */
  planText?: string;
  /** Alternative spellings the plan texts use ("古蔺", "太平渡"); used by search and mention finding. */
  aliases?: string[];
}

/** County-level unit (plan county or context). */
export interface CountyProps extends BaseProps {
  adcode: string;
  prefecture: string;
  province: string;
  /** True for the 13 counties the two plans cover. */
  planCounty: boolean;
  /** Area in km² of the source (unsimplified) geometry, geodesic (turf.area). */
  areaKm2: number;
  /** Plan counties: where the map draws the county name (pole of inaccessibility, computed at build time). */
  labelPoint?: [number, number];
}

export type PlanFeature<P extends BaseProps = BaseProps> = Feature<Geometry, P> & { id: string };
export type PlanCollection<P extends BaseProps = BaseProps> = FeatureCollection<Geometry, P> & {
  features: PlanFeature<P>[];
};

/** The 13 plan counties: all 11 units of 昭通市 plus 叙永县 and 古蔺县 of 泸州市. */
export const PLAN_COUNTY_ADCODES: readonly string[] = [
  '530602', '530621', '530622', '530623', '530624', '530625', '530626', '530627', '530628', '530629', '530681',
  '510524', '510525',
];
