/**
 * The plan model: what `npm run ingest` writes to `geodata/plan.json` and what the app reads.
 *
 * Every piece of the model that comes from a seed carries a {@link Span} into that seed's text as
 * JavaScript reads it (`fs.readFileSync(file, 'utf8')`, UTF-16 code units), so that
 * `text.slice(span.start, span.end) === quote` holds for sections, tasks, indicators, links and flaws.
 * See geodata/PLAN-FORMAT.md for the format and the rules that produce it.
 */

/** Format version of plan.json; bump on an incompatible change. */
export const PLAN_FORMAT_VERSION = 1;

/** Half-open range `[start, end)` of UTF-16 code units in a seed text. */
export interface Span {
  start: number;
  end: number;
}

/** The one theme taxonomy shared by both plans (geodata/PLAN-FORMAT.md lists the keywords). */
export type Theme =
  | 'industry'
  | 'rural'
  | 'transport'
  | 'energy'
  | 'water'
  | 'ecology'
  | 'culture-tourism'
  | 'urban'
  | 'social'
  | 'digital'
  | 'safety';

/** Themes in display order. */
export const THEMES: readonly Theme[] = [
  'industry', 'rural', 'transport', 'energy', 'water', 'ecology',
  'culture-tourism', 'urban', 'social', 'digital', 'safety',
];

/** Chinese labels of the themes. */
export const THEME_LABELS_ZH: Readonly<Record<Theme, string>> = {
  industry: '产业',
  rural: '农业与乡村',
  transport: '交通',
  energy: '能源',
  water: '水利',
  ecology: '生态环保',
  'culture-tourism': '文化旅游',
  urban: '城乡建设',
  social: '社会民生',
  digital: '数字',
  safety: '安全应急',
};

/** One plan document, as listed in seeds/index.json, with its hash re-computed from the file. */
export interface PlanDocument {
  id: string;
  title: string;
  issuer: string;
  date: string;
  area: string;
  /** Adcodes of the county-level units the document covers. */
  areaCounties: string[];
  /** File name inside `seeds/`. */
  file: string;
  /** sha256 of the file bytes (hex); ingest fails if it differs from seeds/index.json. */
  sha256: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
}

/** What kind of structural unit a section is. */
export type SectionKind =
  /** 一、二、… */
  | 'part'
  /** (一)(二)… */
  | 'chapter'
  /** 1. 2. 3. */
  | 'item'
  /** An unnumbered heading line (昭通's "着力…" strategies). */
  | 'heading'
  /** A "YYYY年目标" block of label/value lines. */
  | 'target-block'
  /** One label/value pair of a target block. */
  | 'target'
  /** A heading announcing a counted group ("抓好“八个坚持”"). */
  | 'group'
  /** A paragraph led by a short bold-style sentence ("建强交通网。"). */
  | 'lead-item'
  /** The untitled paragraphs before the first heading (a salutation, an introduction). */
  | 'opening';

/** A unit of the document's own structure. */
export interface Section {
  id: string;
  documentId: string;
  parentId: string | null;
  /** 1 for top-level units. */
  level: number;
  kind: SectionKind;
  /** The numbering marker as written ("四、", "(二)", "1."), or null where the text has none. */
  label: string | null;
  /** Heading or lead phrase, without marker and final punctuation. */
  title: string;
  /** Whole section: heading through the end of its last descendant (may be shorter for moved items). */
  span: Span;
  /** The heading line or lead sentence only. */
  titleSpan: Span;
  /** Set when a reviewed structure rule (curated.ts) decided the parent or the split. */
  structureNote?: string;
}

/** Why a task carries a link to a feature. */
export type LinkKind = 'named' | 'curated';

/** Evidence that a task or an indicator is about a map feature. */
export interface Link {
  featureId: string;
  kind: LinkKind;
  /** The mention in the seed (named links; curated links that point at a phrase). */
  span?: Span;
  quote?: string;
  /** Why a curated link exists, or how a named link was resolved (county of a named place …). */
  reason?: string;
  /** For a county link derived from a named place: the place's feature id. */
  via?: string;
  /** Id of the source flaw the mention goes through (the typo 舞良 → 彝良). */
  flaw?: string;
  /**
   * Year governing the mention: the nearest year marker before it in its sentence ("2022年,建成二郎互通"
   * → 2022; "“十四五”末" → 2025; "今年" → the document's year). Absent when the sentence states none.
   * Computed once at ingest; the phase view reads it.
   */
  year?: number;
}

/** Whether a task names places or is about the document's whole area. */
export type TaskScope = 'named-places' | 'document-area';

/** A paragraph of the plan that asks for something to be done. */
export interface Task {
  id: string;
  documentId: string;
  sectionId: string;
  /** Lead phrase ("优化酱酒产业布局"). */
  title: string;
  /** The whole task paragraph(s). */
  span: Span;
  /** The "(牵头单位:…,责任单位:…)" parenthesis, when present. */
  unitsSpan?: Span;
  leadUnits: string[];
  responsibleUnits: string[];
  themes: Theme[];
  /** For each theme: the keywords found, or "section default". */
  themeEvidence: Partial<Record<Theme, string[]>>;
  scope: TaskScope;
  /** Features linked by the task (named or curated), in order of first mention. */
  featureIds: string[];
  indicatorIds: string[];
  links: Link[];
  /** Ids of source flaws inside or next to the task text. */
  flaws: string[];
}

/** How an indicator's value relates to the target. */
export type Comparator =
  /** 以上, 不少于, 突破, 超过, or a 力争/争取 target. */
  | '>='
  /** 以内, 控制在, 不超过. */
  | '<='
  /** Plain figure ("建成中小型水库111座"). */
  | '='
  /** 增长X%, 年均增长X%, 每年提高X. */
  | 'growth'
  /** 增长X%以上. */
  | 'growth>='
  /** 增长X%左右. */
  | 'growth~'
  /** A fall by the figure: 下降X%, 降低X个百分点, 减少X (not 下降到/降至X, a level: `=`, `~` or `<=`). */
  | 'decline'
  /** X左右: about the figure. */
  | '~'
  /** A ratio such as 2.5:1. */
  | 'ratio'
  /** No figure ("与经济增长同步"); value is null. */
  | 'qualitative';

/** A measurable target stated by the text. */
export interface Indicator {
  id: string;
  documentId: string;
  taskId: string;
  /** What is measured, in the plan's words ("有机硅产能"). */
  name: string;
  /** The figure as written (lower bound of a range); null for qualitative targets. */
  value: number | null;
  /** Upper bound of a range ("300—500亿级"). */
  valueMax?: number;
  /** The unit as written (万吨, 亿元, %, 万人次 …). */
  unit: string | null;
  comparator: Comparator;
  /** Year the target is due; null when the text gives none. */
  targetYear: number | null;
  /** 'five-year' for 昭通 figures without a year (the 2022–2026 term); see geodata/PLAN-FORMAT.md. */
  period?: 'five-year';
  /** The words that decided targetYear. */
  yearEvidence: string | null;
  /** True for 力争/争取/争创 targets. */
  aspirational: boolean;
  /** True for per-year figures (每年, 年均). */
  annual: boolean;
  featureIds: string[];
  links: Link[];
  /** The sentence or clause that states the target. */
  span: Span;
  quote: string;
  /** The figure and unit as written; null for qualitative targets. */
  valueSpan: Span | null;
  /** 'curated' when a reviewed override in indicator-rules.ts set name, comparator or split. */
  source: 'text' | 'curated';
  note?: string;
}

/** Kinds of known defects in a seed. */
export type FlawKind = 'broken-paragraph' | 'typo' | 'misplaced-name' | 'wrong-word';

/** A defect of the source text, flagged and never silently fixed. */
export interface Flaw {
  id: string;
  documentId: string;
  kind: FlawKind;
  span: Span;
  quote: string;
  note: string;
  /** For typos and wrong words: what the text means. */
  reading?: string;
  /** Task ids the flaw touches. */
  affects: string[];
}

/** A number with a unit that is not a target, with the reviewed reason. */
export interface NonTarget {
  documentId: string;
  span: Span;
  quote: string;
  reason: string;
}

/** Summary of which gazetteer files were read. */
export interface GazetteerSummary {
  files: { file: string; features: number }[];
  terms: number;
}

/**
 * A place mention anywhere in a document's text (tasks, retrospective and framework parts, openings; not the
 * front matter, skipped banners/captions or a task's units parenthesis), found with the same gazetteer
 * matching and traps as task links. `text.slice(span.start, span.end) === term`. Task and indicator links are
 * separate (coverage counts only those); the reader underlines these.
 */
export interface DocumentMention {
  documentId: string;
  featureId: string;
  span: Span;
  /** The text at the span (for a typo, the text as written; the reason says how it was read). */
  term: string;
  /** How it was matched: "name" (the feature's name), "alias", "inside a longer name", "typo read as … (flaw id)". */
  reason: string;
}

/** The whole plan model (geodata/plan.json). */
export interface PlanModel {
  version: typeof PLAN_FORMAT_VERSION;
  documents: PlanDocument[];
  sections: Section[];
  tasks: Task[];
  indicators: Indicator[];
  flaws: Flaw[];
  nonTargets: NonTarget[];
  /** Text the segmenter skipped: captions and bylines, web page banners, link lists ("相关报道：" …). */
  skipped?: { documentId: string; span: Span; quote: string; reason: string }[];
  gazetteer: GazetteerSummary;
  /** Mentions the finder saw but did not link: ambiguous, or a short alias of a feature outside the area. */
  unresolvedMentions: { documentId: string; term: string; span: Span; candidates: string[]; reason: 'ambiguous' | 'out-of-area alias' }[];
  /**
   * Place mentions of the whole text of every document ({@link DocumentMention}), sorted by document and
   * start. Optional: a model stored before they existed has none (the reader then underlines task links only).
   */
  mentions?: DocumentMention[];
}
