/**
 * The county map of a briefing sheet: a static image rendered once on a temporary map (same style as
 * the app), framed on the county, the county outlined as selected and its own features highlighted.
 */
import { useEffect, useState } from 'react';
import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';
import { renderMapImage } from '../map/adapter';
import { useMapStyle } from '../map/useMapStyle';
import type { PlanFeature } from '../geo/types';
import type { BriefFeature } from '../present/briefing';
import { useT, useUi } from '../state/ui';
import attribution from '../../geodata/attribution.json';
import { scaleBar } from '../present/imageLayout';
import { drawNorthAt, drawScaleBarAt } from '../present/composeImage';
import { errorText } from '../util/json';

/** CSS size of the map image on the sheet and its pixel ratio (print-sharp at ~200 dpi on A4). */
const WIDTH = 720;
const HEIGHT = 470;
const PIXEL_RATIO = 2.5;

type MapState = { kind: 'loading' } | { kind: 'ready'; url: string } | { kind: 'error'; message: string };

export function BriefingMap({ county, features }: { county: PlanFeature; features: readonly BriefFeature[] }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const style = useMapStyle('all', false);
  const [state, setState] = useState<MapState>({ kind: 'loading' });
  const [styleAtStart] = useState(style);
  const northLabel = t('present.export.north');

  useEffect(() => {
    let cancelled = false;
    const [w, s, e, n] = bbox(county as Feature);
    renderMapImage({
      style: styleAtStart,
      width: WIDTH,
      height: HEIGHT,
      pixelRatio: PIXEL_RATIO,
      view: { bounds: [w, s, e, n], padding: 28 },
      flags: {
        selected: [{ layer: 'counties', id: county.id }],
        highlighted: features.map((f) => ({ layer: f.layer, id: f.id })),
      },
    })
      .then(({ canvas, camera }) => {
        if (cancelled) return;
        const ctx = canvas.getContext('2d');
        const s = canvas.width / WIDTH;
        if (ctx) {
          drawScaleBarAt(ctx, { x: 14 * s, y: canvas.height - 14 * s, height: 5 * s, size: 11 * s }, s, scaleBar(camera.center[1], camera.zoom, s, 120 * s));
          drawNorthAt(ctx, { cx: canvas.width - 30 * s, cy: 30 * s, r: 16 * s }, s, camera.bearing, northLabel);
        }
        setState({ kind: 'ready', url: canvas.toDataURL('image/png') });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ kind: 'error', message: errorText(error) });
      });
    return () => {
      cancelled = true;
    };
  }, [county, features, styleAtStart, northLabel]);

  return (
    <figure className="brief-map" data-testid="brief-map" data-state={state.kind}>
      {state.kind === 'loading' && <div className="brief-map-placeholder">{t('brief.mapLoading')}</div>}
      {state.kind === 'error' && <div className="brief-map-placeholder error" role="alert">{t('brief.mapFailed', { message: state.message })}</div>}
      {state.kind === 'ready' && <img src={state.url} alt={t('brief.map')} width={WIDTH} height={HEIGHT} />}
      <figcaption>{t('present.export.note')} {lang === 'en' ? attribution.en : attribution.zh}</figcaption>
    </figure>
  );
}
