/**
 * Loads the plan model (geodata/plan.json) and, on demand, the seed texts it points into.
 * Both are same-origin assets; the texts are lazy chunks so start-up does not pay for them.
 */
import type { PlanModel } from './types';

const modelUrls = import.meta.glob('../../geodata/plan.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const seedLoaders = import.meta.glob('../../seeds/*.txt', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** Fetches and sanity-checks plan.json; returns null when the app ships without one. */
export async function loadModel(): Promise<PlanModel | null> {
  const url = Object.values(modelUrls)[0];
  if (!url) return null;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`plan.json: HTTP ${response.status}`);
  const json = (await response.json()) as Partial<PlanModel>;
  if (json.version !== 1 || !Array.isArray(json.tasks) || !Array.isArray(json.documents)) {
    throw new Error('plan.json: unknown format version or missing tasks/documents');
  }
  return json as PlanModel;
}

/** The text of a seed file (as JavaScript reads it, which the spans index into). */
export async function loadSeedText(file: string): Promise<string> {
  const entry = Object.entries(seedLoaders).find(([path]) => path.endsWith(`/${file}`));
  if (!entry) throw new Error(`seed ${file} is not bundled`);
  return entry[1]();
}
