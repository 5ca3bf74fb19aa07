/**
 * Document-level place mentions: every place the text names, wherever it stands (tasks, and the parts that
 * make no tasks: reviews of past work, principles and safeguards, openings), found with the same gazetteer
 * matching, traps, blockers, suppressed spans and typo readings as task links (mentions.ts, links.ts).
 * Task and indicator links stay as they are; these feed the plan reader. Pure.
 */
import type { DocumentMention, Span } from '../types.ts';
import type { LinkContext } from './links.ts';
import { ownPrefecture } from './links.ts';
import { findMentions, resolveMention } from './mentions.ts';

/** Sorted, merged union of spans (overlapping or touching spans become one). */
export function unionSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** `spans` minus `holes` (both any order); the result is sorted and non-overlapping. */
export function subtractSpans(spans: readonly Span[], holes: readonly Span[]): Span[] {
  const cuts = unionSpans(holes);
  const out: Span[] = [];
  for (const s of unionSpans(spans)) {
    let start = s.start;
    for (const h of cuts) {
      if (h.end <= start || h.start >= s.end) continue;
      if (h.start > start) out.push({ start, end: h.start });
      start = Math.max(start, h.end);
    }
    if (start < s.end) out.push({ start, end: s.end });
  }
  return out;
}

/**
 * Every resolved place mention inside `bounds` (the document's body blocks minus what is not text of the
 * plan), in text order; a mention inside a longer name (鲁甸 in "鲁甸至大关(G247)") is recorded too.
 * Unresolved mentions (ambiguous, out-of-area aliases) and the document's own prefecture are left out,
 * as for task links.
 */
export function documentMentions(ctx: LinkContext, documentId: string, bounds: readonly Span[]): DocumentMention[] {
  const out: DocumentMention[] = [];
  for (const m of findMentions(ctx.text, unionSpans(bounds), ctx.dict, ctx.suppressed, ctx.substitutions)) {
    const e = resolveMention(m, ctx.areaCounties);
    if (typeof e === 'string' || ownPrefecture(e, ctx.areaCounties)) continue;
    const term = ctx.text.slice(m.span.start, m.span.end);
    const reason = m.flawId ? `typo read as ${m.term} (${m.flawId})` : m.nested ? 'inside a longer name' : e.name === m.term ? 'name' : 'alias';
    out.push({ documentId, featureId: e.id, span: { start: m.span.start, end: m.span.end }, term, reason });
  }
  return out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}
