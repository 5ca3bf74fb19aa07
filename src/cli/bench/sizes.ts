/**
 * Pure helpers of `npm run budget`: read a production build's index.html and JS chunks as text and
 * work out what the browser loads at start-up (entry + static imports, transitively), which chunks are
 * maplibre-gl's, which are lazy, and which data files the start-up code fetches.
 */

/** What index.html loads. Paths as written (e.g. `/assets/index-abc.js`). */
export interface HtmlRefs {
  scripts: string[];
  preloads: string[];
  styles: string[];
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Scripts with a `src` (module or classic), modulepreload links and stylesheets of an HTML document. */
export function htmlRefs(html: string): HtmlRefs {
  const out: HtmlRefs = { scripts: [], preloads: [], styles: [] };
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(m[0], 'src');
    if (src) out.scripts.push(src);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase();
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel === 'modulepreload') out.preloads.push(href);
    if (rel === 'stylesheet') out.styles.push(href);
  }
  return out;
}

/**
 * Specifiers of the static imports and re-exports of an ES module (`import x from "./a.js"`,
 * `import "./b.js"`, `export * from "./c.js"`), in order, without duplicates. Dynamic `import("./d.js")`
 * is not static and is left out. Meant for bundler output, which has no imports inside strings or
 * comments at the top of a chunk.
 */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|[;\s}])(?:import\s*(?:[\w$*{][^'"`;()]*?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'])([^"']+)\1/g;
  for (const m of code.matchAll(re)) out.add(m[2] as string);
  return [...out];
}

/**
 * Resolves a specifier against the file that imports it, both relative to the build root
 * (`assets/index.js` + `./maplibre.js` → `assets/maplibre.js`; `/assets/x.js` → `assets/x.js`).
 * Returns null for bare specifiers and URLs (not files of the build).
 */
export function resolveRef(from: string, spec: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(spec)) return null;
  if (spec.startsWith('/')) return spec.slice(1);
  if (!spec.startsWith('./') && !spec.startsWith('../')) return null;
  const parts = from.split('/').slice(0, -1);
  for (const seg of spec.split('/')) {
    if (seg === '.' || seg === '') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** Every JS file reachable from `entries` through static imports (entries included), in visit order. */
export function initialGraph(entries: readonly string[], read: (file: string) => string | null): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    const code = read(file);
    if (code === null) continue;
    seen.add(file);
    for (const spec of staticImports(code)) {
      const next = resolveRef(file, spec);
      if (next && !seen.has(next)) queue.push(next);
    }
  }
  return [...seen];
}

/** True for files of the maplibre-gl chunk group (main chunk, worker, CSS): their names start with `maplibre-gl`. */
export function isMaplibre(file: string): boolean {
  return /(^|\/)maplibre-gl[-.]/.test(file);
}

/**
 * Paths of the data files (`.geojson`, `.json`) a chunk names in string literals, as written
 * (`/assets/counties-abc.geojson`), sorted. Vite emits `?url` imports as such strings; the caller keeps
 * those that resolve to files of the build (glob keys like `../../geodata/x.geojson` do not).
 */
export function dataRefs(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/["'`]([^"'`\s]+\.(?:geojson|json))["'`]/g)) out.add(m[1] as string);
  return [...out].sort();
}

/** A file's size, raw and gzipped. */
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

/** Sum of raw and gzipped sizes. */
export function total(files: readonly FileSize[]): { raw: number; gzip: number } {
  return files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
}
