/**
 * The settings popover's elements. It receives React's `createElement` from the settings button
 * instead of importing React, so this lazily loaded code forms a leaf chunk that leaves the
 * start-up chunks as they are (a lazy chunk importing React would split the shared start-up chunk).
 */
import type { createElement as CreateElement, ReactElement } from 'react';
import type { Lang } from '../../i18n/strings';
import { SETTINGS_STRINGS } from './strings';
import type { BasemapStyle } from '../../map/style/basemap';
import { current, saveSettings, type BasemapId, type Settings } from './settingsCore';

const CHOICES: readonly BasemapId[] = ['none', 'osm', 'tianditu'];

/** What the popover calls. */
export interface PopoverProps {
  lang: Lang;
  /** Receives the basemap style piece after each change. */
  onBasemap: (style: BasemapStyle | null) => void;
  /** Re-renders the popover after each change. */
  changed: () => void;
}

const id = 'settings-basemap';

/** The popover: the online basemap choice (off by default), the 天地图 key, and any storage problem. */
export function settingsPopover(h: typeof CreateElement, { lang, onBasemap, changed }: PopoverProps): ReactElement {
  const { settings, problem } = current;
  const s = SETTINGS_STRINGS[lang];
  const update = (change: Partial<Settings>) => {
    onBasemap(saveSettings({ ...current.settings, ...change }).basemap);
    changed();
  };
  const choice = (c: BasemapId) => h('label', { key: c, className: 'settings-choice' },
    h('input', { type: 'radio', name: id, checked: settings.basemap === c, onChange: () => update({ basemap: c }), 'data-testid': `basemap-${c}` }),
    s[c]);
  const key = settings.basemap === 'tianditu' && h('label', { className: 'settings-key' }, s.key,
    h('input', {
      type: 'password', autoComplete: 'off', defaultValue: settings.tiandituKey, 'data-testid': 'tianditu-key',
      onChange: (e: { target: { value: string } }) => update({ tiandituKey: e.target.value }),
    }));
  return h('section', { className: 'settings-panel', role: 'dialog', 'aria-labelledby': id, 'data-testid': 'settings-panel' },
    h('h2', { id }, s.basemap),
    h('p', { className: 'settings-note' }, s.online),
    ...CHOICES.map(choice),
    key,
    problem && h('p', { className: 'settings-problem', role: 'alert' }, s.problem + problem));
}
