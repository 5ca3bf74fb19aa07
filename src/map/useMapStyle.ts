import { useMemo } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import { usePhaseHidden } from '../state/usePhaseHidden';
import { labelPoints } from '../geo/labels';
import { measureFeatures } from '../geo/measure';
import { useData } from '../state/data';
import { useLayers } from '../state/layers';
import { useMeasure } from '../state/measure';
import { useUi } from '../state/ui';
import { buildStyle } from './style/build';
import { useChoropleth } from '../state/useChoropleth';
import { useImportedStyleLayers } from '../state/imports';
import { useBasemap } from '../state/settings';
import type { Phase } from '../types/domain';

export const FONT_URLS = {
  regular: new URL(`${import.meta.env.BASE_URL}fonts/plan-sans.woff2`, window.location.href).href,
  bold: new URL(`${import.meta.env.BASE_URL}fonts/plan-sans-bold.woff2`, window.location.href).href,
};

/** The style for a phase, from the stores (memoised on every input). */
export function useMapStyle(phase: Phase, withMeasure: boolean): StyleSpecification {
  const choropleth = useChoropleth();
  const imported = useImportedStyleLayers();
  const lang = useUi((s) => s.lang);
  const collections = useData((s) => s.collections);
  const visible = useLayers((s) => s.visible);
  const hidden = usePhaseHidden(phase);
  const measureMode = useMeasure((s) => s.mode);
  const measurePoints = useMeasure((s) => s.points);
  const measure = useMemo(
    () => (withMeasure && measureMode ? measureFeatures(measurePoints, measureMode) : null),
    [withMeasure, measureMode, measurePoints],
  );
  const basemap = useBasemap((s) => s.style);
  const countyLabels = useMemo(() => labelPoints(collections.counties), [collections.counties]);
  return useMemo(
    () => buildStyle({ lang, visible, data: collections, countyLabels, hidden, measure, choropleth, fonts: FONT_URLS, imported, basemap }),
    [lang, visible, collections, countyLabels, hidden, measure, choropleth, imported, basemap],
  );
}
