/**
 * Cuts a document into paragraphs and each paragraph into pieces carrying the decorations that
 * cover them (mentions, flaws, section titles, the "show in plan" target), for the plan reader.
 * Pure; pieces are exact slices of the seed text, so the reader shows the text byte for byte.
 */
import type { Span } from '../plan/types';

export type DecorationKind = 'mention' | 'flaw' | 'title' | 'target';

export interface Decoration {
  kind: DecorationKind;
  span: Span;
  /** Mention: index into the document's mentions; flaw: flaw id; title: section id. */
  ref: string;
}

export interface Piece {
  start: number;
  end: number;
  decorations: Decoration[];
}

export interface Paragraph {
  start: number;
  end: number;
  pieces: Piece[];
}

/** Non-empty lines of the text with their offsets. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    if (text.slice(start, i).trim() !== '') out.push({ start, end: i });
    start = i + 1;
  }
  return out;
}

/** Splits [start, end) at every decoration boundary inside it. */
export function piecesOf(start: number, end: number, decorations: readonly Decoration[]): Piece[] {
  const inside = decorations.filter((d) => d.span.start < end && d.span.end > start);
  const cuts = new Set([start, end]);
  for (const d of inside) {
    if (d.span.start > start) cuts.add(d.span.start);
    if (d.span.end < end) cuts.add(d.span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    pieces.push({ start: a, end: b, decorations: inside.filter((d) => d.span.start <= a && d.span.end >= b) });
  }
  return pieces;
}

/** The whole document as paragraphs of decorated pieces. */
export function segmentDocument(text: string, decorations: readonly Decoration[]): Paragraph[] {
  const sorted = [...decorations].sort((a, b) => a.span.start - b.span.start);
  return paragraphs(text).map((p) => ({ ...p, pieces: piecesOf(p.start, p.end, sorted) }));
}
