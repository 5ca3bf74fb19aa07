import type { Briefing } from '../present/briefing';
import { useT } from '../state/ui';

/** The county's tasks, one table per document: section, task, lead units, the places it names here. */
export function BriefTasks({ briefing }: { briefing: Briefing }) {
  const t = useT();
  return (
    <>
      {briefing.documents.map(({ document, tasks, areaWide }) => (
        <div key={document.id} className="brief-doc" data-testid="brief-doc" data-doc={document.id}>
          <h3>《{document.title}》</h3>
          {tasks.length === 0 && <p className="empty">{t('brief.noTasks')}</p>}
          {tasks.length > 0 && (
            <table className="brief-table" data-testid="brief-tasks">
              <thead>
                <tr><th>{t('task.title')}</th><th>{t('task.lead')}</th><th>{t('brief.places')}</th></tr>
              </thead>
              <tbody>
                {tasks.map(({ task, sectionPath, places }) => (
                  <tr key={task.id} data-testid="brief-task" data-task-id={task.id}>
                    <td>
                      <span className="brief-path">{sectionPath}</span>
                      <strong className="brief-task-title">{task.title}</strong>
                      <span className="mono"> {task.id}</span>
                    </td>
                    <td>{task.leadUnits.length > 0 ? task.leadUnits.join('、') : <span className="muted">{t('brief.noLead')}</span>}</td>
                    <td>{places.join('、')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {areaWide > 0 && <p className="brief-note">{t('brief.areaWide', { n: areaWide })}</p>}
        </div>
      ))}
    </>
  );
}
