/**
 * The default deck, generated from the plans' own structure (pure):
 *   1. an overview of the 13 plan counties;
 *   2. one scene per task chapter of 重点任务 (泸州南翼 (一)…(六): the belts and task groups);
 *   3. one scene per 昭通 strategy heading (着力… 六大战略), each followed by a scene per spatial part
 *      it names on the corridors layer (the 金沙江 clean-energy base).
 * A section's scene fits the features its tasks link (points, parks and lines before whole counties),
 * shows the layers they live on, highlights them, quotes the section's opening sentence from the seed
 * and calls out the section's indicators.
 */
import { sentenceAround } from '../explore/planIndex';
import type { LayerId } from '../geo/types';
import type { Indicator, PlanModel, Section, Span, Task } from '../plan/types';
import { fitCamera, unionBounds } from './camera';
import { presenterPadding } from './layout';
import { FIT_MAX_ZOOM, REFERENCE_VIEWPORT } from './scene';
import type { CaptionSource, Deck, Scene } from './types';
import { headline } from './headline';
import { DEFAULT_VISIBLE, type Bounds } from '../types/domain';

/** What the generator needs to know about a feature. */
export interface FeatureInfo {
  layer: LayerId;
  bounds: Bounds;
  name: string;
}

/** Inputs of {@link defaultDeck}. */
export interface DeckSource {
  model: Pick<PlanModel, 'documents' | 'sections' | 'tasks' | 'indicators'>;
  /** Seed texts by document id (captions are quoted from them; a missing text gives an empty caption). */
  texts: Readonly<Record<string, string>>;
  feature: (id: string) => FeatureInfo | undefined;
  /** Deck and overview title, in the UI language. */
  title: string;
  /** Presentation order of the documents (others follow in model order). */
  documentOrder?: readonly string[];
  now: string;
}

/** Layers every scene shows for orientation. */
export const CONTEXT_LAYERS: readonly LayerId[] = ['provinces', 'prefectures', 'context-counties', 'counties', 'rivers', 'seats'];
/** Layers whose features are whole areas or long lines: highlighted but not used to frame a scene. */
const AREA_LAYERS: ReadonlySet<LayerId> = new Set(['provinces', 'prefectures', 'context-counties', 'counties', 'rivers']);
const MAX_CALLOUTS = 4;
/** Frames smaller than this (degrees) grow to the linked counties. */
const MIN_SPAN_DEG = 0.3;
/** Frame of last resort: both plan areas. */
const PLAN_AREA: Bounds = [102.9, 26.5, 106.4, 28.8];
const MAX_CAPTION = 110;

/** The section and all its descendants' ids. */
function subtree(sections: readonly Section[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of sections) {
      if (s.parentId && ids.has(s.parentId) && !ids.has(s.id)) {
        ids.add(s.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** The first sentence after a section's heading, as a span (its first clause when very long). */
export function openingSpan(text: string, section: Pick<Section, 'titleSpan' | 'span'>): Span | null {
  let start = section.titleSpan.end;
  while (start < section.span.end && /[\s。.]/.test(text[start] ?? '')) start++;
  if (start >= section.span.end) return null;
  let end = start;
  while (end < section.span.end && !/[。！？]/.test(text[end] ?? '')) end++;
  if (end < section.span.end) end++;
  if (end - start > MAX_CAPTION) {
    const semi = text.indexOf('；', start);
    if (semi > start && semi < end) end = semi;
  }
  return { start, end };
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/** Indicator ids to call out: the section's own first, then its descendants', valued ones only. */
function pickCallouts(indicators: readonly Indicator[], ownTaskId: string): string[] {
  const valued = indicators.filter((i) => i.value !== null);
  const own = valued.filter((i) => i.taskId === ownTaskId);
  const rest = valued.filter((i) => i.taskId !== ownTaskId && i.targetYear !== null);
  const more = valued.filter((i) => i.taskId !== ownTaskId && i.targetYear === null);
  return unique([...own, ...rest, ...more].map((i) => i.id)).slice(0, MAX_CALLOUTS);
}

interface Framing {
  fit: Bounds | null;
  layers: LayerId[];
  highlighted: string[];
}

/** Frame, layers and highlights for a set of linked feature ids (fallback frame: `areaIds`). */
function frame(src: DeckSource, linked: readonly string[], areaIds: readonly string[], extraLayers: readonly LayerId[]): Framing {
  const known = linked.filter((id) => src.feature(id));
  const focus = known.filter((id) => !AREA_LAYERS.has(src.feature(id)?.layer as LayerId));
  const counties = known.filter((id) => src.feature(id)?.layer === 'counties');
  const rivers = known.filter((id) => src.feature(id)?.layer === 'rivers');
  const boundsOf = (ids: readonly string[]) => ids.flatMap((id) => {
    const b = src.feature(id)?.bounds;
    return b ? [b] : [];
  });
  let bounds = boundsOf(focus.length > 0 ? focus : counties.length > 0 ? counties : areaIds);
  // A city-wide strategy that names one or two facilities is shown in their counties, not at street level.
  const box = unionBounds(bounds);
  if (box && Math.max(box[2] - box[0], box[3] - box[1]) < MIN_SPAN_DEG) bounds = [...bounds, ...boundsOf(counties.length > 0 ? counties : areaIds)];
  const layers = new Set<LayerId>([...CONTEXT_LAYERS, ...extraLayers]);
  for (const id of known) layers.add(src.feature(id)?.layer as LayerId);
  const order = DEFAULT_VISIBLE.filter((l) => layers.has(l));
  return { fit: unionBounds(bounds), layers: order, highlighted: focus.length > 0 ? [...focus, ...rivers] : known };
}

function makeScene(base: Omit<Scene, 'camera' | 'fit'>, fit: Bounds | null): Scene {
  const padding = presenterPadding(REFERENCE_VIEWPORT, base.callouts.length > 0);
  const bounds = fit ?? PLAN_AREA;
  return { ...base, fit: bounds, camera: fitCamera(bounds, REFERENCE_VIEWPORT, { padding, maxZoom: FIT_MAX_ZOOM, minZoom: 4 }) };
}

function caption(src: DeckSource, documentId: string, span: Span | null): { caption: string; captionSource?: CaptionSource } {
  const text = src.texts[documentId];
  if (!text || !span) return { caption: '' };
  return { caption: text.slice(span.start, span.end), captionSource: { documentId, ...span } };
}

/** Sections presented as scenes: task chapters under 重点任务, and top-level strategy headings. */
export function presentedSections(sections: readonly Section[]): Section[] {
  const taskParts = new Set(sections.filter((s) => s.kind === 'part' && s.title.includes('重点任务')).map((s) => s.id));
  return sections.filter((s) => (s.kind === 'chapter' && s.parentId !== null && taskParts.has(s.parentId)) || (s.kind === 'heading' && s.level === 1));
}

function sectionScenes(src: DeckSource, section: Section): Scene[] {
  const ids = subtree(src.model.sections, section.id);
  const tasks = src.model.tasks.filter((t) => ids.has(t.sectionId));
  const taskIds = new Set(tasks.map((t) => t.id));
  const indicators = src.model.indicators.filter((i) => taskIds.has(i.taskId));
  const doc = src.model.documents.find((d) => d.id === section.documentId);
  const linked = unique(tasks.flatMap((t) => t.featureIds));
  const transport = tasks.some((t) => t.themes.includes('transport'));
  const framing = frame(src, linked, doc?.areaCounties ?? [], transport ? ['railways', 'highways'] : []);
  const text = src.texts[section.documentId];
  const main = makeScene({
    id: section.id,
    title: headline(section.title),
    ...caption(src, section.documentId, text ? openingSpan(text, section) : null),
    layers: framing.layers,
    phase: 'all',
    filters: { documentId: section.documentId },
    highlighted: framing.highlighted,
    callouts: pickCallouts(indicators, section.id),
    sectionId: section.id,
  }, framing.fit);
  if (section.kind !== 'heading') return [main];
  return [main, ...spatialParts(src, section, tasks, indicators)];
}

/** One scene per corridors-layer feature a strategy names, framed on the sentence that names it. */
function spatialParts(src: DeckSource, section: Section, tasks: readonly Task[], indicators: readonly Indicator[]): Scene[] {
  const text = src.texts[section.documentId];
  const out: Scene[] = [];
  const seen = new Set<string>();
  for (const task of tasks) {
    for (const link of task.links) {
      const info = src.feature(link.featureId);
      if (info?.layer !== 'corridors' || seen.has(link.featureId) || !link.span) continue;
      seen.add(link.featureId);
      const sentence = text ? sentenceAround(text, link.span) : null;
      const inSentence = sentence
        ? task.links.filter((l) => l.span && l.span.start >= sentence.start && l.span.end <= sentence.end && !l.via).map((l) => l.featureId)
        : [link.featureId];
      const framing = frame(src, unique([link.featureId, ...inSentence]), [], []);
      out.push(makeScene({
        id: `${section.id}.${link.featureId}`,
        title: info.name,
        ...caption(src, section.documentId, sentence),
        layers: framing.layers,
        phase: 'all',
        filters: { documentId: section.documentId },
        highlighted: framing.highlighted,
        callouts: indicators.filter((i) => i.featureIds.includes(link.featureId) && i.value !== null).map((i) => i.id).slice(0, MAX_CALLOUTS),
        sectionId: section.id,
      }, framing.fit));
    }
  }
  return out;
}

function overview(src: DeckSource, docs: DeckSource['model']['documents']): Scene {
  const counties = unique(docs.flatMap((d) => d.areaCounties));
  const targetSections = src.model.sections.filter((s) => s.kind === 'target-block' || s.title === '主要目标');
  const callouts = targetSections.flatMap((s) => {
    const ids = subtree(src.model.sections, s.id);
    const taskIds = new Set(src.model.tasks.filter((t) => ids.has(t.sectionId)).map((t) => t.id));
    const first = src.model.indicators.find((i) => taskIds.has(i.taskId) && i.value !== null);
    return first ? [first.id] : [];
  });
  const bounds = counties.flatMap((id) => {
    const b = src.feature(id)?.bounds;
    return b ? [b] : [];
  });
  return makeScene({
    id: 'overview',
    title: src.title,
    caption: docs.map((d) => `《${d.title}》（${d.date}）`).join(' · '),
    layers: [...DEFAULT_VISIBLE],
    phase: 'all',
    filters: {},
    highlighted: [],
    callouts,
  }, unionBounds(bounds));
}

/** The default deck for the loaded plans. */
export function defaultDeck(src: DeckSource): Deck {
  const order = src.documentOrder ?? [];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const docs = [...src.model.documents].sort((a, b) => rank(a.id) - rank(b.id));
  const sections = presentedSections(src.model.sections);
  const scenes = [overview(src, docs)];
  for (const doc of docs) for (const s of sections.filter((x) => x.documentId === doc.id)) scenes.push(...sectionScenes(src, s));
  return { id: 'default', title: src.title, scenes, createdAt: src.now, updatedAt: src.now };
}
