/**
 * Pure, seeded generators of synthetic data for the benchmark: points and short lines inside the plan
 * bbox (coverage, the imported-layer map page) and named places for the search index. The same seed
 * always gives the same data, on every platform (mulberry32 and plain arithmetic only).
 */
import type { Geometry, Position } from 'geojson';
import type { PlanCollection, PlanFeature } from '../../geo/types';

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

/** The plan area (the 13 plan counties, rounded outwards); the runner passes the real bbox when it has it. */
export const PLAN_BBOX: BBox = [102.8, 26.5, 106.4, 28.8];

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A zero-padded id such that ids sort in generation order (`syn-0000042`). */
export function synthId(prefix: string, i: number): string {
  return `${prefix}-${String(i).padStart(7, '0')}`;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Rounds to 6 decimals (≈ 0.1 m), as committed geodata does, so files stay small. */
function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function pointIn(rand: () => number, bbox: BBox): Position {
  return [round6(bbox[0] + rand() * (bbox[2] - bbox[0])), round6(bbox[1] + rand() * (bbox[3] - bbox[1]))];
}

/** A random walk of 2–6 vertices with steps of 0.01–0.08° (≈ 1–9 km), kept inside the bbox. */
function lineIn(rand: () => number, bbox: BBox): Position[] {
  const count = 2 + Math.floor(rand() * 5);
  const coords: Position[] = [pointIn(rand, bbox)];
  for (let k = 1; k < count; k++) {
    const prev = coords[k - 1] as Position;
    const angle = rand() * 2 * Math.PI;
    const step = 0.01 + rand() * 0.07;
    coords.push([
      round6(clamp((prev[0] as number) + step * Math.cos(angle), bbox[0], bbox[2])),
      round6(clamp((prev[1] as number) + step * Math.sin(angle), bbox[1], bbox[3])),
    ]);
  }
  return coords;
}

/** Options of {@link synthFeatures}. */
export interface SynthOptions {
  /** Share of lines among the features, 0–1 (default 0.3); the rest are points. */
  lineShare?: number;
  /** Id prefix (default `syn`). */
  prefix?: string;
}

function feature(id: string, geometry: Geometry, kind: string, i: number): PlanFeature {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: { id, name: `合成${i}`, nameEn: `synthetic ${i}`, kind, geometrySource: 'approximate', source: 'synthetic (bench)' },
  };
}

/**
 * `n` synthetic features inside `bbox`: points, and (with `lineShare`) short lines, from a seeded PRNG.
 * Ids are unique and sorted (`syn-0000000` …).
 */
export function synthFeatures(n: number, seed: number, bbox: BBox = PLAN_BBOX, options: SynthOptions = {}): PlanCollection {
  if (!Number.isInteger(n) || n < 0) throw new Error(`synthFeatures: n must be a non-negative integer, got ${n}`);
  const lineShare = options.lineShare ?? 0.3;
  const prefix = options.prefix ?? 'syn';
  const rand = prng(seed);
  const features: PlanFeature[] = [];
  for (let i = 0; i < n; i++) {
    const id = synthId(prefix, i);
    if (rand() < lineShare) features.push(feature(id, { type: 'LineString', coordinates: lineIn(rand, bbox) }, 'line', i));
    else features.push(feature(id, { type: 'Point', coordinates: pointIn(rand, bbox) }, 'point', i));
  }
  return { type: 'FeatureCollection', features };
}

/** Characters of Chinese place names (common in the plan area's gazetteer). */
const NAME_CHARS = [...'山河镇乡村坝沟岩溪湾桥坪口寨石水龙凤金银花田新大小上下东西南北中云平安兴红青白黄马牛羊鹿林茶竹梅桃李关门营堡场'];
const SUFFIXES = ['镇', '乡', '村', '园区', '基地', '公园', '水库', '大桥', '隧道', '工业园'];
const WORDS = ['river', 'park', 'bridge', 'valley', 'industrial', 'eco', 'tea', 'base', 'town', 'lake', 'green', 'port', 'hill', 'gate'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/**
 * `n` synthetic named places (points inside `bbox`) for the search index: Chinese names of 2–4 pool
 * characters plus a suffix (unique by a numeric tail when needed), English names of two words, and an
 * alias for one in four.
 */
export function synthSearchCollection(n: number, seed: number, bbox: BBox = PLAN_BBOX): PlanCollection {
  if (!Number.isInteger(n) || n < 0) throw new Error(`synthSearchCollection: n must be a non-negative integer, got ${n}`);
  const rand = prng(seed);
  const used = new Set<string>();
  const features: PlanFeature[] = [];
  for (let i = 0; i < n; i++) {
    const length = 2 + Math.floor(rand() * 3);
    let stem = '';
    for (let k = 0; k < length; k++) stem += pick(rand, NAME_CHARS);
    let name = `${stem}${pick(rand, SUFFIXES)}`;
    if (used.has(name)) name = `${stem}${i}${pick(rand, SUFFIXES)}`;
    used.add(name);
    const id = synthId('sp', i);
    const aliases = rand() < 0.25 ? [stem] : [];
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: pointIn(rand, bbox) },
      properties: {
        id, name, nameEn: `${pick(rand, WORDS)} ${pick(rand, WORDS)} ${i}`, kind: 'town',
        geometrySource: 'approximate', source: 'synthetic (bench)', ...(aliases.length > 0 ? { aliases } : {}),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
