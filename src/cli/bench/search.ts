/**
 * Benchmark 4 (pure part): one keystroke = `searchIndex` + `resultGroups` on the query typed so far, as
 * the search box runs it. Queries are typed character by character (Chinese, pinyin, initials, English,
 * ids) on the real index and on an index of 10k synthetic named places; every keystroke is one sample.
 */
import { buildSearchIndex, type SearchIndex } from '../../search/index';
import { resultGroups, searchIndex } from '../../search/match';
import { pinyinKeys } from '../../search/pinyin';
import { timeOnce } from './clock';
import type { RealData } from './data';
import { summarize, type Summary } from './stats';
import { synthSearchCollection } from './synth';

/** One search measurement. */
export interface SearchResultBench {
  label: string;
  entries: number;
  buildMs: number;
  keystrokes: number;
  perKeystroke: Summary;
  /** Queries typed (each prefix is a keystroke). */
  queries: string[];
}

/** Queries a planner types on the real data. */
export const REAL_QUERIES: readonly string[] = ['古蔺县', 'gulin', 'gl', 'chishui', '赤水河', 'zt-s1', 'railway', '交通运输局', 'expressway'];

/** Every prefix of every query: the keystrokes. */
export function keystrokes(queries: readonly string[]): string[] {
  const out: string[] = [];
  for (const q of queries) {
    const chars = [...q];
    for (let i = 1; i <= chars.length; i++) out.push(chars.slice(0, i).join(''));
  }
  return out;
}

/** Queries derived from the synthetic data: a name, its pinyin and initials, an English word, an id. */
export function synthQueries(index: SearchIndex): string[] {
  const entry = index.entries[Math.floor(index.entries.length / 3)];
  if (!entry) return ['valley'];
  const keys = pinyinKeys(entry.name);
  return [entry.name, keys?.full ?? 'shan', keys?.initials ?? 'sh', 'valley', entry.id.slice(0, 6), '龙'];
}

function measure(label: string, built: { result: SearchIndex; ms: number }, queries: readonly string[], rounds: number): SearchResultBench {
  const index = built.result;
  const strokes = keystrokes(queries);
  const samples: number[] = [];
  for (let round = -3; round < rounds; round++) {
    for (const q of strokes) {
      const { ms } = timeOnce(() => resultGroups(searchIndex(index, q)));
      if (round >= 0) samples.push(ms);
    }
  }
  return { label, entries: index.entries.length, buildMs: built.ms, keystrokes: strokes.length, perKeystroke: summarize(samples), queries: [...queries] };
}

/** Runs the pure search benchmark on the real data and on `syntheticCount` synthetic entries. */
export function benchSearch(data: RealData, syntheticCount = 10_000, rounds = 30): SearchResultBench[] {
  const real = measure('real data', timeOnce(() => buildSearchIndex(data.collections, data.model)), REAL_QUERIES, rounds);
  const synthetic = synthSearchCollection(syntheticCount, 7);
  const built = timeOnce(() => buildSearchIndex({ places: synthetic }));
  const synth = measure(`synthetic ${syntheticCount / 1000}k`, built, synthQueries(built.result), rounds);
  return [real, synth];
}
