/**
 * The visible features with their plan links, as one GeoJSON FeatureCollection (RFC 7946, WGS-84).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerId, PlanCollection } from '../geo/types';
import type { PlanIndex } from '../explore/planIndex';

/** Features of the visible layers, each with `layer`, `taskIds` and `indicatorIds` added to its properties. */
export function featuresWithLinks(
  collections: Partial<Record<LayerId, PlanCollection>>,
  visible: ReadonlySet<LayerId>,
  index: PlanIndex | null,
): FeatureCollection {
  const features: Feature[] = [];
  for (const [layer, fc] of Object.entries(collections) as [LayerId, PlanCollection][]) {
    if (!visible.has(layer)) continue;
    for (const f of fc.features) {
      const tasks = index?.tasksByFeature.get(f.id) ?? [];
      const indicators = index?.indicatorsByFeature.get(f.id) ?? [];
      features.push({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: { ...f.properties, layer, taskIds: tasks.map((t) => t.id), indicatorIds: indicators.map((i) => i.id) },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
