import { useMemo, useState } from 'react';
import { focusItem } from '../../state/actions';
import { filterContextOf } from '../../explore/derived';
import { filterIndicators, sortIndicators, type IndicatorSortKey, type Sort } from '../../explore/tables';
import { useData } from '../../state/data';
import { useExplore } from '../../state/explore';
import { useFocus } from '../../state/focus';
import { useT } from '../../state/ui';
import { IndicatorValue } from '../details/TaskCard';
import { FilterBar } from './FilterBar';
import { SortHeader } from './SortHeader';

/** All indicators of both plans with value, unit, comparator and year; a row click highlights its features. */
export function IndicatorTable() {
  const t = useT();
  const model = useData((s) => s.model);
  const collections = useData((s) => s.collections);
  const filters = useExplore((s) => s.filters);
  const focus = useFocus((s) => s.focus);
  const [sort, setSort] = useState<Sort<IndicatorSortKey>>({ key: 'id', dir: 'asc' });
  const rows = useMemo(() => {
    if (!model) return [];
    const ctx = filterContextOf(model, collections);
    return sortIndicators(filterIndicators(model.indicators, filters, ctx), sort);
  }, [model, collections, filters, sort]);
  if (!model) return null;
  return (
    <div className="table-view" data-testid="indicator-table">
      <FilterBar />
      <p className="count" data-testid="row-count">{t('table.count', { n: rows.length })}</p>
      <table>
        <thead>
          <tr>
            <SortHeader label={t('indicator.name')} column="name" sort={sort} onSort={setSort} />
            <SortHeader label={t('indicator.value')} column="value" sort={sort} onSort={setSort} />
            <SortHeader label={t('indicator.year')} column="year" sort={sort} onSort={setSort} />
            <SortHeader label={t('indicator.task')} column="id" sort={sort} onSort={setSort} />
          </tr>
        </thead>
        <tbody>
          {rows.map((ind) => (
            <tr
              key={ind.id}
              className={focus?.kind === 'indicator' && focus.id === ind.id ? 'active' : ''}
              data-testid="indicator-row"
              data-indicator-id={ind.id}
              tabIndex={0}
              title={ind.quote}
              onClick={() => focusItem('indicator', ind.id)}
              onKeyDown={(e) => e.key === 'Enter' && focusItem('indicator', ind.id)}
            >
              <td>{ind.name}</td>
              <td><IndicatorValue indicator={ind} /></td>
              <td className="num">{ind.targetYear ?? '—'}</td>
              <td className="mono">{ind.taskId}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
