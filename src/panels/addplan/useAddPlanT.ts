/** The add-plan strings in the UI language (both tables ship with the dialog's lazy chunk). */
import { addplanZh, type AddPlanKey } from '../../i18n/addplan';
import { addplanEn } from '../../i18n/en/addplan';
import { useUi } from '../../state/ui';

/** Translates an add-plan key with `{param}` substitution. */
export function translateAddPlan(lang: 'zh' | 'en', key: AddPlanKey, params?: Record<string, string | number>): string {
  const template = lang === 'en' ? addplanEn[key] : addplanZh[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** The translator of the current language. */
export function useAddPlanT(): (key: AddPlanKey, params?: Record<string, string | number>) => string {
  const lang = useUi((s) => s.lang);
  return (key, params) => translateAddPlan(lang, key, params);
}
