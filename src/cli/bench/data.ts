/**
 * The committed data, read from `geodata/` in Node for the pure benchmarks (coverage, search), and
 * small helpers on it (the plan bbox). Throws with the file name when a file is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAYER_IDS, type LayerId, type PlanCollection } from '../../geo/types';
import type { PlanModel } from '../../plan/types';
import type { BBox } from './synth';

/** Every layer file the app fetches at start-up. */
export { LAYER_IDS };

/** The real data: every layer collection, the plan model and the unplaced list. */
export interface RealData {
  collections: Partial<Record<LayerId, PlanCollection>>;
  model: PlanModel;
  unplaced: unknown[];
}

function readJson<T>(file: string): T {
  if (!existsSync(file)) throw new Error(`bench: ${file} is missing (run from the repository root)`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Reads `geodata/*.geojson`, `plan.json` and `unplaced.json` under `root`. */
export function readRealData(root = 'geodata'): RealData {
  const collections: Partial<Record<LayerId, PlanCollection>> = {};
  for (const id of LAYER_IDS) collections[id] = readJson<PlanCollection>(join(root, `${id}.geojson`));
  const unplacedFile = join(root, 'unplaced.json');
  const unplaced = existsSync(unplacedFile) ? readJson<{ items?: unknown[] }>(unplacedFile).items ?? [] : [];
  return { collections, model: readJson<PlanModel>(join(root, 'plan.json')), unplaced };
}

/** Bounding box of every coordinate of a collection. @throws when it has none. */
export function collectionBBox(fc: PlanCollection): BBox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      w = Math.min(w, c[0]); e = Math.max(e, c[0]); s = Math.min(s, c[1]); n = Math.max(n, c[1]);
      return;
    }
    for (const x of c) visit(x);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  if (!Number.isFinite(w)) throw new Error('collectionBBox: the collection has no coordinates');
  return [w, s, e, n];
}
