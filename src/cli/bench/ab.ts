/**
 * `npx tsx src/cli/bench/ab.ts DIR_A DIR_B [--runs=N]`: load → map idle of two production builds of the
 * app (e.g. `npx vite build --outDir /tmp/a` on two commits), alternated A, B, B, A… in fresh browser
 * contexts, as the bench's load row does against the bare page. For deciding a change on a machine whose
 * load varies: both sides see the same load. Prints the medians and the load phases of each side.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../../tests/e2e/browser';
import { loadOnce, type LoadSample } from './browser';
import { serve } from './serve';
import { median } from './stats';

function phaseLine(samples: readonly LoadSample[]): string {
  const of = (pick: (s: LoadSample) => number): string => {
    const values = samples.map(pick).filter((v) => Number.isFinite(v) && v >= 0);
    return values.length > 0 ? `${Math.round(median(values))}` : '—';
  };
  return `DOM ready ${of((s) => s.phases.dcl)} ms, data ${of((s) => s.phases.data)} ms, map created ${of((s) => s.phases.canvas)} ms, idle ${of((s) => s.ms)} ms`;
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
