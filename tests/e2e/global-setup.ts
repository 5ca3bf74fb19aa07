/**
 * Builds the production app once and serves it on a free loopback port for all browser tests.
 * E2E_BASE_URL reuses an already running server instead (e.g. `npm run dev`); E2E_DIST serves an existing
 * production build (CI builds once, in its build gate) instead of building again.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** A port that was free a moment ago on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseURL', external);
    return async () => {};
  }
  const prebuilt = process.env.E2E_DIST;
  if (prebuilt && !existsSync(join(prebuilt, 'index.html'))) throw new Error(`E2E_DIST=${prebuilt} holds no build (index.html missing)`);
  // Otherwise a build directory of this run's own, so concurrent runs never serve each other's files.
  const outDir = prebuilt ? resolve(prebuilt) : mkdtempSync(join(tmpdir(), 'planmap-e2e-'));
  if (!prebuilt) await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
    if (!prebuilt) rmSync(outDir, { recursive: true, force: true });
  };
}
