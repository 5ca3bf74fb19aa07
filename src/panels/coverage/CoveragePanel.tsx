import { useState } from 'react';
import { openFeature } from '../../state/actions';
import { MEASURE_KINDS, RAMP, type MeasureKind } from '../../explore/choropleth';
import { featureIndexOf, planIndexOf } from '../../explore/derived';
import { useCoverageData } from '../../state/useCoverageData';
import { displayName } from '../../geo/lookup';
import { THEMES, type Theme } from '../../plan/types';
import { useCoverage, setMeasure } from '../../state/coverage';
import { useData } from '../../state/data';
import { useT, useUi } from '../../state/ui';
import { CellDetail } from './CellDetail';
import { CoverageMatrix } from './CoverageMatrix';
import { runExport, type ExportKind } from './exports';
import { useChoroplethClasses } from '../../state/useChoropleth';
import { Gaps } from './Gaps';
import { ImportedCoverage } from './ImportedCoverage';
import { errorText } from '../../util/json';

const EXPORTS: readonly ExportKind[] = ['xlsx', 'csvMatrix', 'csvMetrics', 'csvTasks', 'csvIndicators', 'geojson'];

/** The class legend of the choropleth. */
function ClassLegend() {
  const t = useT();
  const classes = useChoroplethClasses();
  if (!classes) return null;
  const { breaks, values } = classes;
  const step = breaks.length > 1 ? (RAMP.length - 1) / (breaks.length - 1) : 1;
  const integers = [...values.values()].every(Number.isInteger);
  const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  const range = (lower: number, upper: number) => {
    if (!integers) return `> ${fmt(lower)} – ${fmt(upper)}`;
    return lower + 1 === upper ? fmt(upper) : `${fmt(lower + 1)} – ${fmt(upper)}`;
  };
  return (
    <ul className="class-legend" aria-label={t('coverage.legend')} data-testid="class-legend">
      <li><span className="swatch" style={{ background: RAMP[0] }} />{t('coverage.zero')}</li>
      {breaks.slice(1).map((b, i) => (
        <li key={b}><span className="swatch" style={{ background: RAMP[Math.round((i + 1) * step)] }} />{range(breaks[i] as number, b)}</li>
      ))}
    </ul>
  );
}

/** The coverage view: measure picker and legend, the county × theme matrix, the open cell, gaps, exports. */
export function CoveragePanel() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const model = useData((s) => s.model);
  const collections = useData((s) => s.collections);
  const measure = useCoverage((s) => s.measure);
  const cell = useCoverage((s) => s.cell);
  const data = useCoverageData(true);
  const [error, setError] = useState<string | null>(null);
  if (!model || !data) return null;
  const features = featureIndexOf(collections);
  const labels = {
    county: (id: string) => {
      const f = features.get(id)?.feature.properties;
      return f ? displayName(f, lang) : id;
    },
    theme: (theme: Theme) => t(`theme.${theme}`),
  };
  const onExport = (kind: ExportKind) => {
    setError(null);
    runExport(kind, model, data, labels).catch((e: unknown) => setError(errorText(e)));
  };
  return (
    <div className="coverage" data-testid="coverage-panel">
      <div className="measure-bar">
        <label>
          <span>{t('coverage.measure')}</span>
          <select value={measure.kind} onChange={(e) => setMeasure({ ...measure, kind: e.target.value as MeasureKind })} data-testid="coverage-measure">
            {MEASURE_KINDS.map((k) => <option key={k} value={k}>{t(`measure.${k}`)}</option>)}
          </select>
        </label>
        {(measure.kind === 'tasks-named' || measure.kind === 'tasks-spatial' || measure.kind === 'indicators-named') && (
          <label>
            <span>{t('coverage.theme')}</span>
            <select value={measure.theme ?? ''} onChange={(e) => setMeasure({ ...measure, theme: (e.target.value || undefined) as Theme | undefined })} data-testid="coverage-theme">
              <option value="">{t('coverage.allThemes')}</option>
              {THEMES.map((th) => <option key={th} value={th}>{t(`theme.${th}`)}</option>)}
            </select>
          </label>
        )}
      </div>
      <ClassLegend />
      <p className="note">{t('coverage.note')}</p>
      <CoverageMatrix matrix={data.matrix} labels={labels} />
      {cell && <CellDetail cell={cell} matrix={data.matrix} labels={labels} index={planIndexOf(model)} />}
      <ImportedCoverage metrics={data.metrics} importedIds={data.importedIds} labels={labels} onFeature={openFeature} />
      <Gaps gaps={data.gaps} labels={labels} onFeature={openFeature} />
      <section className="exports">
        <h3>{t('coverage.export')}</h3>
        <div className="export-buttons">
          {EXPORTS.map((k) => <button key={k} type="button" onClick={() => onExport(k)} data-testid={`export-${k}`}>{t(`coverage.${k}`)}</button>)}
        </div>
        {error && <p className="error" role="alert">{t('coverage.exportFailed', { message: error })}</p>}
      </section>
    </div>
  );
}
