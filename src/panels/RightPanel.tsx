import { lazy } from 'react';
import { useData } from '../state/data';
import { setPanel, useExplore } from '../state/explore';
import { useFocus } from '../state/focus';
import { useSelection } from '../state/selection';
import { useT } from '../state/ui';
import { DetailsPanel } from './details/DetailsPanel';
import { TaskCard } from './details/TaskCard';
import { BriefingLink } from './present/BriefingLink';
import { LazyPart } from './LazyPart';
import { PANELS } from '../types/domain';

// Tabs other than the details load their code when first opened (keeps the start-up bundle small).
const PlanReader = lazy(() => import('./reader/PlanReader').then((m) => ({ default: m.PlanReader })));
const TaskTable = lazy(() => import('./tables/TaskTable').then((m) => ({ default: m.TaskTable })));
const IndicatorTable = lazy(() => import('./tables/IndicatorTable').then((m) => ({ default: m.IndicatorTable })));
const CoveragePanel = lazy(() => import('./coverage/CoveragePanel').then((m) => ({ default: m.CoveragePanel })));
const DeckPanel = lazy(() => import('./present/DeckPanel').then((m) => ({ default: m.DeckPanel })));

/** The task or indicator in focus, when no feature is selected. */
function FocusedItem() {
  const focus = useFocus((s) => s.focus);
  const model = useData((s) => s.model);
  if (!focus || !model) return null;
  const taskId = focus.kind === 'task' ? focus.id : focus.kind === 'indicator' ? model.indicators.find((i) => i.id === focus.id)?.taskId : undefined;
  const task = model.tasks.find((t) => t.id === taskId);
  return task ? <TaskCard task={task} /> : null;
}

/** Right side: tabs for details, the plan reader and the task/indicator tables. */
export function RightPanel() {
  const t = useT();
  const panel = useExplore((s) => s.panel);
  const hasSelection = useSelection((s) => s.selected !== null);
  return (
    <aside className="panel right" aria-label={t('tabs.label')} data-testid="right-panel">
      <div role="tablist" aria-label={t('tabs.label')} className="tabs">
        {PANELS.map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            id={`tab-${p}`}
            aria-selected={panel === p}
            aria-controls={`tabpanel-${p}`}
            className={panel === p ? 'active' : ''}
            onClick={() => setPanel(p)}
            data-testid={`tab-${p}`}
          >
            {t(`tab.${p}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`} className="tab-body">
        {panel === 'details' && (hasSelection ? <><DetailsPanel /><BriefingLink /></> : <><DetailsPanel /><FocusedItem /></>)}
        <LazyPart key={panel} fallback={<p className="empty">{t('data.loading')}</p>}>
          {panel === 'reader' && <PlanReader />}
          {panel === 'tasks' && <TaskTable />}
          {panel === 'indicators' && <IndicatorTable />}
          {panel === 'coverage' && <CoveragePanel />}
          {panel === 'present' && <DeckPanel />}
        </LazyPart>
      </div>
    </aside>
  );
}
