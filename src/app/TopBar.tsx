import { SearchBox } from '../panels/search/SearchBox';
import { toggleLang, useT } from '../state/ui';
import { AddPlanButton } from '../panels/addplan/AddPlanButton';

/** Title, search box, adding a plan and the language switch. */
export function TopBar() {
  const t = useT();
  return (
    <header className="topbar" data-testid="topbar">
      <div className="brand">
        <h1 data-testid="app-title">{t('app.title')}</h1>
        <span className="subtitle">{t('app.subtitle')}</span>
      </div>
      <form className="search" role="search" onSubmit={(e) => e.preventDefault()}>
        <SearchBox />
      </form>
      <AddPlanButton />
      <button type="button" className="lang-switch" onClick={toggleLang} aria-label={t('lang.switchLabel')} data-testid="lang-switch">
        {t('lang.switch')}
      </button>
    </header>
  );
}
