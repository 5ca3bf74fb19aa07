/**
 * Mention finder: leftmost-longest matching of gazetteer terms in a text, with reviewed blockers
 * (phrases that contain a place name but are not the place: "四渡赤水" is the 1935 campaign), suppressed
 * spans (a misplaced name), typo readings ("舞良" read as 彝良) and disambiguation by document area.
 */
import type { Span } from '../types.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { termsOf } from './gazetteer.ts';
import { isShortFormTrap } from './short-forms.ts';
import { overlaps } from './text.ts';
import { crossesWordBoundary } from './word-boundary.ts';

/** A phrase that wins the longest match but names no feature, with the reviewed reason. */
export interface Blocker {
  term: string;
  reason: string;
}

/** Term → entries, plus blockers; built once per gazetteer. */
export interface Dictionary {
  /** Terms by first character, longest first. */
  byFirst: Map<string, string[]>;
  entries: Map<string, GazetteerEntry[]>;
  blockers: Map<string, string>;
}

/** Builds the dictionary. A blocker is ignored when a feature carries the same term (the feature wins). */
export function buildDictionary(entries: readonly GazetteerEntry[], blockers: readonly Blocker[] = []): Dictionary {
  const byTerm = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    for (const t of termsOf(e)) {
      const list = byTerm.get(t);
      if (list) {
        if (!list.some((x) => x.id === e.id)) list.push(e);
      } else byTerm.set(t, [e]);
    }
  }
  const blockMap = new Map<string, string>();
  for (const b of blockers) if (!byTerm.has(b.term)) blockMap.set(b.term, b.reason);
  const byFirst = new Map<string, string[]>();
  for (const t of [...byTerm.keys(), ...blockMap.keys()]) {
    const first = t.charAt(0);
    const list = byFirst.get(first) ?? [];
    list.push(t);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { byFirst, entries: byTerm, blockers: blockMap };
}

/** A text position read as a different term (a typo flaw). */
export interface Substitution {
  span: Span;
  term: string;
  flawId: string;
}

/** A matched term. */
export interface Mention {
  span: Span;
  /** The term looked up (the reading, for a substitution). */
  term: string;
  candidates: GazetteerEntry[];
  flawId?: string;
  /** Found inside the name of a longer mention. */
  nested?: boolean;
}

const ASCII_WORD = /[A-Za-z0-9]/;

/** Characters that, after "县/区/市", start a compound word: "提高县城" is 提高 + 县城, not 高县. */
const COMPOUND_AFTER_SUFFIX = /[城域级乡委长镇区内外际里属直情民场政]/;
/** Characters after a river's name that make it the name of a settlement, road or site (乌江寨, 金沙江路). */
const SETTLEMENT_AFTER_RIVER = /[寨村镇乡街路站寺堡屯苑里]/;

/**
 * The known traps, handled for every name: a one-character county stem whose suffix begins a compound word
 * ("提高县城" is not 高县), a two-character name read across a word boundary (word-boundary.ts: "扩大关键"
 * is not 大关), a river name that is part of a settlement's or a road's name ("乌江寨"), and the
 * traps of the short forms of area counties (short-forms.ts: "成渝中线" is not 渝中区).
 */
export function isTrap(text: string, start: number, term: string, candidates: readonly GazetteerEntry[]): boolean {
  const after = text[start + term.length] ?? '';
  if (/^.[县区市]$/.test(term) && COMPOUND_AFTER_SUFFIX.test(after)) return true;
  if (term.length === 2 && crossesWordBoundary(text, start, start + 2)) return true;
  if (isShortFormTrap(text, start, term, candidates)) return true;
  return isRiver(candidates) && SETTLEMENT_AFTER_RIVER.test(after);
}

function boundaryOk(text: string, start: number, end: number, term: string): boolean {
  const first = ASCII_WORD.test(term.charAt(0));
  const last = ASCII_WORD.test(term.charAt(term.length - 1));
  if (!first && !last) return true;
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  return !(first && ASCII_WORD.test(before)) && !(last && ASCII_WORD.test(after));
}

/** True when every candidate is a river: a river is named after a place, not located at it (赤水河 is not at 赤水镇). */
function isRiver(candidates: readonly GazetteerEntry[]): boolean {
  return candidates.length > 0 && candidates.every((c) => c.layer === 'rivers' || c.kind === 'river');
}

/** True when a matched name locates itself only by the names inside it (a line, corridor, river…). */
function hasNoPlace(candidates: readonly GazetteerEntry[]): boolean {
  return candidates.every((c) => c.countyId === undefined && c.layer !== 'counties' && c.layer !== 'context-counties');
}

/**
 * Finds mentions inside `bounds` (leftmost-longest, non-overlapping). Inside the name of a feature that
 * has no county of its own (a line "鲁甸至大关(G247)", a corridor), the shorter names it contains are
 * mentions too (`nested`), so the task still names 鲁甸 and 大关; not inside a river's name (its stem is the
 * place the river is named after, not where it runs: 赤水河 names no 赤水镇).
 * @param suppressed spans where nothing is placed (misplaced names); matches overlapping them are dropped
 * @param substitutions typo readings: the span is matched as the given term
 */
export function findMentions(
  text: string,
  bounds: readonly Span[],
  dict: Dictionary,
  suppressed: readonly Span[] = [],
  substitutions: readonly Substitution[] = [],
  maxLength = Number.POSITIVE_INFINITY,
): Mention[] {
  const out: Mention[] = [];
  for (const b of bounds) {
    let i = b.start;
    while (i < b.end) {
      const sub = substitutions.find((s) => s.span.start === i && s.span.end <= b.end);
      if (sub) {
        const candidates = dict.entries.get(sub.term) ?? [];
        if (candidates.length > 0 && !suppressed.some((s) => overlaps(s, sub.span))) {
          out.push({ span: sub.span, term: sub.term, candidates, flawId: sub.flawId });
        }
        i = sub.span.end;
        continue;
      }
      const terms = dict.byFirst.get(text[i] ?? '') ?? [];
      const term = terms.find(
        (t) => t.length <= maxLength && i + t.length <= b.end && text.startsWith(t, i) && boundaryOk(text, i, i + t.length, t) && !isTrap(text, i, t, dict.entries.get(t) ?? []),
      );
      if (!term) {
        i++;
        continue;
      }
      const span = { start: i, end: i + term.length };
      const candidates = dict.entries.get(term);
      if (candidates && !suppressed.some((s) => overlaps(s, span))) {
        out.push({ span, term, candidates });
        if (hasNoPlace(candidates) && !isRiver(candidates)) {
          out.push(...findMentions(text, [span], dict, suppressed, substitutions, term.length - 1).map((m) => ({ ...m, nested: true })));
        }
      }
      i = span.end;
    }
  }
  return out;
}

/** Layer order used when a term names features of several layers (the first layer wins). */
export const LAYER_PRIORITY: readonly string[] = [
  'counties', 'corridors', 'parks', 'railways', 'highways', 'rivers', 'places', 'seats', 'context-counties', 'prefectures',
];

/**
 * True when a county lies in a document's area. An area code ending in 0000 is a province (any county with
 * its first two digits), one ending in 00 a prefecture (its first four digits), any other a county.
 */
export function inArea(county: string, areaCounties: readonly string[]): boolean {
  return areaCounties.some((a) => (a.endsWith('0000') ? county.startsWith(a.slice(0, 2)) : a.endsWith('00') ? county.startsWith(a.slice(0, 4)) : county === a));
}

/** County a feature lies in (its own id for a county), if known. */
function countyOf(e: GazetteerEntry): string | undefined {
  if (e.countyId !== undefined) return e.countyId;
  return e.layer === 'counties' || e.layer === 'context-counties' || e.kind === 'county' ? e.id : undefined;
}

/** Why a mention was not linked. */
export type UnresolvedReason = 'ambiguous' | 'out-of-area alias';

/**
 * Picks the feature a mention means, or says why it cannot:
 * 1. a short alias ("长征国家文化公园", "太平") of a feature that lies outside the document's area is not
 *    trusted (the area has its own thing of that name); the full name always is;
 * 2. the only candidate left wins; else those inside the document's area; else the highest-priority layer
 *    when it holds exactly one of them; otherwise the mention is ambiguous (reported, never guessed).
 */
export function resolveMention(m: Mention, areaCounties: readonly string[]): GazetteerEntry | UnresolvedReason {
  const trusted = m.candidates.filter((c) => {
    const county = countyOf(c);
    return c.name === m.term || county === undefined || inArea(county, areaCounties);
  });
  if (trusted.length === 0) return 'out-of-area alias';
  const only = (list: readonly GazetteerEntry[]): GazetteerEntry | UnresolvedReason => (list.length === 1 && list[0] ? list[0] : 'ambiguous');
  if (trusted.length === 1) return only(trusted);
  const local = trusted.filter((c) => {
    const county = countyOf(c);
    return county !== undefined && inArea(county, areaCounties);
  });
  const pool = local.length > 0 ? local : trusted;
  if (pool.length === 1) return only(pool);
  for (const layer of LAYER_PRIORITY) {
    const hits = pool.filter((c) => c.layer === layer);
    if (hits.length > 0) return only(hits);
  }
  return only(pool.filter((c) => !LAYER_PRIORITY.includes(c.layer)));
}
