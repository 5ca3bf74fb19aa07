/**
 * The 设置/Settings button over the map; the panel itself loads on first open (it is not part of
 * the start-up bundle).
 */
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../state/ui';
import './settings.css';

const SettingsPanel = lazy(() => import('./SettingsPanel'));

/** Opens and closes the settings popover. */
export function SettingsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="settings-wrap">
      <button type="button" className="settings-button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="settings-open">
        {t('settings.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SettingsPanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
