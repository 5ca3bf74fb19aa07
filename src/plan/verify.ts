/**
 * Span verification: every quote of a plan model is the text it points into
 * (`text.slice(start, end) === quote`), for sections, tasks, indicators, links, flaws, non-targets and the
 * document-level place mentions.
 * Used on added documents when they are read back (IndexedDB, workspace file). Pure.
 */
import type { PlanModel, Span } from './types';

function inText(text: string, span: Span | null | undefined): boolean {
  return !!span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
}

/**
 * The first few spans of `model` that do not verify against `texts` (document id → text); empty when all do.
 * A document without a text fails as a whole.
 */
export function spanErrors(model: PlanModel, texts: Readonly<Record<string, string>>, max = 5): string[] {
  const errors: string[] = [];
  const check = (what: string, documentId: string, span: Span | null | undefined, quote?: string): void => {
    if (errors.length >= max) return;
    const text = texts[documentId];
    if (text === undefined) errors.push(`${what}: no text for ${documentId}`);
    else if (!inText(text, span)) errors.push(`${what}: span out of range`);
    else if (quote !== undefined && span && text.slice(span.start, span.end) !== quote) errors.push(`${what}: quote differs`);
  };
  for (const s of model.sections) {
    check(`section ${s.id}`, s.documentId, s.span);
    check(`section ${s.id} title`, s.documentId, s.titleSpan);
  }
  for (const t of model.tasks) {
    check(`task ${t.id}`, t.documentId, t.span);
    for (const l of t.links) if (l.span) check(`link ${t.id}→${l.featureId}`, t.documentId, l.span, l.quote);
  }
  for (const i of model.indicators) {
    check(`indicator ${i.id}`, i.documentId, i.span, i.quote);
    if (i.valueSpan) check(`indicator ${i.id} value`, i.documentId, i.valueSpan);
    for (const l of i.links) if (l.span) check(`link ${i.id}→${l.featureId}`, i.documentId, l.span, l.quote);
  }
  for (const f of model.flaws) check(`flaw ${f.id}`, f.documentId, f.span, f.quote);
  for (const n of model.nonTargets) check('non-target', n.documentId, n.span, n.quote);
  for (const u of model.unresolvedMentions) check(`mention ${u.term}`, u.documentId, u.span, u.term);
  for (const m of model.mentions ?? []) check(`place mention ${String(m.term)}→${String(m.featureId)}`, m.documentId, m.span, typeof m.term === 'string' ? m.term : '\u0000');
  return errors;
}
