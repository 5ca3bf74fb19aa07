/**
 * The installable, offline app (vite-plugin-pwa, generateSW): the service worker precaches the built
 * app and all its data (layers, plan model, seed texts, fonts), so after one visit the app starts and
 * works with no network; by default no request leaves the origin. Registration is in the app's own
 * module code (no inline script, so the Content-Security-Policy needs no exception). No service
 * worker in `npm run dev`. The app registers it itself (src/pwa/register.ts) after the map's first idle.
 */
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/** The PWA plugin with the app's manifest and precache rules. */
export function pwa(): PluginOption {
  return VitePWA({
    registerType: 'autoUpdate',
    // Registered by src/pwa/register.ts after the map's first idle, not at the window's load.
    injectRegister: false,
    includeAssets: ['icons/planmap.svg', 'fonts/*.woff2', 'fonts/*.json'],
    manifest: {
      name: '昭通·泸州南翼 规划地图',
      short_name: '规划地图',
      description: 'Map-centric spatial planning viewer for the 昭通 and 泸州南翼 plans',
      lang: 'zh-CN',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#f7f7f4',
      theme_color: '#23313f',
      icons: [{ src: 'icons/planmap.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,mjs,css,html,woff2,geojson,json,txt,svg,webmanifest}'],
      // The map library and the layers are large; everything the app loads must be precached.
      maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // A new version takes over at once, and the first visit is controlled (so it works offline next time).
      skipWaiting: true,
      clientsClaim: true,
    },
  });
}
