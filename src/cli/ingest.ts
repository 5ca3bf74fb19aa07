/**
 * `npm run ingest`: reads seeds/index.json, every seed and every gazetteer layer (geodata/*.geojson),
 * and writes geodata/plan.json — deterministic, pretty-printed with small objects on one line.
 * Fails (exit 1) on a sha256 mismatch or a reviewed rule that no longer matches its seed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IndexEntry, IngestResult, SeedInput } from '../plan/ingest/index.ts';
import { ingest } from '../plan/ingest/index.ts';
import type { GazetteerFile } from '../plan/ingest/gazetteer.ts';
import { formatCoverage, numericCoverage } from '../plan/ingest/coverage.ts';
import type { PlanModel } from '../plan/types.ts';
import { argValue } from './args.ts';

/** The project root (two levels above this file). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Reads the seeds (with their sha256 computed from the bytes) under `root` and the gazetteer layers in
 * `geodataDir` (default `root/geodata`).
 */
export function readInputs(root: string, geodataDir: string = join(root, 'geodata')): { seeds: SeedInput[]; gazetteer: GazetteerFile[] } {
  const index = JSON.parse(readFileSync(join(root, 'seeds', 'index.json'), 'utf8')) as { documents?: IndexEntry[] };
  if (!Array.isArray(index.documents)) throw new Error('seeds/index.json: no documents array');
  const seeds = index.documents.map((entry) => {
    if (!entry.file || !entry.sha256) throw new Error(`seeds/index.json: ${entry.id} needs file and sha256`);
    const bytes = readFileSync(join(root, 'seeds', entry.file));
    return { entry, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
  });
  const dir = geodataDir;
  const gazetteer = readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((file) => ({ file, json: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown }));
  return { seeds, gazetteer };
}

/** Runs the whole ingest for the project at `root`. */
export function buildPlan(root: string = PROJECT_ROOT, geodataDir?: string): IngestResult {
  return ingest(readInputs(root, geodataDir));
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const parts = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Pretty JSON with objects and arrays up to 100 characters on one line; key order as built. */
export function stableStringify(value: unknown, indent = ''): string {
  const flat = inline(value);
  if (flat.length + indent.length <= 100 || value === null || typeof value !== 'object') return flat;
  const next = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => next + stableStringify(v, next)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${next}${JSON.stringify(k)}: ${stableStringify(v, next)}`).join(',\n')}\n${indent}}`;
}

/** The text written to geodata/plan.json. */
export function formatPlan(model: PlanModel): string {
  return `${stableStringify(model)}\n`;
}

function main(): void {
  const root = PROJECT_ROOT;
  // `--geodata DIR` reads the gazetteer from and writes plan.json to DIR (the reproducibility test's temp copy).
  const geodataDir = resolve(argValue('--geodata') ?? join(root, 'geodata'));
  const inputs = readInputs(root, geodataDir);
  const { model, report } = ingest(inputs);
  writeFileSync(join(geodataDir, 'plan.json'), formatPlan(model));
  const links = model.tasks.flatMap((t) => t.links);
  console.log(
    `plan.json: ${model.documents.length} documents, ${model.sections.length} sections, ${model.tasks.length} tasks, ` +
      `${model.indicators.length} indicators, ${links.filter((l) => l.kind === 'named').length} named + ` +
      `${links.filter((l) => l.kind === 'curated').length} curated task links, ${model.flaws.length} flaws, ` +
      `${model.mentions?.length ?? 0} place mentions in the whole texts`,
  );
  console.log(`gazetteer: ${model.gazetteer.files.map((f) => `${f.file} (${f.features})`).join(', ') || 'none'}; ${model.gazetteer.terms} terms`);
  const texts = Object.fromEntries(inputs.seeds.map((s) => [s.entry.id, s.text]));
  const coverage = numericCoverage(texts, model.indicators, model.nonTargets);
  console.log(formatCoverage(coverage));
  for (const u of coverage.uncovered) console.log(`  uncovered: ${u.documentId} ${u.number.text} at ${u.number.span.start}`);
  for (const m of report.missingCurated) console.warn(`curated link skipped (feature not in gazetteer): ${m.taskId} → ${m.featureId}`);
  for (const u of model.unresolvedMentions) console.warn(`not linked (${u.reason}): ${u.documentId} "${u.term}" at ${u.span.start}: ${u.candidates.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
