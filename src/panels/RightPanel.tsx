import { useData } from '../state/data';
import { setPanel, useExplore } from '../state/explore';
import { useFocus } from '../state/focus';
import { useSelection } from '../state/selection';
import { useT } from '../state/ui';
import { PANELS } from '../state/urlCodec';
import { DetailsPanel } from './details/DetailsPanel';
import { TaskCard } from './details/TaskCard';
import { PlanReader } from './reader/PlanReader';
import { IndicatorTable } from './tables/IndicatorTable';
import { TaskTable } from './tables/TaskTable';
import { CoveragePanel } from './coverage/CoveragePanel';
import { BriefingLink } from './present/BriefingLink';
import { DeckPanel } from './present/DeckPanel';

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
        {panel === 'reader' && <PlanReader />}
        {panel === 'tasks' && <TaskTable />}
        {panel === 'indicators' && <IndicatorTable />}
        {panel === 'coverage' && <CoveragePanel />}
        {panel === 'present' && <DeckPanel />}
      </div>
    </aside>
  );
}
