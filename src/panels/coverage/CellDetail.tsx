import { useEffect } from 'react';
import type { CountyThemeMatrix } from '../../geo/coverage';
import type { Labels } from '../../explore/coverageTables';
import type { PlanIndex } from '../../explore/planIndex';
import { focusItem } from '../../state/actions';
import type { Theme } from '../../plan/types';
import { featureIndexOf, refsOf } from '../../explore/derived';
import { displayName } from '../../geo/lookup';
import { useData } from '../../state/data';
import { highlight, releaseHighlight } from '../../state/highlight';
import { useT, useUi } from '../../state/ui';

/** One list of task ids with titles; a click focuses the task. */
function TaskList({ ids, index, testId, evidence }: { ids: string[]; index: PlanIndex; testId: string; evidence?: Map<string, string> }) {
  const t = useT();
  if (ids.length === 0) return <p className="empty">{t('coverage.none')}</p>;
  return (
    <ul className="cell-tasks" data-testid={testId}>
      {ids.map((id) => (
        <li key={id}>
          <button type="button" onClick={() => focusItem('task', id)} data-testid="cell-task" data-task-id={id}>
            <span className="mono">{id}</span> {index.tasks.get(id)?.title ?? id}
          </button>
          {evidence?.get(id) && <div className="via">{t('coverage.via', { features: evidence.get(id) ?? '' })}</div>}
        </li>
      ))}
    </ul>
  );
}

/** The tasks of one county × theme cell, split three ways; its features are highlighted on the map. */
export function CellDetail({ cell, matrix, labels, index }: {
  cell: { countyId: string; theme: Theme }; matrix: CountyThemeMatrix; labels: Labels; index: PlanIndex;
}) {
  const t = useT();
  const collections = useData((s) => s.collections);
  const lang = useUi((s) => s.lang);
  const c = matrix.cells.find((x) => x.countyId === cell.countyId && x.theme === cell.theme);
  const featureIds = c ? [...c.featuresInside, ...c.featuresTouching] : [];
  const key = featureIds.join(' ');
  // The open cell owns the highlight until it closes (or another cell, a focus or a scene takes it).
  useEffect(() => {
    highlight('cell', refsOf(collections, key ? key.split(' ') : []));
    return () => releaseHighlight('cell');
  }, [key, collections]);
  if (!c) return null;
  const features = featureIndexOf(collections);
  const nameOf = (id: string) => {
    const p = features.get(id)?.feature.properties;
    return p ? displayName(p, lang) : id;
  };
  const evidence = new Map(c.spatialEvidence.map((e) => [e.taskId, e.featureIds.map(nameOf).join('、')]));
  return (
    <section className="cell-detail" data-testid="cell-detail">
      <h3>{t('coverage.cell', { county: labels.county(cell.countyId), theme: labels.theme(cell.theme) })}</h3>
      <h4>{t('coverage.named')} ({c.namedTasks.length})</h4>
      <TaskList ids={c.namedTasks} index={index} testId="cell-named" />
      <h4>{t('coverage.spatial')} ({c.spatialTasks.length})</h4>
      <TaskList ids={c.spatialTasks} index={index} testId="cell-spatial" evidence={evidence} />
      <details>
        <summary>{t('coverage.documentArea')} ({c.documentAreaTasks.length})</summary>
        <TaskList ids={c.documentAreaTasks} index={index} testId="cell-area" />
      </details>
    </section>
  );
}
