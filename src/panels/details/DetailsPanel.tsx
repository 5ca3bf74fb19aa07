import { lazy, useMemo } from 'react';
import { displayName, indexFeatures } from '../../geo/lookup';
import { isImportedSource, type CountyProps, type PlanFeature } from '../../geo/types';
import { useData } from '../../state/data';
import { selectFeature, useSelection } from '../../state/selection';
import { useT, useUi } from '../../state/ui';
import { LinkedTasks } from './LinkedTasks';
import { StationList, TownFacts, TownSiteLine } from './TownFacts';
import { LazyPart } from '../LazyPart';

// Loaded on first use: one chunk for both.
const NoteEditor = lazy(() => import('./extras').then((m) => ({ default: m.NoteEditor })));
const ImportedDetails = lazy(() => import('./extras').then((m) => ({ default: m.ImportedDetails })));

/** The right panel: what the selected feature is and how its geometry was obtained. */
export function DetailsPanel() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const selected = useSelection((s) => s.selected);
  const collections = useData((s) => s.collections);
  const index = useMemo(() => indexFeatures(collections), [collections]);
  // Plan features drawn on a town seat, by town id: the plan's own feature for a town ("摩尼镇").
  const twins = useMemo(() => {
    const out = new Map<string, PlanFeature>();
    for (const layer of ['places', 'parks'] as const) {
      for (const f of collections[layer]?.features ?? []) {
        const placement = (f.properties as { placement?: string }).placement;
        if (f.properties.townId && placement === 'town-seat') out.set(f.properties.townId, f);
      }
    }
    return out;
  }, [collections]);
  const entry = selected ? index.get(selected.id) : undefined;

  if (selected && isImportedSource(selected.layer)) {
    return <LazyPart fallback={null}><ImportedDetails featureId={selected.id} /></LazyPart>;
  }

  if (!entry) {
    return (
      <div className="details" data-testid="details-panel">
        <p className="empty">{t('details.empty')}</p>
      </div>
    );
  }
  const p = entry.feature.properties;
  const county = p.countyId ? index.get(p.countyId)?.feature.properties : undefined;
  const via = (p.via ?? []).map((id) => {
    const node = index.get(id)?.feature.properties;
    return node ? displayName(node, lang) : id;
  });
  const area = (p as Partial<CountyProps>).areaKm2;
  const isTown = entry.layer === 'towns';
  const twin = isTown ? twins.get(p.id) : undefined;
  const town = p.townId ? index.get(p.townId)?.feature : undefined;
  return (
    <div className="details" data-testid="details-panel">
      <div className="details-head">
        <h2 data-testid="details-name">{displayName(p, lang)}</h2>
        <button type="button" className="close" onClick={() => selectFeature(null)} aria-label={t('details.close')}>×</button>
      </div>
      <dl className="facts">
        <dt>{t('details.kind')}</dt>
        <dd>{t(`layer.${entry.layer}`)} · {p.kind}</dd>
        {p.status && (<><dt>{t('details.status')}</dt><dd data-testid="details-status">{t(`status.${p.status}`)}{p.statusEvidence ? ` («${p.statusEvidence}»)` : ''}</dd></>)}
        {county && (<><dt>{t('details.county')}</dt><dd>{displayName(county, lang)}</dd></>)}
        {area !== undefined && (<><dt /><dd>{t('details.area', { km2: area.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}</dd></>)}
        {isTown && <TownFacts props={p} twin={twin} />}
        <dt>{t('details.geometry')}</dt>
        <dd data-testid="details-geometry" className={`geometry ${p.geometrySource}`}>
          {t(`geometry.${p.geometrySource}`)}
          {p.uncertaintyKm !== undefined && !town && <div>{t('details.uncertainty', { km: p.uncertaintyKm })}</div>}
          <TownSiteLine props={p} town={town} />
          {via.length > 0 && <div>{t('details.via', { nodes: via.join(' — ') })}</div>}
          <StationList props={p} />
        </dd>
        <dt>{t('details.source')}</dt>
        <dd className="source">{p.source}</dd>
      </dl>
      {p.planText && (
        <figure className="quote">
          <figcaption>{t('details.planText')}</figcaption>
          <blockquote>{p.planText}</blockquote>
        </figure>
      )}
      <LazyPart fallback={null}><NoteEditor featureId={p.id} /></LazyPart>
      <LinkedTasks featureId={twin?.id ?? p.id} countyId={entry.layer === 'counties' ? p.id : undefined} />
    </div>
  );
}
