import { useEffect } from 'react';
import { planIndexOf } from '../../explore/derived';
import { compareIds } from '../../explore/tables';
import type { Task } from '../../plan/types';
import { ensureText, useData } from '../../state/data';
import { useT } from '../../state/ui';
import { TaskCard } from './TaskCard';

/** The tasks linked to a feature, grouped by document and section. */
export function LinkedTasks({ featureId, countyId }: { featureId: string; countyId?: string }) {
  const t = useT();
  const model = useData((s) => s.model);
  useEffect(() => {
    for (const doc of model?.documents ?? []) ensureText(doc.id);
  }, [model]);
  if (!model) return null;
  const index = planIndexOf(model);
  const tasks = [...(index.tasksByFeature.get(featureId) ?? [])].sort((a, b) => compareIds(a.id, b.id));
  const county = countyId ?? featureId;
  const areaWide = model.tasks.filter(
    (task) => task.scope === 'document-area' && index.documents.get(task.documentId)?.areaCounties.includes(county),
  ).length;
  const groups = new Map<string, Map<string, Task[]>>();
  for (const task of tasks) {
    const byDoc = groups.get(task.documentId) ?? new Map<string, Task[]>();
    byDoc.set(task.sectionId, [...(byDoc.get(task.sectionId) ?? []), task]);
    groups.set(task.documentId, byDoc);
  }
  return (
    <section className="linked" data-testid="linked-tasks">
      <h3>{t('tasks.linked', { n: tasks.length })}</h3>
      {tasks.length === 0 && <p className="empty">{t('tasks.none')}</p>}
      {[...groups].map(([docId, sections]) => (
        <div key={docId} className="doc-group">
          <h4 className="doc-title">{index.documents.get(docId)?.title ?? docId}</h4>
          {[...sections].map(([sectionId, list]) => (
            <div key={sectionId} className="section-group">
              <h5>{index.sections.get(index.sections.get(sectionId)?.parentId ?? '')?.title ?? ''} › {index.sections.get(sectionId)?.title ?? sectionId}</h5>
              {list.map((task) => <TaskCard key={task.id} task={task} featureId={featureId} />)}
            </div>
          ))}
        </div>
      ))}
      {areaWide > 0 && <p className="area-wide">{t('tasks.areaWide', { n: areaWide })}</p>}
    </section>
  );
}
