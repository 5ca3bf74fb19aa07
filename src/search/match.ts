/**
 * Scores a query against the index. Per keystroke this normalises the query once, finds the candidate
 * entries with a few native `indexOf` scans over the index's concatenated strings, scores only those
 * (a few `startsWith`/`indexOf` on precomputed strings) and keeps the best `limit` in two small typed
 * arrays; only the returned results allocate.
 */
import { MAX_ENTRIES, normalize, type Blob, type Haystack, type SearchEntry, type SearchIndex, type SearchType } from './index';
import { pinyinQuery } from './pinyin';

/** Match quality, best first. */
export const Score = {
  /** The query is a whole name, alias, English name or id. */
  exact: 0,
  /** A name starts with the query. */
  prefix: 1,
  /** A Chinese name contains the query, or an English name contains it at a word start. */
  substring: 2,
  /** Full pinyin of a name starts with the query ("gulin" → 古蔺县). */
  pinyinPrefix: 3,
  /** Pinyin initials of a name start with the query ("gl" → 古蔺县). */
  initials: 4,
  /** An id starts with the query ("zt-s1" → 昭通 tasks); below names so "zt" finds 昭通 first. */
  idPrefix: 5,
  /** Full pinyin contains the query (2 letters or more) from a syllable start ("jiugu" → 古蔺酱香酒谷园区). */
  pinyinInfix: 6,
  /** Initials contain the query (3 letters or more). */
  initialsInfix: 7,
  /** An English name contains the query inside a word. */
  latinInfix: 8,
} as const;

const NONE = 99;

export const DEFAULT_LIMIT = 12;

export interface SearchResult {
  entry: SearchEntry;
  score: number;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** True when `q` occurs in `text` at a position where a word starts. */
function atWordStart(text: string, q: string): boolean {
  let at = text.indexOf(q);
  while (at !== -1) {
    if (at === 0 || !isWordChar(text.charCodeAt(at - 1))) return true;
    at = text.indexOf(q, at + 1);
  }
  return false;
}

/** Score of one entry (lower is better), or NONE. `pq` is the query read as pinyin, or null. */
export function scoreHaystack(h: Haystack, q: string, pq: string | null): number {
  let best = NONE;
  if (h.all.indexOf(q) !== -1) {
    const { texts, latin } = h;
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] as string;
      if (text === q) return Score.exact;
      if (text.startsWith(q)) best = Score.prefix;
      else if (best > Score.substring && text.indexOf(q) !== -1) {
        best = !latin[i] || atWordStart(text, q) ? Score.substring : Math.min(best, Score.latinInfix);
      }
    }
  }
  let idPrefix = false;
  for (const id of h.ids) {
    if (id === q) return Score.exact;
    if (id.startsWith(q)) idPrefix = true;
  }
  if (best <= Score.substring) return best;
  if (pq !== null) best = Math.min(best, scorePinyin(h, pq));
  return idPrefix ? Math.min(best, Score.idPrefix) : best;
}

/** The pinyin part of {@link scoreHaystack}: pinyin prefix, initials, pinyin infix, initials infix. */
function scorePinyin(h: Haystack, pq: string): number {
  let best = NONE;
  if (h.pinyinAll.indexOf(pq) !== -1) {
    for (const keys of h.pinyin) {
      if (keys.full.startsWith(pq)) return Score.pinyinPrefix;
      if (best > Score.pinyinInfix && pq.length >= 2) {
        let at = keys.full.indexOf(pq, 1);
        while (at !== -1) {
          if (keys.starts.includes(at)) {
            best = Score.pinyinInfix;
            break;
          }
          at = keys.full.indexOf(pq, at + 1);
        }
      }
    }
  }
  if (best > Score.initials && h.initialsAll.indexOf(pq) !== -1) {
    for (const keys of h.pinyin) {
      if (keys.initials.startsWith(pq)) return Score.initials;
      if (pq.length >= 3 && best > Score.initialsInfix && keys.initials.indexOf(pq) !== -1) best = Score.initialsInfix;
    }
  }
  return best;
}

/**
 * The best `limit` entries for a query, grouped by type: groups are ordered by their best result
 * (features, tasks, indicators, agencies on ties) and results inside a group by quality, then
 * counties / plan features before context features, then index order. Empty or blank query → [].
 */
export function searchIndex(index: SearchIndex, query: string, limit = DEFAULT_LIMIT): SearchResult[] {
  const q = normalize(query);
  const max = Math.floor(limit);
  if (q === '' || !(max > 0)) return [];
  const pq = pinyinQuery(q);
  const { haystacks } = index;
  // Candidates: entries whose concatenated strings contain the query (the only ones that can score).
  const candidate = new Uint8Array(haystacks.length);
  let any = mark(index.textBlob, q, candidate);
  if (pq !== null) {
    any = mark(index.pinyinBlob, pq, candidate) || any;
    any = mark(index.initialsBlob, pq, candidate) || any;
  }
  if (!any) return [];
  // Sorted best-first: packed key (score, type, tier, order) and the entry position.
  const keys = new Float64Array(max);
  const slots = new Int32Array(max);
  let count = 0;
  let worst = Infinity;
  const base = 4 * 8 * MAX_ENTRIES; // one score step: larger than any tie key (see tieKey)
  for (let i = 0; i < haystacks.length; i++) {
    if (candidate[i] === 0) continue;
    const h = haystacks[i] as Haystack;
    const score = scoreHaystack(h, q, pq);
    if (score === NONE) continue;
    const key = score * base + h.tie;
    if (count === max && key >= worst) continue;
    let at = count < max ? count++ : max - 1;
    while (at > 0 && (keys[at - 1] as number) > key) {
      keys[at] = keys[at - 1] as number;
      slots[at] = slots[at - 1] as number;
      at--;
    }
    keys[at] = key;
    slots[at] = i;
    if (count === max) worst = keys[max - 1] as number;
  }
  const results: SearchResult[] = [];
  for (let k = 0; k < count; k++) {
    results.push({ entry: index.entries[slots[k] as number] as SearchEntry, score: Math.floor((keys[k] as number) / base) });
  }
  return groupByType(results);
}

/** Marks the entries whose segment of the blob contains `q`; true when there was one. */
function mark(blob: Blob, q: string, marks: Uint8Array): boolean {
  const { text, starts } = blob;
  const n = starts.length;
  let found = false;
  let at = text.indexOf(q);
  let e = 0;
  while (at !== -1) {
    // The owning entry: the last one starting at or before `at` (occurrences only move forward).
    while (e + 1 < n && (starts[e + 1] as number) <= at) e++;
    marks[e] = 1;
    found = true;
    if (e + 1 >= n) break;
    at = text.indexOf(q, starts[e + 1] as number);
  }
  return found;
}

/** Stable grouping of best-first results: the type of the best result first, each group keeping its order. */
export function groupByType(results: readonly SearchResult[]): SearchResult[] {
  const order: SearchType[] = [];
  for (const r of results) if (!order.includes(r.entry.type)) order.push(r.entry.type);
  if (order.length < 2) return [...results];
  return order.flatMap((type) => results.filter((r) => r.entry.type === type));
}

/** Result groups in display order (for headings). */
export function resultGroups(results: readonly SearchResult[]): { type: SearchType; results: SearchResult[] }[] {
  const groups: { type: SearchType; results: SearchResult[] }[] = [];
  for (const r of results) {
    const last = groups[groups.length - 1];
    if (last && last.type === r.entry.type) last.results.push(r);
    else groups.push({ type: r.entry.type, results: [r] });
  }
  return groups;
}
