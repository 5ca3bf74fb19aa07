/**
 * Pure filtering and sorting for the task and indicator tables (the "agency lens" is the lead filter).
 */
import type { BaseProps } from '../geo/types';
import type { Indicator, Task } from '../plan/types';
import type { PlanIndex } from './planIndex';
import type { Filters } from '../types/domain';

export type SortDir = 'asc' | 'desc';
export interface Sort<K extends string> {
  key: K;
  dir: SortDir;
}

/** Context the filters need: the plan index and a feature lookup (for status). */
export interface FilterContext {
  index: PlanIndex;
  featureProps: (id: string) => Pick<BaseProps, 'status'> | undefined;
}

/** Target years of a task: those of its indicators. */
export function taskYears(task: Task, index: PlanIndex): number[] {
  const years = new Set<number>();
  for (const ind of index.indicatorsByTask.get(task.id) ?? []) if (ind.targetYear !== null) years.add(ind.targetYear);
  return [...years].sort();
}

function matchesTask(task: Task, filters: Filters, ctx: FilterContext): boolean {
  if (filters.documentId && task.documentId !== filters.documentId) return false;
  if (filters.theme && !(task.themes as string[]).includes(filters.theme)) return false;
  if (filters.lead && !task.leadUnits.includes(filters.lead)) return false;
  if (filters.year && !taskYears(task, ctx.index).includes(Number(filters.year))) return false;
  if (filters.status && !task.featureIds.some((id) => ctx.featureProps(id)?.status === filters.status)) return false;
  return true;
}

/** Tasks passing every set filter. */
export function filterTasks(tasks: readonly Task[], filters: Filters, ctx: FilterContext): Task[] {
  return tasks.filter((t) => matchesTask(t, filters, ctx));
}

/** Indicators passing every set filter (theme, lead and status through their task). */
export function filterIndicators(indicators: readonly Indicator[], filters: Filters, ctx: FilterContext): Indicator[] {
  return indicators.filter((ind) => {
    if (filters.year && ind.targetYear !== Number(filters.year)) return false;
    const task = ctx.index.tasks.get(ind.taskId);
    if (!task) return !filters.theme && !filters.lead && !filters.status && (!filters.documentId || ind.documentId === filters.documentId);
    return matchesTask(task, { ...filters, year: undefined }, ctx);
  });
}

/** Natural order of ids like "lz-4-2-10" (numeric parts compared as numbers). */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export type TaskSortKey = 'id' | 'title' | 'lead' | 'features';
export type IndicatorSortKey = 'id' | 'name' | 'value' | 'year';

/** Sorts tasks by a column; ties keep id order. */
export function sortTasks(tasks: readonly Task[], sort: Sort<TaskSortKey>): Task[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const key = (t: Task): string | number => {
    switch (sort.key) {
      case 'title': return t.title;
      case 'lead': return t.leadUnits[0] ?? '';
      case 'features': return t.featureIds.length;
      default: return t.id;
    }
  };
  return [...tasks].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb), 'zh-CN', { numeric: true });
    return c !== 0 ? sign * c : compareIds(a.id, b.id);
  });
}

/** Sorts indicators by a column; missing values sort last. */
export function sortIndicators(list: readonly Indicator[], sort: Sort<IndicatorSortKey>): Indicator[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const key = (i: Indicator): string | number | null => {
    switch (sort.key) {
      case 'name': return i.name;
      case 'value': return i.value;
      case 'year': return i.targetYear;
      default: return i.id;
    }
  };
  return [...list].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? compareIds(a.id, b.id) : ka === null ? 1 : -1;
    const c = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb), 'zh-CN', { numeric: true });
    return c !== 0 ? sign * c : compareIds(a.id, b.id);
  });
}
