/**
 * Image export of the current view: the map is rendered again at the output's pixel ratio on a
 * temporary map (src/map/adapter.ts renderMapImage, same style, flags and extent), then composed with
 * title, legend, scale bar, north arrow, sources, attribution and date, and encoded as PNG.
 */
import attribution from '../../../geodata/attribution.json';
import { translate, type Lang } from '../../i18n/strings';
import { getMainMap } from '../../map/adapter';
import { exportLayout, exportSize, legendItems, renderCamera, scaleBar, type ExportPreset } from '../../present/imageLayout';
import { useData } from '../../state/data';
import { useLayers } from '../../state/layers';
import { useSelection } from '../../state/selection';
import { composeImage } from '../../present/composeImage';
import { mapViewport } from './screen';

/** A finished export. */
export interface ExportResult {
  blob: Blob;
  width: number;
  height: number;
  /** Milliseconds from the start of the render to the encoded PNG. */
  ms: number;
  /** Pixel ratio MapLibre really used for the map (lower than asked when the GPU refused the size). */
  mapPixelRatio: number;
  askedPixelRatio: number;
}

/** The export could not start because there is no map. */
export class NoMapError extends Error {}

/** Today as YYYY-MM-DD in local time. */
export function localDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png');
  });
}

/** Renders and composes the current view at a preset size. */
export async function exportImage(options: { preset: ExportPreset; title: string; subtitle: string; lang: Lang }): Promise<ExportResult> {
  const adapter = getMainMap();
  if (!adapter) throw new NoMapError();
  const t0 = performance.now();
  const screen = mapViewport();
  const camera = adapter.camera();
  const size = exportSize(options.preset, screen);
  const layout = exportLayout(size);
  const frame = { width: layout.map.w / size.scale, height: layout.map.h / size.scale };
  const renderAt = renderCamera(camera, screen, frame);
  const rendered = await adapter.renderImage({ width: frame.width, height: frame.height, pixelRatio: size.scale, view: { camera: renderAt } });
  const visible = [...useLayers.getState().visible];
  const selection = useSelection.getState();
  const items = legendItems(visible, selection.highlighted.length > 0 || selection.selected !== null);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(options.lang, key, params);
  const docs = useData.getState().model?.documents ?? [];
  const canvas = composeImage({
    layout,
    map: rendered.canvas,
    title: options.title,
    subtitle: options.subtitle,
    legend: { items, labels: items.map((i) => t(i.label)), note: t('present.export.note') },
    // The composed map keeps the frame's CSS size, so one CSS pixel is `size.scale` output pixels.
    scale: scaleBar(renderAt.center[1], renderAt.zoom, size.scale, layout.scaleBar.maxWidth),
    bearing: renderAt.bearing,
    north: t('present.export.north'),
    sources: t('present.export.source', { docs: docs.map((d) => `《${d.title}》`).join('；') }),
    attribution: options.lang === 'en' ? attribution.en : attribution.zh,
    date: t('present.export.date', { date: localDate() }),
  });
  const blob = await toBlob(canvas);
  return { blob, width: canvas.width, height: canvas.height, ms: performance.now() - t0, mapPixelRatio: rendered.pixelRatio, askedPixelRatio: size.scale };
}
