import type { CoverageGaps } from '../../geo/coverage';
import type { Labels } from '../../explore/coverageTables';
import type { Theme } from '../../plan/types';
import { useT } from '../../state/ui';

/** Gaps: themes without tasks per county, places named without geometry, features no task mentions. */
export function Gaps({ gaps, labels, onFeature }: { gaps: CoverageGaps; labels: Labels; onFeature: (id: string) => void }) {
  const t = useT();
  const byCounty = new Map<string, Theme[]>();
  for (const e of gaps.emptyCells) byCounty.set(e.countyId, [...(byCounty.get(e.countyId) ?? []), e.theme]);
  return (
    <section className="gaps" data-testid="coverage-gaps">
      <h3>{t('coverage.gaps')}</h3>
      <details open>
        <summary>{t('coverage.emptyCells')} ({gaps.emptyCells.length})</summary>
        <ul>
          {[...byCounty].map(([county, themes]) => (
            <li key={county}><strong>{labels.county(county)}</strong>：{themes.map(labels.theme).join('、')}</li>
          ))}
        </ul>
      </details>
      <details>
        <summary>{t('coverage.unplaced')} ({gaps.unplacedMentions.length})</summary>
        <ul>
          {gaps.unplacedMentions.map((m) => <li key={m.term}><strong>{m.term}</strong> — {m.reasons.join('; ')}</li>)}
        </ul>
      </details>
      <details>
        <summary>{t('coverage.unmentioned')} ({gaps.unmentionedFeatures.length})</summary>
        <ul>
          {gaps.unmentionedFeatures.map((f) => (
            <li key={f.id}><button type="button" className="link" onClick={() => onFeature(f.id)}>{f.name}</button> <span className="mono">{f.layer}</span></li>
          ))}
        </ul>
      </details>
    </section>
  );
}
