/** Search over the committed data (geodata/*.geojson + plan.json); skipped until the layers exist. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPinyin } from '../../src/search/pinyin';
import type { LayerId, PlanCollection } from '../../src/geo/types';
import type { PlanModel } from '../../src/plan/types';
import { buildSearchIndex, type AgencyEntry, type SearchIndex } from '../../src/search/index';
import { searchIndex } from '../../src/search/match';

beforeAll(() => loadPinyin());

const ready = existsSync('geodata/counties.geojson');

function load(): SearchIndex {
  const collections: Partial<Record<LayerId, PlanCollection>> = {};
  for (const file of readdirSync('geodata').filter((f) => f.endsWith('.geojson'))) {
    collections[file.slice(0, -'.geojson'.length) as LayerId] = JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as PlanCollection;
  }
  const model = existsSync('geodata/plan.json') ? (JSON.parse(readFileSync('geodata/plan.json', 'utf8')) as PlanModel) : null;
  return buildSearchIndex(collections, model);
}

describe.skipIf(!ready)('search on the committed data', () => {
  test('"古蔺", "gulin", "gl" and "Gulin County" find 古蔺县 (510525) first', () => {
    const index = load();
    for (const q of ['古蔺', 'gulin', 'gl', 'Gulin County', '古蔺县']) {
      const [top] = searchIndex(index, q);
      expect(top?.entry.id, q).toBe('510525');
      expect(top?.entry.type, q).toBe('feature');
    }
  });

  test('every plan county is found first by its own name', () => {
    const index = load();
    const counties = index.entries.filter((e) => e.type === 'feature' && e.layer === 'counties');
    expect(counties).toHaveLength(13);
    for (const county of counties) expect(searchIndex(index, county.name)[0]?.entry.id, county.name).toBe(county.id);
  });

  test.skipIf(!existsSync('geodata/plan.json'))('"文化广电" finds 市文化广电旅游局 with its tasks', () => {
    const index = load();
    const agency = searchIndex(index, '文化广电').find((r) => r.entry.type === 'agency')?.entry as AgencyEntry | undefined;
    expect(agency?.name).toBe('市文化广电旅游局');
    expect(agency?.taskIds.length).toBeGreaterThan(0);
  });

  test('a query takes well under a millisecond on the real data', () => {
    const t0 = performance.now();
    const index = load();
    const loadMs = performance.now() - t0;
    const t1 = performance.now();
    const rebuilt = buildSearchIndex({}, null); // the empty case is instant
    expect(rebuilt.entries).toHaveLength(0);
    const queries = ['g', 'gu', 'gul', 'guli', 'gulin', 'gl', '古', '古蔺', '赤水', 'chishui', 'jiu', '文化', 'railway', '2025', 'zzzz'];
    for (const q of queries) searchIndex(index, q);
    const times: number[] = [];
    for (let round = 0; round < 50; round++) {
      for (const q of queries) {
        const start = performance.now();
        searchIndex(index, q);
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
    const max = times[times.length - 1] ?? 0;
    console.info(
      `search (real data): ${index.entries.length} entries, load+build ${loadMs.toFixed(0)} ms, ` +
        `per query median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, max ${max.toFixed(3)} ms (${times.length} queries, ${(performance.now() - t1).toFixed(0)} ms)`,
    );
    expect(median).toBeLessThan(2);
  });
});
