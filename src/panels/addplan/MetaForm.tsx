/** The metadata form of an added document: title, issuer, date, area and counties (prefilled with guesses). */
import type { AddedMeta } from '../../plan/addDocument';
import type { CountyChoice } from '../../plan/guess';
import { useAddPlanT } from './useAddPlanT';

interface Props {
  meta: AddedMeta;
  file: { name: string; format: string; chars: number };
  counties: readonly CountyChoice[];
  onChange: (meta: AddedMeta) => void;
  onNext: () => void;
  onCancel: () => void;
}

/** Metadata form. */
export function MetaForm({ meta, file, counties, onChange, onNext, onCancel }: Props) {
  const t = useAddPlanT();
  const set = (change: Partial<AddedMeta>) => onChange({ ...meta, ...change });
  const toggle = (id: string) => set({ areaCounties: meta.areaCounties.includes(id) ? meta.areaCounties.filter((c) => c !== id) : [...meta.areaCounties, id] });
  const missing = meta.title.trim() === '';
  return (
    <form className="addplan-meta" data-testid="addplan-meta" onSubmit={(e) => { e.preventDefault(); if (!missing) onNext(); }}>
      <h3>{t('addplan.meta.heading')}</h3>
      <p className="hint">{t('addplan.meta.file', file)} {t('addplan.meta.guessed')}</p>
      <label>{t('addplan.meta.title')}<input value={meta.title} onChange={(e) => set({ title: e.target.value })} data-testid="addplan-title" /></label>
      <label>{t('addplan.meta.issuer')}<input value={meta.issuer} onChange={(e) => set({ issuer: e.target.value })} data-testid="addplan-issuer" /></label>
      <label>{t('addplan.meta.date')}<input value={meta.date} placeholder="YYYY-MM-DD" onChange={(e) => set({ date: e.target.value })} data-testid="addplan-date" /></label>
      <label>{t('addplan.meta.area')}<input value={meta.area} onChange={(e) => set({ area: e.target.value })} data-testid="addplan-area" /></label>
      <fieldset className="addplan-counties">
        <legend>{t('addplan.meta.counties')}</legend>
        {counties.map((c) => (
          <label key={c.id} className="county">
            <input type="checkbox" checked={meta.areaCounties.includes(c.id)} onChange={() => toggle(c.id)} data-testid="addplan-county" data-id={c.id} />
            {c.name}
          </label>
        ))}
      </fieldset>
      {missing && <p className="error" role="alert">{t('addplan.meta.required')}</p>}
      <div className="actions">
        <button type="button" onClick={onCancel}>{t('addplan.cancel')}</button>
        <button type="submit" className="primary" disabled={missing} data-testid="addplan-next">{t('addplan.meta.next')}</button>
      </div>
    </form>
  );
}
