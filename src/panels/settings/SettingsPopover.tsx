/**
 * The settings popover: the online basemap choice (off by default), the 天地图 key, and any problem
 * reading stored settings. Loaded with the settings code on first open.
 */
import { useState } from 'react';
import type { Lang } from '../../i18n/strings';
import type { BasemapStyle } from '../../map/style/basemap';
import { SETTINGS_STRINGS } from './strings';
import { loadSettings, saveSettings, type BasemapId, type Settings } from './settingsCore';

const CHOICES: readonly BasemapId[] = ['none', 'osm', 'tianditu'];
const HEADING_ID = 'settings-basemap';

export interface PopoverProps {
  lang: Lang;
  /** Receives the basemap style piece after each change. */
  onBasemap: (style: BasemapStyle | null) => void;
}

export function SettingsPopover({ lang, onBasemap }: PopoverProps) {
  const [{ settings, problem }, setResult] = useState(loadSettings);
  const s = SETTINGS_STRINGS[lang];
  const update = (change: Partial<Settings>) => {
    const next = saveSettings({ ...settings, ...change });
    setResult(next);
    onBasemap(next.basemap);
  };
  return (
    <section className="settings-panel" role="dialog" aria-labelledby={HEADING_ID} data-testid="settings-panel">
      <h2 id={HEADING_ID}>{s.basemap}</h2>
      <p className="settings-note">{s.online}</p>
      {CHOICES.map((c) => (
        <label key={c} className="settings-choice">
          <input type="radio" name={HEADING_ID} checked={settings.basemap === c} onChange={() => update({ basemap: c })} data-testid={`basemap-${c}`} />
          {s[c]}
        </label>
      ))}
      {settings.basemap === 'tianditu' && (
        <label className="settings-key">
          {s.key}
          <input type="password" autoComplete="off" defaultValue={settings.tiandituKey} data-testid="tianditu-key"
            onChange={(e) => update({ tiandituKey: e.target.value })} />
        </label>
      )}
      {problem && <p className="settings-problem" role="alert">{s.problem + problem}</p>}
    </section>
  );
}

export default SettingsPopover;
