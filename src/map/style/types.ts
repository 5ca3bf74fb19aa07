import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/strings';
import type { LayerId, RefLayer } from '../../geo/types';
import type { ImportedStyleLayer } from './imported';
import type { SourceData } from './sourceData';
import type { BasemapStyle } from './basemap';

/** Everything the style is a pure function of. */
export interface StyleInput {
  lang: Lang;
  visible: ReadonlySet<LayerId>;
  /** Per plan layer, its collection or the URL of its file (sourceData.ts); a layer without data is not drawn. */
  data: SourceData;
  /** One label point per plan county (derived from the polygons). */
  countyLabels: FeatureCollection<Point>;
  /** Ids of plan features hidden by the phase view (sorted, so equal inputs give equal styles). */
  hidden: readonly string[];
  /** Fill colour per plan county id (coverage choropleth), or null for the normal fill. */
  choropleth: Readonly<Record<string, string>> | null;
  /** The measure overlay, or null when the tool is off. */
  measure: FeatureCollection | null;
  /** Absolute URLs of the shipped subset fonts. */
  fonts: { regular: string; bold: string };
  /** Layers the user imported, each drawn as its own source `imp-<id>` (see imported.ts). */
  imported?: readonly ImportedStyleLayer[];
  /** The optional online basemap under the plan layers, as built by basemap.ts (absent or null: none, the default). */
  basemap?: BasemapStyle | null;
}

/** Metadata on every style layer: which app layer it draws, and whether it answers hover/click. */
export interface PlanLayerMetadata {
  'planmap:layer': RefLayer;
  'planmap:interactive'?: boolean;
}

/** One family of style layers drawn from one app layer (one file per family under style/). */
export interface LayerFamily {
  id: LayerId;
  /** Style layers in drawing order; the builder interleaves families by their `z` groups. */
  layers: (input: StyleInput) => { z: number; layer: LayerSpecification }[];
}

export const FONT = ['Plan Sans'];
export const FONT_BOLD = ['Plan Sans Bold'];
