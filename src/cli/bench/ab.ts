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
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../tests/e2e/browser';
import type { PlanCollection } from '../../geo/types';
import { alternate, clickTargets, phaseText, roundOrder, type Side } from './alternate';
import { benchInteraction } from './browser';
import { serve } from './serve';
import { summarize } from './stats';

async function clicks(browser: Browser, sides: readonly [Side, Side], runs: number): Promise<void> {
  const targets = clickTargets(JSON.parse(readFileSync('geodata/counties.geojson', 'utf8')) as PlanCollection);
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const k of roundOrder(i)) {
      const r = await benchInteraction(browser, sides[k].base, targets, 20, []);
      samples[k].push(...r.click.samples.map((s) => s.ms));
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
  if (dirs.length !== 2 || !Number.isInteger(runs) || runs < 1) throw new Error('usage: ab.ts DIR_A DIR_B [--click] [--runs=N]');
  for (const dir of dirs) if (!existsSync(join(dir, 'index.html'))) throw new Error(`ab: ${dir}/index.html not found (build the app there first)`);
  const servers = await Promise.all(dirs.map((dir) => serve(dir, dir)));
  const [a, b] = servers.map((s): Side => ({ base: s.baseURL, url: s.baseURL })) as [Side, Side];
  const browser = await launchBrowser();
  try {
    if (process.argv.includes('--click')) {
      await clicks(browser, [a, b], runs);
      return;
    }
    const r = await alternate(browser, a, b, runs, 'load', (line) => console.info(line), ['A', 'B']);
    console.info(`A ${dirs[0]}: ${phaseText(r.raw.phasesA)}`);
    console.info(`B ${dirs[1]}: ${phaseText(r.raw.phasesB)}`);
    console.info(`B/A = ${(r.pair.bare.median / r.pair.app.median).toFixed(3)} (median of ${runs} each)`);
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
