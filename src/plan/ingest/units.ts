/**
 * Responsible units: parses the group that closes a task: "(牵头单位:…,责任单位:…)" as in each 泸州 task, and
 * the other usual forms ("【…牵头】", "(…牵头，…负责)", "(…负责)").
 *
 * Lists are separated by "、" within a group and by "," between groups (市委 bodies, 市 departments,
 * counties): "市发展改革委、市自然资源和规划局,叙永县、古蔺县" gives four units. Both ASCII and
 * full-width punctuation are accepted.
 */
import type { Span } from '../types.ts';

/** Parsed units of one task. */
export interface UnitsParse {
  /** The whole parenthesis, brackets included. */
  span: Span;
  leadUnits: string[];
  responsibleUnits: string[];
}

const LEAD = '牵头单位';
const RESP = '责任单位';

/** Splits a unit list on 、 and , (either width) and 和/及 between units; drops empty entries. */
export function splitUnits(list: string): string[] {
  return list
    .split(/[、,，]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Closing words of a unit clause: who leads (牵头, or 负责 when nobody else leads) and who takes part. */
const LEAD_WORD = /(?:牵头(?:负责)?)$/;
const PART_WORD = /(?:按职责分工负责|按职责负责|分工负责|共同负责|负责|配合|参与|落实)$/;

/** Strips "等" and "分别" from a unit list and splits it. */
function unitsOf(list: string): string[] {
  return splitUnits(list.replace(/(?:等(?:单位|部门)?)$/, '').replace(/^(?:由)/, ''));
}

/**
 * Parses the inside of a bracket group in the "…牵头, …负责" form: "省发展改革委牵头，省财政厅等按职责分工负责",
 * "市水务局负责". Null when the group is not such a list.
 */
function parseWordForm(inner: string): { leadUnits: string[]; responsibleUnits: string[] } | null {
  const parts = inner.split(/[;；,，]/).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  const leadUnits: string[] = [];
  const responsibleUnits: string[] = [];
  for (const part of parts) {
    if (LEAD_WORD.test(part)) leadUnits.push(...unitsOf(part.replace(LEAD_WORD, '')));
    else if (PART_WORD.test(part)) responsibleUnits.push(...unitsOf(part.replace(PART_WORD, '')));
    else return null;
  }
  // "(市水务局负责)": a single unit that is responsible and nobody leads: it leads.
  if (leadUnits.length === 0 && parts.length === 1) return { leadUnits: responsibleUnits, responsibleUnits: [] };
  return leadUnits.length > 0 ? { leadUnits, responsibleUnits } : null;
}

/**
 * Finds and parses the units group at the end of `span` (before a final 。); null when the task has none.
 * Understood forms, with either punctuation: "(牵头单位:…,责任单位:…)" / "（牵头单位：…；责任单位：…）",
 * "【省发展改革委牵头】", "（省财政厅牵头，各市州按职责分工负责）", "(市水务局负责)".
 * Throws when a "牵头单位" group cannot be parsed (a malformed list must not pass silently).
 */
export function parseUnits(text: string, span: Span): UnitsParse | null {
  const body = text.slice(span.start, span.end);
  const at = body.lastIndexOf(LEAD);
  if (at !== -1) {
    const open = at - 1;
    const openChar = body[open];
    if (openChar !== '(' && openChar !== '（' && openChar !== '【') {
      throw new Error(`units at ${span.start + at}: "${LEAD}" not preceded by an opening bracket`);
    }
    const close = body.search(/[)）】][。.]?\s*$/);
    if (close < at) throw new Error(`units at ${span.start + at}: no closing bracket at the end of the task`);
    const inner = body.slice(at + LEAD.length, close).replace(/^[:：]/, '');
    const respAt = inner.indexOf(RESP);
    const leadPart = (respAt === -1 ? inner : inner.slice(0, respAt)).replace(/[,，;；。]\s*$/, '');
    const respPart = respAt === -1 ? '' : inner.slice(respAt + RESP.length).replace(/^[:：]/, '');
    const leadUnits = splitUnits(leadPart);
    if (leadUnits.length === 0) throw new Error(`units at ${span.start + at}: empty lead unit list`);
    return {
      span: { start: span.start + open, end: span.start + close + 1 },
      leadUnits,
      responsibleUnits: splitUnits(respPart.replace(/[;；。]\s*$/, '')),
    };
  }
  const group = /([(（【])([^()（）【】]{2,120})([)）】])[。.]?\s*$/.exec(body);
  if (!group || group[2] === undefined) return null;
  const inner = group[2].replace(/^责任单位[:：]/, '');
  const parsed = group[2].startsWith(RESP) ? { leadUnits: splitUnits(inner), responsibleUnits: [] } : parseWordForm(inner);
  if (!parsed || parsed.leadUnits.length === 0) return null;
  const start = span.start + group.index;
  // The group is one bracket, its inside and one bracket.
  return { span: { start, end: start + group[2].length + 2 }, ...parsed };
}
