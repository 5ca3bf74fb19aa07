/**
 * Indicators: the measurable targets of each task, each with its figure, unit, comparator, year and
 * the clause that states it.
 *
 * Generic rule: every figure with a unit inside a task (except non-targets) is a target. Its quote is
 * its piece of the clause (clauses split at 、 and at 和 before a figure); its name is the piece without
 * the figure, comparator words and year phrases. Reviewed rules (indicator-rules.ts) rename, group
 * ("分别提高到70%、60%") or add targets written without Arabic figures ("两个百分点", "Ⅱ类").
 */
import type { Comparator, Indicator, Span } from '../types.ts';
import type { NumberMatch } from './numbers.ts';
import { findNumbers } from './numbers.ts';
import type { TaskDraft } from './tasks.ts';
import { bodySpans } from './tasks.ts';
import { clauseAt, comparatorFor, leadingVerb, nameFor, piecesOf, QUALIFIER_UNITS, yearFor } from './clauses.ts';
import type { IndicatorPatch, IndicatorRules } from './indicator-rules.ts';
import { findAnchor, SENTENCE_END, trimSpan, within } from './text.ts';

/** An indicator before its feature links are attached. */
export type IndicatorDraft = Omit<Indicator, 'featureIds' | 'links'>;

/** What the extractor needs besides the text. */
export interface IndicatorContext {
  text: string;
  documentId: string;
  /** Start offsets of non-target figures. */
  nonTargets: ReadonlySet<number>;
  /** Year for tasks of a section without their own (zt-b8 → 2022; target blocks), by task id. */
  taskYear: (task: TaskDraft) => { year: number; evidence: string } | null;
  defaultPeriod?: { period: 'five-year'; evidence: string };
  rules: IndicatorRules;
  /** The document's year (今年, 全年). */
  docYear?: number;
}

interface Base {
  taskId: string;
  span: Span;
  n: NumberMatch | null;
}

function finish(ctx: IndicatorContext, task: TaskDraft, b: Base, name: string, comparator: Comparator, extra: Partial<IndicatorDraft>): IndicatorDraft {
  const { text } = ctx;
  const body = { start: task.span.start, end: task.unitsSpan?.start ?? task.span.end };
  const pos = b.n ? b.n.span.start : b.span.end - 1;
  const own = yearFor(text, pos, body, ctx.docYear) ?? ctx.taskYear(task);
  const sentenceText = text.slice(body.start, pos);
  const lastStop = Math.max(sentenceText.lastIndexOf('。'), sentenceText.lastIndexOf(';'), sentenceText.lastIndexOf('；'));
  const aspirational = /力争|争取/.test(sentenceText.slice(lastStop + 1)) || /力争|争取/.test(text.slice(b.span.start, pos));
  const quote = text.slice(b.span.start, b.span.end);
  const draft: IndicatorDraft = {
    id: '',
    documentId: ctx.documentId,
    taskId: task.id,
    name,
    value: b.n ? b.n.value : null,
    ...(b.n?.valueMax !== undefined ? { valueMax: b.n.valueMax } : {}),
    unit: b.n ? b.n.unit : null,
    comparator: aspirational && comparator === '=' ? '>=' : comparator,
    targetYear: own ? own.year : null,
    ...(own === null && ctx.defaultPeriod ? { period: ctx.defaultPeriod.period } : {}),
    yearEvidence: own ? own.evidence : ctx.defaultPeriod ? ctx.defaultPeriod.evidence : null,
    aspirational,
    annual: /每年|年均/.test(quote),
    span: b.span,
    quote,
    valueSpan: b.n ? b.n.span : null,
    source: 'text',
    ...extra,
  };
  return draft;
}

/** Figure within a span by its written text (the `occurrence`-th, 0-based). */
function figureIn(numbers: readonly NumberMatch[], span: Span, figure: string, occurrence = 0): NumberMatch {
  const hits = numbers.filter((n) => within(n.span, span) && n.text === figure);
  const hit = hits[occurrence];
  if (!hit) throw new Error(`indicator rule: figure ${figure} not found in ${span.start}–${span.end}`);
  return hit;
}

/** Extracts the indicators of one task (ids are assigned by the caller). */
export function extractIndicators(ctx: IndicatorContext, task: TaskDraft): IndicatorDraft[] {
  const { text, rules } = ctx;
  const bodies = bodySpans(task.span, task.unitsSpan);
  const numbers = bodies.flatMap((s) => findNumbers(text, s)).filter((n) => !ctx.nonTargets.has(n.span.start));
  const out: IndicatorDraft[] = [];
  const claimed = new Set<number>();
  const inTask = (quote: string): Span | null => {
    const at = text.indexOf(quote, task.span.start);
    return at !== -1 && at + quote.length <= task.span.end ? { start: at, end: at + quote.length } : null;
  };

  for (const g of rules.groups.filter((x) => x.documentId === ctx.documentId)) {
    const span = inTask(g.quote);
    if (!span) continue;
    // The group owns every figure of its clause, qualifiers ("500千伏") included.
    for (const n of numbers) if (within(n.span, span)) claimed.add(n.span.start);
    for (const def of g.indicators) {
      const inner = def.quote ? findAnchor(text.slice(span.start, span.end), def.quote, 'indicator group') : null;
      const own = inner ? { start: span.start + inner.start, end: span.start + inner.end } : span;
      const n = figureIn(numbers, own, def.figure, def.occurrence);
      const cmp = def.comparator ?? comparatorFor(text, n, own.start);
      out.push(finish(ctx, task, { taskId: task.id, span: own, n }, def.name, cmp, { source: 'curated', ...(def.note ? { note: def.note } : {}) }));
    }
  }
  for (const e of rules.extras.filter((x) => x.documentId === ctx.documentId)) {
    const span = inTask(e.quote);
    if (!span) continue;
    const base = finish(ctx, task, { taskId: task.id, span, n: null }, e.name, e.comparator, { source: 'curated', note: e.note });
    const valueSpan = e.figure ? findAnchor(text.slice(span.start, span.end), e.figure, 'extra indicator') : null;
    out.push({ ...base, value: e.value, unit: e.unit, valueSpan: valueSpan ? { start: span.start + valueSpan.start, end: span.start + valueSpan.end } : null });
  }

  if (task.id.includes('-t') && /-t\d{4}-\d+$/.test(task.id)) {
    // A target pair: label line + value line; the quote is the pair.
    const n = numbers.find((x) => !claimed.has(x.span.start));
    if (n) {
      const label = text.slice(task.span.start, task.span.end).split('\n')[0] ?? task.title;
      out.push(finish(ctx, task, { taskId: task.id, span: task.span, n }, label, comparatorFor(text, n, task.span.start), {}));
      claimed.add(n.span.start);
    }
  }

  const body = { start: task.span.start, end: task.unitsSpan?.start ?? task.span.end };
  // A heading line without a sentence end ("（一）加大保障和改善民生力度") bounds the clauses after it.
  const lineEnd = text.indexOf('\n', body.start);
  const headingLine = lineEnd !== -1 && lineEnd < body.end && !SENTENCE_END.test(text.slice(body.start, lineEnd)) ? lineEnd : -1;
  const seen = new Set<string>();
  for (const n of numbers) {
    if (claimed.has(n.span.start)) continue;
    const bounds = headingLine === -1 ? body : n.span.start > headingLine ? { start: headingLine + 1, end: body.end } : { start: body.start, end: headingLine };
    const clause = clauseAt(text, n.span.start, bounds);
    const key = `${clause.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(...fromClause(ctx, task, clause, numbers.filter((x) => within(x.span, clause) && !claimed.has(x.span.start))));
  }
  return out;
}

/** Generic extraction inside one clause. */
function fromClause(ctx: IndicatorContext, task: TaskDraft, clause: Span, numbers: NumberMatch[]): IndicatorDraft[] {
  const { text } = ctx;
  const raw = piecesOf(text, clause);
  // Pieces without a figure join the next piece that has one ("乡镇通…公路、…比例提高到75%").
  const pieces: Span[] = [];
  let pending: number | null = null;
  for (const p of raw) {
    const has = numbers.some((n) => within(n.span, p));
    if (!has) {
      pending ??= p.start;
      continue;
    }
    pieces.push({ start: pending ?? p.start, end: p.end });
    pending = null;
  }
  const last = pieces[pieces.length - 1];
  if (pending !== null && last) pieces[pieces.length - 1] = { start: last.start, end: clause.end };
  const out: IndicatorDraft[] = [];
  let verb: string | null = null;
  pieces.forEach((p0, i) => {
    const p = trimSpan(text, p0);
    const inPiece = numbers.filter((n) => within(n.span, p));
    const counts = inPiece.filter((n) => !QUALIFIER_UNITS.has(n.unit));
    const values = counts.length > 0 ? counts : inPiece.slice(-1);
    for (const n of values) {
      let name = nameFor(text, p, n);
      const v = leadingVerb(name);
      if (i === 0) verb = v;
      else if (!v && verb) name = `${verb}${name}`;
      out.push(finish(ctx, task, { taskId: task.id, span: p, n }, name, comparatorFor(text, n, p.start), {}));
    }
  });
  return out;
}

/** Letter suffix for the n-th indicator of a task: a … z, then aa, ab … */
export function indicatorSuffix(n: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return n < 26 ? letters.charAt(n) : `${indicatorSuffix(Math.floor(n / 26) - 1)}${letters.charAt(n % 26)}`;
}

/**
 * Applies the reviewed patches to generic indicators (matched by exact quote and, optionally, figure).
 * Returns the patched drafts and the patches used, so the caller can reject stale rules.
 */
export function applyPatches(drafts: IndicatorDraft[], patches: readonly IndicatorPatch[]): { drafts: IndicatorDraft[]; used: Set<IndicatorPatch> } {
  const used = new Set<IndicatorPatch>();
  const out = drafts.map((d) => {
    if (d.source !== 'text') return d;
    const p = patches.find((x) => x.documentId === d.documentId && x.quote === d.quote && (!x.figure || x.figure === (d.valueSpan ? d.quote.slice(d.valueSpan.start - d.span.start, d.valueSpan.end - d.span.start) : '')));
    if (!p) return d;
    used.add(p);
    const next: IndicatorDraft = { ...d, source: 'curated' };
    if (p.name !== undefined) next.name = p.name;
    if (p.comparator !== undefined) next.comparator = p.comparator;
    if (p.note !== undefined) next.note = p.note;
    if (p.targetYear !== undefined) {
      next.targetYear = p.targetYear;
      next.yearEvidence = p.targetYear === null ? null : `curated: ${p.targetYear}`;
    }
    return next;
  });
  return { drafts: out, used };
}

/**
 * Orders a task's indicators by position, gives an empty name the name of the figure before it
 * ("全市工业总产值年均增长17%,达到1600亿元") and assigns ids `ind-<taskId>-<letter>`.
 */
export function numberIndicators(task: TaskDraft, drafts: IndicatorDraft[]): IndicatorDraft[] {
  const key = (d: IndicatorDraft): number => (d.valueSpan ? d.valueSpan.start : d.span.end);
  const sorted = [...drafts].sort((a, b) => key(a) - key(b) || a.span.start - b.span.start);
  let previous = '';
  return sorted.map((d, i) => {
    const name = d.name === '' ? previous : d.name;
    if (name === '') throw new Error(`indicator in ${task.id} has no name: ${d.quote}`);
    previous = name;
    return { ...d, name, id: `ind-${task.id}-${indicatorSuffix(i)}` };
  });
}
