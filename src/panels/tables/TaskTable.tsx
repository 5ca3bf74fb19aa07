import { useMemo, useState } from 'react';
import { focusItem } from '../../state/actions';
import { filterContextOf } from '../../explore/derived';
import { filterTasks, sortTasks, type Sort, type TaskSortKey } from '../../explore/tables';
import { useData } from '../../state/data';
import { useExplore } from '../../state/explore';
import { useFocus } from '../../state/focus';
import { useT } from '../../state/ui';
import { FilterBar } from './FilterBar';
import { SortHeader } from './SortHeader';

/** All tasks of both plans, filterable and sortable; a row click highlights its features. */
export function TaskTable() {
  const t = useT();
  const model = useData((s) => s.model);
  const collections = useData((s) => s.collections);
  const filters = useExplore((s) => s.filters);
  const focus = useFocus((s) => s.focus);
  const [sort, setSort] = useState<Sort<TaskSortKey>>({ key: 'id', dir: 'asc' });
  const rows = useMemo(() => {
    if (!model) return [];
    const ctx = filterContextOf(model, collections);
    return sortTasks(filterTasks(model.tasks, filters, ctx), sort);
  }, [model, collections, filters, sort]);
  if (!model) return null;
  return (
    <div className="table-view" data-testid="task-table">
      <FilterBar />
      <p className="count" data-testid="row-count">{t('table.count', { n: rows.length })}</p>
      <table>
        <thead>
          <tr>
            <SortHeader label={t('task.id')} column="id" sort={sort} onSort={setSort} />
            <SortHeader label={t('task.title')} column="title" sort={sort} onSort={setSort} />
            <SortHeader label={t('task.lead')} column="lead" sort={sort} onSort={setSort} />
            <th scope="col">{t('task.themes')}</th>
            <SortHeader label={t('task.features')} column="features" sort={sort} onSort={setSort} />
          </tr>
        </thead>
        <tbody>
          {rows.map((task) => (
            <tr
              key={task.id}
              className={focus?.kind === 'task' && focus.id === task.id ? 'active' : ''}
              data-testid="task-row"
              data-task-id={task.id}
              tabIndex={0}
              onClick={() => focusItem('task', task.id)}
              onKeyDown={(e) => e.key === 'Enter' && focusItem('task', task.id)}
            >
              <td className="mono">{task.id}</td>
              <td>{task.title}</td>
              <td>{task.leadUnits.join('、')}</td>
              <td>{task.themes.map((th) => t(`theme.${th}`)).join('、')}</td>
              <td className="num">{task.featureIds.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
