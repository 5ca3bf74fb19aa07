/**
 * A county's printable briefing sheet (`?brief=<adcode>`, A4 via `@page`): the county and the plans
 * that cover it, a map of the county and its features, the tasks linked to it grouped by document with
 * their lead units, and the indicators of those tasks.
 */
import { useEffect, useMemo } from 'react';
import { displayName } from '../geo/lookup';
import { PLAN_COUNTY_ADCODES, type CountyProps, type LayerId, type PlanFeature } from '../geo/types';
import { calloutText, toCallout } from '../present/callouts';
import { briefingFor, type BriefFeature, type Briefing } from '../present/briefing';
import { startLoading, useData } from '../state/data';
import { setLang, useT, useUi } from '../state/ui';
import { translate } from '../i18n/strings';
import { BriefingMap } from './BriefingMap';
import { BriefTasks } from './BriefTasks';
import './briefing.css';

const FEATURE_LAYERS: readonly LayerId[] = ['parks', 'places', 'seats', 'corridors', 'railways', 'highways'];

function localDate(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function OtherCounties({ current }: { current: string }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const counties = useData((s) => s.collections.counties);
  return (
    <nav className="brief-others no-print" aria-label={t('brief.others')}>
      <span>{t('brief.others')}：</span>
      {PLAN_COUNTY_ADCODES.filter((id) => id !== current).map((id) => {
        const props = counties?.features.find((f) => f.id === id)?.properties;
        return <a key={id} href={`?brief=${id}${lang === 'en' ? '&lang=en' : ''}`}>{props ? displayName(props, lang) : id}</a>;
      })}
    </nav>
  );
}

function Indicators({ briefing }: { briefing: Briefing }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  if (briefing.indicators.length === 0) return <p className="empty">{t('brief.noIndicators')}</p>;
  return (
    <table className="brief-table" data-testid="brief-indicators">
      <thead>
        <tr><th>{t('indicator.name')}</th><th>{t('indicator.value')}</th><th>{t('indicator.year')}</th><th>{t('indicator.task')}</th><th>{t('brief.local')}</th></tr>
      </thead>
      <tbody>
        {briefing.indicators.map(({ indicator, taskTitle, local }) => {
          const c = toCallout(indicator, lang);
          return (
            <tr key={indicator.id} title={calloutText(c)}>
              <td>{indicator.name}</td>
              <td className="num">{c.qualifier} <strong>{c.value}</strong> {c.unit}</td>
              <td>{c.when}</td>
              <td>{taskTitle}</td>
              <td className="center">{local ? '●' : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The sheet for one county. */
export function BriefingPage({ adcode }: { adcode: string }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const status = useData((s) => s.status);
  const model = useData((s) => s.model);
  const collections = useData((s) => s.collections);

  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('lang') === 'en') setLang('en');
    startLoading();
  }, []);
  const county = collections.counties?.features.find((f) => f.id === adcode) as PlanFeature<CountyProps> | undefined;
  const features = useMemo<BriefFeature[]>(() => FEATURE_LAYERS.flatMap((layer) => (collections[layer]?.features ?? []).map((f) => ({
    id: f.properties.id, layer, name: displayName(f.properties, lang), countyId: f.properties.countyId,
  }))), [collections, lang]);
  const briefing = useMemo(() => (model && county ? briefingFor(model, features, adcode) : null), [model, county, features, adcode]);
  const name = county ? displayName(county.properties, lang) : adcode;
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'brief.title', { name });
  }, [lang, name]);

  if (status === 'loading') return <main className="brief"><p>{t('brief.loading')}</p></main>;
  if (!county || !PLAN_COUNTY_ADCODES.includes(adcode) || !briefing) {
    return (
      <main className="brief" data-testid="brief-page">
        <p role="alert">{t('brief.unknown', { id: adcode })}</p>
        <OtherCounties current={adcode} />
      </main>
    );
  }
  const p = county.properties;
  const docs = briefing.documents.map((d) => `《${d.document.title}》（${d.document.date}）`).join('；');
  const taskCount = briefing.documents.reduce((n, d) => n + d.tasks.length, 0);
  return (
    <main className="brief" data-testid="brief-page" data-county={adcode}>
      <div className="brief-toolbar no-print">
        <a href={`./${lang === 'en' ? '?lang=en' : ''}`}>← {t('brief.back')}</a>
        <button type="button" onClick={() => window.print()}>{t('brief.print')}</button>
      </div>
      <header className="brief-head">
        <h1 data-testid="brief-title">{t('brief.title', { name })}</h1>
        <p className="brief-sub">{t('brief.subtitle', { prefecture: p.prefecture, province: p.province, km2: Math.round(p.areaKm2).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}</p>
        <p className="brief-docs">{t('brief.docs', { docs })}</p>
      </header>
      <BriefingMap county={county} features={briefing.features} />
      {briefing.features.length > 0 && (
        <section className="brief-features">
          <h2>{t('brief.features', { n: briefing.features.length })}</h2>
          <p>{FEATURE_LAYERS.map((layer) => {
            const names = briefing.features.filter((f) => f.layer === layer).map((f) => f.name);
            return names.length > 0 ? `${t(`layer.${layer}`)}：${names.join('、')}` : '';
          }).filter(Boolean).join('；')}</p>
        </section>
      )}
      <section>
        <h2>{t('brief.tasks', { n: taskCount })}</h2>
        <BriefTasks briefing={briefing} />
      </section>
      <section>
        <h2>{t('brief.indicators', { n: briefing.indicators.length })}</h2>
        <Indicators briefing={briefing} />
      </section>
      <footer className="brief-foot">{t('brief.footer', { date: localDate() })}</footer>
      <OtherCounties current={adcode} />
    </main>
  );
}
