import { create } from 'zustand';
import { langLoaded, loadLang, translate, type Lang, type StringKey } from '../i18n/strings';

/** UI preferences: language. */
export interface UiState {
  lang: Lang;
  /** Why the map cannot be shown (e.g. no WebGL), or null. */
  mapError: string | null;
  /** URL parameters that were ignored, shown until dismissed. */
  urlNotices: readonly string[];
}

/** Pure updater: the other language. */
export function toggledLang<S extends Pick<UiState, 'lang'>>(state: S): S {
  return { ...state, lang: state.lang === 'zh' ? 'en' : 'zh' };
}

export const useUi = create<UiState>(() => ({ lang: 'zh', mapError: null, urlNotices: [] }));

/** Shows (or clears, with []) the notice about ignored URL parameters. */
export function setUrlNotices(notices: readonly string[]): void {
  useUi.setState({ urlNotices: notices });
}

/** Records that the map failed (shown instead of the map; the panels keep working). */
export function setMapError(message: string | null): void {
  useUi.setState({ mapError: message });
}

let wanted: Lang = 'zh';

/**
 * Switches the UI language once its strings are loaded (English comes in its own chunk); the last
 * request wins. A failed load keeps the current language and says so in the console.
 */
export function setLang(lang: Lang): void {
  wanted = lang;
  if (langLoaded(lang)) {
    useUi.setState((s) => (s.lang === lang ? s : { ...s, lang }));
    return;
  }
  loadLang(lang).then(
    () => {
      if (wanted === lang) useUi.setState({ lang });
    },
    (error: unknown) => console.error(`The ${lang} strings could not be loaded:`, error),
  );
}

/** The language last asked for (the UI shows it once its strings are loaded). */
export function requestedLang(): Lang {
  return wanted;
}

/** Switches zh ⇄ en. */
export function toggleLang(): void {
  setLang(toggledLang({ lang: wanted }).lang);
}

/** A translator bound to the current language; re-renders only when the language changes. */
export function useT(): (key: StringKey, params?: Record<string, string | number>) => string {
  const lang = useUi((s) => s.lang);
  return (key, params) => translate(lang, key, params);
}
