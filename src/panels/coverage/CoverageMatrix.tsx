import type { CountyThemeMatrix } from '../../geo/coverage';
import type { Labels } from '../../explore/coverageTables';
import { openCell, useCoverage } from '../../state/coverage';
import { useT } from '../../state/ui';

/** The county × theme matrix; each cell is a button that opens its tasks. */
export function CoverageMatrix({ matrix, labels }: { matrix: CountyThemeMatrix; labels: Labels }) {
  const t = useT();
  const open = useCoverage((s) => s.cell);
  const max = Math.max(1, ...matrix.cells.map((c) => c.counts.namedTasks));
  return (
    <section>
      <h3>{t('coverage.matrix')}</h3>
      <p className="hint">{t('coverage.matrixHint')}</p>
      <div className="matrix-wrap">
        <table className="matrix" data-testid="coverage-matrix">
          <thead>
            <tr>
              <th scope="col">{t('coverage.county')}</th>
              {matrix.themes.map((th) => <th key={th} scope="col" className="theme-head">{labels.theme(th)}</th>)}
            </tr>
          </thead>
          <tbody>
            {matrix.counties.map((countyId, row) => (
              <tr key={countyId}>
                <th scope="row">{labels.county(countyId)}</th>
                {matrix.themes.map((theme, col) => {
                  const c = matrix.cells[row * matrix.themes.length + col];
                  if (!c) return <td key={theme} />;
                  const active = open?.countyId === countyId && open.theme === theme;
                  const alpha = c.counts.namedTasks / max;
                  return (
                    <td key={theme} className={`${active ? 'active' : ''}${c.counts.namedTasks + c.counts.spatialTasks === 0 ? ' gap' : ''}`}
                      style={{ background: c.counts.namedTasks > 0 ? `rgba(200, 68, 47, ${0.12 + 0.6 * alpha})` : undefined }}>
                      <button type="button" onClick={() => openCell(active ? null : { countyId, theme })}
                        data-testid="matrix-cell" data-county={countyId} data-theme={theme}
                        aria-label={`${labels.county(countyId)} ${labels.theme(theme)}: ${c.counts.namedTasks} / +${c.counts.spatialTasks} / ${c.counts.documentAreaTasks}`}>
                        <span className="named">{c.counts.namedTasks || ''}</span>
                        {c.counts.spatialTasks > 0 && <span className="spatial">+{c.counts.spatialTasks}</span>}
                        {c.counts.documentAreaTasks > 0 && <span className="area">{c.counts.documentAreaTasks}</span>}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
