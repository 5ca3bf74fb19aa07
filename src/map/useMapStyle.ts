import { useMemo } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { usePhaseHidden } from '../state/usePhaseHidden';
import { labelPoints } from '../geo/labels';
import { measureFeatures } from '../geo/measure';
import { useData } from '../state/data';
import { layerUrls } from '../geo/load';
import { sourceData } from './style/sourceData';
import shippedCountyLabels from '../../geodata/county-labels.json';
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

/** The shipped layer files by layer id (URLs of hashed assets). */
const SHIPPED = layerUrls();
/** The label points of the shipped counties.geojson (`npm run geodata` writes both). */
const COUNTY_LABELS = shippedCountyLabels as FeatureCollection<Point>;

/** The style for a phase, from the stores (memoised on every input). */
export function useMapStyle(phase: Phase, withMeasure: boolean): StyleSpecification {
  const choropleth = useChoropleth();
  const imported = useImportedStyleLayers();
  const lang = useUi((s) => s.lang);
  const collections = useData((s) => s.collections);
  const pristine = useData((s) => s.pristine);
  const loading = useData((s) => s.status === 'loading');
  const data = useMemo(() => sourceData(loading, collections, pristine, SHIPPED), [loading, collections, pristine]);
  const visible = useLayers((s) => s.visible);
  const hidden = usePhaseHidden(phase);
  const measureMode = useMeasure((s) => s.mode);
  const measurePoints = useMeasure((s) => s.points);
  const measure = useMemo(
    () => (withMeasure && measureMode ? measureFeatures(measurePoints, measureMode) : null),
    [withMeasure, measureMode, measurePoints],
  );
  const basemap = useBasemap((s) => s.style);
  // The shipped label points while the counties themselves are drawn from their file (both come from the
  // same counties.geojson); computed from the app's collection once that differs from the file.
  const countiesFromFile = typeof data.counties === 'string';
  const countyLabels = useMemo(
    () => (countiesFromFile ? COUNTY_LABELS : labelPoints(collections.counties)),
    [countiesFromFile, collections.counties],
  );
  return useMemo(
    () => buildStyle({ lang, visible, data, countyLabels, hidden, measure, choropleth, fonts: FONT_URLS, imported, basemap }),
    [lang, visible, data, countyLabels, hidden, measure, choropleth, imported, basemap],
  );
}
