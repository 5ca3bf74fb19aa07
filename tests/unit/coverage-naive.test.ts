/**
 * The indexed coverage against the naive reference on a synthetic set: 12 "counties" tiling the plan
 * bbox (a 4 × 3 block grid over a jittered lattice, so neighbours share their outline vertex for vertex)
 * and 2,000 random points, lines and small polygons from a seeded PRNG. Also checks that the tiling
 * partitions lengths and areas: what the counties get adds up to the whole feature.
 */
import { describe, expect, it } from 'vitest';
import type { Geometry, Position } from 'geojson';
import { buildCoverage, naiveCoverage, type Coverage, type CoverageLayers } from '../../src/geo/coverage';
import type { PlanCollection, PlanFeature } from '../../src/geo/types';

/** mulberry32: small seeded PRNG, deterministic across platforms. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BBOX = [102.8, 26.5, 106.3, 28.7] as const;
const COLS = 4, ROWS = 3, K = 8;

function feature(id: string, geometry: Geometry, kind: string): PlanFeature {
  return { type: 'Feature', id, geometry, properties: { id, name: id, nameEn: id, kind, geometrySource: 'schematic', source: 'test' } };
}

function collection(features: PlanFeature[]): PlanCollection {
  return { type: 'FeatureCollection', features };
}

/** Counties tiling BBOX exactly: lattice points jittered inside, outer ones kept on the bbox edge. */
function tiledCounties(rand: () => number): PlanCollection {
  const nx = COLS * K, ny = ROWS * K;
  const dx = (BBOX[2] - BBOX[0]) / nx, dy = (BBOX[3] - BBOX[1]) / ny;
  const lattice: Position[][] = [];
  for (let i = 0; i <= nx; i++) {
    const col: Position[] = [];
    for (let j = 0; j <= ny; j++) {
      const jx = i === 0 || i === nx ? 0 : (rand() - 0.5) * 0.6 * dx;
      const jy = j === 0 || j === ny ? 0 : (rand() - 0.5) * 0.6 * dy;
      col.push([BBOX[0] + i * dx + jx, BBOX[1] + j * dy + jy]);
    }
    lattice.push(col);
  }
  const at = (i: number, j: number): Position => lattice[i]?.[j] as Position;
  const out: PlanFeature[] = [];
  for (let c = 0; c < COLS; c++) {
    for (let r = 0; r < ROWS; r++) {
      const i0 = c * K, j0 = r * K, i1 = i0 + K, j1 = j0 + K;
      const ring: Position[] = [];
      for (let i = i0; i < i1; i++) ring.push(at(i, j0));
      for (let j = j0; j < j1; j++) ring.push(at(i1, j));
      for (let i = i1; i > i0; i--) ring.push(at(i, j1));
      for (let j = j1; j > j0; j--) ring.push(at(i0, j));
      ring.push(at(i0, j0));
      out.push(feature(`C${c}${r}`, { type: 'Polygon', coordinates: [ring] }, 'county'));
    }
  }
  return collection(out);
}

function randomFeatures(rand: () => number, n: number): { points: PlanFeature[]; lines: PlanFeature[]; polys: PlanFeature[] } {
  const inBox = (): Position => [BBOX[0] + rand() * (BBOX[2] - BBOX[0]), BBOX[1] + rand() * (BBOX[3] - BBOX[1])];
  const clamp = (p: Position): Position => [
    Math.min(BBOX[2], Math.max(BBOX[0], p[0] as number)), Math.min(BBOX[3], Math.max(BBOX[1], p[1] as number)),
  ];
  const points: PlanFeature[] = [], lines: PlanFeature[] = [], polys: PlanFeature[] = [];
  for (let k = 0; k < n; k++) {
    const id = `F${String(k).padStart(4, '0')}`;
    const roll = rand();
    if (roll < 0.5) {
      points.push(feature(id, { type: 'Point', coordinates: inBox() }, 'site'));
    } else if (roll < 0.85) {
      const coords: Position[] = [inBox()];
      const steps = 1 + Math.floor(rand() * 5);
      for (let s = 0; s < steps; s++) {
        const last = coords[coords.length - 1] as Position;
        coords.push(clamp([(last[0] as number) + (rand() - 0.5) * 0.6, (last[1] as number) + (rand() - 0.5) * 0.6]));
      }
      lines.push(feature(id, { type: 'LineString', coordinates: coords }, 'railway'));
    } else {
      const [cx, cy] = inBox() as [number, number];
      const r = 0.01 + rand() * 0.08;
      const ring: Position[] = [];
      for (let a = 0; a < 6; a++) {
        const ang = (a / 6) * 2 * Math.PI;
        ring.push(clamp([cx + r * Math.cos(ang), cy + r * Math.sin(ang)]));
      }
      ring.push(ring[0] as Position);
      polys.push(feature(id, { type: 'Polygon', coordinates: [ring] }, 'park'));
    }
  }
  return { points, lines, polys };
}

function syntheticLayers(): CoverageLayers {
  const rand = prng(20220314);
  const counties = tiledCounties(rand);
  const { points, lines, polys } = randomFeatures(rand, 2000);
  return { counties, places: collection(points), railways: collection(lines), parks: collection(polys) };
}

function sumBy(coverage: Coverage, key: 'lengthKm' | 'areaKm2'): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of coverage.relations) out.set(r.featureId, (out.get(r.featureId) ?? 0) + r[key]);
  return out;
}

describe('indexed coverage vs naive reference (2,000 seeded random features)', () => {
  const layers = syntheticLayers();
  const indexed = buildCoverage(layers);

  it('gives identical results', () => {
    expect(indexed.counties).toHaveLength(12);
    expect(indexed.features).toHaveLength(2000);
    expect(indexed.relations.length).toBeGreaterThan(2000);
    expect(naiveCoverage(layers)).toEqual(indexed);
  }, 120_000);

  it('places every point in at least one county', () => {
    const related = new Set(indexed.relations.map((r) => r.featureId));
    for (const f of indexed.features) if (f.geometry === 'point') expect(related.has(f.id)).toBe(true);
  });

  it('partitions line lengths and polygon areas among the counties', () => {
    const lengths = sumBy(indexed, 'lengthKm');
    const areas = sumBy(indexed, 'areaKm2');
    let checked = 0;
    let worstLine = 0, worstArea = 0;
    for (const f of indexed.features) {
      if (f.geometry === 'line' && f.lengthKm > 0) {
        worstLine = Math.max(worstLine, Math.abs((lengths.get(f.id) ?? 0) / f.lengthKm - 1));
        checked++;
      }
      if (f.geometry === 'polygon') {
        worstArea = Math.max(worstArea, Math.abs((areas.get(f.id) ?? 0) / f.areaKm2 - 1));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(800);
    // Pieces of a line are measured end point to end point (geodesic), a little more than the lon/lat
    // straight segment's own distance; seen: 3e-7.
    expect(worstLine).toBeLessThan(1e-6);
    // turf.area is not exactly additive when an edge is cut in two (its per-edge term is not linear along
    // the edge); for these 1–9 km hexagons the pieces differ by ~1e-5 of the whole.
    expect(worstArea).toBeLessThan(1e-4);
  });

  it('is deterministic when the input order changes', () => {
    const shuffled: CoverageLayers = {
      ...layers,
      counties: collection([...layers.counties.features].reverse()),
      places: collection([...(layers.places?.features ?? [])].reverse()),
    };
    expect(buildCoverage(shuffled)).toEqual(indexed);
  });
});
