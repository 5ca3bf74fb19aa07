import { pathLengthKm, polygonAreaKm2, type MeasureMode } from '../geo/measure';
import { setMeasureMode, undoMeasurePoint, useMeasure } from '../state/measure';
import { useT, useUi } from '../state/ui';

const fmt = (n: number, lang: 'zh' | 'en') => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: n < 10 ? 2 : 1 });

/** Measure tool: distance along a clicked path, area of a clicked polygon. */
export function MeasureControl() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const mode = useMeasure((s) => s.mode);
  const points = useMeasure((s) => s.points);
  const toggle = (m: MeasureMode) => setMeasureMode(mode === m ? null : m);
  return (
    <div className="measure-control" role="group" aria-label={t('measure.label')} data-testid="measure-control">
      <button type="button" aria-pressed={mode === 'distance'} onClick={() => toggle('distance')} data-testid="measure-distance">
        {t('measure.distance')}
      </button>
      <button type="button" aria-pressed={mode === 'area'} onClick={() => toggle('area')} data-testid="measure-area">
        {t('measure.area')}
      </button>
      {mode && (
        <div className="measure-result" role="status" data-testid="measure-result">
          {points.length === 0 && t('measure.hint')}
          {points.length > 0 && mode === 'distance' && t('measure.km', { v: fmt(pathLengthKm(points), lang) })}
          {points.length > 0 && mode === 'area' && t('measure.km2', { v: fmt(polygonAreaKm2(points), lang) })}
          {points.length > 0 && <button type="button" onClick={undoMeasurePoint}>{t('measure.undo')}</button>}
          <button type="button" onClick={() => setMeasureMode(null)}>{t('measure.done')}</button>
        </div>
      )}
    </div>
  );
}
