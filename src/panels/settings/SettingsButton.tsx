/**
 * The 设置/Settings button over the map. The settings code (parsing, storage, basemap sources and
 * the popover) loads on first open, or at start-up only when settings were stored.
 */
import { lazy, useEffect, useState } from 'react';
import { setBasemapStyle, settingsStored } from '../../state/settings';
import { useT, useUi } from '../../state/ui';
import './settings.css';
import { LazyPart } from '../LazyPart';

const SettingsPopover = lazy(() => import('./SettingsPopover'));

/** Opens and closes the settings popover. */
export function SettingsButton() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!settingsStored()) return;
    // Stored settings: apply the chosen basemap at start-up.
    import('./settingsCore')
      .then((m) => setBasemapStyle(m.loadSettings().basemap))
      .catch((error: unknown) => console.error('settings failed to load', error));
  }, []);
  return (
    <div className="settings-wrap">
      <button type="button" className="settings-button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="settings-open">
        {t('settings.open')}
      </button>
      {open && (
        <LazyPart fallback={null}>
          <SettingsPopover lang={lang} onBasemap={setBasemapStyle} />
        </LazyPart>
      )}
    </div>
  );
}
