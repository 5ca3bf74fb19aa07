/**
 * Draws an export on a 2D canvas from a rendered map and the pure layout (src/present/imageLayout.ts):
 * header with title and subtitle, the map, legend, scale bar, north arrow, and a footer with sources,
 * attribution and date.
 */
import type { ExportLayout, LegendItem } from './imageLayout';

/** Everything drawn besides the map, already worded. */
export interface ComposeInput {
  layout: ExportLayout;
  map: HTMLCanvasElement;
  title: string;
  subtitle: string;
  legend: { items: LegendItem[]; labels: string[]; note: string };
  scale: { px: number; label: string };
  bearing: number;
  north: string;
  sources: string;
  attribution: string;
  date: string;
}

const FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const INK = '#1d1d1b';
const MUTED = '#5f5f58';

function font(ctx: CanvasRenderingContext2D, size: number, weight = 400): void {
  ctx.font = `${weight} ${size}px ${FONT_STACK}`;
}

/** The text cut with an ellipsis to fit `max` pixels. */
function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

function drawHeaderFooter(ctx: CanvasRenderingContext2D, input: ComposeInput): void {
  const { layout: l } = input;
  const s = l.size.scale;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(l.header.x, l.header.y, l.header.w, l.header.h);
  ctx.fillStyle = '#f4f4f0';
  ctx.fillRect(l.footer.x, l.footer.y, l.footer.w, l.footer.h);
  ctx.fillStyle = '#c9c9c0';
  ctx.fillRect(0, l.header.h - Math.max(1, s), l.size.width, Math.max(1, s));
  ctx.fillRect(0, l.footer.y, l.size.width, Math.max(1, s));
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = INK;
  font(ctx, l.title.size, 700);
  ctx.fillText(fitText(ctx, input.title, l.title.maxWidth), l.title.x, l.title.y);
  if (input.subtitle) {
    ctx.fillStyle = MUTED;
    font(ctx, l.subtitle.size);
    ctx.fillText(fitText(ctx, input.subtitle, l.subtitle.maxWidth), l.subtitle.x, l.subtitle.y);
  }
  const f = l.footerText;
  font(ctx, f.size);
  ctx.fillStyle = MUTED;
  ctx.fillText(fitText(ctx, input.sources, f.right - f.left), f.left, f.y1);
  ctx.textAlign = 'right';
  const date = input.date;
  ctx.fillText(date, f.right, f.y2);
  const dateWidth = ctx.measureText(date).width;
  ctx.textAlign = 'left';
  ctx.fillText(fitText(ctx, input.attribution, f.right - f.left - dateWidth - 24 * s), f.left, f.y2);
}

function drawLegend(ctx: CanvasRenderingContext2D, input: ComposeInput): void {
  const { legend: g, size } = input.layout;
  const s = size.scale;
  const { items, labels, note } = input.legend;
  if (items.length === 0) return;
  font(ctx, Math.round(g.size * 0.85));
  const noteLines = note ? wrap(ctx, note, g.width - 2 * g.pad) : [];
  const noteHeight = noteLines.length * Math.round(g.size * 1.15);
  const height = g.pad * 2 + items.length * g.rowHeight + (noteLines.length > 0 ? noteHeight + g.pad / 2 : 0);
  const x = g.right - g.width;
  const y = g.bottom - height;
  ctx.fillStyle = 'rgba(255,255,255,0.93)';
  ctx.strokeStyle = '#c9c9c0';
  ctx.lineWidth = Math.max(1, s);
  roundRect(ctx, x, y, g.width, height, 6 * s);
  ctx.fill();
  ctx.stroke();
  const sw = 26 * s;
  items.forEach((item, i) => {
    const cy = y + g.pad + i * g.rowHeight + g.rowHeight / 2;
    drawSwatch(ctx, item, x + g.pad, cy, sw, s);
    ctx.fillStyle = INK;
    font(ctx, g.size);
    ctx.textBaseline = 'middle';
    ctx.fillText(fitText(ctx, labels[i] ?? '', g.width - 3 * g.pad - sw), x + g.pad * 2 + sw, cy);
  });
  ctx.textBaseline = 'top';
  ctx.fillStyle = MUTED;
  font(ctx, Math.round(g.size * 0.85));
  noteLines.forEach((line, i) => ctx.fillText(line, x + g.pad, y + g.pad + items.length * g.rowHeight + g.pad / 2 + i * Math.round(g.size * 1.15)));
  ctx.textBaseline = 'alphabetic';
}

/** Greedy wrap by characters (works for Chinese and for English words alike, breaking long words). */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > max && line) {
      lines.push(line);
      line = ch.trimStart();
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

function drawSwatch(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, cy: number, w: number, s: number): void {
  ctx.save();
  if (item.kind === 'fill') {
    ctx.fillStyle = item.color;
    ctx.strokeStyle = '#9a9a90';
    ctx.lineWidth = Math.max(1, s);
    ctx.fillRect(x, cy - 6 * s, w, 12 * s);
    ctx.strokeRect(x, cy - 6 * s, w, 12 * s);
  } else if (item.kind === 'band') {
    ctx.globalAlpha = 0.55;
    ctx.fillStyle = item.color;
    ctx.fillRect(x, cy - 4 * s, w, 8 * s);
  } else if (item.kind === 'dot') {
    ctx.fillStyle = item.color;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.5 * s;
    ctx.beginPath();
    ctx.arc(x + w / 2, cy, 5 * s, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  } else {
    ctx.strokeStyle = item.color;
    ctx.lineWidth = 3 * s;
    ctx.setLineDash((item.dash ?? []).map((d) => d * 3 * s));
    ctx.beginPath();
    ctx.moveTo(x, cy);
    ctx.lineTo(x + w, cy);
    ctx.stroke();
  }
  ctx.restore();
}

function drawScaleBar(ctx: CanvasRenderingContext2D, input: ComposeInput): void {
  drawScaleBarAt(ctx, input.layout.scaleBar, input.layout.size.scale, input.scale);
}

/** A two-tone scale bar with its label, its left end at (b.x, b.y) (also used by briefing sheets). */
export function drawScaleBarAt(
  ctx: CanvasRenderingContext2D,
  b: { x: number; y: number; height: number; size: number },
  s: number,
  scale: { px: number; label: string },
): void {
  const { px, label } = scale;
  if (px <= 0) return;
  font(ctx, b.size, 600);
  const textW = ctx.measureText(label).width;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  roundRect(ctx, b.x - 6 * s, b.y - b.size - 10 * s, px + textW + 22 * s, b.size + b.height + 16 * s, 4 * s);
  ctx.fill();
  const half = px / 2;
  ctx.fillStyle = INK;
  ctx.fillRect(b.x, b.y - b.height, half, b.height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(b.x + half, b.y - b.height, px - half, b.height);
  ctx.strokeStyle = INK;
  ctx.lineWidth = Math.max(1, s);
  ctx.strokeRect(b.x, b.y - b.height, px, b.height);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText('0', b.x - 2 * s, b.y - b.height - 4 * s);
  ctx.fillText(label, b.x + px + 6 * s, b.y);
}

function drawNorth(ctx: CanvasRenderingContext2D, input: ComposeInput): void {
  drawNorthAt(ctx, input.layout.north, input.layout.size.scale, input.bearing, input.north);
}

/** A north arrow in a circle, turned by the map's bearing (also used by briefing sheets). */
export function drawNorthAt(ctx: CanvasRenderingContext2D, at: { cx: number; cy: number; r: number }, s: number, bearing: number, label: string): void {
  const { cx, cy, r } = at;
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.strokeStyle = '#9a9a90';
  ctx.lineWidth = Math.max(1, s);
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
  ctx.translate(cx, cy);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.moveTo(0, -r * 0.78);
  ctx.lineTo(r * 0.32, r * 0.15);
  ctx.lineTo(0, -r * 0.05);
  ctx.lineTo(-r * 0.32, r * 0.15);
  ctx.closePath();
  ctx.fill();
  font(ctx, Math.round(r * 0.55), 700);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, 0, r * 0.5);
  ctx.restore();
}

/** Composes the export on a new canvas of the layout's size. */
export function composeImage(input: ComposeInput): HTMLCanvasElement {
  const { layout } = input;
  const canvas = document.createElement('canvas');
  canvas.width = layout.size.width;
  canvas.height = layout.size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas context');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(input.map, layout.map.x, layout.map.y, layout.map.w, layout.map.h);
  drawHeaderFooter(ctx, input);
  drawLegend(ctx, input);
  drawScaleBar(ctx, input);
  drawNorth(ctx, input);
  return canvas;
}
