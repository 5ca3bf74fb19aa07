/**
 * Image export geometry (pure): output sizes for slides and print, where the title, map, legend,
 * scale bar, north arrow and footer go on the composed canvas, the scale bar's round length, the
 * camera of the high-resolution render and the file name. All rectangles are in output pixels.
 */
import type { LayerId } from '../geo/types';
import { COLORS, STATUS_LOOK } from '../map/style/palette';
import { metersPerPixel, zoomForFrame } from './camera';
import type { Viewport } from './types';
import type { Camera } from '../types/domain';

/** The sizes a planner can export. */
export const EXPORT_PRESETS = ['screen2x', 'a4-150', 'a4-300', 'a3-150', 'a3-300'] as const;
export type ExportPreset = (typeof EXPORT_PRESETS)[number];

const PAPER_MM = { a4: [297, 210], a3: [420, 297] } as const;

/** Output size in pixels and how many output pixels one CSS pixel of the design takes. */
export interface ExportSize {
  width: number;
  height: number;
  /** Output pixels per CSS pixel (map pixel ratio and scale of all overlays). */
  scale: number;
  dpi: number | null;
}

/** Pixels of a length in millimetres at a resolution (A4 landscape at 300 dpi: 3508 × 2480). */
export function mmToPx(mm: number, dpi: number): number {
  return Math.round((mm / 25.4) * dpi);
}

/** The output size of a preset; `screen` is the map view in CSS pixels (for 2× screen). */
export function exportSize(preset: ExportPreset, screen: Viewport): ExportSize {
  if (preset === 'screen2x') return { width: Math.round(screen.width * 2), height: Math.round(screen.height * 2), scale: 2, dpi: null };
  const [paper, dpiText] = preset.split('-') as ['a4' | 'a3', string];
  const dpi = Number(dpiText);
  const [w, h] = PAPER_MM[paper];
  // One CSS pixel is 1/96 inch on paper, as browsers print.
  return { width: mmToPx(w, dpi), height: mmToPx(h, dpi), scale: dpi / 96, dpi };
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where everything goes on the composed image. */
export interface ExportLayout {
  size: ExportSize;
  header: Rect;
  map: Rect;
  footer: Rect;
  /** Title: left edge, baseline, font size, width available. */
  title: { x: number; y: number; size: number; maxWidth: number };
  subtitle: { x: number; y: number; size: number; maxWidth: number };
  /** Footer: two baselines (sources; attribution and date). */
  footerText: { left: number; right: number; y1: number; y2: number; size: number };
  legend: { right: number; bottom: number; width: number; rowHeight: number; size: number; pad: number };
  north: { cx: number; cy: number; r: number };
  scaleBar: { x: number; y: number; maxWidth: number; height: number; size: number };
}

/** The layout for an output size (header band, map, footer band; overlays inside the map). */
export function exportLayout(size: ExportSize): ExportLayout {
  const s = size.scale;
  const u = (css: number) => Math.round(css * s);
  const header: Rect = { x: 0, y: 0, w: size.width, h: u(70) };
  const footer: Rect = { x: 0, y: size.height - u(44), w: size.width, h: u(44) };
  const map: Rect = { x: 0, y: header.h, w: size.width, h: footer.y - header.h };
  return {
    size,
    header,
    map,
    footer,
    title: { x: u(24), y: u(34), size: u(24), maxWidth: size.width - u(48) },
    subtitle: { x: u(24), y: u(58), size: u(13), maxWidth: size.width - u(48) },
    footerText: { left: u(24), right: size.width - u(24), y1: footer.y + u(18), y2: footer.y + u(35), size: u(11) },
    legend: { right: map.x + map.w - u(14), bottom: map.y + map.h - u(14), width: u(200), rowHeight: u(19), size: u(12), pad: u(10) },
    north: { cx: map.x + map.w - u(38), cy: map.y + u(42), r: u(20) },
    scaleBar: { x: map.x + u(18), y: map.y + map.h - u(22), maxWidth: u(150), height: u(6), size: u(12) },
  };
}

/** The largest 1, 2 or 5 × 10ⁿ metres not above `maxMeters`. */
export function niceMeters(maxMeters: number): number {
  if (!(maxMeters > 0)) return 0;
  const pow = 10 ** Math.floor(Math.log10(maxMeters));
  const first = maxMeters / pow;
  const step = first >= 5 ? 5 : first >= 2 ? 2 : 1;
  return step * pow;
}

/** A scale bar: its length in output pixels and its label ("20 km" / "500 m"). */
export function scaleBar(lat: number, zoom: number, pxPerCss: number, maxPx: number): { px: number; label: string } {
  const metersPerOutPx = metersPerPixel(lat, zoom) / pxPerCss;
  const meters = niceMeters(maxPx * metersPerOutPx);
  const label = meters >= 1000 ? `${meters / 1000} km` : `${meters} m`;
  return { px: Math.round(meters / metersPerOutPx), label };
}

/** The camera of the high-resolution render: same centre, zoomed so the screen's extent fits the frame. */
export function renderCamera(camera: Camera, screen: Viewport, frameCss: Viewport): Camera {
  return { ...camera, zoom: zoomForFrame(camera.zoom, screen, frameCss) };
}

/** A file name: `<title>-<preset>-<date>.png`, with characters file systems refuse replaced. */
export function exportFileName(title: string, preset: ExportPreset, date: string): string {
  const clean = title.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'map';
  const tag = preset === 'screen2x' ? '2x' : `${preset.toUpperCase()}dpi`;
  return `${clean}-${tag}-${date}.png`;
}

/** One legend entry. */
export interface LegendItem {
  kind: 'fill' | 'line' | 'dot' | 'band';
  color: string;
  dash?: number[];
  /** i18n key of the label. */
  label: 'legend.zhaotong' | 'legend.luzhou' | 'legend.context' | 'legend.river' | 'layer.railways' | 'layer.highways'
    | 'legend.road' | 'layer.corridors' | 'legend.belt' | 'layer.parks' | 'legend.energy' | 'layer.places' | 'legend.seat'
    | 'status.planned' | 'present.legend.highlighted';
}

/** Legend entries for the visible layers, in the order of the app legend. */
export function legendItems(visible: readonly LayerId[], withHighlights: boolean): LegendItem[] {
  const on = new Set(visible);
  const items: LegendItem[] = [];
  if (on.has('counties')) {
    items.push({ kind: 'fill', color: COLORS.zhaotongFill, label: 'legend.zhaotong' }, { kind: 'fill', color: COLORS.luzhouFill, label: 'legend.luzhou' });
  }
  if (on.has('context-counties')) items.push({ kind: 'fill', color: COLORS.contextFill, label: 'legend.context' });
  if (on.has('rivers')) items.push({ kind: 'line', color: COLORS.river, label: 'legend.river' });
  if (on.has('seats')) items.push({ kind: 'dot', color: COLORS.seat, label: 'legend.seat' });
  if (on.has('railways')) items.push({ kind: 'line', color: COLORS.railway, label: 'layer.railways' });
  if (on.has('highways')) items.push({ kind: 'line', color: COLORS.highway, label: 'layer.highways' }, { kind: 'line', color: COLORS.road, label: 'legend.road' });
  if (on.has('corridors')) items.push({ kind: 'band', color: COLORS.corridor, label: 'layer.corridors' }, { kind: 'band', color: COLORS.belt, label: 'legend.belt' });
  if (on.has('parks')) items.push({ kind: 'dot', color: COLORS.park, label: 'layer.parks' }, { kind: 'dot', color: COLORS.energy, label: 'legend.energy' });
  if (on.has('places')) items.push({ kind: 'dot', color: COLORS.place, label: 'layer.places' });
  if (on.has('railways') || on.has('highways') || on.has('corridors')) {
    items.push({ kind: 'line', color: COLORS.highway, dash: STATUS_LOOK.planned.dash, label: 'status.planned' });
  }
  if (withHighlights) items.push({ kind: 'line', color: COLORS.highlighted, label: 'present.legend.highlighted' });
  return items;
}
