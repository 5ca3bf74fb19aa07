/**
 * Ingest: seeds + index + gazetteer → the plan model. Pure (no Node API): the caller reads the files and
 * hashes them (src/cli/ingest.ts), or passes one document added at run time (a Web Worker); the same inputs
 * always give the same model, in the same order.
 */
import type { DocumentMention, Flaw, Indicator, Link, PlanDocument, PlanModel, Section, Span, Task } from '../types.ts';
import { PLAN_FORMAT_VERSION } from '../types.ts';
import { rulesFor } from './curated.ts';
import { BLOCKERS, CURATED_LINKS, SUPPRESSED_PHRASES } from './curated-links.ts';
import { attachAffects, buildFlaws } from './flaws.ts';
import type { GazetteerFile } from './gazetteer.ts';
import { readGazetteer } from './gazetteer.ts';
import { INDICATOR_RULES } from './indicator-rules.ts';
import type { IndicatorPatch } from './indicator-rules.ts';
import type { IndicatorDraft } from './indicators.ts';
import { applyPatches, extractIndicators, numberIndicators } from './indicators.ts';
import type { CuratedLink, LinkContext, Unresolved } from './links.ts';
import { curatedLinks, dedupe, namedLinks } from './links.ts';
import { buildDictionary, inArea } from './mentions.ts';
import { documentMentions, subtractSpans } from './doc-mentions.ts';
import { needsAreaShortForms, withAreaShortForms } from './short-forms.ts';
import type { Dictionary } from './mentions.ts';
import { findNumbers } from './numbers.ts';
import type { Region } from './nontargets.ts';
import { nonTargets } from './nontargets.ts';
import { yearMarkers } from './clauses.ts';
import { segment } from './segment.ts';
import { buildSections } from './structure.ts';
import { bodySpans, buildTasks, excluded, RETROSPECTIVE_TITLES } from './tasks.ts';
import type { TaskDraft } from './tasks.ts';
import { findAll } from './text.ts';

/**
 * One entry of seeds/index.json (the fields ingest reads), or the metadata of a document added at run time
 * (then `file` and `sha256` may be missing).
 */
export interface IndexEntry {
  id: string;
  /** File name; defaults to `<id>.txt`. */
  file?: string;
  /** sha256 of the file bytes (hex); when given, the caller's hash must equal it. */
  sha256?: string;
  title: string;
  issuer: string;
  /** "2022", "2022-03-14" …: its year is the document's year (今年) unless `year` says otherwise. */
  date: string;
  year?: number;
  area?: string;
  /**
   * Adcodes of the area: counties, or a prefecture ("530600", any county 5306xx) or a province ("530000",
   * any 53xxxx).
   */
  areaCounties: string[];
}

/** A seed as read by the caller. */
export interface SeedInput {
  entry: IndexEntry;
  text: string;
  /** sha256 of the file bytes, computed by the caller (optional for a document added at run time). */
  sha256?: string;
}

/** Everything ingest reads. */
export interface IngestInput {
  seeds: SeedInput[];
  gazetteer: GazetteerFile[];
}

/** What ingest noticed besides the model (printed by the CLI). */
export interface IngestReport {
  /** Curated links whose feature the gazetteer does not (yet) hold. */
  missingCurated: CuratedLink[];
}

/** Result of {@link ingest}. */
export interface IngestResult {
  model: PlanModel;
  report: IngestReport;
}

/** Checks an index entry against the file it describes; throws on a hash mismatch or bad fields. */
export function checkSeed(seed: SeedInput): void {
  const e = seed.entry;
  for (const key of ['id', 'title'] as const) {
    if (typeof e[key] !== 'string' || e[key].length === 0) throw new Error(`document metadata without ${key}`);
  }
  if (!/^[a-z][a-z0-9]*$/.test(e.id)) throw new Error(`document id ${JSON.stringify(e.id)}: use lower-case letters and digits`);
  if (!Array.isArray(e.areaCounties)) throw new Error(`document ${e.id} has no areaCounties`);
  if (e.sha256 !== undefined && seed.sha256 !== undefined && e.sha256.toLowerCase() !== seed.sha256.toLowerCase()) {
    throw new Error(`seed ${e.file ?? e.id}: sha256 ${seed.sha256} does not match seeds/index.json (${e.sha256})`);
  }
}

/** A paragraph that opens by reporting past work: "过去五年，我们…", "这五年，…", "一年来，…". */
const RETROSPECTIVE_PARAGRAPH = /^(?:各位代表[！!]\s*)?(?:这五年|五年来|一年来|过去一年|过去的一年|过去五年|过去的五年|刚刚过去的)/;

/** The document's year: `year`, else the first four digits of `date`. */
export function documentYear(entry: Pick<IndexEntry, 'date' | 'year'>): number | undefined {
  if (entry.year !== undefined) return entry.year;
  const m = /^(\d{4})/.exec(entry.date);
  return m ? Number(m[1]) : undefined;
}

/**
 * Year for figures of a task whose sentence states none: a reviewed section year, a target block, or a year
 * in the title of the section or an ancestor ("三、2026年重点工作", "二、“十五五”时期主要目标任务"), nearest
 * first; the last year of a title wins.
 */
function yearOfTask(text: string, sections: Map<string, Section>, years: Record<string, { year: number; evidence: string }>, docYear: number | undefined) {
  return (task: TaskDraft): { year: number; evidence: string } | null => {
    let s = sections.get(task.sectionId);
    while (s) {
      const curated = years[s.id];
      if (curated) return curated;
      const m = /-t(\d{4})$/.exec(s.id);
      if (m) return { year: Number(m[1]), evidence: s.title };
      // The last year of a title is the one its targets are due by ("“十四五”时期发展成就和“十五五”时期主要目标任务").
      const marker = yearMarkers(text, s.titleSpan, docYear).at(-1);
      if (marker) return { year: marker.year, evidence: `${marker.text} (section heading "${s.title}")` };
      s = s.parentId ? sections.get(s.parentId) : undefined;
    }
    return null;
  };
}

interface DocResult {
  document: PlanDocument;
  sections: Section[];
  tasks: Task[];
  indicators: Indicator[];
  flaws: Flaw[];
  nonTargets: PlanModel['nonTargets'];
  skipped: NonNullable<PlanModel['skipped']>;
  unresolved: PlanModel['unresolvedMentions'];
  mentions: DocumentMention[];
  missingCurated: CuratedLink[];
  usedPatches: Set<IndicatorPatch>;
}

/**
 * 'named-places' when the task links a county, a place, a park or a line; a task that links only rivers
 * ("长江上游", "赤水河流域") or nothing is about the document's whole area.
 */
export function scopeOf(links: readonly Link[], riverIds: ReadonlySet<string>): Task['scope'] {
  return links.some((l) => !riverIds.has(l.featureId)) ? 'named-places' : 'document-area';
}

interface Lookups {
  dict: Dictionary;
  known: ReadonlySet<string>;
  riverIds: ReadonlySet<string>;
  seats: ReadonlyMap<string, string>;
}

function ingestDocument(seed: SeedInput, { dict, known, riverIds, seats }: Lookups): DocResult {
  const { entry, text } = seed;
  const id = entry.id;
  const docYear = documentYear(entry);
  const rules = rulesFor(id);
  const seg = segment(text, entry.title, rules.structure);
  const allDrafts = buildSections(text, id, seg.blocks, rules.moves);
  const allSections = allDrafts.map((d) => d.section);
  const sectionById = new Map(allSections.map((s) => [s.id, s]));
  const kinds = { frameworkTitles: rules.frameworkTitles, retrospectiveTitles: RETROSPECTIVE_TITLES };
  const regions: Region[] = [
    ...(seg.front ? [{ span: seg.front, reason: 'front matter (title, covering letter, byline)' }] : []),
    ...seg.skipped.map((k) => ({ span: k.span, reason: k.reason })),
    ...allSections.flatMap((s) => {
      const why = s.parentId && excluded(sectionById.get(s.parentId) ?? s, sectionById, kinds) ? null : excluded(s, sectionById, kinds);
      if (why === 'retrospective') return [{ span: s.span, reason: `in "${s.title}", a review of past work: an achievement, not a target` }];
      if (why === 'framework') return [{ span: s.span, reason: `in "${s.title}", a framework section (principles, safeguards)` }];
      return [];
    }),
    ...seg.blocks.filter((b) => b.kind === 'paragraph' && RETROSPECTIVE_PARAGRAPH.test(text.slice(b.span.start, b.span.start + 16))).map((b) => ({
      span: b.span,
      reason: 'a paragraph reporting past work (过去五年, 这五年, 一年来…): an achievement, not a target',
    })),
  ];
  const nt = nonTargets(id, text, findNumbers(text), regions);
  const ntStarts = new Set(nt.map((n) => n.span.start));
  const holdsFigure = (span: Span): boolean => findNumbers(text, span).some((n) => !ntStarts.has(n.span.start));
  // The untitled opening is a section when it states a figure; otherwise (a salutation, an introduction) its
  // paragraphs are recorded as skipped.
  const opening = allDrafts.find((d) => d.section.kind === 'opening');
  const dropOpening = opening !== undefined && !opening.content.some(holdsFigure);
  const drafts = dropOpening ? allDrafts.filter((d) => d !== opening) : allDrafts;
  const sections = drafts.map((d) => d.section);
  const skipped = [...seg.skipped, ...(dropOpening ? opening.content.map((span) => ({ span, reason: 'untitled opening paragraph without a figure (salutation, introduction)' })) : [])].sort(
    (a, b) => a.span.start - b.span.start,
  );
  const taskDrafts = buildTasks(text, drafts, { ...kinds, holdsFigure, sectionThemes: rules.sectionThemes, taskThemes: rules.taskThemes });
  const flaws = attachAffects(buildFlaws(id, text, seg.breaks, rules), taskDrafts);
  const keys = [...Object.keys(rules.sectionThemes), ...Object.keys(rules.sectionYears), ...Object.keys(rules.taskThemes)];
  const unknown = keys.filter((k) => !sectionById.has(k) && !taskDrafts.some((t) => t.id === k));
  if (unknown.length > 0) throw new Error(`${id}: reviewed rules name unknown sections or tasks: ${unknown.join(', ')}`);

  const ctxBase = {
    text,
    documentId: id,
    nonTargets: ntStarts,
    taskYear: yearOfTask(text, sectionById, rules.sectionYears, docYear),
    ...(docYear !== undefined ? { docYear } : {}),
    ...(rules.defaultPeriod ? { defaultPeriod: rules.defaultPeriod } : {}),
    rules: INDICATOR_RULES,
  };
  const raw: IndicatorDraft[] = taskDrafts.flatMap((t) => extractIndicators(ctxBase, t));
  const { drafts: patched, used } = applyPatches(raw, INDICATOR_RULES.patches);
  const indicatorDrafts = taskDrafts.flatMap((t) => numberIndicators(t, patched.filter((d) => d.taskId === t.id)));

  const suppressed: Span[] = [
    ...flaws.filter((f) => f.kind === 'misplaced-name').map((f) => f.span),
    ...SUPPRESSED_PHRASES.filter((p) => p.documentId === id).flatMap((p) => {
      const spans = findAll(text, p.phrase);
      if (spans.length === 0) throw new Error(`suppressed phrase not found in ${id}: ${p.phrase}`);
      return spans;
    }),
  ];
  const substitutions = flaws.flatMap((f) => (f.kind === 'typo' && f.reading ? [{ span: f.span, term: f.reading, flawId: f.id }] : []));
  const lctx: LinkContext = { text, dict, areaCounties: entry.areaCounties, suppressed, substitutions, known, seats, ...(docYear !== undefined ? { docYear } : {}) };
  const curatedRules = CURATED_LINKS.filter((c) => c.documentId === id);
  for (const c of curatedRules) {
    if (!taskDrafts.some((t) => t.id === c.taskId)) throw new Error(`curated link to unknown task ${c.taskId}`);
  }

  const unresolved: Unresolved[] = [];
  const missingCurated: CuratedLink[] = [];
  const indicators: Indicator[] = indicatorDrafts.map((d) => {
    const named = namedLinks(lctx, [d.span]);
    unresolved.push(...named.unresolved);
    return { ...d, featureIds: named.links.map((l) => l.featureId), links: named.links };
  });
  const tasks: Task[] = taskDrafts.map((t) => {
    const named = namedLinks(lctx, bodySpans(t.span, t.unitsSpan));
    unresolved.push(...named.unresolved);
    const curated = curatedLinks(lctx, t.id, t.span, curatedRules);
    missingCurated.push(...curated.missing);
    const links: Link[] = dedupe([...named.links, ...curated.links]);
    return {
      ...t,
      scope: scopeOf(links, riverIds),
      featureIds: links.map((l) => l.featureId),
      indicatorIds: indicators.filter((i) => i.taskId === t.id).map((i) => i.id),
      links,
      flaws: flaws.filter((f) => f.affects.includes(t.id)).map((f) => f.id),
    };
  });

  // Place mentions of the whole body (retrospective and framework parts, opening paragraphs too); not of the
  // front matter, captions, banners and link lists (seg.skipped), nor of the units parentheses of tasks.
  const body = subtractSpans(
    seg.blocks.filter((b) => b.kind !== 'caption').map((b) => b.span),
    [...seg.skipped.map((k) => k.span), ...taskDrafts.flatMap((t) => (t.unitsSpan ? [t.unitsSpan] : []))],
  );
  const mentions = documentMentions(lctx, id, body);

  const uniqueUnresolved = new Map<string, Unresolved>();
  for (const u of unresolved) uniqueUnresolved.set(`${u.span.start}:${u.span.end}`, u);
  return {
    document: {
      id,
      title: entry.title,
      issuer: entry.issuer,
      date: entry.date,
      area: entry.area ?? '',
      areaCounties: [...entry.areaCounties],
      file: entry.file ?? `${id}.txt`,
      sha256: (seed.sha256 ?? entry.sha256 ?? '').toLowerCase(),
      length: text.length,
    },
    sections,
    tasks,
    indicators,
    flaws,
    nonTargets: nt,
    skipped: skipped.map((k) => ({ documentId: id, span: k.span, quote: text.slice(k.span.start, k.span.end), reason: k.reason })),
    unresolved: [...uniqueUnresolved.values()]
      .sort((a, b) => a.span.start - b.span.start)
      .map((u) => ({ documentId: id, term: u.term, span: u.span, candidates: u.candidates, reason: u.reason })),
    mentions,
    missingCurated,
    usedPatches: used,
  };
}

/**
 * Builds the plan model.
 * Throws on a sha256 mismatch, a duplicate id, or a reviewed rule that no longer matches its seed.
 */
export function ingest(input: IngestInput): IngestResult {
  for (const s of input.seeds) checkSeed(s);
  const { entries, summary } = readGazetteer(input.gazetteer);
  const dict = buildDictionary(entries, BLOCKERS);
  const known = new Set(entries.map((e) => e.id));
  const riverIds = new Set(entries.filter((e) => e.layer === 'rivers' || e.kind === 'river').map((e) => e.id));
  const seats = new Map(entries.flatMap((e) => (e.layer === 'seats' && e.countyId ? [[e.countyId, e.id] as const] : [])));
  const results = input.seeds.map((s) => {
    // The short forms of the area's own counties ("黔江" in the 重庆 report) are looked for in that document only.
    const own = (county: string): boolean => inArea(county, s.entry.areaCounties);
    const docDict = needsAreaShortForms(entries, own) ? buildDictionary(withAreaShortForms(entries, own), BLOCKERS) : dict;
    return ingestDocument(s, { dict: docDict, known, riverIds, seats });
  });

  const used = new Set(results.flatMap((r) => [...r.usedPatches]));
  const ids = new Set(input.seeds.map((s) => s.entry.id));
  const stale = INDICATOR_RULES.patches.filter((p) => ids.has(p.documentId) && !used.has(p));
  if (stale.length > 0) throw new Error(`indicator patches match nothing: ${stale.map((p) => p.quote).join('; ')}`);
  const allIndicators = results.flatMap((r) => r.indicators);
  for (const rule of [...INDICATOR_RULES.groups, ...INDICATOR_RULES.extras]) {
    if (!ids.has(rule.documentId)) continue;
    const inRule = (i: Indicator): boolean => i.quote === rule.quote || ('indicators' in rule && rule.indicators.some((d) => d.quote === i.quote));
    if (!allIndicators.some((i) => i.documentId === rule.documentId && inRule(i))) {
      throw new Error(`indicator rule matches no task in ${rule.documentId}: ${rule.quote}`);
    }
  }

  const model: PlanModel = {
    version: PLAN_FORMAT_VERSION,
    documents: results.map((r) => r.document),
    sections: results.flatMap((r) => r.sections),
    tasks: results.flatMap((r) => r.tasks),
    indicators: allIndicators,
    flaws: results.flatMap((r) => r.flaws),
    nonTargets: results.flatMap((r) => r.nonTargets),
    skipped: results.flatMap((r) => r.skipped),
    gazetteer: summary,
    unresolvedMentions: results.flatMap((r) => r.unresolved),
    mentions: results.flatMap((r) => r.mentions),
  };
  for (const [what, list] of [['section', model.sections], ['task', model.tasks], ['indicator', model.indicators], ['flaw', model.flaws]] as const) {
    const seen = new Set<string>();
    for (const x of list) {
      if (seen.has(x.id)) throw new Error(`duplicate ${what} id ${x.id}`);
      seen.add(x.id);
    }
  }
  return { model, report: { missingCurated: results.flatMap((r) => r.missingCurated) } };
}
