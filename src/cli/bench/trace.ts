/**
 * `npx tsx src/cli/bench/trace.ts [--runs=N]`: where the load time goes. Builds and serves the app and the
 * bare MapLibre page as `npm run bench` does, loads each in a fresh context under a Chrome trace
 * (timeline + V8 sampling profiler), and prints, from navigation start to the first map idle:
 * - the renderer main thread's self time by trace event (script, parse, style/layout, paint, GC);
 * - main-thread JS self time by source (maplibre-gl chunk, React, app code, …) and its top functions;
 * - the busy time of the page's other threads (MapLibre's workers, the compositor, raster);
 * - the load phases of the idle probe.
 * Raw traces are written to bench-results/trace-<page>-<run>.json (open them in Chrome DevTools'
 * Performance panel); `--analyse=app-1,bare-1` reports saved traces again. CPU-time shares are what to read
 * on a loaded machine; wall times are inflated.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { guardedPage, launchBrowser } from '../../../tests/e2e/browser';
import { collectionBBox, readRealData } from './data';
import { IDLE_PROBE } from './probes';
import { buildAll, serve } from './serve';

/** One Chrome trace event (the fields used here). */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
      frame?: string;
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber?: number };
}

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading',
  'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'gpu', 'cc', 'toplevel',
];

/** Which bucket a script URL belongs to. */
function sourceOf(url: string): string {
  if (!url) return '(native / no script)';
  const file = url.split('?')[0]?.split('/').pop() ?? url;
  if (/maplibre/i.test(file)) return `maplibre-gl (${file})`;
  if (/react|vendor/i.test(file)) return `react (${file})`;
  if (/workbox|sw\.js|registerSW/i.test(file)) return `service worker (${file})`;
  return `app: ${file}`;
}

function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
  return names;
}

/** Exclusive (self) time in ms per event name on one thread: each event's duration minus its children's. */
function selfByName(events: readonly TraceEvent[], key: string, from: number, to: number): Map<string, number> {
  const out = new Map<string, number>();
  const complete = events
    .filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { e: TraceEvent; end: number; children: number }[] = [];
  const close = (until: number): void => {
    while (stack.length > 0 && (stack[stack.length - 1] as { end: number }).end <= until) {
      const top = stack.pop() as { e: TraceEvent; end: number; children: number };
      out.set(top.e.name, (out.get(top.e.name) ?? 0) + ((top.e.dur ?? 0) - top.children) / 1000);
      const parent = stack[stack.length - 1];
      if (parent) parent.children += top.e.dur ?? 0;
    }
  };
  for (const e of complete) {
    close(e.ts);
    stack.push({ e, end: e.ts + (e.dur ?? 0), children: 0 });
  }
  close(Infinity);
  return out;
}

/** Busy ms per thread (union of top-level complete events) between from and to. */
function busyByThread(events: readonly TraceEvent[], names: Map<string, string>, from: number, to: number): Map<string, number> {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || e.ts < from || e.ts > to) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  const out = new Map<string, number>();
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts);
    let busy = 0, end = -1;
    for (const e of list) {
      const s = Math.max(e.ts, end), f = e.ts + (e.dur ?? 0);
      if (f > s) busy += f - s;
      end = Math.max(end, f);
    }
    const name = names.get(key) ?? key;
    out.set(name, (out.get(name) ?? 0) + busy / 1000);
  }
  return out;
}

/** JS self time by source and by function, from the sampling profiler's chunks on one thread. */
function jsProfile(events: readonly TraceEvent[], pid: number, tid: number): { bySource: Map<string, number>; byFunction: Map<string, number> } {
  // A 'Profile' event on the profiled thread names the profile; its chunks come from V8's profiler thread.
  const ids = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  const nodes = new Map<number, ProfileNode>();
  const bySource = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !ids.has(e.id)) continue;
    const profile = e.args?.data?.cpuProfile;
    for (const n of profile?.nodes ?? []) nodes.set(n.id, n);
    const samples = profile?.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const node = nodes.get(samples[i] as number);
      const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
      if (!node || ms <= 0) continue;
      const fn = node.callFrame.functionName || '(anonymous)';
      if (fn === '(idle)' || fn === '(program)') continue;
      const source = fn === '(garbage collector)' ? '(garbage collector)' : sourceOf(node.callFrame.url);
      bySource.set(source, (bySource.get(source) ?? 0) + ms);
      const key = `${fn} ${sourceOf(node.callFrame.url)}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    }
  }
  return { bySource, byFunction };
}

function top(map: Map<string, number>, n: number): string {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `    ${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
}

async function traceOnce(browser: Browser, baseURL: string, url: string, label: string): Promise<void> {
  const { context, page } = await guardedPage(browser, baseURL, undefined, undefined, 'no-preference');
  try {
    await page.addInitScript({ content: IDLE_PROBE });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'commit' });
    const idle = await waitIdle(page);
    const phases = await page.evaluate(() => window.__benchPhases);
    const buffer = await browser.stopTracing();
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(`bench-results/trace-${label}.json`, buffer);
    writeFileSync(`bench-results/trace-${label}.meta.json`, JSON.stringify({ idleMs: idle, phases }));
    report(JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }, label, idle, phases);
  } finally {
    await context.close();
  }
}

async function waitIdle(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => window.__benchIdleAt ?? null, undefined, { timeout: 180_000, polling: 50 });
  return (await handle.jsonValue()) as number;
}

function report(trace: { traceEvents: TraceEvent[] }, label: string, idleMs: number, phases: unknown): void {
  const events = trace.traceEvents;
  const names = threadNames(events);
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.frame !== undefined)
    ?? events.find((e) => e.name === 'navigationStart');
  if (!nav) throw new Error('trace: no navigationStart event');
  const from = nav.ts, to = nav.ts + idleMs * 1000;
  const main = [...names].find(([key, name]) => name === 'CrRendererMain' && key.startsWith(`${nav.pid}:`));
  const mainKey = main?.[0] ?? `${nav.pid}:${nav.tid}`;
  const mainTid = Number(mainKey.split(':')[1]);
  const gpu = [...names].find(([, name]) => name === 'CrGpuMain')?.[0].split(':')[0];
  const busy = busyByThread(events.filter((e) => e.pid === nav.pid), names, from, to);
  const gpuBusy = gpu ? busyByThread(events.filter((e) => String(e.pid) === gpu), names, from, to) : new Map<string, number>();
  const tasks = selfByName(events, mainKey, from, to);
  const js = jsProfile(events, nav.pid, mainTid);
  const workerJs = [...names].filter(([key, name]) => key.startsWith(`${nav.pid}:`) && /DedicatedWorker|ServiceWorker/.test(name))
    .map(([key]) => jsProfile(events, nav.pid, Number(key.split(':')[1])).bySource);
  const workerTotal = new Map<string, number>();
  for (const m of workerJs) for (const [k, v] of m) workerTotal.set(k, (workerTotal.get(k) ?? 0) + v);
  console.log(`\n== ${label}: navigation → first idle ${idleMs.toFixed(0)} ms; phases ${JSON.stringify(phases)}`);
  console.log('  renderer threads, busy ms:');
  console.log(top(busy, 8));
  console.log('  GPU process threads (shared by every page of the browser), busy ms:');
  console.log(top(gpuBusy, 4));
  console.log('  main thread, self time by trace event (ms):');
  console.log(top(tasks, 12));
  console.log('  main thread JS self time by source (sampled, ms):');
  console.log(top(js.bySource, 10));
  console.log('  main thread JS, top functions (ms):');
  console.log(top(js.byFunction, 20));
  console.log('  worker (MapLibre, service worker) JS self time by source (ms):');
  console.log(top(workerTotal, 6));
}

/** `--analyse=app-1,bare-1`: reports saved traces again (after changing this report), without loading pages. */
function analyseSaved(labels: readonly string[]): void {
  for (const label of labels) {
    const meta = JSON.parse(readFileSync(`bench-results/trace-${label}.meta.json`, 'utf8')) as { idleMs: number; phases: unknown };
    const trace = JSON.parse(readFileSync(`bench-results/trace-${label}.json`, 'utf8')) as { traceEvents: TraceEvent[] };
    report(trace, label, meta.idleMs, meta.phases);
  }
}

async function main(): Promise<void> {
  const saved = process.argv.find((a) => a.startsWith('--analyse='));
  if (saved) {
    analyseSaved(saved.slice('--analyse='.length).split(','));
    return;
  }
  const runsArg = process.argv.find((a) => a.startsWith('--runs='));
  const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 1;
  console.log(`load average at start ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
  const data = readRealData();
  if (!data.collections.counties) throw new Error('trace: geodata/counties.geojson is missing');
  const bbox = collectionBBox(data.collections.counties);
  const builds = await buildAll();
  const served = await serve(builds.appDir, builds.benchDir);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const base = served.baseURL;
    // The bench's map size (the app's map container at 1280 × 800).
    const { context, page } = await guardedPage(browser, base, undefined, undefined, 'no-preference');
    await page.addInitScript({ content: IDLE_PROBE });
    await page.goto(base, { waitUntil: 'commit' });
    await waitIdle(page);
    const box = await page.getByTestId('map').boundingBox();
    await context.close();
    if (!box) throw new Error('trace: the app has no map container');
    const bare = `${base}bench/bare.html?w=${Math.round(box.width)}&h=${Math.round(box.height)}&bounds=${bbox.join(',')}`;
    for (let i = 0; i < runs; i++) {
      await traceOnce(browser, base, base, `app-${i + 1}`);
      await traceOnce(browser, base, bare, `bare-${i + 1}`);
    }
  } finally {
    await browser?.close();
    await served.close();
    builds.remove();
  }
  console.log(`\nload average at end ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
