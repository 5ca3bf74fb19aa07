import type { Sort } from '../../explore/tables';
import { useT } from '../../state/ui';

/** A sortable column header (aria-sort reflects the state). */
export function SortHeader<K extends string>({ label, column, sort, onSort }: {
  label: string; column: K; sort: Sort<K>; onSort: (s: Sort<K>) => void;
}) {
  const t = useT();
  const active = sort.key === column;
  const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th aria-sort={ariaSort} scope="col">
      <button type="button" title={t('table.sort')} onClick={() => onSort({ key: column, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}>
        {label}{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
}
