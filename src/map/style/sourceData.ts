/**
 * What each plan source of the style is fed: the file's URL (MapLibre's worker fetches and parses it, as
 * a bare MapLibre page would) or the app's own parsed collection. Pure; MapView's style is built from it.
 */
import type { LayerId, PlanCollection } from '../../geo/types';

/** Per layer: a URL or a collection (the `data` of a GeoJSON source). */
export type SourceData = Partial<Record<LayerId, PlanCollection | string>>;

/**
 * The data of every plan source.
 * - While the app is still loading (`loading`), every shipped file is drawn from its URL: the map does not
 *   wait for the app's own fetch and checks.
 * - Afterwards a layer keeps its URL only while the app's collection is the file exactly as loaded and
 *   checked without a problem (`pristine`, compared by identity); a collection that the checks changed (the
 *   valid part of a bad file) or the app changed later (planner-placed points) is handed over as an object.
 *   A shipped file that failed to load altogether is no longer drawn.
 * @param urls the shipped files by layer
 */
export function sourceData(
  loading: boolean,
  collections: Partial<Record<LayerId, PlanCollection>>,
  pristine: Partial<Record<LayerId, PlanCollection>>,
  urls: Partial<Record<LayerId, string>>,
): SourceData {
  const out: SourceData = {};
  for (const [layer, url] of Object.entries(urls) as [LayerId, string][]) {
    const loaded = collections[layer];
    if (loaded) out[layer] = pristine[layer] === loaded ? url : loaded;
    else if (loading) out[layer] = url;
  }
  for (const [layer, loaded] of Object.entries(collections) as [LayerId, PlanCollection][]) {
    if (!(layer in out)) out[layer] = loaded;
  }
  return out;
}
