/**
 * Types shared by the coverage module: the layer input, the county × feature relations computed once
 * (indexed or naive) and reused by the matrix, metrics and gap functions.
 *
 * Everything here is plain data (no Maps, no functions) so results can be memoised, compared with
 * `toEqual` and serialised. All id lists are sorted with plain code-unit order (`a < b`), never with
 * `localeCompare`, so results are identical on every platform.
 */
import type { PlanCollection, Status } from '../types';

/** Plan layers whose features are related to counties. `imported` is any extra collection the user loads. */
export type CoverageLayerKey =
  | 'parks' | 'railways' | 'highways' | 'corridors' | 'places' | 'seats' | 'rivers' | 'imported';

/** The coverage layers in a fixed order (the order features are indexed in). */
export const COVERAGE_LAYERS: readonly CoverageLayerKey[] = [
  'parks', 'railways', 'highways', 'corridors', 'places', 'seats', 'rivers', 'imported',
];

/**
 * Input collections. `counties` holds the county polygons (Feature.id = adcode); every other layer is
 * optional, so the functions work while layers are still missing.
 */
export interface CoverageLayers {
  counties: PlanCollection;
  parks?: PlanCollection;
  railways?: PlanCollection;
  highways?: PlanCollection;
  corridors?: PlanCollection;
  places?: PlanCollection;
  /** County seats (points with `countyId`): plan tasks link them ("叙永县城"). */
  seats?: PlanCollection;
  /**
   * Rivers: plan tasks link them ("金沙江", "赤水河"). When passed, a task naming a river reaches every
   * county the river crosses (spatially); leave it out to count only built features.
   */
  rivers?: PlanCollection;
  /** Any extra collection (e.g. a file the user imported); its ids must not collide with the plan layers. */
  imported?: PlanCollection;
}

/** Options shared by {@link buildCoverage} and {@link naiveCoverage}. */
export interface CoverageOptions {
  /** Restrict to these county ids (default: every feature of `counties`). */
  countyIds?: readonly string[];
}

/**
 * How a feature meets a county.
 * - `inside`: all of the feature is in the county (interior or boundary), and not only on the boundary.
 * - `partial`: a positive length (lines) or area (polygons) is inside, some of it is outside.
 * - `boundary`: the feature meets the county only on its outline with zero area, e.g. a point exactly
 *   on a shared border or a line running along it. Such a feature touches *both* counties.
 *
 * A line that only touches a corner or crosses the outline at one point has zero length inside and gets
 * no relation at all; likewise a polygon sharing only an edge.
 */
export type Contact = 'inside' | 'partial' | 'boundary';

/** Dominant geometry of a feature: polygon parts win over lines, lines over points. */
export type GeometryClass = 'point' | 'line' | 'polygon';

/** Measured contact of a feature with a county (see {@link Contact}). */
export interface PartsRelation {
  geometry: GeometryClass;
  contact: Contact;
  /** True when some part of the feature lies exactly on the county outline (border point, run along a border). */
  onBoundary: boolean;
  /** Geodesic km of the feature's lines inside the county, boundary runs included (0 for points, polygons). */
  lengthKm: number;
  /** Part of {@link lengthKm} that runs exactly along the outline (it is counted in both neighbours). */
  boundaryLengthKm: number;
  /** Geodesic km² of the feature's polygons inside the county (0 for points and lines). */
  areaKm2: number;
  /** Number of the feature's point parts inside the county or on its outline. */
  points: number;
}

/** One (county, feature) pair whose geometries meet with the rules of {@link Contact}. */
export interface FeatureCountyRelation extends PartsRelation {
  countyId: string;
  featureId: string;
  layer: CoverageLayerKey;
}

/** What the coverage keeps of a county. */
export interface CoverageCounty {
  id: string;
  name: string;
  /** Geodesic area of the geometry used (turf.area), km². */
  areaKm2: number;
  bbox: [number, number, number, number];
}

/** What the coverage keeps of a feature of a coverage layer. */
export interface CoverageFeature {
  id: string;
  layer: CoverageLayerKey;
  name: string;
  kind: string;
  status?: Status;
  /** The `countyId` property, when the layer sets it. */
  countyId?: string;
  geometry: GeometryClass | null;
  /** Whole geodesic length of line parts, km. */
  lengthKm: number;
  /** Whole geodesic area of polygon parts, km². */
  areaKm2: number;
}

/** Result of {@link buildCoverage} / {@link naiveCoverage}. */
export interface Coverage {
  /** Sorted by id. */
  counties: CoverageCounty[];
  /** Every feature of the coverage layers, sorted by id. */
  features: CoverageFeature[];
  /** Sorted by countyId, then featureId. */
  relations: FeatureCountyRelation[];
  /** Ids of features with a null or empty geometry (never related), sorted. */
  withoutGeometry: string[];
  /** Feature ids that occur more than once across the layers (only the first is kept), sorted. */
  duplicateIds: string[];
  /**
   * Features whose `countyId` is a county of the coverage but whose geometry does not meet that county
   * (e.g. an approximate point placed across the border), sorted by id. A data-quality report: the
   * matrix trusts `countyId` for such features (see resolve.ts).
   */
  countyMismatches: CountyMismatch[];
}

/** A feature whose `countyId` disagrees with its geometry. */
export interface CountyMismatch {
  featureId: string;
  countyId: string;
  /** Counties the geometry does meet, sorted (may be empty: outside every county). */
  relatedCounties: string[];
}
