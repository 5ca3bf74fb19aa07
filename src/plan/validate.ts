/**
 * Checks a parsed plan.json before the app uses it (pure): the format version, the arrays the app reads,
 * the mention years the phase view relies on (`Link.year`) and the shape of the document-level place
 * mentions the reader underlines.
 */
import type { DocumentMention, Link, PlanModel } from './types';
import { PLAN_FORMAT_VERSION } from './types';
import { isObject } from '../util/json';

/** A checked model and what was wrong with the parts that were dropped. */
export interface CheckedModel {
  model: PlanModel;
  /** One line per dropped value ("task lz-4-6-1 → rail-xubi: year "2022" is not a year"). */
  problems: string[];
}

/** True for an integer year the plans can mean (1900–2100). */
function isYear(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 1900 && x <= 2100;
}

/** True for a document-level mention the reader can use (strings, an integer span of the term's length). */
function isDocumentMention(x: unknown): x is DocumentMention {
  if (!isObject(x) || !isObject(x.span)) return false;
  const { start, end } = x.span;
  return typeof x.documentId === 'string' && typeof x.featureId === 'string' && typeof x.term === 'string' && typeof x.reason === 'string' &&
    Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) - (start as number) === x.term.length;
}

/** The usable document-level mentions of `json.mentions` (absent: none), reporting what is dropped. */
function checkMentions(raw: unknown, problems: string[]): DocumentMention[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    problems.push('mentions: not an array; ignored');
    return [];
  }
  const kept = raw.filter(isDocumentMention);
  if (kept.length < raw.length) problems.push(`mentions: ${raw.length - kept.length} malformed place mention(s) ignored`);
  return kept;
}

/**
 * Validates a parsed plan.json. Throws (with the reason) when it cannot be used at all: not an object, another
 * format version, no documents/tasks/indicators arrays. A link year that is not a year is dropped (the link
 * is kept), and a malformed document-level mention is dropped; both are reported in `problems`.
 */
export function checkPlanModel(json: unknown): CheckedModel {
  if (!isObject(json)) throw new Error('plan.json: not a JSON object');
  if (json.version !== PLAN_FORMAT_VERSION) {
    throw new Error(`plan.json: format version ${JSON.stringify(json.version)}, this app reads version ${PLAN_FORMAT_VERSION} (run \`npm run ingest\`)`);
  }
  for (const key of ['documents', 'tasks', 'indicators'] as const) {
    if (!Array.isArray(json[key])) throw new Error(`plan.json: missing ${key} array`);
  }
  const model = json as unknown as PlanModel;
  const problems: string[] = [];
  const clean = (owner: string, links: Link[]): Link[] =>
    links.map((l) => {
      if (l.year === undefined || isYear(l.year)) return l;
      problems.push(`${owner} → ${l.featureId}: year ${JSON.stringify(l.year)} is not a year; ignored`);
      const { year: _drop, ...rest } = l;
      return rest;
    });
  const tasks = model.tasks.map((t) => (Array.isArray(t.links) ? { ...t, links: clean(`task ${t.id}`, t.links) } : t));
  const indicators = model.indicators.map((i) => (Array.isArray(i.links) ? { ...i, links: clean(`indicator ${i.id}`, i.links) } : i));
  const mentions = checkMentions(json.mentions, problems);
  if (problems.length === 0) return { model, problems };
  return { model: { ...model, tasks, indicators, ...(mentions !== undefined ? { mentions } : {}) }, problems };
}
