/** The settings popover: the optional online basemap (off by default) and the 天地图 key. */
import { useId } from 'react';
import { updateSettings, useSettings, validTiandituKey, type BasemapId } from '../../state/settings';
import { useT } from '../../state/ui';

const CHOICES: readonly BasemapId[] = ['none', 'osm', 'tianditu'];

/** The panel; `onClose` hides it. */
export default function SettingsPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const id = useId();
  const basemap = useSettings((s) => s.basemap);
  const key = useSettings((s) => s.tiandituKey);
  const problem = useSettings((s) => s.problem);
  return (
    <section className="settings-panel" role="dialog" aria-labelledby={`${id}-title`} data-testid="settings-panel">
      <div className="settings-head">
        <h2 id={`${id}-title`}>{t('settings.title')}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('details.close')}>×</button>
      </div>
      <fieldset>
        <legend>{t('settings.basemap')}</legend>
        <p className="settings-note">{t('settings.online')}</p>
        {CHOICES.map((choice) => (
          <label key={choice} className="settings-choice">
            <input type="radio" name={`${id}-basemap`} value={choice} checked={basemap === choice}
              onChange={() => updateSettings({ basemap: choice })} data-testid={`basemap-${choice}`} />
            {t(`settings.${choice}`)}
          </label>
        ))}
        {basemap === 'tianditu' && (
          <label className="settings-key">
            {t('settings.key')}
            <input type="password" autoComplete="off" spellCheck={false} defaultValue={key}
              onChange={(e) => updateSettings({ tiandituKey: e.target.value })} data-testid="tianditu-key" />
            <span className="settings-note">{validTiandituKey(key) ? t('settings.keyHint') : t('settings.keyMissing')}</span>
          </label>
        )}
      </fieldset>
      {problem && <p className="settings-problem" role="alert">{t('settings.problem', { message: problem })}</p>}
    </section>
  );
}
