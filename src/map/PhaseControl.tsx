import { setCompare, setPhase, useExplore } from '../state/explore';
import { useT } from '../state/ui';
import { PHASES, type Phase } from '../types/domain';

/** Phase view switch over the map: existing / by 2022 / by 2025 / by 2035 / all. */
export function PhaseControl() {
  const t = useT();
  const phase = useExplore((s) => s.phase);
  const compare = useExplore((s) => s.compare);
  return (
    <div className="phase-control" role="radiogroup" aria-label={t('phase.label')} data-testid="phase-control">
      <span className="label">{t('phase.label')}</span>
      {PHASES.map((p) => (
        <button key={p} type="button" role="radio" aria-checked={phase === p} className={phase === p ? 'active' : ''}
          onClick={() => setPhase(p)} data-testid={`phase-${p}`}>
          {t(`phase.${p}`)}
        </button>
      ))}
      <label className="compare-select">
        <span>{t('compare.label')}</span>
        <select value={compare ?? ''} onChange={(e) => setCompare((e.target.value || null) as Phase | null)} data-testid="compare-select">
          <option value="">{t('compare.off')}</option>
          {PHASES.map((p) => <option key={p} value={p}>{t(`phase.${p}`)}</option>)}
        </select>
      </label>
    </div>
  );
}
