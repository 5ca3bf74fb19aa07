/**
 * Service-worker registration, after the map's first idle. On a first visit the worker precaches the
 * whole app (MapLibre, layers, fonts: several MB, hashed and stored on its own thread); registering it
 * at the window's `load` event (vite-plugin-pwa's default) made that work compete with the map's own
 * loading for the same cores and connections (measured with src/cli/bench/trace.ts: the service-worker
 * thread was busy ~2.3 s of the ~6 s to the first idle). The map marks its container
 * `data-map-state="idle"` at MapLibre's first idle; a page without a map (the briefing sheet) or with a
 * map that cannot start (no WebGL: the fallback message) registers at once.
 */
import { afterFirstScreen } from '../util/firstScreen';

function register(): void {
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
    console.error('service worker registration failed', error);
  });
}

/**
 * Registers the service worker once the first screen is drawn: at the map's first idle when `withMap`,
 * else when the window has loaded. Only builds have one: vite-plugin-pwa then puts the web manifest link
 * into index.html (not in `npm run dev`; `import.meta.env.PROD` is no test, builds run inside vitest
 * have NODE_ENV=test).
 */
export function registerServiceWorker(withMap: boolean): void {
  if (!('serviceWorker' in navigator) || !document.querySelector('link[rel="manifest"]')) return;
  if (!withMap) {
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return;
  }
  void afterFirstScreen().then(register);
}
