/**
 * The search index: one entry per feature of every loaded layer, per task, per indicator and per
 * agency (a lead or responsible unit named by tasks). Built once from (collections, model) by a pure
 * function; every string a query is compared with is normalised and its pinyin computed here, so a
 * keystroke only runs `indexOf`/`startsWith` over precomputed strings (see match.ts).
 */
import type { LayerId, PlanCollection } from '../geo/types';
import type { Comparator, PlanModel } from '../plan/types';
import { pinyinKeys, pinyinReady, type PinyinKeys } from './pinyin';
import { featuresBounds } from '../geo/bounds';
import type { Bounds } from '../types/domain';

export type SearchType = 'feature' | 'task' | 'indicator' | 'agency';

/** Order of the types on ties (and of result groups with equally good best results). */
export const SEARCH_TYPES: readonly SearchType[] = ['feature', 'task', 'indicator', 'agency'];

/**
 * Feature layers in index order with their tie-break tier: plan counties first, then the features
 * the plans name, then county seats, then context (neighbours, prefectures, provinces, rivers).
 */
export const LAYER_TIERS: readonly (readonly [LayerId, number])[] = [
  ['counties', 0],
  ['parks', 1], ['places', 1], ['railways', 1], ['highways', 1], ['corridors', 1],
  ['seats', 2], ['towns', 2],
  ['context-counties', 3], ['prefectures', 3], ['provinces', 3], ['rivers', 3],
];

interface EntryBase {
  /** Unique across the index: `${type}:${id}`. */
  key: string;
  /** Feature id, task id, indicator id, or the agency's name. */
  id: string;
  /** Chinese display name (agency name, task title, indicator name). */
  name: string;
  /** English display name; '' when there is none (tasks, indicators, agencies). */
  nameEn: string;
}

/** A feature entry's layer: an app layer, or 'imported' for a layer the user imported. */
export type SearchLayer = LayerId | 'imported';

/** An imported layer as the index takes it (see src/state/imports.ts). */
export interface ImportedSearchLayer {
  id: string;
  name: string;
  collection: PlanCollection;
}

export interface FeatureEntry extends EntryBase {
  type: 'feature';
  layer: SearchLayer;
  /** Only for imported features: [west, south, east, north], to fit the map on a pick. */
  bounds?: Bounds;
  kind: string;
  aliases: readonly string[];
  /** Where it is: the county (by countyId) or, for counties, the prefecture; null when unknown. */
  where: string | null;
  whereEn: string | null;
}

export interface TaskEntry extends EntryBase {
  type: 'task';
  documentId: string;
  leadUnits: readonly string[];
  featureIds: readonly string[];
}

export interface IndicatorEntry extends EntryBase {
  type: 'indicator';
  documentId: string;
  taskId: string;
  comparator: Comparator;
  /** Figure and unit as one string ("300亿元", "5—8万吨"); '' for qualitative targets. */
  valueText: string;
  targetYear: number | null;
  featureIds: readonly string[];
}

export interface AgencyEntry extends EntryBase {
  type: 'agency';
  /** Tasks the agency leads (牵头单位), in model order. */
  leadTaskIds: readonly string[];
  /** Tasks the agency is responsible for (责任单位), in model order. */
  responsibleTaskIds: readonly string[];
  /** Union of both, in model order, without duplicates. */
  taskIds: readonly string[];
}

export type SearchEntry = FeatureEntry | TaskEntry | IndicatorEntry | AgencyEntry;

/** What match.ts compares a query with, for one entry. */
export interface Haystack {
  /** Normalised texts matched by exact / prefix / substring (names, aliases, English, value). */
  texts: readonly string[];
  /** Per text: true when it has no Han character (Latin substrings only count at word starts). */
  latin: readonly boolean[];
  /** `texts` joined by U+0000, to reject an entry with one `indexOf`. */
  all: string;
  /** Normalised ids, matched by exact / prefix only. */
  ids: readonly string[];
  /** Pinyin keys of the texts with Han characters. */
  pinyin: readonly PinyinKeys[];
  /** Full pinyin strings joined by U+0000 ('' when none). */
  pinyinAll: string;
  /** Initials strings joined by U+0000 ('' when none). */
  initialsAll: string;
  /**
   * Tie-break key without the score: type rank, layer tier and insertion order packed into one
   * integer (smaller is better), see {@link tieKey}.
   */
  tie: number;
}

/**
 * The haystacks of all entries concatenated into one string, so a query finds its candidate entries
 * with a few native `indexOf` scans instead of a call per entry. Entry `e` owns
 * `text.slice(starts[e], starts[e + 1])`; segments end with U+0001, which no query contains.
 */
export interface Blob {
  text: string;
  starts: Int32Array;
}

export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
  /** Parallel to `entries`. */
  readonly haystacks: readonly Haystack[];
  /** Names, aliases, English names, values and ids of every entry. */
  readonly textBlob: Blob;
  /** Full pinyin of every entry. */
  readonly pinyinBlob: Blob;
  /** Pinyin initials of every entry. */
  readonly initialsBlob: Blob;
}

/** Concatenates one string per entry into a {@link Blob}. */
export function makeBlob(parts: readonly string[]): Blob {
  const starts = new Int32Array(parts.length);
  let length = 0;
  for (let i = 0; i < parts.length; i++) {
    starts[i] = length;
    length += (parts[i] as string).length + 1;
  }
  return { text: parts.join('\u0001') + (parts.length > 0 ? '\u0001' : ''), starts };
}

function finish(entries: SearchEntry[], haystacks: Haystack[]): SearchIndex {
  return {
    entries,
    haystacks,
    textBlob: makeBlob(haystacks.map((h) => (h.ids.length > 0 ? `${h.all}\u0000${h.ids.join('\u0000')}` : h.all))),
    pinyinBlob: makeBlob(haystacks.map((h) => h.pinyinAll)),
    initialsBlob: makeBlob(haystacks.map((h) => h.initialsAll)),
  };
}

/** Most entries an index may hold (the insertion order must fit in 22 bits of the tie key). */
export const MAX_ENTRIES = 1 << 22;

/** Packs type rank (0–3), tier (0–7) and insertion order (< 2^22) into one integer. */
export function tieKey(typeRank: number, tier: number, order: number): number {
  return (typeRank * 8 + tier) * MAX_ENTRIES + order;
}

/**
 * Normalises text for comparison: NFKC (full-width → ASCII), lowercase, control characters dropped,
 * single spaces, trimmed.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const HAN = /\p{Script=Han}/u;

/** Builds the haystack of one entry from its raw searchable texts and ids. */
export function makeHaystack(rawTexts: readonly (string | null | undefined)[], rawIds: readonly string[], tie: number, withPinyin = true): Haystack {
  const texts: string[] = [];
  const latin: boolean[] = [];
  const pinyin: PinyinKeys[] = [];
  for (const raw of rawTexts) {
    if (!raw) continue;
    const text = normalize(raw);
    if (text === '' || texts.includes(text)) continue;
    texts.push(text);
    const han = HAN.test(text);
    latin.push(!han);
    if (han && withPinyin) {
      const keys = pinyinKeys(text);
      if (keys && keys.full !== '' && !pinyin.some((k) => k.full === keys.full)) pinyin.push(keys);
    }
  }
  const ids = [...new Set(rawIds.map(normalize).filter((id) => id !== ''))];
  return {
    texts,
    latin,
    all: texts.join('\u0000'),
    ids,
    pinyin,
    pinyinAll: pinyin.map((k) => k.full).join('\u0000'),
    initialsAll: pinyin.map((k) => k.initials).join('\u0000'),
    tie,
  };
}

/** "300亿元", "5—8万吨", "2.5:1"; '' when the target has no figure. */
export function formatValue(value: number | null, valueMax: number | undefined, unit: string | null): string {
  if (value === null) return '';
  const range = valueMax !== undefined && valueMax !== value ? `${value}—${valueMax}` : String(value);
  return `${range}${unit ?? ''}`;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * Most imported features indexed (in layer order): the index is rebuilt on the main thread whenever the
 * imported layers change, and 20,000 names with pinyin cost about a third of a second.
 */
export const MAX_IMPORTED_ENTRIES = 20_000;

/** Builds the index. Pure; `model` may be absent (features only); `imported` layers rank after the app's. */
export function buildSearchIndex(
  collections: Partial<Record<LayerId, PlanCollection>>,
  model?: PlanModel | null,
  imported: readonly ImportedSearchLayer[] = [],
  withPinyin = pinyinReady(),
): SearchIndex {
  const entries: SearchEntry[] = [];
  const haystacks: Haystack[] = [];
  const push = (entry: SearchEntry, texts: readonly (string | null | undefined)[], ids: readonly string[], typeRank: number, tier: number) => {
    if (entries.length >= MAX_ENTRIES) return;
    haystacks.push(makeHaystack(texts, ids, tieKey(typeRank, tier, entries.length), withPinyin));
    entries.push(entry);
  };

  // Names of every feature by id, to say where a feature is (its county).
  const names = new Map<string, { name: string; nameEn: string }>();
  for (const [layer] of LAYER_TIERS) {
    for (const f of collections[layer]?.features ?? []) names.set(f.id, { name: f.properties.name, nameEn: f.properties.nameEn });
  }

  // English names of prefectures by Chinese name (counties carry only the Chinese prefecture name).
  const prefectureNames = new Map<string, string>();
  for (const f of collections.prefectures?.features ?? []) if (f.properties.nameEn) prefectureNames.set(f.properties.name, f.properties.nameEn);

  for (const [layer, tier] of LAYER_TIERS) {
    for (const f of collections[layer]?.features ?? []) {
      const p = f.properties;
      const county = p.countyId ? names.get(p.countyId) : undefined;
      const prefecture = str((p as unknown as Record<string, unknown>).prefecture);
      const prefectureEn = prefecture ? prefectureNames.get(prefecture) ?? null : null;
      const aliases = Array.isArray(p.aliases) ? p.aliases.filter((a): a is string => typeof a === 'string') : [];
      const entry: FeatureEntry = {
        type: 'feature',
        key: `feature:${f.id}`,
        id: f.id,
        name: p.name,
        nameEn: p.nameEn ?? '',
        layer,
        kind: p.kind,
        aliases,
        where: county?.name ?? prefecture,
        whereEn: county ? county.nameEn : prefectureEn,
      };
      push(entry, [p.name, ...aliases, p.nameEn], [f.id], 0, tier);
    }
  }
  let importedLeft = MAX_IMPORTED_ENTRIES;
  for (const layer of imported) {
    for (const f of layer.collection.features) {
      if (importedLeft-- <= 0) break;
      const entry: FeatureEntry = {
        type: 'feature', key: `feature:${f.id}`, id: f.id, name: f.properties.name, nameEn: f.properties.nameEn ?? '',
        layer: 'imported', kind: f.properties.kind, aliases: [], where: layer.name, whereEn: layer.name, bounds: featuresBounds([f]) ?? undefined,
      };
      push(entry, [f.properties.name, f.properties.nameEn], [f.id], 0, 4);
    }
  }
  if (!model) return finish(entries, haystacks);

  for (const task of model.tasks) {
    const entry: TaskEntry = {
      type: 'task',
      key: `task:${task.id}`,
      id: task.id,
      name: task.title,
      nameEn: '',
      documentId: task.documentId,
      leadUnits: task.leadUnits,
      featureIds: task.featureIds,
    };
    push(entry, [task.title], [task.id], 1, 0);
  }

  for (const ind of model.indicators) {
    const valueText = formatValue(ind.value, ind.valueMax, ind.unit);
    const entry: IndicatorEntry = {
      type: 'indicator',
      key: `indicator:${ind.id}`,
      id: ind.id,
      name: ind.name,
      nameEn: '',
      documentId: ind.documentId,
      taskId: ind.taskId,
      comparator: ind.comparator,
      valueText,
      targetYear: ind.targetYear,
      featureIds: ind.featureIds,
    };
    push(entry, [ind.name, valueText], [ind.id], 2, 0);
  }

  const agencies = new Map<string, { lead: string[]; responsible: string[]; all: string[] }>();
  const add = (unit: string, taskId: string, role: 'lead' | 'responsible') => {
    const name = unit.trim();
    if (name === '') return;
    let a = agencies.get(name);
    if (!a) {
      a = { lead: [], responsible: [], all: [] };
      agencies.set(name, a);
    }
    const list = a[role];
    if (list[list.length - 1] !== taskId) list.push(taskId);
    if (a.all[a.all.length - 1] !== taskId) a.all.push(taskId);
  };
  for (const task of model.tasks) {
    for (const unit of task.leadUnits) add(unit, task.id, 'lead');
    for (const unit of task.responsibleUnits) add(unit, task.id, 'responsible');
  }
  for (const [name, a] of agencies) {
    const entry: AgencyEntry = {
      type: 'agency',
      key: `agency:${name}`,
      id: name,
      name,
      nameEn: '',
      leadTaskIds: a.lead,
      responsibleTaskIds: a.responsible,
      taskIds: a.all,
    };
    push(entry, [name], [], 3, 0);
  }
  return finish(entries, haystacks);
}
