/**
 * The 设置/Settings button over the map. The settings code (parsing, storage, basemap sources and
 * the popover's elements) loads on first open, or at start-up only when settings were stored.
 */
import { createElement, useEffect, useReducer, useState } from 'react';
import { setBasemapStyle, settingsStored } from '../../state/settings';
import { useT, useUi } from '../../state/ui';
import './settings.css';

type Core = typeof import('./settingsCore');

/** Opens and closes the settings popover. */
export function SettingsButton() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const [open, setOpen] = useState(false);
  const [core, setCore] = useState<Core | null>(null);
  const [, changed] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (core || !(open || settingsStored())) return;
    void import('./settingsCore').then((m) => {
      setBasemapStyle(m.loadSettings().basemap);
      setCore(m);
    });
  }, [open, core]);
  return (
    <div className="settings-wrap">
      <button type="button" className="settings-button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="settings-open">
        {t('settings.open')}
      </button>
      {open && core?.settingsPopover(createElement, { lang, onBasemap: setBasemapStyle, changed })}
    </div>
  );
}
