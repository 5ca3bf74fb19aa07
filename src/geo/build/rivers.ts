/**
 * River layer: picks one source per river (WDBII where it has the river in substance, else Natural Earth),
 * joins the tile-cut WDBII pieces into continuous lines, clips to the plan-area box, drops short leftovers
 * and simplifies (Douglas–Peucker in metres).
 */
import { bboxClip, length as turfLength, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { pointSegmentDistanceM } from './reconcile.ts';
import { RIVER_NAMES } from './names-en.ts';
import { roundTo } from './simplify.ts';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** Options of {@link buildRivers}. */
export interface RiverOptions {
  bbox: BBox;
  /** Pieces whose ends are closer than this are joined, metres. */
  joinToleranceM: number;
  /** Douglas–Peucker tolerance, metres. */
  simplifyToleranceM: number;
  /** Parts shorter than this after clipping are dropped, kilometres. */
  minPartKm: number;
  decimals: number;
  /** WDBII "长江" pieces lying entirely west of this longitude are the lower 金沙江 (see SOURCES.md). */
  jinshaEndLon: number;
}

/** Properties of a river feature (the layer contract plus the clipped length). */
export interface RiverProps {
  id: string;
  name: string;
  nameEn: string;
  kind: 'river';
  geometrySource: 'dataset';
  source: string;
  /** Length inside the box after simplification, km (0.1). */
  lengthKm: number;
}

type Line = Position[];
type LineFeature = Feature<LineString | MultiLineString, Record<string, unknown> | null>;

const NE_SOURCE = 'Natural Earth 10m rivers_lake_centerlines (public domain)';
const WDB_SOURCE = 'WDBII rivers from GSHHG 2.3.7 (LGPL-3+)';

function linesOf(f: LineFeature): Line[] {
  return f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function lengthKm(lines: readonly Line[]): number {
  return lines.reduce((s, l) => s + (l.length >= 2 ? turfLength(lineString(l)) : 0), 0);
}

const dist = (a: Position, b: Position): number => pointSegmentDistanceM(a, b, b);

/**
 * Joins line pieces whose ends meet (within `toleranceM`) into longer lines, reversing pieces as needed.
 * Zero-length pieces are dropped. Deterministic: pieces are taken in input order.
 */
export function joinLines(pieces: readonly Line[], toleranceM: number): Line[] {
  const rest = pieces.filter((l) => l.length >= 2 && lengthKm([l]) > 0).map((l) => l.slice());
  const out: Line[] = [];
  while (rest.length > 0) {
    let chain = rest.shift() as Line;
    let grown = true;
    while (grown) {
      grown = false;
      for (let i = 0; i < rest.length; i++) {
        const l = rest[i] as Line;
        const head = chain[0] as Position;
        const tail = chain[chain.length - 1] as Position;
        const lh = l[0] as Position;
        const lt = l[l.length - 1] as Position;
        let joined: Line | null = null;
        if (dist(tail, lh) <= toleranceM) joined = [...chain, ...l];
        else if (dist(tail, lt) <= toleranceM) joined = [...chain, ...l.slice().reverse()];
        else if (dist(lt, head) <= toleranceM) joined = [...l, ...chain];
        else if (dist(lh, head) <= toleranceM) joined = [...l.slice().reverse(), ...chain];
        if (joined === null) continue;
        chain = joined.filter((p, k) => k === 0 || dist(p, joined[k - 1] as Position) > 0);
        rest.splice(i, 1);
        grown = true;
        break;
      }
    }
    out.push(chain);
  }
  return out;
}

/** Douglas–Peucker simplification with a tolerance in metres (endpoints always kept). */
export function douglasPeucker(line: readonly Position[], toleranceM: number): Position[] {
  if (line.length <= 2) return line.slice();
  const keep = new Array<boolean>(line.length).fill(false);
  keep[0] = true;
  keep[line.length - 1] = true;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [number, number];
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const d = pointSegmentDistanceM(line[i] as Position, line[a] as Position, line[b] as Position);
      if (d > worst) { worst = d; at = i; }
    }
    if (at >= 0 && worst > toleranceM) {
      keep[at] = true;
      stack.push([a, at], [at, b]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

function clipAndClean(lines: readonly Line[], o: RiverOptions): Line[] {
  const clipped: Line[] = lines.flatMap((l): Line[] => {
    const g = bboxClip(lineString(l), o.bbox).geometry;
    if (g.type === 'LineString') return [g.coordinates];
    if (g.type === 'MultiLineString') return g.coordinates;
    throw new Error(`bboxClip returned a ${g.type} for a line`);
  });
  return clipped
    .filter((l) => l.length >= 2 && lengthKm([l]) >= o.minPartKm)
    .map((l) => douglasPeucker(l, o.simplifyToleranceM).map((p) => [roundTo(p[0] as number, o.decimals), roundTo(p[1] as number, o.decimals)]))
    .map((l) => l.filter((p, k) => k === 0 || p[0] !== l[k - 1]?.[0] || p[1] !== l[k - 1]?.[1]))
    .filter((l) => l.length >= 2);
}

/** Chinese name of a WDBII piece after the 长江→金沙江 relabelling (null when unnamed). */
export function wdbName(f: LineFeature, jinshaEndLon: number): string | null {
  const zh = f.properties?.['name_zh'];
  if (typeof zh !== 'string' || zh === '') return null;
  if (zh === '长江' && linesOf(f).flat().every((p) => (p[0] as number) < jinshaEndLon)) return '金沙江';
  return zh;
}

/**
 * Builds the river layer from Natural Earth and WDBII collections. For each river name known to
 * {@link RIVER_NAMES}: WDBII is used if its joined, clipped length is at least half of Natural Earth's,
 * otherwise Natural Earth; rivers with nothing left in the box are omitted. Sorted by id.
 */
export function buildRivers(ne: FeatureCollection, wdb: FeatureCollection, o: RiverOptions): Feature<LineString | MultiLineString, RiverProps>[] {
  const byName = (fc: FeatureCollection, nameOf: (f: LineFeature) => string | null): Map<string, Line[]> => {
    const m = new Map<string, Line[]>();
    for (const f of fc.features as LineFeature[]) {
      if (f.geometry.type !== 'LineString' && f.geometry.type !== 'MultiLineString') continue;
      const name = nameOf(f);
      if (name === null) continue;
      m.set(name, [...(m.get(name) ?? []), ...linesOf(f)]);
    }
    return m;
  };
  const neLines = byName(ne, (f) => (typeof f.properties?.['name_zh'] === 'string' ? (f.properties['name_zh'] as string) : null));
  const wdbLines = byName(wdb, (f) => wdbName(f, o.jinshaEndLon));
  const out: Feature<LineString | MultiLineString, RiverProps>[] = [];
  for (const [zh, meta] of Object.entries(RIVER_NAMES)) {
    const fromWdb = clipAndClean(joinLines(wdbLines.get(zh) ?? [], o.joinToleranceM), o);
    const fromNe = clipAndClean(joinLines(neLines.get(zh) ?? [], o.joinToleranceM), o);
    const useWdb = fromWdb.length > 0 && lengthKm(fromWdb) >= 0.5 * lengthKm(fromNe);
    const lines = useWdb ? fromWdb : fromNe;
    if (lines.length === 0) continue;
    const how = `${useWdb ? 'pieces joined, ' : ''}clipped to ${o.bbox.join(',')}, Douglas–Peucker ${o.simplifyToleranceM} m`;
    const relabel = zh === '金沙江' && useWdb ? `; the WDBII "长江" piece west of ${o.jinshaEndLon}°E (宜宾) is counted as 金沙江` : '';
    out.push({
      type: 'Feature',
      id: `river-${meta.slug}`,
      properties: {
        id: `river-${meta.slug}`,
        name: zh,
        nameEn: meta.en,
        kind: 'river',
        geometrySource: 'dataset',
        source: `${useWdb ? WDB_SOURCE : NE_SOURCE}; ${how}${relabel}`,
        lengthKm: Math.round(lengthKm(lines) * 10) / 10,
      },
      geometry: lines.length === 1 ? { type: 'LineString', coordinates: lines[0] as Line } : { type: 'MultiLineString', coordinates: lines },
    });
  }
  return out.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
}
