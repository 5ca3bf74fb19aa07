/** Links to the printable county briefing sheets (`?brief=<adcode>`), opened in a new tab. */
import { displayName } from '../../geo/lookup';
import { PLAN_COUNTY_ADCODES } from '../../geo/types';
import { useData } from '../../state/data';
import { useSelection } from '../../state/selection';
import { useT, useUi } from '../../state/ui';

/** The URL of a county's sheet in the current language. */
export function briefingHref(adcode: string, lang: 'zh' | 'en'): string {
  return `?brief=${adcode}${lang === 'en' ? '&lang=en' : ''}`;
}

/** All 13 plan counties' sheets. */
export function BriefingLinks() {
  const lang = useUi((s) => s.lang);
  const counties = useData((s) => s.collections.counties);
  const byId = new Map((counties?.features ?? []).map((f) => [f.id, f.properties]));
  return (
    <ul className="brief-links" data-testid="brief-links">
      {PLAN_COUNTY_ADCODES.map((id) => {
        const props = byId.get(id);
        return (
          <li key={id}>
            <a href={briefingHref(id, lang)} target="_blank" rel="noopener" data-testid="brief-link">{props ? displayName(props, lang) : id}</a>
          </li>
        );
      })}
    </ul>
  );
}

/** The sheet of the selected feature when it is a plan county (shown in its details). */
export function BriefingLink() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const selected = useSelection((s) => s.selected);
  const counties = useData((s) => s.collections.counties);
  if (selected?.layer !== 'counties' || !PLAN_COUNTY_ADCODES.includes(selected.id)) return null;
  const props = counties?.features.find((f) => f.id === selected.id)?.properties;
  const name = props ? displayName(props, lang) : selected.id;
  return (
    <a className="brief-link" href={briefingHref(selected.id, lang)} target="_blank" rel="noopener" data-testid="details-brief-link">
      📄 {t('present.openBriefing', { name })}
    </a>
  );
}
