import { lazy, useEffect, useState } from 'react';
import { MapView } from '../map/MapView';
import { MeasureControl } from '../map/MeasureControl';
import { PhaseControl } from '../map/PhaseControl';
import { SwipeCompare } from '../map/SwipeCompare';
import { RightPanel } from '../panels/RightPanel';
import { useExplore } from '../state/explore';
import { LayerPanel } from '../panels/layers/LayerPanel';
import { startLoading, useData } from '../state/data';
import { translate } from '../i18n/strings';
import { setUrlNotices, useT, useUi } from '../state/ui';
import { startUrlSync } from '../state/urlSync';
import { TopBar } from './TopBar';
import { briefParam } from '../present/briefParam';
import { SettingsButton } from '../panels/settings/SettingsButton';
import { LazyPart } from '../panels/LazyPart';

/** Problems found while loading data, listed so nothing is lost silently. */
function DataProblems() {
  const t = useT();
  const problems = useData((s) => s.problems);
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="data-problems">
      {problems.map((p, i) => (
        <div key={i}>{t('data.error', { message: `${p.layer}${p.featureId ? ` / ${p.featureId}` : ''}: ${p.message}` })}</div>
      ))}
    </div>
  );
}

/** Ignored URL parameters, with a dismiss button. */
function UrlNotices() {
  const t = useT();
  const notices = useUi((s) => s.urlNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice url" role="status" data-testid="url-notice">
      {t('url.ignored', { list: notices.join(', ') })}
      <button type="button" className="close" onClick={() => setUrlNotices([])} aria-label={t('details.close')}>×</button>
    </div>
  );
}

// The presentation feature (deck boot, presenter overlay) loads when a scene link or the present tab asks for it.
const PresentRoot = lazy(() => import('../panels/present/PresentRoot'));
const wantsPresentAtStart = /[?&]scene=/.test(window.location.search);

// The printable county briefing is its own page; its code loads only there.
const BriefingPage = lazy(() => import('../briefing/BriefingPage').then((m) => ({ default: m.BriefingPage })));

/** The shell: top bar, layers on the left, map in the middle, details on the right. */
function Shell() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const status = useData((s) => s.status);
  const panel = useExplore((s) => s.panel);
  // Without a map (no WebGL) the map-only controls are left out; the panels keep working.
  const mapOk = useUi((s) => s.mapError === null);
  useEffect(startLoading, []);
  useEffect(() => (status === 'ready' ? startUrlSync(setUrlNotices) : undefined), [status]);
  const presentOpen = useExplore((s) => s.panel === 'present');
  const [present, setPresent] = useState(wantsPresentAtStart);
  if (presentOpen && !present) setPresent(true); // latch: once loaded, the presentation stays mounted
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'app.title');
  }, [lang]);
  return (
    <div className="app" data-testid="app" data-lang={lang} data-panel={panel}>
      <TopBar />
      <LayerPanel />
      <main className="center" aria-label={t('app.title')}>
        <MapView />
        {status === 'loading' && <div className="loading">{t('data.loading')}</div>}
        {status === 'ready' && mapOk && (
          <>
            <SwipeCompare />
            <PhaseControl />
            <MeasureControl />
            <SettingsButton />
          </>
        )}
        <DataProblems />
        <UrlNotices />
        {status === 'ready' && present && (
          <LazyPart fallback={null}>
            <PresentRoot />
          </LazyPart>
        )}
      </main>
      <RightPanel />
    </div>
  );
}

/** The app, or a county briefing sheet when the URL asks for one (`?brief=<adcode>`). */
export function App() {
  const brief = briefParam(window.location.search);
  if (!brief) return <Shell />;
  return (
    <LazyPart fallback={null}>
      <BriefingPage adcode={brief} />
    </LazyPart>
  );
}
