import { planIndexOf } from '../../explore/derived';
import { STATUSES } from '../../geo/types';
import { THEMES } from '../../plan/types';
import { useData } from '../../state/data';
import { setFilter, useExplore } from '../../state/explore';
import { useT, useUi } from '../../state/ui';
import type { Filters } from '../../types/domain';

/** One labelled select bound to a filter key. */
function Select({ label, name, options }: { label: string; name: keyof Filters; options: { value: string; label: string }[] }) {
  const t = useT();
  const value = useExplore((s) => s.filters[name]) ?? '';
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => setFilter(name, e.target.value || undefined)} data-testid={`filter-${name}`}>
        <option value="">{t('filter.all')}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

/** Filters shared by the task and indicator tables: document, theme, status, lead unit, year. */
export function FilterBar() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const model = useData((s) => s.model);
  const any = useExplore((s) => Object.keys(s.filters).length > 0);
  if (!model) return null;
  const index = planIndexOf(model);
  const years = [...new Set(model.indicators.map((i) => i.targetYear).filter((y): y is number => y !== null))].sort();
  return (
    <div className="filter-bar" role="group" aria-label={t('filter.all')}>
      <Select label={t('filter.document')} name="documentId" options={model.documents.map((d) => ({ value: d.id, label: lang === 'zh' ? d.area.split(' ')[0] ?? d.id : d.id }))} />
      <Select label={t('filter.theme')} name="theme" options={THEMES.map((th) => ({ value: th, label: t(`theme.${th}`) }))} />
      <Select label={t('filter.status')} name="status" options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      <Select label={t('filter.lead')} name="lead" options={index.leadUnits.map((u) => ({ value: u, label: u }))} />
      <Select label={t('filter.year')} name="year" options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      {any && (
        <button type="button" className="clear" onClick={() => (['documentId', 'theme', 'status', 'lead', 'year'] as const).forEach((k) => setFilter(k, undefined))}>
          {t('filter.clear')}
        </button>
      )}
    </div>
  );
}
