/**
 * Shared by `npm run bench` (run.ts) and the two-build comparison (ab.ts): loading two pages alternately,
 * the load phases of the samples, and the county label points the click benchmark clicks.
 */
import type { Browser } from 'playwright-core';
import { labelPoints } from '../../geo/labels';
import type { PlanCollection } from '../../geo/types';
import { loadOnce, type ClickTarget, type LoadSample } from './browser';
import type { LoadPhases } from './probes';
import type { LoadPair } from './rows';
import { median, summarize } from './stats';

/** A page to load: the origin its guard allows and its URL. */
export interface Side {
  base: string;
  url: string;
}

/** Two alternated sides: their summaries (`app` = first side) and the raw figures. */
export interface Alternated {
  pair: LoadPair;
  raw: { a: number[]; b: number[]; phasesA: Record<string, number>; phasesB: Record<string, number> };
}

/** Fails on a request outside the page's origin; reports console errors. */
function checkSamples(label: string, samples: readonly LoadSample[]): void {
  const off = samples.flatMap((s) => s.offOrigin);
  if (off.length > 0) throw new Error(`bench: ${label} requested outside its origin: ${off.slice(0, 3).join(', ')}`);
  const errors = [...new Set(samples.flatMap((s) => s.consoleErrors))];
  if (errors.length > 0) console.error(`! ${label}: console errors: ${errors.slice(0, 3).join(' | ')}`);
}

/** Median of each load phase over the samples (-1 when a phase was never observed). */
function phaseMedians(samples: readonly LoadSample[]): Record<keyof LoadPhases | 'idle', number> {
  const of = (values: number[]) => (values.length > 0 ? Math.round(median(values)) : -1);
  return {
    dcl: of(samples.map((s) => s.phases.dcl).filter((v) => v >= 0)),
    data: of(samples.map((s) => s.phases.data).filter((v) => v >= 0)),
    canvas: of(samples.map((s) => s.phases.canvas).filter((v) => v >= 0)),
    idle: of(samples.map((s) => s.ms)),
  };
}

/** The phases of {@link Alternated.raw} as one line. */
export function phaseText(p: Record<string, number> | undefined): string {
  if (!p) return 'n/a';
  const at = (v: number | undefined) => (v === undefined || v < 0 ? '—' : `${v} ms`);
  return `DOM ready ${at(p.dcl)}, page data fetched ${at(p.data)}, map created ${at(p.canvas)}, idle ${at(p.idle)}`;
}

/** Side order of round `i`: A then B on even rounds, B then A on odd ones (ABBA). */
export function roundOrder(i: number): [0, 1] | [1, 0] {
  return i % 2 === 0 ? [0, 1] : [1, 0];
}

/**
 * Loads two pages alternately (ABBA order) in fresh contexts, after one discarded warm-up load of each.
 * @param names the sides' names in messages
 */
export async function alternate(
  browser: Browser, a: Side, b: Side, runs: number, label: string,
  log: (line: string) => void, names: readonly [string, string] = ['app', 'bare'],
): Promise<Alternated> {
  const sides = [a, b] as const;
  for (const side of sides) await loadOnce(browser, side.base, side.url);
  const samples: [LoadSample[], LoadSample[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const k of roundOrder(i)) samples[k].push(await loadOnce(browser, sides[k].base, sides[k].url));
    log(`${label}: run ${i + 1}/${runs}: ${Math.round(samples[0][i]?.ms ?? NaN)} ms vs ${Math.round(samples[1][i]?.ms ?? NaN)} ms`);
  }
  const [sa, sb] = samples;
  checkSamples(`${label} (${names[0]} side)`, sa);
  checkSamples(`${label} (${names[1]} side)`, sb);
  const ra = sa.map((s) => s.ms);
  const rb = sb.map((s) => s.ms);
  return { pair: { app: summarize(ra), bare: summarize(rb) }, raw: { a: ra, b: rb, phasesA: phaseMedians(sa), phasesB: phaseMedians(sb) } };
}

/** The plan counties' label points with their names: where the click benchmark clicks. */
export function clickTargets(counties: PlanCollection | undefined): ClickTarget[] {
  const names = new Map((counties?.features ?? []).map((f) => [f.id, f.properties.name]));
  return labelPoints(counties).features.flatMap((f) => {
    const name = names.get(String(f.id ?? f.properties?.id ?? ''));
    const [lng, lat] = f.geometry.coordinates;
    return name && lng !== undefined && lat !== undefined ? [{ name, lngLat: [lng, lat] as [number, number] }] : [];
  });
}
