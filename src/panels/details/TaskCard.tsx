import { useMemo } from 'react';
import { focusItem } from '../../state/actions';
import { planIndexOf } from '../../explore/derived';
import { sentenceAround } from '../../explore/planIndex';
import type { Indicator, Task } from '../../plan/types';
import { useData } from '../../state/data';
import { showInPlan } from '../../state/explore';
import { useT } from '../../state/ui';

/** "≥ 20 万吨 (2025)" in the UI language. */
export function IndicatorValue({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const value = indicator.value === null ? '' : `${indicator.value}${indicator.valueMax !== undefined ? `—${indicator.valueMax}` : ''}`;
  return (
    <span className="ind-value">
      {t(`comparator.${indicator.comparator}`)} <strong>{value}</strong>
      {indicator.unit ?? ''}
      <span className="year"> · {indicator.targetYear ?? t('indicator.noYear')}</span>
    </span>
  );
}

/** One task linked to a feature: title, units, themes, the quote about the feature, its indicators. */
export function TaskCard({ task, featureId }: { task: Task; featureId?: string }) {
  const t = useT();
  const model = useData((s) => s.model);
  const text = useData((s) => s.texts[task.documentId]);
  const indicators = model ? (planIndexOf(model).indicatorsByTask.get(task.id) ?? []) : [];
  const link = task.links.find((l) => l.featureId === featureId && l.span) ?? task.links.find((l) => l.featureId === featureId);
  const quoteSpan = useMemo(() => {
    if (!text) return null;
    if (link?.span) return sentenceAround(text, link.span);
    return sentenceAround(text, { start: task.span.start, end: task.span.start + 1 });
  }, [text, link, task.span.start]);
  return (
    <article className="task-card" data-testid="task-card" data-task-id={task.id}>
      <header>
        <span className="task-title">{task.title}</span>
        <span className="task-id">{task.id}</span>
      </header>
      {task.leadUnits.length > 0 && (
        <div className="units"><span className="label">{t('task.lead')}</span> {task.leadUnits.join('、')}</div>
      )}
      {task.responsibleUnits.length > 0 && (
        <details className="units">
          <summary><span className="label">{t('task.responsible')}</span> {task.responsibleUnits.length}</summary>
          {task.responsibleUnits.join('、')}
        </details>
      )}
      <div className="themes">
        {task.themes.map((theme) => <span key={theme} className={`chip theme-${theme}`}>{t(`theme.${theme}`)}</span>)}
      </div>
      {link?.kind === 'curated' && link.reason && <p className="curated">{t('task.curated', { reason: link.reason })}</p>}
      {quoteSpan && text && (
        <blockquote className="quote" data-testid="task-quote">{text.slice(quoteSpan.start, quoteSpan.end)}</blockquote>
      )}
      {indicators.length > 0 && (
        <ul className="indicators" data-testid="task-indicators">
          {indicators.map((ind) => (
            <li key={ind.id} data-testid="indicator" data-indicator-id={ind.id}>
              <span className="ind-name">{ind.name}</span> <IndicatorValue indicator={ind} />
              <q className="ind-quote">{ind.quote}</q>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={() => showInPlan(task.documentId, link?.span ?? task.span)} data-testid="show-in-plan">
          {t('task.showInPlan')}
        </button>
        <button type="button" onClick={() => focusItem('task', task.id)} data-testid="zoom-to-task">{t('task.zoomTo')}</button>
      </div>
    </article>
  );
}
