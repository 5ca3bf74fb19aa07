import { useEffect } from 'react';
import { EDIT_PADDING } from '../../present/layout';
import { setPanel } from '../../state/explore';
import { importsHydrated } from '../../state/imports';
import { applyScene, bootPresent, usePresent } from '../../state/present';
import { parseUrl } from '../../state/urlCodec';
import { mapViewport } from './screen';

/**
 * Loads the deck once the data is ready and opens the scene a `?scene=<id>` link names. Call it in
 * App after the URL sync effect, so the scene is applied after the URL's own state.
 */
export function usePresentBoot(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const sceneId = parseUrl(window.location.search).state.scene;
    // A scene may show imported layers: wait for them too before applying it.
    Promise.all([bootPresent(), importsHydrated()])
      .then(() => {
        if (cancelled || !sceneId) return;
        const scene = usePresent.getState().deck?.scenes.find((s) => s.id === sceneId);
        if (!scene) {
          usePresent.setState({ notice: { key: 'present.notice.unknownScene', params: { id: sceneId }, tone: 'error' } });
          return;
        }
        setPanel('present');
        applyScene(scene, { viewport: mapViewport(), padding: EDIT_PADDING, duration: 0 });
      })
      .catch((error: unknown) => {
        console.error('deck boot failed', error);
        usePresent.setState({ status: 'ready', notice: { key: 'present.notice.storedUnreadable', params: { message: String(error) }, tone: 'error' } });
      });
    return () => {
      cancelled = true;
    };
  }, [ready]);
}
