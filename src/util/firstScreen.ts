/**
 * The moment the first screen is drawn: the map container's first `data-map-state="idle"` (MapView sets it
 * once the loaded data is drawn) or the no-map fallback message. Work that the first screen does not need
 * (service-worker precaching, the pinyin dictionary) waits for it, so it does not compete with the map's
 * loading for the two cores.
 */

/** Whatever shows that the first screen is drawn (or that no map will be). */
const FIRST_SCREEN = '[data-map-state="idle"], [data-testid="map-fallback"]';

let drawn: Promise<void> | null = null;

/** Resolves once the first screen is drawn (at once if it already is). One observer per page. */
export function afterFirstScreen(): Promise<void> {
  drawn ??= new Promise<void>((resolve) => {
    if (document.querySelector(FIRST_SCREEN)) {
      resolve();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!document.querySelector(FIRST_SCREEN)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'] });
  });
  return drawn;
}
