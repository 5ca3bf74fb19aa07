/**
 * In-page probes, installed before any page script runs (`page.addInitScript`). They are plain
 * JavaScript strings on purpose: functions compiled by tsx carry helper calls that do not exist in the
 * page. Each probe records `performance.now()` values relative to the page's time origin, so the
 * runner only reads numbers back.
 *
 * - idle: time of the first `data-map-state="idle"` on any element (the app's MapView and the bench
 *   pages both set it on the map container at MapLibre's first `idle`), in `window.__benchIdleAt`; and
 *   phases in `window.__benchPhases`: DOMContentLoaded, the end of the last same-page (geo)json fetch
 *   (-1 when MapLibre's worker fetched them) and the creation of the map canvas.
 * - click: `click` event timestamp → the animation frame after `[data-testid="details-name"]` changed,
 *   in `window.__benchClick.results` ({ name, ms }).
 * - keys: `keydown` timestamp in the search box → the animation frame after the `input` event was
 *   handled (React commits a discrete input synchronously, so the listbox is up to date by then), in
 *   `window.__benchKeys.results` ({ value, options, ms }).
 */

/** Records the first idle mark. */
export const IDLE_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    if (window.__benchCanvasAt === undefined && document.querySelector('canvas.maplibregl-canvas')) {
      window.__benchCanvasAt = performance.now();
    }
    if (window.__benchIdleAt !== undefined) return;
    if (document.querySelector('[data-map-state="idle"]')) {
      window.__benchIdleAt = performance.now();
      const data = performance.getEntriesByType('resource').filter((r) => /\\.(geo)?json($|\\?)/.test(r.name));
      const nav = performance.getEntriesByType('navigation')[0];
      window.__benchPhases = {
        dcl: nav ? nav.domContentLoadedEventEnd : -1,
        data: data.length > 0 ? Math.max(...data.map((r) => r.responseEnd)) : -1,
        canvas: window.__benchCanvasAt !== undefined ? window.__benchCanvasAt : -1,
      };
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'] });
})();`;

/** Click → details name painted. */
export const CLICK_PROBE = `(() => {
  const st = { t0: null, last: null, results: [] };
  window.__benchClick = st;
  window.addEventListener('click', (e) => { st.t0 = e.timeStamp; }, true);
  const check = () => {
    if (st.t0 === null) return;
    const el = document.querySelector('[data-testid="details-name"]');
    const name = el ? el.textContent : null;
    if (name === null || name === st.last) return;
    st.last = name;
    const t0 = st.t0;
    st.t0 = null;
    const committed = performance.now() - t0;
    requestAnimationFrame(() => st.results.push({ name, committed, ms: performance.now() - t0 }));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** Search keystroke → listbox painted. */
export const KEYS_PROBE = `(() => {
  const st = { t0: null, results: [] };
  window.__benchKeys = st;
  const isSearch = (t) => t && t.getAttribute && t.getAttribute('data-testid') === 'search-input';
  window.addEventListener('keydown', (e) => { if (isSearch(e.target)) st.t0 = e.timeStamp; }, true);
  window.addEventListener('input', (e) => {
    if (st.t0 === null || !isSearch(e.target)) return;
    const t0 = st.t0;
    st.t0 = null;
    const value = e.target.value;
    const handled = performance.now() - t0;
    requestAnimationFrame(() => {
      const list = document.querySelector('[data-testid="search-results"]');
      const options = list && !list.hidden ? list.querySelectorAll('[role="option"]').length : 0;
      st.results.push({ value, options, handled, ms: performance.now() - t0 });
    });
  });
})();`;

/** What the probes leave on `window` (read back by the runner with functions, never eval: the app has a CSP). */
declare global {
  interface Window {
    __benchIdleAt?: number;
    __benchCanvasAt?: number;
    __benchPhases?: LoadPhases;
    __benchClick?: { results: ClickSample[] };
    __benchKeys?: { results: KeySample[] };
  }
}

/** One click sample. */
export interface ClickSample {
  name: string;
  /** Click → details name changed in the DOM (React committed). */
  committed: number;
  /** Click → the next animation frame after that (the frame that paints it). */
  ms: number;
}

/** One keystroke sample. */
export interface KeySample {
  value: string;
  options: number;
  /** Keydown → the input event handled (React committed the new results). */
  handled: number;
  /** Keydown → the next animation frame after that. */
  ms: number;
}

/** Phases of one page load, ms from navigation start (-1 when not observed). */
export interface LoadPhases {
  dcl: number;
  data: number;
  canvas: number;
}
