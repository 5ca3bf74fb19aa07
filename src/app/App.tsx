import { useEffect } from 'react';
import { MapView } from '../map/MapView';
import { DetailsPanel } from '../panels/details/DetailsPanel';
import { LayerPanel } from '../panels/layers/LayerPanel';
import { startLoading, useData } from '../state/data';
import { translate } from '../i18n/strings';
import { useT, useUi } from '../state/ui';
import { TopBar } from './TopBar';

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

/** The shell: top bar, layers on the left, map in the middle, details on the right. */
export function App() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const status = useData((s) => s.status);
  useEffect(startLoading, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'app.title');
  }, [lang]);
  return (
    <div className="app" data-testid="app" data-lang={lang}>
      <TopBar />
      <LayerPanel />
      <main className="center" aria-label={t('app.title')}>
        {status === 'loading' && <div className="loading">{t('data.loading')}</div>}
        {status !== 'loading' && <MapView />}
        <DataProblems />
      </main>
      <DetailsPanel />
    </div>
  );
}
