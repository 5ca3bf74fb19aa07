/**
 * Hosts the map adapter: creates it once, removes it on unmount, and forwards state changes to it
 * (style diffs, feature-state flags). Reads the stores only through selectors.
 */
import { useEffect, useRef, useState } from 'react';
import type { LngLatBoundsLike } from 'maplibre-gl';
import attribution from '../../geodata/attribution.json';
import { addMeasurePoint, useMeasure } from '../state/measure';
import { deliverPlacing, usePlacing } from '../state/placing';
import { useExplore } from '../state/explore';
import { isImportedSource } from '../geo/types';
import { importedEntry, useImports } from '../state/imports';
import { reportView, useCamera } from '../state/camera';
import { useData } from '../state/data';
import { selectFeature, setHovered, useSelection } from '../state/selection';
import { setMapError, useUi, useT } from '../state/ui';
import { MapAdapter, setMainMap } from './adapter';
import type { FeatureRef } from '../types/domain';
import { exposeDebug } from './debug';
import { cameraBus } from './cameraBus';
import { useMapStyle } from './useMapStyle';
import extent from '../../geodata/extent.json';
import { parseUrl } from '../state/urlCodec';

/** Bounds of the plan counties (written by `npm run geodata`), known before any layer is fetched. */
const PLAN_BOUNDS = extent.plan as [number, number, number, number] satisfies LngLatBoundsLike;

/** The `mapError` recorded when the browser cannot give the map a WebGL context (shown as a fallback). */
export const NO_WEBGL = 'webgl';

interface Tooltip {
  x: number;
  y: number;
  name: string;
}

export function MapView() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  // The map is created while the app still loads its data (its sources start from the files' URLs); it
  // reports "idle" only once the data the app loaded is in its style and drawn.
  const loading = useData((s) => s.status === 'loading');
  const hovered = useSelection((s) => s.hovered);
  const selected = useSelection((s) => s.selected);
  const highlighted = useSelection((s) => s.highlighted);
  const fit = useCamera((s) => s.fit);
  const jump = useCamera((s) => s.jump);
  const fly = useCamera((s) => s.fly);
  const containerRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<MapAdapter | null>(null);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const error = useUi((s) => s.mapError);
  const [contextLost, setContextLost] = useState(false);

  const phase = useExplore((s) => s.phase);
  const style = useMapStyle(phase, true);
  // What the map starts with, computed on the first render only (not on every hover re-render).
  const [initial] = useState(() => ({ style, lang, camera: jump?.camera ?? parseUrl(window.location.search).state.camera }));
  const dataDrawn = useRef(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const nameOf = (ref: FeatureRef): string => {
      const feature = isImportedSource(ref.layer)
        ? importedEntry(useImports.getState().layers, ref.id)?.feature
        : useData.getState().collections[ref.layer]?.features.find((f) => f.id === ref.id);
      if (!feature) return ref.id;
      return useUi.getState().lang === 'en' ? feature.properties.nameEn || feature.properties.name : feature.properties.name;
    };
    let adapter: MapAdapter;
    try {
      adapter = new MapAdapter({
        container,
        style: initial.style,
        bounds: PLAN_BOUNDS,
        camera: initial.camera,
        attribution: initial.lang === 'en' ? attribution.en : attribution.zh,
        handlers: {
          onHover: (ref, point) => {
            setHovered(ref);
            setTooltip(ref && point ? { ...point, name: nameOf(ref) } : null);
          },
          onClick: (ref, lngLat) => {
            if (deliverPlacing(lngLat)) return;
            if (useMeasure.getState().mode) addMeasurePoint(lngLat);
            else selectFeature(ref);
          },
          onIdle: () => {
            if (dataDrawn.current) container.dataset.mapState = 'idle';
          },
          onMoveStart: () => {
            container.dataset.mapState = 'moving';
          },
          onMoveEnd: (camera) => reportView(camera),
          onMove: (camera) => cameraBus.emit(camera),
          onError: (message) => console.error(`map: ${message}`),
          onContext: (state) => {
            if (state === 'none') setMapError(NO_WEBGL);
            else if (state === 'lost') container.dataset.mapState = 'lost';
            setContextLost(state === 'lost');
          },
        },
      });
    } catch (e) {
      // MapLibre 6 throws a GPUInitializationError when no WebGL2 context can be created.
      setMapError(e instanceof Error && e.name === 'GPUInitializationError' ? NO_WEBGL : String(e instanceof Error ? e.message : e));
      return;
    }
    adapterRef.current = adapter;
    setMainMap(adapter);
    const removeDebug = exposeDebug(adapter);
    return () => {
      setMainMap(null);
      removeDebug();
      adapter.remove();
      adapterRef.current = null;
    };
    // `initial` is state that never changes: the map is created once.
  }, [initial]);

  useEffect(() => {
    const adapter = adapterRef.current;
    if (!adapter) return;
    adapter.applyStyle(style);
    if (loading || dataDrawn.current) return;
    // The loaded data is in the style now: the next idle (a repaint is asked for, in case nothing changed)
    // is the first with everything drawn.
    dataDrawn.current = true;
    adapter.repaint();
  }, [style, loading]);
  useEffect(() => {
    adapterRef.current?.setFlag('hover', hovered ? [hovered] : []);
  }, [hovered]);
  // Selection and highlights go to the map in the same commit as the panel: deferring them a frame was
  // measured slower (click → details painted p95 120 vs 46 ms, src/cli/bench/ab.ts --click), as the hover
  // and the selection then cost two whole-map redraws instead of one.
  useEffect(() => {
    adapterRef.current?.setFlag('selected', selected ? [selected] : []);
  }, [selected]);
  useEffect(() => {
    adapterRef.current?.setFlag('highlighted', highlighted);
  }, [highlighted]);
  useEffect(() => {
    if (fit) adapterRef.current?.fitBounds(fit.bounds, fit.maxZoom);
  }, [fit]);
  useEffect(() => {
    if (jump) adapterRef.current?.jumpTo(jump.camera);
  }, [jump]);
  useEffect(() => {
    if (fly) adapterRef.current?.flyTo(fly.camera, { duration: fly.duration });
  }, [fly]);

  // A click that places a point or a measure vertex: the pointer says so (crosshair over features too).
  const placing = usePlacing((s) => s.term !== null);
  const measuring = useMeasure((s) => s.mode !== null);

  return (
    <div className={`map-wrap${placing || measuring ? ' picking' : ''}`}>
      <div ref={containerRef} className="map" data-testid="map" data-map-state="loading" />
      {tooltip && (
        <div className="map-tooltip" role="tooltip" style={{ left: tooltip.x + 12, top: tooltip.y + 12 }}>
          {tooltip.name}
        </div>
      )}
      {contextLost && !error && <div className="map-lost" role="status" data-testid="map-context-lost">{t('map.contextLost')}</div>}
      {error && (
        <div className="map-error" role="alert" data-testid="map-fallback">
          {error === NO_WEBGL ? t('map.noWebgl') : t('map.error', { message: error })}
        </div>
      )}
    </div>
  );
}
