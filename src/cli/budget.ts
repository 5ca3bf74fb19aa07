/**
 * `npm run budget`: deterministic size budgets of the production build (issue 9), for CI.
 * - initial JS beyond maplibre-gl ≤ 120 KB gzipped: index.html's entry and modulepreloads plus their
 *   static imports, transitively, minus the maplibre-gl chunk group (vite.config.ts puts maplibre-gl in
 *   a chunk of its own; its worker is maplibre's too). Lazy chunks are listed, not counted.
 * - initial geodata ≤ 300 KB gzipped: the `.geojson` / `.json` files the start-up code names by URL
 *   (the layers and plan.json it fetches at start-up).
 * Sizes are gzip level 9, KB = 1000 bytes. Reads `dist/` when it holds a build (CI builds first), else
 * builds into a temporary directory; `--fresh` always builds, `--dir=PATH` reads another build. Over budget: prints what is over and what
 * dominates (from a second build that splits node_modules per package) and exits 1.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { fmtKB, fmtRatio, formatGrid, formatTable, type Row } from './bench/report';
import { dataRefs, htmlRefs, initialGraph, isMaplibre, resolveRef, total, type FileSize } from './bench/sizes';

/** The limits, gzipped bytes (KB = 1000 bytes). */
export const LIMITS = { initialJs: 120_000, geodata: 300_000 } as const;

interface Build {
  dir: string;
  label: string;
  cleanup: () => void;
}

interface Measured {
  initialApp: FileSize[];
  maplibre: FileSize[];
  lazy: FileSize[];
  css: FileSize[];
  geodata: FileSize[];
  fonts: FileSize[];
}

function sizeOf(dir: string, file: string): FileSize {
  const buf = readFileSync(join(dir, file));
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

function listFiles(dir: string, sub: string, pattern: RegExp): string[] {
  const full = join(dir, sub);
  if (!existsSync(full)) return [];
  return readdirSync(full).filter((f) => pattern.test(f)).sort().map((f) => `${sub}/${f}`);
}

async function buildInto(outDir: string, extra: Parameters<typeof build>[0] = {}): Promise<void> {
  await build({ logLevel: 'warn', ...extra, build: { outDir, emptyOutDir: true, ...(extra.build ?? {}) } });
}

async function locateBuild(fresh: boolean, given: string | null): Promise<Build> {
  if (given) {
    if (!existsSync(join(given, 'index.html'))) throw new Error(`budget: ${given}/index.html not found`);
    return { dir: given, label: given, cleanup: () => undefined };
  }
  if (!fresh && existsSync('dist/index.html')) {
    const built = statSync('dist/index.html').mtime.toISOString().replace('T', ' ').slice(0, 16);
    return { dir: 'dist', label: `dist/ (built ${built} UTC by npm run build)`, cleanup: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'planmap-budget-'));
  await buildInto(dir);
  return { dir, label: 'a fresh production build in a temporary directory', cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The start-up JS graph of a build: index.html entries and their static imports. */
function startupJs(dir: string): { initial: string[]; all: string[]; styles: string[] } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = htmlRefs(html);
  const entries = [...refs.scripts, ...refs.preloads].map((p) => resolveRef('index.html', p)).filter((p): p is string => p !== null);
  if (entries.length === 0) throw new Error(`budget: ${dir}/index.html has no module script`);
  const read = (file: string) => (/\.m?js$/.test(file) && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : null);
  const initial = initialGraph(entries, read);
  const all = [...listFiles(dir, 'assets', /\.m?js$/), ...listFiles(dir, '.', /\.m?js$/).map((f) => f.slice(2))];
  const styles = refs.styles.map((p) => resolveRef('index.html', p)).filter((p): p is string => p !== null && existsSync(join(dir, p)));
  return { initial, all, styles };
}

function measure(dir: string): Measured {
  const { initial, all, styles } = startupJs(dir);
  const initialSet = new Set(initial);
  const maplibre = all.filter(isMaplibre);
  if (maplibre.length === 0) {
    throw new Error('budget: no maplibre-gl chunk in the build; vite.config.ts must put maplibre-gl in its own chunk (build.rolldownOptions.output.codeSplitting)');
  }
  const data = new Set<string>();
  for (const file of initial) {
    for (const ref of dataRefs(readFileSync(join(dir, file), 'utf8'))) {
      const path = resolveRef(file, ref);
      if (path && existsSync(join(dir, path))) data.add(path);
    }
  }
  return {
    initialApp: initial.filter((f) => !isMaplibre(f)).map((f) => sizeOf(dir, f)),
    maplibre: maplibre.map((f) => sizeOf(dir, f)),
    lazy: all.filter((f) => !initialSet.has(f) && !isMaplibre(f)).map((f) => sizeOf(dir, f)),
    css: styles.map((f) => sizeOf(dir, f)),
    geodata: [...data].sort().map((f) => sizeOf(dir, f)),
    fonts: listFiles(dir, 'fonts', /\.woff2$/).map((f) => sizeOf(dir, f)),
  };
}

/** The package a module id belongs to (`react-dom`, `@turf/area`), or null for the app's own files. */
function packageOf(id: string): string | null {
  const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  return m ? (m[1] as string).replace(/\\/g, '/') : null;
}

/**
 * What the initial JS is made of: a second build that puts every npm package in a chunk of its own,
 * gzipped chunk by chunk (slightly more than the real chunk, which compresses as one).
 */
async function contributors(): Promise<{ name: string; gzip: number }[]> {
  const dir = mkdtempSync(join(tmpdir(), 'planmap-budget-split-'));
  const chunkNames = new Map<string, string>();
  try {
    const name = (id: string): string | null => {
      const pkg = packageOf(id);
      if (!pkg) return null;
      const chunk = `pkg_${pkg.replace(/[^a-zA-Z0-9]/g, '_')}`;
      chunkNames.set(chunk, pkg);
      return chunk;
    };
    await buildInto(dir, { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name, debugName: 'one chunk per npm package' }] } } } } });
    const known = [...chunkNames].sort((a, b) => b[0].length - a[0].length);
    const { initial } = startupJs(dir);
    return initial
      .filter((f) => !isMaplibre(f))
      .map((f) => {
        const base = f.slice(f.lastIndexOf('/') + 1);
        const pkg = known.find(([chunk]) => base.startsWith(`${chunk}-`))?.[1];
        return { name: pkg ?? `app code and data (${base})`, gzip: sizeOf(dir, f).gzip };
      })
      .filter((c) => c.name !== 'maplibre-gl')
      .sort((a, b) => b.gzip - a.gzip);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fileRows(group: string, files: readonly FileSize[]): string[][] {
  return files.map((f) => [group, f.file, fmtKB(f.raw), fmtKB(f.gzip)]);
}

function budgetRow(id: string, measure: string, files: readonly FileSize[], limit: number): Row {
  const t = total(files);
  return {
    id, measure: `${measure} (${files.length} ${files.length === 1 ? 'file' : 'files'})`, value: fmtKB(t.gzip), baseline: `raw ${fmtKB(t.raw)}`,
    ratio: `${fmtRatio(t.gzip / limit)} limit`, goal: `≤ ${fmtKB(limit)}`, met: t.gzip <= limit,
  };
}

async function main(): Promise<void> {
  const fresh = process.argv.includes('--fresh');
  const given = process.argv.find((a) => a.startsWith('--dir='))?.slice('--dir='.length) ?? null;
  const found = await locateBuild(fresh, given);
  try {
    const m = measure(found.dir);
    console.log(`budget: sizes of ${found.label}; gzip -9, KB = 1000 bytes`);
    console.log('');
    console.log(formatGrid(['group', 'file', 'raw', 'gzip'], [
      ...fileRows('initial JS', m.initialApp),
      ...fileRows('maplibre-gl (not counted)', m.maplibre),
      ...fileRows('lazy / service-worker JS (not counted)', m.lazy),
      ...fileRows('initial CSS (info)', m.css),
      ...fileRows('fonts (info)', m.fonts),
      ...fileRows('start-up geodata', m.geodata),
    ]));
    console.log('');
    const rows = [
      budgetRow('B1', 'initial JS beyond maplibre-gl, gzipped', m.initialApp, LIMITS.initialJs),
      budgetRow('B2', 'geodata fetched at start-up, gzipped', m.geodata, LIMITS.geodata),
    ];
    console.log(formatTable(rows));
    const over = rows.filter((r) => r.met === false);
    if (over.length === 0) {
      console.log('budget: all within limits');
      return;
    }
    console.log('');
    if (rows[0]?.met === false) {
      const parts = await contributors();
      console.log('initial JS by package (split build, each chunk gzipped on its own):');
      console.log(formatGrid(['package', 'gzip'], parts.map((p) => [p.name, fmtKB(p.gzip)])));
    }
    console.error(`budget: OVER: ${over.map((r) => `${r.measure.split(' (')[0]} is ${r.value}, limit ${r.goal.slice(2)}`).join('; ')}`);
    process.exitCode = 1;
  } finally {
    found.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
