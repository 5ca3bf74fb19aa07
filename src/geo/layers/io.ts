/**
 * Node-side file helpers shared by the plan-layer CLI and its tests: seed texts and the ids of the other
 * geodata layers. Not for the app (uses node:fs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { PLAN_LAYER_NAMES } from './build';

/** Seed texts by document id, from `<root>/seeds/index.json`. */
export function readSeeds(root: string): Record<string, string> {
  const index = JSON.parse(readFileSync(join(root, 'seeds', 'index.json'), 'utf8')) as { documents: { id: string; file: string }[] };
  return Object.fromEntries(index.documents.map((d) => [d.id, readFileSync(join(root, 'seeds', d.file), 'utf8')]));
}

/** Ids of every feature in the other `<dir>/*.geojson` layers (id → layer name); the plan layers are skipped. */
export function otherLayerIds(dir: string): Map<string, string> {
  const mine = new Set<string>(PLAN_LAYER_NAMES.map((n) => `${n}.geojson`));
  const ids = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.geojson') && !mine.has(f)).sort()) {
    const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection;
    for (const f of fc.features) ids.set(String(f.id ?? ''), file.replace(/\.geojson$/, ''));
  }
  return ids;
}
