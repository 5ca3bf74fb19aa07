import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { pwa } from './src/pwa/config.ts';

/**
 * One config for the app, the unit tests and the browser tests.
 * - `unit`: pure modules, Node environment, no network.
 * - `e2e`: real Chromium through playwright-core against a production build served on a free port
 *   (tests/e2e/global-setup.ts builds and serves it; specs drive it through tests/e2e/driver.ts);
 *   run one file at a time so the two cores are not oversubscribed.
 */
export default defineConfig({
  plugins: [react(), pwa()],
  server: { host: '127.0.0.1' },
  // Workers as ES modules (both are created with `type: 'module'`): their dynamic imports stay lazy
  // chunks, so adding a .txt plan does not load pdf.js or mammoth into the plan worker.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // maplibre-gl in a chunk of its own, so `npm run budget` can tell the app's JS from the map library's
    // (Vite 8 / rolldown spelling of rollupOptions.output.manualChunks).
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'maplibre-gl', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/ }] } },
    },
  },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // One fixed fast-check seed (FC_SEED overrides; see the file).
          setupFiles: ['tests/unit/setup-fast-check.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Two spec files at a time (one Chromium each): the tests wait on the page much of the time, so
          // two browsers on two cores finish the suite well before one would.
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 60_000,
          // expect.poll waits on the page (a layer drawn, a count updated): generous under two software-rendered browsers.
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
