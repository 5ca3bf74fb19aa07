/**
 * Ingest of one document the planner adds in the app: an adapter around the pure `ingest()` of
 * src/plan/ingest (called as it is, with this one document and the app's gazetteer), plus the names in
 * the text that look like places but matched no map feature. Pure; runs in the plan worker.
 */
import { ingest } from './ingest/index.ts';
import type { GazetteerFile } from './ingest/gazetteer.ts';
import type { PlanDocument, PlanModel, Span } from './types.ts';

/** What the planner said about the document (the metadata form). */
export type AddedMeta = Pick<PlanDocument, 'id' | 'title' | 'issuer' | 'date' | 'area' | 'areaCounties'>;

/** Input of {@link ingestAdded}. */
export interface AddedInput {
  meta: AddedMeta;
  fileName: string;
  text: string;
  /** sha256 of the file bytes (hex). */
  sha256: string;
  gazetteer: GazetteerFile[];
}

/** A name that looks like a place (ends in 县, 镇, 河 …) but matched no map feature. */
export interface PlaceLike {
  term: string;
  span: Span;
  /** The task whose text holds it (a planner's link goes to this task), or null outside tasks. */
  taskId: string | null;
  /** Why it looks like a place: the suffix. */
  suffix: string;
}

/** Result of {@link ingestAdded}. */
export interface AddedResult {
  model: PlanModel;
  placeLike: PlaceLike[];
}

const SUFFIXES = ['自治县', '县', '市', '区', '州', '镇', '乡', '村', '河', '江', '湖', '水库', '机场', '港', '园区', '景区', '山'];
/** Words with a place suffix that are not place names. */
const NOT_PLACES = new Set([
  '城市', '全市', '全县', '全区', '全州', '各县', '县城', '县区', '市县', '城区', '园区', '景区', '山区', '社区', '街区', '片区', '矿区', '库区',
  '城乡', '农村', '乡村', '村镇', '乡镇', '城镇', '集镇', '小镇', '江河', '河湖', '湖泊', '江湖', '口岸', '省市', '地市', '州市', '示范区', '开发区', '自贸区',
  '重点县', '先行区', '试验区', '新区', '市州', '县市', '国际湖', '大江', '全省', '各市', '特色小镇', '保护区',
  '地区', '牧区', '林区', '灾区', '城区', '辖区', '校区', '厂区', '港区', '市场', '都市', '超市', '上市', '城乡',
  '中心镇', '中心村', '大县', '名县', '强县', '强市', '大市', '强镇', '名镇', '名村', '强村', '一村', '万村', '幸福村',
]);
const HAN = /\p{Script=Han}/u;
/** Names that start like a quantifier or a pronoun (全省, 各县, 本市, 该区, 我州) are not places. */
const GENERIC_START = /^[全各本该我每]/;
/** Characters that end a name on the left: verbs and function words that often precede a place. */
const LEFT_STOPS = new Set([...'在和与及、，。；：（）“”《》的对把向从到于将推进加快建设打造实施支持做强提升开展围绕']);

/** Characters that may follow a name (particles); any other Han character means the suffix is inside a word (市场, 山水). */
const RIGHT_OK = new Set([...'的和与等及为要']);
const SUFFIX_PATTERN = new RegExp(SUFFIXES.join('|'), 'gu');

/**
 * Place-like names: 2–4 Han characters before a place suffix (县, 镇, 河 …), standing as a word — after
 * punctuation, a line start or a function word / verb (在, 推进 …), and before punctuation or a particle
 * (的, 和 …) — not a known generic word, not inside a linked or document-level place mention. A
 * precision-minded heuristic for the review screen, not a gazetteer: a name followed directly by a verb
 * ("某某县发展") is missed.
 */
export function placeLikeNames(text: string, model: PlanModel): PlaceLike[] {
  const linked: Span[] = [
    ...[...model.tasks.flatMap((t) => t.links), ...model.indicators.flatMap((i) => i.links)].flatMap((l) => (l.span ? [l.span] : [])),
    ...(model.mentions ?? []).map((m) => m.span),
  ];
  const covered = (start: number, end: number) => linked.some((s) => s.start < end && start < s.end);
  const seen = new Set<string>();
  const out: PlaceLike[] = [];
  for (const m of text.matchAll(SUFFIX_PATTERN)) {
    const suffix = m[0];
    const end = (m.index ?? 0) + suffix.length;
    const after = text.charAt(end);
    if (HAN.test(after) && !RIGHT_OK.has(after)) continue;
    let start = -1;
    for (let len = 2; len <= 4; len++) {
      const from = (m.index ?? 0) - len;
      if (from < 0) break;
      const stem = text.slice(from, m.index);
      if (![...stem].every((c) => HAN.test(c) && !LEFT_STOPS.has(c))) break;
      const before = text.charAt(from - 1);
      if (from === 0 || !HAN.test(before) || LEFT_STOPS.has(before)) start = from;
    }
    if (start < 0) continue;
    const term = text.slice(start, end);
    const stem = term.slice(0, -suffix.length);
    if (NOT_PLACES.has(term) || NOT_PLACES.has(stem) || GENERIC_START.test(term) || [...NOT_PLACES].some((w) => term.endsWith(w))) continue;
    // A quoted phrase (“万企兴万村”) is a slogan, not a place.
    if (text.charAt(start - 1) === '“' || seen.has(term) || covered(start, end)) continue;
    seen.add(term);
    const task = model.tasks.find((t) => t.span.start <= start && end <= t.span.end);
    out.push({ term, span: { start, end }, taskId: task?.id ?? null, suffix });
  }
  return out;
}

/** Ingests one added document with the app's gazetteer. Throws what ingest throws (the worker reports it). */
export function ingestAdded(input: AddedInput): AddedResult {
  const { meta, fileName, text, sha256, gazetteer } = input;
  const { model } = ingest({
    seeds: [{ entry: { ...meta, file: fileName, sha256 }, text, sha256 }],
    gazetteer,
  });
  return { model, placeLike: placeLikeNames(text, model) };
}
