import type { CountyMetrics } from '../../geo/coverage';
import type { Labels } from '../../explore/coverageTables';
import { useMemo } from 'react';
import { useImports } from '../../state/imports';
import { useT } from '../../state/ui';

/**
 * Coverage of the plan counties by the planner's imported layers: per county, how many of the shown
 * imported features lie in (or cross) it, each one a button that opens its details. Nothing when no
 * imported feature takes part.
 */
export function ImportedCoverage({ metrics, importedIds, labels, onFeature }: {
  metrics: readonly CountyMetrics[];
  importedIds: readonly string[];
  labels: Labels;
  onFeature: (id: string) => void;
}) {
  const t = useT();
  const layers = useImports((s) => s.layers);
  // One pass over the layers, not a search per listed feature (a layer may hold tens of thousands).
  const names = useMemo(() => new Map(layers.flatMap((l) => l.collection.features.map((f) => [String(f.id), f.properties.name] as const))), [layers]);
  if (importedIds.length === 0) return null;
  const located = new Set(metrics.flatMap((m) => m.importedIds));
  const outside = importedIds.filter((id) => !located.has(id)).length;
  const nameOf = (id: string) => names.get(id) ?? id;
  return (
    <section className="imported-coverage" data-testid="coverage-imported">
      <h3>{t('coverage.imported')}</h3>
      <p className="note">{t('coverage.importedHint', { n: importedIds.length, outside })}</p>
      <table className="imported-counts">
        <tbody>
          {metrics.map((m) => (
            <tr key={m.countyId} data-testid="imported-county" data-county={m.countyId} data-count={m.importedIds.length}>
              <th scope="row">{labels.county(m.countyId)}</th>
              <td className="num">{t('coverage.importedCount', { n: m.importedIds.length })}</td>
              <td>
                {m.importedIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 && '、'}
                    <button type="button" className="link" onClick={() => onFeature(id)}>{nameOf(id)}</button>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
