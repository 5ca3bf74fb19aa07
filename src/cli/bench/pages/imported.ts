/**
 * The app's map stack with an imported 100k-point layer, without the React shell: the app's data
 * loading (src/geo/load.ts), county label points, style build (src/map/style/build.ts, with its
 * imported-layer family src/map/style/imported.ts) and MapAdapter (src/map/adapter.ts, with its controls,
 * listeners and feature-state). The points are read and parsed in the page, as an imported file would be,
 * and handed to the style as an imported layer. The import UI (file reading, checks, storage) is not part
 * of this page.
 */
import { bbox } from '@turf/turf';
import { loadLayers } from '../../../geo/load';
import { labelPoints } from '../../../geo/labels';
import { MapAdapter } from '../../../map/adapter';
import { buildStyle } from '../../../map/style/build';
import { fail, fetchPoints, fontUrls, mapContainer, markIdle, readParams } from './shared';
import { DEFAULT_VISIBLE } from '../../../types/domain';

async function start(): Promise<void> {
  const params = readParams(window.location.search);
  const container = mapContainer(params);
  const [{ collections, problems }, points] = await Promise.all([
    loadLayers(),
    params.pointsUrl ? fetchPoints(params.pointsUrl) : Promise.resolve(null),
  ]);
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.layer}: ${p.message}`).join('; '));
  const style = buildStyle({
    lang: 'zh', visible: new Set(DEFAULT_VISIBLE), data: collections, countyLabels: labelPoints(collections.counties),
    hidden: [], choropleth: null, measure: null, fonts: fontUrls(),
    imported: points ? [{ id: 'bench-100k', name: '100k points', collection: points, visible: true }] : [],
  });
  const counties = collections.counties;
  const [w, s, e, n] = counties ? bbox(counties) : (params.bounds as [number, number, number, number]);
  let idle = false;
  new MapAdapter({
    container, style, bounds: [w, s, e, n], attribution: 'bench',
    handlers: {
      onHover: () => undefined,
      onClick: () => undefined,
      onIdle: () => {
        if (idle) return;
        idle = true;
        markIdle(container);
      },
      onMoveStart: () => undefined,
      onMoveEnd: () => undefined,
      onError: (message) => fail(new Error(message)),
    },
  });
}

start().catch(fail);
