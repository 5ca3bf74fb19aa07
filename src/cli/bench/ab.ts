/**
 * `npx tsx src/cli/bench/ab.ts DIR_A DIR_B [--runs=N]`: load → map idle of two production builds of the
 * app (e.g. `npx vite build --outDir /tmp/a` on two commits), alternated A, B, B, A… in fresh browser
 * contexts, as the bench's load row does against the bare page. For deciding a change on a machine whose
 * load varies: both sides see the same load. Prints the medians and the load phases of each side.
 * `--click`: instead, the click → details painted samples of the bench's row 2 (20 clicks per page load,
 * builds alternated for `--runs` rounds), p50 / p95 / max per side.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../../tests/e2e/browser';
import { benchInteraction, loadOnce, type ClickTarget, type LoadSample } from './browser';
import { labelPoints } from '../../geo/labels';
import type { PlanCollection } from '../../geo/types';
import type { Browser } from 'playwright-core';
import { serve } from './serve';
import { median, summarize } from './stats';

function phaseLine(samples: readonly LoadSample[]): string {
  const of = (pick: (s: LoadSample) => number): string => {
    const values = samples.map(pick).filter((v) => Number.isFinite(v) && v >= 0);
    return values.length > 0 ? `${Math.round(median(values))}` : '—';
  };
  return `DOM ready ${of((s) => s.phases.dcl)} ms, data ${of((s) => s.phases.data)} ms, map created ${of((s) => s.phases.canvas)} ms, idle ${of((s) => s.ms)} ms`;
}

/** The county label points that select their county (as the bench's click row uses them). */
function clickTargets(): ClickTarget[] {
  const counties = JSON.parse(readFileSync('geodata/counties.geojson', 'utf8')) as PlanCollection;
  const names = new Map(counties.features.map((f) => [f.id, f.properties.name]));
  return labelPoints(counties).features.flatMap((f) => {
    const name = names.get(String(f.id));
    const [lng, lat] = f.geometry.coordinates;
    return name && lng !== undefined && lat !== undefined ? [{ name, lngLat: [lng, lat] as [number, number] }] : [];
  });
}

async function clicks(browser: Browser, bases: readonly string[], runs: number): Promise<void> {
  const targets = clickTargets();
  const samples: number[][] = bases.map(() => []);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const r = await benchInteraction(browser, bases[k] as string, targets, 20, []);
      samples[k]?.push(...r.click.samples.map((s) => s.ms));
    }
    console.info(`round ${i + 1}/${runs}`);
  }
  samples.forEach((ms, k) => {
    const s = summarize(ms);
    console.info(`${k === 0 ? 'A' : 'B'}: p50 ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(0)} ms (${ms.length} clicks)`);
  });
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 9);
  if (dirs.length !== 2 || !Number.isInteger(runs) || runs < 1) throw new Error('usage: ab.ts DIR_A DIR_B [--runs=N]');
  for (const dir of dirs) if (!existsSync(join(dir, 'index.html'))) throw new Error(`ab: ${dir}/index.html not found (build the app there first)`);
  const servers = await Promise.all(dirs.map((dir) => serve(dir, dir)));
  const browser = await launchBrowser();
  const samples: LoadSample[][] = [[], []];
  try {
    if (process.argv.includes('--click')) {
      await clicks(browser, servers.map((s) => s.baseURL), runs);
      return;
    }
    for (const s of servers) await loadOnce(browser, s.baseURL, s.baseURL); // warm-up, not counted
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? [0, 1] : [1, 0];
      for (const k of order) {
        const server = servers[k];
        if (server) samples[k]?.push(await loadOnce(browser, server.baseURL, server.baseURL));
      }
      console.info(`run ${i + 1}/${runs}: A ${Math.round(samples[0]?.[i]?.ms ?? NaN)} ms, B ${Math.round(samples[1]?.[i]?.ms ?? NaN)} ms`);
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  const [a = [], b = []] = samples;
  const ma = median(a.map((s) => s.ms)), mb = median(b.map((s) => s.ms));
  console.info(`A ${dirs[0]}: ${phaseLine(a)}`);
  console.info(`B ${dirs[1]}: ${phaseLine(b)}`);
  console.info(`B/A = ${(mb / ma).toFixed(3)} (median of ${runs} each)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
