/**
 * Links: named mentions → feature links (and the county of a named place, `via`), plus reviewed
 * curated links for places the text implies without naming them.
 */
import type { Link, Span } from '../types.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import type { Dictionary, Mention, Substitution, UnresolvedReason } from './mentions.ts';
import { findMentions, inArea, resolveMention } from './mentions.ts';
import { mentionYear } from './clauses.ts';

/** A reviewed link the text implies but does not name. */
export interface CuratedLink {
  documentId: string;
  taskId: string;
  featureId: string;
  /** Phrase inside the task that implies the feature (becomes the link's span and quote). */
  anchor: string;
  reason: string;
}

/** Inputs shared by every link computation of one document. */
export interface LinkContext {
  text: string;
  dict: Dictionary;
  areaCounties: readonly string[];
  suppressed: readonly Span[];
  substitutions: readonly Substitution[];
  /** Feature ids present in the gazetteer (counties included). */
  known: ReadonlySet<string>;
  /** County id → id of its seat feature (seats layer), for "…县城" mentions. */
  seats: ReadonlyMap<string, string>;
  /** The document's year, for 今年 in {@link Link.year}. */
  docYear?: number;
}

/** The link with the year governing its mention (`year`), when its sentence states one. */
function withYear(ctx: Pick<LinkContext, 'text' | 'docYear'>, link: Link): Link {
  if (!link.span) return link;
  const year = mentionYear(ctx.text, link.span, ctx.docYear);
  return year === null ? link : { ...link, year };
}

/** True when a prefecture is the document's own area (every area code lies inside it): not a place link. */
export function ownPrefecture(e: GazetteerEntry, areaCounties: readonly string[]): boolean {
  if (e.kind !== 'prefecture' || !e.adcode || areaCounties.length === 0) return false;
  const code = e.adcode;
  return areaCounties.every((a) => inArea(a, [code]));
}

/** Span of "县城" / "城" right after a county mention ("大关县城", "绥江县城"), or null. */
export function seatSuffix(text: string, m: Span, term: string): Span | null {
  if (text.startsWith('县城', m.end)) return { start: m.start, end: m.end + 2 };
  if (term.endsWith('县') && text[m.end] === '城') return { start: m.start, end: m.end + 1 };
  return null;
}

/** A mention no rule could resolve to one feature. */
export interface Unresolved {
  span: Span;
  term: string;
  candidates: string[];
  reason: UnresolvedReason;
}

/** Named links inside `bounds`, one per feature (the first mention; a direct mention beats a `via`). */
export function namedLinks(ctx: LinkContext, bounds: readonly Span[]): { links: Link[]; unresolved: Unresolved[] } {
  const mentions: Mention[] = findMentions(ctx.text, bounds, ctx.dict, ctx.suppressed, ctx.substitutions);
  const raw: Link[] = [];
  const unresolved: Unresolved[] = [];
  for (const m of mentions) {
    const e: GazetteerEntry | UnresolvedReason = resolveMention(m, ctx.areaCounties);
    if (typeof e === 'string') {
      unresolved.push({ span: m.span, term: m.term, candidates: m.candidates.map((c) => c.id).sort(), reason: e });
      continue;
    }
    if (ownPrefecture(e, ctx.areaCounties)) continue;
    const quote = ctx.text.slice(m.span.start, m.span.end);
    const flaw = m.flawId ? { flaw: m.flawId, reason: `typo "${quote}" read as ${m.term}` } : {};
    raw.push({ featureId: e.id, kind: 'named', span: m.span, quote, ...flaw });
    if (e.countyId && e.countyId !== e.id && ctx.known.has(e.countyId)) {
      raw.push({ featureId: e.countyId, kind: 'named', span: m.span, quote, via: e.id, reason: `${e.name} lies in this county` });
    }
    const seat = e.layer === 'counties' ? ctx.seats.get(e.id) : undefined;
    const town = seat ? seatSuffix(ctx.text, m.span, m.term) : null;
    if (seat && town) {
      raw.push({ featureId: seat, kind: 'named', span: town, quote: ctx.text.slice(town.start, town.end), reason: '县城: the county seat' });
    }
  }
  return { links: dedupe(raw).map((l) => withYear(ctx, l)), unresolved };
}

/** One link per feature: a direct mention wins over a `via` one, then the earliest. */
export function dedupe(links: readonly Link[]): Link[] {
  const best = new Map<string, Link>();
  for (const l of links) {
    const cur = best.get(l.featureId);
    if (!cur) best.set(l.featureId, l);
    else if (cur.kind === 'curated' && l.kind === 'named') best.set(l.featureId, l);
    else if (cur.kind === l.kind && cur.via !== undefined && l.via === undefined) best.set(l.featureId, l);
  }
  const start = (l: Link): number => l.span?.start ?? Number.MAX_SAFE_INTEGER;
  const viaRank = (l: Link): number => (l.via === undefined ? 0 : 1);
  return [...best.values()].sort((a, b) => start(a) - start(b) || viaRank(a) - viaRank(b) || (a.featureId < b.featureId ? -1 : 1));
}

/**
 * Curated links of one task. A link to a feature the gazetteer does not hold is returned in `missing`
 * (the caller reports it); its anchor must occur in the task, or this throws.
 */
export function curatedLinks(ctx: LinkContext, taskId: string, taskSpan: Span, rules: readonly CuratedLink[]): { links: Link[]; missing: CuratedLink[] } {
  const links: Link[] = [];
  const missing: CuratedLink[] = [];
  for (const r of rules.filter((x) => x.taskId === taskId)) {
    const at = ctx.text.indexOf(r.anchor, taskSpan.start);
    if (at === -1 || at + r.anchor.length > taskSpan.end) {
      throw new Error(`curated link ${taskId} → ${r.featureId}: anchor not in task: ${r.anchor}`);
    }
    if (!ctx.known.has(r.featureId)) {
      missing.push(r);
      continue;
    }
    links.push(withYear(ctx, { featureId: r.featureId, kind: 'curated', span: { start: at, end: at + r.anchor.length }, quote: r.anchor, reason: r.reason }));
  }
  return { links, missing };
}
