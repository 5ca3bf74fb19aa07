/**
 * Builds what the browser benchmarks load and serves it from one loopback origin:
 * - the app, a production build with the project's vite.config.ts, at `/`;
 * - the bench pages (pages/*.html, a separate small build with its own inline config) at `/bench/`,
 *   plus generated data files written next to them.
 * Both builds go into temporary directories (never `dist/`), removed by `close()`.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'pages');

/** The bench pages, by name (file `pages/<name>.html`, served at `/bench/<name>.html`). */
export const BENCH_PAGES = ['bare', 'imported'] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.woff2': 'font/woff2', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

/** The two build directories. */
export interface Builds {
  appDir: string;
  benchDir: string;
  remove: () => void;
}

/** Builds the app (production, project config) and the bench pages into fresh temporary directories. */
export async function buildAll(): Promise<Builds> {
  const appDir = mkdtempSync(join(tmpdir(), 'planmap-bench-app-'));
  const benchDir = mkdtempSync(join(tmpdir(), 'planmap-bench-pages-'));
  const remove = () => {
    rmSync(appDir, { recursive: true, force: true });
    rmSync(benchDir, { recursive: true, force: true });
  };
  try {
    await build({ logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
    const input = Object.fromEntries(BENCH_PAGES.map((name) => [name, join(PAGES_DIR, `${name}.html`)]));
    await build({
      configFile: false,
      root: PAGES_DIR,
      base: '/bench/',
      publicDir: false,
      logLevel: 'warn',
      build: { outDir: benchDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000, rolldownOptions: { input } },
    });
  } catch (error) {
    remove();
    throw error;
  }
  return { appDir, benchDir, remove };
}

/** A running static server. */
export interface Served {
  baseURL: string;
  close: () => Promise<void>;
}

function fileFor(root: string, urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const full = resolve(root, path === '' ? 'index.html' : path);
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Serves `appDir` at `/` and `benchDir` at `/bench/` on a free loopback port (no caching, no compression). */
export function serve(appDir: string, benchDir: string): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const bench = urlPath.startsWith('/bench/');
    const file = fileFor(resolve(bench ? benchDir : appDir), bench ? urlPath.slice('/bench'.length) : urlPath);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${urlPath}`);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') {
        reject(new Error('bench server has no port'));
        return;
      }
      resolvePromise({
        baseURL: `http://127.0.0.1:${address.port}/`,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
