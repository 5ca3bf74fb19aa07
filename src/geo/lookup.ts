/** Lookups over the loaded layers. */
import type { BaseProps, LayerId, PlanCollection, PlanFeature } from './types';

export type Collections = Partial<Record<LayerId, PlanCollection>>;

/** Index of every feature by id across layers (ids are unique across layers). */
export function indexFeatures(collections: Collections): Map<string, { layer: LayerId; feature: PlanFeature<BaseProps> }> {
  const index = new Map<string, { layer: LayerId; feature: PlanFeature<BaseProps> }>();
  for (const [layer, fc] of Object.entries(collections) as [LayerId, PlanCollection][]) {
    for (const feature of fc.features) index.set(feature.id, { layer, feature });
  }
  return index;
}

/** The display name of a feature in a language. */
export function displayName(props: Pick<BaseProps, 'name' | 'nameEn'>, lang: 'zh' | 'en'): string {
  return lang === 'en' && props.nameEn ? props.nameEn : props.name;
}
