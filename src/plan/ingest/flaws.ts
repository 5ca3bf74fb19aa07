/**
 * Source flaws: layout breaks found by the segmenter, structure repairs (curated.ts) and flaws found
 * by reading (typos, wrong words, misplaced names). Flagged, never fixed in the text.
 */
import type { Flaw, FlawKind, Span } from '../types.ts';
import type { DocumentRules } from './curated.ts';
import type { BreakPoint } from './segment.ts';
import { findAnchor, overlaps } from './text.ts';

const KIND_ID: Record<FlawKind, string> = {
  'broken-paragraph': 'break',
  typo: 'typo',
  'misplaced-name': 'misplaced',
  'wrong-word': 'wrongword',
};

/** Default note of a joined layout break. */
export const JOINED_NOTE = 'Page layout break inside a sentence; the two parts are read as one paragraph.';

/**
 * Builds the flaws of one document (ids `<doc>-<kind>-<n>` in text order; `affects` filled by the caller).
 */
export function buildFlaws(documentId: string, text: string, breaks: readonly BreakPoint[], rules: DocumentRules): Flaw[] {
  const raw: Omit<Flaw, 'id'>[] = [];
  const push = (kind: FlawKind, span: Span, note: string, reading?: string): void => {
    raw.push({ documentId, kind, span, quote: text.slice(span.start, span.end), note, ...(reading ? { reading } : {}), affects: [] });
  };
  for (const b of breaks) push('broken-paragraph', b.span, b.note ?? JOINED_NOTE);
  for (const r of rules.structure.splitLeads) push('broken-paragraph', findAnchor(text, r.anchor, 'split-lead flaw'), r.note);
  for (const r of rules.structure.leads) push('broken-paragraph', findAnchor(text, r.anchor, 'lead flaw'), r.note);
  for (const f of rules.flaws) {
    const at = findAnchor(text, f.anchor, `${f.kind} flaw`);
    let span = at;
    if (f.target) {
      const inner = text.slice(at.start, at.end).indexOf(f.target);
      if (inner === -1) throw new Error(`flaw target ${f.target} not inside ${f.anchor}`);
      span = { start: at.start + inner, end: at.start + inner + f.target.length };
    }
    push(f.kind, span, f.note, f.reading);
  }
  raw.sort((a, b) => a.span.start - b.span.start);
  const counters = new Map<FlawKind, number>();
  return raw.map((f) => {
    const n = (counters.get(f.kind) ?? 0) + 1;
    counters.set(f.kind, n);
    return { id: `${documentId}-${KIND_ID[f.kind]}-${n}`, ...f };
  });
}

/** Fills `affects` with the ids of tasks whose span overlaps the flaw. */
export function attachAffects(flaws: readonly Flaw[], tasks: readonly { id: string; documentId: string; span: Span }[]): Flaw[] {
  return flaws.map((f) => ({
    ...f,
    affects: tasks.filter((t) => t.documentId === f.documentId && overlaps(t.span, f.span)).map((t) => t.id),
  }));
}
