/**
 * `npm run bench`: the performance benchmarks of issue 9, in one run on this machine, printed as a table
 * (value, baseline, ratio, goal, met) and written to bench-results/latest.json.
 *
 *   1. load → map idle: the app (production build) against a bare MapLibre page, alternated, fresh
 *      browser context per run;
 *   2. click a county → details panel painted (p50/p95);
 *   3. coverage (Node): indexed vs naive on real data and synthetic 1k/10k/100k features;
 *   4. search keystroke → results (Node, real and 10k synthetic) and → listbox painted (browser);
 *   5. 100k imported points: the app's map stack (data loading, style build, MapAdapter) vs bare MapLibre.
 *
 * Options: `--quick` (fewer runs, smaller sizes: a smoke test, not for quoting), `--only=load,click,
 * coverage,search,imported` (a subset). Timings are noisy on a shared machine: the load average is
 * printed with the results.
 */
import { loadPinyin } from '../../search/pinyin';
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../tests/e2e/browser';
import { alternate, clickTargets, phaseText, type Alternated } from './alternate';
import { benchInteraction, probeApp } from './browser';
import { benchCoverage, type CoverageBench } from './coverage';
import { collectionBBox, LAYER_IDS, readRealData, type RealData } from './data';
import { fmtMs, fmtRatio, formatGrid, formatTable, missed } from './report';
import { buildRows, type BenchResults } from './rows';
import { benchSearch } from './search';
import { buildAll, serve } from './serve';
import { summarize } from './stats';
import { synthFeatures, type BBox } from './synth';

type Section = 'load' | 'click' | 'coverage' | 'search' | 'imported';
const SECTIONS: readonly Section[] = ['load', 'click', 'coverage', 'search', 'imported'];
/** Typical queries (pinyin, initials, an id, English), each typed three times: a p95 of 108 keystrokes, not 36. */
const QUERIES = ['gulin', 'chishui', 'gl', 'zt-s1', 'railway', 'expressway'];
const BROWSER_QUERIES = [...QUERIES, ...QUERIES, ...QUERIES];
const POINTS_FILE = 'points-100k.json';
const IMPORTED_POINTS = 100_000;

interface Options {
  quick: boolean;
  only: Set<Section>;
}

function parseOptions(argv: readonly string[]): Options {
  const only = new Set<Section>(SECTIONS);
  for (const arg of argv) {
    if (arg === '--quick') continue;
    if (!arg.startsWith('--only=')) throw new Error(`bench: unknown argument ${arg} (use --quick, --only=${SECTIONS.join(',')})`);
    only.clear();
    for (const s of arg.slice('--only='.length).split(',')) {
      if (!SECTIONS.includes(s as Section)) throw new Error(`bench: unknown section ${s}`);
      only.add(s as Section);
    }
  }
  return { quick: argv.includes('--quick'), only };
}

const log = (line: string): void => console.log(`· ${line}`);

function gitCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    return `unknown (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

async function browserSections(opts: Options, data: RealData, bbox: BBox, results: BenchResults, raw: Record<string, unknown>): Promise<void> {
  log('building the app (production) and the bench pages into temporary directories');
  const builds = await buildAll();
  const served = await serve(builds.appDir, builds.benchDir);
  let browser: Browser | undefined;
  try {
    if (opts.only.has('imported')) {
      const points = synthFeatures(IMPORTED_POINTS, 99, bbox, { lineShare: 0, prefix: 'imp' });
      writeFileSync(join(builds.benchDir, POINTS_FILE), JSON.stringify(points));
    }
    browser = await launchBrowser();
    const base = served.baseURL;
    const probe = await probeApp(browser, base, LAYER_IDS);
    raw.appProbe = probe;
    log(`app map ${probe.map.width}×${probe.map.height} px, first load ${Math.round(probe.idleMs)} ms, drawn: ${JSON.stringify(probe.renderedPerLayer)}`);
    const view = `w=${probe.map.width}&h=${probe.map.height}&bounds=${bbox.join(',')}`;
    const runs = opts.quick ? 3 : 7;
    if (opts.only.has('load')) {
      const r = await alternate(browser, { base, url: base }, { base, url: `${base}bench/bare.html?${view}` }, runs, 'load', log);
      results.load = r.pair;
      raw.load = r.raw;
    }
    if (opts.only.has('click')) {
      const r = await benchInteraction(browser, base, clickTargets(data.collections.counties), opts.quick ? 20 : 60, opts.quick ? QUERIES : BROWSER_QUERIES);
      if (r.click.offOrigin.length > 0) throw new Error(`bench: the app requested outside its origin: ${r.click.offOrigin.join(', ')}`);
      if (r.click.consoleErrors.length > 0) console.error(`! click: console errors: ${r.click.consoleErrors.slice(0, 3).join(' | ')}`);
      results.click = summarize(r.click.samples.map((s) => s.ms));
      results.keys = summarize(r.keys.samples.map((s) => s.ms));
      raw.click = r.click;
      raw.keys = r.keys;
      log(`click: ${r.click.samples.length} clicks over ${r.click.targets.length} counties (skipped: ${r.click.skipped.join(', ') || 'none'})`);
    }
    if (opts.only.has('imported')) {
      const points = `points=${encodeURIComponent(`/bench/${POINTS_FILE}`)}`;
      const r = await alternate(browser, { base, url: `${base}bench/imported.html?${view}&${points}` }, { base, url: `${base}bench/bare.html?${view}&${points}` }, opts.quick ? 2 : 5, 'imported', log);
      results.imported = r.pair;
      raw.imported = r.raw;
    }
  } finally {
    await browser?.close();
    await served.close();
    builds.remove();
  }
}

const NOTES = [
  '1: navigation start → first MapLibre `idle` (the app marks its map container data-map-state="idle"; the bare page does the same); fresh context '
    + 'per run, so every app load is a first visit (the app registers its service worker after that first idle, src/pwa/register.ts). Bare page: '
    + 'same maplibre-gl, same GeoJSON files (by URL, fetched by the worker), fonts, map size and bounds; one style layer per layer type the app draws '
    + '(towns included), constant paint. Where the time goes: npx tsx src/cli/bench/trace.ts.',
  '2: `click` event timestamp → the animation frame after the details name changed; county label points, cycling through the counties, 350 ms apart.',
  '3: Node (tsx). Synthetic: seeded points (70 %) and 2–6 vertex lines inside the plan bbox, against the 13 real plan counties. '
    + 'The naive loop is capped per size; above the cap it runs on the first features and is extrapolated linearly.',
  '4: Node: searchIndex + resultGroups per keystroke, every prefix of each query, 30 rounds. Browser: keydown timestamp → the frame after the input was handled.',
  '5: the app\'s map stack without the React shell — data loading (src/geo/load.ts), label points, buildStyle with its imported-layer family '
    + '(src/map/style/imported.ts), MapAdapter with controls — with 100k seeded points fetched and parsed in the page (as an imported file would be) '
    + 'and passed as an imported layer, vs the bare page with the same points as one circle layer of the same size. The import UI itself is not measured.',
];

/** The coverage figures by CPU time and the work both versions share (what bounds the speed-up). */
function coverageDetail(c: CoverageBench | undefined): string {
  if (!c) return '';
  const rows = [c.real, ...c.synthetic].map((r) => [
    r.label, fmtMs(r.indexed.median), fmtMs(r.indexedCpu.median), fmtMs(r.naiveCpuMs), `${fmtRatio(r.naiveCpuMs / r.indexedCpu.median)}`,
    fmtMs(r.fixedCpuMs), fmtRatio(r.naiveCpuMs / r.fixedCpuMs), r.identical ? 'yes' : 'NO',
  ]);
  return formatGrid(
    ['coverage', 'indexed wall', 'indexed CPU', 'naive CPU', 'CPU speed-up', 'shared work CPU', 'speed-up bound', 'same result'],
    rows,
  );
}

/** Where the time goes: load phases, and the React commit vs the painted frame for interactions. */
function breakdown(raw: Record<string, unknown>, results: BenchResults): string[] {
  const lines: string[] = [];
  if (results.coverage) {
    const parts = Object.entries(results.coverage.realByLayer).sort((x, y) => y[1] - x[1]);
    lines.push(`coverage real data, counties + one layer at a time: ${parts.map(([k, v]) => `${k} ${fmtMs(v)}`).join(', ')}`);
  }
  for (const [key, a, b] of [['load', 'app', 'bare'], ['imported', 'app stack', 'bare']] as const) {
    const r = raw[key] as Alternated['raw'] | undefined;
    if (!r) continue;
    lines.push(`${key} phases (medians from navigation start): ${a}: ${phaseText(r.phasesA)}; ${b}: ${phaseText(r.phasesB)}`);
  }
  const click = raw.click as { samples: { committed: number; ms: number }[] } | undefined;
  if (click && click.samples.length > 0) {
    const c = summarize(click.samples.map((s) => s.committed));
    lines.push(`click split: click → details committed p50 ${c.median.toFixed(1)} / p95 ${c.p95.toFixed(1)} ms; the rest is the frame (map redraw) until the next animation frame`);
  }
  const keys = raw.keys as { samples: { handled: number }[] } | undefined;
  if (keys && keys.samples.length > 0) {
    const k = summarize(keys.samples.map((s) => s.handled));
    lines.push(`keystroke split: keydown → input handled (results committed) p50 ${k.median.toFixed(1)} / p95 ${k.p95.toFixed(1)} ms`);
  }
  return lines;
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const loadStart = loadavg();
  const loadSamples: number[] = [loadStart[0] ?? 0];
  const sampler = setInterval(() => loadSamples.push(loadavg()[0] ?? 0), 5000);
  sampler.unref();
  const data = readRealData();
  const counties = data.collections.counties;
  if (!counties) throw new Error('bench: geodata/counties.geojson is missing');
  const bbox = collectionBBox(counties);
  const results: BenchResults = {};
  const raw: Record<string, unknown> = {};
  log(`load average at start ${loadStart.map((v) => v.toFixed(2)).join(' ')} on ${cpus().length} cores`);

  if (['load', 'click', 'imported'].some((s) => opts.only.has(s as Section))) await browserSections(opts, data, bbox, results, raw);
  if (opts.only.has('coverage')) {
    results.coverage = benchCoverage(data, { log, sizes: opts.quick ? [1000, 10_000] : [1000, 10_000, 100_000] });
  }
  if (opts.only.has('search')) {
    log('search: real data and 10k synthetic entries');
    await loadPinyin();
    results.search = benchSearch(data, 10_000, opts.quick ? 5 : 30);
  }

  const rows = buildRows(results);
  clearInterval(sampler);
  const loadEnd = loadavg();
  loadSamples.push(loadEnd[0] ?? 0);
  const loadDuring = summarize(loadSamples);
  const meta = {
    date: new Date().toISOString(), commit: gitCommit(), node: process.version, cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown', loadavgStart: loadStart, loadavgEnd: loadEnd,
    loadavgDuring: { samples: loadSamples.length, min: loadDuring.min, median: loadDuring.median, max: loadDuring.max },
    quick: opts.quick, elapsedS: Math.round((Date.now() - started) / 1000),
  };
  console.log('');
  console.log(`bench ${meta.date} · commit ${meta.commit} · node ${meta.node} · ${meta.cpus} × ${meta.cpuModel}`);
  console.log(`load average (1/5/15 min): start ${loadStart.map((v) => v.toFixed(2)).join(' ')} · end ${loadEnd.map((v) => v.toFixed(2)).join(' ')}`
    + ` · 1-min during the run (every 5 s): min ${loadDuring.min.toFixed(1)}, median ${loadDuring.median.toFixed(1)}, max ${loadDuring.max.toFixed(1)}`
    + `${opts.quick ? ' · QUICK RUN (not for quoting)' : ''}`);
  const busiest = loadDuring.max;
  if (busiest > cpus().length) {
    console.log(`! the 1-min load average reached ${busiest.toFixed(1)} on ${cpus().length} cores: other processes competed for the CPU, wall times are inflated (ratios of alternated runs and CPU times less so)`);
  }
  console.log('');
  console.log(formatTable(rows));
  console.log('');
  for (const note of NOTES) console.log(`  ${note}`);
  for (const line of breakdown(raw, results)) console.log(`  ${line}`);
  if (results.coverage) {
    console.log('');
    console.log('coverage detail: CPU time of the whole process (all threads, so V8\'s GC helpers can push it above wall time on a quiet machine, '
      + 'but other processes\' load inflates it much less); "shared work" is buildCoverage with no county (ids, geometry parts, geodesic lengths, '
      + 'sorting), which both versions do, so no index can beat naive by more than naive / shared');
    console.log(coverageDetail(results.coverage));
  }
  const misses = missed(rows);
  console.log('');
  console.log(misses.length === 0 ? 'all goals met' : `goals missed: ${misses.map((r) => `${r.id} ${r.measure.split(' (')[0]}`).join('; ')}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify({ meta, rows, results, raw }, null, 1)}\n`);
  console.log(`wrote bench-results/latest.json in ${meta.elapsedS} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
