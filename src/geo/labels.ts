/**
 * County label points for the map: read from the `labelPoint` property the geodata build computes
 * (src/geo/build/labelPoint.ts), so the app ships no polygon-labelling code.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlanCollection } from './types';

/** One label point per feature that has a `labelPoint`, carrying the feature's id and names. */
export function labelPoints(fc: PlanCollection | undefined): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of fc?.features ?? []) {
    const at = (f.properties as { labelPoint?: unknown }).labelPoint;
    if (!Array.isArray(at) || at.length !== 2 || !at.every((n) => typeof n === 'number' && Number.isFinite(n))) continue;
    features.push({
      type: 'Feature',
      id: f.id,
      properties: { id: f.properties.id, name: f.properties.name, nameEn: f.properties.nameEn },
      geometry: { type: 'Point', coordinates: [at[0] as number, at[1] as number] },
    });
  }
  return { type: 'FeatureCollection', features };
}
