/**
 * Loads the plan model (geodata/plan.json) and, on demand, the seed texts it points into.
 * Both are same-origin assets; the texts are lazy chunks so start-up does not pay for them.
 */
import type { PlanModel } from './types';
import { checkPlanModel } from './validate';

const modelUrls = import.meta.glob('../../geodata/plan.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const seedLoaders = import.meta.glob('../../seeds/*.txt', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** Fetches and sanity-checks plan.json; returns null when the app ships without one. */
export async function loadModel(): Promise<PlanModel | null> {
  const url = Object.values(modelUrls)[0];
  if (!url) return null;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`plan.json: HTTP ${response.status}`);
  const { model, problems } = checkPlanModel(await response.json());
  for (const p of problems) console.warn(`plan.json: ${p}`);
  return model;
}

/** The text of a seed file (as JavaScript reads it, which the spans index into). */
export async function loadSeedText(file: string): Promise<string> {
  const entry = Object.entries(seedLoaders).find(([path]) => path.endsWith(`/${file}`));
  if (!entry) throw new Error(`seed ${file} is not bundled`);
  return entry[1]();
}
