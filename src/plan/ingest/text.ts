/**
 * Small pure helpers over seed text: lines with offsets, punctuation classes, exact-anchor lookup.
 * Offsets are UTF-16 code units, as `String.prototype.slice` counts them.
 */
import type { Span } from '../types.ts';

/** One line of a text, without its newline. */
export interface Line {
  span: Span;
  text: string;
}

/** Splits a text into lines (LF or CRLF), keeping offsets. Empty lines are kept. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const rawEnd = nl === -1 ? text.length : nl;
    const end = rawEnd > start && text[rawEnd - 1] === '\r' ? rawEnd - 1 : rawEnd;
    out.push({ span: { start, end }, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/** Trims white space inside a span, returning the narrowed span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Characters that end a complete paragraph (ASCII and full-width forms). */
const TERMINAL = new Set(['。', '!', '?', '！', '？', ';', '；', ':', '：', ')', '）', '”', '》', '」', '】']);

/** Characters that end a sentence (used for year scope and lead sentences), either width. */
export const SENTENCE_END = /[。!?！？]/;

/** Any sentence-internal punctuation, either width; a line without any is a heading candidate. */
export const ANY_PUNCT = /[。，,;；:：!?！？、]/;

/** True when the text at `span` ends with terminal punctuation. */
export function endsComplete(text: string, span: Span): boolean {
  const last = text[span.end - 1];
  return last !== undefined && TERMINAL.has(last);
}

/**
 * Finds the single occurrence of `anchor` in `text` (optionally from `from`).
 * Throws when it is missing or (with `unique`) occurs more than once: a reviewed rule that no longer
 * matches its seed must fail loudly, not silently stop applying.
 */
export function findAnchor(text: string, anchor: string, what: string, unique = true): Span {
  const at = text.indexOf(anchor);
  if (at === -1) throw new Error(`${what}: anchor not found: ${JSON.stringify(anchor)}`);
  if (unique && text.indexOf(anchor, at + 1) !== -1) {
    throw new Error(`${what}: anchor occurs more than once: ${JSON.stringify(anchor)}`);
  }
  return { start: at, end: at + anchor.length };
}

/** All occurrences of `needle` in `text`. */
export function findAll(text: string, needle: string): Span[] {
  const out: Span[] = [];
  if (needle.length === 0) return out;
  let at = text.indexOf(needle);
  while (at !== -1) {
    out.push({ start: at, end: at + needle.length });
    at = text.indexOf(needle, at + needle.length);
  }
  return out;
}

/** True when `inner` lies within `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Removes line breaks and spaces a layout break left inside a phrase ("市级院\n\n士专家" → "市级院士专家"). */
export function squash(s: string): string {
  return s.replace(/\s+/g, '');
}
