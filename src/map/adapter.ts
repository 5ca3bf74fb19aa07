/**
 * The one owner of the MapLibre map (the only module with map.* calls besides MapView hosting it).
 * Created once, removed with `remove()`; listeners are bound once in the constructor and unbound in
 * `remove()`. Style changes arrive as whole styles and are applied as diffs; hover, selection and
 * highlights are feature-state, diffed by id sets, and never rebuild sources.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import type { LngLatBoundsLike, MapGeoJSONFeature, MapMouseEvent, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LayerId } from '../geo/types';
import { diffStyle, type StyleOp } from './style/diff';
import type { PlanLayerMetadata } from './style/types';
import type { Camera, FeatureRef } from '../types/domain';
import { prefersReducedMotion } from '../util/motion';

setWorkerUrl(workerUrl);

export type StateFlag = 'hover' | 'selected' | 'highlighted';

export interface AdapterHandlers {
  onHover: (ref: FeatureRef | null, point: { x: number; y: number } | null) => void;
  onClick: (ref: FeatureRef | null, lngLat: [number, number]) => void;
  onIdle: () => void;
  onMoveStart: () => void;
  onMoveEnd: (camera: Camera) => void;
  /** Every frame of a camera move (for a synced compare map). */
  onMove?: (camera: Camera) => void;
  onError: (message: string) => void;
  /**
   * The WebGL context: 'lost' (nothing drawn until restored), 'restored' (drawing again), or 'none'
   * (it could not be re-created: the map cannot be shown at all).
   */
  onContext?: (state: 'lost' | 'restored' | 'none') => void;
}

export interface AdapterOptions {
  container: HTMLElement;
  style: StyleSpecification;
  bounds: LngLatBoundsLike;
  /** Overrides `bounds` when given (e.g. from a shared URL). */
  camera?: Camera;
  /** False for a passive map (the compare map): no controls, no interaction. */
  interactive?: boolean;
  attribution: string;
  handlers: AdapterHandlers;
}

function refOf(feature: MapGeoJSONFeature): FeatureRef | null {
  const meta = feature.layer.metadata as PlanLayerMetadata | undefined;
  if (!meta?.['planmap:interactive'] || feature.id === undefined) return null;
  return { layer: meta['planmap:layer'], id: String(feature.id) };
}

const refKey = (r: FeatureRef): string => `${r.layer}\u0000${r.id}`;

export class MapAdapter {
  private readonly map: MapLibreMap;
  private current: StyleSpecification;
  private pending: StyleSpecification | null = null;
  private loaded = false;
  /** Between `webglcontextrestored` and the rebuilt style's load: styles and flags wait in `pending`/`states`. */
  private restoring = false;
  private idles = 0;
  private readonly states: Record<StateFlag, Map<string, FeatureRef>> = {
    hover: new Map(), selected: new Map(), highlighted: new Map(),
  };
  private readonly handlers: AdapterHandlers;
  private readonly unbind: (() => void)[] = [];

  constructor(options: AdapterOptions) {
    this.handlers = options.handlers;
    this.current = options.style;
    this.map = new MapLibreMap({
      container: options.container,
      style: options.style,
      ...(options.camera
        ? { center: options.camera.center, zoom: options.camera.zoom, bearing: options.camera.bearing, pitch: options.camera.pitch }
        : { bounds: options.bounds, fitBoundsOptions: { padding: { top: 56, bottom: 28, left: 24, right: 24 } } }),
      attributionControl: false,
      maxZoom: 14,
      minZoom: 4,
      dragRotate: true,
      interactive: options.interactive ?? true,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // Labels appear without their 300 ms fade when the planner's system asks for reduced motion.
      ...(prefersReducedMotion() ? { fadeDuration: 0 } : {}),
    });
    if (options.interactive !== false) {
      this.map.addControl(new AttributionControl({ compact: false, customAttribution: options.attribution }), 'bottom-right');
      this.map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
      this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    }
    this.bind('load', () => this.onLoad());
    this.bind('idle', () => {
      this.idles += 1;
      this.handlers.onIdle();
    });
    this.bind('movestart', () => this.handlers.onMoveStart());
    this.bind('moveend', () => this.handlers.onMoveEnd(this.camera()));
    const onMove = options.handlers.onMove;
    if (onMove) this.bind('move', () => onMove(this.camera()));
    this.bind('mousemove', (e) => this.onMove(e as MapMouseEvent));
    this.bind('mouseout', () => this.handlers.onHover(null, null));
    this.bind('click', (e) => {
      const event = e as MapMouseEvent;
      this.handlers.onClick(this.pick(event), [event.lngLat.lng, event.lngLat.lat]);
    });
    this.bind('error', (e) => {
      const error = (e as { error?: Error }).error;
      if (error?.name === 'GPUInitializationError' && this.handlers.onContext) this.handlers.onContext('none');
      else this.handlers.onError(String(error?.message ?? 'map error'));
    });
    // MapLibre rebuilds its style from a snapshot when the context comes back; until that style has
    // loaded (the next idle), the live map has no style to diff against, so changes wait like before
    // the first load, and are applied with the feature-state flags as on the first load.
    this.bind('webglcontextlost', () => {
      this.loaded = false;
      this.restoring = false;
      this.handlers.onContext?.('lost');
    });
    this.bind('webglcontextrestored', () => {
      this.restoring = true;
    });
    this.bind('idle', () => {
      if (!this.restoring) return;
      this.restoring = false;
      this.onLoad();
      this.handlers.onContext?.('restored');
    });
  }

  private bind(type: string, listener: (e: unknown) => void): void {
    this.map.on(type as 'idle', listener);
    this.unbind.push(() => this.map.off(type as 'idle', listener));
  }

  private onLoad(): void {
    this.loaded = true;
    this.handlers.onMoveEnd(this.camera());
    if (this.pending) {
      const next = this.pending;
      this.pending = null;
      this.applyStyle(next);
    }
    this.reapplyStates();
  }

  /** Interactive features under a point, topmost first, as refs. */
  private pick(e: MapMouseEvent): FeatureRef | null {
    const layers = this.interactiveLayerIds();
    if (layers.length === 0) return null;
    for (const feature of this.map.queryRenderedFeatures(e.point, { layers })) {
      const ref = refOf(feature);
      if (ref) return ref;
    }
    return null;
  }

  private interactiveLayerIds(): string[] {
    return this.current.layers
      .filter((l) => (l.metadata as PlanLayerMetadata | undefined)?.['planmap:interactive'])
      .filter((l) => (l.layout as { visibility?: string } | undefined)?.visibility !== 'none')
      .map((l) => l.id);
  }

  private onMove(e: MapMouseEvent): void {
    const ref = this.pick(e);
    this.map.getCanvas().style.cursor = ref ? 'pointer' : '';
    this.handlers.onHover(ref, ref ? { x: e.point.x, y: e.point.y } : null);
  }

  /** Asks for one more frame, so an `idle` follows even when nothing changed. */
  repaint(): void {
    this.map.triggerRepaint();
  }

  /** Brings the live map to `next`, applying only the differences. */
  applyStyle(next: StyleSpecification): void {
    if (!this.loaded) {
      this.pending = next;
      return;
    }
    const ops = diffStyle(this.current, next);
    for (const op of ops) this.apply(op);
    this.current = next;
    if (ops.some((o) => o.op === 'addSource')) this.reapplyStates();
  }

  private apply(op: StyleOp): void {
    const m = this.map;
    switch (op.op) {
      case 'removeLayer': m.removeLayer(op.id); return;
      case 'removeSource': m.removeSource(op.id); return;
      case 'addSource': m.addSource(op.id, op.source); return;
      case 'setData': {
        const source = m.getSource(op.id);
        if (source && 'setData' in source && typeof source.setData === 'function') source.setData(op.data as never);
        return;
      }
      case 'addLayer': m.addLayer(op.layer, op.beforeId); return;
      case 'moveLayer': m.moveLayer(op.id, op.beforeId); return;
      case 'setPaint': m.setPaintProperty(op.id, op.key as never, op.value as never); return;
      case 'setLayout': m.setLayoutProperty(op.id, op.key as never, op.value as never); return;
      case 'setFilter': m.setFilter(op.id, op.filter as never); return;
      case 'setZoomRange': m.setLayerZoomRange(op.id, op.minzoom ?? 0, op.maxzoom ?? 24); return;
      case 'setFontFaces': m.setFontFaces(op.fontFaces ?? null); return;
    }
  }

  /** Sets a feature-state flag on exactly `refs`, touching only the ids that changed. */
  setFlag(flag: StateFlag, refs: readonly FeatureRef[]): void {
    const prev = this.states[flag];
    const next = new Map(refs.map((r) => [refKey(r), r]));
    if (!this.loaded) {
      this.states[flag] = next;
      return;
    }
    for (const [key, ref] of prev) if (!next.has(key)) this.writeState(ref, flag, false);
    for (const [key, ref] of next) if (!prev.has(key)) this.writeState(ref, flag, true);
    this.states[flag] = next;
  }

  private writeState(ref: FeatureRef, flag: StateFlag, value: boolean): void {
    if (!this.map.getSource(ref.layer)) return;
    this.map.setFeatureState({ source: ref.layer, id: ref.id }, { [flag]: value });
  }

  private reapplyStates(): void {
    for (const flag of Object.keys(this.states) as StateFlag[]) {
      for (const ref of this.states[flag].values()) this.writeState(ref, flag, true);
    }
  }

  /** The current camera. */
  camera(): Camera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /** Jumps to a camera without animation. */
  jumpTo(camera: Camera): void {
    this.map.jumpTo({ center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });
  }

  /** Moves the camera smoothly to a camera (presenter scene changes); `duration` 0 jumps. */
  flyTo(camera: Camera, options: { duration: number }): void {
    const target = { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch };
    if (options.duration <= 0) this.map.jumpTo(target);
    else this.map.flyTo({ ...target, duration: options.duration, essential: true });
  }

  /** The map's canvas as drawn now (the drawing buffer is preserved, so it can be copied). */
  exportCanvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  /** Renders the current style and flags on a temporary map of another size and pixel ratio. */
  renderImage(options: Omit<RenderImageOptions, 'style' | 'flags'>): Promise<RenderedImage> {
    const flags = { selected: [...this.states.selected.values()], highlighted: [...this.states.highlighted.values()] };
    return renderMapImage({ ...options, style: this.current, flags });
  }

  /** Moves the camera to show the bounds. */
  fitBounds(bounds: LngLatBoundsLike, maxZoom = 11): void {
    this.map.fitBounds(bounds, { padding: 60, maxZoom, duration: 600 });
  }

  /** Ids of features of an app layer currently drawn (for tests and diagnostics). */
  renderedIds(layer: LayerId): string[] {
    const layers = this.current.layers
      .filter((l) => (l.metadata as PlanLayerMetadata | undefined)?.['planmap:layer'] === layer)
      .map((l) => l.id)
      .filter((id) => this.map.getLayer(id));
    if (layers.length === 0) return [];
    const ids = new Set<string>();
    for (const f of this.map.queryRenderedFeatures({ layers })) if (f.id !== undefined) ids.add(String(f.id));
    return [...ids].sort();
  }

  /** How many times the map has gone idle (rendered everything asked of it); read by the diagnostics. */
  get idleCount(): number {
    return this.idles;
  }

  /** The feature-state of one feature (for tests and diagnostics). */
  featureState(ref: FeatureRef): Record<string, unknown> {
    if (!this.map.getSource(ref.layer)) return {};
    return this.map.getFeatureState({ source: ref.layer, id: ref.id });
  }

  /** Screen position of a coordinate. */
  project(lngLat: [number, number]): { x: number; y: number } {
    const p = this.map.project(lngLat);
    return { x: p.x, y: p.y };
  }

  /** Whether a style layer is currently visible on the map. */
  layerVisible(styleLayerId: string): boolean {
    return this.map.getLayer(styleLayerId) !== undefined && this.map.getLayoutProperty(styleLayerId, 'visibility') !== 'none';
  }

  /** Resizes the canvas to its container. */
  resize(): void {
    this.map.resize();
  }

  /** Unbinds every listener and destroys the map. */
  remove(): void {
    for (const off of this.unbind.splice(0)) off();
    this.map.remove();
  }
}

/** What {@link renderMapImage} draws and how big. */
export interface RenderImageOptions {
  style: StyleSpecification;
  /** Size of the map in CSS pixels; the image is `width × pixelRatio` by `height × pixelRatio`. */
  width: number;
  height: number;
  pixelRatio: number;
  /** Either an exact camera or bounds to fit (with padding in CSS pixels). */
  view: { camera: Camera } | { bounds: LngLatBoundsLike; padding: number };
  flags?: Partial<Record<StateFlag, readonly FeatureRef[]>>;
}

/** The rendered image, the pixel ratio MapLibre really used (lower when the GPU refused the size) and the camera. */
export interface RenderedImage {
  canvas: HTMLCanvasElement;
  pixelRatio: number;
  camera: Camera;
}

/**
 * Renders a style once on a temporary, hidden map with its own pixel ratio (for print-resolution
 * exports and briefing sheets) and copies the pixels to a plain canvas. The map and its container
 * are removed when the image is taken or the render fails.
 */
export function renderMapImage(options: RenderImageOptions): Promise<RenderedImage> {
  const container = document.createElement('div');
  const width = Math.max(1, Math.round(options.width));
  const height = Math.max(1, Math.round(options.height));
  container.style.cssText = `position:fixed;left:-${width + 100}px;top:0;width:${width}px;height:${height}px;pointer-events:none;`;
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  const maxSide = Math.ceil(Math.max(width, height) * options.pixelRatio) + 2;
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container,
      style: options.style,
      ...('camera' in options.view
        ? { center: options.view.camera.center, zoom: options.view.camera.zoom, bearing: options.view.camera.bearing, pitch: options.view.camera.pitch }
        : { bounds: options.view.bounds, fitBoundsOptions: { padding: options.view.padding } }),
      pixelRatio: options.pixelRatio,
      maxCanvasSize: [maxSide, maxSide],
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      maxZoom: 14,
      minZoom: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
  } catch (error) {
    container.remove();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return new Promise<RenderedImage>((resolve, reject) => {
    const finish = (result: RenderedImage | Error) => {
      map.off('load', onLoad);
      map.off('idle', onIdle);
      map.off('error', onError);
      map.remove();
      container.remove();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onLoad = () => {
      for (const [flag, refs] of Object.entries(options.flags ?? {}) as [StateFlag, readonly FeatureRef[]][]) {
        for (const ref of refs) if (map.getSource(ref.layer)) map.setFeatureState({ source: ref.layer, id: ref.id }, { [flag]: true });
      }
    };
    const onIdle = () => {
      if (!map.loaded()) return;
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const ctx = copy.getContext('2d');
      if (!ctx) return finish(new Error('no 2d canvas context'));
      ctx.drawImage(source, 0, 0);
      const c = map.getCenter();
      const camera = { center: [c.lng, c.lat] as [number, number], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
      finish({ canvas: copy, pixelRatio: source.width / width, camera });
    };
    const onError = (e: unknown) => finish(new Error(String((e as { error?: Error }).error?.message ?? 'map error')));
    map.on('load', onLoad);
    map.on('idle', onIdle);
    map.on('error', onError);
  });
}

let mainMap: MapAdapter | null = null;

/** Registers the app's main map (MapView does, and clears it on unmount) for exports. */
export function setMainMap(adapter: MapAdapter | null): void {
  mainMap = adapter;
}

/** The app's main map, or null while there is none. */
export function getMainMap(): MapAdapter | null {
  return mainMap;
}
