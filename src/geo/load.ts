/**
 * Loads the committed layers from `geodata/` once at start-up. Files are bundled as hashed assets
 * (served from the app's own origin) and fetched in parallel; a file that fails to load or parse is
 * reported by name and the others are kept.
 */
import type { LayerId, PlanCollection } from './types';
import { checkCollection, type LayerProblem } from './validate';
import { errorText } from '../util/json';

const urls = import.meta.glob('../../geodata/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** Layer id → asset URL, from the files present in `geodata/`. */
export function layerUrls(): Partial<Record<LayerId, string>> {
  const out: Partial<Record<LayerId, string>> = {};
  for (const [path, url] of Object.entries(urls)) {
    const name = path.slice(path.lastIndexOf('/') + 1, -'.geojson'.length) as LayerId;
    out[name] = url;
  }
  return out;
}

export interface LoadResult {
  collections: Partial<Record<LayerId, PlanCollection>>;
  /**
   * The collections whose file passed every check unchanged: the map may draw those straight from their
   * file URL (its worker fetches and parses them) instead of receiving the parsed objects.
   */
  pristine: Partial<Record<LayerId, PlanCollection>>;
  problems: LayerProblem[];
}

async function loadOne(layer: LayerId, url: string): Promise<{ layer: LayerId; fc?: PlanCollection; problems: LayerProblem[] }> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { layer, problems: [{ layer, message: `HTTP ${response.status} for ${url}` }] };
    const json: unknown = await response.json();
    const checked = checkCollection(layer, json);
    return { layer, fc: checked.collection, problems: checked.problems };
  } catch (error) {
    return { layer, problems: [{ layer, message: errorText(error) }] };
  }
}

/** Fetches and checks every layer; never throws. */
export async function loadLayers(): Promise<LoadResult> {
  const entries = Object.entries(layerUrls()) as [LayerId, string][];
  const results = await Promise.all(entries.map(([layer, url]) => loadOne(layer, url)));
  const collections: Partial<Record<LayerId, PlanCollection>> = {};
  const pristine: Partial<Record<LayerId, PlanCollection>> = {};
  const problems: LayerProblem[] = [];
  for (const r of results) {
    if (r.fc) collections[r.layer] = r.fc;
    if (r.fc && r.problems.length === 0) pristine[r.layer] = r.fc;
    problems.push(...r.problems);
  }
  return { collections, pristine, problems };
}
