/**
 * The content of a county briefing sheet (pure): the county, the tasks linked to it grouped by
 * document with their lead units, the indicators of those tasks, and the county's own features.
 * A task is linked to a county when it links the county itself or a feature lying in it.
 */
import { compareIds } from '../explore/tables';
import type { LayerId } from '../geo/types';
import type { Indicator, PlanDocument, PlanModel, Section, Task } from '../plan/types';
import { headline } from './headline';

/** What the sheet needs to know about a feature. */
export interface BriefFeature {
  id: string;
  layer: LayerId;
  name: string;
  countyId?: string;
}

/** One task row of the sheet. */
export interface BriefTask {
  task: Task;
  /** "四、(二)1. · 建设赤水河谷优质酱酒产业发展带" */
  sectionPath: string;
  /** Names of the linked features that lie in the county (the county itself left out). */
  places: string[];
}

/** The tasks of one document. */
export interface BriefDocument {
  document: PlanDocument;
  tasks: BriefTask[];
  /** Tasks of this document that concern its whole area (they name no place). */
  areaWide: number;
}

/** One indicator row: the indicator and whether its own quote names the county or a place in it. */
export interface BriefIndicator {
  indicator: Indicator;
  taskTitle: string;
  local: boolean;
}

export interface Briefing {
  countyId: string;
  documents: BriefDocument[];
  indicators: BriefIndicator[];
  /** The county's own features (points and areas with `countyId`), by layer then name. */
  features: BriefFeature[];
}

/** "四、(二)1. · 建设赤水河谷优质酱酒产业发展带": the numbering chain and the chapter's headline. */
function sectionPath(sections: ReadonlyMap<string, Section>, id: string): string {
  const chain: Section[] = [];
  for (let s = sections.get(id); s; s = s.parentId ? sections.get(s.parentId) : undefined) chain.unshift(s);
  const labels = chain.map((s) => s.label ?? '').join('');
  const chapter = [...chain].reverse().find((s) => s.kind === 'chapter' || s.kind === 'heading' || s.kind === 'part' || s.kind === 'group');
  const title = chapter ? headline(chapter.title) : '';
  return [labels, title].filter(Boolean).join(' · ');
}

/** Everything a county's sheet shows. */
export function briefingFor(
  model: Pick<PlanModel, 'documents' | 'sections' | 'tasks' | 'indicators'>,
  features: readonly BriefFeature[],
  countyId: string,
): Briefing {
  const own = features.filter((f) => f.countyId === countyId);
  const local = new Set([countyId, ...own.map((f) => f.id)]);
  const names = new Map(features.map((f) => [f.id, f.name]));
  const sections = new Map(model.sections.map((s) => [s.id, s]));
  const tasks = model.tasks.filter((t) => t.featureIds.some((id) => local.has(id))).sort((a, b) => compareIds(a.id, b.id));
  const documents = model.documents
    .filter((d) => d.areaCounties.includes(countyId) || tasks.some((t) => t.documentId === d.id))
    .map((document) => ({
      document,
      tasks: tasks.filter((t) => t.documentId === document.id).map((task) => ({
        task,
        sectionPath: sectionPath(sections, task.sectionId),
        places: [...new Set(task.featureIds.filter((id) => local.has(id) && id !== countyId).map((id) => names.get(id) ?? id))],
      })),
      areaWide: document.areaCounties.includes(countyId)
        ? model.tasks.filter((t) => t.documentId === document.id && t.scope === 'document-area').length
        : 0,
    }));
  const taskIds = new Map(tasks.map((t) => [t.id, t]));
  const indicators = model.indicators
    .filter((i) => taskIds.has(i.taskId))
    .map((indicator) => ({
      indicator,
      taskTitle: taskIds.get(indicator.taskId)?.title ?? indicator.taskId,
      local: indicator.featureIds.some((id) => local.has(id)),
    }))
    .sort((a, b) => Number(b.local) - Number(a.local) || compareIds(a.indicator.id, b.indicator.id));
  const layerOrder: LayerId[] = ['parks', 'places', 'seats', 'corridors', 'railways', 'highways'];
  const rank = (l: LayerId) => (layerOrder.includes(l) ? layerOrder.indexOf(l) : layerOrder.length);
  const ownSorted = [...own].sort((a, b) => rank(a.layer) - rank(b.layer) || a.name.localeCompare(b.name, 'zh-CN'));
  return { countyId, documents, indicators, features: ownSorted };
}
